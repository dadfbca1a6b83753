"""Finnish and Swedish word analysis, the same at indexing and at query time.

Each word becomes a set of *keys*: its base forms, and for a compound also its
parts and runs of parts, so that "järjestöjen" and "järjestö" share the key
"järjestö" and "yhteistyö" is a key of "järjestöyhteistyöryhmässä".

Finnish uses Voikko (Debian's ``libvoikko1`` and ``voikko-fi`` with the PyPI
package ``libvoikko``) when the system library is there. Without it, and for
Swedish, a Snowball stemmer (``snowballstemmer``) with a few rules for Finnish
stem alternations, a small lexicon of irregular stems and a compound splitter
over a list of common compound parts stands in; a warning in the log says that
Finnish search then runs degraded. Keys from the two analysers differ, so the
index is rebuilt (``manage.py update_index``) when Voikko is installed or removed;
each indexed document records the analyser that made it.
"""

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

logger = logging.getLogger(__name__)

MAX_WORD_LENGTH = 60
# Words: letters and digits, with inner hyphens or apostrophes ("kunta-alue", "it's").
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
HYPHEN_RE = re.compile(r"['’-]")

STOPWORDS = {
    "fi": {
        "ja", "tai", "on", "ei", "se", "ne", "että", "kun", "jos", "niin", "kuin", "myös", "sekä", "tämä",
        "ovat", "oli", "olla", "mutta", "vai", "eli", "kanssa", "mukaan", "voi", "ole", "mitä", "miten",
    },
    "sv": {
        "och", "eller", "att", "det", "som", "en", "ett", "är", "av", "för", "på", "med", "till", "den",
        "de", "om", "men", "vi", "ni", "hur", "vad", "inte", "från", "har", "kan",
    },
}
# Boolean operators people type out of habit: ignored, every word must match anyway.
OPERATORS = {"AND", "OR", "NOT", "JA", "TAI", "EI", "OCH", "ELLER", "INTE"}

# Common compound parts of the hub's vocabulary, as base forms. The fallback
# splits a word where one of these ends it ("kokoustila" → "kokous" + "tila").
COMPOUND_PARTS = {
    "fi": [
        "järjestö", "yhteistyö", "ryhmä", "toiminta", "tila", "alue", "hyvinvointi", "avustus", "opas",
        "kunta", "yhdistys", "tapahtuma", "kokous", "koulutus", "verkosto", "foorumi", "hanke", "ilta",
        "päivä", "sali", "talo", "keskus", "palvelu", "neuvonta", "kampanja", "ohje", "hakemus", "raha",
        "tuki", "nuoriso", "kulttuuri", "liikunta", "asukas", "valtuusto", "suunnitelma", "sopimus",
        "vapaaehtoinen", "työpaja", "kysely", "viestintä", "lomake", "tiedote", "uutinen", "ohjelma",
        "toimija", "agentti", "kirjasto", "koulu", "seura", "kerho", "ikäihminen", "vammainen", "perhe",
        "lapsi", "nuori", "kylä", "asia", "tieto", "paikka", "aika", "vuosi", "kevät", "syksy", "kesä",
        "talvi", "esteettömyys", "saavutettavuus", "osallisuus", "vaikuttaminen", "kehittäminen",
    ],
    "sv": [
        "förening", "verksamhet", "samarbete", "lokal", "bidrag", "kommun", "grupp", "välfärd", "område",
        "frivillig", "evenemang", "guide", "möte", "utbildning", "nätverk", "forum", "projekt", "kväll",
        "dag", "sal", "hus", "center", "tjänst", "rådgivning", "kampanj", "ansökan", "stöd", "ungdom",
        "kultur", "idrott", "invånare", "fullmäktige", "plan", "avtal", "verkstad", "enkät", "information",
        "nyhet", "program", "aktör", "bibliotek", "skola", "klubb", "familj", "barn", "by", "tid", "år",
        "tillgänglighet", "delaktighet", "påverkan", "utveckling", "handbok", "hjälp",
    ],
}

