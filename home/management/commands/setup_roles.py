"""Create the editor groups, their permissions and the publishing workflow."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.roles import AGENTS, CHIEF_EDITORS, EDITORS, EVENT_MANAGERS, TRANSLATORS, setup_roles

# Fictional people, one per role, for trying the admin out in development.
DEMO_USERS = [
    ("paatoimittaja", "Paula", "Päätoimittaja", CHIEF_EDITORS),
    ("toimittaja", "Tuomas", "Toimittaja", EDITORS),
    ("agentti", "Aino", "Agentti", AGENTS),
    ("kaantaja", "Kerstin", "Kääntäjä", TRANSLATORS),
    ("tapahtumat", "Teemu", "Tapahtumavastaava", EVENT_MANAGERS),
]


class Command(BaseCommand):
    help = (
        "Create the editor groups (chief editors, editors, association agents, translators, "
        "event managers) with their permissions, and the two-step publishing workflow. "
        "Idempotent. With --demo-users (development only) also a user per role, with new passwords printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--demo-users", action="store_true", help="Create a demo user per role (DEBUG only).")

    def handle(self, *args, demo_users=False, **options):
        if demo_users and not settings.DEBUG:
            raise CommandError("Demo users are for development only (DEBUG is off).")
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Editor roles ready: {', '.join(groups)}; workflow assigned to the site."))
        if demo_users:
            self.create_demo_users(groups)

    def create_demo_users(self, groups):
        User = get_user_model()
        self.stdout.write("Demo users (passwords are new on every run):")
        for username, first_name, last_name, role in DEMO_USERS:
            user, _created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": first_name, "last_name": last_name, "email": f"{username}@example.fi"},
            )
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.is_active = True
            user.save()
            user.groups.set([groups[role]])
            self.stdout.write(f"  {role:<20} {username:<14} {password}")
