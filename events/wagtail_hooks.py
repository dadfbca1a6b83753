import uuid

from django.core.cache import cache
from django.templatetags.static import static
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.chrome import activity_version, content_version
from home.roles import EVENT_MANAGERS, Grant
from home.scale import ScaleContent

from .admin_views import RegistrationViewSet
from .demo import load_events_demo
from .listing import live_events, upcoming_events, with_counts
from .models import REGISTRATIONS, Audience, EventIndexPage, EventPage, Keyword, Registration
from .scale import generate_events

UPCOMING_COUNT = 3
# Events start and registrations close without a publish: sections are cached briefly.
SECTION_SECONDS = 60


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    menu_order = 330


class KeywordViewSet(SnippetViewSet):
    model = Keyword
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    menu_order = 331


register_snippet(AudienceViewSet)
register_snippet(KeywordViewSet)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("events_registrations")


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name=None, next_url=None):
    if not isinstance(page.specific_deferred, EventPage) or not page.specific_deferred.registration_enabled:
        return []
    if not user.has_perm("events.view_registration") and not user.has_perm("events.change_registration"):
        return []
    url = reverse("events_registrations:index") + f"?event={page.pk}"
    return [Button(gettext_lazy("Registrations"), url, icon_name="form", priority=60)]


@hooks.register("register_public_urls")
def events_public_urls():
    from .urls import urlpatterns

    return urlpatterns


def _section(request, page, key, build, order):
    """Render ``build()`` (events, heading, index page, section id) as the shared upcoming-events section.

    Which events it shows is kept per content version, the section's HTML also
    per registrations' version, both briefly (events start without a publish).
    After a registration only the chosen events are read again, with their places left.
    """
    if getattr(request, "is_preview", False):
        events, heading, index_page, section_id = build()
        html = _rendered(request, events, heading, index_page.get_url(request) if index_page else None, section_id)
        return (order, html) if html else None
    chosen_key = f"events:{key}:{content_version()}:{page.pk}:{translation.get_language()}"
    html_key = f"{chosen_key}:{activity_version(REGISTRATIONS)}"
    html = cache.get(html_key)
    if html is None:
        chosen = cache.get(chosen_key)
        if chosen is None:
            events, heading, index_page, section_id = build()
            index_url = index_page.get_url(request) if index_page else None
            chosen = ([event.pk for event in events], heading, index_url, section_id)
            cache.set(chosen_key, chosen, SECTION_SECONDS)
        else:
            ids, heading, index_url, section_id = chosen
            events = upcoming_events(base=EventPage.objects.filter(pk__in=ids), limit=len(ids)) if ids else []
        html = _rendered(request, events, heading, index_url, section_id)
        cache.set(html_key, html, SECTION_SECONDS)
    return (order, html) if html else None


def _rendered(request, events, heading, index_url, section_id):
    if not events:
        return ""
    return render_to_string(
        "events/includes/upcoming_events.html",
        {
            "events": events,
            "heading": heading,
            "index_url": index_url,
            "section_id": section_id,
            "stylesheet": static("events/events.css"),
            "request": request,
        },
    )


@hooks.register("home_page_sections")
def upcoming_events_section(request, page):
    """The next events below the home page, in its language."""

    def build():
        index_page = EventIndexPage.objects.live().public().descendant_of(page).order_by("path").first()
        if index_page is None:
            return [], "", None, ""
        return upcoming_events(base=live_events(index=index_page), limit=UPCOMING_COUNT), _("Upcoming events"), index_page, "upcoming-events-title"

    return _section(request, page, "home", build, 20)


@hooks.register("premises_page_sections")
def events_at_premises_section(request, page):
    """Upcoming events whose place is this premises page (or its translation)."""

    def build():
        base = live_events(locale=page.locale).filter(place_page__translation_key=page.translation_key)
        return upcoming_events(base=base, limit=5), _("Upcoming events here"), None, "events-here-title"

    return _section(request, page, "premises", build, 30)


@hooks.register("campaign_page_sections")
def campaign_events_section(request, page):
    """Upcoming events below a campaign's landing page."""

    def build():
        index_page = EventIndexPage.objects.live().public().descendant_of(page).order_by("path").first()
        base = live_events(descendant_of=page)
        return upcoming_events(base=base, limit=UPCOMING_COUNT), _("Upcoming events"), index_page, "campaign-events-title"

    return _section(request, page, "campaign", build, 20)


hooks.register("load_demo_content", load_events_demo)


@hooks.register("register_benchmark_urls")
def events_benchmark_urls():
    def first(model, route="", label=""):
        def find():
            queryset = model.objects.live().public().filter(locale__language_code="fi")
            if model is EventPage:
                queryset = queryset.filter(end__gte=timezone.now(), registration_enabled=True)
            page = queryset.order_by("path").first()
            return page.get_url_parts()[2] + route if page else None

        find.label = label or f"first live {model._meta.label} in fi{' ' + route if route else ''}"
        return find

    return [
        first(EventIndexPage),
        first(EventIndexPage, "?registration=open&attendance=onsite", "filtered events index in fi"),
        first(EventIndexPage, "ical/"),
        first(EventPage, label="first upcoming event with registration in fi"),
        first(EventPage, "ical/"),
        "/api/v2/events/?locale=fi",
    ]


@hooks.register("register_benchmark_activity")
def registration_for_benchmark():
    """A visitor's registration for the first upcoming event with registration, for the bench's burst."""
    event = live_events().filter(end__gte=timezone.now(), registration_enabled=True).order_by("path").first()
    if event is None:
        return None

    def register():
        Registration.objects.create(event=event, status=Registration.CONFIRMED, name="Testi Osallistuja",
                                    email=f"osallistuja-{uuid.uuid4().hex[:12]}@example.fi")

    return register


@hooks.register("register_editor_role_permissions")
def event_role_permissions():
    """Event managers run the events section and its registrations, nothing else."""
    return [
        Grant(
            EVENT_MANAGERS,
            pages=EventIndexPage.objects.all(),
            page_actions=("add", "change", "publish", "lock", "unlock"),
            models={
                Registration: ("view", "change", "delete"),
                Audience: ("add", "change"),
                Keyword: ("add", "change"),
            },
        )
    ]


@hooks.register("register_scheduled_commands")
def scheduled_commands():
    return [("purge_registrations", 24 * 60 * 60)]


class UpcomingEventsPanel(Component):
    name = "events_upcoming"
    order = 140
    template_name = "events/admin/upcoming_panel.html"

    def __init__(self, events):
        self.events = events

    def get_context_data(self, parent_context=None):
        return {"events": self.events}


@hooks.register("construct_homepage_panels")
def add_upcoming_events_panel(request, panels):
    """The next events with their registrations, for whoever may edit events."""
    user = request.user
    if not (user.is_superuser or user.has_perm("events.view_registration")):
        return
    events = with_counts(EventPage.objects.filter(end__gte=timezone.now())).select_related("locale").order_by("start")
    panels.append(UpcomingEventsPanel(list(events[:5])))


@hooks.register("register_scale_content")
def events_scale_content():
    return ScaleContent(name="events", help="events (half upcoming, half past)", generate=generate_events, models=[EventPage])
