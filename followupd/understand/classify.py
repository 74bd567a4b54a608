"""Classify one parsed message into SPEC §4's classes, with the reasons that decided.

Precision first: a draft to the wrong person is worse than a missed one. So a message only gets
a hiring class when it talks about hiring, does not come from a job board's digest, a
newsletter, a cold recruiter or a relative, and one of the phrase tables (``data/phrases.<lang>.toml``)
matches a whole sentence of its own text (quoted history and signature are left out by the
parser). When several classes match, the one that matters most to the user wins:
offer > rejection > scheduled > invitation > doc_request > status_update > acknowledgement.
A rejection phrase inside a conditional sentence ("if you do not hear from us within three
weeks, consider your application unsuccessful") does not count.

Adding a language is a data change: a new ``phrases.<lang>.toml`` with the same keys.
"""

from __future__ import annotations

import functools
import re

from followupd.model import Cls, Context, ParsedMessage, Understanding
from followupd.understand.bayes import MAX_WORDS, read, rejection_model
from followupd.understand.dates import find_deadline, find_promised, sentences
from followupd.understand.employers import (
    ats_name,
    employer_from,
    is_company_domain,
    is_free_mail,
    is_job_board,
    is_newsletter_sender,
    is_no_reply,
    is_recruiting_firm,
    people_from,
    registrable_domain,
    role_from,
)
from followupd.understand.text import LANG_CHARS, Patterns, detect_lang, phrase_languages, phrases

_ORDER = (
    Cls.OFFER,
    Cls.REJECTION,
    Cls.SCHEDULED,
    Cls.INVITATION,
    Cls.DOC_REQUEST,
    Cls.STATUS_UPDATE,
    Cls.ACKNOWLEDGEMENT,
)
_NEGATION = re.compile(
    r"\b(?:not|unable|cannot|can't|can’t|won't|won’t|no longer|unfortunately|regret|"
    r"ne\b|n[’']|pas en mesure|malheureusement|regret)\b",
    re.I,
)
_MAX_BODY = 3000  # hiring mail says what it is early; a long newsletter needs no more
_REPLY_LINE = re.compile(r"^\s*↥.*↥\s*$", re.M)  # "↥ Reply above this line ↥" (ticketing tools)


def _hits(patterns, units: list[str] | str, keep=None) -> list[tuple[str, str]]:
    """(unit, pattern) for each pattern that matches a unit (a sentence or the subject).

    Units are searched as one newline-joined text: the patterns never cross a newline (``.``
    does not match it), so this is the same as searching each unit, many times faster."""
    if not patterns:
        return []
    text = units if isinstance(units, str) else "\n".join(units)
    found = []
    for pattern in patterns.candidates(text):
        for m in pattern.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            unit = text[start : end if end >= 0 else len(text)]
            if keep is None or keep(unit):
                found.append((unit, pattern.pattern))
                break
    return found


def _keep(cls: Cls, tables):
    """Which sentences matching a ``cls`` phrase count (None: all)."""
    if cls is Cls.REJECTION:
        return lambda unit: not any(c.search(unit) for c in _conditionals(tables, unit))
    if cls is Cls.OFFER:  # not "no offer", nor what happens to others or later ("successful
        # candidates receive a written offer", « étape 4 - proposition d'embauche »)
        return lambda unit: not _NEGATION.search(unit) and not any_in(tables, "not_yet", unit)
    if cls is Cls.SCHEDULED:
        return lambda unit: not unit.rstrip().endswith("?")  # "are you free on Friday?" asks
    if cls is Cls.DOC_REQUEST:
        return lambda unit: not any_in(tables, "past_request", unit)
    if cls is Cls.INVITATION:
        return lambda unit: not any_in(tables, "not_yet", unit)
    return None


class _Lazy(dict):
    """A dict whose values are worked out from their key when first read."""

    def __init__(self, compute) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


# A board relaying one person's message: "Baptiste Roux via LinkedIn", « Agathe via Welcome to
# the Jungle »; or its subject says so: "Ellen Park from Marlow sent you a message", « Thomas vient
# de vous envoyer un message », "Ravi from Loopdeck replied to your application".
_VIA = re.compile(r"\S\s+via\s+\S", re.I)
_RELAY_SUBJECT = re.compile(
    r"\b(?:sent you a (?:new )?message|(?:just )?messaged you|new message from|replied to your application"
    r"|(?:vous|t['’]) ?a envoyé un (?:nouveau )?message"
    r"|vient de (?:vous|t['’]) ?envoyer un message|a répondu à (?:votre|ta) candidature|nouveau message d"
    r"|wants? to interview you|(?:sent you|you(?:'ve| have) got) an interview request)",
    re.I,
)
# Or its body names whose words it passes on: "Message from the hiring manager:"
_RELAY_LINE = re.compile(r"^(?:a )?(?:message|note) from (?:the )?(?:hiring manager|recruiter|employer|store manager|manager)\b",
                         re.I | re.M)


def _relays_a_person(msg: ParsedMessage) -> bool:
    """Whether ``msg`` is a board's relay of someone's message to the user (its sender's name says
    "… via LinkedIn", or its subject that someone sent a message): that person's own words,
    whatever the board's bulk headers say."""
    return bool(msg.sender and msg.sender.name and _VIA.search(msg.sender.name)) or bool(
        _RELAY_SUBJECT.search(msg.subject or "")
    ) or bool(_RELAY_LINE.search(msg.body))


