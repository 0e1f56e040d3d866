"""Errors a user can fix; the CLI turns them into one line and exit code 2."""


class FigcheckError(Exception):
    """Base of every error figcheck reports to a user without a traceback."""


class InputError(FigcheckError):
    """A file, option or piece of data figcheck cannot use as given."""
