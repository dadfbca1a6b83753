"""Events fixtures: an index per language, snippets and events built as editors build them."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.models import Audience, EventIndexPage, EventPage, Keyword
from home.models import Municipality
from tests.conftest import publish_translation

HELSINKI = ZoneInfo("Europe/Helsinki")


def helsinki(*args):
    return datetime(*args, tzinfo=HELSINKI)


def add_event(index, *, publish=True, **fields):
    """An EventPage below ``index``: starts in ten days by default, published unless ``publish`` is False."""
    start = fields.pop("start", None) or (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    values = {"lead": "Tervetuloa mukaan.", "start": start, "end": fields.pop("end", None) or start + timedelta(hours=3), **fields}
    values.setdefault("slug", values["title"].lower().replace(" ", "-"))
    audiences = values.pop("audiences", [])
    keywords = values.pop("keywords", [])
    page = EventPage(locale=index.locale, **values)
    page.audiences = list(audiences)
    page.keywords = list(keywords)
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save()
    page.refresh_from_db()
    return page


@pytest.fixture
def events_tree(site_tree):
    locale_fi = site_tree["home_fi"].locale
    locale_sv = site_tree["home_sv"].locale
    index_fi = EventIndexPage(title="Tapahtumat", slug="tapahtumat", lead="Foorumit ja työpajat.")
    site_tree["home_fi"].add_child(instance=index_fi)
    index_fi.save_revision().publish()
    index_sv = publish_translation(index_fi, locale_sv, title="Evenemang", slug="evenemang")
    tampere = Municipality.objects.create(name="Tampere", code="837", locale=locale_fi)
    nokia = Municipality.objects.create(name="Nokia", code="536", locale=locale_fi)
    associations = Audience.objects.create(name="Yhdistykset", slug="yhdistykset", locale=locale_fi)
    officials = Audience.objects.create(name="Kuntien viranhaltijat", slug="viranhaltijat", locale=locale_fi)
    associations_sv = associations.copy_for_translation(locale_sv)
    associations_sv.name, associations_sv.slug = "Föreningar", "foreningar"
    associations_sv.save()
    grants = Keyword.objects.create(name="Avustukset", slug="avustukset", locale=locale_fi)
    premises = Keyword.objects.create(name="Tilat", slug="tilat", locale=locale_fi)
    return {
        **site_tree,
        "index_fi": index_fi,
        "index_sv": index_sv,
        "locale_fi": locale_fi,
        "locale_sv": locale_sv,
        "tampere": tampere,
        "nokia": nokia,
        "associations": associations,
        "associations_sv": associations_sv,
        "officials": officials,
        "grants": grants,
        "premises": premises,
    }


@pytest.fixture
def forum(events_tree):
    """The association forum with registration: 3 places, 2 on the waiting list."""
    start = (timezone.now() + timedelta(days=20)).replace(microsecond=0)
    return add_event(
        events_tree["index_fi"],
        title="Järjestöfoorumi",
        slug="jarjestofoorumi",
        start=start,
        end=start + timedelta(hours=3),
        place_name="Järjestötalo",
        street_address="Kuusikkokatu 3",
        postal_code="33100",
        town="Tampere",
        municipality=events_tree["tampere"],
        audiences=[events_tree["associations"]],
        keywords=[events_tree["grants"]],
        registration_enabled=True,
        registration_closes=start - timedelta(days=3),
        capacity=3,
        waiting_list_size=2,
        ask_municipality="optional",
        ask_dietary="optional",
    )
