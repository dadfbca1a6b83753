"""The directory page: filters alone and combined, in a shareable URL, without JavaScript."""

import pytest

from tests.premises.conftest import add_space, titles

URL = "/fi/tilat/"


def test_index_lists_live_spaces_of_its_language_by_name(client, spaces):
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == ["Iso sali", "Kerhohuone", "Liikuntasali", "Seurantalo"]
    assert "4 tilaa" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("municipality=536", ["Liikuntasali", "Seurantalo"]),
        ("min_capacity=40", ["Iso sali", "Liikuntasali", "Seurantalo"]),
        ("access=step_free", ["Iso sali", "Kerhohuone"]),
        ("access=lift", ["Iso sali"]),
        ("access=accessible_toilet", ["Iso sali"]),
        ("access=induction_loop", ["Iso sali"]),
        ("access=accessible_parking", ["Liikuntasali"]),
        ("equipment=videotykki", ["Iso sali", "Kerhohuone"]),
        ("equipment=keittio", ["Iso sali", "Seurantalo"]),
        ("use=meeting", ["Iso sali", "Kerhohuone"]),
        ("use=exercise", ["Liikuntasali"]),
        ("use=party", ["Iso sali", "Seurantalo"]),
        ("free=1", ["Iso sali", "Liikuntasali"]),
        ("q=kerho", ["Kerhohuone"]),
        ("q=kerhopolku", ["Kerhohuone"]),
        ("q=nokia", ["Liikuntasali", "Seurantalo"]),
    ],
)
def test_each_filter_alone_narrows_the_list(client, spaces, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("municipality=837&access=step_free&min_capacity=20", ["Iso sali"]),
        ("municipality=536&free=1", ["Liikuntasali"]),
        ("access=step_free&access=lift", ["Iso sali"]),
        ("access=step_free,lift", ["Iso sali"]),
        ("equipment=videotykki&equipment=keittio", ["Iso sali"]),
        ("use=party&free=1&equipment=keittio", ["Iso sali"]),
        ("use=exercise&municipality=837", []),
        ("q=sali&min_capacity=100", ["Iso sali"]),
    ],
)
def test_filters_combine(client, spaces, query, expected):
    assert titles(client.get(f"{URL}?{query}")) == expected


def test_result_count_and_form_state_follow_the_shareable_url(client, spaces):
    html = client.get(f"{URL}?municipality=837&access=step_free&min_capacity=10&free=1&q=sali").content.decode()
    assert "1 tila" in html
    assert '<option value="837" selected>' in html
    assert 'name="access" value="step_free" checked' in html
    assert 'name="free" value="1" checked' in html
    assert 'value="10"' in html and 'value="sali"' in html
    # The GeoJSON for the map carries the same filters.
    assert "geojson/?municipality=837&amp;min_capacity=10&amp;access=step_free&amp;free=1&amp;q=sali" in html


def test_filters_are_a_plain_get_form_that_works_without_javascript(client, spaces):
    html = client.get(URL).content.decode()
    assert '<form class="premises-filters" method="get" action="/fi/tilat/"' in html
    assert 'type="submit"' in html
    # The map is only a button that JavaScript reveals; the list is in the HTML.
    assert "data-premises-map-open hidden" in html
    assert "leaflet.js" not in html.split("data-leaflet-js")[0]


@pytest.mark.parametrize(
    "query",
    [
        "municipality=999",
        "municipality=<script>",
        "min_capacity=-5",
        "min_capacity=abc",
        "min_capacity=99999999999999999999",
        "min_capacity=%C2%B2",
        "q=%00sali",
        "access=teleport",
        "equipment=flux-capacitor",
        "use=space-travel",
        "free=maybe",
        "page=abc",
        "page=99999",
        "q=" + "x" * 5000,
        "bbox=1,2",
    ],
)
def test_invalid_filter_values_are_ignored_with_a_message_never_a_500(client, spaces, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html.split("<main")[1].split("</main>")[0] or "&lt;script&gt;" in html
    if not query.startswith(("page=", "q", "bbox=")):
        assert "Nämä rajaukset jätettiin huomiotta" in html
        assert titles(response) == ["Iso sali", "Kerhohuone", "Liikuntasali", "Seurantalo"]


def test_an_invalid_value_does_not_cancel_the_valid_filters(client, spaces):
    response = client.get(f"{URL}?access=teleport&municipality=536")
    html = response.content.decode()
    assert "Tuntematon esteettömyyden ominaisuus ”teleport”" in html
    assert titles(response) == ["Liikuntasali", "Seurantalo"]


def test_swedish_index_lists_swedish_spaces_with_swedish_filters(client, spaces):
    tree = spaces
    from tests.conftest import publish_translation

    hall_sv = publish_translation(tree["hall"], tree["locale_sv"], title="Stora salen", slug="stora-salen")
    hall_sv.municipality = tree["tampere_sv"]
    hall_sv.save_revision().publish()
    response = client.get("/sv/lokaler/?equipment=projektor&municipality=837")
    assert titles(response) == ["Stora salen"]
    html = response.content.decode()
    assert "1 lokal" in html
    assert "Projektor" in html and "Tammerfors" in html
    # The Finnish spaces are not in the Swedish list.
    assert titles(client.get("/sv/lokaler/")) == ["Stora salen"]


def test_the_list_is_paginated_and_pages_keep_the_filters(client, premises_tree):
    for number in range(25):
        add_space(premises_tree["index_fi"], title=f"Tila {number:02d}", municipality=premises_tree["tampere"], is_free_for_associations=True)
    html = client.get(f"{URL}?free=1").content.decode()
    assert "25 tilaa" in html
    assert 'href="?free=1&amp;page=2" rel="next"' in html
    second = client.get(f"{URL}?free=1&page=2")
    assert titles(second) == [f"Tila {number:02d}" for number in range(20, 25)]


def test_a_new_municipality_appears_in_the_filter_after_it_is_saved(client, spaces):
    assert "Ylöjärvi" not in client.get(URL).content.decode()
    from home.models import Municipality

    Municipality.objects.create(name="Ylöjärvi", code="980", locale=spaces["index_fi"].locale)
    html = client.get(URL).content.decode()
    assert '<option value="980">Ylöjärvi</option>' in html
