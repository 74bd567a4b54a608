"""Who a message is from: the employer, the tracking system it came through, the role, people.

The employer is the sender's registrable domain (``jobs.acme.co.uk`` → ``acme.co.uk``), except
for free-mail providers, job boards and applicant tracking / scheduling systems, where the
display name ("Acme via Greenhouse", "Acme Hiring Team", "L'équipe Recrutement Acme"), a human
Reply-To's domain, the subject ("Your application to Acme") and the signature tell the name.
The tables (ATS, free-mail, job boards, public suffixes, no-reply words) live in
``data/senders.toml``; the language patterns in ``data/phrases.<lang>.toml``. Pure.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from followupd.model import Address, ParsedMessage, PersonGuess
from followupd.understand.text import Patterns, data_file, detect_lang, phrase_languages, phrases

_NAME_STOP = {
    "the", "a", "an", "our", "your", "us", "you", "we", "team", "careers", "jobs", "job", "hr",
    "recruiting", "recruitment", "hiring", "talent", "le", "la", "les", "l", "notre", "votre",
    "nous", "vous", "équipe", "recrutement", "rh", "linkedin", "indeed", "candidature", "position",
    "role", "job", "interview", "entretien", "poste",
    # a board's word for whoever posted the job: "transmise à l'employeur"
    "l'employeur", "l’employeur", "l'entreprise", "l’entreprise", "le recruteur", "the employer", "the company",
    "the recruiter",
}


_POSSESSIVES = {"our", "your", "my", "their", "his", "her", "notre", "votre", "nos", "vos", "mon", "ma", "mes"}


@functools.cache
def _senders() -> dict:
    table = data_file("senders.toml")
    ats = {}
    for entry in table["ats"]:
        for domain in entry["domains"]:
            ats[domain.lower()] = entry["name"]
    return {
        "suffixes": frozenset(table["two_level_suffixes"]),
        "free": frozenset(table["free_mail"]),
        "boards": frozenset(table["job_boards"]),
        "ats": ats,
        "noreply_local": tuple(table["no_reply_local"]),
        "noreply_domains": frozenset(table["no_reply_domains"]),
        "newsletter_local": tuple(table["newsletter_local"]),
        "recruiting_firm": tuple(table["recruiting_firm_words"]),
    }


def registrable_domain(domain: str) -> str:
    """The domain an organization registered: the last two labels, or three under a two-level
    public suffix (co.uk, com.au…)."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in _senders()["suffixes"]:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _in(domain: str, table) -> str | None:
    """The entry of ``table`` that is ``domain`` or a parent of it (one with two labels at least),
    each a slice after a dot rather than labels joined again."""
    domain = domain.lower()
    start = 0
    while (dot := domain.find(".", start)) >= 0:
        if domain[start:] in table:
            return domain[start:]
        start = dot + 1
    return None


def ats_name(domain: str) -> str | None:
    """The tracking or scheduling system that sends from ``domain``, or None."""
    found = _in(domain, _senders()["ats"])
    return _senders()["ats"][found] if found else None


def is_free_mail(domain: str) -> bool:
    return _in(domain, _senders()["free"]) is not None


def is_job_board(domain: str) -> bool:
    return _in(domain, _senders()["boards"]) is not None


def is_recruiting_firm(domain: str) -> bool:
    """Whether ``domain`` is a recruiting firm's own (a staffing or recruitment agency's name in its
    registrable domain's first label): not a board, an ATS or free mail."""
    if not is_company_domain(domain):
        return False
    label = registrable_domain(domain).partition(".")[0].replace("-", "")
    return any(map(label.__contains__, _senders()["recruiting_firm"]))


def is_company_domain(domain: str) -> bool:
    return bool(domain) and not (is_free_mail(domain) or is_job_board(domain) or ats_name(domain))


_SQUASHED = str.maketrans("", "", "._+-")  # "no.reply", "no-reply", "no_reply" → "noreply"


