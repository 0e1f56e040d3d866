"""Formatters: each turns the same records into one output format, and nothing else."""
