import base64
import email.utils
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.errors import ParseError
from followupd.understand.parse import _address_pairs, _content_charset, _parse_date, _parse_fast, parse_message


def build(body="Hello Alex,\n\nThanks for your time.\n", subtype="plain", **headers) -> bytes:
    msg = EmailMessage()
    defaults = {
        "From": "Jane Doe <jane@acme.com>",
        "To": "Alex Morgan <alex@example.com>",
        "Subject": "Your interview",
        "Date": "Mon, 01 Dec 2025 10:00:00 +0100",
        "Message-ID": "<m1@acme.com>",
    }
    defaults.update({k.replace("_", "-"): v for k, v in headers.items()})
    for name, value in defaults.items():
        if value is not None:
            msg[name] = value
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


def test_addresses_subject_date_and_ids_are_read():
    m = parse_message(build(In_Reply_To="<a@x>", References="<z@x> <a@x>", Cc="Bob <Bob@Acme.com>"))
    assert m.message_id == "<m1@acme.com>"
    assert m.sender.email == "jane@acme.com" and m.sender.name == "Jane Doe"
    assert [a.email for a in m.to] == ["alex@example.com"]
    assert [a.email for a in m.cc] == ["bob@acme.com"]
    assert m.subject == "Your interview"
    assert m.date == datetime(2025, 12, 1, 9, tzinfo=timezone.utc)
    assert m.date.utcoffset() == timedelta(hours=1)
    assert m.in_reply_to == "<a@x>"
    assert m.references == ("<z@x>", "<a@x>")


def test_a_naive_date_is_taken_as_utc():
    m = parse_message(build(Date="1 Dec 2025 10:00:00"))
    assert m.date.tzinfo is not None


def test_a_broken_date_and_from_do_not_raise_and_are_recorded_as_defects():
    raw = (
        b"From: <<<not an address\r\nDate: the day after tomorrow\r\nSubject: hi\r\n"
        b"Message-ID: <x@y>\r\n\r\nbody\r\n"
    )
    m = parse_message(raw)
    assert m.date is None and m.sender is None
    assert any("Date" in d for d in m.defects)
    assert any("From" in d for d in m.defects)


def test_a_missing_message_id_is_synthesized_deterministically():
    raw = build(Message_ID=None)
    a, b = parse_message(raw), parse_message(raw)
    assert a.message_id == b.message_id
    assert a.message_id.endswith("@followupd.invalid>") and a.message_id.startswith("<")
    assert parse_message(build(Message_ID=None, Subject="other")).message_id != a.message_id


def test_only_the_useful_headers_are_kept_lower_cased():
    m = parse_message(build(List_Unsubscribe="<mailto:u@x>", Precedence="bulk", X_Spam="yes"))
    assert m.headers["list-unsubscribe"] == "<mailto:u@x>"
    assert m.headers["precedence"] == "bulk"
    assert "x-spam" not in m.headers


def test_html_only_bodies_become_readable_text():
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Hello&nbsp;Alex,</p><div>We&#39;d like to invite you &amp; the team.</div>"
        "<ul><li>Monday</li><li>Tuesday</li></ul>Line<br>break</body></html>"
    )
    m = parse_message(build(html, subtype="html"))
    assert [line for line in m.text.split("\n") if line] == [
        "Hello Alex,", "We'd like to invite you & the team.", "Monday", "Tuesday", "Line", "break",
    ]
    assert "alert" not in m.text and "color" not in m.text


def test_plain_text_is_preferred_over_html():
    msg = EmailMessage()
    msg["From"] = "a@acme.com"
    msg.set_content("plain version")
    msg.add_alternative("<p>html version</p>", subtype="html")
    assert parse_message(msg.as_bytes()).text == "plain version"


def test_quoted_printable_and_base64_bodies_are_decoded():
    qp = (
        b"From: a@acme.com\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nNous avons bien re=C3=A7u votre candida=\r\nture.\r\n"
    )
    assert parse_message(qp).text == "Nous avons bien reçu votre candidature."
    b64 = base64.b64encode("Réponse positive".encode("latin-1"))
    raw = (
        b"From: a@acme.com\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"\r\n"
    )
    assert parse_message(raw).text == "Réponse positive"


def test_an_unknown_or_wrong_charset_falls_back_without_raising():
    raw = b"From: a@acme.com\r\nContent-Type: text/plain; charset=x-nonsense\r\n\r\ncaf\xc3\xa9\r\n"
    m = parse_message(raw)
    assert m.text == "café"
    assert any("charset" in d for d in m.defects)
    raw = b"From: a@acme.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ncaf\xe9\r\n"
    assert parse_message(raw).text == "café"