def _local_says(local: str, words: str) -> bool:
    """Whether the local part ``local``, its separators removed, contains one of the senders
    table's ``words``."""
    squashed = local.translate(_SQUASHED)
    return any(map(squashed.__contains__, _senders()[words]))


def is_newsletter_sender(address: Address | None) -> bool:
    """True for a publication's address (newsletter@, news@, marketing@…): what it sends in bulk,
    even from a hiring system's domain, is no employer's notice."""
    if address is None:
        return False
    return _local_says(address.email.rpartition("@")[0], "newsletter_local")


def is_no_reply(address: Address | str | None) -> bool:
    """True for an address nobody reads: no-reply, donotreply, notifications@, mailer-daemon,
    ne-pas-repondre…, and the bounce senders of tracking systems."""
    if address is None:
        return True
    email = address.email if isinstance(address, Address) else str(address).strip().lower()
    local, _, domain = email.rpartition("@")
    if not local:
        return True
    if _local_says(local, "noreply_local"):
        return True
    if _in(domain, _senders()["noreply_domains"]):
        # hosts that only send notifications; relay domains that reach a recruiter
        # (jane@hire.lever.co) are deliberately not in that list
        return True
    return False


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = raw.strip().strip("\"'«»“”‘’ ")
    name = re.split(r"\s+[-–|:/]\s+|[!?(\[\n]|,\s", name)[0]
    name = re.sub(r"\s+(?:team|équipe)$", "", name, flags=re.I)
    name = " ".join(name.split()).strip(" .,;:-–")
    name = re.sub(r"(?:\s+[^\w\s&'’.]+)+$", "", name)  # a subject's trailing emoji: "Tamaris 🌿", "Medilink ✔"
    if not name or len(name) > 60 or len(name.split()) > 6:
        return None
    if name.lower() in _NAME_STOP or "@" in name:
        return None
    if name.split()[0].lower() in _POSSESSIVES:  # "our Head of Product" is a person, not a company
        return None
    return name


def _proper_prefix(name: str | None) -> str | None:
    """Keep the leading words that look like a proper name (capitalized, digits, '&')."""
    if not name:
        return None
    words = []
    for word in name.split():
        if word[0].isupper() or word[0].isdigit() or word in ("&", "+"):
            words.append(word)
            if word.endswith(".") and len(word) > 3 and "." not in word[:-1]:
                break  # "…chez Mistral Énergie. Notre équipe…": the sentence ended
        else:
            break
    return _clean_name(" ".join(words))


def _names_domain(name: str, domain: str) -> bool:
    """Whether ``name`` spells the first label of ``domain``'s registrable domain ("Welcome to the
    Jungle" and welcometothejungle.com)."""
    return slug(name).replace("-", "") == registrable_domain(domain).split(".")[0]


def _domain_label(domain: str) -> str:
    label = registrable_domain(domain).split(".")[0]
    return label[:1].upper() + label[1:]


_NO_PATTERNS = Patterns(())  # what a language without a list of this kind reads: built once, not at each call


def _first(patterns_key: str, text: str, proper: bool) -> str | None:
    for lang in phrase_languages():
        for pattern in phrases(lang)["employer"].get(patterns_key, _NO_PATTERNS).candidates(text):
            for found in pattern.finditer(text):
                name = found.group("name")
                name = _proper_prefix(name) if proper else _clean_name(name)
                if name:
                    return name
    return None


def _name_from_display(display: str) -> str | None:
    return _first("display", display, proper=False) if display else None


