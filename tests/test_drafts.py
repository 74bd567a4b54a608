import re
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.config import UserConfig
from followupd.drafts.hashing import content_hash_of_raw
from followupd.drafts.render import RenderError, render, reply_subject
from followupd.errors import Error
from followupd.model import Address, Kind, MessageRef, Planned

USER = UserConfig(name="Alex Morgan", email=("alex.morgan@example.com", "alex@work.example"),
                  signature="Alex Morgan\n+1 555 0100")
NOW = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
MARIA = Address("maria.lopez@acme-robotics.com", "Maria Lopez")
TEMPLATES = Path(__file__).parent.parent / "followupd" / "drafts" / "templates"


def parent(**kw):
    base = dict(account="personal", uid="1", message_id="<CAK7xyz@mail.acme-robotics.com>",
                subject="Re: RE: Backend Engineer interview", date=datetime(2026, 3, 2, tzinfo=UTC),
                sender=MARIA, to=(Address("alex@work.example"),), thread_id="thread-9",
                references=("<root@acme-robotics.com>",))
    base.update(kw)
    return MessageRef(**base)


def planned(kind=Kind.THANK_YOU, to=(MARIA,), parent_msg=None, **context):
    ctx = dict(first_name="Maria", recipient_name="Maria Lopez", company="Acme Robotics", role="Backend Engineer",
               interview_title="Technical interview", interview_date="Tuesday 3 March",
               interview_weekday="Tuesday", documents=[], deadline=None, user_name="Alex Morgan",
               signature="Alex Morgan\n+1 555 0100", lang="en", subject=None, n=1, promised_date=None)
    ctx.update(context)
    return Planned(key=f"{kind}:0123456789abcdef01234567", kind=kind, employer_key="acme-robotics.com",
                   app_key="acme-robotics.com/_", due=NOW, status="due", account="personal", to=to,
                   parent=parent_msg, context=ctx)


def parse(raw):
    return BytesParser(policy=policy.default).parsebytes(raw)


def text_of(raw):
    return parse(raw).get_body(("plain",)).get_content().replace("\r\n", "\n")


def words(text):
    return len(text.split())


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_kind_renders_a_threaded_signed_draft(kind, lang):
    draft = render(planned(kind, parent_msg=parent(), lang=lang, documents=["references", "transcript"]),
                   USER, None, NOW)
    msg = parse(draft.raw)
    body = text_of(draft.raw)
    assert msg["Subject"] == "Re: Backend Engineer interview" == draft.subject
    assert msg["In-Reply-To"] == "<CAK7xyz@mail.acme-robotics.com>"
    assert msg["References"].split() == ["<root@acme-robotics.com>", "<CAK7xyz@mail.acme-robotics.com>"]
    assert msg["X-Followupd-Key"] == draft.key
    assert msg["From"].addresses[0].addr_spec == "alex@work.example"  # the address the parent was sent to
    assert msg["Message-ID"].endswith("@work.example>")
    assert body.splitlines()[0] == ("Bonjour Maria," if lang == "fr" else "Hi Maria,")
    assert body.rstrip().endswith("Alex Morgan\n+1 555 0100")
    assert "Acme Robotics" in body
    assert draft.thread_id == "thread-9" and draft.in_reply_to == "<CAK7xyz@mail.acme-robotics.com>"
    assert draft.content_hash == content_hash_of_raw(draft.raw)[0]
    assert content_hash_of_raw(draft.raw)[1] == draft.key
    assert b"\r\n" in draft.raw


def test_the_rejection_reply_asks_for_feedback_and_keeps_the_door_open():
    body = text_of(render(planned(Kind.REJECTION_REPLY, parent_msg=parent()), USER, None, NOW).raw)
    assert "feedback" in body and "future" in body and "Thank you" in body


def test_the_document_reply_names_the_documents_and_says_they_are_attached():
    body = text_of(render(planned(Kind.DOCUMENT_REPLY, parent_msg=parent(), documents=["references", "a transcript"]),
                          USER, None, NOW).raw)
    assert "references and a transcript" in body and "attached" in body


def test_a_thank_you_stays_under_120_words_with_long_names_and_titles():
    long = planned(first_name="Maximilian-Alexander", company="International Business Machines Corporation of "
                   "North America and Affiliated Subsidiaries", role="Senior Staff Principal Software Engineer, "
                   "Distributed Systems Platform Infrastructure", interview_title="Onsite interview loop round 3 of "
                   "4: system design with the platform infrastructure and reliability engineering team",
                   interview_date="Wednesday 30 September")
    for lang in ("en", "fr"):
        draft = render(planned(**{**long.context, "lang": lang}), USER, None, NOW)
        body = text_of(draft.raw)
        assert words(body) < 120, body


def test_a_fresh_thank_you_has_its_own_subject_and_no_threading_headers():
    msg = parse(render(planned(), USER, None, NOW).raw)
    assert msg["Subject"] == "Thank you – Backend Engineer interview"
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["From"].addresses[0].addr_spec == "alex.morgan@example.com"
    assert parse(render(planned(role=None), USER, None, NOW).raw)["Subject"] == "Thank you – our interview"
    assert parse(render(planned(lang="fr", role="Ingénieur"), USER, None, NOW).raw)["Subject"] == \
        "Merci – entretien pour le poste d'Ingénieur"


