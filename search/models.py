"""Site search: the search page, the language-aware index and the query log."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import BasePage

TITLE, LEAD, BODY = 1, 2, 3


class SearchPage(BasePage):
    """The search of one language (e.g. /fi/haku/, /sv/sok/): results, filters, suggestions."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the search box, e.g. what the search covers. Keep it short."),
    )
    suggestions = models.TextField(
        _("suggested searches"),
        blank=True,
        help_text=_("One search per line. Shown when a search finds nothing and before anyone has searched."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("suggestions")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro"), APIField("suggestion_list")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    @property
    def suggestion_list(self):
        return [line.strip() for line in self.suggestions.splitlines() if line.strip()][:12]

    def serve(self, request, *args, **kwargs):
        from .views import serve_search_page

        return serve_search_page(self, request)


class SearchDocument(models.Model):
    """One live, public page as the search sees it: its text in normalised form.

    Kept fresh by the page signals (publish, unpublish, move, delete, view
    restrictions) and rebuilt by ``manage.py update_index``.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="search_document")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=255)
    # The title's base forms (exact-title matches), its lower-case words (typeahead)
    # and the page's plain text (excerpts).
    title_key = models.CharField(max_length=255, db_index=True)
    title_folded = models.CharField(max_length=300)
    text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    analyzer = models.CharField(max_length=40)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [models.Index(fields=["locale", "content_type"])]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A normalised word (key) of a document with its weight: title words weigh most."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=100)
    weight = models.PositiveIntegerField()
    in_title = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "term"], name="search_term_unique_per_document")]
        # Matching reads the term, its document and its weight from the index alone.
        indexes = [models.Index(fields=["term", "document", "weight"])]

    def __str__(self):
        return self.term


class SearchQueryDay(models.Model):
    """How often a query was searched on a day in a language, and how often it found nothing."""

    query_string = models.CharField(_("search"), max_length=255)
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    empty_hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "locale", "date"], name="search_query_day_unique"),
        ]
        indexes = [models.Index(fields=["date", "locale"])]

    def __str__(self):
        return self.query_string
