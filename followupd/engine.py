"""One pass: sync → understand → reconcile → records → plan → apply.

The engine holds no state between passes: everything it knows is in the store, and every
decision is recomputed from it (records.build, plan.plan), so a pass after a pass does nothing
new, and a restart after a crash finishes what the crash interrupted.

Exactly once (SPEC §2.4): before a draft is written, its follow-up is committed as DRAFTING;
after, as DRAFTED with the provider's draft id. A pass that finds a follow-up still DRAFTING
looks the draft up by its X-Followupd-Key before writing anything.

A draft the user touched is theirs (SPEC §2.3): a draft whose content hash differs from what we
wrote is marked touched and is never rewritten or retracted; a draft that is gone was sent (a
sent message carries its key or answers the same parent) or deleted by the user (never
re-created).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from . import records
from .config import AccountConfig, Config
from .errors import AuthExpired, CursorExpired, Error, ParseError, ProviderError
from .model import (
    Cls,
    Context,
    Employer,
    FollowUpState,
    FState,
    MessageRef,
    Planned,
    Understanding,
)
from .providers.base import Provider, RawMail, provider_class

log = logging.getLogger(__name__)

CALENDAR_AHEAD = timedelta(days=120)


def system_clock() -> datetime:
    """The wall clock, read at each call (never cached: tests run the program on a simulated
    clock, SPEC §10)."""
    return datetime.now(timezone.utc)


@dataclass
class PassReport:
    started: datetime
    new_messages: int = 0
    new_events: int = 0
    failures: int = 0
    drafted: list[str] = field(default_factory=list)
    retracted: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    account_errors: dict[str, str] = field(default_factory=dict)


def make_provider(account: AccountConfig, config: Config) -> Provider:
    """Build the provider of one account (imported lazily by name)."""
    cls = provider_class(account.provider)
    return cls.from_config(account, config)


class _FreeMail:
    """The free-mail domains (gmail.com, orange.fr …) as a container, from the data tables."""

    def __contains__(self, domain: object) -> bool:
        from .understand.employers import is_free_mail

        return isinstance(domain, str) and is_free_mail(domain)


def free_mail_domains() -> _FreeMail:
    return _FreeMail()


def _lang_hints(messages, employers: Mapping[str, Employer]) -> dict[str, str]:
    """The language each thread and application is written in (drafts answer in it)."""
    hints: dict[str, str] = {}
    lang_of: dict[str, str] = {}
    for ref, u in messages:
        if u is not None and u.cls is not Cls.NOISE and u.lang:
            lang_of[ref.message_id] = u.lang
            hints[ref.message_id] = u.lang
            if ref.thread_id:
                hints[ref.thread_id] = u.lang
    for emp in employers.values():
        for app in emp.applications.values():
            langs = [lang_of[m.message_id] for m in app.messages if m.message_id in lang_of]
            if langs:
                hints[app.key] = langs[-1]
    return hints


class Engine:
    def __init__(
        self,
        config: Config,
        store,
        providers: Mapping[str, Provider] | None = None,
        clock: Callable[[], datetime] = system_clock,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self._providers: dict[str, Provider] = dict(providers or {})
        self.user_emails = frozenset(e.lower() for e in config.user.email)

    # -- providers -------------------------------------------------------------------------

    def provider(self, name: str) -> Provider | None:
        if name not in self._providers:
            account = next((a for a in self.config.accounts if a.name == name), None)
            if account is None:
                return None
            self._providers[name] = make_provider(account, self.config)
        return self._providers[name]

    def close(self) -> None:
        for p in self._providers.values():
            try:
                p.close()
            except Exception:  # closing must never hide the real outcome
                log.debug("closing a provider failed", exc_info=True)

    # -- one pass --------------------------------------------------------------------------

    def run_pass(self, accounts: Iterable[str] | None = None) -> PassReport:
        """One pass. ``accounts``: sync only these (by name; None: all of them, as `run --once`
        does); every account's follow-ups are still planned and drafted (the daemon polls each
        account on its own schedule)."""
        report = PassReport(started=self.clock())
        drafts_changed: dict[str, bool] = {}
        only = None if accounts is None else set(accounts)
        for account in self.config.accounts:
            if only is not None and account.name not in only:
                drafts_changed[account.name] = False  # not synced: nothing new known of its drafts
                continue
            try:
                drafts_changed[account.name] = self.sync_account(account, report)
            except AuthExpired as e:
                log.error("account %s: authorization expired; run `followupd auth %s --account %s`",
                          account.name, account.provider, account.name)
                report.account_errors[account.name] = str(e)
                with self.store.transaction():
                    self.store.set_account_status(account.name, error=str(e), auth="needs re-auth")
            except (ProviderError, OSError) as e:
                log.warning("account %s: sync failed, will retry next pass: %s", account.name, e)
                report.account_errors[account.name] = str(e)
                with self.store.transaction():
                    self.store.set_account_status(account.name, error=str(e))
        messages = self.store.messages()
        self.reconcile(report, drafts_changed, [ref for ref, _ in messages if ref.outgoing])
        employers = self.employers(messages)
        planned = self.plan(employers)
        self.apply(planned, report)
        return report

    # -- sync ------------------------------------------------------------------------------

    def sync_account(self, account: AccountConfig, report: PassReport,
                     index: dict[str, str] | None = None) -> bool:
        """Sync one account's mail and calendar. Return whether its drafts may have changed.

        ``index`` (Message-ID / thread id → employer key) is read from the store when not
        given, and grows with what this sync stores."""
        provider = self.provider(account.name)
        assert provider is not None
        now = self.clock()
        since = now - self.config.sync.lookback
        name = account.name

        def seen(uid: str) -> bool:
            return self.store.has_message(name, uid) or self.store.is_forgotten(name, uid)

        cursor = self.store.get_cursor(name, "mail")
        try:
            batch = provider.sync_mail(cursor, since=since, seen=seen)
        except CursorExpired:
            log.info("account %s: mail sync position expired; re-syncing the last %s",
                     name, self.config.sync.lookback)
            batch = provider.sync_mail(None, since=since, seen=seen)
        if index is None:
            index = self._thread_index()
        fresh = [m for m in batch.messages if not seen(m.uid)]
        with self.store.transaction():
            for raw in self._in_date_order(fresh):
                self._ingest(name, raw, index, report)
            self.store.set_cursor(name, "mail", batch.cursor)

        cal_cursor = self.store.get_cursor(name, "calendar")
        try:
            events = provider.sync_calendar(cal_cursor, since=since, until=now + CALENDAR_AHEAD)
        except CursorExpired:
            log.info("account %s: calendar sync position expired; full re-sync", name)
            events = provider.sync_calendar(None, since=since, until=now + CALENDAR_AHEAD)
        with self.store.transaction():
            for ev in events.events:
                if self.store.put_event(name, ev):
                    report.new_events += 1
            for href, problem in getattr(provider, "problems", ()) or ():
                self.store.record_failure(name, str(href), str(problem), now)
            self.store.set_cursor(name, "calendar", events.cursor)
            self.store.set_account_status(name, last_sync=self.clock(), error=None, auth="ok")
        return batch.drafts_changed

    @staticmethod
    def _in_date_order(raws: list[RawMail]) -> list[RawMail]:
        # Threads are recognised by what came before, so read the oldest first. The Date header
        # is read cheaply here; a message without one keeps its place at the end.
        from email.utils import parsedate_to_datetime

        def when(raw: RawMail) -> float:
            head = raw.raw[:8192].decode("latin-1", "replace")
            for line in head.splitlines():
                if line.lower().startswith("date:"):
                    try:
                        return parsedate_to_datetime(line[5:].strip()).timestamp()
                    except (TypeError, ValueError, IndexError):
                        break
            return float("inf")

        return sorted(raws, key=when)

    def _thread_index(self) -> dict[str, str]:
        """Message-ID / thread id → employer key, from what is stored."""
        index: dict[str, str] = {}
        for ref, u in self.store.messages():
            key = u.employer_key if (u is not None and u.cls is not Cls.NOISE) else None
            if key is None and ref.outgoing:
                key = index.get(ref.in_reply_to or "") or index.get(ref.thread_id or "")
            if key:
                for k in (ref.message_id, ref.thread_id):
                    if k:
                        index[k] = key
        return index

    def _ingest(self, account: str, raw: RawMail, index: dict[str, str],
                report: PassReport) -> None:
        from .understand import parse_message, understand

        now = self.clock()
        try:
            pm = parse_message(raw.raw)
        except ParseError as e:
            self._failed(account, raw.uid, f"unreadable message: {e}", now, report)
            return
        except Exception as e:  # noqa: BLE001 - SPEC §2.5: record and go on, never crash
            log.debug("parser crashed on %s", raw.uid, exc_info=True)
            self._failed(account, raw.uid, f"parser error: {type(e).__name__}: {e}", now, report)
            return
        sender = pm.sender
        outgoing = raw.folder == "sent" or (sender is not None and sender.email in self.user_emails)
        u: Understanding | None = None
        thread_employer = None
        for k in (raw.thread_id, pm.in_reply_to, *pm.references):
            if k and k in index:
                thread_employer = index[k]
                break
        if not outgoing:
            ctx = Context(
                user_emails=self.user_emails,
                known_employer_keys=frozenset(index.values()),
                thread_employer=thread_employer,
            )
            try:
                u = understand(pm, ctx)
            except Exception as e:  # noqa: BLE001
                log.debug("classifier crashed on %s", raw.uid, exc_info=True)
                self._failed(account, raw.uid, f"classifier error: {type(e).__name__}: {e}",
                             now, report)
                return
        ref = MessageRef(
            account=account,
            uid=raw.uid,
            message_id=pm.message_id,
            subject=pm.subject,
            date=pm.date or now,
            sender=sender,
            to=pm.to,
            cc=pm.cc,
            reply_to=pm.reply_to,
            references=pm.references,
            in_reply_to=pm.in_reply_to,
            thread_id=raw.thread_id,
            outgoing=outgoing,
            cls=u.cls if u else None,
            no_reply=u.no_reply if u else False,
            followup_key=pm.headers.get("x-followupd-key"),
        )
        if not self.store.put_message(account, raw.uid, raw.folder, ref, u):
            return  # forgotten by the user
        report.new_messages += 1
        key = (u.employer_key if u is not None and u.cls is not Cls.NOISE else None) or (
            thread_employer if outgoing else None)
        if key:
            for k in (ref.message_id, ref.thread_id):
                if k:
                    index[k] = key
        if u is not None and u.cls is not Cls.NOISE:
            for ev in pm.invites:
                self.store.put_event(account, ev, via=ref)

    def _failed(self, account: str, uid: str, why: str, now: datetime,
                report: PassReport) -> None:
        log.warning("account %s: message %s recorded as unreadable (%s)", account, uid,
                    why.split(":")[0])
        self.store.record_failure(account, uid, why, now)
        report.failures += 1

    # -- records and plan ------------------------------------------------------------------

    def employers(self, messages=None) -> dict[str, Employer]:
        """The employer records, derived from the store (``messages``: already read)."""
        now = self.clock()
        if messages is None:
            messages = self.store.messages()
        employers = records.build(
            messages,
            self.store.events(),
            user_emails=self.user_emails,
            flags=self.store.flags(),
            states=self.store.followups(),
            now=now,
            free_domains=free_mail_domains(),
            silent_after=self._silent_after(now),
        )
        self._lang_hints = _lang_hints(messages, employers)
        return employers

    def _silent_after(self, now: datetime):
        from .timing import WorkCalendar

        rule = self.config.rules.check_in
        cal = WorkCalendar.from_config(self.config, range(now.year - 1, now.year + 2))

        def silent_after(n_sent: int, last_sent: datetime) -> datetime | None:
            if n_sent < rule.max_count:
                return None
            return cal.add(last_sent, rule.close_after)

        return silent_after

    def plan(self, employers: Mapping[str, Employer] | None = None) -> list[Planned]:
        from .plan import plan

        if employers is None:
            employers = self.employers()
        return plan(employers.values(), self.store.followups(), self.config, self.clock(),
                    lang_hints=getattr(self, "_lang_hints", None))

    # -- reconcile: what became of the drafts we wrote -------------------------------------

    def reconcile(self, report: PassReport, drafts_changed: Mapping[str, bool],
                  sent_index: list[MessageRef]) -> None:
        """What became of each draft we wrote: sent, deleted, edited (``sent_index``: the
        user's own messages)."""
        states = self.store.followups()
        for st in states.values():
            if st.state is FState.DRAFTED:
                if not drafts_changed.get(st.account, True):
                    continue
                self._reconcile_drafted(st, sent_index, report)
            elif st.state is FState.DISCARDED:
                # A draft that vanished before its sent copy was synced: it was sent after all.
                sent = self._find_sent(st, sent_index)
                if sent is not None:
                    self._save(replace(st, state=FState.SENT, sent_at=sent.date))
                    report.sent.append(st.key)

    @staticmethod
    def _find_sent(st: FollowUpState, outgoing: list[MessageRef]) -> MessageRef | None:
        after = st.drafted_at or st.updated_at
        for ref in outgoing:
            if ref.followup_key == st.key:
                return ref
        for ref in outgoing:
            if after is not None and ref.date < after - timedelta(minutes=1):
                continue
            if st.in_reply_to and ref.in_reply_to == st.in_reply_to:
                return ref
            if not st.in_reply_to and st.to and {a.email for a in ref.to} & set(st.to):
                return ref
        return None

    def _reconcile_drafted(self, st: FollowUpState, outgoing: list[MessageRef],
                           report: PassReport) -> None:
        provider = self.provider(st.account)
        if provider is None or st.draft_id is None:
            return
        try:
            copy = provider.get_draft(st.draft_id)
            if copy is None:
                # The user's client may have saved it again under a new id.
                found = provider.find_drafts(st.key)
                copy = found[0] if found else None
                if copy is not None:
                    st = replace(st, draft_id=copy.draft_id, thread_id=copy.thread_id or st.thread_id)
        except ProviderError as e:
            log.warning("account %s: could not read drafts back: %s", st.account, e)
            return
        if copy is None:
            sent = self._find_sent(st, outgoing)
            if sent is not None:
                self._save(replace(st, state=FState.SENT, sent_at=sent.date))
                report.sent.append(st.key)
            else:
                self._save(replace(st, state=FState.DISCARDED))
                report.discarded.append(st.key)
            return
        if copy.content_hash != st.content_hash and not st.touched:
            self._save(replace(st, touched=True))
            report.touched.append(st.key)
        elif copy.draft_id != (self.store.get_followup(st.key) or st).draft_id:
            self._save(st)

    def _save(self, st: FollowUpState) -> None:
        with self.store.transaction():
            self.store.put_followup(replace(st, updated_at=self.clock()))

    # -- apply: the plan's decisions, one by one -------------------------------------------

    def apply(self, planned: list[Planned], report: PassReport) -> None:
        states = self.store.followups()
        for p in planned:
            st = states.get(p.key)
            try:
                if p.status == "due":
                    if st is None or st.state in (FState.PLANNED, FState.SKIPPED):
                        self._draft(p, report)
                    elif st.state is FState.DRAFTING:
                        self._recover(p, st, report, keep=True)
                elif p.status == "cancelled":
                    if st is not None and st.state is FState.DRAFTING:
                        st = self._recover(p, st, report, keep=False)
                    if st is not None and st.state is FState.DRAFTED:
                        self._retract(st, p.reason, report)
                    elif st is None or (st.state in (FState.PLANNED, FState.SKIPPED)
                                        and st.reason != p.reason):
                        self._save(self._state_of(p, FState.SKIPPED, reason=p.reason))
                        report.skipped.append(p.key)
            except ProviderError as e:
                log.warning("account %s: follow-up %s postponed: %s", p.account, p.kind, e)
                report.account_errors.setdefault(p.account, str(e))

    def _state_of(self, p: Planned, state: FState, **kw) -> FollowUpState:
        return FollowUpState(
            key=p.key,
            kind=p.kind,
            state=state,
            account=p.account,
            due=p.due,
            employer_key=p.employer_key,
            app_key=p.app_key,
            in_reply_to=p.parent.message_id if p.parent else None,
            to=tuple(a.email for a in p.to),
            **kw,
        )

    def _draft(self, p: Planned, report: PassReport) -> None:
        from .drafts.render import render

        provider = self.provider(p.account)
        if provider is None:
            log.warning("follow-up %s: account %r is not configured", p.key, p.account)
            return
        now = self.clock()
        try:
            draft = render(p, self.config.user, self.config.paths.templates_dir, now)
        except Error as e:
            log.error("follow-up %s could not be written: %s", p.key, e)
            self._save(self._state_of(p, FState.SKIPPED, reason=f"template error: {e}"))
            report.skipped.append(p.key)
            return
        # Intent first: a crash after create_draft finds the draft by its key next time.
        self._save(self._state_of(p, FState.DRAFTING, content_hash=draft.content_hash))
        copy = provider.create_draft(draft)
        self._save(self._state_of(
            p, FState.DRAFTED, draft_id=copy.draft_id, thread_id=copy.thread_id,
            content_hash=draft.content_hash, drafted_at=self.clock()))
        report.drafted.append(p.key)
        log.info("drafted %s for %s (%s)", p.kind, p.employer_key, p.account)

    def _recover(self, p: Planned, st: FollowUpState, report: PassReport,
                 keep: bool) -> FollowUpState | None:
        """Finish a draft write that a crash interrupted."""
        provider = self.provider(st.account or p.account)
        if provider is None:
            return st
        found = provider.find_drafts(p.key)
        if found:
            copy = found[0]
            for extra in found[1:]:  # never two drafts for one follow-up
                if extra.content_hash == st.content_hash:
                    provider.delete_draft(extra.draft_id)
            new = replace(st, state=FState.DRAFTED, draft_id=copy.draft_id,
                          thread_id=copy.thread_id, drafted_at=st.updated_at or self.clock(),
                          touched=copy.content_hash != st.content_hash)
            self._save(new)
            report.drafted.append(p.key)
            return new
        if keep:
            self._draft(p, report)
            return self.store.get_followup(p.key)
        self._save(replace(st, state=FState.SKIPPED, reason=p.reason))
        return None

    def _retract(self, st: FollowUpState, reason: str, report: PassReport) -> None:
        if st.touched or st.draft_id is None:
            return
        provider = self.provider(st.account)
        if provider is None:
            return
        copy = provider.get_draft(st.draft_id)
        if copy is None:
            return  # gone: reconcile decides sent or discarded
        if copy.content_hash != st.content_hash:
            self._save(replace(st, touched=True))
            report.touched.append(st.key)
            return
        provider.delete_draft(st.draft_id)
        self._save(replace(st, state=FState.RETRACTED, reason=reason))
        report.retracted.append(st.key)
        log.info("retracted %s: %s", st.kind, reason)
