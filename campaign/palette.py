"""The campaign theme colours: a fixed palette whose text always passes WCAG AA.

Each colour has a background and the text colour used on it; the pairs are
checked with the WCAG 2.1 contrast formula (4.5:1 for normal text), so an editor
cannot pick a combination that is hard to read.
"""

from django.utils.translation import gettext_lazy as _

# code: (label, background, text on it)
THEME_COLOURS = {
    "blue": (_("Dark blue"), "#003479", "#ffffff"),
    "teal": (_("Teal"), "#005f66", "#ffffff"),
    "green": (_("Forest green"), "#1e5e34", "#ffffff"),
    "purple": (_("Purple"), "#5c2d7a", "#ffffff"),
    "red": (_("Berry red"), "#a1173b", "#ffffff"),
    "orange": (_("Warm orange"), "#f4a259", "#1f1f1f"),
    "light_blue": (_("Light blue"), "#dbe8f6", "#00254f"),
}
DEFAULT_THEME = "blue"
THEME_CHOICES = [(code, label) for code, (label, _background, _text) in THEME_COLOURS.items()]
AA_NORMAL_TEXT = 4.5


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    red, green, blue = (int(hex_colour[index : index + 2], 16) for index in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first, second):
    """WCAG 2.1 contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def theme(code):
    """{"code", "background", "text"} of a theme colour (the default for an unknown code)."""
    code = code if code in THEME_COLOURS else DEFAULT_THEME
    _label, background, text = THEME_COLOURS[code]
    return {"code": code, "background": background, "text": text}
