"""Public URLs outside the page tree (served under the language prefix)."""

from django.urls import path

from .views import registration_view

urlpatterns = [
    path("events/registration/<str:token>/", registration_view, name="events_registration"),
]
