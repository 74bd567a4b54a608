"""The command line: the only module that prints, prompts or exits.

Exit codes: 0 ok, 1 runtime failure, 2 usage or config error. Errors are one sentence that
says what to do; a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from . import __version__
from .errors import ConfigError, Error, UserError

log = logging.getLogger("followupd")

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


# -- plumbing --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with one sentence, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"followupd: {message}; see `followupd --help`.\n")


def _load(args):
    from .config import load_config

    return load_config(args.config)


def _open_store(config):
    from .store import Store

    os.makedirs(config.paths.data_dir, mode=0o700, exist_ok=True)
    return Store(config.paths.database)


def _engine(config, store):
    from .engine import Engine

    return Engine(config, store)


def _tz(config) -> ZoneInfo:
    return ZoneInfo(config.user.timezone)


def _print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def _table(rows: list[list[str]], header: list[str]) -> str:
    if not rows:
        return ""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths)).rstrip()]
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


# -- commands --------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from .config import default_config_path, example_config, write_config

    path = args.config or os.environ.get("FOLLOWUPD_CONFIG") or default_config_path()
    write_config(path, example_config())
    print(f"Wrote {path}. Edit [user] and [[accounts]], then run `followupd run --once`.")
    return EXIT_OK


def cmd_run(args) -> int:
    config = _load(args)
    store = _open_store(config)
    engine = _engine(config, store)
    try:
        if args.once:
            report = engine.run_pass()
            _print_pass(report)
            return EXIT_FAIL if report.account_errors and len(report.account_errors) == len(
                config.accounts) else EXIT_OK
        from .daemon import run_forever

        return run_forever(config, store, engine, config_path=args.config)
    finally:
        engine.close()
        store.close()


def _print_pass(report) -> None:
    parts = [f"{report.new_messages} new message(s)", f"{len(report.drafted)} draft(s) created"]
    for label, items in (("retracted", report.retracted), ("sent", report.sent),
                         ("deleted by you", report.discarded), ("edited by you", report.touched)):
        if items:
            parts.append(f"{len(items)} {label}")
    if report.failures:
        parts.append(f"{report.failures} unreadable (see `followupd status`)")
    print("Pass done: " + ", ".join(parts) + ".")
    for name, err in report.account_errors.items():
        print(f"  account {name}: {err}", file=sys.stderr)


def _gather(args):
    config = _load(args)
    store = _open_store(config)
    engine = _engine(config, store)
    return config, store, engine


def cmd_status(args) -> int:
    from .views import status_view

    config, store, engine = _gather(args)
    try:
        employers = engine.employers()
        planned = engine.plan(employers)
        data = status_view(
            accounts=[{"name": a.name, "provider": a.provider} for a in config.accounts],
            account_status=store.account_statuses(),
            employers=employers,
            planned=planned,
            states=store.followups(),
            failures=store.failures(),
            tz=_tz(config),
            now=engine.clock(),
        )
    finally:
        store.close()
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(_render_status(data))
    return EXIT_OK


# -- text rendering of status / plan / show (the --json output is views.py's, unchanged) -----

_KINDS = {"thank_you": "thank-you", "check_in": "check-in", "rejection_reply": "rejection reply",
          "document_reply": "document reply"}


def _kind(kind: str) -> str:
    return _KINDS.get(kind, kind.replace("_", " "))


def _humane(text: str) -> str:
    """A view's note with its kinds spelt for people ("check_in not drafted" → "check-in …")."""
    for k, v in _KINDS.items():
        text = text.replace(k, v)
    return text


def _relative(delta) -> str:
    secs = delta.total_seconds()
    ago, secs = secs < 0, abs(secs)
    if secs < 60:
        return "now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "min")):
        if secs >= size:
            n = int(secs // size)
            word = unit if unit == "min" or n == 1 else unit + "s"
            return f"{n} {word} ago" if ago else f"in {n} {word}"
    return "now"  # pragma: no cover


def _when(iso: str | None, now: str | None = None, *, year: bool = True) -> str:
    """An ISO instant from a view as "Tue 06 Apr 2027 09:15", and how far from now."""
    if not iso:
        return "-"
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    text = f"{dt:%a %d %b %Y %H:%M}" if year else f"{dt:%a %d %b %H:%M}"
    if now:
        try:
            text += f" ({_relative(dt - datetime.fromisoformat(now))})"
        except ValueError:
            pass
    return text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str, by: str = "  ") -> str:
    return "\n".join(by + ln if ln else ln for ln in text.splitlines())


