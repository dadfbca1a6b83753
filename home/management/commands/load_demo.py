"""Load the demo site: Finnish pages and snippets with their Swedish translations."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from home.demo import DemoContentError, load_demo


class Command(BaseCommand):
    help = (
        "Build a demo hub site in Finnish with Swedish translations made through wagtail-localize, "
        "then run the plugins' 'load_demo_content' hooks. Does nothing when the demo is already loaded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo content (every page below the tree root, demo snippets and images) and rebuild it.",
        )
        parser.add_argument(
            "--only",
            action="append",
            metavar="APP",
            help="Load the core and only this plugin app's demo content (repeatable), e.g. --only news.",
        )

    def handle(self, *args, reset=False, only=None, **options):
        unknown = [label for label in only or [] if not apps.is_installed(label)]
        if unknown:
            raise CommandError(f"Not an installed app: {', '.join(unknown)}.")
        try:
            load_demo(self.stdout, reset=reset, only=only)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
