"""Run every benchmark, one after the other, and print their numbers: `python bench/all.py`.

- classify.py: precision/recall per language and class on ../shared/corpus/dev.jsonl, the noise
  false-trigger rate and messages per second (skips when the corpus is absent);
- rejection_model.py: leave-one-folder-out validation of the rejection model on the project's
  own mail, and whether the shipped weights are what training gives;
- headerless.py: the project's labelled mail read without sender, subject and bulk headers, as
  the corpus's scraped rows come: what the headers alone explain;
- spamassassin.py: the noise false-trigger rate on the whole public SpamAssassin corpus (skips
  when it has not been fetched with `python bench/spamassassin.py --fetch`);
- sync.py: requests and quota units of a Gmail first sync and idle pass (10,000 messages, 300
  hiring-related, 50 ms latency) beside a naive strategy, with the Outlook figures;
- memory.py: the daemon's resident memory after a first sync and 1,000 idle passes over 500
  employers, and `status` latency (the slowest: about six minutes).

`--quick` runs each at a smaller size, for a look in a minute.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = {
    "classify.py": [],
    "rejection_model.py": [],
    "headerless.py": [],
    "spamassassin.py": [],
    "sync.py": ["--messages", "2000", "--hiring", "100"],
    "memory.py": ["--employers", "100", "--passes", "100"],
}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    failed = 0
    for name, small in QUICK.items():
        print(f"\n==== bench/{name} {' '.join(small) if quick else ''}".rstrip(), flush=True)
        args = [sys.executable, str(HERE / name), *(small if quick else [])]
        failed += subprocess.run(args).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
