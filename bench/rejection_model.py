"""Train and check the rejection model (followupd/understand/bayes.py) on the project's own mail.

    python bench/rejection_model.py            # leave-one-folder-out validation, printed
    python bench/rejection_model.py --write    # retrain on every folder, write the shipped model

The training mail is every folder of tests/fixtures/ with an expected.toml: mail written for the
project (never the public corpus, which has no licence). Validation holds out one folder at a
time (each blind round was written by someone who had not read the rules), trains on the rest,
and scores the held-out messages the model would decide: those that talk about hiring but match
no class phrase and are not bulk mail. It prints, per threshold, the rejections the model
recovers and the other messages it would wrongly call rejections. The shipped threshold is the
lowest round number above every wrong call's score in validation, times a margin: precision
first, a draft to the wrong person is worse than a missed one.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followupd.model import Cls, Context  # noqa: E402
from followupd.understand import parse_message, understand  # noqa: E402
from followupd.understand.bayes import features, train  # noqa: E402
from followupd.understand.classify import units_of  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
MODEL = ROOT / "followupd" / "understand" / "data" / "rejection_model.json"
MARGIN = 1.5  # the threshold: this many times the highest wrong score seen in validation
FLOOR = 30.0  # and never lower than this


def corpus() -> list[tuple[str, str, frozenset[str], bool]]:
    """(folder, file, features, whether it is a rejection, whether the rules leave it to the
    model) of every project message whose expected class is known."""
    out = []
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "expected.toml").exists()):
        expected = tomllib.loads((folder / "expected.toml").read_text("utf-8"))
        for name, want in sorted(expected.items()):
            msg = parse_message((folder / name).read_bytes())
            got = understand(msg, Context())
            left_to_model = any("rejection model" in reason for reason in got.reasons)
            out.append((folder.name, name, features(units_of(msg)), want["cls"] == Cls.REJECTION.value, left_to_model))
    return out


def examples(rows, skip: str | None = None):
    return [(feats, rejection) for folder, _, feats, rejection, _ in rows if folder != skip]


def choose_threshold(rows) -> tuple[float, list[str]]:
    """The threshold from leave-one-folder-out validation, and the report lines."""
    lines = []
    scored = []
    for held in sorted({row[0] for row in rows}):
        model = train(examples(rows, skip=held), threshold=math.inf)
        for folder, name, feats, rejection, decided in rows:
            if folder == held and decided:
                scored.append((model.score(feats), rejection, f"{folder}/{name}"))
    wrong = [s for s, rejection, _ in scored if not rejection]
    worst = max(wrong, default=0.0)
    threshold = max(FLOOR, math.ceil(worst * MARGIN / 5) * 5)
    lines.append(f"held-out messages the rules leave to the model: {len(scored)} "
                 f"({sum(r for _, r, _ in scored)} rejections)")
    for t in sorted({10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 80.0, threshold}):
        found = sum(1 for s, r, _ in scored if r and s >= t)
        false = sum(1 for s, r, _ in scored if not r and s >= t)
        lines.append(f"  threshold {t:5.0f}: rejections recovered {found:3d}, wrongly called rejections {false:3d}"
                     + ("   <- shipped" if t == threshold else ""))
    lines.append(f"highest score of a non-rejection in validation: {worst:.1f}; threshold = "
                 f"max({FLOOR:.0f}, {worst:.1f} x {MARGIN}) rounded up to 5 = {threshold:.0f}")
    return threshold, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the retrained model")
    args = parser.parse_args(argv)
    rows = corpus()
    print(f"{len(rows)} project messages, {sum(r[3] for r in rows)} rejections, "
          f"in {len({r[0] for r in rows})} folders")
    threshold, lines = choose_threshold(rows)
    print("\n".join(lines))
    model = train(examples(rows), threshold=threshold)
    print(f"model: {len(model.weights)} weighted features, prior {model.prior:+.2f}, threshold {threshold:.0f}")
    if args.write:
        MODEL.write_text(model.to_json(), "utf-8")
        print(f"written: {MODEL.relative_to(ROOT)}")
    elif not MODEL.exists() or MODEL.read_text("utf-8") != model.to_json():
        print("the shipped model differs from this training: run with --write")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
