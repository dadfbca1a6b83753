"""Event dates and times in the visitor's language, in Finnish time (Europe/Helsinki)."""

from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _


def _day(value):
    return f"{date_format(value, 'D')} {date_format(value, 'SHORT_DATE_FORMAT')}"


def _time(value):
    return time_format(value, "TIME_FORMAT")


def event_when(event):
    """E.g. "ti 17.3.2026 klo 13.00–16.00", "ma 1.6.2026 – ke 3.6.2026"."""
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end)
    if event.all_day:
        # An all-day event's end is on its last day (any time of it).
        if start.date() == end.date():
            return _day(start)
        return f"{_day(start)} – {_day(end)}"
    if start.date() == end.date():
        if start == end:
            return _("%(date)s at %(time)s") % {"date": _day(start), "time": _time(start)}
        return _("%(date)s at %(start)s–%(end)s") % {"date": _day(start), "start": _time(start), "end": _time(end)}
    return _("%(start_date)s at %(start)s – %(end_date)s at %(end)s") % {
        "start_date": _day(start),
        "start": _time(start),
        "end_date": _day(end),
        "end": _time(end),
    }


def local_datetime(value):
    """A moment in the locale's format, e.g. "14.3.2026 klo 23.59"."""
    value = timezone.localtime(value)
    return _("%(date)s at %(time)s") % {"date": date_format(value, "SHORT_DATE_FORMAT"), "time": _time(value)}


def all_day_end(event):
    """The exclusive end date of an all-day event, as iCalendar wants it."""
    return timezone.localtime(event.end).date() + timedelta(days=1)
