"""A small naive Bayes model of rejections: the classifier's second opinion when no phrase
decides, or when only a receipt's phrase does.

Employers word a rejection in endless ways, and the phrase tables only know the ways someone
wrote down: on mail they had never seen, they missed about a quarter of the rejections (the
blind rounds in tests/fixtures/). Most of those missed messages still read like a rejection:
"regret", "other applicants", "wish you well", "your interest". This model weighs those words
together. It is trained only on the mail written for the project (tests/fixtures/*, with their
expected classes: the public corpus has no licence and is never trained on), and it is used
only where it cannot make a draft go to the wrong person: a message that already talks about
hiring, that no phrase classified, that is not a newsletter or list post; and only when the
evidence is overwhelming (``threshold``, chosen by leave-one-round-out validation on the
project's mail: ``python bench/rejection_model.py``). A decline that opens by thanking for the
application matches a receipt's phrase; the model overrules it only from a higher score
(``overrule``, chosen the same way from the receipts the phrases decide, with its own margin),
since a receipt read as a rejection ends a live process. In a known hiring process (a reply in
the employer's thread, or from its domain) it reads what no phrase classified, hiring words or
not, from a threshold of its own (``in_process``, chosen the same way from the project's mail
read as if it were such a reply).

Features: the words of the lower-cased subject and sentences (as the phrase tables read them)
and each pair of neighbouring words, present or not (Bernoulli). The weights are log-ratios of
how often a feature appears in rejections and in everything else, with add-½ smoothing; a
message's score is the prior log-odds plus the weights of its features. Pure: the weights are
package data (``data/rejection_model.json``), written by ``bench/rejection_model.py --write``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import repeat

_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-zà-ÿ]+)?")

# The longest text the model reads, in words. Its weights add up as if each word told something
# on its own, so a long text sums hundreds of weak ones: a blog digest's praise and news ("very
# strong", "was good", "interviewed") reached a decline's score (51, easy-ham-2/01318 of
# bench/spamassassin.py). The declines it is there for are notes: the longest of the project's
# ~600 it may decide is 203 words.
MAX_WORDS = 300


def read(units: str) -> tuple[int, frozenset[str]]:
    """How many words ``units`` (lower-cased text) holds, and its features: the words and each
    pair of neighbouring words on a line (joined by ``map``, in C: a message has hundreds), from
    one pass over its words."""
    count = 0
    found: set[str] = set()
    for line in units.split("\n"):
        words = _WORD.findall(line)
        count += len(words)
        found.update(words)
        found.update(map(" ".join, zip(words, words[1:])))
    return count, frozenset(found)


def length(units: str) -> int:
    """How many words ``units`` holds, as the model counts them."""
    return read(units)[0]


def features(units: str) -> frozenset[str]:
    """The features of ``units`` (see :func:`read`)."""
    return read(units)[1]


@dataclass(frozen=True)
class Model:
    prior: float  # log-odds of a rejection before reading a word
    weights: dict[str, float]  # feature → log-ratio (rejections / the rest)
    threshold: float  # the score from which the model is believed
    # the score from which it overrules a receipt's phrase: a decline often opens by
    # thanking for the application, and the phrase tables hear only the thanks
    overrule: float = math.inf
    # the score from which it reads a rejection in a known hiring process (a reply in the
    # employer's thread, or from its domain), where no phrase classified the message: these
    # need no hiring word to be read, so the population differs
    in_process: float = math.inf

    def score(self, feats: Iterable[str]) -> float:
        # A feature without weight adds 0.0, which leaves every partial sum as it was: the same
        # sum as over the weighted features alone, with one lookup each, in C.
        return self.prior + sum(map(self.weights.get, feats, repeat(0.0)))

    def telling(self, feats: Iterable[str], n: int = 5) -> list[str]:
        """The ``n`` features of a message that speak most for a rejection (for ``explain``)."""
        weights = self.weights
        return sorted((f for f in feats if weights.get(f, 0) > 0), key=lambda f: (-weights[f], f))[:n]

    def to_json(self) -> str:
        return json.dumps({"prior": self.prior, "threshold": self.threshold, "overrule": self.overrule,
                           "in_process": self.in_process, "weights": dict(sorted(self.weights.items()))},
                          ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def train(examples: Iterable[tuple[frozenset[str], bool]], threshold: float,
          overrule: float = math.inf, in_process: float = math.inf, min_count: int = 3) -> Model:
    """A model from (features, is a rejection) pairs. Features seen in fewer than ``min_count``
    messages carry no weight (too rare to tell anything but the example they came from)."""
    yes: Counter[str] = Counter()
    no: Counter[str] = Counter()
    n_yes = n_no = 0
    for feats, rejection in examples:
        if rejection:
            yes.update(feats)
            n_yes += 1
        else:
            no.update(feats)
            n_no += 1
    if not n_yes or not n_no:
        raise ValueError("training needs rejections and other messages")
    weights = {}
    for feat in yes.keys() | no.keys():
        if yes[feat] + no[feat] >= min_count:
            weight = math.log((yes[feat] + 0.5) / (n_yes + 1)) - math.log((no[feat] + 0.5) / (n_no + 1))
            weights[feat] = round(weight, 4)
    return Model(prior=round(math.log(n_yes / n_no), 4), weights=weights, threshold=threshold, overrule=overrule,
                 in_process=in_process)


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(prior=data["prior"], weights=data["weights"], threshold=data["threshold"],
                 overrule=data.get("overrule", math.inf), in_process=data.get("in_process", math.inf))


@functools.cache
def rejection_model() -> Model:
    """The shipped model (package data, read once per process)."""
    return from_json(resources.files("followupd.understand").joinpath("data", "rejection_model.json").read_text("utf-8"))
