"""Whole hiring processes, weeks of simulated time, on the local provider (SPEC §6 row by row).

Every expected due time is exact to the minute: `World.run_until` wakes the engine at each
planned instant, as the daemon does, so a draft's ``drafted_at`` is when it appeared in Drafts.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from world import USER, World, available_backends, ics_event

from followupd.model import FState, Kind, Stage

NY = ZoneInfo("America/New_York")
RECRUITER = "Maya Chen <maya.chen@northwind-analytics.com>"
INTERVIEWER = ("Dana Reyes", "dana.reyes@northwind-analytics.com")


def invitation(w: World, when: datetime, role: str = "Data Engineer"):
    w.t = when
    msg = w.mail(
        frm=RECRUITER,
        subject=f"Interview invitation – {role} at Northwind Analytics",
        body=(f"Hi Alex,\n\nThank you for applying for the {role} position at Northwind "
              "Analytics. We were impressed by your background and would like to invite you to "
              "an interview with our team. Could you share your availability for next week?\n\n"
              "Best regards,\nMaya Chen\nSenior Technical Recruiter\nNorthwind Analytics\n"),
    )
    w.deliver(msg)
    w.run()
    return msg


def interview(w: World, name: str, start: datetime, end: datetime, *,
              attendees=(INTERVIEWER,), organizer=("Maya Chen", "maya.chen@northwind-analytics.com"),
              summary="Interview: Alex Morgan / Northwind Analytics – Data Engineer", **kw):
    w.put_event(name, ics_event(
        f"{name}@northwind-analytics.com", start, end, summary=summary, organizer=organizer,
        attendees=[("Alex Morgan", USER), *attendees], **kw))


@pytest.fixture(params=available_backends())
def world(request, tmp_path):
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend=request.param)
    yield w
    w.close()


def only(xs):
    assert len(xs) == 1, xs
    return xs[0]


# -- thank-you ----------------------------------------------------------------------------------


def test_thank_you_goes_to_the_interviewer_three_hours_after_the_interview(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "int1", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 18, 0))
    st = only(w.drafted(Kind.THANK_YOU))
    assert st.drafted_at == w.at(2026, 3, 3, 14, 0)
    d = only(w.drafts(Kind.THANK_YOU))
    assert d.to == [INTERVIEWER[1]]  # the recruiter who organized it is left out
    # Dana never wrote to the user: the thank-you starts its own conversation.
    assert d.in_reply_to is None and "interview" in d.subject.lower()
    assert "Dana" in d.body and "Data Engineer" in d.body
    assert len(d.body.split()) < 120


def test_thank_you_after_a_friday_afternoon_interview_is_due_the_same_evening(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "fri", w.at(2026, 3, 6, 15, 0), w.at(2026, 3, 6, 16, 0))
    w.run_until(w.at(2026, 3, 9, 12, 0))
    assert only(w.drafted(Kind.THANK_YOU)).drafted_at == w.at(2026, 3, 6, 19, 0)


def test_thank_you_after_a_late_interview_waits_for_the_morning_window(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "late", w.at(2026, 3, 3, 19, 0), w.at(2026, 3, 3, 20, 0))
    w.run_until(w.at(2026, 3, 4, 12, 0))
    assert only(w.drafted(Kind.THANK_YOU)).drafted_at == w.at(2026, 3, 4, 8, 30)


def test_an_interviewer_in_tokyo_is_timed_in_the_users_zone(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    tokyo = ZoneInfo("Asia/Tokyo")
    # Wednesday 09:00–10:00 in Tokyo is Tuesday 19:00–20:00 in New York.
    interview(w, "tokyo", datetime(2026, 3, 4, 9, 0, tzinfo=tokyo),
              datetime(2026, 3, 4, 10, 0, tzinfo=tokyo))
    w.run_until(w.at(2026, 3, 4, 12, 0))
    assert only(w.drafted(Kind.THANK_YOU)).drafted_at == w.at(2026, 3, 4, 8, 30)


def test_one_thank_you_per_interviewer(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "panel", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0),
              attendees=(INTERVIEWER, ("Sam Okafor", "sam.okafor@northwind-analytics.com")))
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert sorted(d.to[0] for d in w.drafts(Kind.THANK_YOU)) == [
        "dana.reyes@northwind-analytics.com", "sam.okafor@northwind-analytics.com"]


def test_no_thank_you_for_a_cancelled_interview(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "c", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 2, 17, 0))
    interview(w, "c", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0), sequence=1,
              status="CANCELLED")
    w.run_until(w.at(2026, 3, 4, 18, 0))
    assert w.drafts(Kind.THANK_YOU) == []


def test_a_moved_interview_is_thanked_after_its_new_time(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "m", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 2, 17, 0))
    interview(w, "m", w.at(2026, 3, 5, 10, 0), w.at(2026, 3, 5, 11, 0), sequence=1)
    w.run_until(w.at(2026, 3, 6, 18, 0))
    assert only(w.drafted(Kind.THANK_YOU)).drafted_at == w.at(2026, 3, 5, 14, 0)


def test_no_thank_you_when_the_user_already_wrote_to_the_interviewer(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 12, 0))
    w.send(to=f"Dana Reyes <{INTERVIEWER[1]}>", subject="Thank you!",
           body="Hi Dana, thanks for your time today. Alex")
    w.run_until(w.at(2026, 3, 4, 18, 0))
    assert w.drafts(Kind.THANK_YOU) == []
    st = only(w.states(Kind.THANK_YOU))
    assert st.state is FState.SKIPPED and st.reason


def test_an_untouched_thank_you_is_retracted_when_a_rejection_arrives_first(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 6, 15, 0), w.at(2026, 3, 6, 16, 0))
    w.run_until(w.at(2026, 3, 6, 19, 30))
    assert len(w.drafts(Kind.THANK_YOU)) == 1
    w.t = w.at(2026, 3, 6, 20, 0)
    w.deliver(w.mail(
        frm=RECRUITER, subject="Re: Interview invitation – Data Engineer at Northwind Analytics",
        reply_to_msg=inv["Message-ID"],
        body=("Hi Alex,\n\nThank you for taking the time to interview with us. Unfortunately, "
              "we have decided not to move forward with your application.\n\nMaya\n")))
    w.run()
    assert w.drafts(Kind.THANK_YOU) == []
    assert only(w.states(Kind.THANK_YOU)).state is FState.RETRACTED


def test_thank_you_goes_to_the_recruiter_when_interviewers_are_unknown(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    # The user's own calendar entry, without attendees.
    w.put_event("own", ics_event("own@example.com", w.at(2026, 3, 3, 10, 0),
                                 w.at(2026, 3, 3, 11, 0),
                                 summary="Northwind Analytics interview"))
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert only(w.drafts(Kind.THANK_YOU)).to == ["maya.chen@northwind-analytics.com"]


# -- check-in -----------------------------------------------------------------------------------


def promise(w: World, when: datetime, inv, text="we will get back to you by Friday"):
    w.t = when
    msg = w.mail(frm=RECRUITER,
                 subject="Re: Interview invitation – Data Engineer at Northwind Analytics",
                 reply_to_msg=inv["Message-ID"],
                 body=f"Hi Alex,\n\nThanks again for meeting the team. We are still interviewing "
                      f"other candidates and {text}.\n\nBest,\nMaya Chen\nSenior Technical "
                      "Recruiter\n")
    w.deliver(msg)
    w.run()
    return msg


def test_check_in_waits_two_business_days_after_the_promised_date(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 15, 0))
    w.user_sends_draft(only(w.drafts(Kind.THANK_YOU)))
    p = promise(w, w.at(2026, 3, 4, 10, 0), inv)  # "by Friday" = Friday 6 March
    w.run_until(w.at(2026, 3, 9, 18, 0))
    assert w.drafts(Kind.CHECK_IN) == []  # never before the promised date has passed
    w.run_until(w.at(2026, 3, 10, 18, 0))
    st = only(w.drafted(Kind.CHECK_IN))
    assert st.drafted_at == w.at(2026, 3, 10, 8, 30)
    d = only(w.drafts(Kind.CHECK_IN))
    assert d.to == ["maya.chen@northwind-analytics.com"]
    assert d.in_reply_to == p["Message-ID"]
    assert only(w.states(Kind.THANK_YOU)).state is FState.SENT


def test_check_in_without_a_promise_comes_five_business_days_after_the_interview(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 11, 18, 0))
    assert only(w.drafted(Kind.CHECK_IN)).drafted_at == w.at(2026, 3, 10, 11, 0)


def test_a_second_check_in_then_the_application_closes_as_silent(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 10, 11, 0))
    first = only(w.drafts(Kind.CHECK_IN))
    w.t = w.at(2026, 3, 10, 11, 30)
    w.user_sends_draft(first)
    w.run_until(w.at(2026, 3, 17, 18, 0))
    second = [s for s in w.drafted(Kind.CHECK_IN) if s.state is not FState.SENT]
    assert only(second).drafted_at == w.at(2026, 3, 17, 11, 30)
    w.t = w.at(2026, 3, 17, 12, 0)
    w.user_sends_draft(only(w.drafts(Kind.CHECK_IN)))
    w.run_until(w.at(2026, 4, 10, 18, 0))
    assert len(w.drafted(Kind.CHECK_IN)) == 2  # at most two
    app = only(list(w.employers()["northwind-analytics.com"].applications.values()))
    assert app.stage is Stage.CLOSED


def test_no_check_in_when_the_employer_wrote_after_the_interview(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 5, 10, 0))
    w.deliver(w.mail(frm=RECRUITER, subject="Re: next steps", reply_to_msg=inv["Message-ID"],
                     body="Hi Alex, the team enjoyed meeting you. I will call you tomorrow "
                          "about the next round.\nMaya"))
    w.run_until(w.at(2026, 3, 20, 18, 0))
    assert w.drafts(Kind.CHECK_IN) == []


def test_an_untouched_check_in_is_retracted_when_the_employer_answers(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 10, 12, 0))
    assert len(w.drafts(Kind.CHECK_IN)) == 1
    w.deliver(w.mail(frm=RECRUITER, subject="Re: update", reply_to_msg=inv["Message-ID"],
                     body="Hi Alex, sorry for the delay: the team is meeting tomorrow and I "
                          "will write to you right after.\nMaya"))
    w.run()
    assert w.drafts(Kind.CHECK_IN) == []
    assert only(w.states(Kind.CHECK_IN)).state is FState.RETRACTED


@pytest.mark.parametrize("backend", available_backends())
def test_check_in_skips_a_public_holiday(tmp_path, backend):
    w = World(tmp_path, start=datetime(2026, 11, 16, 8, 0, tzinfo=NY), backend=backend)
    try:
        inv = invitation(w, w.at(2026, 11, 16, 9, 0))
        interview(w, "i", w.at(2026, 11, 17, 10, 0), w.at(2026, 11, 17, 11, 0))
        w.run_until(w.at(2026, 11, 18, 9, 0))
        promise(w, w.at(2026, 11, 18, 10, 0), inv, "we'll get back to you by Wednesday 25 "
                                                  "November")
        # 25 Nov + 2 business days: Thanksgiving (26th) does not count → Mon 30 Nov 08:30.
        w.run_until(w.at(2026, 12, 1, 18, 0))
        assert only(w.drafted(Kind.CHECK_IN)).drafted_at == w.at(2026, 11, 30, 8, 30)
    finally:
        w.close()


# -- rejection reply --------------------------------------------------------------------------


def declined_after_an_interview(w: World, body: str):
    """An interview on 3 March, then the recruiter's reply in its thread on 5 March at 10:00."""
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 5, 9, 0))
    w.t = w.at(2026, 3, 5, 10, 0)
    rej = w.mail(frm=RECRUITER, subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"], body=body)
    w.deliver(rej)
    return rej


def test_rejection_reply_waits_for_the_next_window_opening_two_hours_later(world):
    w = world
    rej = declined_after_an_interview(w, "Hi Alex,\n\nThank you for your time. Unfortunately we have decided "
                                         "to move forward with another candidate whose experience is a closer "
                                         "match.\n\nMaya\n")
    w.run_until(w.at(2026, 3, 6, 18, 0))
    st = only(w.drafted(Kind.REJECTION_REPLY))
    assert st.drafted_at == w.at(2026, 3, 6, 8, 30)
    d = only(w.drafts(Kind.REJECTION_REPLY))
    assert d.in_reply_to == rej["Message-ID"]
    assert d.to == ["maya.chen@northwind-analytics.com"]
    assert "feedback" in d.body.lower()


def test_a_casual_decline_in_the_thread_ends_the_process(world):
    """No phrase knows it and it names no job: the employer's reply in the thread is still read
    as a decline, so a rejection reply comes and no check-in."""
    w = world
    rej = declined_after_an_interview(w, "Hi Alex,\n\nThanks for Tuesday, it was good to meet you. We talked it "
                                         "over as a team and we'll leave it there for now, I'm afraid. Sorry it "
                                         "isn't better news, I know you were keen. Take care, and best of luck "
                                         "with everything.\n\nMaya\n")
    w.run_until(w.at(2026, 3, 27, 18, 0))
    assert only(w.drafts(Kind.REJECTION_REPLY)).in_reply_to == rej["Message-ID"]
    assert w.drafts(Kind.CHECK_IN) == []


def test_rejection_from_a_no_reply_sender_goes_to_its_human_reply_to(world):
    w = world
    w.t = w.at(2026, 3, 2, 9, 0)
    w.deliver(w.mail(
        frm="Halcyon Health Hiring Team <no-reply@us.greenhouse-mail.io>",
        reply_to="Priya Raman <priya.raman@halcyonhealth.com>",
        subject="Your application to Halcyon Health",
        body="Dear Alex,\n\nThank you for your interest in the Data Analyst role at Halcyon "
             "Health. Unfortunately, we will not be moving forward with your application at "
             "this time.\n\nPriya Raman\nTalent Acquisition\n"))
    w.run_until(w.at(2026, 3, 4, 18, 0))
    assert only(w.drafts(Kind.REJECTION_REPLY)).to == ["priya.raman@halcyonhealth.com"]


def test_no_rejection_reply_to_a_no_reply_sender_and_status_says_why(world):
    w = world
    w.t = w.at(2026, 3, 2, 9, 0)
    w.deliver(w.mail(
        frm="Halcyon Health Hiring Team <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Halcyon Health",
        body="Dear Alex,\n\nThank you for applying for the Data Analyst role at Halcyon Health. "
             "After careful review, we have decided not to move forward with your "
             "candidacy.\n\nHalcyon Health Recruiting\n"))
    w.run_until(w.at(2026, 3, 4, 18, 0))
    assert w.drafts(Kind.REJECTION_REPLY) == []
    notes = [n for e in w.status_json()["employers"] for n in e["notes"]]
    assert any("rejection_reply" in n and "no-reply" in n for n in notes), notes


def test_no_rejection_reply_when_the_user_already_replied(world):
    w = world
    w.t = w.at(2026, 3, 2, 9, 0)
    rej = w.mail(frm=RECRUITER, subject="Your application",
                 body="Hi Alex,\n\nThank you for applying to the Data Engineer role. "
                      "Unfortunately we have decided not to proceed with your application.\n\n"
                      "Maya Chen\nRecruiter\n")
    w.deliver(rej)
    w.run()
    w.t = w.at(2026, 3, 2, 10, 0)
    w.send(to=RECRUITER, subject="Re: Your application", reply_to_msg=rej["Message-ID"],
           body="Thanks Maya, I appreciate the note.")
    w.run_until(w.at(2026, 3, 4, 18, 0))
    assert w.drafts(Kind.REJECTION_REPLY) == []


# -- document reply ---------------------------------------------------------------------------


def test_document_reply_is_drafted_at_once_and_status_flags_a_near_deadline(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    w.t = w.at(2026, 3, 4, 15, 0)
    req = w.mail(frm=RECRUITER, subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"],
                 body="Hi Alex,\n\nCould you please send us two professional references and a "
                      "copy of your degree by Thursday?\n\nThanks,\nMaya Chen\n")
    w.deliver(req)
    w.run()
    st = only(w.drafted(Kind.DOCUMENT_REPLY))
    assert st.drafted_at == w.at(2026, 3, 4, 15, 0)
    d = only(w.drafts(Kind.DOCUMENT_REPLY))
    assert d.in_reply_to == req["Message-ID"]
    assert "reference" in d.body.lower()
    emp = next(e for e in w.status_json()["employers"] if e["key"] == "northwind-analytics.com")
    assert emp["applications"][0]["deadlines"] == ["2026-03-05"]
    assert any("48" in n for n in emp["notes"]), emp["notes"]


def test_a_document_reply_is_retracted_when_the_user_replied_in_the_thread(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    w.t = w.at(2026, 3, 4, 15, 0)
    req = w.mail(frm=RECRUITER, subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"],
                 body="Hi Alex,\n\nCould you send us your references by Friday?\n\nMaya Chen\n")
    w.deliver(req)
    w.run()
    w.t = w.at(2026, 3, 4, 16, 0)
    w.send(to=RECRUITER, subject="Re: Interview invitation", reply_to_msg=req["Message-ID"],
           body="Here they are.")
    w.run()
    assert w.drafts(Kind.DOCUMENT_REPLY) == []
    assert only(w.states(Kind.DOCUMENT_REPLY)).state is FState.RETRACTED


# -- two roles, noise -------------------------------------------------------------------------


def test_two_roles_at_one_company_keep_their_own_follow_ups(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0), role="Backend Engineer")
    w.t = w.at(2026, 3, 2, 9, 30)
    w.deliver(w.mail(frm=RECRUITER, subject="Your application for Platform Engineer",
                     body="Hi Alex,\n\nThank you for applying for the Platform Engineer position. "
                          "Unfortunately, we have decided to move forward with other candidates "
                          "for this role.\n\nMaya Chen\nRecruiter\n"))
    interview(w, "b", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0),
              summary="Interview – Backend Engineer – Northwind Analytics")
    w.run_until(w.at(2026, 3, 3, 18, 0))
    apps = w.employers()["northwind-analytics.com"].applications
    assert len(apps) == 2
    stages = sorted((a.role, a.stage.value) for a in apps.values())
    assert stages == [("Backend Engineer", "interviewed"), ("Platform Engineer", "rejected")]
    thanks = only(w.drafts(Kind.THANK_YOU))
    assert thanks.to == [INTERVIEWER[1]] and "Backend Engineer" in thanks.body
    assert len(w.drafts(Kind.REJECTION_REPLY)) == 1


def test_noise_never_creates_an_employer(world):
    w = world
    w.t = w.at(2026, 3, 2, 9, 0)
    w.deliver(w.mail(frm="JobAlerts <alerts@jobboard.example.net>",
                     subject="5 new Data Engineer jobs – companies are interviewing now",
                     headers={"List-Unsubscribe": "<mailto:unsub@jobboard.example.net>"},
                     body="Companies are interviewing now! Apply today. Interview tips inside."))
    w.deliver(w.mail(frm="The Weekly Dev <news@weeklydev.example.org>",
                     subject="How to ace your next interview",
                     headers={"List-Unsubscribe": "<https://weeklydev.example.org/u>",
                              "Precedence": "bulk"},
                     body="This week: how to prepare for a technical interview, and why "
                          "thank-you notes matter."))
    w.run_until(w.at(2026, 3, 20, 18, 0))
    assert w.employers() == {}
    assert w.drafts() == []


# -- guarantees ---------------------------------------------------------------------------------


def test_a_draft_the_user_edited_is_never_retracted_or_rewritten(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 10, 12, 0))
    d = only(w.drafts(Kind.CHECK_IN))
    w.user_edits_draft(d, "Hi Maya, any news? I am still very interested. Alex")
    w.run()
    w.deliver(w.mail(frm=RECRUITER, subject="Re: update", reply_to_msg=inv["Message-ID"],
                     body="Hi Alex, we are meeting on Friday and will come back to you.\nMaya"))
    w.run_until(w.at(2026, 3, 12, 12, 0))
    d2 = only(w.drafts(Kind.CHECK_IN))
    assert "still very interested" in d2.body
    st = only(w.states(Kind.CHECK_IN))
    assert st.state is FState.DRAFTED and st.touched