def _is_list_post(msg: ParsedMessage) -> bool:
    """A mailing-list post (``List-Id``, ``Precedence: list``): people talking to a list, not an
    employer writing to the user, even when they talk about interviews or quote a rejection."""
    h = msg.headers
    return "list-id" in h or h.get("precedence", "").strip().lower() == "list"


# Reported speech: a quotation of five words or more, on one paragraph, that has a speaker in
# it ("we", "you", "nous"…): a newsletter or a friend quoting someone's rejection, a list post
# quoting an ATS. Job titles in quotation marks name nobody and stay. Single quotes count when
# they open after and close before a non-letter, on one line: an apostrophe inside a word
# ("won't") neither opens nor closes one. A short double quotation ('the "on file" line') is
# matched too, and kept, so that each closing mark is paired with its own opening one, never
# taken for the next quotation's opening. Written to open with the class of all opening marks
# (then which one it was is looked back at): the engine skips in C to the next such mark, where
# "double | single" would be started at every position of the text.
_QUOTED = re.compile(
    r"[\"“«'‘](?:(?<=[\"“«])\s*([^\"“”«»]{1,600}?)\s*[\"”»]"
    r"|(?<=(?<!\w)['‘])((?:[^'‘’\n]|(?<=\w)['’](?=\w)){12,600}?)['’](?!\w))"
)
# A single quotation mark that can open a quotation: after a non-letter (the quote character
# first, for the engine's fast literal scan). Most mail has apostrophes only inside words: then
# the quotation pattern, slow on long texts, cannot match and is not run.
_SINGLE_OPENS = re.compile(r"'(?<!\w')")
_SPEAKER = re.compile(r"\b(?:we|our|us|you|your|i|nous|vous|votre|notre|vos|je|j['’]ai|tu|ta|ton|tes)\b", re.I)
# Except a job board relaying the employer's own words: « Message du recruteur : "…" », « X a
# répondu à votre candidature pour le poste … : "…" ».
_RELAYED = re.compile(
    r"(?:(?:message|réponse|note|reply)\s+(?:du recruteur|de l['’](?:employeur|entreprise|annonceur)|de la société|"
    r"from (?:the )?(?:employer|recruiter|hiring team|company))"
    r"|(?:(?:a|ont|has|have)\s+)?(?:répondu|replied|responded)\s+(?:à|to)\s+(?:votre|ta|your)\s+(?:candidature|application)"
    r"[^:\n]{0,120})\s*:\s*$"
    # a message about the application that the board announces: « Vous avez reçu un message de X
    # au sujet de votre candidature … », « X vous a envoyé un message concernant votre
    # candidature : », "X sent you a message about your application."
    r"|\bmessage\b[^:\n]{0,80}\b(?:au sujet de|concernant|à propos de|about|regarding)\s+(?:votre|ta|your)\s+"
    r"(?:candidature|application)[^:\n]{0,120}[:.]\s*$"
    # or about the job applied to ("Kellerman Plumbing sent you a message about Plumbing
    # Apprentice"), or above its title and place ("Cobalt Ridge sent you a message\nShift
    # Lead\nJoliet, IL\n")
    r"|\b(?:sent you|vous a envoyé) (?:a|un) (?:new |nouveau )?message"
    r"(?: (?:about|regarding|for|au sujet de|concernant|pour)\b[^:\n]{0,120}[:.]?)?\s*(?:\n[^\n]{1,120}){0,3}\s*$"
    # « Voici sa réponse : », « … et y a apporté la réponse suivante : », "Here is their reply:"
    r"|\b(?:apporté|adressé|envoyé|donné|fait) la réponse suivante\s*:\s*$"
    r"|\b(?:voici|voilà) (?:sa|leur|la) réponse\s*:\s*$|\bhere(?:'s| is) (?:their|his|her|the (?:employer|recruiter|company)['’]s) (?:reply|response|message)\s*:\s*$"
    # "Message from Maison Orel:"
    r"|(?:^|\n)\s*(?:message from|message de(?: la part de)?)\s[^\n:]{1,80}:\s*$"
    # « Le recruteur vous a adressé la réponse suivante : », "The employer sent you this reply:"
    r"|\b(?:le recruteur|la recruteuse|l['’]employeur|l['’]entreprise|the recruiter|the employer|the hiring team|"
    r"the company)\b[^:\n]{0,60}\b(?:réponse|message|reply|response|note)\b[^:\n]{0,20}:\s*$",
    re.I,
)


def _without_reported_speech(text: str) -> str:
    """``text`` with quotations of someone's words blanked out."""
    if not ('"' in text or "“" in text or "«" in text or "‘" in text or _SINGLE_OPENS.search(text)):
        return text

    def blank(m: re.Match) -> str:
        said = m.group(1) or m.group(2)
        if "\n\n" in said or len(said.split()) < 4 or not (_SPEAKER.search(said) or said[-1] in ".!?"):
            return m.group(0)
        if _RELAYED.search(text, max(0, m.start() - 200), m.start()):
            # the employer's own words, without the marks that would make a sentence of them
            # read as quoted
            return " " + m.group(0)[1:-1] + " "
        return " " * len(m.group(0))

    return _QUOTED.sub(blank, text)


