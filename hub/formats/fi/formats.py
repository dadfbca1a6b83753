# Finnish dates and numbers: Django's own, with the short date used on the site.
from django.conf.locale.fi.formats import *  # noqa: F403

SHORT_DATE_FORMAT = "j.n.Y"
