#!/usr/bin/env python
"""Load benchmark: how fast the site serves its pages, relative to Django itself.

`make bench` builds a benchmark database per engine (SQLite in bench/results/,
and PostgreSQL `bench_db` on 127.0.0.1:5432 when that server answers; skipped
with a message otherwise) with the demo content and, at `--scale full` (the
default) or `small`, the generated bulk content of `manage.py load_scale` when
that command exists. For each database it then measures two configurations:
the page cache off ("cold": every request renders) and on ("warm": anonymous
pages come from home/page_cache.py); `--cache uncached` measures with no cache
at all, as the first request after a content change runs. Each configuration
starts gunicorn (2 workers, production settings from hub.settings.bench, plain
HTTP on a free port on 127.0.0.1) and runs wrk against each URL for a fixed
time. Per URL it prints:

- requests/s, median (p50) and p99 latency under wrk's load;
- SQL queries per request, counted in-process with Django's test client and
  CaptureQueriesContext after one warm-up request (same settings, same database);
- the ratio of its requests/s to the floor's: /bench/floor/ is a view that returns
  "ok" through the full middleware stack, measured first in the same run and
  configuration, and the target ratio where the project set one;
- CPU milliseconds per request in-process (test client, time.process_time) and
  the floor's CPU time divided by it: a second ratio that what else runs on a
  shared machine hardly moves (the load average is printed and kept too);
- the same CPU time when a visitor acts right before each request (a
  registration for an event, from the `register_benchmark_activity` hooks): what
  a burst of registrations costs the pages, whose caches it may empty.

Why ratios: absolute requests/s depend on the machine and whatever else runs on it.
The floor carries the same costs (gunicorn, WSGI, middleware, the same CPUs at the
same moment), so the ratio is what the page's own work (queries, templates,
serialisation) leaves of the server's capacity, and it is the number to compare
between runs and machines. The query count shows where that work goes.

It also reports the size of the CSS and JavaScript the public pages load, and any
script or stylesheet they load from another origin. Results are written as JSON
and a plot to bench/results/. Nothing is asserted.

`--profile PATH` profiles one URL in-process with pyinstrument instead (cold).

CACHE_URL / REDIS_URL / ELASTICSEARCH_URL pass through from the environment, so
e.g. `REDIS_URL=redis://127.0.0.1:6379/2 make bench` measures with Redis.
"""

import argparse
import gzip
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results"
HOST = "127.0.0.1"  # the only host this script ever sends requests to
FLOOR = "/bench/floor/"
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/bench_db")

# Bulk content on top of the demo content (manage.py load_scale), by --scale.
SCALES = {
    "full": ["--news", "20000", "--events", "5000", "--premises", "2000", "--guides", "500"],
    "small": ["--news", "2000", "--events", "500", "--premises", "200", "--guides", "50"],
    "none": None,
}
# wrk and the in-process client ask for compressed bodies, as every browser and feed reader does.
BROWSER_ACCEPT_ENCODING = "gzip, deflate, br"
# The PAGE_CACHE setting of each configuration. "uncached" also swaps every cache for
# Django's dummy one (no fragments, API items or search results kept): what the first
# request after a content change costs. It has no targets and runs only when asked for.
CACHE_MODES = {"cold": "0", "warm": "1", "uncached": "0"}
DEFAULT_CACHE_MODES = ["cold", "warm"]
CACHE_DESCRIPTIONS = {"cold": "page cache off", "warm": "page cache on", "uncached": "no cache at all"}

# Targets, as ratio to the floor. Warm: every public page (a path under a language
# prefix, which the page cache serves). Cold: by page type, and every API list.
WARM_TARGET = 0.5
COLD_PAGE_TARGETS = {"home.HomePage": 0.05, "news.NewsIndexPage": 0.05, "news.NewsPage": 0.05, "search.SearchPage": 0.04}
COLD_API_TARGET = 0.04


