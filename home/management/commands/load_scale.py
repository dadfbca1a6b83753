"""Add content at scale for measuring: the plugins' ``register_scale_content`` generators."""

import time

from django.core.management import call_command
from django.db import connection
from django.core.management.base import BaseCommand, CommandError

from home.scale import clear_scale_pages, generate, scale_contents


class Command(BaseCommand):
    help = (
        "Add many live pages in Finnish and Swedish in bulk (no revisions, no signals) below the demo's "
        "index pages, e.g. --news 20000 --events 5000 --premises 2000 --guides 500. Each run adds more; "
        "--clear first deletes the pages earlier runs made. Search finds them after --index or update_index."
    )

    def add_arguments(self, parser):
        self.contents = scale_contents()
        for name, content in self.contents.items():
            parser.add_argument(f"--{name}", type=int, default=0, metavar="N", help=f"Add N {content.help} in each language.")
        parser.add_argument("--clear", action="store_true", help="Delete the scale pages of earlier runs first.")
        parser.add_argument("--index", action="store_true", help="Run update_index afterwards (slow at scale).")
        parser.add_argument("--seed", type=int, default=2026, help="Seed of the random content (default 2026).")

    def create_parser(self, prog_name, subcommand, **kwargs):
        # A removed plugin's option (e.g. --events) is reported, not an error: scripts keep working.
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parse_known_args, stderr = parser.parse_known_args, self.stderr

        def parse_args(args=None, namespace=None):
            options, unknown = parse_known_args(args, namespace)
            if unknown:
                stderr.write(f"Ignoring {' '.join(unknown)}: no installed plugin makes that content.")
            return options

        parser.parse_args = parse_args
        return parser

    def handle(self, *args, clear=False, index=False, seed=2026, **options):
        counts = {name: options.get(name) or 0 for name in self.contents}
        if any(count < 0 for count in counts.values()):
            raise CommandError("Counts must be zero or more.")
        started = time.perf_counter()
        if clear:
            page_models = [model for content in self.contents.values() for model in content.models]
            deleted = clear_scale_pages(page_models)
            self.stdout.write(f"Deleted {deleted} scale pages in {time.perf_counter() - started:.1f} s.")
        if not any(counts.values()):
            if not clear:
                options_text = ", ".join(f"--{name}" for name in self.contents) or "none: no plugin offers scale content"
                self.stdout.write(f"Nothing to add. Options: {options_text}.")
            return
        try:
            results = generate(self.stdout, counts, seed=seed)
        except LookupError as error:
            raise CommandError(str(error)) from error
        for name, (pages, seconds) in results.items():
            self.stdout.write(f"{name}: {counts[name]} items, {pages} pages (fi + sv) in {seconds:.1f} s.")
        total = sum(pages for pages, _seconds in results.values())
        self.stdout.write(f"Added {total} pages in {time.perf_counter() - started:.1f} s.")
        if connection.vendor == "postgresql":
            # Autovacuum would refresh the planner's row estimates only minutes later;
            # until then it plans for the empty tables it last saw.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            self.stdout.write("Updated the planner's statistics (ANALYZE).")
        if index:
            index_started = time.perf_counter()
            call_command("update_index", stdout=self.stdout)
            self.stdout.write(f"Indexed for search in {time.perf_counter() - index_started:.1f} s.")
        else:
            self.stdout.write("Search does not know the new pages yet: run `manage.py update_index`.")
