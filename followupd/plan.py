"""The planner: employer records + stored follow-up states + config + now → follow-ups (SPEC §6).

Pure: no I/O, no clock. ``plan`` returns every follow-up the records call for, each with its
due time and a status:

``due``        draft it now;
``waiting``    due later;
``held``       the employer is muted: neither drafted nor retracted (drafted when unmuted);
``cancelled``  must not be drafted, and an untouched draft of it is retracted; ``reason`` says why.

A follow-up the store already knows as sent, discarded or retracted is returned too, with its
status computed as usual: the caller compares with the stored state and decides.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta

from .config import Config
from .model import (
    Address,
    Application,
    Cls,
    Employer,
    FollowUpState,
    FState,
    Interview,
    Kind,
    MessageRef,
    Person,
    Planned,
    Stage,
)
from .timing import WorkCalendar

DUE, WAITING, HELD, CANCELLED = "due", "waiting", "held", "cancelled"

NO_HUMAN = "no human to write to"

# Senders and attendees nobody should write to, when the records did not already say so.
_NO_REPLY = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|bounces?"
    r"|notifications?|calendar[-_.]?(notification|invite)s?|invitations?)([-+_.].*)?@",
    re.IGNORECASE,
)
# Scheduling tools and calendar resources that organize interviews but are not people.
_TOOL_DOMAINS = (
    "calendly.com", "goodtime.io", "prelude.co", "modernloop.io", "cal.com", "youcanbook.me",
    "doodle.com", "resource.calendar.google.com", "group.calendar.google.com",
    "greenhouse.io", "lever.co", "ashbyhq.com", "myworkday.com", "smartrecruiters.com",
    "icims.com", "jobvite.com", "workablemail.com", "bamboohr.com", "teamtailor.com",
    "recruitee.com", "taleo.net", "successfactors.com", "gem.com",
)
_STOP_STAGES = {Stage.CLOSED: "application closed", Stage.WITHDRAWN: "application withdrawn"}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}


def followup_key(kind: str, *parts: str) -> str:
    """A stable, header-safe name for one follow-up: ``kind:`` + 24 hex digits of the parts."""
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"{kind}:{digest}"


def format_day(d: date | datetime, lang: str = "en") -> str:
    """"Tuesday 3 March" (en) or "mardi 3 mars" (fr), independent of the process locale."""
    names = lang if lang in _WEEKDAYS else "en"
    return f"{_WEEKDAYS[names][d.weekday()]} {d.day} {_MONTHS[names][d.month - 1]}"


def plan(
    employers: Iterable[Employer],
    states: Mapping[str, FollowUpState],
    config: Config,
    now: datetime,
    *,
    lang_hints: Mapping[str, str] | None = None,
    calendar: WorkCalendar | None = None,
) -> list[Planned]:
    """Return every follow-up of ``employers`` with its due time and status, sorted by due time.

    ``states`` maps follow-up keys to what the store remembers. ``lang_hints`` maps a
    Message-ID, a provider thread id or an application key to the language of the exchange
    ("en", "fr"). ``calendar`` defaults to the user's (zone, send window, holidays).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    employers = list(employers)
    if calendar is None:
        calendar = WorkCalendar.from_config(config, _years(employers, now))
    planner = _Planner(config, states, now, calendar, lang_hints or {})
    out: list[Planned] = []
    for employer in employers:
        for app in employer.applications.values():
            out.extend(planner.application(employer, app))
    out.sort(key=lambda p: (_u(p.due), p.key))
    return out


def _years(employers: list[Employer], now: datetime) -> range:
    first = now.year
    for e in employers:
        for a in e.applications.values():
            for iv in a.interviews:
                first = min(first, iv.end.year)
            for m in a.messages[:1]:
                first = min(first, m.date.year)
    return range(max(first, now.year - 5), now.year + 3)