def test_a_draft_the_user_deleted_is_never_recreated(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 15, 0))
    w.user_deletes_draft(only(w.drafts(Kind.THANK_YOU)))
    w.run_until(w.at(2026, 3, 5, 18, 0))
    assert w.drafts(Kind.THANK_YOU) == []
    assert only(w.states(Kind.THANK_YOU)).state is FState.DISCARDED


def test_a_pass_after_a_pass_creates_nothing(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 15, 0))
    before = [d.path.name for d in w.drafts()]
    for _ in range(3):
        report = w.run()
        assert report.drafted == [] and report.retracted == []
    assert [d.path.name for d in w.drafts()] == before


def test_the_users_mail_is_never_modified(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    w.send(to=RECRUITER, subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"],
           body="Tuesday 10:00 works for me.")
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    before = w.user_mail_snapshot()
    w.run_until(w.at(2026, 3, 20, 18, 0))
    assert w.user_mail_snapshot() == before
    assert len(w.drafts()) >= 2


def test_an_unparseable_message_is_recorded_and_the_rest_is_processed(world):
    w = world
    w.t = w.at(2026, 3, 2, 8, 30)
    if w.backend.name == "gmail":
        # Gmail's first sync downloads only what its server-side search finds; what arrives
        # after it (history) is downloaded whole, junk included.
        w.run()
    w.deliver(b"")  # an empty file in the Maildir
    w.deliver(b"\x00\xff\xfe garbage that is no mail at all \x00")
    invitation(w, w.at(2026, 3, 2, 9, 0))
    status = w.status_json()
    assert len(status["unreadable"]) >= 1
    assert "northwind-analytics.com" in w.employers()


# -- more "not drafted" conditions ------------------------------------------------------------


def test_no_thank_you_when_an_offer_came_first(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 6, 15, 0), w.at(2026, 3, 6, 16, 0))
    w.run_until(w.at(2026, 3, 6, 16, 30))
    w.deliver(w.mail(frm=RECRUITER, subject="Re: Interview invitation",
                     reply_to_msg=inv["Message-ID"],
                     body="Hi Alex,\n\nGreat news: we are pleased to offer you the Data Engineer "
                          "position at Northwind Analytics! The offer letter is attached.\n\n"
                          "Maya\n"))
    w.run_until(w.at(2026, 3, 9, 18, 0))
    assert w.drafts(Kind.THANK_YOU) == []
    app = only(list(w.employers()["northwind-analytics.com"].applications.values()))
    assert app.stage is Stage.OFFER


