# Yhdessä: `make run` sets everything up and serves the site; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

# The W3C's Nu HTML Checker (needs Java and npm, both on the machines we run on).
VNU := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: run install setup worker backup restore test audit lint messages bench clean

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(BIN)/activate

install: $(BIN)/activate

setup: install
	$(MANAGE) compile_translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) setup_roles --demo-users
	$(MANAGE) ensure_admin

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

# Scheduled publishing and unpublishing, and the apps' periodic clean-ups; run it
# beside the web server (in production as a service, e.g. a systemd unit).
worker: install
	$(MANAGE) run_scheduler

# The database and MEDIA_ROOT into $(BACKUP_DIR)/yhdessa-YYYYmmdd-HHMMSS.tar.gz; and
# back (replaces both: asks first, CONFIRM=1 does not). See README.md, "Backups".
BACKUP_DIR ?= backups

backup: install
	$(MANAGE) backup_site --output-dir "$(BACKUP_DIR)"

restore: install
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=$(BACKUP_DIR)/yhdessa-YYYYmmdd-HHMMSS.tar.gz [CONFIRM=1]"; exit 2; }
	$(MANAGE) restore_site "$(BACKUP)" $(if $(filter 1 yes,$(CONFIRM)),--yes)

$(VNU): | $(BIN)/activate
	npm install --silent --no-audit --no-fund --ignore-scripts --prefix $(VENV)/vnu vnu-jar@26.9.27

# Two workers for the two cores; a test file stays on one worker, so a module's
# fixtures (the demo content) are built once. Files keep pytest-django's order:
# the transactional browser tests, which empty the database, come last on each
# worker. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2

test: install $(VNU)
	$(MANAGE) compile_translations
	$(BIN)/lint-imports
	$(BIN)/pytest --numprocesses $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# Known vulnerabilities in the installed (pinned) packages; says so plainly when
# no vulnerability service can be reached. AUDIT_REQUIRED=1 makes that an error.
audit: install
	$(BIN)/python .ci/audit.py

# The core's strings go to locale/, each plugin's to its own <app>/locale/.
PLUGIN_DIRS := $(patsubst %/locale/,%,$(filter-out locale/,$(wildcard */locale/)))

messages: install
	$(MANAGE) makemessages --locale fi --locale sv --ignore ".venv/*" --ignore "tests/*" --ignore "bench/*" \
		$(foreach dir,$(PLUGIN_DIRS),--ignore "$(dir)/*")
	for dir in $(PLUGIN_DIRS); do (cd $$dir && ../$(BIN)/python ../manage.py makemessages --locale fi --locale sv) || exit 1; done
	$(MANAGE) compile_translations

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
