"""The GeoJSON of the filtered spaces and the premises API endpoint."""

import pytest

GEOJSON = "/fi/tilat/geojson/"
API = "/api/v2/premises/"


def feature_titles(response):
    return sorted(feature["properties"]["title"] for feature in response.json()["features"])


def api_titles(response):
    return sorted(item["title"] for item in response.json()["items"])


def test_geojson_is_a_feature_collection_of_points_in_lon_lat_order(client, spaces):
    response = client.get(GEOJSON)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    # The space without coordinates is left out.
    assert feature_titles(response) == ["Iso sali", "Kerhohuone", "Liikuntasali"]
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert 19 < longitude < 32 and 59 < latitude < 71  # Finland: lon first, then lat
        assert set(feature["properties"]) >= {"title", "url", "capacity", "is_free_for_associations", "accessibility"}
    gym = next(feature for feature in data["features"] if feature["properties"]["title"] == "Liikuntasali")
    assert gym["geometry"]["coordinates"] == [23.50811, 61.47802]
    assert gym["properties"]["url"] == "/fi/tilat/liikuntasali/"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("municipality=837", ["Iso sali", "Kerhohuone"]),
        ("access=step_free&min_capacity=50", ["Iso sali"]),
        ("free=1", ["Iso sali", "Liikuntasali"]),
        ("equipment=videotykki&use=meeting", ["Iso sali", "Kerhohuone"]),
        ("bbox=23.4,61.4,23.6,61.5", ["Liikuntasali"]),
        ("bbox=23.4,61.4,23.9,61.6&access=step_free", ["Iso sali", "Kerhohuone"]),
    ],
)
def test_geojson_takes_the_same_filters_as_the_page_plus_bbox(client, spaces, query, expected):
    response = client.get(f"{GEOJSON}?{query}")
    assert response.status_code == 200
    assert feature_titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        "bbox=1,2,3",
        "bbox=a,b,c,d",
        "bbox=24,61,23,62",
        "bbox=23,61,24,200",
        "bbox=nan,61,24,62",
        "min_capacity=zero",
        "min_capacity=%C2%B2",
        "access=teleport",
        "municipality=123",
        "colour=blue",
    ],
)
def test_geojson_answers_bad_input_with_400_and_a_message(client, spaces, query):
    response = client.get(f"{GEOJSON}?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_api_lists_spaces_with_all_fields(client, spaces):
    response = client.get(f"{API}?locale=fi")
    assert response.status_code == 200
    items = response.json()["items"]
    assert sorted(item["title"] for item in items) == ["Iso sali", "Kerhohuone", "Liikuntasali", "Seurantalo"]
    hall = next(item for item in items if item["title"] == "Iso sali")
    assert hall["meta"]["type"] == "premises.PremisesPage"
    assert hall["municipality"] == {"id": spaces["tampere"].pk, "name": "Tampere", "code": "837"}
    assert hall["capacity"] == 120 and hall["area"] == 200
    assert hall["latitude"] == "61.498150" and hall["longitude"] == "23.761025"
    assert hall["accessibility"]["step_free"] is True
    assert hall["accessibility"]["accessible_parking"] is False
    assert {use["code"] for use in hall["intended_uses"]} == {"meeting", "party"}
    assert {item["slug"] for item in hall["equipment_list"]} == {"videotykki", "keittio"}
    assert hall["is_free_for_associations"] is True
    for field in ("opening_hours_data", "opening_exceptions_data", "price_per_hour", "price_notes", "booking_instructions",
                  "booking_url", "contact", "terms_of_use", "photo_list", "street_address", "postal_code", "town", "operator"):
        assert field in hall
    detail = client.get(f"{API}{spaces['hall'].pk}/")
    assert detail.status_code == 200
    assert detail.json()["title"] == "Iso sali"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("municipality=536", ["Liikuntasali", "Seurantalo"]),
        ("min_capacity=100", ["Iso sali", "Seurantalo"]),
        ("access=step_free&access=induction_loop", ["Iso sali"]),
        ("equipment=keittio", ["Iso sali", "Seurantalo"]),
        ("use=exercise", ["Liikuntasali"]),
        ("free=1&municipality=837", ["Iso sali"]),
        ("q=kerho", ["Kerhohuone"]),
        ("bbox=23.4,61.4,23.6,61.5", ["Liikuntasali"]),
    ],
)
def test_api_takes_the_same_filters(client, spaces, query, expected):
    response = client.get(f"{API}?locale=fi&{query}")
    assert response.status_code == 200, response.content
    assert api_titles(response) == expected


@pytest.mark.parametrize(
    "query",
    ["bbox=1,2", "min_capacity=-1", "access=teleport", "equipment=nope", "use=x", "free=perhaps", "municipality=1",
     "locale=xx", "colour=blue", "type=home.StandardPage"],
)
def test_api_answers_bad_input_with_400_and_a_message(client, spaces, query):
    response = client.get(f"{API}?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_pages_endpoint_serves_the_premises_type_with_its_fields(client, spaces):
    response = client.get("/api/v2/pages/?type=premises.PremisesPage&fields=capacity,accessibility,municipality&locale=fi")
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 4
    assert all("accessibility" in item for item in items)


def test_benchmark_measures_the_directory_a_premises_page_geojson_and_api(client, spaces):
    from premises.wagtail_hooks import premises_benchmark_urls

    paths = [entry() if callable(entry) else entry for entry in premises_benchmark_urls()]
    assert paths == ["/fi/tilat/", "/fi/tilat/?min_capacity=10&access=step_free&free=1", spaces["hall"].url,
                     "/fi/tilat/geojson/", "/api/v2/premises/?locale=fi"]
    for path in paths:
        assert client.get(path).status_code == 200, path
