"""Fold what was understood into employer records (SPEC §5). Pure: no I/O, no clock.

``build(...)`` is a function of the stored messages, events, follow-up states and the user's
flags, so the records are always derived from the store and a pass run twice derives the same
records. Rules, in the order they apply:

- Noise never creates or touches an employer. An incoming hiring message with an employer key
  creates the employer when it is new; ``employer_other`` only joins one that exists.
- A message joins an application by its thread first (RFC 5322 ``References``/``In-Reply-To``
  or the provider's thread id), then by its role, then by the person who wrote it, then by the
  employer's only application; with several roles and nothing to tell, it goes to the
  employer's role-less application, so that two roles never cancel each other's follow-ups.
- The user's own messages never create anything: they join by thread, else by recipient.
- A calendar event is an interview when it came in a hiring message, when its organizer or an
  attendee belongs to a known employer, or when its title says interview and its organizer has a
  company domain.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from datetime import datetime

from .model import (
    Address,
    Application,
    Cls,
    DocRequest,
    Employer,
    Event,
    FollowUpState,
    FState,
    Interview,
    Kind,
    MessageRef,
    Person,
    Stage,
    TimelineEntry,
    Understanding,
)

NO_ROLE = "_"

_INTERVIEW_WORDS = re.compile(
    r"\b(interview|entretien|phone screen|screening call|technical screen|onsite|on-site|"
    r"hiring manager|recruiter call|panel|entrevue|vorstellungsgespr)",
    re.IGNORECASE,
)

# Stages in the order a process moves through them; a later message never moves a stage back.
_RANK = {
    Stage.APPLIED: 0,
    Stage.ACKNOWLEDGED: 1,
    Stage.INVITED: 2,
    Stage.SCHEDULED: 3,
    Stage.INTERVIEWED: 4,
}
_CLS_STAGE = {
    Cls.ACKNOWLEDGEMENT: Stage.ACKNOWLEDGED,
    Cls.INVITATION: Stage.INVITED,
    Cls.SCHEDULED: Stage.SCHEDULED,
}
_ROLE_RANK = {"unknown": 0, "interviewer": 1, "coordinator": 2, "recruiter": 3}


def role_slug(role: str | None) -> str:
    if not role:
        return NO_ROLE
    slug = re.sub(r"[^a-z0-9]+", "-", role.lower()).strip("-")
    return slug or NO_ROLE


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _same_company(name_key: str, domain: str, domain_names: Iterable[str] = ()) -> bool:
    """Whether an employer known only by name (mail from an ATS: ``name:halcyon-health``) is
    the company behind ``domain`` (``halcyonhealth.com``): the name squashed is the domain's
    first label, or a name seen on that domain's own mail."""
    name = _squash(name_key.removeprefix("name:"))
    if not name:
        return False
    label = _squash(domain.split(".")[0])
    return name == label or any(_squash(n) == name for n in domain_names)


def aliases(messages: Iterable[tuple[MessageRef, Understanding | None]]) -> dict[str, str]:
    """Map each name-only employer key to the domain key of the same company, when exactly one
    company domain matches (an ATS's mail and the recruiter's own mail are one employer)."""
    names: dict[str, set[str]] = {}
    name_keys: set[str] = set()
    for _, u in messages:
        if u is None or u.cls is Cls.NOISE or not u.employer_key:
            continue
        if u.employer_key.startswith("name:"):
            name_keys.add(u.employer_key)
        else:
            names.setdefault(u.employer_key, set()).update([u.employer] if u.employer else [])
    out = {}
    for nk in name_keys:
        matches = [d for d, ns in names.items() if _same_company(nk, d, ns)]
        if len(matches) == 1:
            out[nk] = matches[0]
    return out


def _free_or_user(domain: str, user_domains: set[str], free_domains: Container[str]) -> bool:
    return domain in user_domains or domain in free_domains


