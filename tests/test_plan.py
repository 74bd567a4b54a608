import copy
import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.config import Config, Paths, Rules, ThankYouRule, UserConfig
from followupd.model import (
    Address,
    Application,
    Attendee,
    Cls,
    DatePhrase,
    DocRequest,
    Employer,
    FollowUpState,
    FState,
    Interview,
    Kind,
    MessageRef,
    Person,
    Stage,
)
from followupd.plan import followup_key, plan
from followupd.timing import WorkCalendar

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
ME = "alex.morgan@example.com"
CONFIG = Config(
    user=UserConfig(name="Alex Morgan", email=(ME,), timezone="America/New_York", country="US",
                    signature="Alex Morgan\n+1 555 0100"),
    accounts=(),
    paths=Paths("/nonexistent/config.toml", "/nonexistent", "/nonexistent"),
)
CAL = WorkCalendar.from_config(CONFIG, range(2025, 2029))

RECRUITER = Address("priya.shah@acme-robotics.com", "Priya Shah")
MARIA = Address("maria.lopez@acme-robotics.com", "Maria Lopez")
KENJI = Address("kenji.sato@acme-robotics.com", "Kenji Sato")
DAN = Address("dan.wu@acme-robotics.com", "Dan Wu")
NOREPLY = Address("no-reply@acme-robotics.com", "Acme Careers")


def ny(*args):
    return datetime(*args, tzinfo=NY)


def utc(dt):
    return dt.astimezone(UTC)


def msg(uid, when, sender=RECRUITER, *, to=(Address(ME),), outgoing=False, cls=Cls.EMPLOYER_OTHER,
        subject="Backend Engineer interview", thread="thread-1", **kw):
    kw.setdefault("account", "personal")
    return MessageRef(
        uid=uid, message_id=f"<{uid}@mail.example>", subject=subject, date=when,
        sender=Address(ME) if outgoing else sender, to=to, thread_id=thread, outgoing=outgoing,
        cls=None if outgoing else cls, **kw,
    )


def interview(start, minutes=60, *, uid="evt-1", organizer=RECRUITER, attendees=None, **kw):
    if attendees is None:
        attendees = (Attendee(Address(ME), "accepted"), Attendee(RECRUITER, "accepted", organizer=True),
                     Attendee(MARIA, "accepted"))
    return Interview(uid=uid, start=start, end=start + timedelta(minutes=minutes), summary="Technical interview",
                     organizer=organizer, attendees=attendees, account="personal", **kw)


INVITE = None  # set below, once msg() exists


def application(**kw):
    kw.setdefault("messages", [INVITE])
    kw.setdefault("stage", Stage.INTERVIEWED)
    kw.setdefault("people", {RECRUITER.email: Person(RECRUITER, "recruiter")})
    return Application(key="acme-robotics.com/backend-engineer", employer_key="acme-robotics.com",
                       role="Backend Engineer", **kw)


INVITE = msg("invite", ny(2026, 2, 20, 9, 0), RECRUITER, cls=Cls.INVITATION, thread="thread-inv")


def employer(app, **kw):
    return Employer(key="acme-robotics.com", name="Acme Robotics", domains={"acme-robotics.com"},
                    applications={app.key: app}, **kw)


def run(app, now, states=None, config=CONFIG, **kw):
    return plan([employer(app, **kw)], states or {}, config, now, calendar=CAL)


def only(planned, kind):
    found = [p for p in planned if p.kind is kind]
    assert len(found) == 1, found
    return found[0]


# -- keys --------------------------------------------------------------------------------------


def test_a_followup_key_is_stable_header_safe_and_depends_on_every_part():
    key = followup_key(Kind.THANK_YOU, "acme.com/_", "evt-1", "maria@acme.com")
    assert key == followup_key("thank_you", "acme.com/_", "evt-1", "maria@acme.com")
    assert key.startswith("thank_you:") and len(key) == len("thank_you:") + 24
    assert key.isascii() and " " not in key
    assert key != followup_key(Kind.THANK_YOU, "acme.com/_", "evt-1", "dan@acme.com")


