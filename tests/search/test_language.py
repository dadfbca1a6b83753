"""Finnish and Swedish matching: inflected forms, base forms and compound parts find each other.

Every row runs twice: with the Snowball fallback (what a machine without Voikko
has) and with the analyser this machine has (Voikko when it is installed).
"""

import pytest

from search import analysis

from .conftest import FINNISH_PAGES, SWEDISH_PAGES, result_titles

FINNISH_TABLE = [
    ("avustukset", "grants"),
    ("avustuksia", "grants"),
    ("avustus", "grants"),
    ("avustusta", "grants"),
    ("yhdistystila", "premises"),
    ("tiloissa", "premises"),
    ("tila", "premises"),
    ("opas", "agent"),
    ("oppaat", "agent"),
    ("oppaassa", "agent"),
    ("järjestöagentti", "agent"),
    ("yhteistyö", "group"),
    ("järjestöyhteistyö", "group"),
    ("ryhmä", "group"),
    ("ryhmän", "group"),
    ("kunnille", "contacts"),
    ("kunta", "contacts"),
    ("kunnassa", "contacts"),
    ("yhdyshenkilö", "contacts"),
    ("vapaaehtoiset", "volunteers"),
    ("vapaaehtoistoimintaan", "volunteers"),
    ("järjestöjen", "volunteers"),
    ("hyvinvointialue", "county"),
    ("yhteistyötä", "county"),
    ("foorumi", "forums"),
    ("foorumeissa", "forums"),
    ("uutiset", "newsletter"),
    ("uutinen", "newsletter"),
    ("nuorisotila", "youth"),
    ("nuorisotiloissa", "youth"),
    ("Tampere", "youth"),
    ("tapahtumat", "calendar"),
    ("tapahtuma", "calendar"),
    ("koulutus", "training"),
    ("koulutuksiin", "training"),
    ("kokoustila", "booking"),
    ("hanke", "projects"),
    ("hankkeiden", "projects"),
    ("avustus yhdistykselle", "grants"),
    ("JÄRJESTÖFOORUMI", "forums"),
]

SWEDISH_TABLE = [
    ("förening", "grants"),
    ("föreningarna", "grants"),
    ("understödet", "grants"),
    ("bidrag", "grants"),
    ("lokal", "premises"),
    ("lokalerna", "premises"),
    ("samarbete", "group"),
    ("gruppen", "group"),
    ("frivillig", "volunteers"),
    ("frivilliga", "volunteers"),
    ("verksamhet", "volunteers"),
    ("välfärdsområde", "county"),
    ("utbildning", "training"),
    ("nyheter", "newsletter"),
]


def test_the_tables_are_large_enough():
    assert len(FINNISH_TABLE) >= 30
    assert len(SWEDISH_TABLE) >= 10


def failing_rows(client, url, table, pages):
    failures = []
    for query, expected in table:
        response = client.get(url, {"q": query})
        titles = result_titles(response)
        if response.status_code != 200 or pages[expected][0] not in titles:
            failures.append(f"{query!r} → {pages[expected][0]!r}: got {titles[:5]}")
    return failures


def test_finnish_and_swedish_tables(client, indexed_site):
    """Each query finds its page: 40 Finnish and 14 Swedish rows (one site built per analyser)."""
    failures = failing_rows(client, "/fi/haku/", FINNISH_TABLE, FINNISH_PAGES)
    failures += failing_rows(client, "/sv/sok/", SWEDISH_TABLE, SWEDISH_PAGES)
    assert not failures, "\n".join(failures)


def test_a_compound_part_finds_the_compound_title_first(client, small_site):
    titles = result_titles(client.get("/fi/haku/", {"q": "yhteistyö"}))
    assert titles[0] == "Järjestöyhteistyöryhmä"


def test_a_word_that_is_nowhere_finds_nothing(client, small_site):
    response = client.get("/fi/haku/", {"q": "krokotiili"})
    assert result_titles(response) == []
    assert "Nothing found" in response.content.decode() or "Haulla" in response.content.decode()


def test_finnish_search_does_not_return_swedish_pages(client, small_site):
    titles = result_titles(client.get("/fi/haku/", {"q": "förening"}))
    assert not set(titles) & {title for title, *_ in SWEDISH_PAGES.values()}


def test_fallback_logs_that_search_runs_degraded(caplog, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_voikko(name, *args, **kwargs):
        if name == "libvoikko":
            raise OSError("libvoikko.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_voikko)
    analysis.use_fallback(False)
    try:
        with caplog.at_level("WARNING", logger="search.analysis"):
            analyzer = analysis.get_analyzer("fi")
        assert analyzer.name == "snowball-fi"
        assert "degraded" in caplog.text
        assert analyzer.keys("tiloissa") & analyzer.query_keys("tila")
    finally:
        analysis.use_fallback(False)


@pytest.mark.parametrize(
    ("word", "part"),
    [("järjestöyhteistyöryhmässä", "yhteistyö"), ("kokoustiloissa", "tila"), ("hyvinvointialueella", "alue"), ("järjestöjen", "järjestö")],
)
def test_fallback_splits_common_compounds(fallback_analyzer, word, part):
    analyzer = analysis.get_analyzer("fi")
    assert analyzer.query_keys(part) & analyzer.keys(word)


def test_swedish_linking_s_is_handled():
    analyzer = analysis.get_analyzer("sv")
    assert analyzer.query_keys("förening") & analyzer.keys("föreningsverksamheten")
    assert analyzer.query_keys("verksamhet") & analyzer.keys("föreningsverksamheten")


def test_a_compound_query_finds_pages_that_say_it_in_two_words(client, small_site, analyzer_mode):
    from search.indexing import rebuild

    from .conftest import add_standard_page

    add_standard_page(small_site["home_fi"], "Kylän tapaaminen", lead="Kokous pidetään illalla kylätalolla.")
    rebuild()
    assert result_titles(client.get("/fi/haku/", {"q": "iltakokoukset"})) == ["Kylän tapaaminen"]