class _Builder:
    def __init__(
        self,
        user_emails: Iterable[str],
        flags: Mapping[str, set[str]],
        free_domains: Container[str],
    ) -> None:
        self.user_emails = {e.lower() for e in user_emails}
        self.user_domains: set[str] = set()  # user's own domains are never employer domains
        for e in self.user_emails:
            d = e.rpartition("@")[2]
            if d not in free_domains:
                self.user_domains.add(d)
        self.free = free_domains
        self.flags = flags
        self.employers: dict[str, Employer] = {}
        self.app_of_msgid: dict[str, Application] = {}
        self.app_of_thread: dict[str, Application] = {}
        self.alias: dict[str, str] = {}

    # -- lookups ----------------------------------------------------------------------------

    def app_by_thread(self, ref: MessageRef) -> Application | None:
        if ref.thread_id and ref.thread_id in self.app_of_thread:
            return self.app_of_thread[ref.thread_id]
        for mid in (ref.in_reply_to, *reversed(ref.references)):
            if mid and mid in self.app_of_msgid:
                return self.app_of_msgid[mid]
        return None

    def employer_of_address(self, addr: Address) -> Employer | None:
        for emp in self.employers.values():
            if addr.email in emp.people:
                return emp
        dom = addr.domain
        if _free_or_user(dom, self.user_domains, self.free):
            return None
        for emp in self.employers.values():
            if dom in emp.domains or any(dom.endswith("." + d) for d in emp.domains):
                return emp
        return None

    def employer(self, key: str, name: str | None, domain: str | None) -> Employer:
        emp = self.employers.get(key)
        if emp is None:
            flags = self.flags.get(key, set())
            emp = Employer(
                key=key,
                name=name or key.removeprefix("name:"),
                muted="muted" in flags,
                closed="closed" in flags,
            )
            self.employers[key] = emp
        elif name and emp.name == key.removeprefix("name:"):
            emp.name = name
        if domain and not _free_or_user(domain, self.user_domains, self.free):
            emp.domains.add(domain)
        return emp

    def application(self, emp: Employer, role: str | None) -> Application:
        slug = role_slug(role)
        key = f"{emp.key}/{slug}"
        app = emp.applications.get(key)
        if app is None:
            if slug != NO_ROLE:
                # A role-less application opened before the role was known becomes this role's,
                # as long as it is the employer's only one.
                bare = emp.applications.get(f"{emp.key}/{NO_ROLE}")
                if bare is not None and len(emp.applications) == 1 and bare.role is None:
                    return bare
            app = Application(key=key, employer_key=emp.key, role=role)
            emp.applications[key] = app
        return app

    def choose_app(self, emp: Employer, ref: MessageRef, role: str | None) -> Application:
        if role:
            slug = role_slug(role)
            for app in emp.applications.values():
                if role_slug(app.role) == slug:
                    return app
            return self.application(emp, role)
        if len(emp.applications) == 1:
            return next(iter(emp.applications.values()))
        # The subject names one of the roles already known ("Acme — Backend Engineer: …").
        subject = ref.subject.lower()
        named = [a for a in emp.applications.values()
                 if a.role and re.search(r"\b" + re.escape(a.role.lower()) + r"\b", subject)]
        if len(named) == 1:
            return named[0]
        if ref.sender is not None:
            known = [a for a in emp.applications.values() if ref.sender.email in a.people]
            if len(known) == 1:
                return known[0]
        return self.application(emp, None)

    # -- folding ----------------------------------------------------------------------------

    def link(self, app: Application, ref: MessageRef) -> None:
        if ref.thread_id:
            app.thread_ids.add(ref.thread_id)
            self.app_of_thread.setdefault(ref.thread_id, app)
        for mid in (ref.message_id, *ref.references):
            if mid:
                app.message_ids.add(mid)
                self.app_of_msgid.setdefault(mid, app)

    def add_person(self, emp: Employer, app: Application | None, addr: Address, role: str,
                   no_reply: bool = False) -> None:
        if addr.email in self.user_emails or not addr.email:
            return
        for people in (emp.people, app.people if app else None):
            if people is None:
                continue
            p = people.get(addr.email)
            if p is None:
                people[addr.email] = Person(address=addr, role=role, no_reply=no_reply)
            else:
                if _ROLE_RANK.get(role, 0) > _ROLE_RANK.get(p.role, 0):
                    p.role = role
                if addr.name and not p.address.name:
                    p.address = addr

    def incoming(self, ref: MessageRef, u: Understanding) -> bool:
        """Fold one employer-side message. Return False when it belongs to no process."""
        if u.cls is Cls.NOISE:
            return False
        app = self.app_by_thread(ref)
        if app is not None:
            emp = self.employers[app.employer_key]
            if u.role and app.role is None and len(emp.applications) == 1:
                app.role = u.role
        else:
            key = self.alias.get(u.employer_key or "", u.employer_key)
            if not key:
                return False
            if key not in self.employers and u.cls is Cls.EMPLOYER_OTHER:
                return False  # "other" mail joins a process; it never starts one
            emp = self.employer(key, u.employer, u.employer_domain)
            app = self.choose_app(emp, ref, u.role)
            if u.role and app.role is None:
                app.role = u.role
        emp = self.employers[app.employer_key]
        if u.employer_domain and not _free_or_user(u.employer_domain, self.user_domains, self.free):
            emp.domains.add(u.employer_domain)
        self.link(app, ref)
        app.messages.append(ref)
        for pg in u.people:
            self.add_person(emp, app, pg.address, pg.role,
                            no_reply=pg.address == ref.sender and u.no_reply)
        if ref.sender is not None and ref.sender.email not in emp.people:
            self.add_person(emp, app, ref.sender, "unknown", no_reply=u.no_reply)
        if u.promised is not None and not u.promised.by_phone:  # a call is kept out of the mailbox
            app.promised, app.promised_by = u.promised, ref
        if u.cls is Cls.DOC_REQUEST:
            app.doc_requests.append(DocRequest(ref, u.documents, u.deadline))
        if u.cls is Cls.REJECTION and app.rejection is None:
            app.rejection = ref
        if u.cls is Cls.OFFER and app.offer is None:
            app.offer = ref
        app.timeline.append(TimelineEntry(ref.date, f"message in: {u.cls}", ref.uid, ref.subject))
        return True

    def outgoing(self, ref: MessageRef) -> bool:
        app = self.app_by_thread(ref)
        if app is None:
            for addr in (*ref.to, *ref.cc):
                emp = self.employer_of_address(addr)
                if emp is None:
                    continue
                known = [a for a in emp.applications.values() if addr.email in a.people]
                pool = known or list(emp.applications.values())
                if pool:
                    app = max(pool, key=lambda a: a.messages[-1].date if a.messages
                              else datetime.min.replace(tzinfo=ref.date.tzinfo))
                    break
        if app is None:
            return False
        self.link(app, ref)
        app.messages.append(ref)
        what = "message out" + (" (our draft, sent)" if ref.followup_key else "")
        app.timeline.append(TimelineEntry(ref.date, what, ref.uid, ref.subject))
        return True

    def interview_employer(self, ev: Event, via: MessageRef | None,
                           via_app: Application | None) -> tuple[Employer, Application] | None:
        if via_app is not None:
            return self.employers[via_app.employer_key], via_app
        people = [a.address for a in ev.attendees]
        if ev.organizer is not None:
            people.insert(0, ev.organizer)
        for addr in people:
            emp = self.employer_of_address(addr)
            if emp is not None:
                return emp, self.app_for_event(emp, ev)
        text = f"{ev.summary}\n{ev.description}"
        if not _INTERVIEW_WORDS.search(text):
            return None
        lowered = text.lower()
        for emp in self.employers.values():
            if len(emp.name) >= 3 and re.search(r"\b" + re.escape(emp.name.lower()) + r"\b", lowered):
                return emp, self.app_for_event(emp, ev)
        # An interview with an employer never seen in mail: its company domain tells who.
        for addr in people:
            dom = addr.domain
            if addr.email in self.user_emails or _free_or_user(dom, self.user_domains, self.free):
                continue
            if dom.endswith("calendar.google.com") or dom.endswith("resource.calendar.google.com"):
                continue
            named = [e for e in self.employers.values()
                     if e.key.startswith("name:") and _same_company(e.key, dom, [e.name])]
            if len(named) == 1:  # an ATS-only employer whose own people are now seen
                named[0].domains.add(dom)
                return named[0], self.app_for_event(named[0], ev)
            emp = self.employer(dom, None, dom)
            return emp, self.app_for_event(emp, ev)
        return None

    def app_for_event(self, emp: Employer, ev: Event) -> Application:
        if len(emp.applications) == 1:
            return next(iter(emp.applications.values()))
        text = f"{ev.summary} {ev.description}".lower()
        for app in emp.applications.values():
            if app.role and app.role.lower() in text:
                return app
        attendees = {a.address.email for a in ev.attendees}
        with_people = [a for a in emp.applications.values() if attendees & set(a.people)]
        if len(with_people) == 1:
            return with_people[0]
        return self.application(emp, None)

    def event(self, account: str, ev: Event, via: MessageRef | None,
              via_app: Application | None) -> None:
        found = self.interview_employer(ev, via, via_app)
        if found is None:
            return
        emp, app = found
        organizer = ev.organizer
        if organizer is not None:
            others = [a for a in ev.attendees
                      if a.address.email not in self.user_emails and a.address != organizer]
            known = emp.people.get(organizer.email)
            if known is None or known.role == "unknown":
                # An organizer who invites other people from the employer is coordinating.
                self.add_person(emp, app, organizer, "coordinator" if others else "interviewer")
        for att in ev.attendees:
            if att.address.email in self.user_emails or (organizer and att.address == organizer):
                continue
            known = emp.people.get(att.address.email)
            if known is None or known.role == "unknown":
                self.add_person(emp, app, att.address, "interviewer")
        for i, old in enumerate(app.interviews):
            if old.uid == ev.key:
                app.interviews[i] = _interview(account, ev, via or old.message)
                break
        else:
            app.interviews.append(_interview(account, ev, via))
        for addr in (organizer, *[a.address for a in ev.attendees]):
            if addr is not None and not _free_or_user(addr.domain, self.user_domains, self.free) \
                    and addr.email not in self.user_emails \
                    and not addr.domain.endswith("calendar.google.com"):
                if addr.email in emp.people and emp.people[addr.email].role != "unknown":
                    emp.domains.add(addr.domain)


