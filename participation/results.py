"""Counts of a survey's choice questions, for the admin chart and the public summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import _split_by_newline_or_comma

from home.chrome import shows_activity

from .listing import PARTICIPATION


@dataclass
class Option:
    label: str
    count: int = 0
    percent: int = 0


@dataclass
class Question:
    label: str
    field_type: str
    options: list[Option] = field(default_factory=list)
    answered: int = 0

    @property
    def multiple(self):
        return self.field_type in {"checkboxes", "multiselect"}


@dataclass
class Results:
    total: int
    questions: list[Question]


YES, NO = _("Yes"), _("No")


def survey_results(page) -> Results:
    """Count every choice question's answers in one pass over the submissions."""
    shows_activity(PARTICIPATION)
    questions = {}
    for form_field in page.choice_fields():
        if form_field.field_type == "checkbox":
            options = [Option(str(YES)), Option(str(NO))]
        else:
            options = [Option(choice) for choice in _split_by_newline_or_comma(form_field.choices) if choice]
        questions[form_field.clean_name] = Question(form_field.label, form_field.field_type, options)
    total = 0
    for data in page.get_submissions().values_list("form_data", flat=True).iterator():
        total += 1
        for name, question in questions.items():
            if name not in data:
                continue
            value = data[name]
            if question.field_type == "checkbox":
                values = [str(YES) if value else str(NO)]
            elif isinstance(value, list):
                values = value
            elif value in (None, ""):
                values = []
            else:
                values = [value]
            if values:
                question.answered += 1
            by_label = {option.label: option for option in question.options}
            for value in values:
                option = by_label.get(str(value))
                if option is None:  # a choice the editor removed later
                    option = Option(str(value))
                    question.options.append(option)
                option.count += 1
    for question in questions.values():
        for option in question.options:
            option.percent = round(100 * option.count / question.answered) if question.answered else 0
    return Results(total=total, questions=list(questions.values()))
