"""Test-only: `followupd run` with a short hang limit (the real one is 15 minutes).

    python tests/helpers/daemon_launcher.py HANG_AFTER_SECONDS

Reads the config from $FOLLOWUPD_CONFIG and runs the real daemon (followupd.daemon.Daemon)
as `followupd run` does, with ``hang_after`` set, so that a test can watch what happens to a
pass that never returns.
"""

from __future__ import annotations

import logging
import os
import sys

from followupd.config import load_config
from followupd.daemon import Daemon
from followupd.engine import Engine
from followupd.store import Store


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(None)
    os.makedirs(config.paths.data_dir, exist_ok=True)
    store = Store(config.paths.database)
    engine = Engine(config, store)
    return Daemon(config, store, engine, None, hang_after=float(sys.argv[1])).run()


if __name__ == "__main__":
    sys.exit(main())