# -- thank-you timing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, expected",
    [
        (ny(2026, 3, 3, 10, 0), ny(2026, 3, 3, 14, 0)),  # Tuesday morning: end + 3 h
        (ny(2026, 3, 3, 16, 0), ny(2026, 3, 4, 8, 30)),  # 20:00 is after hours: next morning
        (ny(2026, 3, 3, 14, 0), ny(2026, 3, 4, 8, 30)),  # 18:00 exactly: the window has closed
        (ny(2026, 3, 6, 15, 0), ny(2026, 3, 6, 19, 0)),  # Friday afternoon: not Monday, end + 3 h
        (ny(2026, 11, 25, 16, 0), ny(2026, 11, 25, 20, 0)),  # Thanksgiving eve: Friday 27 is > 24 h
        (ny(2026, 11, 24, 16, 0), ny(2026, 11, 25, 8, 30)),  # the day before is an ordinary evening
        (ny(2026, 3, 7, 22, 0), ny(2026, 3, 8, 3, 0)),  # spring forward: 02:00 EST is 03:00 EDT
        (ny(2026, 10, 30, 11, 0), ny(2026, 10, 30, 15, 0)),  # the Friday before fall back
        (datetime(2026, 3, 4, 10, 0, tzinfo=TOKYO), ny(2026, 3, 4, 8, 30)),  # Tokyo 10:00 = NY 20:00 the day before
    ],
)
def test_thank_you_is_due_three_hours_after_the_end_in_the_send_window(start, expected):
    iv = interview(start)
    p = only(run(application(interviews=[iv]), iv.end + timedelta(days=5)), Kind.THANK_YOU)
    assert utc(p.due) == utc(expected)
    assert p.due.tzinfo == NY
    assert p.status == "due"
    assert p.to == (MARIA,)


def test_thank_you_waits_while_the_interview_is_not_over():
    iv = interview(ny(2026, 3, 3, 10, 0))
    p = only(run(application(interviews=[iv]), ny(2026, 3, 3, 10, 30)), Kind.THANK_YOU)
    assert p.status == "waiting"
    p = only(run(application(interviews=[iv]), ny(2026, 3, 3, 13, 59)), Kind.THANK_YOU)
    assert p.status == "waiting"
    p = only(run(application(interviews=[iv]), ny(2026, 3, 3, 14, 0)), Kind.THANK_YOU)
    assert p.status == "due"


# -- thank-you recipients ----------------------------------------------------------------------


def test_thank_you_goes_to_each_interviewer_but_not_the_organizing_recruiter_nor_decliners():
    attendees = (
        Attendee(Address(ME), "accepted"),
        Attendee(RECRUITER, "accepted", organizer=True),
        Attendee(MARIA, "accepted"),
        Attendee(KENJI, "needs-action"),
        Attendee(DAN, "declined"),
        Attendee(Address("calendar-notification@google.com"), "accepted"),
    )
    iv = interview(ny(2026, 3, 3, 10, 0), attendees=attendees)
    planned = run(application(interviews=[iv]), ny(2026, 3, 4, 12, 0))
    assert sorted(p.to[0].email for p in planned if p.kind is Kind.THANK_YOU) == [KENJI.email, MARIA.email]
    assert len({p.key for p in planned}) == len(planned)