def test_an_unknown_first_name_gives_a_plain_greeting_and_no_none_anywhere():
    body = text_of(render(planned(first_name="", role=None, interview_title="", interview_date=None),
                          USER, None, NOW).raw)
    assert body.startswith("Hello,\n")
    assert "None" not in body and "  " not in body


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Interview", "Re: Interview"),
        ("RE: Re: Interview", "Re: Interview"),
        ("Réf. : Entretien", "Re: Entretien"),
        ("TR: Fwd: Interview", "Re: Interview"),
        ("Re[2]: Interview", "Re: Interview"),
        ("Re:\r\n Bcc: x@evil.example", "Re: Bcc: x@evil.example"),
        ("Regarding your application", "Re: Regarding your application"),
    ],
)
def test_reply_subjects_never_double_the_prefix(subject, expected):
    assert reply_subject(subject) == expected


def test_references_keep_the_first_and_the_last_ten():
    refs = tuple(f"<DM6PR11MB4{i:03d}A1B2C3D4E5F6A7B8C9D0E1F2@DM6PR11MB4123.namprd11.prod.outlook.com>"
                 for i in range(20))
    msg = parse(render(planned(parent_msg=parent(references=refs)), USER, None, NOW).raw)
    got = msg["References"].split()
    assert got == [refs[0], *refs[11:], "<CAK7xyz@mail.acme-robotics.com>"]
    assert "=?" not in str(msg["References"])  # long ids are folded, never encoded


@pytest.mark.parametrize("leftover", ["{{ oops }}", "[Name]", "<name>", "TODO", "None"])
def test_a_template_that_leaves_a_placeholder_is_refused(tmp_path, leftover):
    (tmp_path / "thank_you.txt.j2").write_text("Hi {{ first_name }},\n\nThanks! {% raw %}" + leftover
                                               + "{% endraw %}\n")
    with pytest.raises(RenderError, match="placeholder"):
        render(planned(), USER, str(tmp_path), NOW)
    assert issubclass(RenderError, Error)


def test_a_user_template_overrides_the_shipped_one_and_unknown_variables_fail(tmp_path):
    (tmp_path / "check_in.txt.j2").write_text("Dear {{ first_name }}, any news from {{ company }}?\n{{ signature }}\n")
    draft = render(planned(Kind.CHECK_IN, parent_msg=parent()), USER, str(tmp_path), NOW)
    assert text_of(draft.raw).startswith("Dear Maria, any news from Acme Robotics?")
    (tmp_path / "check_in.txt.j2").write_text("Dear {{ nickname }}\n")
    with pytest.raises(RenderError, match="nickname"):
        render(planned(Kind.CHECK_IN, parent_msg=parent()), USER, str(tmp_path), NOW)


def test_without_a_recipient_or_a_user_address_nothing_is_rendered():
    with pytest.raises(RenderError):
        render(planned(to=()), USER, None, NOW)
    with pytest.raises(RenderError):
        render(planned(), UserConfig(name="Alex"), None, NOW)


def test_the_shipped_templates_use_no_placeholder_and_every_kind_has_both_languages():
    names = sorted(p.name for p in TEMPLATES.glob("*.j2"))
    assert names == sorted([f"{k}.txt.j2" for k in Kind] + [f"{k}.fr.txt.j2" for k in Kind])
    for path in TEMPLATES.glob("*.j2"):
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", path.read_text())
        assert not re.search(r"\[[A-Z][a-z]+\]|TODO|XXX", text), path.name


hostile = st.lists(
    st.sampled_from(list("abcXYZ éøü中\"',;:<>@()[]\\\r\n\t=?") + ["=?utf-8?q?x?=", "\r\nBcc: evil@x.example"]),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(name=hostile, subject=hostile, company=hostile)
def test_hostile_names_and_subjects_stay_inside_their_own_header(name, subject, company):
    to = (Address("maria.lopez@acme-robotics.com", name), Address("kenji@acme-robotics.com", "Kenji"))
    p = planned(to=to, parent_msg=parent(subject=subject), first_name=" ".join(name.split())[:10] or "",
                company=company or "Acme")
    try:
        draft = render(p, UserConfig(name=name, email=("alex@example.com",)), None, NOW)
    except RenderError:
        return  # refusing is fine; writing a broken message is not
    msg = parse(draft.raw)
    assert not msg.defects
    assert [a.addr_spec for a in msg["To"].addresses] == [a.email for a in to]
    assert [a.addr_spec for a in msg["From"].addresses] == ["alex@example.com"]
    assert msg.get_all("Bcc") is None and msg.get_all("Cc") is None
    for header in ("To", "From", "Subject", "X-Followupd-Key", "In-Reply-To"):
        assert len(msg.get_all(header)) == 1
    head = draft.raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert line[:1] in (b" ", b"\t") or re.match(rb"^[A-Za-z-]+:( |$)", line), line
    assert str(msg["Subject"]) == draft.subject
    assert draft.content_hash == content_hash_of_raw(draft.raw)[0]