# On a free-mail address, these classes count only in a sentence that addresses the user or
# speaks for a team (the tables read lower-cased text).
_ADDRESSED_CLASSES = (
    Cls.OFFER, Cls.REJECTION, Cls.SCHEDULED, Cls.INVITATION, Cls.ACKNOWLEDGEMENT, Cls.STATUS_UPDATE
)
_ADDRESSED = re.compile(
    r"\b(?:you|your|u|ur|we|we're|we've|our|us|vous|votre|vos|nous|notre|nos|tu|ta|ton|tes|te|toi|t'"
    r"|on(?= (?:a|va|vous|te|ne|n'|t'|est)\b))(?!\w)"  # spoken French "on a trouvé quelqu'un": we
    # a note that drops its "I" after the user's name: "Sam - went with a guy who's been…"
    r"|^(?:[a-zà-ÿ]+ ?[-–,:] ?)?(?=(?:went|gone|decided|chose|picked|hired|filled|offered|gave|ended up|going|not going)\b)"
    # or its subject: "Jordan - spot got filled last week"
    r"|^(?:[a-zà-ÿ]+ ?[-–,:] ?)?(?=(?:the )?(?:spot|job|position|role|shift|place) (?:got|was|has|is|'s)\b)"
    # the owner who would have hired: "I'm not going to be able to add the morning shift after all"
    r"|\bi(?:'m| am)? (?:not going to be able to|can't|cannot|won't be able to|won't) (?:add|open|fund|create|hire|take on|bring on)\b"
    r"|\bj'ai (?:finalement |donc |plutôt |déjà )?(?:pris|engagé|embauché) (?:le|la|un|une|mon|ma|quelqu)\b"
)


_FORWARDED = re.compile(r"\s*(?:fwd?|tr|wg)\s*:", re.I)
_REPLY = re.compile(r"\s*(?:re|aw|sv)\s*:", re.I)


def _body(msg: ParsedMessage) -> str:
    """The text a decision reads: the body without quoted history and signature (the whole text
    when that leaves nothing), without a ticketing tool's reply line; with the note below when
    the sender passes it on (:func:`_passed_on`)."""
    body = msg.body or msg.text
    if "↥" in body:  # a fast scan for the marker first: the pattern opens with no literal
        body = _REPLY_LINE.sub("", body)
    body = body.strip()
    if msg.subject and _FORWARDED.match(msg.subject):
        note = _passed_on(msg, body)
        if note:
            body += "\n\n" + note
    return body


# A recruiter or an agency passing the employer's answer on to the user ("passing along the
# client's note below", "see below from the client, I'm afraid it's a no", "forwarding this …
# sorry for the outcome"): the note is the news. Only when the sender's words speak of that
# answer, and not from a personal mailbox: someone forwarding their own news ("see below, can
# you mind the dog on Tuesday?") is not telling the user theirs.
_PASSES_ON = re.compile(
    r"\b(?:passing (?:along|on)|forwarding (?:on |along )?(?:this|the|their|you|her|his)|see below"
    r"|shar(?:e|ing) (?:his|her|their|the client['’]s|the) (?:note|feedback|reply|response|message)"
    r"|(?:note|feedback|reply|response|message) below"
    r"|(?:je vous )?(?:transmets|transfère) (?:ci-dessous|le retour)|voir ci-dessous)\b",
    re.I,
)
_OUTCOME = re.compile(
    r"\b(?:client|outcome|feedback|sorry|afraid|unfortunately|decision|(?:interview|selection)\s+panel|tough (?:one|news|call)|désolée?|"
    r"malheureusement|retour du client|décision|jury)\b", re.I
)
_FORWARD_MARK = re.compile(
    r"^[^\S\n]*(?:-{2,}[^\S\n]*(?:forwarded message|original message|message transféré|message d'origine)[^\S\n]*-{2,}"
    r"|begin forwarded message:|début du message réexpédié :?)[^\S\n]*$"
    # Outlook's forward: no rule line, the note's header block ("From: … / Sent: …") opens it
    r"|^(?=[^\S\n]*\*?(?:from|de)\*?[^\S\n]*:[^\n]*\n[^\S\n]*\*?(?:sent|date|envoyé)\*?[^\S\n]*:)",
    re.I | re.M,
)
_NOTE_HEADER = re.compile(r"[^\S\n]*\*?(?:from|sent|date|to|cc|subject|de|envoyé|à|objet)\*?[^\S\n]*:", re.I)


def _passed_on(msg: ParsedMessage, body: str) -> str:
    """The forwarded note that ``body``, the sender's own words, passes on to the user, without
    its header lines; "" when there is none."""
    if not (_PASSES_ON.search(body) and _OUTCOME.search(body) and msg.sender and not is_free_mail(msg.sender.domain)):
        return ""
    mark = _FORWARD_MARK.search(msg.text)
    if mark is None:
        return ""
    lines = msg.text[mark.end():].strip().split("\n")
    while lines and (not lines[0].strip() or _NOTE_HEADER.match(lines[0])):
        lines.pop(0)
    return "\n".join(lines).strip()


def units_of(msg: ParsedMessage) -> str:
    """What the phrase tables (and the rejection model) read of ``msg``: see :func:`_units`."""
    return _units(msg.subject or "", _body(msg))


def _units(subject: str, body: str) -> str:
    """What the phrase tables read: the subject and the sentences of the body's first
    ``_MAX_BODY`` characters, both without reported speech (a newsletter's subject quotes a
    rejection as its body does), one a line, lower-cased, the apostrophe straight (the tables
    write "aren't" for "aren’t")."""
    if _FORWARDED.match(subject):
        subject = ""  # the forwarded mail's subject: someone else's news, not the sender's
    return "\n".join(
        [_without_reported_speech(subject)] + sentences(_without_reported_speech(body[:_MAX_BODY]))
    ).lower().replace("’", "'")


