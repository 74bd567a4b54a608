"""The content hash that tells whether a draft is still exactly what followupd wrote.

Mail clients and servers re-encode what they store (CRLF, transfer encodings, folding), so the
hash is taken over what a person sees: the subject, the recipients and the text body, with line
endings and trailing blanks normalized. Any edit a person can make to those changes it.
"""

from __future__ import annotations

import hashlib
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from typing import Iterable


def _norm_body(body: str) -> str:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def content_hash(subject: str, to: Iterable[str], body: str) -> str:
    """Hash of what a person sees in a draft (subject, To addresses, text body)."""
    h = hashlib.sha256()
    h.update(" ".join((subject or "").split()).encode())
    h.update(b"\0")
    h.update(",".join(sorted(a.strip().lower() for a in to)).encode())
    h.update(b"\0")
    h.update(_norm_body(body).encode())
    return h.hexdigest()[:32]


def content_hash_of_raw(raw: bytes) -> tuple[str, str | None]:
    """Return (content hash, X-Followupd-Key or None) of an RFC 5322 draft."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    to = [addr for _, addr in getaddresses([str(v) for v in msg.get_all("To", [])])]
    key = msg.get("X-Followupd-Key")
    return content_hash(str(msg.get("Subject", "")), to, body), (str(key).strip() if key else None)
