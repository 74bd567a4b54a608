"""Patterns rewritten for CPython's regex engine (to open with a character class it can skip to,
say) match exactly what their plain versions match: the plain versions are kept below ONLY as
the oracle of these tests, compared on any text (hypothesis)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from followupd.understand import classify

# A quotation in double marks, or in single ones that open after a non-letter.
_PLAIN_QUOTED = re.compile(
    r"[\"“«]\s*([^\"“”«»]{1,600}?)\s*[\"”»]"
    r"|(?<!\w)['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)){12,600}?)['’](?!\w)"
)


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab é\n\"“”«»'‘’.", max_size=80))
@example("he said 'we won't hire you at all' then \"no\" and \"we regret to say\" 'x")
@example("'a' b \"c 'we will not go on ahead' d\" e")
def test_the_quotation_pattern_matches_what_its_plain_version_matches(text):
    assert _matches(classify._QUOTED, text) == _matches(_PLAIN_QUOTED, text)