def _is_bulk(msg: ParsedMessage) -> bool:
    h = msg.headers
    return (
        "list-unsubscribe" in h
        or "list-id" in h
        or "feedback-id" in h
        or h.get("precedence", "").strip().lower() in ("bulk", "list", "junk")
    )



# After offers, rejections and invitations carried by calendar parts: the phrase classes in the
# order they win, with the words of their reason and their score (base + step per phrase hit).
_PHRASE_ORDER = (
    (Cls.SCHEDULED, "confirms a time", 0.75, 0.05),
    (Cls.INVITATION, "invitation phrase", 0.75, 0.05),
    (Cls.DOC_REQUEST, "asks for documents", 0.75, 0.05),
    (Cls.STATUS_UPDATE, "status phrase", 0.7, 0.05),
    (Cls.ACKNOWLEDGEMENT, "acknowledgement phrase", 0.7, 0.07),
)

# The phrases that most declines open with ("thank you for applying", "we have received your
# application"): the rejection model may overrule a receipt's phrase. Not a status phrase: those
# are specific, and a paused recruitment ("le recrutement est suspendu … bonne continuation")
# reads much like a decline while it keeps the process alive.
_OVERRULABLE = (Cls.ACKNOWLEDGEMENT,)
# The key of the declines said only by their tone ([weak] rejection) among a message's phrase hits
_TONE = "tone"
# The noise kinds that decide whatever else a message says, with how a reason names them
_DECISIVE_KINDS = (
    ("scam", "a job scam's request"), ("subscription", "a newsletter subscription"),
    ("peer_review", "a decision on a paper, a talk or a grant"), ("shop", "a purchase"),
    ("interviewer", "the user is the one interviewing"), ("finance", "a loan or credit"),
    ("job_alert", "a job board's alert"), ("own_employment", "the end of the user's own employment"),
)
_DECISIVE = "decisive"  # the key of their patterns searched at once
# Every noise kind: the decisive ones and those that yield to what else a message says
_NOISE_KINDS = ("alerts", "account", "outreach", "marketing", "mass_mail", *(kind for kind, _ in _DECISIVE_KINDS))
# What an employer's message relayed by a job board may be besides a decline, in priority order.
_BOARD_RELAYS = (Cls.OFFER, Cls.SCHEDULED, Cls.INVITATION, Cls.DOC_REQUEST, Cls.STATUS_UPDATE, Cls.ACKNOWLEDGEMENT)


