"""Every fixture in tests/fixtures/mail is understood as tests/fixtures/mail/expected.toml says."""

import re
import sys
import tomllib
from datetime import date, datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.model import HIRING_CLASSES, Cls, Context
from followupd.understand import parse_message, understand
from followupd.understand.classify import detect_lang
from test_blind import assert_dates

MAIL = Path(__file__).parent / "fixtures" / "mail"
EXPECTED = tomllib.loads((MAIL / "expected.toml").read_text("utf-8"))
USERS = frozenset({"alex.morgan@example.com", "camille.durand@example.fr"})


def understood(name: str, ctx: Context | None = None):
    msg = parse_message((MAIL / name).read_bytes())
    return msg, understand(msg, ctx or Context(user_emails=USERS))


def test_there_are_at_least_a_hundred_fixtures_and_each_has_expectations():
    files = sorted(p.name for p in MAIL.glob("*.eml"))
    assert len(files) >= 100
    assert set(files) == set(EXPECTED)


def test_the_fixtures_cover_the_classes_public_mail_lacks_in_both_languages():
    from collections import Counter

    counts = Counter((name[:2], want["cls"]) for name, want in EXPECTED.items())
    for lang in ("en", "fr"):
        for cls in ("invitation", "scheduled", "offer", "doc_request", "status_update", "noise"):
            assert counts[(lang, cls)] >= 3, (lang, cls, counts[(lang, cls)])
    promised = [n for n, w in EXPECTED.items() if w["cls"] == "status_update" and "promised" in w]
    deadlines = [n for n, w in EXPECTED.items() if "deadline" in w]
    assert len(promised) >= 12 and len(deadlines) >= 14
    assert {n[:2] for n in promised} == {n[:2] for n in deadlines} == {"en", "fr"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_understood_as_expected(name):
    want = EXPECTED[name]
    msg, got = understood(name)
    assert got.cls == Cls(want["cls"]), got.reasons
    assert got.reasons, "every decision names its reasons"
    assert 0.0 <= got.score <= 1.0
    if "employer_key" in want:
        assert got.employer_key == want["employer_key"], got.reasons
    if "role" in want:
        assert got.role == (want["role"] or None)
    assert_dates(got, want)
    if "documents" in want:
        assert set(got.documents) == set(want["documents"])
    if "ats" in want:
        assert got.ats == want["ats"]
    if "no_reply" in want or got.cls is not Cls.NOISE:
        assert got.no_reply == want.get("no_reply", False)


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if EXPECTED[n]["cls"] == "noise"))
def test_noise_never_gets_an_employer_even_in_a_known_thread_context_of_another_employer(name):
    _, got = understood(name)
    assert got.cls is Cls.NOISE
    assert got.employer_key is None and got.people == ()


def test_the_language_is_detected_from_stop_words():
    assert understood("fr_refus.eml")[1].lang == "fr"
    assert understood("en_offer.eml")[1].lang == "en"
    assert detect_lang("") == "en"


def test_the_interviewer_time_zone_invite_is_read_in_its_zone():
    msg, got = understood("en_scheduled_ics_tokyo.eml")
    (event,) = msg.invites
    assert event.timezone == "Asia/Tokyo"
    assert event.start.astimezone(timezone.utc) == datetime(2025, 12, 10, 1, tzinfo=timezone.utc)


def test_a_no_reply_ats_rejection_keeps_the_human_reply_to_as_a_person():
    _, got = understood("en_rejection_ats_noreply.eml")
    assert got.no_reply
    assert [p.address.email for p in got.people] == ["sam.ortiz@vertexcloud.com"]


def test_the_recruiter_signature_gives_the_person_role():
    _, got = understood("en_invitation_recruiter.eml")
    assert [(p.address.email, p.role) for p in got.people] == [("priya.shah@northwind.io", "recruiter")]
    _, got = understood("en_scheduled_ics_newyork.eml")
    assert got.people[0].role == "coordinator"


