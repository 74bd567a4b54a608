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
from datetime import datetime, timezone
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
_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
_MSGID = re.compile(r"<[^<>\s]+>")
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse ``raw`` (a whole RFC 5322 message). Raise ParseError when it is empty or not a
    message at all; never another exception."""
    if not isinstance(raw, (bytes, bytearray)) or not raw.strip():
        raise ParseError("empty message")
    raw = bytes(raw)
    first = raw.lstrip(b"\r\n").split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first) and not first.startswith(b"From "):
        raise ParseError("not an e-mail message: it does not start with a header")
    try:
        # compat32: headers stay plain strings (policy.default builds a structured object for
        # every header fetched, which was a third of the parse time); we decode the few we use.
        msg = _parse_single_part(raw) or BytesParser(policy=policy.compat32).parsebytes(raw)
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


def _parse_single_part(raw: bytes) -> Message | None:
    """The message a full compat32 parse gives, built faster, or None to do the full parse.

    The stdlib parser walks the body line by line in Python even when it is one text part,
    which was most of the parse time. When the header block ends cleanly at the first blank
    line (one line-ending style, no defect) and the message is not multipart/* or message/*,
    the header block alone is parsed and the rest set as the payload, exactly as the full
    parse would (the same ASCII/surrogateescape text)."""
    crlf = raw.find(b"\n") > 0 and raw[raw.find(b"\n") - 1 : raw.find(b"\n")] == b"\r"
    end = raw.find(b"\r\n\r\n" if crlf else b"\n\n")
    if end < 0:
        return None
    head = raw[: end + (2 if crlf else 1)]
    if crlf:
        if not head.count(b"\r") == head.count(b"\n") == head.count(b"\r\n"):
            return None
    elif b"\r" in head:
        return None
    msg = BytesParser(policy=policy.compat32).parsebytes(head, headersonly=True)
    if msg.defects or msg.get_payload() or msg.get_content_maintype() in ("multipart", "message"):
        return None
    msg.set_payload(raw[end + (4 if crlf else 2) :].decode("ascii", "surrogateescape"))
    return msg


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

    plain = tidy("\n\n".join(t for t in texts if t.strip()))
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
    """First value of each header as a decoded string, without policy.default's structured
    parsing (which can raise on broken headers)."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key in out:
            continue
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
        pairs = email.utils.getaddresses([_unfold(value)])
    except Exception:
        pairs = []
    out = [Address(addr, display) for display, addr in pairs if "@" in addr and " " not in addr.strip()]
    if not out:
        defects.append(f"unreadable {name} header")
    return out


def _date(value: str, defects: list[str]) -> datetime | None:
    if not value.strip():
        defects.append("no Date header")
        return None
    try:
        when = email.utils.parsedate_to_datetime(_unfold(value))
    except Exception:
        defects.append("unreadable Date header")
        return None
    if when is None:
        defects.append("unreadable Date header")
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when


def _walk(msg: Message, defects: list[str]):
    try:
        yield from msg.walk()
    except Exception as exc:
        defects.append(f"broken MIME structure: {exc}")


def _filename(part) -> str | None:
    try:
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
        charset = part.get_content_charset()
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


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return head.count("<") > 5 and any(t in head for t in ("<html", "<body", "<div", "<p>", "<br", "<table"))

