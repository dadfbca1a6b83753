"""Helpers for the public forms that plugins build from their models."""


class VisitorHelpTextsMixin:
    """A public model form shows only the help texts it declares itself.

    The models' help texts are written for editors in the admin ("approving copies
    it to the directory …"); visitors get the form's own hints instead.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = getattr(self._meta, "help_texts", None) or {}
        for name, field in self.fields.items():
            if name not in own and name not in self.declared_fields:
                field.help_text = ""
