"""The whole program on a simulated clock (SPEC §10): `followupd run --once` processes started
under time-machine at chosen instants, on a Maildir whose invitation came by mail (an ICS
attachment, no calendar folder). The program reads Python's clock at each use, so the drafts
appear exactly when due and never twice."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from world import USER, World, ics_event

from followupd.model import Kind

NY = ZoneInfo("America/New_York")
LAUNCHER = Path(__file__).parent / "helpers" / "clock_launcher.py"


def run_once_at(w: World, when: datetime) -> str:
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, FOLLOWUPD_CONFIG=w.config_path, FOLLOWUPD_NOTIFY="0",
               PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    out = subprocess.run(
        [sys.executable, str(LAUNCHER), when.isoformat(), "1s", "--", "run", "--once"],
        env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_run_once_on_a_simulated_clock_drafts_on_time_and_once(tmp_path):
    w = World(tmp_path, start=datetime(2026, 3, 2, 9, 0, tzinfo=NY))
    try:
        invite = ics_event("int-77@brightleaf.io", w.at(2026, 3, 4, 10, 0),
                           w.at(2026, 3, 4, 11, 0), summary="Brightleaf interview",
                           organizer=("Jordan Ellis", "jordan.ellis@brightleaf.io"),
                           attendees=[("Alex Morgan", USER), ("Sam Okafor", "sam.okafor@brightleaf.io")],
                           method="REQUEST")
        w.deliver(w.mail(
            frm="Jordan Ellis <jordan.ellis@brightleaf.io>",
            subject="Interview confirmed: Product Analyst at Brightleaf",
            body="Hi Alex,\n\nYour interview for the Product Analyst role is confirmed for "
                 "Wednesday at 10:00. The invitation is attached.\n\nJordan Ellis\n"
                 "Recruiting Coordinator, Brightleaf\n",
            ics=invite))
        run_once_at(w, w.at(2026, 3, 2, 9, 5))
        run_once_at(w, w.at(2026, 3, 4, 13, 59))
        assert w.drafts(Kind.THANK_YOU) == []  # due at 14:00, not a minute before
        run_once_at(w, w.at(2026, 3, 4, 14, 0, 30))
        drafts = w.drafts(Kind.THANK_YOU)
        assert [d.to for d in drafts] == [["sam.okafor@brightleaf.io"]]
        run_once_at(w, w.at(2026, 3, 5, 9, 0))
        assert len(w.drafts(Kind.THANK_YOU)) == 1
        st = w.states(Kind.THANK_YOU)[0]
        assert st.drafted_at.astimezone(NY).replace(second=0, microsecond=0) == \
            w.at(2026, 3, 4, 14, 0)
    finally:
        w.close()
