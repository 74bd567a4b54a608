"""Text helpers for mail bodies: HTML → readable text, quoted history and signature removal.

Pure functions over strings; nothing here knows about MIME. They read whole texts with C-level
string methods and with patterns that start with a literal character (a line break, a space)
where they can, so that the regex engine jumps to it instead of trying every position: a loop
over lines in Python was most of the parse time.
"""

from __future__ import annotations

import re
from html import unescape as _unescape
from itertools import product, repeat

_BLOCK_TAGS = frozenset(
    "br p div li tr h1 h2 h3 h4 h5 h6 table ul ol blockquote section article header footer "
    "hr pre dd dt title center".split()
)
_SKIP_TAGS = ("script", "style", "head", "noscript", "template")

# HTML → text with a few regular expressions instead of html.parser (ten times faster on the
# table-heavy mail that ATS and newsletters send): comments and skipped elements go, block tags
# become line breaks, table cells spaces, other tags nothing, then entities are unescaped.
_COMMENT = re.compile(r"<!--.*?(?:-->|$)|<!\[CDATA\[.*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>", re.S)
_SKIPPED = re.compile(
    r"<(" + "|".join(_SKIP_TAGS) + r")\b[^>]*>.*?(?:</\1\s*>|$)", re.S | re.I
)
_TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_MAX_HTML = 200_000  # characters of HTML read: past that it is a newsletter's tail


def _any_case(texts: dict[str, str]) -> dict[str, str]:
    """``texts`` keyed by every way of writing each key ("br": "BR", "Br", "bR", "br")."""
    return {
        "".join(spelling): text
        for key, text in texts.items()
        for spelling in product(*({c.lower(), c.upper()} for c in key))
    }


# What a tag becomes, by its "name" or "/name": a line break for a block tag, a space for an
# opening table cell; any other tag, nothing. Keyed under each way of writing the name ("BR",
# "Div"): a tag is looked up as written, without a lower-cased copy of its name (a newsletter has
# tens of thousands of tags).
_TAG_TEXT = _any_case({"td": " ", "th": " "} | {key: "\n" for tag in _BLOCK_TAGS for key in (tag, "/" + tag)})
_SPACES = re.compile("   *")  # runs of spaces, written to start with two: a faster prefix


def _replace_tags(text: str) -> str:
    """Each tag replaced by its :data:`_TAG_TEXT`, without a Python call per tag: ``split``
    finds the tags in C and the lookups are a ``map`` (newsletters have tens of thousands)."""
    parts = _TAG.split(text)  # text, tag, text, tag, …, text
    parts[1::2] = map(_TAG_TEXT.get, parts[1::2], repeat(""))
    return "".join(parts)


def html_to_text(html: str) -> str:
    """Readable text from HTML: scripts and styles dropped, entities unescaped, one line per
    block (``<br>``, ``<p>``, ``<div>``, ``<li>``, ``<tr>``…), runs of blank lines squeezed."""
    text = _COMMENT.sub("", html[:_MAX_HTML])
    text = _SKIPPED.sub("", text)
    text = _replace_tags(text)
    for blank in "\t\r\f\v":
        text = text.replace(blank, " ")
    return tidy(_unescape(_SPACES.sub(" ", _join_lines(text))))