def test_no_check_in_when_the_user_wrote_anyway(world):
    w = world
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 6, 10, 0))
    w.send(to=RECRUITER, subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"],
           body="Hi Maya, I wanted to ask whether there is any news. Best, Alex")
    w.run_until(w.at(2026, 3, 12, 18, 0))
    assert w.drafts(Kind.CHECK_IN) == []


def test_an_interview_found_long_after_it_happened_is_not_thanked(world):
    """A first sync that finds a month-old interview drafts nothing stale for it."""
    w = world
    w.t = w.at(2026, 4, 6, 9, 0)
    inv = w.mail(frm=RECRUITER, date=w.at(2026, 3, 2, 9, 0),
                 subject="Interview invitation – Data Engineer at Northwind Analytics",
                 body="Hi Alex,\n\nWe would like to invite you to an interview for the Data "
                      "Engineer position. Could you share your availability?\n\nMaya Chen\n"
                      "Recruiter\n")
    w.deliver(inv)
    interview(w, "old", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run()
    assert w.drafts(Kind.THANK_YOU) == []
    st = only(w.states(Kind.THANK_YOU))
    assert st.state is FState.SKIPPED and "late" in st.reason


def test_thank_you_timing_holds_across_the_dst_change(world):
    w = world
    invitation(w, w.at(2026, 3, 2, 9, 0))
    # Saturday night the clocks go forward (8 March 2026); a Friday 17:00 interview ends at
    # 18:00 → +3 h = 21:00 Friday, the next window (Monday 08:30) is past end + 24 h.
    interview(w, "dst", w.at(2026, 3, 6, 17, 0), w.at(2026, 3, 6, 18, 0))
    # A Monday interview right after the change: 10:00–11:00 EDT → 14:00 EDT.
    interview(w, "dst2", w.at(2026, 3, 9, 10, 0), w.at(2026, 3, 9, 11, 0),
              attendees=(("Sam Okafor", "sam.okafor@northwind-analytics.com"),))
    w.run_until(w.at(2026, 3, 9, 18, 0))
    times = sorted(s.drafted_at.astimezone(NY) for s in w.drafted(Kind.THANK_YOU))
    assert times == [w.at(2026, 3, 6, 21, 0), w.at(2026, 3, 9, 14, 0)]



# -- invitations that come only by mail (an .ics attachment) --------------------------------


def ics_by_mail(w: World, when: datetime, *, method="REQUEST", sequence=0, status="CONFIRMED",
                start=None, end=None):
    w.t = when
    ics = ics_event("int-77@northwind-analytics.com", start or w.at(2026, 3, 4, 10, 0),
                    end or w.at(2026, 3, 4, 11, 0), summary="Northwind Analytics interview",
                    organizer=("Maya Chen", "maya.chen@northwind-analytics.com"),
                    attendees=[("Alex Morgan", USER), INTERVIEWER], method=method,
                    sequence=sequence, status=status)
    verb = "cancelled" if method == "CANCEL" else "confirmed"
    msg = w.mail(frm=RECRUITER, subject=f"Interview {verb}: Data Engineer at Northwind Analytics",
                 body=f"Hi Alex,\n\nYour interview for the Data Engineer role is {verb}. The "
                      "calendar invitation is attached.\n\nMaya Chen\nRecruiting Coordinator\n",
                 ics=ics)
    w.deliver(msg)
    return msg


def test_an_interview_that_came_only_as_an_ics_attachment_is_thanked(world):
    w = world
    ics_by_mail(w, w.at(2026, 3, 2, 9, 0))
    w.run_until(w.at(2026, 3, 4, 18, 0))
    st = only(w.drafted(Kind.THANK_YOU))
    assert st.drafted_at == w.at(2026, 3, 4, 14, 0)
    assert only(w.drafts(Kind.THANK_YOU)).to == [INTERVIEWER[1]]


def test_an_interview_cancelled_by_mail_is_not_thanked(world):
    w = world
    ics_by_mail(w, w.at(2026, 3, 2, 9, 0))
    w.run()
    ics_by_mail(w, w.at(2026, 3, 3, 9, 0), method="CANCEL", sequence=1, status="CANCELLED")
    w.run_until(w.at(2026, 3, 5, 18, 0))
    assert w.drafts(Kind.THANK_YOU) == []
