"""``manage.py load_scale``: bulk content in both languages from the installed plugins' generators."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from home.scale import scale_contents, scale_keys_q

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = StringIO()
    call_command("load_scale", *args, stdout=out, **options)
    return out.getvalue()


def test_each_installed_plugin_adds_live_pages_in_finnish_and_swedish(site_tree):
    contents = scale_contents()
    output = run(**{name: 3 for name in contents})
    scale_pages = Page.objects.filter(scale_keys_q())
    assert scale_pages.count() == 3 * 2 * len(contents)
    assert set(scale_pages.values_list("live", flat=True)) <= {True}
    for name in contents:
        assert f"{name}: 3 items, 6 pages (fi + sv)" in output
    assert "update_index" in output
    finnish = scale_pages.filter(locale__language_code="fi").first()
    swedish = finnish.get_translation(site_tree["home_sv"].locale)
    assert swedish.live and swedish.url.startswith("/sv/") and swedish.title != finnish.title
    assert Page.find_problems() == ([], [], [], [], [])


def test_a_second_run_adds_more_and_clear_removes_only_scale_pages(site_tree):
    if not scale_contents():
        pytest.skip("no plugin offers scale content")
    name = next(iter(scale_contents()))
    run(**{name: 2})
    run(**{name: 2})
    assert Page.objects.filter(scale_keys_q()).count() == 8
    before = Page.objects.exclude(scale_keys_q()).count()
    output = run(clear=True)
    assert "Deleted 8 scale pages" in output
    assert not Page.objects.filter(scale_keys_q()).exists()
    assert Page.objects.exclude(scale_keys_q()).count() == before
    assert Page.find_problems() == ([], [], [], [], [])


def test_an_option_of_a_removed_plugin_is_ignored_with_a_message(site_tree, capsys):
    from django.core.management import ManagementUtility

    ManagementUtility(["manage.py", "load_scale", "--no-such-plugin", "4"]).execute()
    captured = capsys.readouterr()
    assert "Ignoring --no-such-plugin 4" in captured.err
    assert "Nothing to add" in captured.out


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the statistics of PostgreSQL's planner (CI runs the suite on it)")
def test_on_postgresql_the_planner_learns_the_new_row_counts(site_tree):
    if not scale_contents():
        pytest.skip("no plugin offers scale content")
    output = run(**{next(iter(scale_contents())): 40})
    assert "ANALYZE" in output
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'wagtailcore_page'")
        assert cursor.fetchone()[0] >= 80  # never analysed: -1
