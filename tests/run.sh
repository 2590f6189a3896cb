#!/usr/bin/env bash
# The one test command: lint, format check, type checks and the whole pytest suite.
#
#   bash tests/run.sh [extra pytest args, e.g. -k gateway]
#
# From a fresh clone it needs only Python 3.11+: it creates .venv when missing and
# installs the project with its test extras. pytest runs with Qt's offscreen platform,
# inside `dbus-run-session` when that exists (the real-keyring tests start their own
# private gnome-keyring; without gnome-keyring/dbus they skip and say why).
#
# Every step runs even if an earlier one failed; the script exits non-zero if any did.
# Knobs: PYTHON=python3.12 (interpreter used to create .venv), SKIP_INSTALL=1 (reuse
# .venv as is), FORMAT_CHECK=0 (skip `ruff format --check`).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PYTHONUNBUFFERED=1
export QT_QPA_PLATFORM=offscreen

if [ -t 1 ]; then
    say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
else
    say() { printf '\n==> %s\n' "$*"; }
fi

find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ]; then
    if ! python=$(find_python); then
        echo "tests/run.sh: Python 3.11 or newer is required (set PYTHON=...)." >&2
        exit 2
    fi
    say "creating .venv with $python"
    "$python" -m venv .venv
fi
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    say "pip install -e '.[test]'"
    .venv/bin/python -m pip install --quiet -e '.[test]'
fi

failed=()
results=()
step() {  # step NAME COMMAND...: run, remember the outcome, never abort the script
    local name=$1
    shift
    say "$name"
    if "$@"; then
        results+=("ok      $name")
    else
        local rc=$?
        results+=("FAILED  $name (exit $rc)")
        failed+=("$name")
    fi
}

step "ruff check" .venv/bin/ruff check .
if [ "${FORMAT_CHECK:-1}" != 0 ]; then
    step "ruff format --check" .venv/bin/ruff format --check .
fi
step "mypy services (strict)" .venv/bin/mypy services
step "mypy desktop widgets" .venv/bin/mypy desktop widgets

pytest_cmd=(.venv/bin/python -m pytest)
if [ -t 1 ]; then
    pytest_cmd+=(--color=yes)  # output goes through tee, which pytest can't see is a tty
fi
pytest_cmd+=("$@")
if command -v dbus-run-session >/dev/null 2>&1; then
    pytest_cmd=(dbus-run-session -- "${pytest_cmd[@]}")
else
    echo "note: dbus-run-session not found; running pytest without a session bus." >&2
fi
say "pytest: ${pytest_cmd[*]}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
"${pytest_cmd[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" |
    grep -E '^=+ .*(passed|failed|error|skipped|deselected|no tests ran).* =+$' |
    tail -n 1 | sed -E 's/^=+ //; s/ =+$//' || true)
case $rc in
    0) results+=("ok      pytest  ${summary}") ;;
    5)
        results+=("FAILED  pytest: no tests were collected (exit 5)")
        failed+=(pytest)
        ;;
    *)
        results+=("FAILED  pytest (exit $rc)  ${summary}")
        failed+=(pytest)
        ;;
esac

say "summary"
printf '  %s\n' "${results[@]}"
# pytest's own closing line, restated plainly as the last word on the run
# (awk, not grep: a pattern that matches nothing must not end the script under pipefail)
passed=$(awk '{for (i = 2; i <= NF; i++) if ($i ~ /^passed/) n += $(i - 1)} END {print n + 0}' \
    <<<"$summary")
failures=$(awk '{for (i = 2; i <= NF; i++) if ($i ~ /^(failed|errors?)/) n += $(i - 1)}
    END {print n + 0}' <<<"$summary")
if [ ${#failed[@]} -gt 0 ]; then
    echo "tests/run.sh: ${#failed[@]} step(s) failed: ${failed[*]}" >&2
    echo "pytest: ${passed:-0} passed, ${failures:-0} failed"
    exit 1
fi
echo "tests/run.sh: all checks passed"
echo "pytest: ${passed:-0} passed, ${failures:-0} failed"
