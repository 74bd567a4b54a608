"""The state database: API, iCalendar update rules, codec round-trips, file modes, crash safety."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time as clock
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd import store as store_mod
from followupd.config import BusinessDays, CheckInRule
from followupd.model import (
    Address,
    Attendee,
    Cls,
    DatePhrase,
    Event,
    FollowUpState,
    FState,
    Kind,
    MessageRef,
    PersonGuess,
    Understanding,
)
from followupd.store import SCHEMA_VERSION, Store, StoreError, decode, dumps, encode, loads

PARIS = ZoneInfo("Europe/Paris")
T0 = datetime(2024, 5, 2, 10, 0, tzinfo=PARIS)


@pytest.fixture
def db():
    s = Store(":memory:")
    yield s
    s.close()


def ref(uid="INBOX/1", account="acct", when=T0, **kw) -> MessageRef:
    return MessageRef(
        account=account,
        uid=uid,
        message_id=f"<{uid.replace('/', '.')}@acme.com>",
        subject="Interview at Acme",
        date=when,
        sender=Address("ann@acme.com", "Ann Lee"),
        **kw,
    )


def event(uid="evt1", sequence=0, **kw) -> Event:
    base = dict(
        uid=uid,
        start=T0,
        end=T0 + timedelta(hours=1),
        summary="Interview: Acme",
        sequence=sequence,
        organizer=Address("ann@acme.com", "Ann"),
        attendees=(Attendee(Address("bob@acme.com", "Bob")),),
    )
    base.update(kw)
    return Event(**base)


# -- basics -----------------------------------------------------------------------------------


def test_a_new_database_is_at_the_latest_schema_and_intact(db):
    assert db.schema_version() == SCHEMA_VERSION >= 1
    assert db.integrity_check() == "ok"


def test_cursors_are_stored_per_account_and_source_and_none_clears_them(db):
    assert db.get_cursor("a", "mail") is None
    db.set_cursor("a", "mail", "123")
    db.set_cursor("a", "calendar:primary", "tok")
    db.set_cursor("b", "mail", "999")
    db.set_cursor("a", "mail", "124")
    assert db.get_cursor("a", "mail") == "124"
    assert db.get_cursor("a", "calendar:primary") == "tok"
    assert db.get_cursor("b", "mail") == "999"
    db.set_cursor("a", "mail", None)
    assert db.get_cursor("a", "mail") is None


def test_account_status_leaves_what_is_not_given_and_none_clears_an_error(db):
    db.set_account_status("a", last_sync=T0, error="timeout", auth="ok")
    db.set_account_status("a", error=None)
    status = db.account_statuses()["a"]
    assert status == {"last_sync": T0, "error": None, "auth": "ok"}
    assert status["last_sync"].tzinfo == PARIS


def test_a_message_round_trips_with_its_understanding(db):
    und = Understanding(
        cls=Cls.STATUS_UPDATE,
        score=0.9,
        employer_key="acme.com",
        people=(PersonGuess(Address("ann@acme.com", "Ann"), "recruiter"),),
        promised=DatePhrase(date(2024, 5, 10), "by Friday"),
    )
    r = ref(to=(Address("me@example.com"),), cls=Cls.STATUS_UPDATE)
    assert db.put_message("acct", r.uid, "inbox", r, und)
    assert db.has_message("acct", r.uid)
    assert not db.has_message("other", r.uid)
    assert db.messages() == [(r, und)]
    assert db.message_count() == 1


def test_put_message_replaces_and_messages_come_oldest_first(db):
    late, early = ref("INBOX/2", when=T0 + timedelta(days=1)), ref("INBOX/1")
    db.put_message("acct", late.uid, "inbox", late, None)
    db.put_message("acct", early.uid, "inbox", early, None)
    db.put_message("acct", early.uid, "inbox", early, Understanding(cls=Cls.NOISE))
    assert [(r.uid, u and u.cls) for r, u in db.messages(noise=True)] == [
        ("INBOX/1", Cls.NOISE),
        ("INBOX/2", None),
    ]
    # Noise is left out unless asked for: it never joins a record.
    assert [r.uid for r, u in db.messages()] == ["INBOX/2"]
    db.delete_messages([("acct", "INBOX/2")])
    assert db.message_count() == 1


def test_a_failure_counts_attempts_and_clears_once_the_message_is_stored(db):
    db.record_failure("acct", "INBOX/9", "bad MIME", T0)
    db.record_failure("acct", "INBOX/9", "still bad", T0 + timedelta(minutes=5))
    [f] = db.failures()
    assert (f["uid"], f["error"], f["attempts"]) == ("INBOX/9", "still bad", 2)
    assert f["when"] == T0 + timedelta(minutes=5) and f["first"] == T0
    db.put_message("acct", "INBOX/9", "inbox", ref("INBOX/9"), None)
    assert db.failures() == []


def test_followups_upsert_and_read_back(db):
    s = FollowUpState("thank_you:acme.com/_:evt1:bob@acme.com", Kind.THANK_YOU, FState.PLANNED, due=T0)
    db.put_followup(s)
    drafted = FollowUpState(
        s.key, s.kind, FState.DRAFTED, account="acct", due=T0, draft_id="d1",
        content_hash="abc", drafted_at=T0 + timedelta(hours=3),
    )
    db.put_followup(drafted)
    assert db.get_followup(s.key) == drafted
    assert db.get_followup("nope") is None
    assert db.followups() == {s.key: drafted}


def test_flags_set_and_clear(db):
    db.set_flag("acme.com", "muted", True)
    db.set_flag("acme.com", "closed", True)
    db.set_flag("acme.com", "muted", False)
    db.set_flag("globex.com", "muted", True)
    assert db.flags() == {"acme.com": {"closed"}, "globex.com": {"muted"}}
    with pytest.raises(ValueError):
        db.set_flag("acme.com", "starred", True)


def test_a_forgotten_message_or_event_is_never_stored_again(db):
    r = ref()
    db.put_message("acct", r.uid, "inbox", r, None)
    db.put_event("acct", event())
    db.set_flag("acme.com", "muted", True)
    db.forget("acme.com", [("acct", r.uid)], ["evt1"])
    assert db.messages() == [] and db.events() == [] and db.flags() == {}
    assert db.is_forgotten("acct", r.uid) and db.known("acct", r.uid)
    assert db.put_message("acct", r.uid, "inbox", r, None) is False
    assert db.put_event("acct", event(sequence=5)) is False
    assert db.messages() == [] and db.events() == []


# -- events -------------------------------------------------------------------------------------


def test_an_event_is_stored_with_the_message_that_carried_it(db):
    m = ref()
    assert db.put_event("acct", event(), via=m) is True
    assert db.events() == [("acct", event(), m)]


def test_the_same_event_again_changes_nothing(db):
    assert db.put_event("acct", event())
    assert db.put_event("acct", event()) is False


def test_a_lower_sequence_never_replaces_a_higher_one(db):
    db.put_event("acct", event(sequence=2, summary="moved"))
    assert db.put_event("acct", event(sequence=1, summary="old")) is False
    assert db.events()[0][1].summary == "moved"


def test_at_an_equal_sequence_the_later_write_wins(db):
    db.put_event("acct", event(sequence=1, summary="a"))
    assert db.put_event("acct", event(sequence=1, summary="b"))
    assert db.events()[0][1].summary == "b"


def test_a_cancellation_keeps_the_details_and_is_not_undone_by_an_old_invitation(db):
    m = ref()
    db.put_event("acct", event(sequence=1), via=m)
    bare_cancel = event(sequence=1, method="CANCEL", summary="", attendees=())
    assert db.put_event("acct", bare_cancel)
    [(_, stored, via)] = db.events()
    assert stored.cancelled and stored.summary == "Interview: Acme" and stored.attendees
    assert via == m  # still known after a calendar copy without a message
    assert db.put_event("acct", event(sequence=1)) is False
    assert db.events()[0][1].cancelled
    assert db.put_event("acct", event(sequence=2, summary="rescheduled"))
    assert not db.events()[0][1].cancelled


def test_a_cancellation_with_a_lower_sequence_is_ignored(db):
    db.put_event("acct", event(sequence=3))
    assert db.put_event("acct", event(sequence=2, status="cancelled")) is False
    assert not db.events()[0][1].cancelled


def test_events_are_kept_per_account_and_deleted_by_key(db):
    db.put_event("a", event("e1"))
    db.put_event("b", event("e1"))
    db.put_event("a", event("e2", recurrence_id="20240502T100000Z"))
    assert len(db.events()) == 3
    db.delete_events([("a", "e1")])
    assert sorted((a, e.key) for a, e, _ in db.events()) == [
        ("a", "e2@20240502T100000Z"),
        ("b", "e1"),
    ]
    db.delete_events(["e1"])
    assert [e.key for _, e, _ in db.events()] == ["e2@20240502T100000Z"]


# -- transactions ------------------------------------------------------------------------------


def test_a_transaction_that_raises_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.set_cursor("a", "mail", "1")
            db.put_message("acct", "INBOX/1", "inbox", ref(), None)
            raise RuntimeError("boom")
    assert db.get_cursor("a", "mail") is None and db.message_count() == 0


def test_a_nested_transaction_rolls_back_alone_and_commits_with_the_outer(db):
    with db.transaction():
        db.set_cursor("a", "mail", "outer")
        with pytest.raises(RuntimeError):
            with db.transaction():
                db.set_cursor("a", "mail", "inner")
                raise RuntimeError
        assert db.get_cursor("a", "mail") == "outer"
    assert db.get_cursor("a", "mail") == "outer"


def test_a_second_connection_sees_only_committed_state(tmp_path):
    path = str(tmp_path / "f.db")
    with Store(path) as a, Store(path) as b:
        with a.transaction():
            a.set_cursor("x", "mail", "1")
            assert b.get_cursor("x", "mail") is None
        assert b.get_cursor("x", "mail") == "1"


# -- files ---------------------------------------------------------------------------------------


def test_the_database_and_its_folder_are_private(tmp_path):
    path = tmp_path / "data" / "followupd" / "followupd.db"
    old = os.umask(0o022)
    try:
        with Store(str(path)) as s:
            s.set_cursor("a", "mail", "1")
            for f in (path, path.with_name("followupd.db-wal"), path.with_name("followupd.db-shm")):
                if f.exists():
                    assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
            assert path.with_name("followupd.db-wal").exists()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_database_uses_wal_and_foreign_keys(tmp_path):
    with Store(str(tmp_path / "f.db")) as s:
        assert s._q("PRAGMA journal_mode")[0][0] == "wal"
        assert s._q("PRAGMA foreign_keys")[0][0] == 1


def test_reopening_keeps_state_and_does_not_migrate_again(tmp_path):
    path = str(tmp_path / "f.db")
    with Store(path) as s:
        s.put_followup(FollowUpState("k", Kind.CHECK_IN, FState.SKIPPED, reason="muted"))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.get_followup("k").reason == "muted"


def test_a_database_from_a_newer_followupd_is_refused_not_damaged(tmp_path):
    path = str(tmp_path / "f.db")
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer followupd"):
        Store(path)


def test_a_failing_migration_leaves_the_database_at_its_old_version(tmp_path, monkeypatch):
    path = str(tmp_path / "f.db")
    Store(path).close()
    monkeypatch.setattr(
        store_mod, "_MIGRATIONS", store_mod._MIGRATIONS + ["CREATE TABLE t(x); SELECT nonsense("]
    )
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.Error):
        Store(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name='t'").fetchall()
    con.close()


def test_no_sql_in_the_store_reads_sqlites_clock():
    source = open(store_mod.__file__).read().upper()
    for clock_fn in ("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "DATETIME('NOW", "STRFTIME("):
        assert clock_fn not in source


def test_a_naive_datetime_is_refused():
    with pytest.raises(ValueError):
        encode(datetime(2024, 1, 1))


# -- codec ----------------------------------------------------------------------------------------

zones = st.sampled_from([timezone.utc, timezone(timedelta(hours=-5)), PARIS, ZoneInfo("Asia/Kolkata")])
# Real instants only: a wall time skipped by a DST change (02:30 on a spring-forward night)
# names no instant, and no clock or parser of ours produces one.
aware = st.builds(
    lambda dt, zone: dt.astimezone(zone),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                 timezones=st.just(timezone.utc)),
    zones,
)
text = st.text(max_size=20)
addresses = st.builds(Address, email=st.emails(), name=text)
attendees = st.builds(Attendee, address=addresses, status=text, organizer=st.booleans(), role=text)
events = st.builds(
    Event,
    uid=text, start=aware, end=aware, summary=text, status=text,
    sequence=st.integers(0, 1000), organizer=st.none() | addresses,
    attendees=st.lists(attendees, max_size=3).map(tuple), timezone=st.none() | text,
    recurrence_id=st.none() | text, method=st.none() | text,
)
refs = st.builds(
    MessageRef,
    account=text, uid=text, message_id=text, subject=text, date=aware,
    sender=st.none() | addresses, to=st.lists(addresses, max_size=3).map(tuple),
    references=st.lists(text, max_size=3).map(tuple), in_reply_to=st.none() | text,
    outgoing=st.booleans(), cls=st.none() | st.sampled_from(Cls),
)
understandings = st.builds(
    Understanding,
    cls=st.sampled_from(Cls), score=st.floats(allow_nan=False, allow_infinity=False),
    employer_key=st.none() | text,
    people=st.lists(st.builds(PersonGuess, address=addresses, role=text), max_size=2).map(tuple),
    promised=st.none() | st.builds(DatePhrase, date=st.dates(), phrase=text),
    documents=st.lists(text, max_size=3).map(tuple),
)
followups = st.builds(
    FollowUpState,
    key=text, kind=st.sampled_from(Kind), state=st.sampled_from(FState),
    due=st.none() | aware, draft_id=st.none() | text, touched=st.booleans(),
    drafted_at=st.none() | aware,
)
offsets = st.timedeltas() | st.builds(BusinessDays, st.integers(0, 30))
rules = st.builds(CheckInRule, after_promise=offsets, without_promise=offsets, max_count=st.integers())


@settings(max_examples=60, deadline=None)
@given(st.one_of(events, refs, understandings, followups, rules))
def test_every_model_value_round_trips_through_the_codec(value):
    back = loads(type(value), dumps(value))
    assert back == value
    assert dumps(back) == dumps(value)


@settings(max_examples=30, deadline=None)
@given(aware)
def test_a_stored_time_keeps_its_instant_and_its_zone(dt):
    back = decode(datetime, encode(dt))
    assert back == dt and back.utcoffset() == dt.utcoffset()
    if isinstance(dt.tzinfo, ZoneInfo):
        assert back.tzinfo == dt.tzinfo


@settings(max_examples=30, deadline=None)
@given(st.sets(st.integers()), st.frozensets(text), st.dictionaries(st.integers(), text))
def test_sets_and_non_string_keyed_dicts_round_trip(s, fs, d):
    assert decode(set[int], encode(s)) == s
    assert decode(frozenset[str], encode(fs)) == fs
    assert decode(dict[int, str], encode(d)) == d


def test_a_row_written_before_a_field_existed_still_loads():
    data = encode(FollowUpState("k", Kind.THANK_YOU, FState.PLANNED))
    del data["reason"]
    data["field_from_the_future"] = 1
    assert decode(FollowUpState, data) == FollowUpState("k", Kind.THANK_YOU, FState.PLANNED)


def test_times_of_day_and_dates_round_trip():
    assert decode(time, encode(time(8, 30))) == time(8, 30)
    assert decode(date, encode(date(2024, 2, 29))) == date(2024, 2, 29)


# -- crash safety ---------------------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from followupd.model import FollowUpState, FState, Kind
    from followupd.store import Store
    s = Store(sys.argv[1])
    start = int(sys.argv[2])
    print("ready", flush=True)
    for i in range(start, start + 100000):
        with s.transaction():
            for j in range(5):
                s.put_followup(FollowUpState(f"{i}:{j}", Kind.CHECK_IN, FState.PLANNED))
            s.set_cursor("acct", "mail", str(i))
    """
)


def test_a_writer_killed_at_random_instants_leaves_whole_transactions(tmp_path):
    path = str(tmp_path / "crash.db")
    rng = random.Random(1234)
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    start = 0
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, path, str(start)],
            stdout=subprocess.PIPE, env=env,
        )
        assert proc.stdout.readline().strip() == b"ready"
        clock.sleep(rng.uniform(0.05, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        with Store(path) as s:
            assert s.integrity_check() == "ok"
            per_txn: dict[int, int] = {}
            for key in s.followups():
                i = int(key.split(":")[0])
                per_txn[i] = per_txn.get(i, 0) + 1
            assert per_txn, "the writer committed nothing before being killed"
            assert set(per_txn.values()) == {5}, "a transaction was cut in half"
            last = max(per_txn)
            assert s.get_cursor("acct", "mail") == str(last)
            assert sorted(per_txn) == list(range(last + 1))
            start = last + 1
