"""Form submissions are stored whole or not at all."""

from functools import wraps

from django.db import transaction
from django.http import HttpRequest


def atomic_submission(view):
    """Runs a view's POST in one transaction: a crash half-way (an exception, a killed
    worker) stores nothing, and the error page can say so.

    ``savepoint=False``: in production this is the outermost transaction (BEGIN …
    COMMIT); inside the tests' own transaction it adds no SAVEPOINT query.
    """

    @wraps(view)
    def wrapper(*args, **kwargs):
        request = next(arg for arg in args if isinstance(arg, HttpRequest))
        if request.method != "POST":
            return view(*args, **kwargs)
        try:
            with transaction.atomic(savepoint=False):
                return view(*args, **kwargs)
        except Exception:
            request.submission_rolled_back = True  # read by the 500 page
            raise

    return wrapper
