"""Invariants of the engine over random hiring processes (Hypothesis, stateful):

- never two drafts for one follow-up key in Drafts;
- a draft the user deleted is never re-created; one they edited is never rewritten or removed;
- a pass right after a pass creates and retracts nothing;
- the user's own mail is never modified.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from world import USER, World, ics_event

from followupd.model import FState

NY = ZoneInfo("America/New_York")
PEOPLE = [("Maya Chen", "maya.chen@northwind-analytics.com"),
          ("Dana Reyes", "dana.reyes@northwind-analytics.com"),
          ("Priya Raman", "priya.raman@halcyonhealth.com")]
BODIES = {
    "invitation": "Hi Alex,\n\nWe would like to invite you to an interview for the Data Engineer "
                  "position. Could you share your availability?\n\nBest,\n{name}\nRecruiter\n",
    "promise": "Hi Alex,\n\nThanks for meeting the team. We will get back to you by Friday."
               "\n\nBest,\n{name}\n",
    "rejection": "Hi Alex,\n\nThank you for your time. Unfortunately we have decided to move "
                 "forward with other candidates.\n\n{name}\n",
    "documents": "Hi Alex,\n\nCould you please send us two references by Thursday?\n\n{name}\n",
}


class EngineMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="followupd-prop-"))
        self.w = World(self.tmp, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY))
        self.deleted: set[str] = set()
        self.edited: dict[str, str] = {}
        self.snapshot: dict[str, str] | None = None
        self.n = 0

    def teardown(self):
        self.w.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    @rule(kind=st.sampled_from(sorted(BODIES)), who=st.sampled_from(PEOPLE))
    def employer_writes(self, kind, who):
        name, addr = who
        self.w.deliver(self.w.mail(frm=f"{name} <{addr}>", subject="Data Engineer interview",
                                   body=BODIES[kind].format(name=name)))

    @rule(days=st.integers(0, 6), hour=st.integers(7, 20), who=st.sampled_from(PEOPLE[1:]))
    def interview_on_the_calendar(self, days, hour, who):
        self.n += 1
        start = (self.w.t + timedelta(days=days)).replace(hour=hour, minute=0, second=0,
                                                          microsecond=0)
        self.w.put_event(f"e{self.n}", ics_event(
            f"e{self.n}@test", start, start + timedelta(hours=1),
            summary="Interview – Data Engineer", organizer=PEOPLE[0],
            attendees=[("Alex Morgan", USER), who]))

    @rule(hours=st.integers(1, 60))
    def time_passes(self, hours):
        self.w.run_until(self.w.t + timedelta(hours=hours))

    @precondition(lambda self: self.w.drafts())
    @rule(data=st.data())
    def user_deletes_a_draft(self, data):
        d = data.draw(st.sampled_from(self.w.drafts()))
        if d.key in self.edited:
            return
        self.w.user_deletes_draft(d)
        self.deleted.add(d.key)

    @precondition(lambda self: self.w.drafts())
    @rule(data=st.data())
    def user_edits_a_draft(self, data):
        d = data.draw(st.sampled_from(self.w.drafts()))
        text = f"My own words {len(self.edited)}."
        self.w.user_edits_draft(d, text)
        self.edited[d.key] = text

    @precondition(lambda self: self.w.drafts())
    @rule(data=st.data())
    def user_sends_a_draft(self, data):
        d = data.draw(st.sampled_from(self.w.drafts()))
        self.w.user_sends_draft(d)
        self.edited.pop(d.key, None)
        self.deleted.add(d.key)  # gone from Drafts for good

    @rule()
    def a_pass_after_a_pass_does_nothing(self):
        self.w.run()
        again = self.w.run()
        assert again.drafted == [] and again.retracted == []

    @invariant()
    def one_draft_per_key(self):
        keys = [d.key for d in self.w.drafts()]
        assert len(keys) == len(set(keys))

    @invariant()
    def deleted_drafts_stay_deleted(self):
        keys = {d.key for d in self.w.drafts()}
        assert not keys & self.deleted

    @invariant()
    def edited_drafts_are_the_users(self):
        present = {d.key: d.body for d in self.w.drafts()}
        for key, text in self.edited.items():
            assert key in present, "an edited draft was removed"
            assert text in present[key]
            st_ = self.w.store.get_followup(key)
            assert st_ is None or st_.state is not FState.RETRACTED

    @invariant()
    def the_users_mail_is_never_modified(self):
        snap = self.w.user_mail_snapshot()
        if self.snapshot is not None:
            for name, digest in self.snapshot.items():
                assert snap.get(name) == digest
        self.snapshot = snap


EngineMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_engine_invariants = EngineMachine.TestCase
