"""Errors a user can fix, and the exit codes every command ends with (one home for both).

The CLI turns a FigcheckError into one line on stderr and EXIT_INPUT; anything else
that escapes is a bug in figcheck, reported as one line and EXIT_INTERNAL, so that a
crash is never read as "figures drifted" (EXIT_FINDINGS) by CI or a pre-commit hook.
"""

#: Nothing reached --fail-on.
EXIT_OK = 0
#: A finding reached --fail-on.
EXIT_FINDINGS = 1
#: Usage or input error: a file, option, configuration or rates table figcheck cannot use.
EXIT_INPUT = 2
#: An unexpected error inside figcheck (a bug): one line, the traceback with FIGCHECK_DEBUG=1.
EXIT_INTERNAL = 3
#: The reader of standard output went away (``| head -1``), as a shell reports SIGPIPE.
EXIT_PIPE = 141
#: Set to 1 (or pass --debug first) to see the traceback of an unexpected error.
DEBUG_ENV = "FIGCHECK_DEBUG"


class FigcheckError(Exception):
    """Base of every error figcheck reports to a user without a traceback."""


class InputError(FigcheckError):
    """A file, option or piece of data figcheck cannot use as given."""
