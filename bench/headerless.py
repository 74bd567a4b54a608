"""How much the classifier leans on headers: the project's labelled mail read without them.

    python bench/headerless.py

Some of the public corpus's job mail comes as scraped rows: a body with no sender, no subject and
no bulk headers (bench/classify.py turns them into mail from ``unknown@sender.invalid``). The
held-out rows are the same. This rewrites every labelled message of tests/fixtures/ that way
(only the MIME headers and To are kept, the sender becomes ``unknown@sender.invalid``) and prints,
per folder and in total, the targets' precision and recall and the noise false-trigger rate.

The rules were tuned on these folders with their headers, so this measures what the headers
carry, not how the rules generalise: a miss here that the full message does not have is a message
that only its sender, subject or bulk headers explained.
"""

from __future__ import annotations

import email
import sys
import tomllib
from collections import defaultdict
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followupd.model import HIRING_CLASSES, Context  # noqa: E402
from followupd.understand import parse_message, understand  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
KEEP = {"mime-version", "content-type", "content-transfer-encoding", "to", "date"}
TARGETS = [("en", "rejection"), ("en", "acknowledgement"), ("fr", "rejection"), ("fr", "acknowledgement")]


def headerless(raw: bytes) -> bytes:
    """``raw`` as a scraped row: its body and MIME structure, from an unknown sender."""
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    for name in {key.lower() for key in msg.keys()} - KEEP:
        del msg[name]
    msg["From"] = "Unknown Sender <unknown@sender.invalid>"
    return msg.as_bytes()


def cells(pairs: list[tuple[str, str, str]]) -> str:
    """The targets' precision/recall and the noise false-trigger count of (lang, label, got)."""
    out = []
    for lang, cls in TARGETS:
        tp = sum(1 for code, want, got in pairs if code == lang and want == got == cls)
        support = sum(1 for code, want, _ in pairs if code == lang and want == cls)
        predicted = sum(1 for code, _, got in pairs if code == lang and got == cls)
        out.append(f"{(tp / predicted if predicted else 1.0):.3f}/{(tp / support if support else 1.0):.3f} ({support:3d})")
    noise = [got for _, want, got in pairs if want == "noise"]
    fired = sum(1 for got in noise if got in {c.value for c in HIRING_CLASSES})
    return "  ".join(out) + f"  {fired:3d}/{len(noise):<4d}"


def main() -> int:
    by_folder: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "expected.toml").exists()):
        expected = tomllib.loads((folder / "expected.toml").read_text("utf-8"))
        for name, want in sorted(expected.items()):
            got = understand(parse_message(headerless((folder / name).read_bytes())), Context())
            lang = want.get("lang", name[:2])  # tests/fixtures/mail names its files en_… and fr_…
            by_folder[folder.name].append((lang, want["cls"], got.cls.value))
    print("precision/recall (support) without headers; noise → hiring")
    print(f"{'folder':10} " + "  ".join(f"{lang} {cls[:3]:>13}" for lang, cls in TARGETS) + "  noise")
    for folder, pairs in by_folder.items():
        print(f"{folder:10} {cells(pairs)}")
    print(f"{'all':10} {cells([pair for pairs in by_folder.values() for pair in pairs])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
