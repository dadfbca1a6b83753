from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.api import api_router

        from .api import SearchEndpoint
        from .signal_handlers import register_signal_handlers

        api_router.register_endpoint("search", SearchEndpoint)
        register_signal_handlers()
