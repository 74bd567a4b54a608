"""`followupd service install`: run followupd as the user's own background service.

* ``--systemd`` (Linux): the user unit goes to ``$XDG_CONFIG_HOME/systemd/user/followupd.service``
  (``~/.config/systemd/user``), with ``ExecStart`` naming the installed followupd by its
  absolute path; the local accounts' Drafts folders (the only place a ``local`` account is
  written) are added to ``ReadWritePaths=``.
* ``--launchd`` (macOS): a LaunchAgent at ``~/Library/LaunchAgents/<LABEL>.plist``, written
  with ``plistlib``; logs in ``~/Library/Logs/followupd/``.
* Without either, the platform's own. ``--dry-run`` prints what would be written, and where.
Both print the one command that turns the service on.

The unit shipped in the repository (``systemd/followupd.service``) is :func:`unit_text` with
the default ``ExecStart``; a test keeps the two identical.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence

LABEL = "io.github.followupd"
UNIT_NAME = "followupd.service"
DEFAULT_EXEC = "%h/.local/bin/followupd run"

_UNIT = """\
# followupd: interview follow-up drafts, on time. Never sends.
#
# A systemd *user* unit. `followupd service install --systemd` writes it to
# ~/.config/systemd/user/followupd.service with ExecStart pointing at your followupd; then
#     systemctl --user enable --now followupd
# On a headless machine, let it run while you are logged out: loginctl enable-linger $USER
# Logs: journalctl --user -u followupd        State: systemctl --user status followupd
#
# To change a setting without editing this file: systemctl --user edit followupd

[Unit]
Description=followupd: interview follow-up drafts (never sends mail)
Documentation=https://github.com/followupd/followupd#readme
# followupd talks to Gmail / Microsoft Graph; a local-only setup does not need the network,
# and a network that is down is retried at the next poll, so this is only an ordering hint.
Wants=network-online.target
After=network-online.target
# A followupd that keeps crashing at start-up is stopped after 5 tries in 10 minutes rather
# than restarted forever (`systemctl --user reset-failed followupd` to try again).
StartLimitIntervalSec=10min
StartLimitBurst=5

[Service]
# followupd says READY=1 once its first pass is done, and STATUS= after every pass.
Type=notify
ExecStart={exec_start}
# SIGHUP makes followupd read its config again (a bad one is reported, the old one kept).
ExecReload=/bin/kill -HUP $MAINPID
# SIGTERM lets the running pass finish its current step; followupd then exits 0.
TimeoutStopSec=30
# The first sync of a large mailbox can take minutes before READY=1.
TimeoutStartSec=15min
Restart=on-failure
RestartSec=30
# followupd pings the watchdog from its main loop only while passes make progress: a pass
# stuck for 15 minutes stops the pings and systemd restarts the service. Each pass is
# crash-safe (a draft is written exactly once, whatever the moment of a kill).
WatchdogSec=2min
Environment=PYTHONUNBUFFERED=1
# Files followupd creates are yours alone (the database is 0600 anyway).
UMask=0077

# -- Hardening. followupd needs: to read your mail and calendar, to write its own state and
# its drafts, and HTTPS to Google or Microsoft. Everything else is taken away.
NoNewPrivileges=yes
# The whole file system is read-only for followupd...
ProtectSystem=strict
# ... your home too. Not ProtectHome=yes or tmpfs: a `local` account reads a Maildir and a
# calendar folder that live in your home, wherever you keep them (~/Mail, ~/.calendars...).
ProtectHome=read-only
# ... except what followupd writes: its database (and its file token store, where there is no
# OS keyring) and its config folder. "-": a folder that does not exist yet is not an error.
# The OS keyring (Secret Service, KWallet) is reached over D-Bus, a socket: no write needed.
ReadWritePaths=-%h/.local/share/followupd -%h/.config/followupd
# A `local` account writes its drafts into the Maildir's Drafts folder (nothing else of your
# mail is ever written). `service install` adds each local account's Drafts folder here:
{drafts_paths}# Yours are elsewhere? Add them with `systemctl --user edit followupd`:
#     [Service]
#     ReadWritePaths=-%h/Mail/personal/Drafts
PrivateTmp=yes
# AF_UNIX: sd_notify and D-Bus (keyring); AF_INET/AF_INET6: the Gmail / Graph APIs.
# (If name resolution fails on your system, add AF_NETLINK.)
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
# The system calls an ordinary service makes; anything else fails with EPERM, not a kill.
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM
SystemCallArchitectures=native
# followupd stays well under 150 MB; a leak is stopped (and restarted) before it hurts.
MemoryHigh=384M
MemoryMax=512M

