"""Reading a guide: summary, audience, topics, steps, checklist, downloads, contents, review date."""

from datetime import date

import pytest

from tests.toolkit.conftest import add_guide, make_document, private_collection, steps

pytestmark = pytest.mark.django_db


def full_guide(tree, **fields):
    template = make_document("Sopimuspohja", "sopimuspohja.csv", b"osapuoli;tehtava\n" * 100)
    return add_guide(
        tree["index_fi"],
        title="Yhdyshenkilön nimeäminen",
        summary="Näin yhdistys ja kunta sopivat yhteyshenkilöstä.",
        audience=("associations", "municipalities"),
        topics=[tree["cooperation"]],
        responsible_person=tree["person"],
        last_reviewed=date(2026, 3, 14),
        body=[
            ("heading", {"text": "Ennen kuin aloitat", "level": "h2"}),
            ("good_to_know", {"title": "", "text": "<p>Yhdyshenkilö ei päätä kunnan asioista.</p>"}),
            steps("Selvitä tarve", "Tee päätös", document=template),
            ("checklist", {"heading": "Muistilista", "items": ["Päätös tehty", "Yhteystiedot julkaistu"]}),
            ("template_downloads", {"heading": "", "templates": [{"document": template, "description": "Täytä ja lähetä."}]}),
        ],
        **fields,
    )


def test_guide_shows_summary_audience_topics_and_responsible_person(client, toolkit_tree):
    guide = full_guide(toolkit_tree)
    html = client.get(guide.url).text
    assert "Näin yhdistys ja kunta sopivat yhteyshenkilöstä." in html
    assert "Yhdistykset, Kunnat" in html
    assert 'href="/fi/tyokalupakki/?topic=yhteistyo"' in html
    assert "Aino Mallinen" in html


def test_table_of_contents_links_to_headings_and_numbered_steps(client, toolkit_tree):
    guide = full_guide(toolkit_tree)
    html = client.get(guide.url).text
    toc = html.split('class="guide-toc"')[1].split("</nav>")[0]
    assert 'href="#ennen-kuin-aloitat">Ennen kuin aloitat' in toc
    assert 'href="#step-1-selvita-tarve">1. Selvitä tarve' in toc
    assert 'href="#step-2-tee-paatos">2. Tee päätös' in toc
    assert "Muistilista" in toc
    assert 'id="ennen-kuin-aloitat"' in html
    assert 'id="step-1-selvita-tarve"' in html
    assert 'id="step-2-tee-paatos"' in html
    anchor = [entry["anchor"] for entry in guide.table_of_contents if entry["text"] == "Muistilista"][0]
    assert f'id="{anchor}"' in html


def test_checklist_items_can_be_ticked(client, toolkit_tree):
    html = client.get(full_guide(toolkit_tree).url).text
    checklist = html.split('class="guide-checklist"')[1].split("</section>")[0]
    assert checklist.count('type="checkbox"') == 2
    assert "Päätös tehty</label>" in checklist


def test_good_to_know_callout_has_its_default_title(client, toolkit_tree):
    html = client.get(full_guide(toolkit_tree).url).text
    assert "Hyvä tietää" in html
    assert "Yhdyshenkilö ei päätä kunnan asioista." in html


def test_document_links_show_file_type_and_size(client, toolkit_tree):
    html = client.get(full_guide(toolkit_tree).url).text
    assert "Sopimuspohja</a>" in html
    assert "(CSV, 1,7\xa0KB)" in html
    assert 'data-print-url="http://testserver/documents/' in html  # printed next to the link
    assert "Täytä ja lähetä." in html


def test_last_reviewed_date_is_in_the_locale_format(client, toolkit_tree):
    html = client.get(full_guide(toolkit_tree).url).text
    assert '<time datetime="2026-03-14">14.3.2026</time>' in html


def test_swedish_guide_shows_swedish_interface_and_topics(client, toolkit_tree):
    from tests.conftest import publish_translation

    guide = full_guide(toolkit_tree)
    guide.guide_topics.all().delete()
    guide.guide_topics.create(topic=toolkit_tree["grants"])
    guide.save_revision().publish()
    swedish = publish_translation(guide, toolkit_tree["index_sv"].locale, title="Kontaktperson", slug="kontaktperson")
    html = client.get(swedish.url).text
    assert "Senast granskad" in html
    assert "14.3.2026" in html
    assert "Understöd" in html
    assert "Bra att veta" in html


def test_private_document_is_not_linked_from_a_guide(client, toolkit_tree):
    secret = make_document("Sisäinen muistio", "muistio.txt", collection=private_collection())
    guide = add_guide(toolkit_tree["index_fi"], title="Opas", body=[steps("Lue muistio", document=secret)])
    html = client.get(guide.url).text
    assert "Lue muistio" in html
    assert "Sisäinen muistio" not in html


def test_related_guides_are_linked_when_live(client, toolkit_tree):
    other = add_guide(toolkit_tree["index_fi"], title="Avustuksen hakeminen")
    draft = add_guide(toolkit_tree["index_fi"], title="Keskeneräinen", publish=False)
    guide = add_guide(toolkit_tree["index_fi"], title="Foorumin järjestäminen", related=[other, draft])
    html = client.get(guide.url).text
    assert 'href="/fi/tyokalupakki/avustuksen-hakeminen/"' in html
    assert "Keskeneräinen" not in html


def test_print_stylesheet_hides_navigation_and_keeps_the_checklist(client, toolkit_tree):
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "hub/static/css/site.css").read_text()
    toolkit = css.split("/* Toolkit */")[1]
    print_rules = toolkit.split("@media print")[1]
    assert ".site-header" in print_rules and ".guide-checklist" in print_rules
    html = client.get(full_guide(toolkit_tree).url).text
    assert 'class="button guide__print"' in html


def test_toolkit_pages_have_no_html_errors(client, toolkit_tree, tmp_path):
    from pathlib import Path

    from tests.test_html_validity import check_html

    full_guide(toolkit_tree)
    urls = ["/fi/tyokalupakki/", "/fi/tyokalupakki/?audience=municipalities&topic=ei-ole", "/fi/tyokalupakki/yhdyshenkilon-nimeaminen/"]
    paths = []
    for number, url in enumerate(urls):
        path = tmp_path / f"page{number}.html"
        path.write_bytes(client.get(url).content)
        paths.append(path)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
