"""Indexes on Wagtail's page table for the lookups every public request makes.

At 55,000 pages PostgreSQL scanned the whole table twice per request (see
docs/performance.md): routing a URL looks pages up by ``url_path``, and the
navigation lists a page's children by ``depth`` and a ``path`` range that
matches every descendant. Wagtail indexes neither, so the site adds them.
"""

from django.db import migrations

INDEXES = {
    "home_page_url_path_idx": "url_path",
    "home_page_depth_path_idx": "depth, path",
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_organisation_field_of_activity_contact_name"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page ({columns})",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, columns in INDEXES.items()
    ]
