"""The guide listing: one queryset used by the HTML index, the API and the review report.

Visibility (live, public, below the index or in a language), the audience and
topic filters, related objects fetched in bulk and ordering live here only.
Filters combine: audiences and topics given several times match any of them
(``?audience=associations&audience=municipalities``), and audience and topic
together match both.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.db.models import Prefetch, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

AUDIENCES = [
    ("associations", gettext_lazy("Associations")),
    ("municipalities", gettext_lazy("Municipalities")),
    ("wellbeing_county", gettext_lazy("Wellbeing services county")),
]
AUDIENCE_CODES = [code for code, _label in AUDIENCES]


def _model(name):
    return apps.get_model("toolkit", name)


def live_guides(*, index=None, locale=None):
    """Live, public guides below ``index`` and/or in ``locale``: the visibility rules."""
    queryset = _model("GuidePage").objects.live().public()
    if index is not None:
        queryset = queryset.child_of(index)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def guides(*, index=None, locale=None, filters=None, base=None, responsible=True, related=True):
    """The listing: visible guides, filtered, with topics and responsible person, by title."""
    queryset = base if base is not None else live_guides(index=index, locale=locale)
    if filters is not None:
        queryset = filters.apply(queryset)
    return with_related(queryset, responsible=responsible, related=related).order_by("title", "pk")


def with_related(queryset, *, responsible=True, related=True):
    """Guides with their topics, responsible person and related guides fetched in bulk (once).

    ``responsible`` and ``related`` False leave out the person and the related
    guides, for a listing that does not show them.
    """
    if any(getattr(lookup, "prefetch_to", lookup) == "guide_topics" for lookup in queryset._prefetch_related_lookups):
        return queryset
    queryset = queryset.select_related("locale").prefetch_related(
        Prefetch("guide_topics", queryset=_model("GuidePageTopic").objects.select_related("topic").order_by("sort_order")),
    )
    if responsible:
        queryset = queryset.select_related("responsible_person__organisation", "responsible_person__photo")
    if related:
        queryset = queryset.prefetch_related(
            Prefetch("related_guides", queryset=_model("GuidePageRelatedGuide").objects.select_related("guide").order_by("sort_order")),
        )
    return queryset


def localize_topics(pages, locale_id, known=None):
    """Give each page ``_topic_list``: its topics in ``locale_id``'s language.

    A translation copied from the Finnish page may still point at Finnish topics;
    they are swapped for their translations in one query (none with ``known``).
    """
    pages = list(pages)
    links = {page.pk: [link.topic for link in _topic_links(page)] for page in pages}
    foreign = {topic.translation_key for topics in links.values() for topic in topics if topic.locale_id != locale_id}
    translations = {}
    if foreign:
        candidates = known if known is not None else _model("Topic").objects.filter(locale_id=locale_id, translation_key__in=foreign)
        translations = {topic.translation_key: topic for topic in candidates if topic.locale_id == locale_id}
    for page in pages:
        page._topic_list = [
            translations.get(topic.translation_key, topic) if topic.locale_id != locale_id else topic for topic in links[page.pk]
        ]
    return pages


def _topic_links(page):
    if "guide_topics" in getattr(page, "_prefetched_objects_cache", {}):
        return page.guide_topics.all()
    return page.guide_topics.select_related("topic")


def topics_in_use(base, locale_id):
    """The language's topics that at least one visible guide has."""
    used_keys = _model("GuidePageTopic").objects.filter(page__in=base).values("topic__translation_key")
    return list(_model("Topic").objects.filter(locale_id=locale_id, translation_key__in=used_keys).order_by("name"))


@dataclass
class GuideFilters:
    """Audience and topic filters from a query string, checked against the language's topics."""

    audiences: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, locale_id):
        filters = cls()
        for code in query.getlist("audience") if hasattr(query, "getlist") else query.get("audience", []):
            code = code.strip()
            if code in AUDIENCE_CODES:
                if code not in filters.audiences:
                    filters.audiences.append(code)
            elif code:
                filters.problems.append(
                    _("There is no audience “%(value)s”. Choose one of: %(choices)s.")
                    % {"value": code[:40], "choices": ", ".join(AUDIENCE_CODES)}
                )
        slugs = [slug.strip() for slug in (query.getlist("topic") if hasattr(query, "getlist") else query.get("topic", [])) if slug.strip()]
        if slugs:
            found = {topic.slug: topic for topic in _model("Topic").objects.filter(locale_id=locale_id, slug__in=slugs)}
            for slug in slugs:
                if slug in found:
                    if found[slug] not in filters.topics:
                        filters.topics.append(found[slug])
                else:
                    filters.problems.append(_("There is no topic “%(slug)s”.") % {"slug": slug[:80]})
        return filters

    @property
    def active(self):
        return bool(self.audiences or self.topics or self.problems)

    def apply(self, queryset):
        if self.problems:
            return queryset.none()
        if self.audiences:
            condition = None
            for code in self.audiences:
                clause = _audience_q(code)
                condition = clause if condition is None else condition | clause
            queryset = queryset.filter(condition)
        if self.topics:
            keys = [topic.translation_key for topic in self.topics]
            page_ids = _model("GuidePageTopic").objects.filter(topic__translation_key__in=keys).values("page_id")
            queryset = queryset.filter(pk__in=page_ids)
        return queryset

    def params(self):
        return [("audience", code) for code in self.audiences] + [("topic", topic.slug) for topic in self.topics]

    def cache_key(self):
        if self.problems:
            return "invalid"
        return "&".join(f"{key}={value}" for key, value in self.params())[:200]

    def url(self):
        return "?" + urlencode(self.params()) if self.params() else "./"

    def audience_labels(self):
        labels = dict(AUDIENCES)
        return [labels[code] for code in self.audiences]


def _audience_q(code):
    return Q(**{f"for_{code}": True})


class GuideListing:
    """What the index page shows, computed on first use inside a cached fragment."""

    def __init__(self, index, filters):
        self.index = index
        self.filters = filters

    @cached_property
    def base(self):
        return live_guides(index=self.index)

    @cached_property
    def topics(self):
        return topics_in_use(self.base, self.index.locale_id)

    @cached_property
    def items(self):
        return localize_topics(guides(base=self.base, filters=self.filters), self.index.locale_id, self.topics)

    @cached_property
    def audience_options(self):
        return [{"code": code, "label": label, "checked": code in self.filters.audiences} for code, label in AUDIENCES]

    @cached_property
    def topic_options(self):
        chosen = {topic.translation_key for topic in self.filters.topics}
        return [{"slug": topic.slug, "name": topic.name, "checked": topic.translation_key in chosen} for topic in self.topics]


def guide_listing(index, filters):
    return GuideListing(index, filters)
