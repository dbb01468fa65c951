"""How the command line says things: exit codes, errors, changes and alarms, on standard error."""

from __future__ import annotations

import sys

EXIT_USAGE, EXIT_NAN, EXIT_INTERRUPTED = 2, 3, 130


def fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def print_changes(changes) -> None:
    for change in changes:
        print(f"Change at {change.describe()}", file=sys.stderr)


def print_alarms(alarms) -> None:
    for alarm in alarms:
        print(f"ALARM at iteration {alarm.iteration}: {alarm.title}. {alarm.message}", file=sys.stderr)