def understand(msg: ParsedMessage, ctx: Context = Context()) -> Understanding:
    """How ``msg`` is understood in context ``ctx``. Pure."""
    reasons: list[str] = []
    body = _body(msg)
    subject = msg.subject or ""
    lang = detect_lang(subject + "\n" + body[:LANG_CHARS])  # not a copy of a long body
    langs = [lang] + [other for other in phrase_languages() if other != lang]
    tables = [phrases(code) for code in langs]

    sender = msg.sender
    no_reply = is_no_reply(sender)
    users = {e.lower() for e in ctx.user_emails}
    # The employer and the people, each worked out once, when first needed.
    who = _Lazy(lambda part: {"employer": employer_from, "people": people_from}[part](msg, ctx.user_emails))

    @functools.cache
    def promise():
        """The date the message promises an answer or an update by (None: none), read once."""
        return find_promised(body[:_MAX_BODY], msg.date, lang) if msg.date is not None else None

    def result(cls: Cls, score: float, extra=()) -> Understanding:
        hiring = cls is not Cls.NOISE
        name = key = domain = role = None
        ats = None
        people: tuple = ()
        employer_reasons: tuple = ()
        if hiring:
            name, key, domain, ats, employer_reasons = who["employer"]
            people = who["people"]
            role = role_from(msg, lang)
        elif sender is not None:
            ats = ats_name(sender.domain)
        promised = deadline = None
        documents: tuple[str, ...] = ()
        if hiring and msg.date is not None:
            if cls in (Cls.STATUS_UPDATE, Cls.ACKNOWLEDGEMENT, Cls.EMPLOYER_OTHER, Cls.DOC_REQUEST):
                promised = promise()
            if cls in (Cls.DOC_REQUEST, Cls.OFFER, Cls.EMPLOYER_OTHER):
                deadline = find_deadline(body[:_MAX_BODY], msg.date, lang)
            elif cls in (Cls.INVITATION, Cls.SCHEDULED):  # the reply asked for, not the times named
                deadline = find_deadline(body[:_MAX_BODY], msg.date, lang, reply_only=True)
        if cls is Cls.EMPLOYER_OTHER and promised is not None:
            cls = Cls.STATUS_UPDATE
            reasons.append(f"promises a date: {promised.phrase!r}")
        if cls is Cls.DOC_REQUEST:
            documents = _documents(units, tables)
        return Understanding(
            cls=cls,
            score=round(min(max(score, 0.0), 1.0), 2),
            employer=name,
            employer_key=key,
            employer_domain=domain,
            role=role,
            people=people,
            promised=promised,
            deadline=deadline,
            documents=documents,
            reasons=tuple(reasons) + tuple(extra) + tuple(employer_reasons),
            no_reply=no_reply,
            ats=ats,
            lang=lang,
        )

    def declined_by_model(units: str, threshold: float, reads: str, otherwise: str | None = None):
        """A rejection when the rejection model reads ``units`` as a decline from ``threshold``
        (reason ``reads``), else None (reason ``otherwise``, if any); each reason with its score."""
        declines, how = _model_reading(units, threshold)
        if declines or otherwise:
            reasons.append(f"{reads if declines else otherwise} ({how})")
        return result(Cls.REJECTION, 0.7) if declines else None

    if sender is not None and sender.email in users:
        reasons.append("written by the user")
        return result(Cls.NOISE, 0.9)

    in_process = bool(ctx.thread_employer)
    if not in_process and (ctx.known_employer_keys or ctx.known_domains):
        _, key, domain, _, _ = who["employer"]
        in_process = bool((key and key in ctx.known_employer_keys) or (domain and domain in ctx.known_domains))
    if in_process:
        reasons.append("in a known hiring process")

    sender_domain = sender.domain if sender else ""

    # Job boards: only their notices about the user's own applications count. A reply ("Re: …")
    # through a board's relay address is an employer writing, read as any employer's mail.
    if sender_domain and is_job_board(sender_domain) and not _REPLY.match(subject):
        # the notice's own headline first: "Inès, votre candidature a bien été envoyée à X" under
        # a subject that only names the job ("Votre candidature pour … chez X")
        headline = body.lstrip().partition("\n")[0].lower()
        said = [p for table in tables for _, p in _hits(table.get("board", {}).get("receipt_headline", ()), headline)]
        if said:
            reasons.append(f"job-board receipt: its headline matches {said[0]!r}")
            return result(Cls.ACKNOWLEDGEMENT, 0.9)
        for cls_name in ("rejection", "status_update", "acknowledgement"):
            for table in tables:
                hit = _hits(table.get("board", {}).get(cls_name, ()), [subject.lower()])
                if hit:
                    reasons.append(f"job-board notice: subject matches {hit[0][1]!r}")
                    return result(Cls(cls_name), 0.9)
        # An employer's own words relayed by the board ("Message from Acme about your application").
        units = _units(subject, body)
        if any_in(tables, "own_application", units):
            about = "job-board message about the user's application"
            declines = [p for key in (Cls.REJECTION, _TONE)
                        for p in _phrases(tables, key, units, _class_keep(key, tables))]
            if declines:
                reasons.append(f"{about}: rejection phrase {declines[0]!r}")
                return result(Cls.REJECTION, 0.85)
            # the board's own receipt in its body ("votre candidature … a bien été transmise au
            # recruteur") under a subject that does not say it
            sent = [p for table in tables for _, p in _hits(table.get("board", {}).get("acknowledgement", ()), units)]
            if sent:
                reasons.append(f"job-board receipt of the user's application: {sent[0]!r}")
                return result(Cls.ACKNOWLEDGEMENT, 0.85)
            if own_words(msg) or _relays_a_person(msg):
                # An employer's decline relayed in words no phrase knows ("we've taken someone on
                # for this job"): the model reads it from the threshold it has alone (the boards'
                # digests and alerts score far below it: bench/rejection_model.py reads them too).
                # Then the employer's other words, in the order of any message's: a receipt ("we
                # have received your application"), a case study to return, an interview to book
                # (the board's alerts and digests confirm, ask and invite nothing).
                declines, how = _model_reading(units, rejection_model().threshold)
                if declines:
                    reasons.append(f"{about}: it reads as a rejection to the rejection model ({how})")
                    return result(Cls.REJECTION, 0.7)
                for cls in _BOARD_RELAYS:
                    said = _phrases(tables, cls, units, _class_keep(cls, tables))
                    if said:
                        reasons.append(f"{about}: {cls.value} phrase {said[0]!r}")
                        return result(cls, 0.8)
                if promise():  # "we'll give you our answer by the end of next week"
                    reasons.append(f"{about}: the employer promises a date")
                    return result(Cls.STATUS_UPDATE, 0.7)
                reasons.append(f"{about}, no class phrase ({how})")
        reasons.append(f"job board or social network ({sender_domain}): digest or alert")
        return result(Cls.NOISE, 0.95)

    units = _units(subject, body)
    bulk = _is_bulk(msg)
    own = own_words(msg)  # not a newsletter's or a list's words, whatever they say
    # Context lists several rules ask about (the user's own application), each read once.
    says = _Lazy(lambda context: any_in(tables, context, units) or (
        # "Re: Cook application"; not a list's thread ("Re: [LUG] job interviews these days")
        context == "own_application" and not _is_list_post(msg) and any_in(tables, "own_reply", subject.lower())
    ))
    if not in_process and _colleague(sender_domain, msg.to[:1]) and not says["own_application"]:
        # the user's own employer writing to its staff (a hiring freeze, an annual review, a
        # panel to sit on): about other people's hiring, not an application of the user's
        reasons.append(f"mail between colleagues at {registrable_domain(sender_domain)}")
        return result(Cls.NOISE, 0.85)
    invites = [e for e in msg.invites if e.method in (None, "REQUEST", "PUBLISH") and not e.cancelled]
    from_ats = bool(ats_name(sender_domain))
    # a subject naming a job ("Re: line cook"), read when a rule asks
    titled = functools.cache(lambda: any_in(tables, "job_title", _REPLY.sub("", subject.lower())))
    hiring_context = from_ats or any_in(tables, "hiring", units) or is_recruiting_firm(sender_domain) or any(
        p.role != "unknown" for p in who["people"]  # a recruiter's or HR signature
    ) or titled()
    if not (in_process or hiring_context or (msg.invites and _interview_event(msg.invites))):
        reasons.append("no hiring vocabulary")
        return result(Cls.NOISE, 0.8)

    personal = bool(sender_domain) and not in_process and is_free_mail(sender_domain)

    def scan(scanned):
        """The phrases of each class and noise kind the ``scanned`` tables find, each list worked
        out when the decision first reads it (most decisions read a few)."""

        def classes(key):
            cls = Cls.REJECTION if key is _TONE else key
            keep = _class_keep(key, tables)
            if personal and cls in _ADDRESSED_CLASSES and not (
                    cls in (Cls.REJECTION, Cls.SCHEDULED) and says["own_application"]):
                # A friend relaying news ("they picked another candidate") speaks of others, or
                # asks ("are you still interviewing there?"); an employer on a free-mail address
                # speaks to the user or for its team. A decline in a message about the user's own
                # application ("merci pour votre candidature … j'ai proposé le poste à une
                # personne qui…") is the employer's, whoever its sentence names.
                # (An employer asking for times asks: "could you give me your availability?")
                said, keep = keep, lambda unit: (
                    _ADDRESSED.search(unit) and (cls is Cls.INVITATION or not unit.endswith("?"))
                    and (said is None or said(unit))
                )
            found = _phrases(scanned, key, units, keep)
            if key is Cls.REJECTION and not says["still_considered"]:
                # a parting wish declines, but not in a receipt that says the application is under review
                found += [p for table in scanned for _, p in _hits(table["context"].get("parting", ()), units, keep)]
            return found

        def kinds(kind):
            if kind is _DECISIVE:  # all the decisive kinds' patterns, one search
                return [p for table in scanned for _, p in _hits(_decisive_patterns(table["lang"]), units)]
            return [p for table in scanned for _, p in _hits(table["noise"].get(kind, ()), units)]

        return _Lazy(classes), _Lazy(kinds)

    # The message's own language first; the other tables only when it says nothing in it (a
    # French message with an English ATS template).
    hits, noise = scan(tables[:1])
    if (len(tables) > 1 and not any(hits[cls] for cls in _ORDER)
            and not any(noise[kind] for kind in _NOISE_KINDS) and not hits[_TONE]):
        hits, noise = scan(tables[1:])
    if not any_in(tables, "application", units):
        hits[Cls.STATUS_UPDATE] = []
        hits[Cls.ACKNOWLEDGEMENT] = []
    if hits[Cls.SCHEDULED] and says["onboarding"]:
        hits[Cls.SCHEDULED] = []  # "see you at 6am Monday" to someone hired: a first shift, no interview
    if not in_process and hits[Cls.OFFER] and not (says["job"] or titled()):
        hits[Cls.OFFER] = []  # a job offer names the job; "pleased to offer you" a listing does not
    if (not in_process and hits[Cls.DOC_REQUEST] and not (says["job"] or says["hiring_step"] or says["onboarding"])
            and set(_document_keys(units, tables)) <= {"form"}):
        # "please fill out the form below" from a stranger, about no job: a solicitation (an
        # employer asking for a form names the job or the step it is for, or asks for papers)
        hits[Cls.DOC_REQUEST] = []

    if says["retraction"] and (hits[Cls.REJECTION] or hits[_TONE]) and hits[Cls.STATUS_UPDATE]:
        # "you may have received an email saying your application is no longer being considered:
        # it was sent in error; your application is still under review"
        hits[Cls.REJECTION] = hits[_TONE] = []
        reasons.append("a decline withdrawn as sent in error")

    if ((hits[Cls.REJECTION] or hits[_TONE]) and _REPLY.match(subject)
            and any_in(tables, "user_withdrew", msg.text.lower())):
        # the employer's reply to the user's own withdrawal ("I'd like to withdraw my acceptance
        # of the offer" quoted under "she will withdraw the offer on Trac"): nobody declined the user
        hits[Cls.REJECTION] = hits[_TONE] = []
        reasons.append("a reply to the user's own withdrawal")

    cancels = [e for e in msg.invites if e.cancelled]

    def declined():
        return hits[Cls.REJECTION] or hits[_TONE]

    def strong():
        return hits[Cls.OFFER] or hits[Cls.REJECTION] or hits[Cls.SCHEDULED] or hits[Cls.INVITATION]

    def about_application():
        return hits[Cls.ACKNOWLEDGEMENT] or declined() or hits[Cls.STATUS_UPDATE]

    # Noise first: never let a digest, an account mail or a cold pitch become a hiring class.
    if not in_process:
        # What was applied for, named, when it is no job (a scholarship, a flat, a crèche place):
        # whatever else the message says of work, unless it names a job applied for too. Both in
        # the message's own language; not a job title in the subject, which may name a course
        # ("Level 3 Installation Electrician") or be another language's word ("next stage").
        other = [p for _, p in _hits(tables[0]["context"].get("not_job_applied", ()), units)]
        if other and not any_in(tables[:1], "job_applied", units):
            reasons.append(f"an application for something that is not a job: {other[0]!r}")
            return result(Cls.NOISE, 0.9)
        # In the message's own language: French "location" is a rental, English a place.
        not_job = [p for _, p in _hits(tables[0]["context"].get("not_job", ()), units)]
        if not_job and not (says["job"] or titled()):
            reasons.append(f"an application that is not for a job: {not_job[0]!r}")
            return result(Cls.NOISE, 0.85)
        if says["family"] and not from_ats:
            reasons.append("family mail (a relative's greeting or sign-off)")
            return result(Cls.NOISE, 0.85)
        # whatever else they say: a newsletter named "The Offer Letter" offers nothing (one search
        # of all their patterns first: most mail is none of them)
        if noise[_DECISIVE]:
            for kind, what in _DECISIVE_KINDS:
                if noise[kind]:
                    reasons.append(f"{what}: {noise[kind][0]!r}")
                    return result(Cls.NOISE, 0.9)
        if not own and noise["marketing"] and not declined():
            # a newsletter ("Unsubscribe", "Read online") quotes receipts and offers in its
            # headlines: its words are not an employer's to the user (a decline is still read:
            # missing one costs more, and quoted ones are blanked already)
            reasons.append(f"newsletter: {noise['marketing'][0]!r}")
            return result(Cls.NOISE, 0.9)
        if noise["mass_mail"] and not (declined() or says["own_application"] or invites or from_ats):
            # a mailer's removal instructions with no headers to say so (old spam asks to "fill
            # out the form below"): mail to a list, not to a candidate about an application
            reasons.append(f"mass mailing (removal instructions): {noise['mass_mail'][0]!r}")
            return result(Cls.NOISE, 0.9)
        if noise["account"] and not (declined() or hits[Cls.OFFER]):
            reasons.append(f"account or portal mail: {noise['account'][0]!r}")
            return result(Cls.NOISE, 0.9)
        # A confirmed interview is no cold pitch, even from an agency speaking of its client.
        if noise["outreach"] and not (about_application() or hits[Cls.SCHEDULED] or hits[Cls.OFFER]
                                      or says["own_application"]):
            reasons.append(f"unsolicited recruiter outreach: {noise['outreach'][0]!r}")
            return result(Cls.NOISE, 0.85)
        if noise["alerts"] and not (about_application() or hits[Cls.SCHEDULED] or invites):
            reasons.append(f"job alert or digest: {noise['alerts'][0]!r}")
            return result(Cls.NOISE, 0.9)
        if not own and not (invites or says["own_application"]):
            what = "mailing-list post (List-Id/Precedence: list)" if _is_list_post(msg) else "bulk mail"
            reasons.append(f"{what} about no application of the user's")
            return result(Cls.NOISE, 0.9)
        if bulk and not (about_application() or strong() or invites):
            reasons.append("bulk mail (List-Unsubscribe/Precedence/Feedback-ID) with no hiring phrase")
            return result(Cls.NOISE, 0.9)
        if not hiring_context and not invites:
            reasons.append("no hiring vocabulary")
            return result(Cls.NOISE, 0.8)

    bulk_penalty = 0.1 if bulk else 0.0
    # (an offer after a decline of another role: "not the permanent post, but a six-month contract")
    if hits[Cls.OFFER] and (not hits[Cls.REJECTION] or says["other_role"]):
        reasons.append(f"offer phrase: {hits[Cls.OFFER][0]!r}")
        return result(Cls.OFFER, 0.8 + 0.05 * len(hits[Cls.OFFER]) - bulk_penalty)
    if hits[Cls.REJECTION] and says["other_role"] and hits[Cls.INVITATION]:
        # "not this role, but would you interview for our new one?": the news is the invitation
        reasons.append(f"invitation to another role after a decline: {hits[Cls.INVITATION][0]!r}")
        return result(Cls.INVITATION, 0.75)
    if hits[Cls.REJECTION]:
        reasons.append(f"rejection phrase: {hits[Cls.REJECTION][0]!r}")
        if len(hits[Cls.REJECTION]) > 1:
            reasons.append(f"and {len(hits[Cls.REJECTION]) - 1} more rejection phrase(s)")
        return result(Cls.REJECTION, 0.75 + 0.08 * len(hits[Cls.REJECTION]) - bulk_penalty)
    if cancels and not invites and (in_process or hiring_context):
        reasons.append("calendar cancellation")
        return result(Cls.EMPLOYER_OTHER, 0.7)
    if invites and (in_process or hiring_context or _interview_event(invites)):
        reasons.append(f"calendar invitation: {invites[0].summary!r}")
        return result(Cls.SCHEDULED, 0.9)
    if hits[_TONE] and not (
        hits[Cls.SCHEDULED] or hits[Cls.INVITATION] or hits[Cls.DOC_REQUEST]
        or ((hits[Cls.STATUS_UPDATE] or hits[Cls.ACKNOWLEDGEMENT]) and promise())
    ):
        # a decline by its tone alone: not an interview moved "unfortunately", papers still
        # missing, or a delay "we regret" with a date to hear by
        reasons.append(f"rejection phrase (by its tone): {hits[_TONE][0]!r}")
        return result(Cls.REJECTION, 0.7 + 0.05 * len(hits[_TONE]) - bulk_penalty)
    for cls, label, base, step in _PHRASE_ORDER:
        if hits[cls]:
            reasons.append(f"{label}: {hits[cls][0]!r}")
            if cls in _OVERRULABLE and own and not promise():  # a receipt's silence window
                got = declined_by_model(units, rejection_model().overrule,
                                        "but it reads as a decline to the rejection model")
                if got:
                    return got
            return result(cls, base + step * len(hits[cls]) - bulk_penalty)
    if in_process:
        # The employer's own reply in the process: a decline the phrase tables miss ("we're going
        # to pass") still ends it, and here it need not talk about hiring to be read; but one that
        # promises a date keeps the process going (a status update: "sorry for the wait, we'll
        # decide on Friday").
        if own and not promise():
            got = declined_by_model(units, rejection_model().in_process,
                                    "no class phrase, but in the process it reads as a rejection to the rejection model",
                                    "no class phrase in the process")
            if got:
                return got
        return result(Cls.EMPLOYER_OTHER, 0.6)
    # A promise with no phrase to say what it is about counts from an employer, not from a
    # newsletter's advice ("if you don't hear back within a week, follow up"; unsubscribe footer).
    if who["employer"][1] and not noise["marketing"] and promise():
        reasons.append("an employer promises a date")
        return result(Cls.STATUS_UPDATE, 0.6)
    if own:
        return declined_by_model(units, rejection_model().threshold,
                                 "no class phrase, but it reads as a rejection to the rejection model",
                                 "hiring words but no class phrase") or result(Cls.NOISE, 0.5)
    reasons.append("hiring words but no class phrase")
    return result(Cls.NOISE, 0.5)


