from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.api import api_router, snippet_endpoint
        from toolkit.api import GuidesAPIViewSet
        from toolkit.models import Topic

        api_router.register_endpoint("guides", GuidesAPIViewSet)
        api_router.register_endpoint("topics", snippet_endpoint(Topic))
