"""Editors in the Wagtail admin: page forms, the materials snippet, the moderation queue."""

import pytest
from wagtail.models import Page

from campaign.models import JoinRequest, Material

from .conftest import make_image

pytestmark = pytest.mark.django_db


def test_editor_can_open_the_add_form_of_every_campaign_page_type(client, campaign_tree, editor):
    from datetime import date

    from campaign.models import CampaignPage

    from .conftest import publish

    client.force_login(editor)
    home = campaign_tree["home_fi"]
    assert client.get(f"/admin/pages/add/campaign/campaignpage/{home.pk}/").status_code == 200
    empty = publish(home, CampaignPage(title="Uusi", slug="uusi", hashtag="#uusi", key_message="Uusi.", starts_on=date(2025, 1, 1)))
    for model in ["campaignblogindexpage", "infopackagepage", "materialspage", "participatingorganisationspage"]:
        assert client.get(f"/admin/pages/add/campaign/{model}/{empty.pk}/").status_code == 200, model
    assert client.get(f"/admin/pages/add/campaign/campaignblogpost/{campaign_tree['blog'].pk}/").status_code == 200
    # One blog per campaign: the campaign that has one cannot get another.
    assert client.get(f"/admin/pages/add/campaign/campaignblogindexpage/{campaign_tree['campaign'].pk}/").status_code != 200
    for page in Page.objects.descendant_of(campaign_tree["campaign"], inclusive=True):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_editor_adds_a_material_in_the_admin(client, campaign_tree, editor):
    client.force_login(editor)
    assert client.get("/admin/snippets/campaign/material/add/").status_code == 200
    image = make_image("Somekuva")
    response = client.post("/admin/snippets/campaign/material/add/", {
        "title": "Somekuva", "description": "", "campaign": campaign_tree["campaign"].pk, "material_type": "poster",
        "language": "fi", "licence": "cc-by-4.0", "preview_image": image.pk, "preview_alt": "Sininen kuva.", "document": "",
        "sort_order": "0", "locale": campaign_tree["home_fi"].locale.pk,
    })
    assert response.status_code == 200  # a poster needs its file
    assert "Valitse ladattava tiedosto" in response.content.decode()
    assert not Material.objects.exists()


def test_moderation_queue_and_participations_are_in_the_admin(client, campaign_tree, editor):
    request = JoinRequest.objects.create(campaign=campaign_tree["campaign"], organisation_name="Odottava seura ry",
                                         field_of_activity="Kulttuuri", contact_name="Olli Oletus", email="olli@example.fi")
    client.force_login(editor)
    for url in ["/admin/campaign/join-requests/", f"/admin/campaign/join-requests/edit/{request.pk}/",
                "/admin/campaign/participations/", "/admin/campaign/participations/new/", "/admin/"]:
        assert client.get(url).status_code == 200, url
    dashboard = client.get("/admin/").content.decode()
    assert "1 liittymispyyntö odottaa käsittelyä" in dashboard


def test_decided_join_requests_are_purged_after_the_retention_time(campaign_tree):
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    campaign = campaign_tree["campaign"]
    old = timezone.now() - timedelta(days=200)

    def add(name, status, decided_at):
        return JoinRequest.objects.create(campaign=campaign, organisation_name=name, field_of_activity="x", contact_name="X",
                                          email="x@example.fi", status=status, decided_at=decided_at, created_at=old)

    add("Vanha hylätty", "rejected", old)
    add("Vanha hyväksytty", "approved", old)
    add("Tuore hylätty", "rejected", timezone.now())
    add("Odottaa yhä", "pending", None)
    out = StringIO()
    call_command("purge_join_requests", stdout=out)
    assert "Deleted 2" in out.getvalue()
    assert sorted(JoinRequest.objects.values_list("organisation_name", flat=True)) == ["Odottaa yhä", "Tuore hylätty"]
