from pathlib import Path

from django.conf import settings


def credentials_file():
    """Where the development admin login is remembered (git-ignored)."""
    return Path(settings.BASE_DIR) / ".admin-login"
