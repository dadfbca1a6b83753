from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class CampaignConfig(AppConfig):
    name = "campaign"
    verbose_name = _("Campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.api import api_router

        from .api import (
            CampaignMaterialsEndpoint,
            CampaignOrganisationsEndpoint,
            CampaignPostsAPIViewSet,
            CampaignsAPIViewSet,
            InfoPackagesAPIViewSet,
        )
        from home.signal_handlers import register_activity_model

        from .models import CampaignPage

        api_router.register_endpoint("campaigns", CampaignsAPIViewSet)
        api_router.register_endpoint("campaign_posts", CampaignPostsAPIViewSet)
        api_router.register_endpoint("info_packages", InfoPackagesAPIViewSet)
        api_router.register_endpoint("campaign_materials", CampaignMaterialsEndpoint)
        api_router.register_endpoint("campaign_organisations", CampaignOrganisationsEndpoint)
        # Shown nowhere: approving one saves the organisation and its participation.
        register_activity_model("campaign.JoinRequest", None)

        # Campaign events live in the events plugin: a model string, no import.
        if apps.is_installed("events") and has_model("events", "EventIndexPage"):
            if EVENT_INDEX not in CampaignPage.subpage_types:
                CampaignPage.subpage_types = [*CampaignPage.subpage_types, EVENT_INDEX]


EVENT_INDEX = "events.EventIndexPage"


def has_model(app_label, model_name):
    try:
        apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return True
