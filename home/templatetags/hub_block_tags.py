from django import template

from home.blocks import heading_anchor as make_anchor

register = template.Library()


@register.filter
def heading_anchor(text):
    return make_anchor(text)
