"""Planned follow-up → RFC 5322 draft (pure apart from reading the template files).

The body comes from a Jinja2 template: the user's own from ``templates_dir`` when it has one of
that name, else the one shipped in ``followupd/drafts/templates``. French variants
(``*.fr.txt.j2``) are used when the context says ``lang = "fr"``.

Every header is built from ``email.headerregistry`` objects with CR and LF removed first, so a
hostile display name or subject can only ever become the one header it was meant for.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from functools import lru_cache

import jinja2

from ..config import UserConfig
from ..errors import Error
from ..model import Kind, MessageRef, OutgoingDraft, Planned
from . import hashing

_SHIPPED = os.path.join(os.path.dirname(__file__), "templates")

# What a template left unfilled: Jinja syntax, [Name], <name>, a rendered None, a TODO.
_PLACEHOLDER = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\[[A-Z][A-Za-z _-]*\]|<[A-Za-z_][A-Za-z _-]*>|\bNone\b|\bTODO\b"
)
# Reply and forward prefixes, English and the usual foreign ones: "Re:", "RE :", "Réf.", "TR:",
# "Fwd:", "AW:", "SV:", "Re[2]:".
_PREFIX = re.compile(
    r"^\s*(?:re|r[ée]f\.?|tr|fwd?|aw|sv|vs|antw)\s*(?:\[\d+\])?\s*:\s*", re.IGNORECASE
)
_MAX_REFERENCES = 11  # the first (the thread's root) and the last ten


class RenderError(Error):
    """A draft could not be rendered: a template is missing or broken, or left a placeholder."""


class _IdListHeader(UnstructuredHeader):
    """References / In-Reply-To: folded between message ids only.

    The default policy folds an unstructured header whose word is longer than a line (Outlook
    ids are) into RFC 2047 encoded words, which no client matches against Message-IDs.
    """

    def fold(self, *, policy):  # noqa: D102 - same contract as BaseHeader.fold
        lines, line = [], f"{self.name}:"
        for msg_id in str(self).split():
            if line != f"{self.name}:" and len(line) + 1 + len(msg_id) > policy.max_line_length:
                lines.append(line)
                line = ""
            line += " " + msg_id
        lines.append(line)
        return policy.linesep.join(lines) + policy.linesep


def _policy():
    registry = HeaderRegistry()
    registry.map_to_type("references", _IdListHeader)
    registry.map_to_type("in-reply-to", _IdListHeader)
    return policy.default.clone(header_factory=registry)


_BUILD = _policy()
_WIRE = _BUILD.clone(linesep="\r\n")  # what policy.SMTP is to policy.default


@lru_cache(maxsize=8)
def _environment(templates_dir: str | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir and os.path.isdir(templates_dir):
        loaders.append(jinja2.FileSystemLoader(templates_dir))
    loaders.append(jinja2.FileSystemLoader(_SHIPPED))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["and_list"] = and_list
    env.filters["de"] = french_de
    return env


def and_list(items, lang: str = "en") -> str:
    """"a", "a and b", "a, b and c" (fr: "et")."""
    items = [str(i).strip() for i in items if str(i).strip()]
    word = "et" if lang == "fr" else "and"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def french_de(name: str | None) -> str:
    """French "de X" with elision before a vowel or mute h: "de Google", "d'Acme"."""
    name = _one_line(name)
    if name[:1].lower() in "aeiouyhàâäéèêëîïôöùûü" and name:
        return f"d'{name}"
    return f"de {name}"


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def reply_subject(subject: str | None) -> str:
    """``Re: `` + the subject without any reply/forward prefixes it already had."""
    rest = _one_line(subject)
    while True:
        stripped = _PREFIX.sub("", rest, count=1)
        if stripped == rest:
            break
        rest = stripped
    return f"Re: {rest}" if rest else ""


def fresh_subject(kind: Kind, context: dict) -> str:
    role = _one_line(context.get("role"))
    company = _one_line(context.get("company"))
    fr = context.get("lang") == "fr"
    if kind is Kind.THANK_YOU:
        if fr:
            return f"Merci – entretien pour le poste {french_de(role)}" if role else "Merci – notre entretien"
        return f"Thank you – {role or 'our'} interview"
    if kind is Kind.CHECK_IN:
        if fr:
            return f"Suivi de ma candidature – {role or company}"
        return f"Following up – {role or company} application"
    if kind is Kind.REJECTION_REPLY:
        return "Merci pour votre retour" if fr else "Thank you for letting me know"
    return "Documents demandés" if fr else "The documents you asked for"


def _header_address(name: str, email: str) -> HeaderAddress:
    try:
        return HeaderAddress(display_name=_one_line(name), addr_spec=_one_line(email))
    except (ValueError, IndexError) as e:
        raise RenderError(f"{email!r} is not a usable e-mail address") from e


def _from_email(user: UserConfig, parent: MessageRef | None) -> str:
    if not user.email:
        raise RenderError("no user e-mail address is configured (user.email)")
    mine = [e.lower() for e in user.email]
    if parent is not None:
        for addr in (*parent.to, *parent.cc):
            if addr.email in mine:
                return addr.email
    return mine[0]


def _references(parent: MessageRef) -> list[str]:
    refs: list[str] = []
    for ref in (*parent.references, parent.message_id):
        ref = _one_line(ref).replace(" ", "")
        if ref and ref not in refs:
            refs.append(ref)
    if len(refs) > _MAX_REFERENCES:
        refs = refs[:1] + refs[-(_MAX_REFERENCES - 1):]
    return refs


def render_body(planned: Planned, user: UserConfig, templates_dir: str | None = None) -> str:
    """The text of the draft. Raise RenderError when a template is missing, fails, or leaves
    something that looks like a placeholder."""
    context = {
        "first_name": "", "recipient_name": "", "company": "", "role": None,
        "interview_title": "", "interview_date": None, "interview_weekday": None,
        "documents": [], "deadline": None, "user_name": user.name, "signature": "",
        "lang": "en", "subject": None, "n": 1, "promised_date": None,
    }
    context.update(planned.context)
    if not context.get("signature"):
        context["signature"] = user.signature or user.name
    lang = context.get("lang") or "en"
    names = [f"{planned.kind}.{lang}.txt.j2"] if lang != "en" else []
    names.append(f"{planned.kind}.txt.j2")
    env = _environment(templates_dir)
    try:
        body = env.select_template(names).render(**context)
    except jinja2.TemplateNotFound as e:
        raise RenderError(f"no template for {planned.kind} (looked for {', '.join(names)})") from e
    except jinja2.TemplateError as e:
        raise RenderError(f"the {planned.kind} template failed: {e}") from e
    body = "\n".join(line.rstrip() for line in body.strip().splitlines()) + "\n"
    found = _PLACEHOLDER.search(body)
    if found:
        raise RenderError(f"the {planned.kind} draft still has a placeholder: {found.group(0)!r}")
    return body


def render(planned: Planned, user: UserConfig, templates_dir: str | None, now: datetime) -> OutgoingDraft:
    """Build the draft for ``planned``: headers threaded under its parent, the rendered text,
    ``X-Followupd-Key`` and the content hash. Raise RenderError when it cannot be written."""
    if not planned.to:
        raise RenderError(f"follow-up {planned.key} has nobody to write to")
    parent = planned.parent
    body = render_body(planned, user, templates_dir)
    subject = reply_subject(parent.subject if parent else None) or fresh_subject(planned.kind, planned.context)
    if _PLACEHOLDER.search(subject):
        raise RenderError(f"the {planned.kind} subject still has a placeholder: {subject!r}")

    from_email = _from_email(user, parent)
    to_emails = [a.email for a in planned.to]
    # Python's folder can mangle an address list whose display names mix non-ASCII and
    # specials; a re-parse checks every draft, and bare addresses are the fallback.
    for names in (True, False):
        raw = _build(planned, user, from_email, subject, body, now, names)
        check = BytesParser(policy=policy.default).parsebytes(raw)
        got = [a.addr_spec.lower() for a in check["To"].addresses] if check["To"] is not None else []
        if got == to_emails and not check["To"].defects:
            break
    else:
        raise RenderError(f"the recipients of {planned.key} cannot be written as a header")
    subject = str(check["Subject"])  # as every reader will see it (literal "=?…?=" decodes)
    content_hash = hashing.content_hash(subject, to_emails, body)
    if content_hash != hashing.content_hash_of_raw(raw)[0]:
        raise RenderError(f"the draft for {planned.key} does not read back as written")
    return OutgoingDraft(
        key=planned.key,
        account=planned.account,
        raw=raw,
        subject=subject,
        to=planned.to,
        thread_id=parent.thread_id if parent else None,
        in_reply_to=parent.message_id if parent else None,
        content_hash=content_hash,
    )


def _display_name(name: str) -> str:
    """A display name without the specials no one needs in a name (they only invite
    misquoting): commas, quotes, angle brackets, @, colons …"""
    return _one_line(re.sub(r'[\\"<>()\[\]:;@,]', " ", name or ""))


def _build(planned: Planned, user: UserConfig, from_email: str, subject: str, body: str,
           now: datetime, names: bool) -> bytes:
    parent = planned.parent
    msg = EmailMessage(policy=_BUILD)
    msg["From"] = _header_address(_display_name(user.name) if names else "", from_email)
    msg["To"] = [_header_address(_display_name(a.name) if names else "", a.email) for a in planned.to]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=from_email.rpartition("@")[2] or None)
    if parent is not None and parent.message_id:
        msg["In-Reply-To"] = _one_line(parent.message_id).replace(" ", "")
        msg["References"] = " ".join(_references(parent))
    msg["X-Followupd-Key"] = _one_line(planned.key)
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes(policy=_WIRE)