@functools.cache
def _decisive_patterns(lang: str) -> Patterns:
    """One language's decisive noise patterns as one list."""
    return Patterns([p for kind, _ in _DECISIVE_KINDS for p in phrases(lang)["noise"].get(kind, ())])


def _colleague(sender_domain: str, recipients) -> bool:
    """Whether a company-domain sender writes to an address of its own organisation (the user's
    work address, a staff list): internal mail, not an employer writing to a candidate.
    ``recipients``: the message's first addressee, whom it is written to (an interview's
    invitation to a candidate copies its panel, colleagues of the sender, after the candidate)."""
    if not sender_domain or not is_company_domain(sender_domain):
        return False
    own = registrable_domain(sender_domain)
    return any(registrable_domain(address.domain) == own for address in recipients)


def own_words(msg: ParsedMessage) -> bool:
    """Whether ``msg``'s words are its sender's own, for the rejection model to read: not a
    newsletter's or a list's (bulk mail quotes and discusses), unless an ATS sends it (and not
    from its newsletter's address)."""
    return not _is_bulk(msg) or (bool(ats_name(msg.sender.domain if msg.sender else ""))
                                 and not is_newsletter_sender(msg.sender))


def _class_keep(key, tables):
    """Which sentences a phrase of class ``key`` counts in (None: all): the class's rule, and for
    the declines by tone (``_TONE``) also not a sentence saying the employer cannot reply to
    everyone ("unfortunately we cannot reply to every applicant" declines nothing)."""
    if key is not _TONE:
        return _keep(key, tables)
    rule = _keep(Cls.REJECTION, tables)
    return lambda unit: (rule is None or rule(unit)) and not any_in(tables, "reply_to_all", unit)


