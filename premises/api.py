"""The `premises` API endpoint: spaces with the directory's filters.

    /api/v2/premises/?locale=fi&municipality=837&min_capacity=20&access=step_free&equipment=projector&use=meeting&free=1&q=sali&bbox=23.5,61.3,24.1,61.6

Spaces come from the same listing as the HTML index and the GeoJSON; every field
of a space is in the listing. A bad filter value gets a 400 with a message.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.images import get_image_model

from home.localization import prefetch_translations
from home.models import ContactPerson, Municipality
from hub.api import PublicPagesAPIViewSet

from .filters import FILTER_PARAMETERS
from .listing import filters_for, localize_equipment, premises_listing
from .models import Equipment, PremisesPage, PremisesPhoto


class PremisesAPIViewSet(PublicPagesAPIViewSet):
    model = PremisesPage
    # Wagtail's FieldsFilter would read ?municipality=837 as a primary key; the
    # directory's own filters take its place.
    filter_backends = [backend for backend in PublicPagesAPIViewSet.filter_backends if backend is not FieldsFilter]
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union([*FILTER_PARAMETERS, "bbox"])
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        field.name for field in PremisesPage.api_fields if field.name != "social_image"
    ]

    def listed_pages(self):
        params = self.request.GET
        if params.get("type"):
            raise BadRequestError(_("The premises endpoint lists spaces only; leave out the type parameter."))
        queryset = super().listed_pages()  # spaces in this site, with the locale checked
        locale = self.requested_locale

        def known(model, parameter):
            # The values a filter may name, read only when the filter is given.
            if parameter not in params:
                return []
            return list(model.objects.filter(locale=locale) if locale else model.objects.all())

        filters = filters_for(
            params,
            locale.pk if locale else None,
            allow_bbox=True,
            municipalities=known(Municipality, "municipality"),
            equipment=known(Equipment, "equipment"),
        )
        if filters.problems:
            raise BadRequestError(" ".join(filters.problems))
        images = get_image_model().objects
        return premises_listing(base=queryset, filters=filters).prefetch_related(
            "opening_hours",
            "opening_exceptions",
            Prefetch(
                "photos",
                queryset=PremisesPhoto.objects.order_by("sort_order").prefetch_related(
                    Prefetch("image", queryset=images.prefetch_renditions("fill-1200x800"))
                ),
            ),
            Prefetch(
                "contact_person",
                queryset=ContactPerson.objects.select_related("organisation").prefetch_related(
                    Prefetch("photo", queryset=images.prefetch_renditions("fill-300x300"))
                ),
            ),
        )

    def prepare_items(self, pages):
        for locale_id in {page.locale_id for page in pages}:
            localize_equipment([page for page in pages if page.locale_id == locale_id], locale_id)
        # The snippets' translations in the answer's language, in bulk rather than one by one.
        ContactPerson.prefetch_translations([page.contact_person for page in pages if page.contact_person_id])
        prefetch_translations([page.municipality for page in pages if page.municipality_id])
        return pages