def test_quoted_history_is_removed_from_the_body():
    body = (
        "Thanks Alex, Friday works.\n\nOn Mon, Dec 1, 2025 at 10:00 AM Alex Morgan <alex@example.com>\n"
        "wrote:\n> Would Friday work?\n> Alex\n"
    )
    m = parse_message(build(body))
    assert m.body == "Thanks Alex, Friday works."
    assert "Would Friday" in m.text


@pytest.mark.parametrize(
    "quoted",
    [
        "Le lun. 1 déc. 2025 à 10:00, Alex Morgan <alex@example.com> a écrit :\n> Bonjour",
        "-----Original Message-----\nFrom: Alex\nSent: Monday\nSubject: hi\n\nold text",
        "From: Alex Morgan <alex@example.com>\nSent: Monday, December 1, 2025 10:00 AM\nTo: Jane\n\nold",
        "De : Alex Morgan <alex@example.com>\nEnvoyé : lundi 1 décembre 2025 10:00\nÀ : Jane\n\nancien",
        "> just a quoted line\n> another",
    ],
)
def test_every_kind_of_reply_header_starts_the_quoted_history(quoted):
    m = parse_message(build("New text here.\n\n" + quoted + "\n"))
    assert m.body == "New text here."


def test_a_sign_off_block_becomes_the_signature():
    body = (
        "Hi Alex,\n\nWe'd like to invite you to a first interview.\n\n"
        "Best regards,\nJane Doe\nSenior Recruiter | Acme\n"
    )
    m = parse_message(build(body))
    assert m.body == "Hi Alex,\n\nWe'd like to invite you to a first interview."
    assert m.signature == "Best regards,\nJane Doe\nSenior Recruiter | Acme"


def test_a_signature_block_without_a_sign_off_is_split_when_it_opens_with_the_senders_name():
    body = (
        "Hi Alex,\n\nCould you do a 30-minute call on Thursday afternoon?\n\n"
        "Priya Raman\nTalent Acquisition Partner\nHalcyon Health\n"
    )
    m = parse_message(build(body, From="Priya Raman <priya.raman@halcyonhealth.com>"))
    assert m.body == "Hi Alex,\n\nCould you do a 30-minute call on Thursday afternoon?"
    assert m.signature == "Priya Raman\nTalent Acquisition Partner\nHalcyon Health"


def test_a_last_paragraph_by_someone_else_is_not_taken_for_a_signature():
    body = "Hi Alex,\n\nPlease meet our team lead:\n\nSam Okafor\nHead of Product\n"
    m = parse_message(build(body, From="Priya Raman <priya.raman@halcyonhealth.com>"))
    assert m.signature == "" and "Sam Okafor" in m.body


def test_a_closing_line_followed_by_the_first_name_starts_the_signature():
    body = "Hi Alex,\n\nWe need to cancel tomorrow.\n\nApologies again,\nJordan\n\nJordan Ellis\nTalent Partner | Brightleaf\n"
    m = parse_message(build(body, From="Jordan Ellis <jordan.ellis@brightleaf.io>"))
    assert m.body == "Hi Alex,\n\nWe need to cancel tomorrow."
    assert m.signature.endswith("Talent Partner | Brightleaf")


def test_an_ats_message_is_signed_by_its_human_reply_to():
    body = "Hi Alex,\n\nPlease choose a time.\n\nPriya Raman\nTechnical Recruiter | Halcyon Health\n"
    m = parse_message(build(body, From="Halcyon Health Hiring Team <no-reply@us.greenhouse-mail.io>",
                            Reply_To="Priya Raman <priya.raman@halcyonhealth.com>"))
    assert m.signature == "Priya Raman\nTechnical Recruiter | Halcyon Health"


def test_a_dash_dash_line_starts_the_signature():
    m = parse_message(build("See you Friday.\n-- \nJane Doe\nAcme\n"))
    assert m.body == "See you Friday."
    assert m.signature == "Jane Doe\nAcme"


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:i1@acme.com\r\n"
    "DTSTART:20251205T150000Z\r\nDTEND:20251205T160000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_calendar_parts_and_ics_attachments_become_invites():
    msg = EmailMessage()
    msg["From"] = "jane@acme.com"
    msg.set_content("Invitation attached.")
    msg.add_attachment(ICS.encode(), maintype="application", subtype="ics", filename="invite.ics")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="offer.pdf")
    m = parse_message(msg.as_bytes())
    assert [e.uid for e in m.invites] == ["i1@acme.com"]
    assert m.invites[0].method == "REQUEST"
    assert m.attachments == ("invite.ics", "offer.pdf")
    assert m.text == "Invitation attached."