def _looks_personal(display: str) -> bool:
    """Two or three capitalized words with no company-ish word: "Jane Doe"."""
    words = display.split()
    return 1 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def employer_from(
    msg: ParsedMessage, user_emails=frozenset()
) -> tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]:
    """Return (name, key, domain, ats, reasons) for the employer a message is from.

    ``key`` is the registrable domain when a company domain is known, else ``name:<slug>``;
    all are None when nothing tells the employer (a job-board digest, a stranger on gmail)."""
    reasons: list[str] = []
    users = {e.lower() for e in user_emails}
    sender = msg.sender
    if sender is None or sender.email in users:
        return None, None, None, None, ("no sender from the employer's side",)
    domain = sender.domain
    ats = ats_name(domain)
    if ats:
        reasons.append(f"sent through {ats}")

    company_domain = None
    if is_company_domain(domain):
        company_domain = registrable_domain(domain)
        reasons.append(f"sender domain {company_domain}")
    else:
        for human in msg.reply_to:
            if human.email not in users and is_company_domain(human.domain) and not is_no_reply(human):
                company_domain = registrable_domain(human.domain)
                reasons.append(f"reply-to domain {company_domain}")
                break
        if company_domain is None and (ats or is_job_board(domain)):
            for human in msg.cc:
                if human.email not in users and is_company_domain(human.domain):
                    company_domain = registrable_domain(human.domain)
                    reasons.append(f"cc domain {company_domain}")
                    break

    name = _name_from_display(sender.name)
    if name and is_job_board(domain) and (
        name.lower().startswith(("linkedin", "indeed", "glassdoor"))
        or _names_domain(name, domain)  # "Welcome to the Jungle"
    ):
        name = None
    if name:
        reasons.append(f"display name {sender.name!r}")
    if not name and sender.name and company_domain and not _looks_personal(sender.name) and not ats:
        if _names_domain(sender.name, company_domain):
            name = _clean_name(sender.name)
    if not name and ats and sender.name and not _looks_personal(sender.name) and not is_no_reply(
        Address(f"{sender.name.replace(' ', '')}@x")
    ) and slug(sender.name) != slug(ats):  # not "Welcome to the Jungle" <noreply@welcometothejungle.com>
        name = _clean_name(sender.name)  # "Acme" <no-reply@ashbyhq.com>
    if not name:
        name = _first("subject", msg.subject, proper=False)
        if name:
            reasons.append("subject names the employer")
    if not name:
        name = _first("body", msg.signature, proper=True) or _first("body", msg.body[:3000], proper=True)
        if name:
            reasons.append("body or signature names the employer")
    if not name:  # a small business's own line where the mail ends
        name = _first("signature", msg.signature or msg.body[-300:], proper=True)
        if name:
            reasons.append("signed by a business")
    if not name and company_domain:
        name = _domain_label(company_domain)

    if company_domain:
        return name, company_domain, company_domain, ats, tuple(reasons)
    if name and (ats or is_job_board(domain) or is_free_mail(domain)):
        return name, f"name:{slug(name)}", None, ats, tuple(reasons)
    return None, None, None, ats, tuple(reasons) or ("no employer found",)


_PRONOUNS = re.compile(r"\b(?:you|your|we|our|us|i|vous|nous|votre|notre|je|tu|ton|ta)\b", re.I)


_SENTENCE_BREAK = re.compile(r"[.!?]\s|[.!?]$|\s[-–—]\s*$")
_ROLE_WORD = re.compile(r"[\w/&+#'’.-]+")


def _clean_role(raw: str, lang: str = "en") -> str | None:
    """``raw`` when it reads as a job title in ``lang``, else None. Conservative: a wrong role
    splits one application in two, a missing one only keeps the employer's single application.
    A title starts with a capital, holds no sentence break or pronoun, is not only words that
    name a kind of interview ("Technical", "Phone"), and in a title-case language (English) has
    no lower-case word but connectors ("Head of Product")."""
    role = " ".join(raw.split()).strip(" \"'«»“”,;:!?-–")
    role = re.sub(r"\s*\((?:h/f|f/h|m/f|f/m|m/w|w/m|h/f/x)\)$", "", role, flags=re.I).rstrip(" .")
    if not role or len(role) > 80 or len(role.split()) > 8 or len(role) < 2:
        return None
    if not (role[0].isupper() or role[0].isdigit()) or _SENTENCE_BREAK.search(role):
        return None
    if _PRONOUNS.search(role):
        return None
    words = role.split()
    if words[0].lower() in {"a", "an", "the", "this", "that", "un", "une", "le", "la", "ce", "cette"}:
        return None
    table = phrases(lang if lang in phrase_languages() else "en")["role"]
    not_roles = table.get("not_roles", frozenset())
    if all(w.lower().strip(",.") in not_roles for w in words) or role.lower() in not_roles:
        return None
    if table.get("title_case", False):
        connectors = table.get("connectors", frozenset())
        for word in words[1:]:
            if word.lower() in connectors or not word[:1].isalpha():
                continue
            if not any(ch.isupper() for ch in word):
                return None
    return role