def _phrases(scanned, key, units: str, keep) -> list[str]:
    """The patterns of class ``key`` (``_TONE``: the [weak] declines) that the ``scanned`` tables
    find in ``units``, in sentences ``keep`` counts."""
    section, cls = ("weak", Cls.REJECTION) if key is _TONE else ("classes", key)
    return [p for table in scanned for _, p in _hits(table.get(section, {}).get(cls.value, ()), units, keep)]


def _model_reading(units: str, threshold: float) -> tuple[bool, str]:
    """Whether the rejection model reads ``units`` as a decline from ``threshold``, and how, for a
    reason: "score 62 ≥ 45: 'regret', …" (the words that spoke most for it, sorted only when the
    model is believed: mostly it is not), or "rejection model: 12 < 45"."""
    words, feats = read(units)
    if words > MAX_WORDS:
        return False, f"rejection model: too long to read ({words} words > {MAX_WORDS})"
    model = rejection_model()
    score = model.score(feats)
    if score >= threshold:
        return True, f"score {score:.0f} ≥ {threshold:.0f}: {', '.join(map(repr, model.telling(feats)))}"
    return False, f"rejection model: {score:.0f} < {threshold:.0f}"


def any_in(tables, context: str, text: str) -> bool:
    """Whether any pattern of a ``[context]`` list, in any language, occurs in ``text``."""
    for table in tables:
        patterns = table["context"].get(context)
        if patterns and any(p.search(text) for p in patterns.candidates(text)):
            return True
    return False


