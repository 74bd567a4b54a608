"""What `status`, `plan` and `show` report, as plain data (dicts and lists that are also the
stable `--json` output). Rendering to text is in cli.py."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from .model import Employer, FollowUpState, FState, Planned


def _iso(dt: datetime | None, tz: ZoneInfo) -> str | None:
    return dt.astimezone(tz).isoformat(timespec="minutes") if dt else None


def find_employer(employers: Mapping[str, Employer], query: str) -> list[Employer]:
    """Employers matching ``query``: its key, its name, or (failing those) a part of its name."""
    q = query.strip().lower()
    exact = [e for e in employers.values() if q in (e.key.lower(), e.name.lower())]
    if exact:
        return exact
    return [e for e in employers.values() if q in e.name.lower() or q in e.key.lower()]


def planned_view(p: Planned, states: Mapping[str, FollowUpState], tz: ZoneInfo) -> dict:
    st = states.get(p.key)
    state = st.state.value if st else ("planned" if p.status in ("due", "waiting") else "skipped")
    if st and st.state is FState.DRAFTED and st.touched:
        state = "drafted (edited by you)"
    return {
        "key": p.key,
        "kind": p.kind.value,
        "employer": p.employer_key,
        "application": p.app_key,
        "due": _iso(p.due, tz),
        "status": p.status,
        "state": state,
        "to": [a.email for a in p.to],
        "reason": p.reason or (st.reason if st else ""),
        "flags": list(p.flags),
        "account": p.account,
    }


def plan_view(planned: list[Planned], states: Mapping[str, FollowUpState],
              tz: ZoneInfo) -> list[dict]:
    return [planned_view(p, states, tz)
            for p in sorted(planned, key=lambda p: (p.due, p.key))]


def _next_followup(emp: Employer, planned: list[Planned],
                   states: Mapping[str, FollowUpState]) -> Planned | None:
    pending = [
        p for p in planned
        if p.employer_key == emp.key and p.status in ("due", "waiting", "held")
        and (states.get(p.key) is None or states[p.key].state in (FState.PLANNED,
                                                                  FState.SKIPPED))
    ]
    return min(pending, key=lambda p: p.due) if pending else None


def status_view(
    *,
    accounts: list[dict],
    account_status: Mapping[str, dict],
    employers: Mapping[str, Employer],
    planned: list[Planned],
    states: Mapping[str, FollowUpState],
    failures: list[dict],
    tz: ZoneInfo,
    now: datetime,
) -> dict:
    out_accounts = []
    for a in accounts:
        s = account_status.get(a["name"], {})
        out_accounts.append({
            "name": a["name"],
            "provider": a["provider"],
            "last_sync": _iso(s.get("last_sync"), tz),
            "auth": s.get("auth") or ("ok" if s.get("last_sync") else "never synced"),
            "error": s.get("error"),
        })
    out_employers = []
    for emp in sorted(employers.values(), key=lambda e: e.name.lower()):
        nxt = _next_followup(emp, planned, states)
        notes = []
        for p in planned:
            if p.employer_key != emp.key:
                continue
            st = states.get(p.key)
            if p.status == "cancelled" and p.reason and (st is None or st.state is FState.SKIPPED):
                notes.append(f"{p.kind.value} not drafted: {p.reason}")
            for flag in p.flags:
                notes.append(f"{p.kind.value}: {flag} (deadline {p.context.get('deadline')})")
        waiting_drafts = [s for s in states.values()
                          if s.employer_key == emp.key and s.state is FState.DRAFTED]
        out_employers.append({
            "key": emp.key,
            "name": emp.name,
            "muted": emp.muted,
            "closed": emp.closed,
            "applications": [
                {"key": app.key, "role": app.role, "stage": app.stage.value,
                 "promised": app.promised.date.isoformat() if app.promised else None,
                 "deadlines": [d.deadline.date.isoformat() for d in app.doc_requests
                               if d.deadline]}
                for app in emp.applications.values()
            ],
            "next_followup": ({"kind": nxt.kind.value, "due": _iso(nxt.due, tz),
                               "to": [a.email for a in nxt.to], "held": nxt.status == "held"}
                              if nxt else None),
            "drafts_waiting": len(waiting_drafts),
            "notes": sorted(set(notes)),
        })
    return {
        "now": _iso(now, tz),
        "accounts": out_accounts,
        "employers": out_employers,
        "unreadable": [
            {"account": f["account"], "uid": f["uid"], "error": f["error"],
             "when": _iso(f["when"], tz) if isinstance(f.get("when"), datetime) else f.get("when")}
            for f in failures
        ],
    }


def show_view(emp: Employer, planned: list[Planned], states: Mapping[str, FollowUpState],
              tz: ZoneInfo) -> dict:
    return {
        "key": emp.key,
        "name": emp.name,
        "domains": sorted(emp.domains),
        "muted": emp.muted,
        "closed": emp.closed,
        "people": [
            {"email": p.address.email, "name": p.address.name, "role": p.role,
             "no_reply": p.no_reply}
            for p in sorted(emp.people.values(), key=lambda p: p.address.email)
        ],
        "applications": [
            {
                "key": app.key,
                "role": app.role,
                "stage": app.stage.value,
                "promised": ({"date": app.promised.date.isoformat(),
                              "phrase": app.promised.phrase} if app.promised else None),
                "timeline": [
                    {"when": _iso(t.when, tz), "what": t.what, "detail": t.detail}
                    for t in app.timeline
                ],
                "followups": plan_view([p for p in planned if p.app_key == app.key], states, tz),
            }
            for app in emp.applications.values()
        ],
    }
