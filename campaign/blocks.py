"""Campaign blocks: goals, key figures and arguments; quotes reuse the shared block."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import QuoteBlock, RichTextBlock


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Goal"), max_length=160)
    text = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=500,
        help_text=_("One or two sentences under the goal. At most 500 characters."),
    )

    class Meta:
        icon = "success"
        label = _("Goal")
        template = "campaign/blocks/goal.html"
        preview_value = {"title": "Järjestöjen työ näkyväksi", "text": "Kerromme, mitä yhdistykset tekevät kunnissa."}


class KeyFigureValue(blocks.StructValue):
    def formatted_number(self):
        number = self.get("number")
        if number is None:
            return ""
        number = Decimal(number)
        places = max(0, -number.normalize().as_tuple().exponent)
        return number_format(number, decimal_pos=places, use_l10n=True, force_grouping=True)


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.DecimalBlock(label=_("Number"), max_digits=14, decimal_places=2)
    unit = blocks.CharBlock(
        label=_("Unit"), max_length=60, required=False, help_text=_("For example: %, associations, volunteers, euros.")
    )
    explanation = blocks.TextBlock(label=_("What the number tells"), max_length=300)
    source = blocks.CharBlock(label=_("Source"), max_length=250, required=False)
    source_url = blocks.URLBlock(label=_("Web address of the source"), required=False)
    is_illustrative = blocks.BooleanBlock(
        label=_("Illustrative figure"),
        required=False,
        help_text=_("Tick when the number is an example rather than a sourced statistic; the page says so."),
    )

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "campaign/blocks/key_figure.html"
        value_class = KeyFigureValue
        preview_value = {"number": "5200", "unit": "yhdistystä", "explanation": "toimii alueella.", "is_illustrative": True}

    def get_api_representation(self, value, context=None):
        number = value.get("number")
        return {
            "number": str(number) if number is not None else None,
            "formatted_number": value.formatted_number(),
            "unit": value.get("unit", ""),
            "explanation": value.get("explanation", ""),
            "source": value.get("source", ""),
            "source_url": value.get("source_url", ""),
            "is_illustrative": bool(value.get("is_illustrative")),
        }


class ArgumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Argument"), max_length=200, help_text=_("The claim in one sentence."))
    text = RichTextBlock(label=_("Reasoning"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "pick"
        label = _("Argument")
        template = "campaign/blocks/argument.html"


class KeyFiguresBlock(blocks.StreamBlock):
    figure = KeyFigureBlock()


class ArgumentsBlock(blocks.StreamBlock):
    argument = ArgumentBlock()


class QuotesBlock(blocks.StreamBlock):
    quote = QuoteBlock()


class GoalsBlock(blocks.StreamBlock):
    goal = GoalBlock()
