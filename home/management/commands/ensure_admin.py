"""Make sure an admin user exists and say how to log in."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the admin user when missing and print the login. The password comes from "
        "ADMIN_PASSWORD, or is generated and printed once; ADMIN_PASSWORD also resets it later."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        user = User.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(username, f"{username}@example.fi", password)
            note = "created"
        elif password:
            user.set_password(password)
            user.is_active = user.is_staff = user.is_superuser = True
            user.save()
            note = "password set from ADMIN_PASSWORD"
        else:
            note = "exists; its password was printed when it was created (set ADMIN_PASSWORD to reset it)"
        self.stdout.write(self.style.SUCCESS(f"Admin user {note}."))
        self.stdout.write("  log in at http://127.0.0.1:8000/admin/")
        self.stdout.write(f"  username: {username}")
        if password:
            self.stdout.write(f"  password: {password}")