def _conditionals(tables, unit: str):
    """The conditional patterns, in any language, that may match ``unit`` (its keywords tell)."""
    for table in tables:
        yield from table["context"]["conditional"].candidates(unit)


def _interview_event(events) -> bool:
    words = re.compile(r"\b(?:interview|entretien|screen|call with|échange|recruit)", re.I)
    return any(words.search(e.summary or "") or words.search(e.description or "") for e in events)


def _documents(units: str, tables) -> tuple[str, ...]:
    """What a document request asks for, read in the sentences that ask (``units``: the
    lower-cased subject and sentences, one a line), named in the message's language
    (``tables[0]``): a French request gets "références", "diplôme", as the French draft prints
    them."""
    names = tables[0].get("document_names", {})
    return tuple(names.get(key, key) for key in _document_keys(units, tables))


def _document_keys(units: str, tables) -> list[str]:
    """The ``[documents]`` keys of what a document request asks for (see :func:`_documents`)."""
    found: list[str] = []
    patterns = [p for t in tables for p in t["classes"]["doc_request"]]
    asking = [unit for unit in units.split("\n") if any(p.search(unit) for p in patterns)]
    # The asking sentences name the documents, unless they ask for "the following" listed below.
    for lowered in ("\n".join(asking), units):
        for table in tables:
            for key, patterns in table.get("documents", {}).items():
                if key not in found and any(p.search(lowered) for p in patterns):
                    found.append(key)
        if found:
            break
    return found
