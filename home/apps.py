from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import checks  # noqa: F401  (registers the deploy checks)
        from home.api import register_endpoints
        from home.signal_handlers import register_signal_handlers
        from hub.api import api_router

        register_signal_handlers()
        register_endpoints(api_router)
