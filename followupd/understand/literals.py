"""Literal keywords a regular expression cannot match without: a cheap prefilter.

Most phrase-table patterns open with an alternation (``(?:send|provide|share) …``), so CPython's
engine has no literal prefix to scan for and tries the pattern at every position of the text.
:func:`required_literals` reads the pattern's syntax tree and returns a few strings, one of which
occurs in every text the pattern matches: when none of them is in the text (a substring test,
done in C), the regular expression cannot match and need not run. The keywords are derived from
the pattern itself, so the tables stay the only place where phrases are written.

Soundness is the whole point: the answer may be ``None`` (no keyword known, always run the
pattern), never a keyword set that a real match could lack. Case-insensitive parts give ``None``.
"""

from __future__ import annotations

import functools
import itertools
import re

from re import _constants as C  # noqa: N812  (the opcodes of re's own parser)
from re import _parser

_MAX_SET = 24  # more alternatives than this and the substring tests cost more than the regex
_MIN_LEN = 3  # a keyword shorter than this is in almost every text: no filter
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_MIN_TOKEN = 3  # an inner word shorter than this is in almost every text: test the keyword
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=16)
def words_of(text: str) -> frozenset[str]:
    r"""The words (``\w+`` runs) of ``text``, computed once per text: every phrase pattern is
    tested against the same few texts of a message."""
    return frozenset(_WORD.findall(text))


def split_keywords(
    keywords: tuple[str, ...], common: frozenset[str] = frozenset()
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split keywords into (words, strings) for a cheaper test: a keyword with a whole word
    inside it ("not a *good* fit": spaces on both sides) can only occur in a text that has that
    word, which a set lookup tells without scanning the text; the others stay substrings."""
    words, strings = set(), []
    for keyword in keywords:
        inner = [
            w for w in _WORD.findall(keyword) if len(w) >= _MIN_TOKEN and w not in common and _bounded(keyword, w)
        ]
        if inner:
            words.add(max(inner, key=len))
        else:
            strings.append(keyword)
    return frozenset(words), tuple(strings)


def _bounded(keyword: str, word: str) -> bool:
    """Whether ``word`` occurs in ``keyword`` with a non-word character on both sides."""
    for m in re.finditer(re.escape(word), keyword):
        before, after = keyword[m.start() - 1 : m.start()], keyword[m.end() : m.end() + 1]
        if before and after and not _WORD.match(before) and not _WORD.match(after):
            return True
    return False


def required_literals(pattern: str, flags: int = 0, common: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """Strings one of which is in every text ``pattern`` matches, or None when none is known.
    Of the possible sets the most selective is chosen: ``common`` words (the tables' stop
    words) count for nothing, since almost every text has them."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _required(list(tree), common)
    if not found or _strength(found, common) < _MIN_LEN - 1:
        return None
    return tuple(sorted(_minimal(found), key=len))


def _minimal(strings: set[str]) -> set[str]:
    """Drop the strings that contain another one: if the shorter is absent, so is the longer."""
    return {s for s in strings if not any(o != s and o in s for o in strings)}


def _strength(keywords: set[str], common: frozenset[str]) -> int:
    """How selective a keyword set is: the letters of its weakest keyword, common words left out."""
    return min(sum(len(w) for w in _WORD.findall(k) if w not in common) for k in keywords)


def _better(a: set[str] | None, b: set[str] | None, common: frozenset[str]) -> set[str] | None:
    """The more selective of two keyword sets: stronger weakest keyword, then fewer keywords."""
    if not b or "" in b:
        return a
    if not a:
        return b
    key = lambda s: (_strength(s, common), min(map(len, s)), -len(s))  # noqa: E731
    return b if key(b) > key(a) else a


def _exact(node) -> set[str] | None:
    """The finite set of strings a node matches exactly, or None when it is not finite and small."""
    op, av = node
    if op is C.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is C.IN:
        if all(kind is C.LITERAL for kind, _ in av) and len(av) <= 8:
            return {chr(c) for _, c in av}
        return None
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _exact_seq(list(sub))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _exact_seq(list(alt))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi <= 1:
            strings = _exact_seq(list(sub))
            if strings is None:
                return None
            return strings if lo == 1 else strings | {""}
    return None


def _exact_seq(items) -> set[str] | None:
    out = {""}
    for node in items:
        strings = _exact(node)
        if strings is None:
            return None
        out = {a + b for a, b in itertools.product(out, strings)}
        if len(out) > _MAX_SET:
            return None
    return out


def _required(items, common: frozenset[str]) -> set[str] | None:
    """A keyword set for a node sequence: the best of its runs of exactly-known text (joined
    while the number of combinations stays small) and of what its other nodes require."""
    best: set[str] | None = None
    run = {""}
    for node in items:
        strings = _exact(node)
        if strings is not None:
            joined = {a + b for a, b in itertools.product(run, strings)}
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            best = _better(best, run, common)
            run = strings
            continue
        best = _better(best, run, common)
        run = {""}
        best = _better(best, _required_node(node, common), common)
    return _better(best, run, common)


def _required_node(node, common: frozenset[str]) -> set[str] | None:
    op, av = node
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _required(list(sub), common)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _required(list(sub), common) if lo >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _required(list(av), common)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _required(list(alt), common)
            if not strings or "" in strings:
                return None
            out |= strings
        return out if len(out) <= _MAX_SET else None
    return None