def _render_status(data: dict) -> str:
    now = data["now"]
    out = [f"followupd status, {_when(now)}", "", "Accounts"]
    out.append(_indent(_table(
        [[a["name"], a["provider"], _when(a["last_sync"], now), a["auth"], a["error"] or ""]
         for a in data["accounts"]],
        ["name", "provider", "last sync", "auth", "error"])) or "  (none configured)")
    out += ["", "Employers"]
    rows, waiting = [], 0
    for e in data["employers"]:
        nxt = e["next_followup"]
        flags = (" [muted]" if e["muted"] else "") + (" [closed]" if e["closed"] else "")
        waiting += e["drafts_waiting"]
        nxt_text = "-"
        if nxt:
            nxt_text = f"{_kind(nxt['kind'])} {_when(nxt['due'], now, year=False)}"
            if nxt["held"]:
                nxt_text += " [held]"
        for i, app in enumerate(e["applications"]):
            first = i == 0
            deadlines = ", ".join(app["deadlines"])
            rows.append([e["name"] + flags if first else "", app["role"] or "-", app["stage"],
                         nxt_text if first else "", str(e["drafts_waiting"]) if first else "",
                         f"documents due {deadlines}" if deadlines else ""])
    out.append(_indent(_table(rows, ["employer", "role", "stage", "next follow-up",
                                     "drafts", "deadlines"])) or "  (none yet)")
    notes = [(e["name"], n) for e in data["employers"] for n in e["notes"]]
    if notes:
        out += ["", "Notes"]
        out += [f"  {name}: {_humane(n)}" for name, n in notes]
    if data["unreadable"]:
        out += ["", f"Unreadable messages ({len(data['unreadable'])}): recorded, not processed"]
        out += [f"  {f['account']} {f['uid']}: {f['error']}" for f in data["unreadable"][:20]]
        if len(data["unreadable"]) > 20:
            out.append(f"  … and {len(data['unreadable']) - 20} more (`followupd status --json`)")
    out += ["", f"{waiting} draft{'s' if waiting != 1 else ''} waiting in Drafts for you to "
                "review and send." if waiting else "No drafts waiting."]
    return "\n".join(out)


def _employer_arg(engine, query: str):
    from .views import find_employer

    employers = engine.employers()
    found = find_employer(employers, query)
    if not found:
        raise UserError(f"No employer matches {query!r}; `followupd status` lists them.")
    if len(found) > 1:
        names = ", ".join(f"{e.name} ({e.key})" for e in found)
        raise UserError(f"{query!r} matches several employers ({names}); give the key.")
    return found[0], employers


def cmd_show(args) -> int:
    from .views import show_view

    config, store, engine = _gather(args)
    try:
        emp, employers = _employer_arg(engine, args.employer)
        data = show_view(emp, engine.plan(employers), store.followups(), _tz(config))
        now = engine.clock().astimezone(_tz(config)).isoformat(timespec="minutes")
    finally:
        store.close()
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(_render_show(data, now))
    return EXIT_OK


def _render_show(data: dict, now: str | None = None) -> str:
    head = f"{data['name']} ({data['key']})" + (" [muted]" if data["muted"] else "") + (
        " [closed]" if data["closed"] else "")
    out = [head]
    if data["domains"]:
        out.append("  domains: " + ", ".join(data["domains"]))
    if data["people"]:
        out += ["", "People"]
        out.append(_indent(_table(
            [[p["role"], p["name"] or "-", p["email"] + (" (no-reply)" if p["no_reply"] else "")]
             for p in data["people"]], ["role", "name", "address"])))
    for app in data["applications"]:
        title = f"{app['role'] or '(role unknown)'}: {app['stage']}"
        if app["promised"]:
            title += (f", promised a reply by {app['promised']['date']} "
                      f"(\"{app['promised']['phrase']}\")")
        out += ["", title]
        out.append(_indent(_table(
            [[_when(t["when"]), _humane(t["what"]), _cut(t["detail"] or "", 72)]
             for t in app["timeline"]],
            ["when", "what", "detail"])) or "  (nothing yet)")
        if app["followups"]:
            out += ["", "  Follow-ups"]
            out.append(_indent(_table(
                [[_when(f["due"], now if f["state"] == "planned" else None), _kind(f["kind"]),
                  ", ".join(f["to"]) or "-",
                  f["state"], _humane(f["reason"] or ", ".join(f["flags"]))]
                 for f in app["followups"]],
                ["due", "kind", "to", "state", "note"]), "    "))
    return "\n".join(out)


