"""Literal keywords a regular expression cannot match without: a cheap prefilter.

Most phrase-table patterns open with an alternation (``(?:send|provide|share) …``), so CPython's
engine has no literal prefix to scan for and tries the pattern at every position of the text.
:func:`required_literals` reads the pattern's syntax tree and returns a few strings, one of which
occurs in every text the pattern matches: when none of them is in the text (a substring test,
done in C), the regular expression cannot match and need not run. The keywords are derived from
the pattern itself, so the tables stay the only place where phrases are written.

Soundness is the whole point: the answer may be ``None`` (no keyword known, always run the
pattern), never a keyword set that a real match could lack. Case-insensitive parts give ``None``;
a pattern compiled case-insensitive as a whole has the keywords of its case-sensitive self, to
look for in the text lower-cased (:func:`folded`, :func:`foldable`).

Where the pattern asserts a word edge (``\\b``, ``^``, ``$``) the keyword is marked :data:`EDGE`
there: remove the marks before looking for it. (The phrase tables look for all their keywords
in a text at once: see :class:`followupd.understand.text.Patterns`.)
"""

from __future__ import annotations

import functools
import itertools
import re

from re import _constants as C  # noqa: N812  (the opcodes of re's own parser)
from re import _parser

# The most strings a keyword set holds. The tables look for all their keywords in one pass
# (an Aho-Corasick automaton), so a larger set costs the search nothing: the limit bounds the
# work of joining alternatives ("(?:we|i) (?:will|'ll) need" is four strings) and the automaton's
# size. Past 64, more patterns with keywords no longer made the classifier faster.
_MAX_SET = 64
_MIN_LEN = 3  # a keyword shorter than this is in almost every text: no filter
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
# Case-insensitive matching is not a substring test; ASCII or locale word edges are not \w's.
_UNSUPPORTED = re.IGNORECASE | re.ASCII | re.LOCALE
_WORD = re.compile(r"\w+")
# In a keyword: a word edge the pattern asserts (\b, ^, $…), where the characters on either side
# are not both word characters. A noncharacter; a pattern that spells it gets no keyword there.
EDGE = "\uffff"


def word_finder(letter: str, beyond_latin1: str | None = None):
    """A function giving the words of a text: its runs of ``letter`` characters (a regular
    expression character class, without white space). A text in Latin-1 is read with a byte
    translation and a split, several times faster than the regular expression; so is any text
    when ``beyond_latin1`` names all the class's characters outside Latin-1 and it has none."""
    one, runs = re.compile(letter), re.compile(letter + "+")
    gaps = bytes(b if one.fullmatch(chr(b)) else ord(" ") for b in range(256))
    if any(chr(b).isspace() for b in gaps if b != ord(" ")) or (beyond_latin1 is not None and one.fullmatch("?")):
        raise ValueError(f"white space or ? among the letters: {letter!r}")

    def words(text: str) -> list[str]:
        if beyond_latin1 and any(c in text for c in beyond_latin1):
            return runs.findall(text)
        try:  # characters outside Latin-1 become "?", a gap, when none of them is a letter
            data = text.encode("latin-1", "strict" if beyond_latin1 is None else "replace")
        except UnicodeEncodeError:
            return runs.findall(text)
        return data.translate(gaps).decode("latin-1").split()

    return words


# The characters that case-insensitive matching equates with an ASCII letter they do not
# lower-case to: the dotted capital I (lower-cased to two characters), dotless i and long s.
# Looked for by a substring test each, in C, several times faster than a character class (and
# at once in a Latin-1 text, which cannot hold them).
_UNFOLDABLE = ("İ", "ı", "ſ")


@functools.lru_cache(maxsize=16)
def folded(text: str) -> str | None:
    """``text`` lower-cased, for the keywords of a case-insensitive pattern: derived as if the
    pattern were case-sensitive and lower-cased, one of them is in ``folded(text)`` whenever
    the pattern matches ``text``, if they are :func:`foldable`. None when ``text`` holds a
    character that case-insensitive matching equates with an ASCII letter it does not
    lower-case to. (Cached: each language's table reads the same subject and body.)"""
    return None if not text.isascii() and any(map(text.__contains__, _UNFOLDABLE)) else text.lower()


def foldable(keyword: str) -> bool:
    """Whether case-insensitive matching equates each character of ``keyword`` (lower-cased)
    only with characters that lower-case to it: true of ASCII ones, bar the three
    :func:`folded` rules out, of the Latin-1 letters (é, ç, ß…) and of the characters with no
    upper case (no character lower-cases to them)."""
    return all(c.isascii() or "à" <= c <= "ÿ" or c.upper() == c for c in keyword)


