"""Scan a news archive: find the versions of each story and check them.

A desk that watches how wire copy is republished has an archive, not a folder per
story. ``scan`` reads the archive in partitions (a folder tree, JSON Lines or
Parquet), takes a cheap fingerprint of every article (the figures it states, which
survive rewriting and translation, and MinHash signatures of its words and figures),
groups the articles whose fingerprints agree into stories, and checks each story with
the same pipeline as ``figcheck check``.

The same job runs embedded on the local cores or on a Dask cluster; the result does
not depend on which, on the number of workers or on the order of the input.
"""
