"""Registrations in the Wagtail admin: per event, with counts, exported as CSV or XLSX."""

import django_filters
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import EventPage, Registration


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=EventPage.objects.order_by("-start"), field_name="event"
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Registration.STATUS_CHOICES)

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationIndexView(IndexView):
    """The list of registrations; filtered to one event it shows that event's counts."""

    results_template_name = "events/admin/registration_index_results.html"

    @cached_property
    def selected_event(self):
        value = self.request.GET.get("event", "")
        if not value.isdigit():
            return None
        return EventPage.objects.filter(pk=int(value)).first()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "municipality")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        event = self.selected_event
        if event is not None:
            counts = event.registrations.aggregate(
                confirmed=Count("pk", filter=Q(status=Registration.CONFIRMED)),
                waiting=Count("pk", filter=Q(status=Registration.WAITING)),
                cancelled=Count("pk", filter=Q(status=Registration.CANCELLED)),
            )
            context["event_summary"] = {
                "event": event,
                **counts,
                "capacity": event.capacity,
                "remaining": None if event.capacity is None else max(event.capacity - counts["confirmed"], 0),
                "waiting_list_size": event.waiting_list_size,
            }
        return context

    def get_filename(self):
        event = self.selected_event
        return f"registrations-{event.slug}" if event else "registrations"


class RegistrationEditView(EditView):
    """Cancelling in the admin works as on the public page: the waiting list moves up."""

    def save_instance(self):
        from .registration import cancel

        instance = self.form.instance
        previous = Registration.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        if instance.status == Registration.CANCELLED and previous != Registration.CANCELLED:
            instance.status = previous
            instance.save()
            cancel(instance)
            return instance
        return super().save_instance()


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    menu_label = _("Event registrations")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "events/registrations"
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    list_display = [
        "name",
        "email",
        Column("event", label=_("Event")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Registered")),
    ]
    list_per_page = 50
    ordering = ["-created_at"]
    list_export = [
        "event_title",
        "status_label",
        "name",
        "email",
        "organisation",
        "municipality_name",
        "dietary_needs",
        "accessibility_needs",
        "message",
        "consent_given",
        "language",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_headings = {
        "event_title": _("Event"),
        "status_label": _("Status"),
        "name": _("Name"),
        "email": _("E-mail"),
        "organisation": _("Organisation"),
        "municipality_name": _("Municipality"),
        "dietary_needs": _("Dietary needs"),
        "accessibility_needs": _("Accessibility needs"),
        "message": _("Free text"),
        "consent_given": _("Consent given"),
        "language": _("Language"),
        "created_at": _("Registered"),
        "promoted_at": _("Moved up from the waiting list"),
        "cancelled_at": _("Cancelled"),
    }
    panels = [
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("email")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("municipality")]),
        FieldPanel("dietary_needs"),
        FieldPanel("accessibility_needs"),
        FieldPanel("message"),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form: editors view, edit and export them, never add."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))