def _join_lines(text: str) -> str:
    r"""``re.sub(r"\s*\n\s*", "\n", text)``: the lines stripped, the blank ones dropped (the
    first and last keep their outer side), without the regex engine trying every position."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    inner = filter(None, map(str.strip, lines[1:-1]))
    return "\n".join([lines[0].rstrip(), *inner, lines[-1].lstrip()])


_BLANK_LINES = re.compile(r"\n\n\n+")
# The white space that str.split() breaks at, but for the space and the line break (none is past
# U+3000). Looked for by a substring test each, in C: several times cheaper than a test of every
# character, and at once for those wider than the text's own characters.
_OTHER_BLANKS = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
_ASCII_BLANKS = tuple(c for c in _OTHER_BLANKS if c.isascii())  # all an ASCII text can hold


def tidy(text: str) -> str:
    """Normalize spaces within lines and squeeze blank lines; keep line structure."""
    if "\r" in text:  # a one-character search is far faster than looking for "\r\n"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "")
    # Every other blank becomes a space (most texts have none, or only the no-break space or a
    # tab): then stripping the lines and squeezing runs of spaces is splitting them into words
    # and joining those, without a string per word.
    for blank in filter(text.__contains__, _ASCII_BLANKS if text.isascii() else _OTHER_BLANKS):
        text = text.replace(blank, " ")
    text = _SPACES.sub(" ", "\n".join(map(str.strip, text.split("\n"))))
    return _BLANK_LINES.sub("\n\n", text).strip()


# --- quoted history -------------------------------------------------------------------------

_QUOTE_HEADERS = [
    re.compile(r"^\s*On\b.{0,250}\bwrote\s*:\s*$", re.I),
    re.compile(r"^\s*Le\b.{0,250}\ba\s+écrit\s*:\s*$", re.I),
    re.compile(r"^\s*Am\b.{0,250}\bschrieb\b.{0,80}:\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*(Original Message|Message d'origine|Message original|Ursprüngliche Nachricht)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*_{10,}\s*$"),
]
_OUTLOOK_FROM = re.compile(r"^\s*\*?(From|De|Von)\s*\*?\s*:\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(r"^\s*\*?(Sent|Date|Envoyé|Gesendet|To|À|Subject|Objet)\s*\*?\s*:", re.I)
# How every reply header above begins (after the line break before it): the lines worth
# testing, found in one scan of the text (dashes and "De" open many lines that are not one;
# the look-ahead turns most lines away at their first letter).
_QUOTE_CANDIDATE = re.compile(
    r"\n[^\S\n]*(?=[oladfv_*-])(?:on\b|le\b|am\b|_{10}|\*?(?:from|de|von)[^\S\n]*\*?[^\S\n]*:|-{2,}[^\S\n]*"
    r"(?:original message|message d'origine|message original|ursprüngliche nachricht))",
    re.I,
)
_QUOTED_LINE = re.compile(r"\n[^\S\n]*>[^\n]*")


def strip_quotes(text: str) -> str:
    """Remove quoted history: everything from the first reply header ("On … wrote:",
    "Le … a écrit :", "-----Original Message-----", an Outlook "From: … Sent: …" block) on, and
    every line that starts with ">"."""
    text = "\n" + text  # every line follows a line break: the patterns start with one
    lines: list[str] = []
    index = offset = 0
    for found in _QUOTE_CANDIDATE.finditer(text):
        lines = lines or text.split("\n")
        index += text.count("\n", offset, found.end())
        offset = found.end()
        if _opens_quote(lines, index):
            text = text[: found.start()]
            break
    return _QUOTED_LINE.sub("", text).strip() if ">" in text else text.strip()


def _opens_quote(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a reply header (a long "On … wrote:" may wrap onto the next line)."""
    line = lines[i]
    if any(p.match(line) for p in _QUOTE_HEADERS):
        return True
    if re.match(r"^\s*(On|Le)\b", line) and len(line) < 200 and i + 1 < len(lines):
        joined = line + " " + lines[i + 1]
        if any(p.match(joined) for p in _QUOTE_HEADERS[:2]):
            return True
    return bool(_OUTLOOK_FROM.match(line)) and any(_OUTLOOK_NEXT.match(nxt) for nxt in lines[i + 1 : i + 4])


# --- signature ------------------------------------------------------------------------------

_SIGN_OFF = re.compile(
    r"^\s*(best( regards| wishes)?|kind regards|warm(est)? regards|regards|many thanks|thanks( again)?|"
    r"thank you( again)?|sincerely( yours)?|yours( sincerely| truly)?|cheers|all the best|respectfully|"
    r"with best regards|best wishes|talk soon|"
    r"cordialement|bien cordialement|très cordialement|sincères salutations|bien à (vous|toi)|"
    r"belle journée|bonne journée|à bientôt|a bientôt|à très bientôt|a très bientôt|merci( encore| beaucoup)?|"
    r"mit freundlichen grüßen|viele grüße|beste grüße)\s*[,.!]?\s*$",
    re.I,
)


_CLOSING = re.compile(r"^\s*[\w’' -]{2,40},\s*$")  # "Apologies again,", "Speak soon,"
_NAME_LINE = re.compile(r"^(?:[A-ZÀ-Ý][\w’'.-]*\.?)(?:\s+[A-ZÀ-Ý][\w’'.-]*\.?){1,3}$")
_DASH_DASH = re.compile(r"\n--[^\S\n]*(?![^\n])")
_TEXT = re.compile(r"\S")


