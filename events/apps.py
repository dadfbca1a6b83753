from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events.api import EventsAPIViewSet
        from events.models import REGISTRATIONS, EventIndexPage
        from home.signal_handlers import register_activity_model
        from hub.api import api_router

        api_router.register_endpoint("events", EventsAPIViewSet)
        # Registrations show only as places left.
        register_activity_model("events.Registration", REGISTRATIONS)

        # A campaign site may have its own events (a model string: no import of the plugin).
        if campaign_page_exists() and "campaign.CampaignPage" not in EventIndexPage.parent_page_types:
            EventIndexPage.parent_page_types = [*EventIndexPage.parent_page_types, "campaign.CampaignPage"]


def campaign_page_exists():
    if not apps.is_installed("campaign"):
        return False
    try:
        apps.get_model("campaign", "CampaignPage")
    except LookupError:
        return False
    return True
