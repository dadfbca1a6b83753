from django import template

from toolkit.documents import is_public_document

register = template.Library()


@register.simple_tag(takes_context=True)
def public_document(context, document):
    """The document if visitors may download it (outside private collections), else None."""
    return document if is_public_document(document, context) else None
