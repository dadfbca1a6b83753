from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.signal_handlers import register_activity_model
        from hub.api import api_router

        from .api import IdeasAPIViewSet, OpenFormsAPIViewSet, PhotosAPIViewSet
        from .listing import PARTICIPATION

        api_router.register_endpoint("open_forms", OpenFormsAPIViewSet)
        api_router.register_endpoint("ideas", IdeasAPIViewSet)
        api_router.register_endpoint("photos", PhotosAPIViewSet)

        # What visitors send shows only on idea walls, photo contests and survey results.
        for label in ("participation.Idea", "participation.IdeaSupport", "participation.PhotoEntry", "wagtailforms.FormSubmission"):
            register_activity_model(label, PARTICIPATION)
        # Shown nowhere: approving one saves the directory entry.
        register_activity_model("participation.ContactDetailUpdate", None)
