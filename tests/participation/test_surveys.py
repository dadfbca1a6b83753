import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from participation.models import SurveyPage
from tests.conftest import publish_translation
from tests.participation.conftest import survey_answer

pytestmark = pytest.mark.django_db


def test_open_survey_shows_every_field_type_and_consent(client, survey):
    response = client.get(survey.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="email"' in html and 'type="number"' in html and 'type="date"' in html
    assert 'type="radio"' in html and 'type="checkbox"' in html
    assert "Hyväksyn, että vastaukseni tallennetaan." in html
    assert "Määräaika" in html or "Deadline" in html


def test_open_survey_says_how_long_answers_are_kept(client, survey, locales):
    survey.retention_days = 30
    survey.save_revision().publish()
    assert "Vastauksesi säilytetään 30 päivän ajan" in client.get(survey.url).content.decode()
    survey_sv = publish_translation(survey, locales["sv"], title="Föreningsenkät", slug="foreningsenkat")
    assert "Dina svar sparas i 30 dagar och raderas sedan." in client.get(survey_sv.url).content.decode()


def test_valid_answer_is_stored_without_honeypot_and_thanked(client, survey):
    response = client.post(survey.url, survey_answer())
    assert response.status_code == 200
    assert "Kiitos vastauksestasi!" in response.content.decode()
    submission = FormSubmission.objects.get(page=survey)
    assert submission.form_data["toimiala"] == "Kulttuuri"
    assert submission.form_data["consent"] is True
    assert "website_address" not in submission.form_data


def test_missing_consent_is_refused_with_message_and_values_kept(client, survey):
    response = client.post(survey.url, survey_answer(consent=None), HTTP_ACCEPT_LANGUAGE="fi")
    html = response.content.decode()
    assert response.status_code == 400
    assert FormSubmission.objects.count() == 0
    assert 'id="error-summary"' in html
    assert 'value="Esimerkkiseura ry"' in html
    assert 'aria-describedby="id_consent-error"' in html
    assert 'aria-invalid="true"' in html


def test_swedish_error_messages(client, survey, locales):
    survey_sv = publish_translation(survey, locales["sv"], title="Föreningsenkät", slug="foreningsenkat")
    response = client.post(survey_sv.url, survey_answer(yhdistyksen_nimi=""))
    assert response.status_code == 400
    assert "Det här fältet är obligatoriskt" in response.content.decode() or "Detta fält är obligatoriskt" in response.content.decode()


def test_honeypot_stores_nothing(client, survey):
    response = client.post(survey.url, survey_answer(website_address="http://spam.example"))
    assert response.status_code == 400
    assert FormSubmission.objects.count() == 0


def test_closed_form_says_so_and_refuses_a_forged_post(client, survey):
    survey.closes_at = timezone.now() - timedelta(minutes=1)
    survey.save_revision().publish()
    page = client.get(survey.url)
    assert page.status_code == 200
    assert "<form" not in page.content.decode().split("<main")[1]
    assert "suljettu" in page.content.decode()
    forged = client.post(survey.url, survey_answer())
    assert forged.status_code == 403
    assert FormSubmission.objects.count() == 0


def test_form_not_yet_open_refuses_answers(client, survey):
    survey.opens_at = timezone.now() + timedelta(days=1)
    survey.save_revision().publish()
    assert client.post(survey.url, survey_answer()).status_code == 403
    assert FormSubmission.objects.count() == 0


def test_rate_limit_answers_429(client, survey, settings):
    settings.RATE_LIMITS = {"participation:survey": "2/10m"}
    for _ in range(2):
        client.post(survey.url, survey_answer())
    assert client.post(survey.url, survey_answer()).status_code == 429
    assert FormSubmission.objects.count() == 2


def test_confirmation_email_goes_to_respondent(client, survey):
    survey.send_confirmation = True
    survey.confirmation_subject = "Kiitos vastauksesta"
    survey.confirmation_text = "Vastasit kyselyyn."
    survey.save_revision().publish()
    client.post(survey.url, survey_answer())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["vastaaja@example.fi"]
    assert "Vastasit kyselyyn." in message.body and "Kulttuuri" in message.body
    assert "Leave this field empty" not in message.body


def test_purge_submissions_deletes_only_expired(survey):
    old = FormSubmission.objects.create(page=survey, form_data={"toimiala": "Liikunta"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - timedelta(days=31))
    fresh = FormSubmission.objects.create(page=survey, form_data={"toimiala": "Kulttuuri"})
    out = io.StringIO()
    call_command("purge_submissions", "--dry-run", stdout=out)
    assert FormSubmission.objects.count() == 2
    call_command("purge_submissions", stdout=out)
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert "Deleted 1 survey submissions" in out.getvalue()


def test_admin_submissions_export_csv_and_xlsx(client, survey, editor):
    client.post(survey.url, survey_answer())
    client.force_login(editor)
    url = f"/admin/forms/submissions/{survey.pk}/"
    listing = client.get(url)
    assert listing.status_code == 200 and "Esimerkkiseura ry" in listing.content.decode()
    response = client.get(url + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert "Yhdistyksen nimi" in rows[0] and "Esimerkkiseura ry" in rows[1]
    xlsx = client.get(url + "?export=xlsx")
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Esimerkkiseura ry" in values


def test_admin_results_chart(client, survey, editor):
    for choice in ["Kulttuuri", "Kulttuuri", "Liikunta"]:
        client.post(survey.url, survey_answer(toimiala=choice))
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{survey.pk}/edit/")
    assert f"/admin/participation/surveys/{survey.pk}/results/" in edit.content.decode()
    explorer = client.get(f"/admin/pages/{survey.get_parent().pk}/")
    assert f"/admin/participation/surveys/{survey.pk}/results/" in explorer.content.decode()
    response = client.get(f"/admin/participation/surveys/{survey.pk}/results/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Toimiala" in html and "67 %" in html and "33 %" in html
    assert "<table" in html


def test_results_chart_needs_permission(client, survey, django_user_model):
    user = django_user_model.objects.create_user("vieras", password="x")
    client.force_login(user)
    assert client.get(f"/admin/participation/surveys/{survey.pk}/results/").status_code in (302, 403)


def test_public_summary_only_when_allowed(client, survey):
    client.post(survey.url, survey_answer())
    results_url = survey.url + "tulokset/"
    assert client.get(results_url).status_code == 404
    survey.public_results = True
    survey.save_revision().publish()
    response = client.get(results_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kulttuuri" in html and "100 %" in html
    assert "Esimerkkiseura ry" not in html and "vastaaja@example.fi" not in html


def test_survey_page_query_count_is_bounded(client, survey, django_assert_max_num_queries):
    client.get(survey.url)
    with django_assert_max_num_queries(20):
        client.get(survey.url)


def test_editor_can_create_survey_in_admin(client, site_tree, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/add/participation/surveypage/{site_tree['home_fi'].pk}/")
    assert response.status_code == 200
    assert SurveyPage in site_tree["home_fi"].specific.allowed_subpage_models()


def test_home_page_lists_open_participation_with_deadline(client, survey, idea_wall, site_tree):
    from participation.models import SurveyPage
    from tests.participation.conftest import publish

    publish(site_tree["home_fi"], SurveyPage(title="Päättynyt kysely", slug="paattynyt",
                                             closes_at=timezone.now() - timedelta(days=1)))
    html = client.get("/fi/").content.decode()
    assert "Järjestökysely" in html and "Ideaseinä" in html
    assert "Päättynyt kysely" not in html
    assert "Järjestökysely" not in client.get("/sv/").content.decode()
