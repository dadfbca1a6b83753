"""Public views: the index, an event with its registration form, calendars and a registration."""

from datetime import timezone as dt_timezone
from urllib.parse import quote, urlencode

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.abuse import is_rate_limited, too_many_requests
from home.transactions import atomic_submission

from .forms import RegistrationForm
from .formatting import all_day_end
from .ical import calendar_response
from .listing import EventListing, event_items, filters_for, localize_items, series_events
from .models import EventPage, Registration
from .registration import RegistrationRefused, cancel, register

REGISTRATION_RATE = "10/10m"
ICAL_LIMIT = 500


def index_view(request, index):
    listing = EventListing(index, request.GET)
    filters = listing.filters
    context = index.get_context(request)
    context.update(
        {
            "listing": listing,
            "filters": filters,
            "audience_options": [
                {"slug": item.slug, "name": item.name, "checked": item in filters.audiences} for item in listing.audiences
            ],
            "keyword_options": [
                {"slug": item.slug, "name": item.name, "checked": item in filters.keywords} for item in listing.keywords
            ],
        }
    )
    return TemplateResponse(request, index.get_template(request), context)


def index_ical(request, index):
    filters = filters_for(request.GET, index.locale_id)
    if filters.problems:
        return HttpResponse(" ".join(filters.problems), status=400, content_type="text/plain; charset=utf-8")
    events = localize_items(event_items(index=index, filters=filters)[:ICAL_LIMIT], index.locale_id)
    return calendar_response(events, request, name=index.title, filename=slugify(index.title) or "events")


def event_ical(request, event):
    localize_items([event], event.locale_id)
    return calendar_response([event], request, name=event.title, filename=slugify(event.title)[:60] or "event")


def calendar_links(event, request):
    """"Add to calendar": the .ics file and plain links to Google and Outlook (no scripts)."""
    url = request.build_absolute_uri(event.get_url(request))
    if event.all_day:
        dates = f"{timezone.localtime(event.start):%Y%m%d}/{all_day_end(event):%Y%m%d}"
    else:
        dates = f"{event.start.astimezone(dt_timezone.utc):%Y%m%dT%H%M%SZ}/{event.end.astimezone(dt_timezone.utc):%Y%m%dT%H%M%SZ}"
    location = event.place_label or event.online_url
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {"action": "TEMPLATE", "text": event.title, "dates": dates, "details": f"{event.lead}\n{url}", "location": location}
    )
    outlook = "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "subject": event.title,
            "startdt": timezone.localtime(event.start).isoformat(),
            "enddt": timezone.localtime(event.end).isoformat(),
            "allday": "true" if event.all_day else "false",
            "body": f"{event.lead}\n{url}",
            "location": location,
            "path": "/calendar/action/compose",
        },
        quote_via=quote,
    )
    return [
        {"label": _("Download to your calendar (.ics)"), "url": event.get_url(request) + "ical/", "download": True},
        {"label": _("Google Calendar"), "url": google},
        {"label": _("Outlook"), "url": outlook},
    ]


def event_context(request, event, form=None, refused=None):
    event.place_page_specific  # noqa: B018 - loaded: the place page gives the address in JSON-LD and on the page
    context = event.get_context(request)
    state = event.registration_state()
    if form is None and state in ("open", "waiting_list"):
        form = RegistrationForm(event=event)
    sub_events = series_events(event) if event.pk else []
    context.update(
        {
            "json_ld": event.json_ld(request),
            "registration_state": state,
            "form": form,
            "refused": refused,
            "calendar_links": calendar_links(event, request),
            "sub_events": sub_events,
            "index_page": event.get_parent(),
        }
    )
    return context


def event_view(request, event):
    if request.method == "POST":
        return submit_registration(request, event)
    if request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    return TemplateResponse(request, event.get_template(request), event_context(request, event))


REFUSED = {
    "duplicate": lambda: _(
        "This e-mail address is already registered for this event. Check your e-mail for the confirmation; "
        "it has a link for cancelling or checking your registration."
    ),
    "full": lambda: _("The event is full and its waiting list too. Your registration was not saved."),
    "closed": lambda: _("Registration for this event is closed. Your registration was not saved."),
    "unavailable": lambda: _(
        "Your registration could not be saved because of a temporary fault. Nothing was saved: please send the "
        "form again in a moment."
    ),
}


@atomic_submission
def submit_registration(request, event):
    if getattr(request, "is_preview", False):
        raise Http404
    if is_rate_limited(request, "events:registration", REGISTRATION_RATE):
        return too_many_requests(request)
    form = RegistrationForm(request.POST, event=event)
    status = 400
    if form.is_valid():
        try:
            registration = register(event, form.registration_data(), language=translation.get_language())
        except RegistrationRefused as refusal:
            form.add_error("email" if refusal.reason == "duplicate" else None, REFUSED[refusal.reason]())
            # A refusal of "full" or "closed" means the counts changed: show the current state.
            for name in ("_confirmed_count", "_waiting_count"):
                event.__dict__.pop(name, None)
                setattr(event, name, None)
            if refusal.reason == "unavailable":
                status = 503
        else:
            return HttpResponseRedirect(reverse("events_registration", args=[registration.token]) + "?new=1")
    context = event_context(request, event, form=form)
    return TemplateResponse(request, event.get_template(request), context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def registration_view(request, token):
    """A registration's own page, reached from the confirmation e-mail: status, cancellation."""
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token[:64], anonymised_at__isnull=True)
    event = registration.event
    cancelled_now = False
    if request.method == "POST":
        if is_rate_limited(request, "events:cancel", REGISTRATION_RATE):
            return too_many_requests(request)
        if request.POST.get("action") == "cancel" and registration.status != Registration.CANCELLED:
            cancel(registration)
            cancelled_now = True
        return HttpResponseRedirect(request.path + ("?cancelled=1" if cancelled_now else ""))
    live = EventPage.objects.live().public().filter(pk=event.pk).exists()
    context = {
        "registration": registration,
        "event": event,
        "event_url": event.get_url(request) if live else None,
        "is_new": request.GET.get("new") == "1",
        "just_cancelled": request.GET.get("cancelled") == "1",
        "can_cancel": registration.status != Registration.CANCELLED and not event.is_past,
    }
    response = TemplateResponse(request, "events/registration.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
