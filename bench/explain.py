"""EXPLAIN ANALYZE every query of the list pages on PostgreSQL; report sequential scans of big tables.

    DATABASE_URL=postgres://… .venv/bin/python manage.py load_scale --news 20000 --events 5000 --premises 2000 --guides 500
    DATABASE_URL=postgres://… .venv/bin/python bench/explain.py [URL …]

For each URL (the list pages of docs/performance.md by default) the page is
requested once warm and once with the cache emptied; each SELECT of the second
request is explained. Printed: the query's time, and every "Seq Scan" on a table
with more than ``BIG`` rows (what an index should avoid).
"""

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

BIG = 5000
URLS = [
    "/fi/ajankohtaista/",
    "/fi/ajankohtaista/?page=500",
    "/fi/ajankohtaista/?month=2021-03",
    "/fi/ajankohtaista/?category=koulutus",
    "/fi/ajankohtaista/?tag=nuoret",
    "/fi/ajankohtaista/rss/",
    "/fi/tapahtumat/",
    "/fi/tapahtumat/?when=past",
    "/fi/tapahtumat/?municipality=837&audience=yhdistykset",
    "/fi/tapahtumat/ical/",
    "/fi/tyokalupakki/",
    "/api/v2/news/?locale=fi&limit=20",
    "/api/v2/events/?locale=fi&limit=20",
    "/api/v2/guides/?locale=fi&limit=20",
    "/api/v2/premises/?locale=fi&limit=20&municipality=837",
    "/api/v2/pages/?type=news.NewsPage&locale=sv&limit=20",
]


def premises_urls():
    from django.apps import apps

    if not apps.is_installed("premises"):
        return []
    index = apps.get_model("premises", "PremisesIndexPage").objects.filter(locale__language_code="fi").first()
    if index is None:
        return []
    base = index.get_url()
    return [base, f"{base}?municipality=837&min_capacity=20&access=step_free&free=1", f"{base}geojson/?municipality=837"]


def big_tables():
    with connection.cursor() as cursor:
        cursor.execute("SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > %s", [BIG])
        return {row[0] for row in cursor.fetchall()}


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return [row[0] for row in cursor.fetchall()]


def main(urls):
    if connection.vendor != "postgresql":
        sys.exit("Run this with DATABASE_URL pointing at PostgreSQL.")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    big = big_tables()
    client = Client()
    for url in urls:
        client.get(url, HTTP_HOST="localhost")
        for alias in settings.CACHES:
            caches[alias].clear()
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url, HTTP_HOST="localhost").status_code
        selects = [query["sql"] for query in queries.captured_queries if query["sql"].lstrip().upper().startswith("SELECT")]
        print(f"\n{url}  {status}  {len(queries)} queries")
        for sql in selects:
            plan = explain(sql)
            total = float(re.search(r"Execution Time: ([\d.]+)", plan[-1]).group(1))
            scans = [line.strip() for line in plan if "Seq Scan on" in line and line.split("Seq Scan on ")[1].split()[0] in big]
            if scans or total > 5:
                print(f"  {total:7.2f} ms  {sql[:150]}")
                for line in scans:
                    print(f"             {line}")


if __name__ == "__main__":
    main(sys.argv[1:] or URLS + premises_urls())
