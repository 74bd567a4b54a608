"""`followupd explain FILE.eml… [--json]`: how each message is understood, and why.

Given paths to RFC 5322 files (a directory stands for every file under it, sorted, so a Maildir
can be explained in one call), :func:`explain_files` parses and classifies each one and writes
either a readable block per file or, with ``as_json``, one JSON object per line. A file that
cannot be read or parsed gets a line saying so (a JSON object with ``"error"`` in JSON mode);
the rest are still explained, and the return value is 1 when any file failed, else 0.

The user's own addresses (so that the user's own mail is not taken for the employer's) come from
the config when one can be loaded quietly; explain needs no config.

The JSON object's keys: ``file``, ``class``, ``score``, ``lang``, ``employer``,
``employer_key``, ``employer_domain``, ``ats``, ``role``, ``people`` (``[{email, name, role}]``),
``promised`` (``{date, phrase, by_phone}`` or null: a promised call sets no check-in), ``deadline`` (``{date, phrase}`` or null), ``documents``, ``no_reply``,
``reasons``, and what the parser read: ``subject``, ``from``, ``date``, ``message_id``,
``invites`` (``[{summary, start, end, organizer, method, status}]``), ``attachments``,
``defects``.
"""

from __future__ import annotations

import json
import os
from typing import IO

from followupd.errors import ParseError
from followupd.model import Context, ParsedMessage, Understanding
from followupd.understand.classify import understand
from followupd.understand.parse import parse_message

_MAX_BYTES = 50 * 1024 * 1024  # a "message" larger than this is not mail worth reading whole


def _user_emails() -> frozenset[str]:
    try:
        from followupd.config import load_config

        return frozenset(e.lower() for e in load_config().user.email)
    except Exception:  # no config, or a broken one: explain works without it
        return frozenset()


def _expand(paths: list[str]):
    """Each path, with a directory replaced by the files under it (hidden ones left out)."""
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
            yield from sorted(found)
        else:
            yield path


def explain_message(msg: ParsedMessage, got: Understanding, file: str) -> dict:
    """The JSON-ready explanation of one understood message."""
    return {
        "file": file,
        "class": got.cls.value,
        "score": got.score,
        "lang": got.lang,
        "employer": got.employer,
        "employer_key": got.employer_key,
        "employer_domain": got.employer_domain,
        "ats": got.ats,
        "role": got.role,
        "people": [
            {"email": p.address.email, "name": p.address.name, "role": p.role} for p in got.people
        ],
        "promised": ({"date": got.promised.date.isoformat(), "phrase": got.promised.phrase, "by_phone": got.promised.by_phone}
                     if got.promised else None),
        "deadline": {"date": got.deadline.date.isoformat(), "phrase": got.deadline.phrase} if got.deadline else None,
        "documents": list(got.documents),
        "no_reply": got.no_reply,
        "reasons": list(got.reasons),
        "subject": msg.subject,
        "from": _addr(msg.sender) if msg.sender else None,
        "date": msg.date.isoformat() if msg.date else None,
        "message_id": msg.message_id,
        "invites": [
            {
                "summary": e.summary,
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "organizer": e.organizer.email if e.organizer else None,
                "method": e.method,
                "status": e.status,
            }
            for e in msg.invites
        ],
        "attachments": list(msg.attachments),
        "defects": list(msg.defects),
    }


def _addr(a) -> str:
    return f"{a.name} <{a.email}>" if a.name else a.email


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        data = f.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise ParseError(f"larger than {_MAX_BYTES // (1024 * 1024)} MB: not a message")
    return data


def _plain_block(e: dict) -> str:
    lines = [f"{e['file']}", f"  class      {e['class']} (score {e['score']:.2f}, language {e['lang']})"]
    lines.append(f"  subject    {e['subject'] or '(none)'}")
    lines.append(f"  from       {e['from'] or '(none)'}" + ("  [no-reply]" if e["no_reply"] else ""))
    if e["date"]:
        lines.append(f"  date       {e['date']}")
    if e["employer"] or e["employer_key"]:
        via = f" via {e['ats']}" if e["ats"] else ""
        lines.append(f"  employer   {e['employer'] or '?'} [{e['employer_key'] or 'no key'}]{via}")
    elif e["ats"]:
        lines.append(f"  sent via   {e['ats']}")
    if e["role"]:
        lines.append(f"  role       {e['role']}")
    for p in e["people"]:
        name = f"{p['name']} <{p['email']}>" if p["name"] else p["email"]
        lines.append(f"  person     {name}: {p['role']}")
    for key in ("promised", "deadline"):
        if e[key]:
            lines.append(f"  {key:10} {e[key]['date']}  (\"{e[key]['phrase']}\")"
                         + ("  by phone: sets no check-in" if e[key].get("by_phone") else ""))
    if e["documents"]:
        lines.append(f"  documents  {', '.join(e['documents'])}")
    for inv in e["invites"]:
        lines.append(f"  invite     {inv['summary'] or '(no title)'} {inv['start']} → {inv['end']}"
                     + (f" [{inv['method']}]" if inv["method"] else "")
                     + (" cancelled" if inv["status"] == "cancelled" else ""))
    if e["attachments"]:
        lines.append(f"  attached   {', '.join(e['attachments'])}")
    for reason in e["reasons"]:
        lines.append(f"  because    {reason}")
    for defect in e["defects"]:
        lines.append(f"  defect     {defect}")
    return "\n".join(lines)


def explain_files(files: list[str], as_json: bool, out: IO[str], user_emails=None) -> int:
    """Explain each file to ``out``; return 0 when every file was read, else 1."""
    ctx = Context(user_emails=frozenset(user_emails) if user_emails is not None else _user_emails())
    failed = 0
    first = True
    for path in _expand(list(files)):
        try:
            msg = parse_message(_read(path))
            entry = explain_message(msg, understand(msg, ctx), path)
        except (OSError, ParseError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if as_json:
                out.write(json.dumps({"file": path, "error": reason}, ensure_ascii=False) + "\n")
            else:
                out.write(("" if first else "\n") + f"{path}\n  cannot read it: {reason}\n")
            first = False
            continue
        if as_json:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        else:
            out.write(("" if first else "\n") + _plain_block(entry) + "\n")
        first = False
    if failed and not as_json:
        out.write(f"\n{failed} file(s) could not be read.\n")
    return 1 if failed else 0
