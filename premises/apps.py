from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PremisesConfig(AppConfig):
    name = "premises"
    verbose_name = _("Premises")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.api import api_router
        from premises.api import PremisesAPIViewSet

        api_router.register_endpoint("premises", PremisesAPIViewSet)
