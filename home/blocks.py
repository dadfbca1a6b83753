"""StreamField blocks shared by every app.

Each block renders accessible HTML through its own template and gives API
consumers plain data: rich text as HTML with real URLs, images as renditions.
"""

import copy

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from .localization import localized
from .serializers import document_data, image_data

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Main heading (H2)")), ("h3", _("Subheading (H3)")), ("h4", _("Minor heading (H4)"))],
        default="h2",
        help_text=_("Use H2 for the page's sections and H3 or H4 inside them; do not skip a level."),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; headings build the page's table of contents.")
        preview_value = {"text": "Järjestöyhteistyö kunnassa", "level": "h2"}

    def get_api_representation(self, value, context=None):
        return {"text": value["text"], "level": value["level"], "anchor": heading_anchor(value["text"])}


def heading_anchor(text):
    return slugify(text, allow_unicode=False) or "section"


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/rich_text.html"
        label = _("Text")

    def get_api_representation(self, value, context=None):
        return expand_db_html(value.source)


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=300,
        help_text=_("Shown under the image. At most 300 characters."),
    )
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=120,
        help_text=_("The photographer or the source, e.g. Photo: Maija Esimerkki; shown after the caption."),
    )

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        label = _("Image")

    def get_api_representation(self, value, context=None):
        return {
            "image": image_data(value["image"], "max-1200x900", alt=value["alt_text"]),
            "caption": value["caption"],
            "credit": value["credit"],
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=120,
        help_text=_("The name of the person quoted; ask their permission first."),
    )
    role = blocks.CharBlock(label=_("Role or organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        label = _("Quote")


class LinkValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            page = localized(page)
            return page.url if page.live else ""
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("The page the button leads to, in the reader's language where translated. A chosen page goes before a web address."),
    )
    external_url = blocks.URLBlock(
        label=_("Or web address"),
        required=False,
        help_text=_("Only for a target outside this site, e.g. https://www.example.fi."),
    )
    description = blocks.CharBlock(
        label=_("Short description"),
        required=False,
        max_length=200,
        help_text=_("Shown above the button: what the reader finds there. At most 200 characters."),
    )

    class Meta:
        icon = "link"
        template = "home/blocks/call_to_action.html"
        label = _("Call to action")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose either a page or a web address.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    def get_api_representation(self, value, context=None):
        return {"label": value["label"], "url": value.url(), "description": value["description"]}


class ConsentEmbedBlock(blocks.StructBlock):
    """An embed that loads only after the visitor clicks: no cookies before consent."""

    embed = EmbedBlock(label=_("Web address of the video or content"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=160, help_text=_("Shown before the content is loaded and read by screen readers.")
    )

    class Meta:
        icon = "media"
        template = "home/blocks/embed.html"
        label = _("Embedded media")

    def get_api_representation(self, value, context=None):
        embed = value["embed"]
        return {"title": value["title"], "url": embed.url if embed else ""}


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_links.html"
        label = _("Documents")

    def get_api_representation(self, value, context=None):
        return {
            "heading": value["heading"],
            "documents": [document_data(document) for document in value["documents"] if document],
        }


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Question or title"), max_length=200)
    content = RichTextBlock(label=_("Answer or content"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "home/blocks/accordion.html"
        label = _("Accordion (FAQ)")


class TranslatableTableBlock(TableBlock):
    """A table whose cells wagtail-localize offers to translators, one cell a segment."""

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        return [
            StringSegmentValue(f"r{row}c{column}", cell)
            for row, cells in enumerate((value or {}).get("data") or [])
            for column, cell in enumerate(cells)
            if cell and str(cell).strip()
        ]

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            row, column = (int(part) for part in segment.path[1:].split("c"))
            value["data"][row][column] = segment.render_text()
        return value


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Table caption"), max_length=200, help_text=_("Tells what the table is about."))
    table = TranslatableTableBlock(label=_("Table"), table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "home/blocks/table.html"
        label = _("Table")

    def get_api_representation(self, value, context=None):
        table = value["table"] or {}
        return {
            "caption": value["caption"],
            "first_row_is_header": table.get("first_row_is_table_header", False),
            "first_col_is_header": table.get("first_col_is_header", False),
            "rows": table.get("data", []),
        }


class ContactCardBlock(blocks.StructBlock):
    person = SnippetChooserBlock("home.ContactPerson", label=_("Contact person"))
    note = blocks.CharBlock(
        label=_("What to contact about"),
        required=False,
        max_length=200,
        help_text=_("Shown on the contact card, e.g. Questions about grants."),
    )

    class Meta:
        icon = "user"
        template = "home/blocks/contact_card.html"
        label = _("Contact card")

    def get_api_representation(self, value, context=None):
        person = value["person"]
        return {
            "person": localized(person).api_data() if person else None,
            "note": value["note"],
        }


class BodyBlock(blocks.StreamBlock):
    """The body every page offers; apps subclass it to add their own blocks."""

    heading = HeadingBlock()
    text = RichTextBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = ConsentEmbedBlock()
    documents = DocumentLinksBlock()
    accordion = AccordionBlock()
    table = CaptionedTableBlock()
    contact = ContactCardBlock()


class HighlightCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=100,
        help_text=_("The card's heading and link, e.g. Toolkit for associations. At most 100 characters."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        max_length=300,
        help_text=_("One or two sentences under the card's heading. At most 300 characters."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("The page the card links to; or give a web address below."),
    )
    external_url = blocks.URLBlock(label=_("Or web address"), required=False)
    image = ImageChooserBlock(
        label=_("Image"),
        required=False,
        help_text=_("Shown at the top of the card, cropped to 600×340 pixels; decoration only, so it needs no alternative text."),
    )

    class Meta:
        icon = "pick"
        label = _("Highlight")
        value_class = LinkValue

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "text": value["text"],
            "url": value.url(),
            "image": image_data(value["image"], "fill-600x400", alt="") if value["image"] else None,
        }