def required_literals(
    pattern: str, flags: int = 0, common: frozenset[str] = frozenset(), min_strength: int = _MIN_LEN - 1
) -> tuple[str, ...] | None:
    """Strings one of which is in every text ``pattern`` matches, or None when none is known;
    the word edges the pattern asserts are marked :data:`EDGE` (remove them before looking for
    a string in a text). Of the possible sets the most selective is chosen: ``common`` words
    (the tables' stop words) count for nothing, since almost every text has them. A set whose
    weakest keyword has fewer letters than ``min_strength`` is not worth a test: None. (A long
    text read once is worth any test: a pattern needing one of "|", "—" runs on few of them.)"""
    sets = required_literal_sets(pattern, flags, common, min_strength)
    return sets[0] if sets else None


def required_literal_sets(
    pattern: str, flags: int = 0, common: frozenset[str] = frozenset(), min_strength: int = _MIN_LEN - 1
) -> tuple[tuple[str, ...], ...]:
    """Every keyword set :func:`required_literals` chooses from at the top of ``pattern``, the
    chosen one first: each comes from its own part of the pattern, so a text it matches holds
    one keyword of every set."""
    if flags & _UNSUPPORTED:
        return ()
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return ()
    if tree.state.flags & _UNSUPPORTED:
        return ()
    sets = [found for found in _required_sets(list(tree), common) if _strength(found, common) >= min_strength]
    sets.sort(key=lambda found: _rank(found, common), reverse=True)  # stable: the first of the best leads
    return tuple(tuple(sorted(_minimal(found), key=len)) for found in sets)


def _can_be_empty(strings: set[str]) -> bool:
    """Whether one of ``strings`` is no text at all (at most word edges): no keyword."""
    return any(not s.strip(EDGE) for s in strings)


def _minimal(strings: set[str]) -> set[str]:
    """Drop the strings that contain another one: if the shorter is absent, so is the longer."""
    return {s for s in strings if not any(o != s and o in s for o in strings)}


def _strength(keywords: set[str], common: frozenset[str]) -> int:
    """How selective a keyword set is: the letters of its weakest keyword, common words left out."""
    return min(sum(len(w) for w in _WORD.findall(k) if w not in common) for k in keywords)


def _better(a: set[str] | None, b: set[str] | None, common: frozenset[str]) -> set[str] | None:
    """The more selective of two keyword sets (``a`` on a tie)."""
    if not b or _can_be_empty(b):
        return a
    if not a:
        return b
    return b if _rank(b, common) > _rank(a, common) else a


def _rank(keywords: set[str], common: frozenset[str]) -> tuple:
    """How selective a keyword set is: its strength, its shortest keyword and (fewer is better)
    its number of keywords."""
    return (_strength(keywords, common), min(map(len, keywords)), -len(keywords))


def _exact(node) -> set[str] | None:
    """The finite set of strings a node matches exactly, or None when it is not finite and small."""
    op, av = node
    if op is C.LITERAL:
        return None if chr(av) == EDGE else {chr(av)}
    if op is C.AT and av is not C.AT_NON_BOUNDARY:
        return {EDGE}
    if op in _ZERO_WIDTH:
        return {""}
    if op is C.IN:
        if all(kind is C.LITERAL and chr(c) != EDGE for kind, c in av) and len(av) <= 8:
            return {chr(c) for _, c in av}
        return None
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & _UNSUPPORTED else _exact_seq(list(sub))
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
    """The most selective keyword set a node sequence requires."""
    best = None
    for found in _required_sets(items, common):
        best = _better(best, found, common)
    return best


def _required_sets(items, common: frozenset[str]) -> list[set[str]]:
    """The keyword sets a node sequence requires, in order: its runs of exactly-known text
    (joined while the number of combinations stays small) and what its other nodes require."""
    found: list[set[str] | None] = []
    run = {""}
    for node in items:
        strings = _exact(node)
        if strings is not None:
            joined = {a + b for a, b in itertools.product(run, strings)}
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            found.append(run)
            run = strings
            continue
        found.append(run)
        run = {""}
        found.append(_required_node(node, common))
    found.append(run)
    return [strings for strings in found if strings and not _can_be_empty(strings)]


def _required_node(node, common: frozenset[str]) -> set[str] | None:
    op, av = node
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & _UNSUPPORTED else _required(list(sub), common)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _required(list(sub), common) if lo >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _required(list(av), common)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _required(list(alt), common)
            if not strings or _can_be_empty(strings):
                return None
            out |= strings
        return out if len(out) <= _MAX_SET else None
    return None