# Finnish stems Snowball does not bring together (consonant gradation and stem
# vowel changes): surface stem → base form, matched with a case ending after it.
FINNISH_IRREGULAR_STEMS = {
    "oppaa": "opas", "oppai": "opas", "opas": "opas",
    "kunta": "kunta", "kunna": "kunta", "kunti": "kunta", "kunni": "kunta",
    "tila": "tila", "tilo": "tila",
    "tuki": "tuki", "tue": "tuki", "tuke": "tuki",
    "hanke": "hanke", "hankkee": "hanke", "hankkei": "hanke",
    "yhteys": "yhteys", "yhteyde": "yhteys", "yhteyt": "yhteys", "yhteyks": "yhteys",
    "ilta": "ilta", "illa": "ilta", "iltoi": "ilta", "illoi": "ilta",
    "aika": "aika", "aja": "aika", "aiko": "aika", "ajoi": "aika",
    "paikka": "paikka", "paika": "paikka", "paikko": "paikka", "paikoi": "paikka",
    "ohje": "ohje", "ohjee": "ohje", "ohjei": "ohje",
    "tiedote": "tiedote", "tiedottee": "tiedote", "tiedottei": "tiedote",
    "lomake": "lomake", "lomakkee": "lomake", "lomakkei": "lomake",
    "asukas": "asukas", "asukkaa": "asukas", "asukkai": "asukas",
    "sali": "sali", "sale": "sali", "salei": "sali",
    "lapsi": "lapsi", "lapse": "lapsi", "lasta": "lapsi", "lapsii": "lapsi", "lasten": "lapsi",
    "nuori": "nuori", "nuore": "nuori", "nuoria": "nuori", "nuort": "nuori",
    "vuosi": "vuosi", "vuode": "vuosi", "vuotta": "vuosi", "vuosii": "vuosi", "vuos": "vuosi",
    "kevät": "kevät", "kevää": "kevät", "keväi": "kevät",
    "perhe": "perhe", "perhee": "perhe", "perhei": "perhe",
    "työpaja": "työpaja", "työpajo": "työpaja",
    "kysely": "kysely", "kyselyi": "kysely", "kyselyj": "kysely",
    "Tampere": "tampere", "tamperee": "tampere", "tampere": "tampere",
    "toimija": "toimija", "toimijoi": "toimija", "toimijo": "toimija",
    "ryhmä": "ryhmä", "ryhmi": "ryhmä", "ryhmie": "ryhmä",
}
FINNISH_ENDINGS = sorted(
    {
        "", "n", "t", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä", "an", "en", "in",
        "on", "un", "yn", "än", "ön", "hin", "hen", "lla", "llä", "lta", "ltä", "lle", "ne", "neen", "tta",
        "ttä", "ja", "jä", "ia", "iä", "ien", "jen", "iin", "ihin", "issa", "issä", "ista", "istä", "illa",
        "illä", "ilta", "iltä", "ille", "ina", "inä", "iksi", "ita", "itä", "ineen", "seen", "siin", "sa",
        "sä", "ssa", "t", "den", "tten", "jo", "ja", "oja", "ojen", "oihin", "oissa", "oista", "oille",
        "oilla", "oina", "oiksi", "ine", "kin", "kaan", "kään", "han", "hän", "ni", "si", "mme", "nne",
        "nsa", "nsä", "an", "e", "i", "ie", "a", "aa", "ää", "ni", "lle", "lla", "ssa",
    },
    key=len,
    reverse=True,
)


def fold(text):
    """Lower case, compatibility-normalised (ligatures, full-width letters), å/ä/ö kept."""
    return unicodedata.normalize("NFKC", text).casefold()


def words(text):
    """The words of ``text`` in order, as they are written."""
    return [match.group(0) for match in WORD_RE.finditer(text or "") if len(match.group(0)) <= MAX_WORD_LENGTH]


def iter_word_spans(text):
    """(start, end, word) of each word in turn, for highlighting."""
    for match in WORD_RE.finditer(text or ""):
        if match.end() - match.start() <= MAX_WORD_LENGTH:
            yield match.start(), match.end(), match.group(0)