def split_signature(text: str, name: str = "") -> tuple[str, str]:
    """Split ``text`` into (body, signature). The signature starts at a "-- " line; or at a
    sign-off line ("Best regards,", "Cordialement,") near the end followed by a short block
    (a name, a title, a company); or, with the sender's display ``name``, at a short closing
    line ("Apologies again,") followed by that name, or at a last short block that starts with
    that name ("Priya Raman / Talent Acquisition Partner / Halcyon Health", no sign-off)."""
    dashes = _DASH_DASH.search("\n" + text)  # the pattern starts with the line break before
    if dashes:
        return text[: dashes.start()].strip(), text[dashes.end() :].strip()
    offset, lines, tail = _last_lines(text, 9)  # only the end of a message is read
    if len(tail) < 2:
        return text.strip(), ""
    # The first line with text (-1: before the lines read).
    first = -1 if _TEXT.search(text, 0, offset) else next(i for i, line in enumerate(lines) if line.strip())
    for after, i in enumerate(reversed(tail)):  # ``after``: lines with text below line i
        if _SIGN_OFF.match(lines[i]) and i != first and after <= 7:
            return _split_lines(text, offset, lines, i)
    names = _name_forms(name)
    if not names:
        return text.strip(), ""
    for k, i in enumerate(tail[:-1]):
        nxt = lines[tail[k + 1]].strip().lower()
        if i != first and _CLOSING.match(lines[i]) and nxt in names:
            return _split_lines(text, offset, lines, i)
    # A last block (after a blank line) of at most six short lines, opening with the name.
    start = len(lines)
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = [ln.strip() for ln in lines[start:] if ln.strip()]
    if (
        start > first
        and 1 <= len(block) <= 6
        and all(len(ln) <= 80 for ln in block)
        and block[0].lower() in names
        and _NAME_LINE.match(block[0])
    ):
        return _split_lines(text, offset, lines, start)
    return text.strip(), ""


def _last_lines(text: str, count: int) -> tuple[int, list[str], list[int]]:
    """The last lines of ``text``, enough to hold ``count`` that are not blank (else all of
    them): the offset where the first starts, the lines, the indices of the last ``count``
    with text. A long text is not split whole."""
    size = 1000
    while True:
        offset = text.rfind("\n", 0, len(text) - size) + 1 if len(text) > size else 0
        lines = text[offset:].split("\n")
        found: list[int] = []
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].strip():
                found.append(i)
                if len(found) == count:
                    return offset, lines, found[::-1]
        if not offset:
            return offset, lines, found[::-1]
        size *= 4


def _split_lines(text: str, offset: int, lines: list[str], i: int) -> tuple[str, str]:
    """``text`` cut before ``lines[i]`` (``lines`` start at ``offset``), both sides stripped."""
    cut = offset + sum(map(len, lines[:i])) + i
    return text[:cut].strip(), text[cut:].strip()


def _name_forms(name: str) -> set[str]:
    """The ways a sender signs: the full display name and the first name, lower-cased
    ("Doe, Jane" → jane doe, jane)."""
    name = " ".join((name or "").replace('"', "").split())
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = name.split()
    if len(words) < 2 or "@" in name:
        return set()
    return {name.lower(), words[0].lower()}


# --- data tables ----------------------------------------------------------------------------

import functools  # noqa: E402  (kept next to the loaders it serves)
import operator  # noqa: E402

import ahocorasick  # noqa: E402

from followupd.understand.literals import (  # noqa: E402
    EDGE,
    foldable,
    folded,
    required_literal_sets,
    word_finder,
)
import tomllib  # noqa: E402
from importlib import resources  # noqa: E402


@functools.cache
def data_file(name: str) -> dict:
    """One TOML table from understand/data/, read once per process (package data, not user
    input: a broken file is a bug and raises)."""
    return tomllib.loads(resources.files("followupd.understand").joinpath("data", name).read_text("utf-8"))


@functools.cache
def phrase_languages() -> tuple[str, ...]:
    """The languages that have a phrases.<lang>.toml table, English first."""
    names = [
        entry.name[len("phrases.") : -len(".toml")]
        for entry in resources.files("followupd.understand").joinpath("data").iterdir()
        if entry.name.startswith("phrases.") and entry.name.endswith(".toml")
    ]
    return tuple(sorted(names, key=lambda code: (code != "en", code)))


# Lists of plain words in the tables (not patterns): kept as lower-case sets.
_WORD_LISTS = frozenset({"connectors", "not_roles", "stopwords"})


_SPECIAL = set("\\.^$*+?{}[]|()")


def fast_pattern(pattern: str) -> str:
    """``pattern`` rewritten so that CPython's engine can use its literal-prefix scan: a leading
    word boundary before a literal (``\\bresume``) becomes a look-behind after it
    (``r(?<=\\br)esume``), which matches exactly the same text fifteen times faster."""
    if pattern.startswith("\\b") and len(pattern) > 3:
        first, rest = pattern[2], pattern[3:]
        if first not in _SPECIAL and not first.isspace() and rest[:1] not in ("*", "+", "?", "{"):
            return f"{first}(?<=\\b{first}){rest}"
    return pattern