def _interview(account: str, ev: Event, via: MessageRef | None) -> Interview:
    return Interview(
        uid=ev.key,
        start=ev.start,
        end=ev.end,
        summary=ev.summary,
        timezone=ev.timezone,
        organizer=ev.organizer,
        attendees=ev.attendees,
        cancelled=ev.cancelled,
        account=account,
        message=via,
    )


def _stage(app: Application, emp: Employer, states: Iterable[FollowUpState], now: datetime,
           silent_after) -> Stage:
    if app.offer is not None:
        return Stage.OFFER
    if app.rejection is not None:
        return Stage.REJECTED
    if emp.closed:
        return Stage.CLOSED
    stage = Stage.APPLIED
    for ref in app.messages:
        if ref.cls in _CLS_STAGE and _RANK[_CLS_STAGE[ref.cls]] > _RANK[stage]:
            stage = _CLS_STAGE[ref.cls]
    live = [i for i in app.interviews if not i.cancelled]
    if live:
        ended = [i for i in live if i.end <= now]
        target = Stage.INTERVIEWED if ended else Stage.SCHEDULED
        if _RANK[target] > _RANK[stage]:
            stage = target
    if stage is Stage.INTERVIEWED and silent_after is not None:
        sent = sorted(s.sent_at for s in states
                      if s.kind is Kind.CHECK_IN and s.state is FState.SENT and s.sent_at
                      and s.app_key == app.key)
        if sent:
            last_theirs = max((m.date for m in app.messages if not m.outgoing), default=None)
            closed_at = silent_after(len(sent), sent[-1])
            if closed_at is not None and now >= closed_at and (last_theirs is None
                                                               or last_theirs < sent[-1]):
                return Stage.CLOSED
    return stage


