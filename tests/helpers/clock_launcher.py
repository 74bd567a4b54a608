"""Test-only: run `followupd` on a simulated clock (SPEC §10).

    python tests/helpers/clock_launcher.py START_ISO JUMP -- followupd-args…

starts ``time_machine.travel(START, tick=True)`` (the clock runs from START at real speed), and
moves it forward by JUMP (a followupd duration, e.g. "3d") each time the process gets SIGUSR1 —
a laptop waking up after a long sleep. Then it runs ``followupd.cli.main`` with the arguments.
The daemon installs its own SIGTERM/SIGHUP handlers; SIGUSR1 is left to this launcher.
"""

from __future__ import annotations

import signal
import sys
from datetime import datetime

import time_machine

from followupd.config import parse_duration


def main() -> int:
    start, jump, sep, *rest = sys.argv[1:]
    assert sep == "--", "usage: clock_launcher.py START_ISO JUMP -- ARGS…"
    traveller = time_machine.travel(datetime.fromisoformat(start), tick=True)
    coordinates = traveller.start()
    delta = parse_duration(jump)

    def on_usr1(signum, frame):
        coordinates.shift(delta)

    signal.signal(signal.SIGUSR1, on_usr1)
    from followupd.cli import main as cli_main

    return cli_main(rest)


if __name__ == "__main__":
    sys.exit(main())
