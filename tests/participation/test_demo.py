"""The participation demo content loaded by `manage.py load_demo` (the one module that loads it)."""

import pytest

from participation.models import ContactDetailUpdate, Idea, IdeaWallPage, PhotoContestPage, PhotoEntry, SurveyPage
from tests.conftest import demo_fixture, load_demo

pytestmark = pytest.mark.django_db


demo = demo_fixture("participation")


def test_theme_year_in_finnish_and_swedish_and_idempotent(client, demo):
    for url, texts in [
        ("/fi/yhdessa-olemme-enemman/", ["Osallistu", "Järjestötoimijoiden kysely", "Ideaseinä", "Avoinna"]),
        ("/sv/tillsammans-ar-vi-fler/", ["Delta", "Enkät till föreningsaktörer", "Idéväggen"]),
        ("/fi/yhdessa-olemme-enemman/jarjestokysely/", ["Järjestötoimijoiden kysely", "Toimiala", "Kulttuuri"]),
        ("/sv/tillsammans-ar-vi-fler/foreningsenkat/", ["Enkät till föreningsaktörer", "Verksamhetsområde", "Kultur"]),
        ("/fi/yhdessa-olemme-enemman/yhteystiedot/", ["Ilmoita yhdistyksen yhteystiedot"]),
        ("/sv/tillsammans-ar-vi-fler/kontaktuppgifter/", ["Anmäl föreningens kontaktuppgifter"]),
        ("/fi/yhdessa-olemme-enemman/ideaseina/", ["Yhteinen järjestöjen tapahtumakalenteri"]),
        ("/sv/tillsammans-ar-vi-fler/idevaggen/", ["En gemensam evenemangskalender"]),
        ("/fi/yhdessa-olemme-enemman/valokuvakilpailu/", ["Talkoot rannalla", "Ville Kuvaaja"]),
        ("/sv/tillsammans-ar-vi-fler/fototavling/", ["Talko på stranden"]),
        ("/fi/yhdessa-olemme-enemman/jarjestokysely/tulokset/", ["Kulttuuri", "50 %"]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for text in texts:
            assert text in html, (url, text)
    assert "Odottaa moderointia" not in client.get("/fi/yhdessa-olemme-enemman/ideaseina/").content.decode()
    assert SurveyPage.objects.live().count() == 2 and IdeaWallPage.objects.live().count() == 2
    assert PhotoContestPage.objects.live().count() == 2
    assert PhotoEntry.objects.filter(status="approved").count() == 6
    assert ContactDetailUpdate.objects.filter(status="pending").count() == 2
    assert all(update.email.endswith("@example.fi") for update in ContactDetailUpdate.objects.all())
    photo = PhotoEntry.objects.first()
    assert client.get(photo.file_url("thumb")).status_code == 200
    open_sv = client.get("/api/v2/open_forms/?locale=sv").json()["items"]
    assert sorted(item["type"] for item in open_sv) == ["contact_update", "idea_wall", "photo_contest", "survey"]
    assert "Enkät till föreningsaktörer" in [item["title"] for item in open_sv]
    assert client.get("/api/v2/ideas/?locale=fi").json()["meta"]["total_count"] == 4
    # A second run changes nothing.
    counts = (Idea.objects.count(), PhotoEntry.objects.count(), SurveyPage.objects.count())
    load_demo("participation")
    assert (Idea.objects.count(), PhotoEntry.objects.count(), SurveyPage.objects.count()) == counts