def test_thank_you_goes_to_the_organizer_when_nobody_else_attends():
    iv = interview(ny(2026, 3, 3, 10, 0), attendees=(Attendee(Address(ME)), Attendee(RECRUITER, organizer=True)))
    p = only(run(application(interviews=[iv]), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert p.to == (RECRUITER,)
    assert p.context["first_name"] == "Priya"


def test_an_organizer_not_known_as_recruiter_is_an_interviewer_too():
    attendees = (Attendee(Address(ME)), Attendee(MARIA, organizer=True), Attendee(KENJI))
    iv = interview(ny(2026, 3, 3, 10, 0), organizer=MARIA, attendees=attendees)
    planned = run(application(interviews=[iv]), ny(2026, 3, 4, 12, 0))
    assert sorted(p.to[0].email for p in planned if p.kind is Kind.THANK_YOU) == [KENJI.email, MARIA.email]


def test_thank_you_falls_back_to_the_recruiter_when_a_scheduling_tool_organized_it():
    tool = Address("notifications@calendly.com", "Calendly")
    iv = interview(ny(2026, 3, 3, 10, 0), organizer=tool, attendees=(Attendee(Address(ME)),))
    p = only(run(application(interviews=[iv]), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert p.to == (RECRUITER,)
    assert p.key == followup_key(Kind.THANK_YOU, "acme-robotics.com/backend-engineer", "evt-1", RECRUITER.email)


def test_thank_you_falls_back_to_the_last_human_who_wrote():
    iv = interview(ny(2026, 3, 3, 10, 0), organizer=None, attendees=())
    mails = [msg("m1", ny(2026, 2, 20, 9, 0), DAN, cls=Cls.INVITATION),
             msg("m2", ny(2026, 2, 21, 9, 0), NOREPLY, cls=Cls.SCHEDULED, no_reply=True)]
    p = only(run(application(interviews=[iv], messages=mails, people={}), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert p.to == (DAN,)
    assert p.parent == mails[0]


def test_thank_you_with_no_human_anywhere_is_cancelled_with_a_reason():
    iv = interview(ny(2026, 3, 3, 10, 0), organizer=NOREPLY, attendees=(Attendee(Address(ME)),))
    p = only(run(application(interviews=[iv], people={}, messages=[]), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert (p.status, p.reason, p.to) == ("cancelled", "no human to write to", ())


def test_thank_you_replies_to_the_latest_message_with_that_person_else_the_invitation():
    invitation = msg("inv", ny(2026, 2, 25, 9, 0), RECRUITER, cls=Cls.SCHEDULED, thread="thread-inv")
    iv = interview(ny(2026, 3, 3, 10, 0), message=invitation)
    p = only(run(application(interviews=[iv], messages=[invitation]), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert p.parent == invitation
    from_maria = msg("mm", ny(2026, 2, 26, 9, 0), MARIA, thread="thread-maria", account="work")
    p = only(run(application(interviews=[iv], messages=[invitation, from_maria]), ny(2026, 3, 4, 12, 0)),
             Kind.THANK_YOU)
    assert p.parent == from_maria and p.account == "work"


# -- thank-you cancellation --------------------------------------------------------------------


def test_thank_you_is_cancelled_when_the_user_already_wrote_to_that_person():
    iv = interview(ny(2026, 3, 3, 10, 0))
    wrote = msg("out", ny(2026, 3, 3, 12, 0), outgoing=True, to=(MARIA,))
    p = only(run(application(interviews=[iv], messages=[wrote]), ny(2026, 3, 3, 15, 0)), Kind.THANK_YOU)
    assert p.status == "cancelled" and "already wrote" in p.reason
    before = msg("out0", ny(2026, 3, 2, 12, 0), outgoing=True, to=(MARIA,))
    p = only(run(application(interviews=[iv], messages=[before]), ny(2026, 3, 3, 15, 0)), Kind.THANK_YOU)
    assert p.status == "due"


def test_our_own_sent_thank_you_does_not_cancel_itself():
    iv = interview(ny(2026, 3, 3, 10, 0))
    key = followup_key(Kind.THANK_YOU, "acme-robotics.com/backend-engineer", "evt-1", MARIA.email)
    sent = msg("out", ny(2026, 3, 3, 14, 5), outgoing=True, to=(MARIA,), followup_key=key)
    states = {key: FollowUpState(key, Kind.THANK_YOU, FState.SENT)}
    p = only(run(application(interviews=[iv], messages=[sent]), ny(2026, 3, 3, 15, 0), states), Kind.THANK_YOU)
    assert (p.key, p.status) == (key, "due")


def test_thank_you_is_cancelled_for_a_cancelled_interview_or_a_rejection_after_it_started():
    iv = interview(ny(2026, 3, 3, 10, 0), cancelled=True)
    p = only(run(application(interviews=[iv]), ny(2026, 3, 4, 12, 0)), Kind.THANK_YOU)
    assert (p.status, p.reason) == ("cancelled", "the interview was cancelled")

    iv = interview(ny(2026, 3, 3, 10, 0))
    rej = msg("rej", ny(2026, 3, 3, 12, 0), cls=Cls.REJECTION)
    planned = run(application(interviews=[iv], messages=[rej], rejection=rej, stage=Stage.REJECTED),
                  ny(2026, 3, 3, 12, 30))
    assert (only(planned, Kind.THANK_YOU).status, only(planned, Kind.THANK_YOU).reason) == (
        "cancelled", "a rejection came first")


# -- check-in ----------------------------------------------------------------------------------


def test_check_in_comes_two_business_days_after_the_promised_date_at_the_window_start():
    iv = interview(ny(2026, 3, 3, 10, 0))
    promise = msg("pr", ny(2026, 3, 4, 9, 15), RECRUITER, cls=Cls.STATUS_UPDATE)
    app = application(interviews=[iv], messages=[promise], promised=DatePhrase(date(2026, 3, 6), "by Friday"),
                      promised_by=promise)
    p = only(run(app, ny(2026, 3, 9, 12, 0)), Kind.CHECK_IN)
    assert p.due == ny(2026, 3, 10, 8, 30)  # Friday + 2 business days = Tuesday, 08:30
    assert p.status == "waiting"
    assert p.to == (RECRUITER,) and p.parent == promise
    assert p.context["promised_date"] == "Friday 6 March"
    assert p.context["interview_date"] == "Tuesday 3 March"


def test_check_in_after_a_promise_skips_a_public_holiday():
    iv = interview(ny(2026, 6, 29, 10, 0))
    promise = msg("pr", ny(2026, 6, 29, 16, 0), RECRUITER, cls=Cls.STATUS_UPDATE)
    app = application(interviews=[iv], messages=[promise], promised=DatePhrase(date(2026, 7, 1), "by Wednesday"),
                      promised_by=promise)
    assert only(run(app, ny(2026, 7, 6, 9, 0)), Kind.CHECK_IN).due == ny(2026, 7, 6, 8, 30)


def test_check_in_without_a_promise_keeps_the_wall_clock_time_across_dst():
    iv = interview(ny(2026, 3, 6, 10, 0))  # ends 11:00 EST
    p = only(run(application(interviews=[iv]), ny(2026, 3, 13, 11, 0)), Kind.CHECK_IN)
    assert p.due == ny(2026, 3, 13, 11, 0) and p.due.utcoffset() == timedelta(hours=-4)
    assert p.status == "due"


def test_check_in_without_a_promise_moves_into_the_window():
    iv = interview(ny(2026, 3, 5, 17, 30))  # ends 18:30 Thursday
    p = only(run(application(interviews=[iv]), ny(2026, 3, 5, 19, 0)), Kind.CHECK_IN)
    assert p.due == ny(2026, 3, 13, 8, 30)


def test_there_is_no_check_in_before_any_interview():
    assert [p for p in run(application(messages=[msg("m", ny(2026, 3, 1, 9, 0))]), ny(2026, 4, 1, 9, 0))] == []


def test_check_in_is_cancelled_by_an_employer_message_after_the_anchor_but_not_by_the_promise():
    iv = interview(ny(2026, 3, 3, 10, 0))
    promise = msg("pr", ny(2026, 3, 4, 9, 15), RECRUITER, cls=Cls.STATUS_UPDATE)
    later = msg("later", ny(2026, 3, 9, 9, 0), RECRUITER, cls=Cls.EMPLOYER_OTHER)
    base = dict(interviews=[iv], promised=DatePhrase(date(2026, 3, 6), "by Friday"), promised_by=promise)
    assert only(run(application(messages=[promise], **base), ny(2026, 3, 10, 9, 0)), Kind.CHECK_IN).status == "due"
    p = only(run(application(messages=[promise, later], **base), ny(2026, 3, 10, 9, 0)), Kind.CHECK_IN)
    assert (p.status, p.reason) == ("cancelled", "the employer wrote after the interview")


@pytest.mark.parametrize(
    "sent_at, key, expected",
    [
        (ny(2026, 3, 4, 9, 0), None, "due"),  # a thank-you within 48 h of the interview
        (ny(2026, 3, 6, 9, 0), None, "cancelled"),  # the user chased by hand
        (ny(2026, 3, 6, 9, 0), "thank_you:0123456789abcdef01234567", "due"),  # one of ours
    ],
)
def test_check_in_is_cancelled_when_the_user_wrote_anyway(sent_at, key, expected):
    iv = interview(ny(2026, 3, 3, 10, 0))
    out = msg("out", sent_at, outgoing=True, to=(RECRUITER,), followup_key=key)
    p = only(run(application(interviews=[iv], messages=[INVITE, out]), ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    assert p.status == expected
    assert p.to == (RECRUITER,) and p.parent == INVITE


@pytest.mark.parametrize("stage", [Stage.REJECTED, Stage.OFFER, Stage.WITHDRAWN, Stage.CLOSED])
def test_check_in_is_cancelled_once_the_process_is_over(stage):
    iv = interview(ny(2026, 3, 3, 10, 0))
    p = only(run(application(interviews=[iv], stage=stage), ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    assert p.status == "cancelled"


def test_a_second_check_in_follows_the_first_one_sent_and_there_is_no_third():
    iv = interview(ny(2026, 3, 3, 10, 0))
    app = application(interviews=[iv])
    first = only(run(app, ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    assert first.due == ny(2026, 3, 10, 11, 0)
    states = {first.key: FollowUpState(first.key, Kind.CHECK_IN, FState.SENT, sent_at=ny(2026, 3, 10, 9, 12))}
    planned = [p for p in run(app, ny(2026, 3, 12, 12, 0), states) if p.kind is Kind.CHECK_IN]
    assert [p.context["n"] for p in planned] == [1, 2]
    assert planned[1].due == ny(2026, 3, 17, 9, 12) and planned[1].status == "waiting"
    states[planned[1].key] = FollowUpState(planned[1].key, Kind.CHECK_IN, FState.SENT, sent_at=ny(2026, 3, 17, 10))
    assert len([p for p in run(app, ny(2026, 3, 30, 12, 0), states) if p.kind is Kind.CHECK_IN]) == 2


def test_no_second_check_in_when_the_first_was_discarded():
    iv = interview(ny(2026, 3, 3, 10, 0))
    first = only(run(application(interviews=[iv]), ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    states = {first.key: FollowUpState(first.key, Kind.CHECK_IN, FState.DISCARDED)}
    assert len([p for p in run(application(interviews=[iv]), ny(2026, 3, 20, 12, 0), states)
                if p.kind is Kind.CHECK_IN]) == 1


def test_check_in_goes_to_the_human_reply_to_of_a_no_reply_message():
    iv = interview(ny(2026, 3, 3, 10, 0))
    ats = msg("ats", ny(2026, 2, 20, 9, 0), NOREPLY, no_reply=True, reply_to=(MARIA,))
    p = only(run(application(interviews=[iv], messages=[ats], people={}), ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    assert p.to == (MARIA,) and p.parent == ats


def test_a_check_in_drafted_before_a_new_interview_comes_back_cancelled():
    first_iv = interview(ny(2026, 3, 3, 10, 0))
    old = only(run(application(interviews=[first_iv]), ny(2026, 3, 10, 12, 0)), Kind.CHECK_IN)
    states = {old.key: FollowUpState(old.key, Kind.CHECK_IN, FState.DRAFTED, due=old.due,
                                     app_key=old.app_key, to=(RECRUITER.email,))}
    second_iv = interview(ny(2026, 3, 12, 10, 0), uid="evt-2")
    planned = [p for p in run(application(interviews=[first_iv, second_iv]), ny(2026, 3, 12, 12, 0), states)
               if p.kind is Kind.CHECK_IN]
    by_key = {p.key: p for p in planned}
    assert by_key[old.key].status == "cancelled"
    assert [p.status for p in planned if p.key != old.key] == ["waiting"]


# -- rejection reply ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arrived, expected",
    [
        (ny(2026, 3, 2, 6, 0), ny(2026, 3, 2, 8, 30)),  # 08:00 → that morning's opening
        (ny(2026, 3, 2, 6, 30), ny(2026, 3, 2, 8, 30)),  # exactly at the opening
        (ny(2026, 3, 2, 10, 0), ny(2026, 3, 3, 8, 30)),  # next morning
        (ny(2026, 3, 6, 17, 0), ny(2026, 3, 9, 8, 30)),  # Friday → Monday
        (ny(2026, 11, 25, 11, 0), ny(2026, 11, 27, 8, 30)),  # over Thanksgiving
    ],
)
def test_rejection_reply_is_due_at_the_next_window_opening_two_hours_after(arrived, expected):
    rej = msg("rej", arrived, RECRUITER, cls=Cls.REJECTION)
    p = only(run(application(messages=[rej], rejection=rej, stage=Stage.REJECTED), expected), Kind.REJECTION_REPLY)
    assert p.due == expected and p.status == "due"
    assert p.to == (RECRUITER,) and p.parent == rej


def test_rejection_reply_is_cancelled_when_the_user_already_replied():
    rej = msg("rej", ny(2026, 3, 2, 10, 0), RECRUITER, cls=Cls.REJECTION, thread="t-rej")
    reply = msg("out", ny(2026, 3, 2, 11, 0), outgoing=True, to=(RECRUITER,), thread=None,
                in_reply_to=rej.message_id)
    p = only(run(application(messages=[rej, reply], rejection=rej, stage=Stage.REJECTED), ny(2026, 3, 3, 9, 0)),
             Kind.REJECTION_REPLY)
    assert (p.status, p.reason) == ("cancelled", "you already replied")


def test_rejection_reply_from_a_no_reply_sender_goes_to_its_human_reply_to_or_nowhere():
    rej = msg("rej", ny(2026, 3, 2, 10, 0), NOREPLY, cls=Cls.REJECTION, no_reply=True)
    p = only(run(application(messages=[rej], rejection=rej, people={}), ny(2026, 3, 3, 9, 0)), Kind.REJECTION_REPLY)
    assert (p.status, p.reason) == ("cancelled", "no-reply sender with no human to write to")
    rej = dataclasses.replace(rej, reply_to=(RECRUITER,))
    p = only(run(application(messages=[rej], rejection=rej, people={}), ny(2026, 3, 3, 9, 0)), Kind.REJECTION_REPLY)
    assert p.to == (RECRUITER,) and p.status == "due"


# -- document reply ----------------------------------------------------------------------------


def _doc_app(arrived, deadline=None, extra=()):
    req = msg("doc", arrived, RECRUITER, cls=Cls.DOC_REQUEST, thread="t-doc")
    return application(messages=[req, *extra], doc_requests=[DocRequest(req, ("references", "transcript"),
                       DatePhrase(deadline, "by Friday") if deadline else None)])


def test_document_reply_is_due_at_once_even_on_a_saturday_night():
    p = only(run(_doc_app(ny(2026, 3, 7, 23, 10)), ny(2026, 3, 7, 23, 15)), Kind.DOCUMENT_REPLY)
    assert utc(p.due) == utc(ny(2026, 3, 7, 23, 10)) and p.status == "due"
    assert p.context["documents"] == ["references", "transcript"]


@pytest.mark.parametrize(
    "now, flagged",
    [
        (ny(2026, 3, 4, 9, 0), False),  # Friday's end is 63 h away
        (ny(2026, 3, 5, 9, 0), True),  # 39 h away
        (ny(2026, 3, 6, 23, 59), True),  # one minute left
        (ny(2026, 3, 7, 0, 1), False),  # passed
    ],
)
def test_document_reply_flags_a_deadline_under_48_hours(now, flagged):
    p = only(run(_doc_app(ny(2026, 3, 4, 8, 0), deadline=date(2026, 3, 6)), now), Kind.DOCUMENT_REPLY)
    assert p.flags == (("deadline under 48 h",) if flagged else ())
    assert p.context["deadline"] == "Friday 6 March"


def test_document_reply_is_cancelled_when_the_user_replied_in_that_thread():
    out = msg("out", ny(2026, 3, 4, 10, 0), outgoing=True, to=(RECRUITER,), thread="t-doc")
    p = only(run(_doc_app(ny(2026, 3, 4, 8, 0), extra=[out]), ny(2026, 3, 4, 11, 0)), Kind.DOCUMENT_REPLY)
    assert (p.status, p.reason) == ("cancelled", "you replied in that thread")


# -- employer flags, stages, lateness, rules -----------------------------------------------------


def test_a_muted_employer_holds_and_a_closed_one_cancels():
    iv = interview(ny(2026, 3, 3, 10, 0))
    assert only(run(application(interviews=[iv]), ny(2026, 3, 4, 9, 0), muted=True), Kind.THANK_YOU).status == "held"
    p = only(run(application(interviews=[iv]), ny(2026, 3, 4, 9, 0), closed=True), Kind.THANK_YOU)
    assert (p.status, p.reason) == ("cancelled", "closed by you")
    p = only(run(application(interviews=[iv], stage=Stage.WITHDRAWN), ny(2026, 3, 4, 9, 0)), Kind.THANK_YOU)
    assert p.status == "cancelled"


def test_a_follow_up_never_drafted_is_cancelled_when_too_late_but_a_drafted_one_is_not():
    iv = interview(ny(2026, 3, 10, 10, 0))
    late = ny(2026, 3, 17, 14, 1)  # due 10 March 14:00 + 7 days + 1 minute
    p = only(run(application(interviews=[iv]), late), Kind.THANK_YOU)
    assert (p.status, p.reason) == ("cancelled", "too late (was due Tuesday 10 March 14:00)")
    assert only(run(application(interviews=[iv]), ny(2026, 3, 17, 13, 59)), Kind.THANK_YOU).status == "due"
    states = {p.key: FollowUpState(p.key, Kind.THANK_YOU, FState.DRAFTED)}
    assert only(run(application(interviews=[iv]), late, states), Kind.THANK_YOU).status == "due"


def test_a_disabled_rule_plans_nothing():
    config = dataclasses.replace(CONFIG, rules=Rules(thank_you=ThankYouRule(enabled=False)))
    iv = interview(ny(2026, 3, 3, 10, 0))
    assert [p.kind for p in run(application(interviews=[iv]), ny(2026, 3, 4, 9, 0), config=config)] == [
        Kind.CHECK_IN]


def test_a_language_hint_gives_french_dates():
    iv = interview(ny(2026, 3, 3, 10, 0))
    app = application(interviews=[iv])
    planned = plan([employer(app)], {}, CONFIG, ny(2026, 3, 4, 9, 0), calendar=CAL, lang_hints={app.key: "fr"})
    p = only(planned, Kind.THANK_YOU)
    assert (p.context["lang"], p.context["interview_date"]) == ("fr", "mardi 3 mars")


def test_plan_builds_its_own_calendar_from_the_config():
    iv = interview(ny(2026, 11, 25, 16, 0))
    p = only(plan([employer(application(interviews=[iv]))], {}, CONFIG, ny(2026, 11, 26, 9, 0)), Kind.THANK_YOU)
    assert p.due == ny(2026, 11, 25, 20, 0)


# -- invariants --------------------------------------------------------------------------------

ZONES = st.sampled_from([NY, TOKYO, ZoneInfo("Europe/Paris"), UTC])
starts = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1), timezones=ZONES)


@st.composite
def records(draw):
    ivs = []
    for i in range(draw(st.integers(0, 3))):
        start = draw(starts)
        ivs.append(interview(start, draw(st.integers(15, 300)), uid=f"evt-{i}",
                             cancelled=draw(st.booleans()) and i == 0))
    mails = []
    for i in range(draw(st.integers(0, 3))):
        cls = draw(st.sampled_from([Cls.REJECTION, Cls.DOC_REQUEST, Cls.STATUS_UPDATE, Cls.EMPLOYER_OTHER]))
        mails.append(msg(f"m{i}", draw(starts), draw(st.sampled_from([RECRUITER, MARIA, NOREPLY])), cls=cls))
    mails.sort(key=lambda m: utc(m.date))
    ivs.sort(key=lambda iv: utc(iv.start))
    rej = next((m for m in mails if m.cls is Cls.REJECTION), None)
    docs = [DocRequest(m, ("portfolio",), None) for m in mails if m.cls is Cls.DOC_REQUEST]
    return application(interviews=ivs, messages=mails, rejection=rej, doc_requests=docs)


@settings(max_examples=150, deadline=None)
@given(records(), starts)
def test_due_times_follow_their_event_and_lie_in_the_window_except_the_friday_rule(app, now):
    snapshot = copy.deepcopy(app)
    planned = run(app, now)
    assert app == snapshot  # inputs untouched
    again = run(app, now)
    assert planned == again and [p.context for p in planned] == [p.context for p in again]
    for p in planned:
        if p.kind is Kind.THANK_YOU:
            iv = next(i for i in app.interviews if followup_key(Kind.THANK_YOU, app.key, i.uid, MARIA.email) == p.key)
            assert utc(p.due) >= utc(iv.end) + timedelta(hours=3)
            assert CAL.in_window(p.due) or utc(p.due) == utc(iv.end) + timedelta(hours=3)
            assert utc(p.due) - utc(iv.end) <= timedelta(hours=24)
        elif p.kind is Kind.DOCUMENT_REPLY:
            assert utc(p.due) == utc(p.parent.date)
        else:
            assert CAL.in_window(p.due)
            if p.kind is Kind.REJECTION_REPLY:
                assert utc(p.due) - utc(p.parent.date) >= timedelta(hours=2)
            else:
                held = [i for i in app.interviews if not i.cancelled]
                assert utc(p.due) > max(utc(i.end) for i in held)
        assert p.status in ("due", "waiting", "cancelled", "held")
        if p.status == "waiting":
            assert utc(p.due) > utc(now)


@settings(max_examples=50, deadline=None)
@given(st.lists(records(), min_size=2, max_size=3), starts, st.randoms())
def test_plan_does_not_depend_on_the_order_of_employers(apps, now, rnd):
    employers = []
    for i, app in enumerate(apps):
        app = dataclasses.replace(app, key=f"e{i}.com/_", employer_key=f"e{i}.com")
        employers.append(Employer(key=f"e{i}.com", name=f"E{i}", applications={app.key: app}))
    shuffled = list(employers)
    rnd.shuffle(shuffled)
    assert plan(employers, {}, CONFIG, now, calendar=CAL) == plan(shuffled, {}, CONFIG, now, calendar=CAL)