def build(
    messages: Iterable[tuple[MessageRef, Understanding | None]],
    events: Iterable[tuple[str, Event, MessageRef | None]],
    *,
    user_emails: Iterable[str],
    flags: Mapping[str, set[str]] | None = None,
    states: Mapping[str, FollowUpState] | None = None,
    now: datetime,
    free_domains: Container[str] = frozenset(),
    silent_after=None,
) -> dict[str, Employer]:
    """Return every employer (key → Employer) that the stored mail and events describe.

    ``silent_after(n_sent, last_sent_at) -> datetime | None`` says when an application whose
    ``n_sent`` check-ins all went unanswered is closed as silent (None: not yet at the limit).
    """
    b = _Builder(user_emails, flags or {}, free_domains)
    items = sorted(messages, key=lambda mu: (mu[0].date, mu[0].uid))
    b.alias = aliases(items)
    understood = {ref.message_id: u for ref, u in items if u is not None}
    deferred: list[MessageRef] = []
    for ref, u in items:
        if ref.outgoing or u is None:
            if not b.outgoing(ref):
                deferred.append(ref)
        else:
            b.incoming(ref, u)
    # The user's first message to an employer may come before anything from the employer.
    for ref in deferred:
        b.outgoing(ref)
    for emp in b.employers.values():
        for app in emp.applications.values():
            app.messages.sort(key=lambda r: (r.date, r.uid))

    for account, ev, via in sorted(events, key=lambda t: (t[1].start, t[1].key)):
        via_app = None
        if via is not None:
            u = understood.get(via.message_id)
            if u is None or u.cls is Cls.NOISE:
                continue  # an invitation from noise (a webinar) is not an interview
            via_app = b.app_of_msgid.get(via.message_id) or b.app_by_thread(via)
            if via_app is None:
                continue
        b.event(account, ev, via, via_app)

    state_list = list((states or {}).values())
    for emp in b.employers.values():
        for app in emp.applications.values():
            app.interviews.sort(key=lambda i: (i.start, i.uid))
            for i in app.interviews:
                what = "interview cancelled" if i.cancelled else "interview"
                app.timeline.append(TimelineEntry(i.start, what, i.uid, i.summary))
            for s in state_list:
                if s.app_key == app.key and s.drafted_at is not None:
                    app.timeline.append(TimelineEntry(
                        s.drafted_at, f"draft: {s.kind}", s.key, s.state.value))
            app.timeline.sort(key=lambda t: t.when)
            app.stage = _stage(app, emp, state_list, now, silent_after)
    return b.employers


__all__ = ["build", "role_slug", "aliases", "NO_ROLE"]