class SnowballAnalyzer:
    """Snowball stems plus compound splitting over a list of common parts."""

    def __init__(self, language):
        self.language = language
        self.stemmer = snowballstemmer.stemmer({"fi": "finnish", "sv": "swedish"}.get(language, "finnish"))
        self.lock = threading.Lock()
        self.name = f"snowball-{language}"
        self.part_keys = {}
        for part in COMPOUND_PARTS.get(language, []):
            for key in self.simple_keys(part):
                self.part_keys[key] = part

    def stem(self, word):
        with self.lock:
            return self.stemmer.stemWord(word)

    @lru_cache(maxsize=50_000)  # noqa: B019
    def simple_keys(self, word):
        """Keys of one word that is not split: its stem and stem variants (a frozenset)."""
        word = fold(word)
        if self.language == "fi":
            lemma = finnish_irregular(word)
            if lemma:
                return frozenset([lemma])
            stem = self.stem(word)
            keys = {stem}
            if len(stem) >= 4:
                if stem.endswith("ks"):  # avustuksia → avustuks ~ avustus
                    keys = {stem[:-2] + "s"}
                elif stem.endswith("j") and stem[-2:-1] in "aeiouyäö":  # järjestöjen → järjestöj
                    keys = {stem[:-1]}
                elif stem.endswith("is") and len(stem) >= 5:  # uutiset → uutis ~ uutinen → uutin
                    keys = {stem[:-1] + "n"}
                elif stem.endswith("o") and "oi" in word[len(stem) - 1 :]:  # plural stems: -oissa
                    keys = {stem, stem[:-1] + "a"}
            return frozenset(keys)
        return frozenset([self.stem(word)])

    @lru_cache(maxsize=50_000)  # noqa: B019 - one analyser per language lives as long as the process
    def keys(self, word):
        """Every key of a text word: the word's own, and those of its compound parts and their runs."""
        word = fold(word)
        keys = set()
        if HYPHEN_RE.search(word):
            parts = [part for part in HYPHEN_RE.split(word) if part]
            for part in parts:
                keys.update(self.keys(part))
            word = "".join(parts)
        keys.update(self.simple_keys(word))
        pieces = self.split(word)
        for start in range(len(pieces)):
            for end in range(start + 1, len(pieces) + 1):
                keys.add(self.canonical(pieces[start:end], last=end == len(pieces)))
                if end - start == 1:
                    keys.update(self.simple_keys(pieces[start]))
        return frozenset(key for key in keys if len(key) >= 2)

    def query_keys(self, word):
        """Keys a query word matches by: the word's own forms, not its parts."""
        word = "".join(part for part in HYPHEN_RE.split(fold(word)) if part)
        keys = set(self.simple_keys(word))
        pieces = self.split(word)
        if len(pieces) > 1:
            keys.add(self.canonical(pieces))
        return frozenset(key for key in keys if len(key) >= 2)

    def compound_parts(self, word):
        """Base keys of a compound's parts ("kokoustilat" → ["kokous", "tila"]); [] for a simple word."""
        word = "".join(part for part in HYPHEN_RE.split(fold(word)) if part)
        pieces = self.split(word)
        if len(pieces) < 2:
            return []
        return [self.canonical([piece], last=index == len(pieces) - 1) for index, piece in enumerate(pieces)]

    def canonical(self, pieces, last=True):
        """One key for a run of compound pieces: the pieces' base keys joined ("kokous" + "tila")."""
        keys = []
        for index, piece in enumerate(pieces):
            if self.language == "sv" and (index < len(pieces) - 1 or not last) and piece.endswith("s") and len(piece) > 4:
                piece = piece[:-1]  # Swedish linking s: förenings|verksamhet
            keys.append(min(self.simple_keys(piece)))
        return "".join(keys)

    def primary(self, word):
        word = "".join(part for part in HYPHEN_RE.split(fold(word)) if part)
        pieces = self.split(word)
        return self.canonical(pieces) if len(pieces) > 1 else min(self.simple_keys(word))

    def split(self, word, depth=0):
        """Pieces of a compound, at known part boundaries; [word] when none is found."""
        if depth > 4 or len(word) < 7:
            return [word]
        for cut in range(3, len(word) - 2):
            head = word[cut:]
            if any(key in self.part_keys for key in self.simple_keys(head)):
                return self.split(word[:cut], depth + 1) + [head]
        return [word]


def finnish_irregular(word):
    for stem, lemma in FINNISH_IRREGULAR_STEMS.items():
        stem = stem.casefold()
        if word.startswith(stem) and word[len(stem) :] in FINNISH_ENDING_SET:
            return lemma
    return None


FINNISH_ENDING_SET = set(FINNISH_ENDINGS)


class VoikkoAnalyzer:
    """Finnish base forms and compound parts from Voikko; unknown words go to Snowball."""

    def __init__(self, voikko):
        self.voikko = voikko
        self.lock = threading.Lock()
        self.fallback = SnowballAnalyzer("fi")
        self.name = "voikko-fi"
        self.language = "fi"

    @lru_cache(maxsize=50_000)  # noqa: B019 - a word's analyses never change; the search analyses the same words all day
    def analyze(self, word):
        with self.lock:
            return tuple(self.voikko.analyze(word))

    @lru_cache(maxsize=50_000)  # noqa: B019
    def keys(self, word):
        analyses = self.analyze(word)
        if not analyses:
            return self.fallback.keys(word)
        keys = set()
        for analysis in analyses:
            base = fold(analysis.get("BASEFORM", "") or word)
            keys.add(base)
            keys.update(compound_keys(analysis.get("WORDBASES", "")))
            if HYPHEN_RE.search(word):
                keys.update(key for part in HYPHEN_RE.split(word) if part for key in self.keys(part))
        return frozenset(key.strip("-") for key in keys if len(key.strip("-")) >= 2)

    def compound_parts(self, word):
        for analysis in self.analyze(word):
            parts = [base or fold(surface) for surface, base in joined_parts(analysis.get("WORDBASES", ""))]
            if len(parts) >= 2:
                return [fold(part) for part in parts]
        return self.fallback.compound_parts(word) if not self.analyze(word) else []

    def primary(self, word):
        analyses = self.analyze(word)
        if not analyses:
            return self.fallback.primary(word)
        return min(fold(analysis.get("BASEFORM", "") or word) for analysis in analyses)


