import pytest
from django.db import IntegrityError

from participation.models import Idea, IdeaStatus, IdeaSupport

pytestmark = pytest.mark.django_db


def test_new_idea_waits_for_moderation_and_appears_nowhere(client, idea_wall):
    response = client.post(idea_wall.url, {"text": "Yhteinen siivoustalkoo", "name": "Pekka P.", "website_address": ""})
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.status == IdeaStatus.PENDING
    assert "Yhteinen siivoustalkoo" not in client.get(idea_wall.url).content.decode()
    api = client.get("/api/v2/ideas/").json()
    assert api["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/ideas/{idea.pk}/").status_code == 404


def test_hidden_idea_is_not_shown(client, make_idea, idea_wall):
    make_idea("Piilotettu ehdotus", status=IdeaStatus.HIDDEN)
    make_idea("Näkyvä ehdotus")
    html = client.get(idea_wall.url).content.decode()
    assert "Näkyvä ehdotus" in html and "Piilotettu ehdotus" not in html


def test_empty_idea_is_refused_with_field_error(client, idea_wall):
    response = client.post(idea_wall.url, {"text": "", "name": "Anna", "website_address": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_text"' in html and 'value="Anna"' in html
    assert Idea.objects.count() == 0


def test_honeypot_and_closed_wall_store_nothing(client, idea_wall):
    assert client.post(idea_wall.url, {"text": "Roskaa", "website_address": "x"}).status_code == 400
    idea_wall.accepts_ideas = False
    idea_wall.save_revision().publish()
    assert client.post(idea_wall.url, {"text": "Myöhässä", "website_address": ""}).status_code == 403
    assert Idea.objects.count() == 0


def test_pinned_answer_and_sorting(client, make_idea, idea_wall):
    old = make_idea("Vanha mutta suosittu", support_count=5)
    make_idea("Uusi idea", support_count=1)
    pinned = make_idea("Kiinnitetty idea", pinned=True, answer="Hyvä idea, selvitämme!")
    newest = client.get(idea_wall.url).content.decode()
    assert newest.index("Kiinnitetty idea") < newest.index("Uusi idea") < newest.index("Vanha mutta suosittu")
    assert "Hyvä idea, selvitämme!" in newest
    supported = client.get(idea_wall.url + "?sort=supported").content.decode()
    assert supported.index("Kiinnitetty idea") < supported.index("Vanha mutta suosittu") < supported.index("Uusi idea")
    bad = client.get(idea_wall.url + "?sort=<script>")
    assert bad.status_code == 200 and "<script>" not in bad.content.decode().split("<main")[1]
    assert old.pk and pinned.pk


def test_support_once_per_browser(client, make_idea, idea_wall):
    idea = make_idea()
    url = f"{idea_wall.url}tue/{idea.pk}/"
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302  # twice: no error, counted once
    idea.refresh_from_db()
    assert idea.support_count == 1
    support = IdeaSupport.objects.get()
    assert len(support.browser_hash) == 64
    assert client.cookies["participation_browser"].value.split(":")[0] not in support.browser_hash
    html = client.get(idea_wall.url).content.decode()
    assert "1 tukija" in html or "1 supporter" in html
    other = client.__class__()
    other.post(url)
    idea.refresh_from_db()
    assert idea.support_count == 2


def test_database_refuses_a_second_support(make_idea):
    idea = make_idea()
    IdeaSupport.objects.create(idea=idea, browser_hash="a" * 64)
    with pytest.raises(IntegrityError):
        IdeaSupport.objects.create(idea=idea, browser_hash="a" * 64)


def test_support_for_unapproved_idea_is_404_and_get_is_405(client, make_idea, idea_wall):
    idea = make_idea(status=IdeaStatus.PENDING)
    assert client.post(f"{idea_wall.url}tue/{idea.pk}/").status_code == 404
    assert client.get(f"{idea_wall.url}tue/{idea.pk}/").status_code == 405
    assert IdeaSupport.objects.count() == 0


def test_pagination_and_bad_page(client, make_idea, idea_wall):
    for number in range(25):
        make_idea(f"Idea numero {number}")
    first = client.get(idea_wall.url).content.decode()
    assert "Idea numero 24" in first and "Idea numero 4<" not in first
    second = client.get(idea_wall.url + "?page=2").content.decode()
    assert "Idea numero 0" in second
    assert client.get(idea_wall.url + "?page=abc").status_code == 200
    assert client.get(idea_wall.url + "?page=99").status_code == 200


def test_idea_wall_queries_do_not_grow(client, make_idea, idea_wall, django_assert_max_num_queries):
    for number in range(3):
        make_idea(f"Idea {number}")
    client.get(idea_wall.url)
    with django_assert_max_num_queries(20) as few:
        client.get(idea_wall.url)
    baseline = len(few.captured_queries)
    for number in range(15):
        make_idea(f"Lisää {number}", answer="Vastaus")
    client.get(idea_wall.url)  # new ideas change the content version: the site chrome is built again once
    with django_assert_max_num_queries(baseline):
        client.get(idea_wall.url)


def test_editor_moderates_in_admin(client, make_idea, editor):
    idea = make_idea(status=IdeaStatus.PENDING)
    client.force_login(editor)
    listing = client.get("/admin/participation/ideas/?status=pending")
    assert listing.status_code == 200 and "Yhteinen kirpputori" in listing.content.decode()
    response = client.post(f"/admin/participation/ideas/edit/{idea.pk}/", {
        "text": idea.text, "name": "", "status": "approved", "pinned": "on", "answer": "Kiitos!",
    })
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.APPROVED and idea.pinned and idea.answered_at