def test_a_broken_invitation_is_a_defect_not_a_crash():
    msg = EmailMessage()
    msg["From"] = "jane@acme.com"
    msg.set_content("Invitation attached.")
    msg.add_attachment("BEGIN:VCALENDAR\r\ngarbage", subtype="calendar")
    m = parse_message(msg.as_bytes())
    assert m.invites == ()
    assert any("invitation" in d for d in m.defects)


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02 binary junk", b"just some words\nand more"])
def test_input_that_is_not_a_message_raises_parse_error(raw):
    with pytest.raises(ParseError):
        parse_message(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_a_message_or_parse_error(raw):
    try:
        m = parse_message(raw)
    except ParseError:
        return
    assert m.message_id.startswith("<")


_header_line = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Date", "Subject", "Message-ID", "Content-Type",
     "Content-Transfer-Encoding", "References", "MIME-Version"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_header_line, st.binary(max_size=60)), max_size=8), st.binary(max_size=300))
def test_messages_with_arbitrary_header_values_never_raise_anything_but_parse_error(headers, body):
    raw = b"".join(name.encode() + b": " + value.replace(b"\n", b" ") + b"\r\n" for name, value in headers)
    raw = b"X-Test: 1\r\n" + raw + b"\r\n" + body
    try:
        m = parse_message(raw)
    except ParseError:
        return
    assert m.date is None or m.date.tzinfo is not None


_address_word = st.sampled_from(
    ["Jane", "Doe", "J.", "José", "jane", "acme.com", "a..b", ".x", "x.", ".", "x_y", "o'k", "+1", "=?utf-8?q?x?="]
)
_address = st.one_of(
    st.builds("{}@{}".format, _address_word, _address_word),
    st.builds("{} <{}@{}>".format, _address_word, _address_word, _address_word),
    st.builds('"{}" <{}@{}>'.format, st.text(alphabet='ab ,;<>@.()\\"\r\n\t', max_size=8), _address_word, _address_word),
    st.builds("<{}@{}>".format, _address_word, _address_word),
)
_address_junk = st.sampled_from(
    [" ", "  ", ",", ", ", " , ", '"', "<", ">", "@", ".", "..", "(a comment)", "(", ":", ";", "\\", "[1.2.3.4]",
     "\t", "\xa0", "\r\n", "Group:", "é"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(_address, _address_junk), max_size=6).map("".join))
def test_address_headers_are_read_as_getaddresses_reads_them(value):
    # _address_pairs reads the common shapes itself, faster: it must never differ.
    assert _address_pairs(value) == email.utils.getaddresses([value])


def _structure(msg):
    """Everything of a compat32 message _read can see, part by part."""
    return [
        (
            part.get_unixfrom(), list(part.raw_items()), part.get_default_type(), part.preamble, part.epilogue,
            [type(d).__name__ for d in part.defects],
            len(part.get_payload()) if part.is_multipart() else part.get_payload(),
        )
        for part in msg.walk()
    ]


def _compat32(raw: bytes):
    return BytesParser(policy=policy.compat32).parsebytes(raw)


def test_plain_and_multipart_messages_take_the_fast_path_and_read_as_the_stdlib_reads_them():
    alternative = EmailMessage()
    alternative["From"] = "Jane Doe <jane@acme.com>"
    alternative["Subject"] = "Interview"
    alternative.set_content("Hello\n\n-- \nJane\n")
    alternative.add_alternative("<p>Hello</p>", subtype="html")
    alternative.preamble = "This is a multi-part message.\n"
    alternative.epilogue = "after\n"
    for raw in (build(), build().replace(b"\n", b"\r\n"), alternative.as_bytes(), alternative.as_bytes().replace(b"\n", b"\r\n"),
                b"From jane@acme.com Mon Dec  1 10:00:00 2025\n" + alternative.as_bytes()):
        fast = _parse_fast(raw)
        assert fast is not None
        assert _structure(fast) == _structure(_compat32(raw))