class _Planner:
    def __init__(self, config: Config, states: Mapping[str, FollowUpState], now: datetime,
                 cal: WorkCalendar, lang_hints: Mapping[str, str]):
        self.config = config
        self.rules = config.rules
        self.states = states
        self.now = now.astimezone(UTC)  # aware values of one tzinfo compare by wall time
        self.cal = cal
        self.lang_hints = lang_hints
        self.user_emails = {e.strip().lower() for e in config.user.email}

    # -- one application -------------------------------------------------------------------

    def application(self, employer: Employer, app: Application) -> list[Planned]:
        people = {**employer.people, **app.people}
        ctx = _AppContext(employer, app, people)
        found: list[Planned] = []
        if self.rules.thank_you.enabled:
            for iv in app.interviews:
                found.extend(self.thank_yous(ctx, iv))
        if self.rules.check_in.enabled:
            found.extend(self.check_ins(ctx))
        if self.rules.rejection_reply.enabled and app.rejection is not None:
            found.append(self.rejection_reply(ctx, app.rejection))
        if self.rules.document_reply.enabled:
            for req in app.doc_requests:
                found.append(self.document_reply(ctx, req))
        return [self.finish(ctx, p) for p in found]

    def finish(self, ctx: _AppContext, p: Planned) -> Planned:
        """Apply what holds for every kind: closed, stopped stages, lateness, muting."""
        if ctx.employer.closed:
            return _replace(p, status=CANCELLED, reason="closed by you")
        if ctx.app.stage in _STOP_STAGES:
            return _replace(p, status=CANCELLED, reason=_STOP_STAGES[ctx.app.stage])
        if p.status == CANCELLED:
            return p
        expire = self._expire_after(p.kind)
        state = self.states.get(p.key)
        never_drafted = state is None or state.state in (FState.PLANNED, FState.SKIPPED)
        if never_drafted and self.now > _u(p.due) + expire:
            when = self.cal.local(p.due)
            return _replace(p, status=CANCELLED,
                            reason=f"too late (was due {format_day(when)} {when:%H:%M})")
        if ctx.employer.muted:
            return _replace(p, status=HELD, reason="employer muted")
        return p

    def _expire_after(self, kind: Kind) -> timedelta:
        return {
            Kind.THANK_YOU: self.rules.thank_you.expire_after,
            Kind.CHECK_IN: self.rules.check_in.expire_after,
            Kind.REJECTION_REPLY: self.rules.rejection_reply.expire_after,
            Kind.DOCUMENT_REPLY: self.rules.document_reply.expire_after,
        }[kind]

    def _status(self, due: datetime) -> str:
        return DUE if self.now >= due else WAITING

    # -- who is who ------------------------------------------------------------------------

    def is_user(self, addr: Address | None) -> bool:
        return addr is not None and addr.email in self.user_emails

    def no_reply(self, ctx: _AppContext, addr: Address) -> bool:
        person = ctx.people.get(addr.email)
        return bool((person and person.no_reply) or _NO_REPLY.match(addr.email))

    def is_human(self, ctx: _AppContext, addr: Address | None) -> bool:
        return (addr is not None and "@" in addr.email and not self.is_user(addr)
                and not self.no_reply(ctx, addr) and not _is_tool(addr))

    def reply_address(self, ctx: _AppContext, msg: MessageRef) -> Address | None:
        """Who a reply to ``msg`` goes to: its human Reply-To, else its human sender."""
        for addr in msg.reply_to:
            if self.is_human(ctx, addr):
                return ctx.named(addr)
        if msg.no_reply:
            return None
        if self.is_human(ctx, msg.sender):
            return ctx.named(msg.sender)  # type: ignore[arg-type]
        return None

    def last_human_message(self, ctx: _AppContext) -> tuple[MessageRef, Address] | None:
        for msg in reversed(ctx.app.messages):
            if msg.outgoing:
                continue
            addr = self.reply_address(ctx, msg)
            if addr is not None:
                return msg, addr
        return None

    # -- thank-you -------------------------------------------------------------------------

    def interviewers(self, ctx: _AppContext, iv: Interview) -> list[Address]:
        organizers = {a.address.email for a in iv.attendees if a.organizer}
        if iv.organizer is not None:
            organizers.add(iv.organizer.email)
        others: list[Address] = []
        for a in iv.attendees:
            if a.status == "declined" or a.address.email in organizers:
                continue
            if self.is_human(ctx, a.address) and a.address not in others:
                others.append(a.address)
        organizer = iv.organizer or next((a.address for a in iv.attendees if a.organizer), None)
        found = list(others)
        if organizer is not None and self.is_human(ctx, organizer):
            # The organizer is the interviewer when alone with the user, and one of them when
            # not known as the recruiter or coordinator who merely scheduled it.
            if not others or ctx.role(organizer.email) not in ("recruiter", "coordinator"):
                found.insert(0, organizer)
        seen: set[str] = set()
        unique = []
        for addr in found:
            if addr.email not in seen:
                seen.add(addr.email)
                unique.append(ctx.named(addr))
        return unique

    def recruiter(self, ctx: _AppContext) -> tuple[Address, MessageRef | None] | None:
        """The application's recruiter (the one who wrote last, if several), else the last
        human who wrote from the employer's side."""
        recruiters = [p for p in ctx.people.values()
                      if p.role == "recruiter" and self.is_human(ctx, p.address)]
        if recruiters:
            last_from = {}
            for i, msg in enumerate(ctx.app.messages):
                if not msg.outgoing and msg.sender is not None:
                    last_from[msg.sender.email] = i
            best = max(recruiters, key=lambda p: (last_from.get(p.address.email, -1), p.address.email))
            return ctx.named(best.address), None
        last = self.last_human_message(ctx)
        if last is not None:
            return last[1], last[0]
        return None

    def thank_yous(self, ctx: _AppContext, iv: Interview) -> list[Planned]:
        rule = self.rules.thank_you
        after_delay = self.cal.add(iv.end, rule.delay)
        due = self.cal.next_window_instant(after_delay)
        if _u(due) - _u(iv.end) > rule.latest:  # a Friday-afternoon interview: do not wait till Monday
            due = after_delay

        recipients = self.interviewers(ctx, iv)
        if not recipients:
            fallback = self.recruiter(ctx)
            if fallback is None:
                key = followup_key(Kind.THANK_YOU, ctx.app.key, iv.uid, "")
                return [Planned(key=key, kind=Kind.THANK_YOU, employer_key=ctx.employer.key,
                                app_key=ctx.app.key, due=due, status=CANCELLED, reason=NO_HUMAN,
                                account=iv.account, parent=iv.message,
                                context=self.context(ctx, None, iv.message, iv))]
            recipients = [fallback[0]]

        stop = self._thank_you_stop(ctx, iv)
        out = []
        for person in recipients:
            key = followup_key(Kind.THANK_YOU, ctx.app.key, iv.uid, person.email)
            parent = self._last_with(ctx, person) or iv.message
            status, reason = (CANCELLED, stop) if stop else (self._status(due), "")
            if not stop and iv.end <= self.now:
                wrote = self._user_wrote_to(ctx, person, iv.end, key)
                if wrote:
                    status, reason = CANCELLED, "you already wrote to them after the interview"
            out.append(Planned(
                key=key, kind=Kind.THANK_YOU, employer_key=ctx.employer.key, app_key=ctx.app.key,
                due=due, status=status, reason=reason,
                account=(parent.account if parent else "") or iv.account,
                to=(person,), parent=parent, context=self.context(ctx, person, parent, iv),
            ))
        return out

    def _thank_you_stop(self, ctx: _AppContext, iv: Interview) -> str:
        if iv.cancelled:
            return "the interview was cancelled"
        for msg in _answers(ctx.app):
            if _u(msg.date) >= _u(iv.start):
                return "an offer came first" if msg.cls is Cls.OFFER else "a rejection came first"
        return ""

    def _last_with(self, ctx: _AppContext, person: Address) -> MessageRef | None:
        for msg in reversed(ctx.app.messages):
            if msg.outgoing:
                if any(a.email == person.email for a in (*msg.to, *msg.cc)):
                    return msg
            elif (msg.sender is not None and msg.sender.email == person.email) or any(
                a.email == person.email for a in msg.reply_to
            ):
                return msg
        return None

    def _user_wrote_to(self, ctx: _AppContext, person: Address, after: datetime, key: str) -> bool:
        for msg in ctx.app.messages:
            if (msg.outgoing and _u(msg.date) > _u(after) and msg.followup_key != key
                    and any(a.email == person.email for a in (*msg.to, *msg.cc))):
                return True
        return False

    # -- check-in --------------------------------------------------------------------------

    def check_ins(self, ctx: _AppContext) -> list[Planned]:
        rule = self.rules.check_in
        app = ctx.app
        held = [iv for iv in app.interviews if not iv.cancelled]
        if not held:
            return []
        last_iv = max(held, key=lambda iv: (_u(iv.end), iv.uid))
        last_end = last_iv.end
        promise = None
        if (app.promised is not None and app.promised_by is not None
                and app.promised.date >= self.cal.local(last_end).date()):
            promise = app.promised
        anchor = max(_u(last_end), _u(app.promised_by.date)) if promise else _u(last_end)
        anchor_text = anchor.astimezone(UTC).isoformat()  # stable if the user's zone changes

        if promise is not None:
            day = self.cal.add(self.cal.at(promise.date, datetime.min.time()), rule.after_promise)
            first_due = self.cal.next_window_start(day)
        else:
            first_due = self.cal.next_window_instant(self.cal.add(last_end, rule.without_promise))

        stop = ""
        if app.stage in (Stage.REJECTED, Stage.OFFER):
            stop = "rejected" if app.stage is Stage.REJECTED else "an offer came"
        elif app.rejection is not None or app.offer is not None:
            stop = "an offer came" if app.offer is not None else "rejected"
        else:
            for msg in app.messages:
                if (not msg.outgoing and _u(msg.date) > _u(anchor)
                        and not (app.promised_by is not None and promise is not None
                                 and msg.message_id == app.promised_by.message_id)):
                    stop = "the employer wrote after the interview"
                    break
            if not stop:
                since = max(_u(anchor), _u(last_end) + timedelta(hours=48))
                if any(m.outgoing and _u(m.date) > since and not m.followup_key for m in app.messages):
                    stop = "you wrote to them anyway"

        last = self.last_human_message(ctx)
        out: list[Planned] = []
        due = first_due
        parent = last[0] if last else None
        for n in range(1, max(rule.max_count, 0) + 1):
            key = followup_key(Kind.CHECK_IN, app.key, anchor_text, str(n))
            if n > 1:
                prev = self.states.get(followup_key(Kind.CHECK_IN, app.key, anchor_text, str(n - 1)))
                if prev is None or prev.state is not FState.SENT or prev.sent_at is None:
                    break
                due = self.cal.next_window_instant(self.cal.add(prev.sent_at, rule.second_after))
                sent_copy = next((m for m in reversed(app.messages) if m.outgoing
                                  and m.followup_key == prev.key), None)
                parent = sent_copy or parent
            if stop:
                status, reason = CANCELLED, stop
            elif last is None:
                status, reason = CANCELLED, NO_HUMAN
            elif last_end > self.now:
                status, reason = WAITING, ""
            else:
                status, reason = self._status(due), ""
            to = (last[1],) if last else ()
            context = self.context(ctx, last[1] if last else None, parent, last_iv)
            context.update(n=n, promised_date=format_day(promise.date, context["lang"]) if promise else None)
            out.append(Planned(
                key=key, kind=Kind.CHECK_IN, employer_key=ctx.employer.key, app_key=app.key,
                due=due, status=status, reason=reason,
                account=(parent.account if parent else "") or last_iv.account,
                to=to, parent=parent, context=context,
            ))
        out.extend(self._superseded_check_ins(ctx, {p.key for p in out}))
        return out

    def _superseded_check_ins(self, ctx: _AppContext, current: set[str]) -> list[Planned]:
        """Check-ins planned for an earlier anchor (before a later interview or promise): they
        come back cancelled so that an untouched draft of theirs is retracted."""
        out = []
        for state in self.states.values():
            if (state.kind is Kind.CHECK_IN and state.app_key == ctx.app.key
                    and state.key not in current
                    and state.state in (FState.PLANNED, FState.DRAFTING, FState.DRAFTED)):
                out.append(Planned(
                    key=state.key, kind=Kind.CHECK_IN, employer_key=ctx.employer.key,
                    app_key=ctx.app.key, due=state.due or self.now, status=CANCELLED,
                    reason="superseded by a later interview or promise", account=state.account,
                    to=tuple(Address(e) for e in state.to),
                ))
        return out

    # -- rejection reply -------------------------------------------------------------------

    def rejection_reply(self, ctx: _AppContext, rej: MessageRef) -> Planned:
        rule = self.rules.rejection_reply
        key = followup_key(Kind.REJECTION_REPLY, ctx.app.key, rej.message_id)
        due = self.cal.next_window_start(self.cal.add(rej.date, rule.delay))
        to, status, reason = self._answer(ctx, rej, key, due, "you already replied")
        return Planned(
            key=key, kind=Kind.REJECTION_REPLY, employer_key=ctx.employer.key, app_key=ctx.app.key,
            due=due, status=status, reason=reason, account=rej.account,
            to=(to,) if to else (), parent=rej,
            context=self.context(ctx, to, rej, self._last_interview(ctx)),
        )

    def _answer(self, ctx: _AppContext, msg: MessageRef, key: str, due: datetime,
                replied: str) -> tuple[Address | None, str, str]:
        """Recipient, status and reason of a reply to ``msg`` (rejection or document reply):
        cancelled when the user already answered it (``replied`` says so) or when nobody
        human can be written to."""
        to = self.reply_address(ctx, msg)
        if self._user_replied(ctx, msg, key):
            return to, CANCELLED, replied
        if to is None:
            return to, CANCELLED, "no-reply sender with no human to write to"
        return to, self._status(due), ""

    def _user_replied(self, ctx: _AppContext, msg: MessageRef, key: str) -> bool:
        for m in ctx.app.messages:
            if not m.outgoing or _u(m.date) <= _u(msg.date) or m.followup_key == key:
                continue
            if (m.in_reply_to == msg.message_id or msg.message_id in m.references
                    or (msg.thread_id is not None and m.thread_id == msg.thread_id)):
                return True
        return False

    # -- document reply --------------------------------------------------------------------

    def document_reply(self, ctx: _AppContext, req) -> Planned:
        rule = self.rules.document_reply
        msg = req.message
        key = followup_key(Kind.DOCUMENT_REPLY, ctx.app.key, msg.message_id)
        due = self.cal.add(msg.date, rule.delay)
        to, status, reason = self._answer(ctx, msg, key, due, "you replied in that thread")
        flags: tuple[str, ...] = ()
        context = self.context(ctx, to, msg, self._last_interview(ctx))
        context["documents"] = list(req.documents)
        if req.deadline is not None:
            end_of_day = self.cal.at(req.deadline.date + timedelta(days=1), datetime.min.time())
            if self.now < end_of_day and end_of_day - self.now < rule.warn_before:
                flags = (f"deadline under {_hours(rule.warn_before)} h",)
            context["deadline"] = format_day(req.deadline.date, context["lang"])
        return Planned(
            key=key, kind=Kind.DOCUMENT_REPLY, employer_key=ctx.employer.key, app_key=ctx.app.key,
            due=due, status=status, reason=reason, account=msg.account,
            to=(to,) if to else (), parent=msg, context=context, flags=flags,
        )

    # -- template values -------------------------------------------------------------------

    def _last_interview(self, ctx: _AppContext) -> Interview | None:
        held = [iv for iv in ctx.app.interviews if not iv.cancelled and _u(iv.end) <= self.now]
        return max(held, key=lambda iv: (_u(iv.end), iv.uid)) if held else None

    def lang(self, ctx: _AppContext, parent: MessageRef | None) -> str:
        hints = self.lang_hints
        for k in ((parent.message_id if parent else None), (parent.thread_id if parent else None),
                  ctx.app.key):
            if k and hints.get(k) in ("en", "fr"):
                return hints[k]
        return "en"

    def context(self, ctx: _AppContext, to: Address | None, parent: MessageRef | None,
                iv: Interview | None) -> dict:
        lang = self.lang(ctx, parent)
        user = self.config.user
        start = self.cal.local(iv.start) if iv else None
        return {
            "first_name": to.first_name if to else "",
            "recipient_name": to.name if to else "",
            "company": ctx.employer.name,
            "role": ctx.app.role,
            "interview_title": (iv.summary if iv else "") or "",
            "interview_date": format_day(start, lang) if start else None,
            "interview_weekday": _WEEKDAYS[lang][start.weekday()] if start else None,
            "documents": [],
            "deadline": None,
            "user_name": user.name,
            "signature": user.signature or user.name,
            "lang": lang,
            "subject": (parent.subject or None) if parent else None,
        }