def first_live_page(model, language):
    """A URL entry: the path of the first live, public `model` page in `language`."""

    def find():
        from django.apps import apps

        try:
            page_model = apps.get_model(model)
        except LookupError:  # the app is not installed (e.g. a disabled plugin)
            return None
        page = (
            page_model.objects.live().public()
            .filter(locale__language_code=language).order_by("path").first()
        )
        return page.get_url_parts()[2] if page else None

    find.label = f"first live {model} in {language}"
    return find


def page_type_api_lists():
    """/api/v2/pages/?type=… for every page type with live, public pages in Finnish."""
    from wagtail.models import Page, get_page_models

    paths = []
    for model in get_page_models():
        if model is not Page and model.objects.live().public().filter(locale__language_code="fi").exists():
            paths.append(f"/api/v2/pages/?type={model._meta.label}&locale=fi")
    return paths


page_type_api_lists.label = "pages API by page type"

# The URLs measured, in this order (the floor always comes first). An entry is a
# path, or a function called once Django is set up against the benchmark database
# that returns a path, a list of paths or None (skipped): use one when the URL
# depends on content. Extension point: add entries here, or, from a plugin,
# register a Wagtail hook "register_benchmark_urls" returning a list of entries
# (see collect_urls), or pass --url on the command line.
URLS = [
    FLOOR,
    "/fi/",
    "/sv/",
    first_live_page("home.StandardPage", "fi"),
    "/api/v2/pages/?locale=fi",
    page_type_api_lists,
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/navigation/?locale=fi",
    "/api/v2/site_settings/?locale=fi",
    "/api/v2/municipalities/?locale=fi",
    "/api/v2/organisations/?locale=fi",
    "/api/v2/contact_persons/?locale=fi",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per URL (5)")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of unmeasured wrk per URL (1)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--database", type=csv_of("sqlite", "postgres"), default=["sqlite", "postgres"],
                        help="comma-separated: sqlite,postgres (both; postgres is skipped if its server is absent)")
    parser.add_argument("--cache", type=csv_of(*CACHE_MODES), default=DEFAULT_CACHE_MODES,
                        help="comma-separated: cold (page cache off), warm (on), uncached (no cache at all);"
                             " cold and warm by default")
    parser.add_argument("--scale", choices=SCALES, default="full",
                        help="bulk content from load_scale after load_demo: full (default), small (a tenth), none")
    parser.add_argument("--url", action="append", default=[], help="an extra path to measure")
    parser.add_argument("--only", action="append", default=[], help="measure only paths containing this (repeatable)")
    parser.add_argument("--keep-db", action="store_true", help="reuse a benchmark database built at the same scale")
    parser.add_argument("--profile", metavar="PATH", help="profile one path in-process (cold) instead of measuring")
    parser.add_argument("--profile-flat", action="store_true", help="with --profile: time per function, not a tree")
    parser.add_argument("--profile-all", action="store_true", help="with --profile: show library frames too")
    parser.add_argument("--inspect", metavar="JSON", help=argparse.SUPPRESS)  # internal: the per-configuration child
    return parser.parse_args()


def csv_of(*choices):
    def parse(value):
        items = [item.strip() for item in value.split(",") if item.strip()]
        unknown = set(items) - set(choices)
        if unknown or not items:
            raise argparse.ArgumentTypeError(f"choose from {', '.join(choices)}")
        return items

    return parse


def database_url(database):
    return f"sqlite:///{RESULTS / 'bench.sqlite3'}" if database == "sqlite" else POSTGRES_URL