def role_from(msg: ParsedMessage, lang: str | None = None) -> str | None:
    """The role a message is about ("Senior Data Engineer"), or None when it is not clear. The
    subject is read first, then the body; ``lang`` is the message's language (it decides how a
    job title is capitalized; detected from the text when not given)."""
    if lang is None:
        lang = detect_lang(msg.subject + "\n" + msg.body[:3000])
    # the message's own language's patterns first: "pour le poste de Motion designer" before an
    # English subject's shape ("Acme – Role") matched by a French footer's "Acme – 5 rue …"
    languages = sorted(phrase_languages(), key=lambda code: code != lang)
    for text in (msg.subject, msg.body[:3000]):
        if not text:
            continue
        for table_lang in languages:
            for pattern in phrases(table_lang)["role"]["patterns"].candidates(text):
                for found in pattern.finditer(text):
                    role = _clean_role(found.group("role"), lang)
                    if role:
                        return role
    return None


def _role_of(text: str) -> str:
    lowered = text.lower()
    for role in ("coordinator", "recruiter", "interviewer"):
        for lang in phrase_languages():
            for pattern in phrases(lang)["people"].get(role, ()):
                if pattern.search(lowered):
                    return role
    return "unknown"


def people_from(msg: ParsedMessage, user_emails=frozenset()) -> tuple[PersonGuess, ...]:
    """The humans on the employer's side: the sender, a human Reply-To, and Cc'd colleagues
    from the same domain, each with a role guessed from the signature or display name."""
    users = {e.lower() for e in user_emails}
    out: dict[str, PersonGuess] = {}
    sender = msg.sender
    side: set[str] = set()
    if sender is not None and sender.email not in users:
        if is_company_domain(sender.domain):
            side.add(registrable_domain(sender.domain))
        if not is_no_reply(sender) and not _is_team_name(sender.name):
            sig_head = _signed_by(msg.signature, sender.name) or "\n".join(msg.signature.split("\n")[:6])
            out[sender.email] = PersonGuess(sender, _role_of(sig_head + "\n" + sender.name))
    for human in msg.reply_to:
        if human.email in users or is_no_reply(human) or human.email in out:
            continue
        if is_company_domain(human.domain):
            side.add(registrable_domain(human.domain))
        signed = _signed_by(msg.signature, human.name) if is_no_reply(sender) else ""
        out[human.email] = PersonGuess(human, _role_of(signed + "\n" + human.name) if human.name else "unknown")
    for human in msg.cc:
        if human.email in users or human.email in out or is_no_reply(human):
            continue
        if registrable_domain(human.domain) in side:
            out[human.email] = PersonGuess(human, _role_of(human.name) if human.name else "unknown")
    return tuple(out.values())


def _signed_by(signature: str, name: str) -> str:
    """The lines of ``signature`` from the one that carries ``name`` (a person's full display
    name) to the next two: where that person's title is. "" when the name is not there."""
    if not signature or not name or len(name.split()) < 2:
        return ""
    wanted = " ".join(name.split()).lower()
    lines = signature.split("\n")
    for i, line in enumerate(lines):
        if wanted in " ".join(line.split()).lower():
            return "\n".join(lines[i : i + 3])
    return ""


def _is_team_name(name: str) -> bool:
    return bool(re.search(r"\b(?:team|équipe|careers|jobs|recrutement|recruiting|hiring|talent)\b", name or "", re.I))