def cmd_plan(args) -> int:
    from .views import plan_view

    config, store, engine = _gather(args)
    try:
        employers = engine.employers()
        data = plan_view(engine.plan(employers), store.followups(), _tz(config))
        names = {k: e.name for k, e in employers.items()}
        now = engine.clock().astimezone(_tz(config)).isoformat(timespec="minutes")
    finally:
        store.close()
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(_render_plan(data, names, now))
    return EXIT_OK


def _render_plan(data: list[dict], names: dict[str, str], now: str) -> str:
    if not data:
        return "Nothing planned yet."

    def row(d: dict) -> list[str]:
        return [_when(d["due"], now if d["state"] == "planned" else None), _kind(d["kind"]),
                names.get(d["employer"], d["employer"]),
                ", ".join(d["to"]) or "-", d["state"],
                _humane(d["reason"] or ", ".join(d["flags"]))]

    header = ["due", "kind", "employer", "to", "state", "note"]
    coming = [d for d in data if d["state"] == "planned"]
    past = [d for d in data if d["state"] != "planned"]
    out = ["Coming up (drafted into Drafts at these times)"]
    out.append(_indent(_table([row(d) for d in coming], header)) or "  nothing")
    if past:
        out += ["", "Done, or not needed"]
        out.append(_indent(_table([row(d) for d in past], header)))
    return "\n".join(out)


def _flag_command(flag: str, value: bool) -> Callable:
    def run(args) -> int:
        config, store, engine = _gather(args)
        try:
            emp, _ = _employer_arg(engine, args.employer)
            with store.transaction():
                store.set_flag(emp.key, flag, value)
        finally:
            store.close()
        verb = {("muted", True): "Muted", ("muted", False): "Unmuted",
                ("closed", True): "Closed", ("closed", False): "Reopened"}[(flag, value)]
        print(f"{verb} {emp.name}.")
        return EXIT_OK

    return run


def cmd_forget(args) -> int:
    config, store, engine = _gather(args)
    try:
        emp, _ = _employer_arg(engine, args.employer)
        uids = [(m.account, m.uid) for app in emp.applications.values() for m in app.messages
                if not m.outgoing]
        events = [i.uid for app in emp.applications.values() for i in app.interviews]
        with store.transaction():
            store.forget(emp.key, uids, events)
    finally:
        store.close()
    print(f"Forgot {emp.name}: {len(uids)} message(s) and {len(events)} event(s) removed "
          "from followupd's database (your mail is untouched).")
    return EXIT_OK


def cmd_auth(args) -> int:
    """`auth gmail|outlook|import`: OAuth lives here, at the edge, never in a provider."""
    config = _load(args)
    if args.auth_command == "gmail":
        from .auth_google import auth_gmail

        return auth_gmail(config, args)
    if args.auth_command == "outlook":
        from .auth_microsoft import auth_outlook

        return auth_outlook(config, args)
    from .auth_google import auth_import

    return auth_import(config, args)


def cmd_service_install(args) -> int:
    from .service import install

    return install(args)


def cmd_doctor(args) -> int:
    from .doctor import doctor

    return doctor(args)


def cmd_explain(args) -> int:
    from .understand.explain import explain_files

    return explain_files(args.files, as_json=args.json, out=sys.stdout)


def cmd_demo(args) -> int:
    from .demo.run import run_demo

    return run_demo(out=sys.stdout, keep=args.keep)