def bench_environment(database, cache_mode="cold"):
    """Environment for a child process: benchmark settings, database and storage."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.bench",
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(RESULTS / f"media-{database}"),
        "STATIC_ROOT": str(RESULTS / "static"),
        "SECRET_KEY": "benchmark-only-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "BENCHMARK_FLOOR": "1",
        "PAGE_CACHE": CACHE_MODES[cache_mode],
        "PYTHONUNBUFFERED": "1",
        **({"CACHE_URL": "dummy://"} if cache_mode == "uncached" else {}),
    }


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("== Installing wrk", flush=True)
    install = ["apt-get", "install", "-y", "-q", "wrk"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(install, env=env, stdin=subprocess.DEVNULL).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, stdin=subprocess.DEVNULL, check=True)
        subprocess.run(install, env=env, stdin=subprocess.DEVNULL, check=True)


def manage(env, *args, check=True, quiet=False):
    output = subprocess.DEVNULL if quiet else None
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=check, stdout=output, stderr=output
    ).returncode


def postgres_answers():
    parts = urlsplit(POSTGRES_URL)
    try:
        socket.create_connection((parts.hostname, parts.port or 5432), timeout=2).close()
        return True
    except OSError:
        return False


def reset_postgres():
    """Drop and create the benchmark database (it only ever holds benchmark content)."""
    import psycopg

    parts = urlsplit(POSTGRES_URL)
    name = parts.path.lstrip("/")
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare(database, scale, keep_db):
    """A database with the demo content (and load_scale's at `scale`), its media."""
    env = bench_environment(database)
    marker = RESULTS / f"{database}.built"
    if keep_db and marker.exists() and marker.read_text() == scale:
        print(f"== Reusing the {database} benchmark database ({scale} scale)", flush=True)
        manage(env, "migrate", "--noinput", "-v0")  # the code may have new migrations since it was built
        return
    print(f"== Building the {database} benchmark database (migrate, load_demo)", flush=True)
    marker.unlink(missing_ok=True)
    if database == "sqlite":
        for path in RESULTS.glob("bench.sqlite3*"):
            path.unlink()
    else:
        reset_postgres()
    shutil.rmtree(RESULTS / f"media-{database}", ignore_errors=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    if SCALES[scale]:
        if manage(env, "help", "load_scale", check=False, quiet=True) == 0:
            print(f"== load_scale {' '.join(SCALES[scale])}", flush=True)
            manage(env, "load_scale", *SCALES[scale])
        else:
            print(f"   load_scale does not exist (yet): measuring the demo content only, not the {scale} scale")
            scale = "none"
    marker.write_text(scale)


def collect_urls(extra, only):
    """The paths to measure: URLS, then the register_benchmark_urls hooks, then extra."""
    from wagtail import hooks

    entries = [*URLS]
    for hook in hooks.get_hooks("register_benchmark_urls"):
        entries.extend(hook())
    entries.extend(extra)
    paths = []
    for entry in entries:
        found = entry() if callable(entry) else entry
        for path in found if isinstance(found, list) else [found]:
            if not path or not path.startswith("/") or path.startswith("//"):
                print(f"   skipped {getattr(entry, 'label', entry)!r}: no local path ({path!r})")
            elif path not in paths and (path == FLOOR or not only or any(part in path for part in only)):
                paths.append(path)
    return paths


def client():
    """The in-process client, without cookies: wrk sends none either."""
    from django.test import Client

    global _client
    if _client is None:  # one client, so the middleware (WhiteNoise's file scan) is set up once
        _client = Client(HTTP_HOST=HOST, HTTP_ACCEPT_ENCODING=BROWSER_ACCEPT_ENCODING, raise_request_exception=False)
    _client.cookies.clear()
    return _client


_client = None


def page_type(response):
    """The Wagtail page type that rendered a response, e.g. "news.NewsPage", or None."""
    page = (getattr(response, "context_data", None) or {}).get("page")
    return page.specific_class._meta.label if page is not None and page.specific_class else None


def inspect_paths(paths):
    """{path: {status, queries, page_type, cpu_ms, cpu_ms_after_activity}}, counted after a warm-up request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail import hooks

    activities = [action for hook in hooks.get_hooks("register_benchmark_activity") if (action := hook())]
    found = {}
    for path in paths:
        kind = page_type(client().get(path))
        with CaptureQueriesContext(connection) as queries:
            status = client().get(path).status_code
        found[path] = {"status": status, "queries": len(queries), "page_type": kind, "cpu_ms": cpu_ms(path)}
        found[path]["cpu_ms_after_activity"] = cpu_ms_after_activity(path, activities) if activities else None
    return found


def cpu_ms(path, repeat=5):
    """CPU time of one request in this process: unlike req/s, it ignores what else runs on the machine."""
    start = time.process_time()
    for _ in range(repeat):
        client().get(path)
    return (time.process_time() - start) * 1000 / repeat


def cpu_ms_after_activity(path, activities, repeat=5):
    """CPU time of a request made right after each visitor action in ``activities`` (a registration).

    An action's rows are rolled back and its own time is not counted: what is
    measured is the request, with whatever caches the action emptied.
    """
    from django.db import transaction

    spent = 0.0
    for _ in range(repeat):
        for action in activities:
            with transaction.atomic():
                action()
                transaction.set_rollback(True)
        start = time.process_time()
        client().get(path)
        spent += time.process_time() - start
    return spent * 1000 / repeat


class AssetParser(HTMLParser):
    """Collects a page's <script src> and <link rel=stylesheet href>."""

    def __init__(self):
        super().__init__()
        self.scripts, self.stylesheets = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.stylesheets.append(attrs["href"])


def is_same_origin(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc or parts.hostname in (HOST, "localhost")


def front_end_assets(paths):
    """Sizes of the CSS and JS the HTML pages load, and anything from another origin."""
    assets, foreign = {}, set()
    for path in paths:
        response = client().get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = AssetParser()
        body = response.content
        parser.feed((gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body).decode())
        for kind, urls in (("js", parser.scripts), ("css", parser.stylesheets)):
            for url in urls:
                if not is_same_origin(url):
                    foreign.add(url)
                elif url not in assets:
                    body = client().get(urlsplit(url).path, HTTP_ACCEPT_ENCODING="identity").getvalue()
                    assets[url] = {"kind": kind, "bytes": len(body), "gzip_bytes": len(gzip.compress(body))}
    return {"assets": assets, "third_party": sorted(foreign)}


def inspect(args):
    """The child process of one configuration: paths, query counts, front-end assets."""
    import django
    from django.db import connections

    django.setup()
    paths = collect_urls(args.url, args.only)
    report = {"paths": inspect_paths(paths), "front_end": front_end_assets(paths)}
    connections.close_all()
    Path(args.inspect).write_text(json.dumps(report))


def profile(args):
    """Profile one path in-process, page cache off, after a warm-up request."""
    import django
    from pyinstrument import Profiler

    django.setup()
    client().get(args.profile)
    profiler = Profiler()
    with profiler:
        for _ in range(20):
            client().get(args.profile)
    print(profiler.output_text(unicode=True, color=False, show_all=args.profile_all, flat=args.profile_flat))


def run_inspect_child(env, args):
    with tempfile.NamedTemporaryFile(suffix=".json", dir=RESULTS) as out:
        command = [sys.executable, __file__, "--inspect", out.name]
        command += [f"--url={url}" for url in args.url] + [f"--only={part}" for part in args.only]
        subprocess.run(command, cwd=BASE_DIR, env=env, check=True)
        return json.loads(Path(out.name).read_text())


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, workers):
    log = open(RESULTS / "gunicorn.log", "a")
    command = [
        sys.executable, "-m", "gunicorn", "hub.wsgi:application",
        "--bind", f"{HOST}:{port}", "--workers", str(workers), "--log-level", "warning",
    ]
    return subprocess.Popen(
        command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )


def wait_until_up(server, port, timeout=60):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited ({server.returncode}); see bench/results/gunicorn.log")
        try:
            opener.open(f"http://{HOST}:{port}{FLOOR}", timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer within {timeout} s; see bench/results/gunicorn.log")


def stop(server):
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def run_wrk(url, duration, connections, threads):
    command = [
        "wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{duration}s",
        "--timeout", "10s", "--latency", "-s", str(BENCH_DIR / "report.lua"),
        "-H", f"Accept-Encoding: {BROWSER_ACCEPT_ENCODING}", url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    result = json.loads(line.removeprefix("BENCH_JSON "))
    result["requests_per_second"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def target(path, page_kind, cache_mode):
    if cache_mode == "uncached":
        return None
    if cache_mode == "warm":
        return WARM_TARGET if path.startswith(("/fi/", "/sv/")) else None
    if path.startswith("/api/"):
        return COLD_API_TARGET
    return COLD_PAGE_TARGETS.get(page_kind)


def measure(database, cache_mode, args):
    """Rows of one configuration: the floor first, then every path, in one gunicorn."""
    env = bench_environment(database, cache_mode)
    print(f"== {database}, {cache_mode}: counting SQL queries per request", flush=True)
    inspection = run_inspect_child(env, args)
    port = free_port()
    print(
        f"== {database}, {cache_mode}: gunicorn on {HOST}:{port} ({args.workers} workers); wrk {args.duration} s"
        f" per URL, {args.connections} connections, {min(args.threads, args.connections)} threads;"
        f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    rows = []
    server = start_gunicorn(env, port, args.workers)
    try:
        wait_until_up(server, port)
        for path, found in inspection["paths"].items():
            url = f"http://{HOST}:{port}{path}"
            if args.warmup:
                run_wrk(url, args.warmup, args.connections, args.threads)
            result = run_wrk(url, args.duration, args.connections, args.threads)
            rows.append({"database": database, "cache": cache_mode, "path": path, **found, **result,
                         "load_average": os.getloadavg()[0]})
            print(f"   {path}: {result['requests_per_second']:.1f} req/s", flush=True)
    finally:
        stop(server)
    floor = next((row["requests_per_second"] for row in rows if row["path"] == FLOOR), None)
    floor_cpu = next((row["cpu_ms"] for row in rows if row["path"] == FLOOR), None)
    for row in rows:
        row["ratio_to_floor"] = row["requests_per_second"] / floor if floor else None
        row["cpu_ratio_to_floor"] = floor_cpu / row["cpu_ms"] if floor_cpu and row["cpu_ms"] else None
        row["target"] = target(row["path"], row["page_type"], cache_mode)
        row["met"] = None if row["target"] is None or floor is None else row["ratio_to_floor"] >= row["target"]
    return rows, inspection["front_end"]


def print_table(rows):
    width = max(len(row["path"]) for row in rows)
    header = (f"{'URL':<{width}}  status  req/s     p50 ms  p99 ms  queries  vs floor  target  non-2xx  cpu ms  cpu vs floor"
              "  cpu ms after a registration")
    for config in dict.fromkeys((row["database"], row["cache"]) for row in rows):
        print(f"\n{config[0]}, {config[1]} ({CACHE_DESCRIPTIONS[config[1]]})")
        print(header)
        for row in (row for row in rows if (row["database"], row["cache"]) == config):
            ratio = f"{row['ratio_to_floor']:.3f}" if row["ratio_to_floor"] is not None else "-"
            goal = "-" if row["target"] is None else f"{row['target']:.2f}{' ' if row['met'] else '!'}"
            print(
                f"{row['path']:<{width}}  {row['status']:>6}  {row['requests_per_second']:>8.1f}"
                f"  {row['p50_us'] / 1000:>6.2f}  {row['p99_us'] / 1000:>6.2f}  {row['queries']:>7}"
                f"  {ratio:>8}  {goal:>6}  {row['non_2xx_3xx']:>7}  {row['cpu_ms']:>6.2f}  {row['cpu_ratio_to_floor']:>12.3f}"
                f"  {after_activity(row):>27}"
            )
    missed = [row for row in rows if row["met"] is False]
    print(f"\nTargets: {sum(row['met'] is True for row in rows)} met, {len(missed)} missed (marked !)")


def after_activity(row):
    value = row.get("cpu_ms_after_activity")
    return "-" if value is None else f"{value:.2f}"


def print_front_end(front_end):
    print("\nFront end: CSS and JS the public pages load")
    for kind in ("css", "js"):
        assets = {url: asset for url, asset in front_end["assets"].items() if asset["kind"] == kind}
        for url, asset in assets.items():
            print(f"   {asset['bytes']:>8} B  {asset['gzip_bytes']:>7} B gzip  {url}")
        total = sum(asset["bytes"] for asset in assets.values())
        gzipped = sum(asset["gzip_bytes"] for asset in assets.values())
        print(f"   {total:>8} B  {gzipped:>7} B gzip  all {kind.upper()} ({len(assets)} files)")
    print(f"   third-party scripts or stylesheets: {', '.join(front_end['third_party']) or 'none'}")


def plot(rows, path):
    """Horizontal bars: ratio to the floor per URL and configuration, targets marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    configs = list(dict.fromkeys((row["database"], row["cache"]) for row in rows))
    paths = list(dict.fromkeys(row["path"] for row in rows if row["path"] != FLOOR))
    height = 0.8 / len(configs)
    figure, axes = plt.subplots(figsize=(11, 1.5 + 0.32 * len(paths) * max(1, len(configs) / 2)))
    for number, config in enumerate(configs):
        ratios = {row["path"]: row["ratio_to_floor"] or 0 for row in rows if (row["database"], row["cache"]) == config}
        positions = [index + number * height for index in range(len(paths))]
        axes.barh(positions, [ratios.get(path, 0) for path in paths], height, label=", ".join(config))
    for goal, style in ((WARM_TARGET, "--"), (COLD_PAGE_TARGETS["news.NewsPage"], ":"), (COLD_API_TARGET, "-.")):
        axes.axvline(goal, color="black", linestyle=style, linewidth=0.8)
    axes.set_yticks([index + 0.4 - height / 2 for index in range(len(paths))], paths, fontsize=7)
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel("requests/s as ratio to the floor (log); lines: targets 0.5 warm, 0.05 and 0.04 cold")
    axes.legend(loc="lower right", fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def git_commit():
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True)
    return result.stdout.strip() or None


def write_results(args, scales, rows, front_end):
    stamp = datetime.now(timezone.utc)
    report = {
        "time": stamp.isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": {k: v for k, v in vars(args).items() if k not in ("url", "inspect", "profile")}
        | {"cache_backend": os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL") or "locmem", "scales": scales},
        "results": rows,
        "front_end": front_end,
    }
    path = RESULTS / f"bench-{stamp:%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    shutil.copyfile(path, RESULTS / "latest.json")
    plot(rows, RESULTS / "bench.png")
    print(f"\nWritten to {path.relative_to(BASE_DIR)} (and bench/results/latest.json, bench/results/bench.png)")


def main():
    args = parse_args()
    sys.path.insert(0, str(BASE_DIR))
    if args.inspect or args.profile:
        if args.profile:
            os.environ.update(bench_environment(args.database[0]))
            profile(args)
        else:
            inspect(args)
        return
    # Turn SIGTERM/SIGHUP (and an inherited ignored SIGINT) into exceptions, so the
    # finally clause in measure() always stops gunicorn.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda signum, frame: sys.exit(128 + signum))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    ensure_wrk()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "gunicorn.log").write_text("")
    manage(bench_environment("sqlite"), "compile_translations")
    manage(bench_environment("sqlite"), "collectstatic", "--noinput", "-v0")
    rows, front_end, scales = [], None, {}
    for database in args.database:
        if database == "postgres" and not postgres_answers():
            print(f"== Skipping PostgreSQL: no server answers at {urlsplit(POSTGRES_URL).netloc}", flush=True)
            continue
        prepare(database, args.scale, args.keep_db)
        scales[database] = (RESULTS / f"{database}.built").read_text()
        for cache_mode in args.cache:
            config_rows, front_end = measure(database, cache_mode, args)
            rows.extend(config_rows)
    if not rows:
        raise SystemExit("Nothing measured.")
    print_table(rows)
    print_front_end(front_end)
    write_results(args, scales, rows, front_end)


if __name__ == "__main__":
    main()
