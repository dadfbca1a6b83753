"""System checks for running the site in production (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def cache_shared_by_processes(app_configs, **kwargs):
    """Every cache is invalidated by replacing a version in it (home.chrome): all processes must see one cache."""
    if settings.CACHES["default"]["BACKEND"].endswith(".LocMemCache"):
        return [
            Warning(
                "The cache is kept in each process's own memory.",
                hint=(
                    "Set REDIS_URL (or CACHE_URL=redis://…). With several gunicorn workers, a publish replaces the "
                    "content version only in the worker that handled it: the others serve stale pages and fragments "
                    "until they expire."
                ),
                id="home.W001",
            )
        ]
    return []
