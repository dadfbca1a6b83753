"""The `guides` API endpoint: guides with audience and topic filters.

    /api/v2/guides/?locale=fi&audience=associations&topic=avustukset

Items come from the same listing as the HTML index (toolkit/listing.py), ordered
by title unless ``order`` says otherwise. ``audience`` and ``topic`` may be given
several times (any of them matches); together they must both match.
"""

from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError

from hub.api import PublicPagesAPIViewSet

from .listing import AUDIENCE_CODES, GuideFilters, guides
from .models import GuidePage, Topic

GUIDE_FILTERS = ["audience", "topic"]


class GuidesAPIViewSet(PublicPagesAPIViewSet):
    model = GuidePage
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(GUIDE_FILTERS)
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "summary",
        "audience",
        "topics",
        "last_reviewed",
    ]

    def listed_pages(self):
        params = self.request.GET
        if params.get("type"):
            raise BadRequestError(_("The guides endpoint lists guides only; leave out the type parameter."))
        # Guides in this site, with the locale checked; without the relations the
        # guides' manager adds, as the listing fetches only those of the fields shown.
        queryset = super().listed_pages().select_related(None).prefetch_related(None)
        filters = GuideFilters()
        for code in params.getlist("audience"):
            if code not in AUDIENCE_CODES:
                raise BadRequestError(
                    _("Unknown audience %(value)s. Use one of: %(choices)s.")
                    % {"value": code[:40], "choices": ", ".join(AUDIENCE_CODES)}
                )
            filters.audiences.append(code)
        slugs = params.getlist("topic")
        if slugs:
            topics = Topic.objects.filter(slug__in=slugs)
            if params.get("locale"):
                topics = topics.filter(locale__language_code=params["locale"])
            topics = list(topics)
            missing = set(slugs) - {topic.slug for topic in topics}
            if missing:
                raise BadRequestError(_("Unknown topic %(slug)s.") % {"slug": sorted(missing)[0][:80]})
            filters.topics = topics
        return guides(
            base=queryset, filters=filters,
            responsible=self.shows_field("responsible_person"), related=self.shows_field("related"),
        )