[Install]
WantedBy=default.target
"""


def _systemd_quote(arg: str) -> str:
    """One ExecStart word: ``%`` is a specifier (doubled); spaces or quotes need quoting."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\"'\\$;"):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("$", "$$") + '"'


def unit_text(command: Sequence[str] | None = None, drafts_dirs: Sequence[str] = ()) -> str:
    """The user unit. ``command``: the argv that starts the daemon (default: the shipped
    ``%h/.local/bin/followupd run``). ``drafts_dirs``: folders the daemon may write into."""
    exec_start = DEFAULT_EXEC if command is None else " ".join(_systemd_quote(a) for a in command)
    paths = "".join(f"ReadWritePaths=-{_systemd_quote(d)}\n" for d in drafts_dirs)
    return _UNIT.format(exec_start=exec_start, drafts_paths=paths)


def launchd_plist(command: Sequence[str], home: str, label: str = LABEL) -> dict:
    """The LaunchAgent, as a dict for ``plistlib``."""
    logs = os.path.join(home, "Library", "Logs", "followupd")
    return {
        "Label": label,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        # Restart it when it fails (a crash, or an exit 1 after a hung pass), as systemd's
        # Restart=on-failure; a clean exit (SIGTERM at logout) stays stopped.
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": 30,
        "ProcessType": "Background",
        "EnvironmentVariables": {"PYTHONUNBUFFERED": "1"},
        "StandardOutPath": os.path.join(logs, "followupd.log"),
        "StandardErrorPath": os.path.join(logs, "followupd.log"),
    }


def daemon_command(config_arg: str | None, env: Mapping[str, str] = os.environ) -> list[str]:
    """The argv that runs this followupd's daemon: the installed console script by its
    absolute path, else this Python with ``-m followupd.cli``. A config that is not the
    default one (``--config`` or ``$FOLLOWUPD_CONFIG``) is passed on explicitly, because the
    service manager does not see the shell's environment."""
    exe = shutil.which("followupd", path=env.get("PATH"))
    argv0 = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if os.path.basename(argv0) == "followupd" and os.access(argv0, os.X_OK):
        exe = argv0  # the very script that was run
    cmd = [os.path.abspath(exe)] if exe else [os.path.abspath(sys.executable), "-m",
                                               "followupd.cli"]
    config = config_arg or env.get("FOLLOWUPD_CONFIG")
    if config:
        cmd += ["--config", os.path.abspath(os.path.expanduser(config))]
    return cmd + ["run"]


def unit_path(env: Mapping[str, str] = os.environ) -> str:
    base = env.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "systemd", "user", UNIT_NAME)


def plist_path(label: str = LABEL) -> str:
    return os.path.join(os.path.expanduser("~"), "Library", "LaunchAgents", f"{label}.plist")


def _drafts_dirs(config_arg: str | None) -> list[str]:
    """Each local account's Drafts Maildir, from the config when it can be read."""
    from .config import load_config
    from .errors import Error

    try:
        config = load_config(config_arg)
    except Error:
        return []
    out = []
    for a in config.accounts:
        if a.provider == "local" and a.maildir:
            out.append(os.path.join(os.path.abspath(os.path.expanduser(a.maildir)),
                                    a.folders.drafts))
    return out


def install(args, out=None) -> int:
    """Write (or with ``--dry-run`` print) the service definition; print how to enable it."""
    out = out or sys.stdout
    use_launchd = args.launchd or (not args.systemd and sys.platform == "darwin")
    command = daemon_command(getattr(args, "config", None))
    if use_launchd:
        path = plist_path()
        plist = launchd_plist(command, os.path.expanduser("~"))
        data = plistlib.dumps(plist)
        enable = f"launchctl bootstrap gui/$(id -u) {shlex.quote(path)}"
        logs = os.path.dirname(plist["StandardErrorPath"])
    else:
        path = unit_path()
        data = unit_text(command, _drafts_dirs(getattr(args, "config", None))).encode()
        enable = "systemctl --user enable --now followupd"
        logs = None
    if args.dry_run:
        print(f"Would write {path}:\n", file=out)
        out.write(data.decode())
        print(f"\nThen run: {enable}", file=out)
        return 0
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if logs:
        os.makedirs(logs, mode=0o700, exist_ok=True)  # launchd does not create it
    existed = os.path.exists(path)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    print(f"{'Updated' if existed else 'Wrote'} {path}.", file=out)
    if existed and not use_launchd:
        enable = "systemctl --user daemon-reload && systemctl --user restart followupd"
    elif existed:
        enable = (f"launchctl bootout gui/$(id -u)/{LABEL}; "
                  f"launchctl bootstrap gui/$(id -u) {shlex.quote(path)}")
    print(f"To turn it on, run: {enable}", file=out)
    return 0