class _AppContext:
    """One application with the people known for it (application's over employer's)."""

    def __init__(self, employer: Employer, app: Application, people: dict[str, Person]):
        self.employer = employer
        self.app = app
        self.people = people

    def role(self, email: str) -> str:
        p = self.people.get(email)
        return p.role if p else "unknown"

    def named(self, addr: Address) -> Address:
        """``addr`` with a display name when a known person has one and it has none."""
        if addr.name:
            return addr
        p = self.people.get(addr.email)
        if p and p.address.name:
            return Address(addr.email, p.address.name)
        return addr


def _answers(app: Application) -> list[MessageRef]:
    """Rejections and offers of the application, by date."""
    found = {m.uid: m for m in app.messages if not m.outgoing and m.cls in (Cls.REJECTION, Cls.OFFER)}
    for m in (app.rejection, app.offer):
        if m is not None:
            found.setdefault(m.uid, m)
    return sorted(found.values(), key=lambda m: _u(m.date))


def _u(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def _is_tool(addr: Address) -> bool:
    domain = addr.domain
    return any(domain == d or domain.endswith("." + d) for d in _TOOL_DOMAINS)


def _hours(td: timedelta) -> int:
    return int(td.total_seconds() // 3600)


def _replace(p: Planned, **changes) -> Planned:
    from dataclasses import replace

    return replace(p, **changes)