# -- the parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="followupd", description="Interview follow-up drafts, on time. Never sends.")
    p.add_argument("--config", metavar="PATH",
                   help="config file (default: $FOLLOWUPD_CONFIG, then the XDG config folder)")
    p.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    p.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    p.add_argument("--version", action="version", version=f"followupd {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, func, help: str):
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=func)
        return sp

    add("init", cmd_init, "write a commented config.toml")
    sp = add("run", cmd_run, "run the daemon in the foreground (systemd/launchd run this)")
    sp.add_argument("--once", action="store_true", help="do one whole pass and exit")
    for name, func, help in (
        ("status", cmd_status, "accounts, employers, stages and next follow-ups"),
        ("plan", cmd_plan, "every planned follow-up and when it will be drafted"),
    ):
        add(name, func, help).add_argument("--json", action="store_true",
                                           help="stable JSON output for scripts")
    sp = add("show", cmd_show, "one employer's timeline")
    sp.add_argument("employer", help="employer key or name")
    sp.add_argument("--json", action="store_true", help="stable JSON output for scripts")
    for name, func, help in (
        ("mute", _flag_command("muted", True), "stop drafting for an employer (drafts kept)"),
        ("unmute", _flag_command("muted", False), "resume drafting for an employer"),
        ("close", _flag_command("closed", True), "close an employer's process (no more drafts)"),
        ("forget", cmd_forget, "remove an employer from followupd's database"),
    ):
        add(name, func, help).add_argument("employer", help="employer key or name")
    sp = add("auth", cmd_auth, "authorize a Gmail or Outlook account (once, from the command line)")
    auth = sp.add_subparsers(dest="auth_command", metavar="PROVIDER", required=True,
                             parser_class=_Parser)
    ap = auth.add_parser("gmail", help="Google sign-in in your browser (installed-app flow)",
                         description="Google sign-in in your browser (installed-app flow)")
    ap.add_argument("--account", help="the [[accounts]] name (default: the only gmail one)")
    ap.add_argument("--client-secrets", metavar="FILE",
                    help="your OAuth client's JSON from Google Cloud Console")
    ap.add_argument("--no-browser", action="store_true",
                    help="print the URL instead of opening a browser")
    ap = auth.add_parser("outlook", help="Microsoft sign-in with a device code",
                         description="Microsoft sign-in with a device code")
    ap.add_argument("--account", help="the [[accounts]] name (default: the only outlook one)")
    ap.add_argument("--client-id", help="your Entra ID app's client id (default: the config's)")
    ap.add_argument("--tenant", help="common, consumers, organizations or a tenant id")
    ap = auth.add_parser("import", help="tokens authorized on another machine (headless servers)",
                         description="tokens authorized on another machine (headless servers)")
    ap.add_argument("--account", required=True, help="the [[accounts]] name")
    ap.add_argument("file", help="Google authorized-user JSON (Credentials.to_json())")
    sp = add("service", lambda a: EXIT_USAGE, "install followupd as a user service")
    svc = sp.add_subparsers(dest="service_command", metavar="ACTION", required=True,
                            parser_class=_Parser)
    ip = svc.add_parser("install", help="write the systemd user unit or the launchd agent",
                        description="write the systemd user unit or the launchd agent")
    ip.set_defaults(func=cmd_service_install)
    kind = ip.add_mutually_exclusive_group()
    kind.add_argument("--systemd", action="store_true", help="a systemd user unit (Linux)")
    kind.add_argument("--launchd", action="store_true", help="a launchd agent (macOS)")
    ip.add_argument("--dry-run", action="store_true", help="print what would be written")
    add("doctor", cmd_doctor, "check config, tokens, keyring, database and clock; say how to fix")
    sp = add("explain", cmd_explain, "how each message is understood, and why")
    sp.add_argument("files", nargs="+", metavar="FILE.eml")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")
    sp = add("demo", cmd_demo, "the whole pipeline on a bundled sample mailbox, simulated clock")
    sp.add_argument("--keep", metavar="DIR", help="keep the demo's Maildir and database in DIR")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet = getattr(args, "func", None) is cmd_demo  # the demo prints its own story
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else (logging.WARNING if quiet else logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return EXIT_FAIL
    except (ConfigError, UserError) as e:
        for problem in e.problems:
            print(f"followupd: {problem}", file=sys.stderr)
        if args.debug:
            raise
        return EXIT_USAGE
    except Error as e:
        print(f"followupd: {e}", file=sys.stderr)
        if args.debug:
            raise
        return EXIT_FAIL
    except Exception as e:  # noqa: BLE001 - one sentence, never a traceback without --debug
        if args.debug:
            raise
        print(f"followupd: unexpected error ({type(e).__name__}: {e}); run again with --debug "
              "and report it.", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
