"""Make sure an admin user exists and say how to log in."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.management.credentials import credentials_file


class Command(BaseCommand):
    help = "Create the admin user when missing (password from ADMIN_PASSWORD or generated) and print the login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        import os

        User = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        user = User.objects.filter(username=username).first()
        store = credentials_file()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(username, f"{username}@example.fi", password)
            store.write_text(f"{username} {password}\n")
            store.chmod(0o600)
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            store.write_text(f"{username} {password}\n")
        elif store.exists():
            password = store.read_text().split()[1]
        self.stdout.write(self.style.SUCCESS("Admin login at /admin/"))
        self.stdout.write(f"  username: {username}")
        if password:
            self.stdout.write(f"  password: {password}")
        else:
            self.stdout.write("  password: unchanged (set ADMIN_PASSWORD to reset it)")
