"""The keyword prefilter (understand/literals.py) never hides a match: a match holds a keyword of
every set, and a case-insensitive pattern's keywords are in every folded text it matches."""

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from followupd.understand.literals import (
    EDGE,
    foldable,
    folded,
    required_literal_sets,
    required_literals,
    word_finder,
)

# Letters (some accented), digits, an underscore, spaces and punctuation.
_TEXT = st.text(alphabet="abcdeéfinorstuyz0_ -'’.,:|\n", max_size=40)


def test_word_edges_are_kept_in_keywords():
    assert required_literals(r"\bcv\b") == (f"{EDGE}cv{EDGE}",)
    assert required_literals(r"\binterviewing") == (f"{EDGE}interviewing",)


def test_case_insensitive_matching_equates_an_ascii_or_latin_character_only_with_what_folds_to_it():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for k in [*map(chr, range(128)), *map(chr, range(ord("à"), ord("ÿ") + 1))]:
        assert foldable(k.lower())
        for c in set(re.findall(re.escape(k), every, re.I)):
            assert c.lower() == k.lower() or folded(c) is None, (k, c)


def test_no_character_lower_cases_to_one_without_an_upper_case():
    # So case-insensitive matching equates a character with no upper case ("—", "|") only with
    # itself, and foldable() may accept it.
    for c in map(chr, range(sys.maxunicode + 1)):
        lower = c.lower()
        assert not (len(lower) == 1 and lower != c and lower.upper() == lower), hex(ord(c))
    for k in "—–|•«»“”’…":
        assert foldable(k) and re.findall(re.escape(k), "—–|•«»“”’…Ææ", re.I) == [k]
    assert not foldable("ĳ") and not foldable("σ") and foldable("postulé") and foldable("send us your cv")


@given(st.text(alphabet="sendusyorcvSENDUSYORCV İıſK-|’ ", max_size=30), st.sampled_from(["send us", "your cv", "us|", "-’"]))
def test_a_case_insensitive_match_leaves_its_keyword_in_the_folded_text(text, keyword):
    if re.search(re.escape(keyword), text, re.I) and folded(text) is not None:
        assert keyword in folded(text)


def test_each_part_of_a_pattern_gives_a_keyword_set_a_match_holds_one_of():
    pattern = r"unfortunately.{0,120}\bnot\b"
    assert required_literal_sets(pattern) == (("unfortunately",), (f"{EDGE}not{EDGE}",))  # the strongest first
    assert required_literals(pattern) == required_literal_sets(pattern)[0]
    dashes = r"^[^|]{2,40}\s+[—–|]\s+(?P<role>.+?)\s*:\s*\S"
    assert {frozenset(s) for s in required_literal_sets(dashes, min_strength=0)} == {frozenset(":"), frozenset("|–—")}
    assert required_literal_sets(dashes) == ()  # symbols only: too weak for a table's many short texts


_TWO_PARTS = [r"unfortunately.{0,20}\bnot\b", r"(?:send|share) (?:us )?your (?:cv|resume)\b.{0,9}\bby\b", r"\bpass ?code\b.*\bexpires?"]


@given(st.sampled_from(_TWO_PARTS), st.data())
def test_a_match_holds_a_keyword_of_every_set(pattern, data):
    text = data.draw(st.from_regex(pattern))
    if re.search(pattern, text):
        for keywords in required_literal_sets(pattern, min_strength=0):
            assert any(k.replace(EDGE, "") in text for k in keywords), (keywords, text)


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=40) | _TEXT | st.text(max_size=20))
def test_a_word_finder_finds_the_runs_the_regular_expression_finds(text):
    assert word_finder(r"\w")(text) == re.findall(r"\w+", text)
    assert word_finder(r"[a-zé'ıſ]", beyond_latin1="ıſ")(text) == re.findall(r"[a-zé'ıſ]+", text)


def test_a_word_finder_reads_every_latin_1_character_as_the_regular_expression_does():
    latin1 = "".join(map(chr, range(256)))
    assert word_finder(r"\w")(latin1 + "ğ" + latin1) == re.findall(r"\w+", latin1 + "ğ" + latin1)
    assert word_finder(r"\w")(latin1) == re.findall(r"\w+", latin1)
