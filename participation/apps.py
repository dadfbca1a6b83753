from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.api import api_router

        from .api import IdeasAPIViewSet, OpenFormsAPIViewSet, PhotosAPIViewSet

        api_router.register_endpoint("open_forms", OpenFormsAPIViewSet)
        api_router.register_endpoint("ideas", IdeasAPIViewSet)
        api_router.register_endpoint("photos", PhotosAPIViewSet)
