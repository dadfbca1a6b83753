#!/usr/bin/env python
"""Load benchmark: how fast the site serves its pages, relative to Django itself.

`make bench` builds a separate SQLite database with the demo content
(bench/results/bench.sqlite3, media and static files in bench/results/), starts
gunicorn (2 workers, production settings from hub.settings.bench, plain HTTP on a
free port on 127.0.0.1) and runs wrk against each URL for a fixed time. Per URL it
prints:

- requests/s and median (p50) latency under wrk's load;
- SQL queries per request, counted in-process with Django's test client and
  CaptureQueriesContext after one warm-up request (same settings, same database);
- the ratio of its requests/s to the floor's: /bench/floor/ is a view that returns
  "ok" through the full middleware stack, measured first in the same run.

Why ratios: absolute requests/s depend on the machine and whatever else runs on it.
The floor carries the same costs (gunicorn, WSGI, middleware, the same CPUs at the
same moment), so the ratio is what the page's own work (queries, templates,
serialisation) leaves of the server's capacity, and it is the number to compare
between runs and machines. The query count shows where that work goes.

Results are also written as JSON to bench/results/. Nothing is asserted.

CACHE_URL / REDIS_URL / ELASTICSEARCH_URL pass through from the environment, so
e.g. `REDIS_URL=redis://127.0.0.1:6379/2 make bench` measures with Redis.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results"
DATABASE = RESULTS / "bench.sqlite3"
HOST = "127.0.0.1"  # the only host this script ever sends requests to
FLOOR = "/bench/floor/"


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


# The URLs measured, in this order (the floor always comes first). An entry is a
# path, or a function called once Django is set up against the benchmark database
# that returns a path or None (skipped): use one when the URL depends on content.
# Extension point: add entries here, or, from a plugin, register a Wagtail hook
# "register_benchmark_urls" returning a list of paths (see collect_urls), or pass
# --url on the command line.
URLS = [
    FLOOR,
    "/fi/",
    first_live_page("home.StandardPage", "fi"),
    "/api/v2/pages/?locale=fi",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL (10)")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of unmeasured wrk per URL (1)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--url", action="append", default=[], help="an extra path to measure")
    parser.add_argument("--keep-db", action="store_true", help="reuse the benchmark database if it exists")
    return parser.parse_args()


def bench_environment():
    """Environment for this process and every child: benchmark settings and storage."""
    return {
        "DJANGO_SETTINGS_MODULE": "hub.settings.bench",
        "DATABASE_URL": f"sqlite:///{DATABASE}",
        "MEDIA_ROOT": str(RESULTS / "media"),
        "STATIC_ROOT": str(RESULTS / "static"),
        "SECRET_KEY": "benchmark-only-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "BENCHMARK_FLOOR": "1",
        "PYTHONUNBUFFERED": "1",
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


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, check=True)


def prepare(keep_db):
    """Translations, a fresh database with the demo content, collected static files."""
    RESULTS.mkdir(exist_ok=True)
    manage("compile_translations")
    if keep_db and DATABASE.exists():
        print(f"== Reusing {DATABASE.relative_to(BASE_DIR)}", flush=True)
    else:
        print(f"== Building {DATABASE.relative_to(BASE_DIR)} (migrate, load_demo)", flush=True)
        for path in RESULTS.glob("bench.sqlite3*"):
            path.unlink()
        shutil.rmtree(RESULTS / "media", ignore_errors=True)
        manage("migrate", "--noinput", "-v0")
        manage("load_demo")
    manage("collectstatic", "--noinput", "-v0")


def collect_urls(extra):
    """The paths to measure: URLS, then the register_benchmark_urls hooks, then extra."""
    from wagtail import hooks

    entries = [*URLS]
    for hook in hooks.get_hooks("register_benchmark_urls"):
        entries.extend(hook())
    entries.extend(extra)
    paths = []
    for entry in entries:
        path = entry() if callable(entry) else entry
        if not path or not path.startswith("/") or path.startswith("//"):
            print(f"   skipped {getattr(entry, 'label', entry)!r}: no local path ({path!r})")
        elif path not in paths:
            paths.append(path)
    return paths


def count_queries(paths):
    """{path: (status, SQL queries)} for one request each, after a warm-up request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for path in paths:
        # A fresh client per request: wrk sends no cookies either.
        Client(HTTP_HOST=HOST, raise_request_exception=False).get(path)
        with CaptureQueriesContext(connection) as queries:
            status = Client(HTTP_HOST=HOST, raise_request_exception=False).get(path).status_code
        counts[path] = (status, len(queries))
    return counts


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(port, workers):
    log = open(RESULTS / "gunicorn.log", "w")
    command = [
        sys.executable, "-m", "gunicorn", "hub.wsgi:application",
        "--bind", f"{HOST}:{port}", "--workers", str(workers), "--log-level", "warning",
    ]
    return subprocess.Popen(command, cwd=BASE_DIR, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


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
        "--timeout", "10s", "-s", str(BENCH_DIR / "report.lua"), url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    result = json.loads(line.removeprefix("BENCH_JSON "))
    result["requests_per_second"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def print_table(rows):
    width = max(len(row["path"]) for row in rows)
    print(f"\n{'URL':<{width}}  status  req/s     p50 ms  p99 ms  queries  vs floor  non-2xx")
    for row in rows:
        ratio = f"{row['ratio_to_floor']:.3f}" if row["ratio_to_floor"] is not None else "-"
        print(
            f"{row['path']:<{width}}  {row['status']:>6}  {row['requests_per_second']:>8.1f}"
            f"  {row['p50_us'] / 1000:>6.2f}  {row['p99_us'] / 1000:>6.2f}  {row['queries']:>7}"
            f"  {ratio:>8}  {row['non_2xx_3xx']:>7}"
        )


def git_commit():
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True)
    return result.stdout.strip() or None


def write_json(args, rows):
    stamp = datetime.now(timezone.utc)
    report = {
        "time": stamp.isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": {k: v for k, v in vars(args).items() if k != "url"}
        | {"cache": os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL") or "locmem"},
        "results": rows,
    }
    path = RESULTS / f"bench-{stamp:%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    shutil.copyfile(path, RESULTS / "latest.json")
    print(f"\nWritten to {path.relative_to(BASE_DIR)} (and bench/results/latest.json)")


def main():
    args = parse_args()
    # Turn SIGTERM/SIGHUP (and an inherited ignored SIGINT) into exceptions, so the
    # finally clause below always stops gunicorn.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda signum, frame: sys.exit(128 + signum))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.environ.update(bench_environment())
    sys.path.insert(0, str(BASE_DIR))
    ensure_wrk()
    prepare(args.keep_db)

    import django
    from django.db import connections

    django.setup()
    print("== Counting SQL queries per request", flush=True)
    paths = collect_urls(args.url)
    queries = count_queries(paths)
    connections.close_all()

    port = free_port()
    print(
        f"== gunicorn on {HOST}:{port} ({args.workers} workers); wrk {args.duration} s per URL,"
        f" {args.connections} connections, {min(args.threads, args.connections)} threads",
        flush=True,
    )
    rows = []
    server = start_gunicorn(port, args.workers)
    try:
        wait_until_up(server, port)
        for path in paths:
            url = f"http://{HOST}:{port}{path}"
            if args.warmup:
                run_wrk(url, args.warmup, args.connections, args.threads)
            result = run_wrk(url, args.duration, args.connections, args.threads)
            status, count = queries[path]
            rows.append({"path": path, "status": status, "queries": count, **result})
            print(f"   {path}: {result['requests_per_second']:.1f} req/s", flush=True)
    finally:
        stop(server)

    floor = next((row["requests_per_second"] for row in rows if row["path"] == FLOOR), None)
    for row in rows:
        row["ratio_to_floor"] = row["requests_per_second"] / floor if floor else None
    print_table(rows)
    write_json(args, rows)


if __name__ == "__main__":
    main()
