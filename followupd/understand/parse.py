"""Read one RFC 5322 message into :class:`followupd.model.ParsedMessage`.

Given the raw bytes of a message, :func:`parse_message` returns what the classifier needs:
addresses, an aware date, a few headers, the readable text (HTML turned into text), the body
without quoted history and signature, the ICS invitations it carries and its attachment names.
Whatever is broken but survivable (a bad Date, an unknown charset, an unreadable invitation) is
recorded in ``defects``; only input that is not a message at all raises ParseError.
"""

from __future__ import annotations

import codecs
import email.header
import email.utils
import hashlib
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import Message
from email.parser import BytesParser

from followupd.errors import ParseError
from followupd.model import Address, ParsedMessage
from followupd.understand.ics import parse_ics
from followupd.understand.text import html_to_text, split_signature, strip_quotes, tidy

KEPT_HEADERS = (
    "list-unsubscribe",
    "list-id",
    "precedence",
    "auto-submitted",
    "x-auto-response-suppress",
    "x-followupd-key",
    "return-path",
    "x-mailer",
    "feedback-id",
    "content-language",
)
_READ_HEADERS = frozenset(
    ("message-id", "from", "reply-to", "to", "cc", "subject", "date", "in-reply-to", "references", *KEPT_HEADERS)
)
_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
_MSGID = re.compile(r"<[^<>\s]+>")
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse ``raw`` (a whole RFC 5322 message). Raise ParseError when it is empty or not a
    message at all; never another exception."""
    if not isinstance(raw, (bytes, bytearray)) or not raw or raw.isspace():
        raise ParseError("empty message")
    raw = bytes(raw)
    start = raw.lstrip(b"\r\n")  # both tests read the first line only, without copying the rest
    if not _HEADER_LINE.match(start) and not start.startswith(b"From "):
        raise ParseError("not an e-mail message: it does not start with a header")
    try:
        # compat32: headers stay plain strings (policy.default builds a structured object for
        # every header fetched, which was a third of the parse time); we decode the few we use.
        msg = _parse_fast(raw) or BytesParser(policy=policy.compat32).parsebytes(raw)
    except Exception as exc:
        raise ParseError(f"unreadable message: {exc}") from exc
    if not msg.keys():
        raise ParseError("not an e-mail message: no headers")
    try:
        return _read(msg, raw)
    except ParseError:
        raise
    except Exception as exc:  # a last guard: the stdlib has corner cases that raise
        raise ParseError(f"unreadable message: {type(exc).__name__}: {exc}") from exc


def _parse_fast(raw: bytes) -> Message | None:
    """The message a full compat32 parse gives, built faster, or None to do the full parse.

    The stdlib parser reads every line in Python, headers and body; most mail is a header block
    and one text part, or one level of text parts. For those, when the message is well formed
    (one line-ending style, headers ending at a blank line, boundaries where RFC 2046 puts them),
    the structure is built here from the same ASCII/surrogateescape text: the same headers,
    payloads, preamble and epilogue. Anything else (nested multiparts, message/*, a defect the
    stdlib would record) returns None."""
    newline = raw.find(b"\n")
    eol = "\r\n" if newline > 0 and raw.startswith(b"\r", newline - 1) else "\n"
    text = raw.decode("ascii", "surrogateescape")
    read = _read_part(text, eol)
    if read is None:
        return None
    msg, body = read
    maintype = msg.get_content_maintype()
    if maintype == "message":
        return None
    if maintype != "multipart":
        msg.set_payload(body)
        return msg
    if not _one_line_ending(text, eol) or not _read_subparts(msg, body, eol):
        return None
    return msg


def _one_line_ending(text: str, eol: str) -> bool:
    """Whether every line of ``text`` ends with ``eol``: the stdlib also ends lines at a lone
    CR or LF, which the fast path does not follow."""
    if eol == "\n":
        return "\r" not in text
    return text.count("\r") == text.count("\n") == text.count("\r\n")


def _read_part(text: str, eol: str) -> tuple[Message, str] | None:
    """A part's headers and the body after the blank line that ends them, or None unless the
    header lines use ``eol`` alone and are all well formed."""
    if text.startswith(eol):
        return Message(), text[len(eol) :]
    end = text.find(eol + eol)
    head = text[:end]
    if end < 0 or not _one_line_ending(head, eol):
        return None
    msg = _read_headers(head, eol)
    return (msg, text[end + 2 * len(eol) :]) if msg else None


# The rest of a boundary line after "--boundary": "--" if it closes, blanks, then the line end.
_BOUNDARY_END = re.compile(r"(--)?[ \t]*(?=\r?\n|\Z)")


def _read_subparts(msg: Message, body: str, eol: str) -> bool:
    """Attach to ``msg`` the parts of its multipart ``body`` as compat32 reads them (the line
    end before a boundary belongs to it), with its preamble and epilogue; False (``msg`` left
    half built) for anything but a flat list of non-multipart parts closed by the final
    boundary."""
    boundary = msg.get_boundary()
    if (
        not boundary
        or msg.get_content_type() == "multipart/digest"  # its parts default to message/rfc822
        or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary")
    ):
        return False
    text = eol + body  # each boundary line is found with the line end before it
    separator = eol + "--" + boundary
    boundaries = []  # (start of the line end before, end of the boundary line, closes)
    found = text.find(separator)
    while found >= 0:
        rest = _BOUNDARY_END.match(text, found + len(separator))
        if rest:
            boundaries.append((found, rest.end(), bool(rest.group(1))))
            if rest.group(1):
                break
        found = text.find(separator, found + 1)
    if len(boundaries) < 2 or not boundaries[-1][2]:  # no part, or no closing boundary
        return False
    if boundaries[0][0] > 0:
        msg.preamble = text[len(eol) : boundaries[0][0]]
    for (_, end, _), (start, _, _) in zip(boundaries, boundaries[1:]):
        read = _read_part(text[end + len(eol) : start + len(eol)], eol)  # None when empty
        if read is None:
            return False
        part, payload = read
        if part.get_content_maintype() in ("multipart", "message"):
            return False
        part.set_payload(payload[: -len(eol)] if payload.endswith(eol) else payload)
        msg.attach(part)
    msg.epilogue = text[boundaries[-1][1] + len(eol) :]
    return True


# A header as compat32 reads it from lines ending with the given line end: a name of the
# characters it allows, the colon, blanks it drops, then the value with its continuation lines.
# The block holds no other line end (checked before), so a line is anything but the line end's
# first character: a class of one character, which the regex engine runs through fastest.
_HEADERS = {
    eol: re.compile(rf"([!-9;-~]+):[ \t]*([^{eol[0]}]*(?:{eol}[ \t][^{eol[0]}]*)*)(?:{eol}|\Z)") for eol in ("\n", "\r\n")
}


def _read_headers(block: str, eol: str) -> Message | None:
    """The headers compat32's feed parser reads from ``block`` (header lines joined by ``eol``),
    or None for anything it would read with a defect: a line that is neither a header nor a
    continuation, a continuation first, an envelope "From " line after the first."""
    msg = Message()
    if block.startswith("From "):
        envelope, _, block = block.partition(eol)
        msg.set_unixfrom(envelope)
    pos = 0
    for header in _HEADERS[eol].finditer(block):
        if header.start() != pos:
            return None
        msg.set_raw(header[1], header[2])
        pos = header.end()
    return msg if pos == len(block) else None


def _read(msg: Message, raw: bytes) -> ParsedMessage:
    defects: list[str] = []
    raw_headers = _raw_headers(msg)

    message_id = _first_id(raw_headers.get("message-id", ""))
    if not message_id:
        message_id = f"<{hashlib.sha256(raw).hexdigest()[:32]}@followupd.invalid>"
        defects.append("no Message-ID: synthesized one")

    sender = _addresses(raw_headers.get("from", ""), "From", defects)
    texts, htmls, invites, attachments = [], [], [], []
    for part in _walk(msg, defects):
        ctype = part.get_content_type()
        filename = _filename(part)
        if ctype in _CALENDAR_TYPES or (filename or "").lower().endswith(".ics"):
            payload = _payload(part)
            try:
                invites.extend(parse_ics(payload))
            except ParseError as exc:
                defects.append(f"unreadable invitation: {exc}")
            if filename:
                attachments.append(filename)
            continue
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        if filename or disposition == "attachment":
            if filename:
                attachments.append(filename)
            if disposition == "attachment" or ctype not in ("text/plain", "text/html"):
                continue
        if ctype == "text/plain":
            texts.append(_decode(part, defects))
        elif ctype == "text/html":
            htmls.append(_decode(part, defects))

    plain = tidy("\n\n".join(t for t in texts if t and not t.isspace()))
    if plain and htmls and len(plain) < 200 and sum(len(h) for h in htmls) > 10 * len(plain):
        plain = ""  # a placeholder ("best viewed as HTML") beside the real HTML body
    if plain and not _looks_like_html(plain):
        text = plain
    elif htmls:
        text = html_to_text("\n".join(htmls))
    else:
        text = html_to_text(plain) if plain else ""
    unquoted = strip_quotes(text)
    reply_to = _addresses(raw_headers.get("reply-to", ""), "Reply-To", defects)
    body, signature = split_signature(unquoted, sender[0].name if sender else "")
    for human in reply_to if not signature else ():  # an ATS sends, a recruiter signs
        body, signature = split_signature(unquoted, human.name)
        if signature:
            break

    return ParsedMessage(
        message_id=message_id,
        subject=_subject(raw_headers.get("subject", "")),
        date=_date(raw_headers.get("date", ""), defects),
        sender=sender[0] if sender else None,
        reply_to=tuple(reply_to),
        to=tuple(_addresses(raw_headers.get("to", ""), "To", defects)),
        cc=tuple(_addresses(raw_headers.get("cc", ""), "Cc", defects)),
        in_reply_to=_first_id(raw_headers.get("in-reply-to", "")),
        references=tuple(_MSGID.findall(_unfold(raw_headers.get("references", "")))),
        headers={k: _unfold(raw_headers[k]) for k in KEPT_HEADERS if k in raw_headers},
        text=text,
        body=body,
        signature=signature,
        invites=tuple(invites),
        attachments=tuple(attachments),
        defects=tuple(defects),
    )


def _raw_headers(msg: Message) -> dict[str, str]:
    """First value of each header read, as a decoded string, without policy.default's
    structured parsing (which can raise on broken headers). Trace headers (Received…) are the
    many others: they are not decoded."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key in _READ_HEADERS and key not in out:
            out[key] = _decode_header(str(value))
    return out


def _decode_header(value: str) -> str:
    # Surrogate-escaped bytes from an unencoded 8-bit header: read them as UTF-8, else Latin-1.
    if not value.isascii() and any("\udc80" <= ch <= "\udcff" for ch in value):
        data = value.encode("utf-8", "surrogateescape")
        try:
            value = data.decode("utf-8")
        except UnicodeDecodeError:
            value = data.decode("cp1252", "replace")
    if "=?" in value:
        try:
            value = str(email.header.make_header(email.header.decode_header(value)))
        except Exception:
            pass
    return value


def _unfold(value: str) -> str:
    return " ".join(value.split())


def _subject(value: str) -> str:
    return _unfold(value)


def _first_id(value: str) -> str | None:
    found = _MSGID.search(value or "")
    if found:
        return found.group(0)
    value = _unfold(value or "")
    if value and " " not in value and "@" in value:
        return f"<{value}>"
    return None


def _addresses(value: str, name: str, defects: list[str]) -> list[Address]:
    if not value.strip():
        return []
    try:
        pairs = _address_pairs(_unfold(value))
    except Exception:
        pairs = []
    out = [Address(addr, display) for display, addr in pairs if "@" in addr and " " not in addr.strip()]
    if not out:
        defects.append(f"unreadable {name} header")
    return out


# The shapes nearly every address header has, "Name <a@b.c>", '"Doe, Jane" <a@b.c>', "<a@b.c>",
# "a@b.c", read by a regular expression to the pairs getaddresses gives (its parser walks the
# header a character at a time in Python); anything else is left to getaddresses.
_WORD = r'[^\s()<>@,:;"\[\]\\]+'  # atoms and dots: a phrase word, a local part, a domain
_ADDR_SPEC = rf"{_WORD}@{_WORD}"
_ADDRESS = re.compile(rf'(?:"([^"\\\r]*)" ?|({_WORD}(?: {_WORD})*) ?)?<({_ADDR_SPEC})>|({_ADDR_SPEC})')
_ADDRESS_SEPARATOR = re.compile(r" ?, ?")


def _address_pairs(value: str) -> list[tuple[str, str]]:
    """``email.utils.getaddresses([value])``, faster for the common shapes."""
    pairs, pos = [], 0
    while True:
        found = _ADDRESS.match(value, pos)
        if not found:
            return email.utils.getaddresses([value])
        quoted, phrase, routed, bare = found.groups()
        pairs.append(("", bare) if bare else (phrase or quoted or "", routed))
        pos = found.end()
        if pos == len(value):
            return pairs
        separator = _ADDRESS_SEPARATOR.match(value, pos)
        if not separator:
            return email.utils.getaddresses([value])
        pos = separator.end()


def _date(value: str, defects: list[str]) -> datetime | None:
    if not value.strip():
        defects.append("no Date header")
        return None
    try:
        when = _parse_date(_unfold(value))
    except Exception:
        defects.append("unreadable Date header")
        return None
    if when is None:
        defects.append("unreadable Date header")
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when


# The date every mail program writes, "Mon, 01 Dec 2025 10:00:00 +0100 (CET)", read without
# parsedate_to_datetime's general tokenizer (which ignores what follows the zone, like this);
# any other shape is left to it.
_USUAL_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"([1-9][0-9]{3}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-])([0-9]{2})([0-9]{2})(?: .*)?"
)
_MONTHS = {name: number for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def _parse_date(value: str) -> datetime:
    """``email.utils.parsedate_to_datetime(value)``, faster for the usual shape: naive for
    "-0000" (no zone known), like it; raises ValueError like it."""
    found = _USUAL_DATE.fullmatch(value)
    if not found:
        return email.utils.parsedate_to_datetime(value)
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    when = (int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
    offset = int(zone_hours) * 3600 + int(zone_minutes) * 60
    if sign == "-" and not offset:
        return datetime(*when)
    return datetime(*when, tzinfo=timezone(timedelta(seconds=-offset if sign == "-" else offset)))


def _walk(msg: Message, defects: list[str]):
    try:
        yield from msg.walk()
    except Exception as exc:
        defects.append(f"broken MIME structure: {exc}")


def _filename(part) -> str | None:
    try:
        # Only a "name" or "filename" parameter gives one: a part with neither word in its
        # Content-Disposition or Content-Type (most parts) is spared get_filename's parsing.
        if "name" not in (str(part.get("content-disposition", "")) + str(part.get("content-type", ""))).lower():
            return None
        name = part.get_filename()
    except Exception:
        return None
    return _unfold(str(name)) if name else None


def _payload(part) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        payload = part.get_payload()
        data = payload.encode("utf-8", "replace") if isinstance(payload, str) else b""
    return data


def _decode(part, defects: list[str]) -> str:
    data = _payload(part)
    charset = None
    try:
        charset = _content_charset(part)
    except Exception:
        pass
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            defects.append(f"unknown charset {charset!r}")
            charset = None
    if charset:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            defects.append(f"text not in its declared charset {charset!r}")
        except Exception:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


# The Content-Type of most text parts, 'text/plain; charset="utf-8"' (the charset its first
# parameter, no quoting beyond its value), read without the stdlib's parameter parser.
_USUAL_CHARSET = re.compile(r'\s*[\w.+-]+/[\w.+-]+\s*;\s*(?ai:charset)\s*=\s*("?)([A-Za-z0-9_.:+-]+)\1\s*(?:;[^"\\]*)?')


def _content_charset(part: Message) -> str | None:
    """``part.get_content_charset()``, faster for the usual Content-Type."""
    value = part.get("content-type")
    found = _USUAL_CHARSET.fullmatch(value) if isinstance(value, str) else None  # not a Header
    return found[2].lower() if found else part.get_content_charset()


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return head.count("<") > 5 and any(t in head for t in ("<html", "<body", "<div", "<p>", "<br", "<table"))