WORDBASE_RE = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")


def joined_parts(wordbases):
    """(surface, base) of the whole parts in Voikko's WORDBASES, e.g. "+järjestö(järjestö)+yhteis+työ(työ)".

    A piece without a base form ("yhteis") belongs to the next piece, a derivational
    suffix ("+us") to the previous one.
    """
    raw = [(surface, base) for surface, base in WORDBASE_RE.findall(wordbases) if surface or base]
    joined = []
    carry = ""
    for surface, base in raw:
        if base.startswith("+") and joined:
            previous_surface, _ = joined[-1]
            joined[-1] = (previous_surface + carry + surface, "")
            carry = ""
        elif not base:
            carry += surface
        else:
            joined.append((carry + surface, base.replace("=", "")))
            carry = ""
    if carry and joined:
        joined[-1] = (joined[-1][0] + carry, "")
    return joined


def compound_keys(wordbases):
    """Every run of whole compound parts of Voikko's WORDBASES (see :func:`joined_parts`)."""
    joined = joined_parts(wordbases)
    keys = set()
    if len(joined) < 2:
        return keys
    for start in range(len(joined)):
        for end in range(start + 1, len(joined) + 1):
            run = "".join(surface for surface, _ in joined[start:end])
            keys.add(fold(run))
            if end - start == 1 and joined[start][1]:
                keys.add(fold(joined[start][1]))
    return keys


_analyzers = {}
_analyzers_lock = threading.Lock()


def load_voikko():
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except Exception as error:  # OSError without the system library, VoikkoException without a dictionary
        logger.warning(
            "Finnish search runs degraded: Voikko is not available (%s). Install Debian's libvoikko1 and "
            "voikko-fi for base forms and compound splitting, then run manage.py update_index.",
            error,
        )
        return None


def get_analyzer(language):
    """The analyser of a language code ("fi", "sv"; others get the Finnish one)."""
    language = language if language in ("fi", "sv") else "fi"
    analyzer = _analyzers.get(language)
    if analyzer is None:
        with _analyzers_lock:
            analyzer = _analyzers.get(language)
            if analyzer is None:
                if language == "fi":
                    voikko = load_voikko()
                    analyzer = VoikkoAnalyzer(voikko) if voikko else SnowballAnalyzer("fi")
                else:
                    analyzer = SnowballAnalyzer(language)
                _analyzers[language] = analyzer
    return analyzer


def use_fallback(flag=True):
    """Switch Finnish to the Snowball fallback (True) or back to auto-detection (False); for tests."""
    with _analyzers_lock:
        _analyzers.clear()
        if flag:
            _analyzers["fi"] = SnowballAnalyzer("fi")


def is_stopword(word, language):
    return fold(word) in STOPWORDS.get(language, set())


def index_terms(text, language):
    """{key: occurrences} of a text, stop words left out."""
    analyzer = get_analyzer(language)
    counts = {}
    for word in words(text):
        if is_stopword(word, language):
            continue
        for key in analyzer.keys(word):
            counts[key] = counts.get(key, 0) + 1
    return counts


def primary_key_sequence(text, language):
    """A comparable form of a whole text: one key per word, in order (exact-title matching)."""
    analyzer = get_analyzer(language)
    return " ".join(analyzer.primary(word) for word in words(text) if not is_stopword(word, language))[:255]


def query_groups(text, language, split_compounds=False):
    """One set of alternative keys per query word; every group must match.

    Stop words and typed boolean operators are dropped unless nothing else is left.
    With ``split_compounds`` a compound query word becomes one group per part
    ("yhdistystilat" → "yhdistys", "tila"), for pages that say it in two words.
    """
    analyzer = get_analyzer(language)
    all_words = [word for word in words(text) if word not in OPERATORS]
    content = [word for word in all_words if not is_stopword(word, language)] or all_words
    groups = []
    for word in content:
        # A query word matches by its own base forms only, not by its parts:
        # "yhteistyöryhmä" does not find every page about "ryhmä".
        parts = analyzer.compound_parts(word) if split_compounds else []
        for keys in [frozenset([part]) for part in parts if len(part) >= 2] or [query_keys(analyzer, word)]:
            if keys and keys not in groups:
                groups.append(keys)
    return groups


def query_keys(analyzer, word):
    if isinstance(analyzer, VoikkoAnalyzer):
        analyses = analyzer.analyze(word)
        if analyses:
            return frozenset(fold(a.get("BASEFORM", "") or word) for a in analyses)
        analyzer = analyzer.fallback
    return analyzer.query_keys(word)
