"""Audit the virtualenv's packages for known vulnerabilities with pip-audit.

Run by `make audit` and by CI. Exits 1 when a vulnerability is found in an
installed package. pip-audit needs a vulnerability service: PyPI's per-release
JSON API or OSV. Where neither answers (a network that reaches only the package
indexes), pip-audit would say "No known vulnerabilities found" while it checked
nothing, so this script says plainly that the audit was not done. It then exits 0,
or 1 when AUDIT_REQUIRED=1 (for a machine that should reach a service).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

PIP_AUDIT = Path(sys.executable).with_name("pip-audit")
SERVICES = ("pypi", "osv")
# The project itself is installed (for its dependencies) but is not on PyPI.
OWN_DISTRIBUTIONS = {"yhdessa"}


def run_pip_audit(service):
    """Returns pip-audit's report as a dict, or None with the reason it failed."""
    completed = subprocess.run(
        [str(PIP_AUDIT), "--vulnerability-service", service, "--format", "json", "--progress-spinner", "off"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        return json.loads(completed.stdout), ""
    except json.JSONDecodeError:
        lines = (completed.stderr.strip() or "no output").splitlines()
        return None, lines[-1]


def audit(service):
    """Returns (audited, skipped, vulnerable) dependencies, or None and the failure."""
    report, failure = run_pip_audit(service)
    if report is None:
        return None, failure
    deps = [d for d in report["dependencies"] if d["name"] not in OWN_DISTRIBUTIONS]
    skipped = [d for d in deps if "skip_reason" in d]
    audited = [d for d in deps if "skip_reason" not in d]
    vulnerable = [d for d in audited if d.get("vulns")]
    return (audited, skipped, vulnerable), ""


def print_vulnerable(vulnerable):
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release"
            print(f"VULNERABLE: {dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixed})")


def main():
    failures = []
    for service in SERVICES:
        result, failure = audit(service)
        if result is None:
            failures.append(f"{service}: pip-audit failed: {failure}")
            continue
        audited, skipped, vulnerable = result
        if not audited:
            reason = skipped[0]["skip_reason"] if skipped else "no packages"
            failures.append(f"{service}: no package could be audited (e.g. {reason})")
            continue
        print(f"pip-audit ({service}): {len(audited)} packages audited, {len(vulnerable)} vulnerable.")
        for dep in skipped:
            print(f"  not audited: {dep['name']}: {dep['skip_reason']}")
        print_vulnerable(vulnerable)
        return 1 if vulnerable else 0

    print("DEPENDENCY AUDIT NOT DONE: no vulnerability service could be reached.")
    for failure in failures:
        print(f"  {failure}")
    print("Run `make audit` where PyPI's per-release JSON API or the OSV service answers.")
    return 1 if os.environ.get("AUDIT_REQUIRED") == "1" else 0


if __name__ == "__main__":
    sys.exit(main())
