"""Guide blocks: numbered steps, checklists, "good to know" callouts and template downloads.

They extend the shared body (home.blocks.BodyBlock). Each renders through its own
template and gives API consumers structured data (steps and checklist items as
lists, rich text as HTML with real URLs, documents with type and size).
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.rich_text import expand_db_html

from home.blocks import BodyBlock, RichTextBlock
from home.serializers import document_data

from .documents import is_public_document


def step_anchor(number, title):
    """The anchor of a step: its number and title, e.g. "step-2-sovi-tapaaminen"."""
    return f"step-{number}-{slugify(title)[:60]}".rstrip("-")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = RichTextBlock(label=_("Text"))
    document = DocumentChooserBlock(
        label=_("Document"),
        required=False,
        help_text=_("A document the step needs, e.g. a form; shown as a download link under the step."),
    )


class StepsValue(blocks.StructValue):
    def numbered_steps(self):
        """[(number, anchor, step)], numbers from 1."""
        return [(number, step_anchor(number, step["title"]), step) for number, step in enumerate(self["steps"], start=1)]


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "toolkit/blocks/steps.html"
        label = _("Numbered steps")
        description = _("Steps the reader takes in order; each step is in the table of contents.")
        value_class = StepsValue
        preview_value = {
            "heading": "Näin pääset alkuun",
            "steps": [
                {"title": "Selvitä kunnan yhteyshenkilö", "text": "<p>Kysy kunnan kirjaamosta.</p>", "document": None},
                {"title": "Sovi tapaaminen", "text": "<p>Ehdota kahta aikaa.</p>", "document": None},
            ],
        }

    def get_api_representation(self, value, context=None):
        return {
            "heading": value["heading"],
            "steps": [
                {
                    "number": number,
                    "anchor": anchor,
                    "title": step["title"],
                    "text": expand_db_html(step["text"].source),
                    "document": document_data(step["document"]) if is_public_document(step["document"], context) else None,
                }
                for number, anchor, step in value.numbered_steps()
            ],
        }


class ChecklistValue(blocks.StructValue):
    def numbered_items(self):
        return list(enumerate(self["items"], start=1))


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "toolkit/blocks/checklist.html"
        label = _("Checklist")
        description = _("Items the reader can tick on screen and on paper.")
        value_class = ChecklistValue
        preview_value = {"heading": "Muistilista", "items": ["Hallituksen päätös", "Yhteystiedot kunnalle"]}

    def get_api_representation(self, value, context=None):
        return {
            "heading": value["heading"],
            "anchor": slugify(value["heading"]) or "checklist",
            "items": list(value["items"]),
        }


class GoodToKnowBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120, help_text=_("Empty shows “Good to know”."))
    text = RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        template = "toolkit/blocks/good_to_know.html"
        label = _("Good to know")
        preview_value = {"title": "", "text": "<p>Yhteyshenkilö ei tee päätöksiä kunnan puolesta.</p>"}

    def get_api_representation(self, value, context=None):
        return {"title": value["title"], "text": expand_db_html(value["text"].source)}


class TemplateDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        label=_("What it is for"),
        required=False,
        max_length=200,
        help_text=_("Shown under the download link, e.g. Fill in and send to the municipality."),
    )


class TemplateDownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    templates = blocks.ListBlock(TemplateDownloadBlock(), label=_("Templates"), min_num=1)

    class Meta:
        icon = "download"
        template = "toolkit/blocks/template_downloads.html"
        label = _("Template downloads")

    def get_api_representation(self, value, context=None):
        return {
            "heading": value["heading"],
            "templates": [
                {**document_data(item["document"]), "description": item["description"]}
                for item in value["templates"]
                if is_public_document(item["document"], context)
            ],
        }


class GuideBodyBlock(BodyBlock):
    steps = StepsBlock()
    checklist = ChecklistBlock()
    good_to_know = GoodToKnowBlock()
    template_downloads = TemplateDownloadsBlock()