_boundary = "=_b1"
_multipart_types = [f'Content-Type: multipart/alternative; boundary="{_boundary}"', f"Content-Type: multipart/mixed; boundary={_boundary}"]
_usual_headers = ["From: Jane <jane@acme.com>", "Subject: hi", "X-A:", "X-B:  spaced ", " folded", "\tfolded",
                  "Content-Type: text/plain", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"]
_odd_headers = ["From jane Mon 1", "Bad Header: x", ": no name", "X-\xe9: 8bit", "no colon", "", "X-C: a\rb", "X-D: a\nb",
                "X-E:\x0b\x0cv", *_multipart_types,
                f"Content-Type: multipart/digest; boundary={_boundary}", "Content-Type: multipart/mixed",
                "Content-Type: message/rfc822", "Content-Transfer-Encoding: quoted-printable"]
_headers = st.lists(st.sampled_from(_usual_headers * 10 + _odd_headers), max_size=4)
_lines = st.lists(st.sampled_from([
    f"--{_boundary}", f"--{_boundary}--", f"--{_boundary}x", f" --{_boundary}", "--", "\r", *[""] * 4, *["text"] * 8,
    "Content-Type: text/plain", "From x", "caf\xe9",
]), max_size=3)
_part = st.tuples(
    st.sampled_from([f"--{_boundary}"] * 4 + [f"--{_boundary} \t", f"--{_boundary}--", f"--{_boundary}x"]),
    _headers, st.sampled_from([[""]] * 4 + [[]]), _lines,
).map(lambda p: [p[0], *p[1], *p[2], *p[3]])
_multipart = st.tuples(
    st.sampled_from(_multipart_types * 16 + _usual_headers + _odd_headers), _headers,
    _lines, st.lists(_part, max_size=4), st.sampled_from([[f"--{_boundary}--"]] * 4 + [[f"--{_boundary}-- "], []]), _lines,
).map(lambda m: ([m[0], *m[1]], [*m[2], *(line for part in m[3] for line in part), *m[4], *m[5]]))


@settings(max_examples=2000, deadline=None)
@given(_multipart, st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_the_fast_parse_reads_what_the_stdlib_reads_or_leaves_it_to_the_stdlib(message, eol, final_eol):
    headers, body = message
    raw = (eol.join(headers) + eol + eol + eol.join(body) + (eol if final_eol else "")).encode("latin-1")
    fast = _parse_fast(raw)
    if fast is not None:
        assert _structure(fast) == _structure(_compat32(raw))


def _outcome(read, value):
    try:
        return repr(read(value))
    except Exception:  # the parser records any failure alike
        return "raises"


_date_value = st.builds(
    "{}{} {} {} {}:{}:{} {}{}{}".format,
    st.sampled_from(["", "Mon, ", "Sun, ", "Foo, ", "mon, ", "Mon,"]),
    st.sampled_from(["1", "01", "31", "0", "32", "7"]),
    st.sampled_from(["Jan", "Feb", "Dec", "dec", "June", "Xyz"]),
    st.sampled_from(["2025", "1999", "0099", "99", "1900", "9999"]),
    st.sampled_from(["00", "10", "23", "24"]), st.sampled_from(["00", "59", "60"]), st.sampled_from(["00", "59", "60", "61"]),
    st.sampled_from(["+", "-", ""]), st.sampled_from(["0000", "0100", "0530", "2359", "2400", "9999", "GMT", "EST"]),
    st.sampled_from(["", " (CEST)", "(CEST)", " x y", " ", "\n"]),
)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_date_value, st.text(alphabet="0123456789 :+-,MonJanGT", max_size=30)))
def test_dates_are_read_as_parsedate_to_datetime_reads_them(value):
    # _parse_date reads the usual shape itself, faster: it must never differ.
    assert _outcome(_parse_date, value) == _outcome(email.utils.parsedate_to_datetime, value)


_content_type = st.builds(
    "{}{}{}{}{}{}{}{}".format,
    st.sampled_from(["text/plain"] * 4 + ["text/html", "charset", "a=b", "text/\xe9", "text/\udce9", 'text/"x"', ""]),
    st.sampled_from([";"] * 3 + ["; ", ";\r\n\t", " ;", ""]),
    st.sampled_from(["charset"] * 6 + ["CharSet", "charſet", "name", "charset*"]),
    st.sampled_from(["="] * 6 + [" = ", ""]),
    st.sampled_from(['"'] * 3 + ["", "'"]),
    st.sampled_from(["utf-8"] * 3 + ["UTF-8", "iso-8859-1", "x y", "", "\\x", "é"]),
    st.sampled_from(['"'] * 3 + ["", "'"]),
    st.sampled_from([""] * 4 + [";", "; format=flowed", "; charset=us-ascii", "; charset*=utf-8''x", ' ; a="b"', " x"]),
)


@settings(max_examples=1500, deadline=None)
@given(_content_type)
def test_charsets_are_read_as_get_content_charset_reads_them(value):
    part = Message()
    part.set_raw("Content-Type", value)
    assert _outcome(_content_charset, part) == _outcome(Message.get_content_charset, part)