def _compile(value, flags: int):
    if isinstance(value, dict):
        return {
            key: frozenset(w.lower() for w in item) if key in _WORD_LISTS else _compile(item, flags)
            for key, item in value.items()
        }
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return Patterns(_Pattern(item, re.compile(fast_pattern(item), flags), _keywords(item, flags)) for item in value)
    return value


@functools.cache
def _common_words() -> frozenset[str]:
    """The stop words of every language: too frequent to tell a text that can match."""
    return frozenset(w.lower() for lang in phrase_languages() for w in data_file(f"phrases.{lang}.toml").get("stopwords", ()))


def _keywords(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    """The keyword sets of ``pattern``, the most selective first: a text it matches holds one
    keyword of each set.

    A case-insensitive pattern's keywords are looked up, lower-cased and however short, in its
    texts :func:`folded` (such texts, a subject or a body, are long or read once: worth any
    keyword)."""
    common = _common_words()
    if not flags & re.IGNORECASE:
        sets = required_literal_sets(pattern, flags, common)
        return tuple(frozenset(k.replace(EDGE, "") for k in keywords) for keywords in sets)
    sets = required_literal_sets(pattern, flags & ~re.IGNORECASE, common, min_strength=0)
    folded_sets = [frozenset(k.replace(EDGE, "").lower() for k in keywords) for keywords in sets]
    return tuple(keywords for keywords in folded_sets if all(map(foldable, keywords)))


_VALUE = operator.itemgetter(1)
# A keyword of one character ("|", "-", "e") is in most texts, many times over: a substring
# test, which stops at the first, costs less than the automaton reporting every one. Two
# letters ("it", "cv") are rarer: reported by the automaton, cheaper than a test each.
_SHORT = 1


class _KeywordFinder:
    """The keywords of every table that reads one kind of text (lower-cased, or folded) found
    in a text at once, with one Aho-Corasick pass: a dozen tables read each of a message's few
    texts, and each then looks its own keywords up in the set found instead of testing them
    one by one. Patterns add their keywords when compiled; the automaton is built again on the
    next search after that."""

    def __init__(self) -> None:
        self._keywords: set[str] = set()
        self._stale = False
        self._short: tuple[str, ...] = ()
        self._automaton = None  # None: no keyword longer than _SHORT
        self.found = functools.lru_cache(maxsize=16)(self._find)  # a message's texts, each read by many tables

    def add(self, keywords: frozenset[str]) -> None:
        """Look for ``keywords`` too (the sets found so far lack them: forgotten)."""
        if not self._keywords.issuperset(keywords):
            self._keywords.update(keywords)
            self._stale = True
            self.found.cache_clear()

    def _find(self, text: str) -> frozenset[str]:
        """The keywords in ``text``."""
        if self._stale:
            self._build()
        found = set(filter(text.__contains__, self._short))
        if self._automaton is not None:
            found.update(map(_VALUE, self._automaton.iter(text)))
        return frozenset(found)

    def _build(self) -> None:
        self._short = tuple(keyword for keyword in self._keywords if len(keyword) <= _SHORT)
        automaton = ahocorasick.Automaton()
        for keyword in self._keywords.difference(self._short):
            automaton.add_word(keyword, keyword)
        automaton.make_automaton()
        self._automaton = automaton if len(automaton) else None  # without words, iter() raises
        self._stale = False


_FINDERS = {False: _KeywordFinder(), True: _KeywordFinder()}  # by whether the texts are folded


class _Pattern:
    """A compiled table pattern that reports the pattern as written in the table.

    ``needs``: keywords one of which is in every text the pattern matches (None when unknown,
    see :mod:`followupd.understand.literals`); ``also``: more such sets, each of which the text
    holds one keyword of too. :meth:`may_match` tests them, which is much cheaper than running
    a pattern that opens with an alternation."""

    __slots__ = ("pattern", "search", "finditer", "match", "flags", "needs", "also")

    def __init__(self, written: str, compiled: re.Pattern, keyword_sets=()) -> None:
        self.pattern = written
        self.search, self.finditer, self.match = compiled.search, compiled.finditer, compiled.match
        self.flags = compiled.flags
        self.needs = keyword_sets[0] if keyword_sets else None
        self.also = keyword_sets[1:]
        _FINDERS[bool(self.flags & re.IGNORECASE)].add(frozenset().union(*keyword_sets))

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match ``text``: it lacks every keyword of a set.
        What :meth:`Patterns.candidates` tells of a whole list at once."""
        if self.needs is None:
            return True
        ignore_case = bool(self.flags & re.IGNORECASE)
        if ignore_case:
            text = folded(text)
            if text is None:
                return True
        found = _FINDERS[ignore_case].found(text)
        return not any(map(found.isdisjoint, (self.needs, *self.also)))


class Patterns(tuple):
    """A table's pattern list (in table order, which decides the reason shown), with its
    patterns indexed by the keywords of their first set: :meth:`candidates` narrows the list
    to the patterns that may match a text with one set intersection, not a test per pattern,
    then tries their other sets."""

    def __new__(cls, patterns):
        self = super().__new__(cls, patterns)
        always: list[int] = []
        index: dict[str, list[int]] = {}
        for i, pattern in enumerate(self):
            if pattern.needs is None:
                always.append(i)
            for keyword in pattern.needs or ():
                index.setdefault(keyword, []).append(i)
        self._folded = any(pattern.flags & re.IGNORECASE for pattern in self)
        self._finder = _FINDERS[self._folded]
        self._always = tuple(always)
        self._always_patterns = tuple(map(self.__getitem__, always))
        self._index = index
        self._keywords = frozenset(index)  # a frozenset & a frozenset runs over the smaller
        return self

    def candidates(self, text: str) -> list[_Pattern]:
        """The patterns that may match ``text`` (:meth:`_Pattern.may_match`), in table order."""
        if self._folded:
            text = folded(text)
            if text is None:
                return list(self)
        found = self._finder.found(text)
        keywords = found & self._keywords
        if not keywords:  # most lists, for most texts: only the patterns without keywords
            return list(self._always_patterns)
        indices = set(self._always)
        for keyword in keywords:
            indices.update(self._index[keyword])
        return [
            pattern
            for pattern in map(self.__getitem__, sorted(indices))
            if not pattern.also or not any(map(found.isdisjoint, pattern.also))
        ]


# Tables matched against lower-cased text: compiled without re.I, which is several times
# faster in CPython's engine. Employer and role patterns capture names, so they see the
# original case and are compiled case-insensitive.
_CASED_SECTIONS = ("employer", "role")


@functools.cache
def phrases(lang: str) -> dict:
    """The phrase tables of one language with every pattern list compiled (multi-line). The
    employer and role sections are case-insensitive; every other section is meant to be
    searched in lower-cased text. Stop words stay strings."""
    table = data_file(f"phrases.{lang}.toml")
    compiled = {
        key: _compile(value, re.M | (re.I if key in _CASED_SECTIONS else 0))
        for key, value in table.items()
        if key not in ("lang", "stopwords", "first_of_two")
    }
    compiled["stopwords"] = frozenset(table.get("stopwords", ()))
    compiled["lang"] = table.get("lang", lang)
    return compiled


# The words of lower-cased text. The dotless i and long s are the two lower-case letters that
# the case-insensitive [a-zà-ÿ] matches beyond its own: spelled out, a faster case-sensitive
# reading finds the same words.
_words = word_finder(r"[a-zà-ÿ'ıſ]", beyond_latin1="ıſ")


LANG_CHARS = 2000  # the characters of a text that tell its language
# A link's words are no language's: a French notice's tracking links say "email", "application",
# "with", "confirmation" over and over.
_URL = re.compile(r"https?://\S+")


@functools.cache
def _first_of_two() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each language with what a bilingual message says at its top when it is written in that
    language first ("(Le français suit)" opens an English text)."""
    return tuple((lang, tuple(s.lower() for s in data_file(f"phrases.{lang}.toml").get("first_of_two", ())))
                 for lang in phrase_languages())


def detect_lang(text: str) -> str:
    """The language whose stop words are most frequent in ``text`` ("en" on a tie), or the one a
    bilingual message says comes first."""
    head = text[:400].lower()
    for lang, announcements in _first_of_two():
        if any(map(head.__contains__, announcements)):
            return lang
    # A language shows in its first lines. The words no language has as a stop word are dropped
    # in one pass first, so that each language counts its own among the few left.
    sample = text[:LANG_CHARS]
    if "://" in sample:
        sample = _URL.sub(" ", sample)
    words = list(filter(_common_words().__contains__, _words(sample.lower())))
    best, best_count = "en", -1
    for lang in phrase_languages():
        count = sum(map(phrases(lang)["stopwords"].__contains__, words))  # a set lookup per word, in C
        if count > best_count:
            best, best_count = lang, count
    return best