def _plain(sender: str, subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "alex.morgan@example.com"
    m["Subject"] = subject
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    m.set_content(body)
    return m.as_bytes()


def test_a_plain_message_in_a_known_thread_is_employer_other():
    raw = _plain("Jane Doe <jane@acme.com>", "Re: lunch", "Sounds good, see the attached map.")
    msg = parse_message(raw)
    assert understand(msg, Context(user_emails=USERS)).cls is Cls.NOISE
    got = understand(msg, Context(user_emails=USERS, thread_employer="acme.com"))
    assert got.cls is Cls.EMPLOYER_OTHER
    assert got.employer_key == "acme.com"


def test_a_promise_in_a_known_thread_is_a_status_update():
    raw = _plain("Jane Doe <jane@acme.com>", "Re: next steps", "Thanks Alex! We'll get back to you by Friday.")
    got = understand(parse_message(raw), Context(user_emails=USERS, thread_employer="acme.com"))
    assert got.cls is Cls.STATUS_UPDATE
    assert got.promised.date == date(2025, 12, 5)


def test_the_user_own_message_is_never_a_hiring_class():
    raw = _plain("Alex Morgan <alex.morgan@example.com>", "Thank you", "Thank you for the interview invitation.")
    assert understand(parse_message(raw), Context(user_emails=USERS)).cls not in HIRING_CLASSES


def test_a_rejection_that_starts_with_thank_you_for_applying_is_a_rejection():
    raw = _plain(
        "Jobs <jobs@corvid.io>", "Your application",
        "Thank you for applying to Corvid. Unfortunately, we have decided to move forward with other candidates.",
    )
    assert understand(parse_message(raw), Context()).cls is Cls.REJECTION


def test_a_negated_offer_is_not_an_offer():
    raw = _plain(
        "Jobs <jobs@corvid.io>", "Your application for Analyst",
        "Thank you for your application. We are not able to extend an offer to you at this time.",
    )
    assert understand(parse_message(raw), Context()).cls is Cls.REJECTION


def test_the_signature_without_sign_off_gives_the_recruiter_role():
    raw = _plain("Priya Raman <priya.raman@halcyonhealth.com>", "Analytics Engineer interview",
                 "Hi Alex,\n\nThanks for applying. Could you do a 30-minute interview on Thursday afternoon?\n\n"
                 "Priya Raman\nTalent Acquisition Partner\nHalcyon Health\n")
    got = understand(parse_message(raw), Context(user_emails=USERS))
    assert [(p.address.email, p.role) for p in got.people] == [("priya.raman@halcyonhealth.com", "recruiter")]


DEMO = Path(__file__).resolve().parent.parent / "followupd" / "demo" / "mailbox" / "mail"


@pytest.mark.parametrize("name,cls,role", [
    ("011-brightleaf-invitation.eml", "invitation", "Product Analyst"),
    ("014-brightleaf-second-round.eml", "scheduled", "Product Analyst"),
    ("016-brightleaf-second-round-cancelled.eml", "status_update", "Product Analyst"),
    ("021-quillon-invitation.eml", "invitation", "Ingénieur données"),
    ("042-tessellate-backend-invitation.eml", "invitation", "Backend Engineer"),
    ("024-quillon-documents-requested.eml", "doc_request", "Ingénieur données"),
])
def test_demo_messages_read_without_context(name, cls, role):
    got = understand(parse_message((DEMO / name).read_bytes()), Context(user_emails=USERS))
    assert got.cls == Cls(cls), got.reasons
    assert got.role == role


def test_french_document_requests_name_documents_in_french():
    got = understand(parse_message((DEMO / "024-quillon-documents-requested.eml").read_bytes()), Context())
    assert got.documents == ("références", "diplôme")
    assert got.deadline.date == date(2027, 3, 18)


# --- the keyword prefilter (understand/literals.py) must never hide a match -------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from followupd.understand.literals import EDGE, required_literals  # noqa: E402
from followupd.understand import text as text_module  # noqa: E402
from followupd.understand.text import Patterns, phrase_languages, phrases  # noqa: E402


def _pattern_lists():
    """Every compiled pattern list of every section of every language's tables."""
    for lang in phrase_languages():
        for section in phrases(lang).values():
            if isinstance(section, dict):
                yield from (v for v in section.values() if isinstance(v, Patterns))


def _filtered_patterns():
    return [(patterns, p) for patterns in _pattern_lists() for p in patterns if p.needs is not None]


def test_most_phrase_patterns_get_keywords_and_case_insensitive_ones_none():
    patterns = _filtered_patterns()
    assert len(patterns) > 300
    assert set(required_literals("(?:send|provide) (?:us )?your cv")) == {
        "send your cv", "send us your cv", "provide your cv", "provide us your cv"
    }
    assert set(required_literals(r"(?:send|provide)\b.{0,20}\bcv")) == {f"send{EDGE}", f"provide{EDGE}"}
    assert set(required_literals("regret to (?:inform|advise)")) == {"regret to inform", "regret to advise"}
    assert required_literals("send us", re.I) is None and required_literals("(?i:send us)") is None
    assert required_literals(r"\b.{0,5}\b") is None


def test_case_insensitive_patterns_get_keywords_to_find_in_the_folded_text():
    role = phrases("en")["role"]["patterns"]
    assert sum(p.needs is not None for p in role) > len(role) // 2
    (dashes,) = [p for p in role if p.needs and "|" in p.needs]  # "Acme | Data Engineer"
    assert dashes.needs == {"|", "—", "–"}
    assert dashes.may_match("Offer — Data Engineer") and not dashes.may_match("Offer: Data Engineer")
    # a pattern needing a colon and a dash or bar: one keyword of each set
    (both,) = [p for p in role if p.needs and p.also and "|" in p.also[0]]
    assert both.may_match("Acme | Data Engineer: next steps") and not both.may_match("Re: next steps")


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_a_text_a_phrase_pattern_matches_always_passes_its_keyword_test(data):
    patterns, pattern = data.draw(st.sampled_from(_filtered_patterns()))
    text = data.draw(st.from_regex(re.compile(pattern.pattern, pattern.flags)))
    if pattern.search(text):
        assert pattern.may_match(text), (pattern.pattern, text)
        assert pattern in patterns.candidates(text), (pattern.pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_list_s_candidates_are_its_patterns_that_may_match_in_table_order(data):
    patterns = data.draw(st.sampled_from([p for p in _pattern_lists() if len(p) > 1]))
    texts = [st.from_regex(re.compile(p.pattern, p.flags)) for p in patterns]
    text = "\n".join(data.draw(st.lists(st.one_of(texts), max_size=3)))
    assert patterns.candidates(text) == [p for p in patterns if p.may_match(text)]


def _keywords_of(folded: bool) -> list[str]:
    return sorted({k for patterns in _pattern_lists() if patterns._folded == folded for p in patterns
                   for keywords in (p.needs or (), *p.also) for k in keywords})


@settings(max_examples=300, deadline=None)
@given(st.booleans(), st.data())
def test_the_keywords_found_in_a_text_are_all_the_table_keywords_it_holds(folded, data):
    # Texts of overlapping and cut keywords: one inside another, a keyword's end opening the
    # next, short ones found by a substring test, the others by the automaton.
    keywords = _keywords_of(folded)
    pieces = st.sampled_from(keywords).flatmap(lambda k: st.sampled_from([k, k[1:], k[:-1], k[len(k) // 2:]]))
    text = "".join(data.draw(st.lists(pieces | st.sampled_from([" ", "\n", "é", "😀"]), max_size=12)))
    assert text_module._FINDERS[folded].found(text) == {k for k in keywords if k in text}


def test_every_fixture_sentence_a_pattern_matches_passes_its_keyword_test():
    for name in EXPECTED:
        msg = parse_message((MAIL / name).read_bytes())
        lowered = (msg.subject + "\n" + msg.text).lower().replace("’", "'")
        for patterns, pattern in _filtered_patterns():
            text = msg.subject + "\n" + msg.text if pattern.flags & re.I else lowered
            if pattern.search(text):
                assert pattern.may_match(text), (name, pattern.pattern)
                assert pattern in patterns.candidates(text), (name, pattern.pattern)


def test_stop_words_are_counted_as_the_case_insensitive_word_pattern_reads_lower_cased_text():
    every_lowered = "".join(chr(c).lower() for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    words = text_module._words
    assert re.findall(r"[a-zà-ÿ']+", every_lowered, re.I) == words(every_lowered)
    for chunk in (every_lowered[:256], every_lowered[:256].replace("ı", "").replace("ſ", ""), "l’équipe — ıſ a"):
        assert re.findall(r"[a-zà-ÿ']+", chunk, re.I) == words(chunk)


# --- reported speech and mailing lists ---------------------------------------------------------

_REJECTION_BODY = ("Hello Alex,\n\nThank you for interviewing for the Data Analyst position. "
                   "Unfortunately we have decided not to move forward with your application.\n\nBest,\nRita")


@pytest.mark.parametrize("quoted", [
    "Unfortunately we have decided not to move forward with your application at this time.",
    "Thank you for applying! We have received your application and our team will review it.",
])
def test_a_quotation_in_a_newsletter_is_reported_speech_not_a_decision(quoted):
    body = (f"This week a reader sent us the note she got from a hiring team: \u201c{quoted}\u201d Here "
            "is what such a note means, and why the recruiter's position matters.")
    msg = parse_message(_plain("Career Notes <editor@careernotes.example>", "How to read a rejection", body))
    assert understand(msg, Context(user_emails=USERS)).cls is Cls.NOISE
    # the same sentence said by the employer itself is a rejection
    direct = parse_message(_plain("Rita Lopez <rita@acme.example>", "Data Analyst", _REJECTION_BODY))
    assert understand(direct, Context(user_emails=USERS)).cls is Cls.REJECTION


def test_a_quoted_job_title_is_not_reported_speech():
    body = ("Hi Alex,\n\nThank you for applying to \u201cSenior Data Engineer, Platform Team (Remote)\u201d. "
            "We have received your application and will review it carefully.")
    msg = parse_message(_plain("Acme Careers <jobs@acme.example>", "Thanks for applying", body))
    assert understand(msg, Context(user_emails=USERS)).cls is Cls.ACKNOWLEDGEMENT


def _list_post(body: str, **headers) -> bytes:
    m = EmailMessage()
    m["From"] = "Sam Hill <sam@hill.example>"
    m["To"] = "jobs-talk@lists.example.org"
    m["Subject"] = "Re: war stories"
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    for name, value in headers.items():
        m[name.replace("_", "-")] = value
    m.set_content(body)
    return m.as_bytes()


def test_a_mailing_list_post_that_declines_something_is_noise():
    body = ("After the vote we have decided not to move forward with the new build system; the "
            "interview with the maintainers who argued for it is on the wiki.")
    for headers in ({"List_Id": "Jobs talk <jobs-talk.lists.example.org>"}, {"Precedence": "list"}):
        got = understand(parse_message(_list_post(body, **headers)), Context(user_emails=USERS))
        assert got.cls is Cls.NOISE
        assert any("mailing-list post" in r for r in got.reasons)


def test_a_list_post_about_the_users_own_application_still_counts():
    # A small employer that answers applicants through a list server is rare, but its mail must
    # not be lost: "your application" says it is about the user's own candidacy.
    body = ("Dear Alex,\n\nThank you for your application to the volunteer coordinator position. "
            "Unfortunately we have decided not to move forward with your application.")
    got = understand(parse_message(_list_post(body, List_Id="<hr.charity.example>")), Context(user_emails=USERS))
    assert got.cls is Cls.REJECTION


def _board(subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "Indeed <alert@indeed.com>"
    m["To"] = "alex.morgan@example.com"
    m["Subject"] = subject
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    m["List-Unsubscribe"] = "<https://indeed.com/unsubscribe>"
    m.set_content(body)
    return m.as_bytes()


def test_an_employers_rejection_relayed_by_a_job_board_is_a_rejection():
    raw = _board("Message from Harbor Logistics",
                 "Hi Alex,\n\nThank you for your application for Warehouse Lead. After careful review we "
                 "have decided to move forward with other candidates.\n\nHarbor Logistics")
    assert understand(parse_message(raw), Context(user_emails=USERS)).cls is Cls.REJECTION


@pytest.mark.parametrize("body", [
    # a digest: jobs to apply to, nothing about an application of the user's
    "New jobs for you: Warehouse Lead at Harbor Logistics. Other candidates applied in the last day. Apply now.",
    # about the user's application, but declining nothing
    "Your application for Warehouse Lead was viewed. Unfortunately we cannot show who viewed it on the free plan.",
])
def test_other_job_board_mail_stays_noise(body):
    assert understand(parse_message(_board("Jobs for you", body)), Context(user_emails=USERS)).cls is Cls.NOISE


@pytest.mark.parametrize("body, cls", [
    # a friend relaying her own news: others decided, nobody addresses the user
    ("Guess what, I finally heard back from the bank after the interview: they decided to go with another "
     "candidate. Drinks on Friday anyway?", Cls.NOISE),
    # a recruiter of a small firm on a free-mail address speaks for the team, to the user
    ("Hi Alex, thanks again for interviewing for the bookkeeper position. We went with another "
     "candidate this time, but I will keep your CV on file.", Cls.REJECTION),
])
def test_on_a_free_mail_address_a_decision_counts_when_it_addresses_the_user(body, cls):
    raw = _plain("Dana Wu <dana.wu@gmail.com>", "news", body)
    assert understand(parse_message(raw), Context(user_emails=USERS)).cls is cls


@pytest.mark.parametrize("sender, body, cls", [
    # a careers newsletter telling a story: bulk, no application of the user's
    ("CareerTips Weekly <news@careertips.example>",
     "This week a reader asks: the recruiter said the position has been filled internally. Should she ask why?",
     Cls.NOISE),
    # an employer's mass rejection sent through a mailing tool names the user's application
    ("Harbor Logistics <careers@harborlogistics.example>",
     "Dear Alex, thank you for your application. The position has been filled.", Cls.REJECTION),
    # an applicant-tracking system's notice counts even with bulk headers
    ("Harbor Logistics <no-reply@greenhouse.io>",
     "Dear Alex, the position has been filled. We wish you the best in your search.", Cls.REJECTION),
])
def test_bulk_mail_counts_only_about_the_users_own_application(sender, body, cls):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "alex.morgan@example.com"
    m["Subject"] = "Update"
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    m["List-Unsubscribe"] = "<mailto:leave@list.example>"
    m.set_content(body)
    assert understand(parse_message(m.as_bytes()), Context(user_emails=USERS)).cls is cls
