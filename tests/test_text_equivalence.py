"""The text helpers (html_to_text, tidy, strip_quotes, split_signature) were rewritten to scan
whole texts with regular expressions instead of looping over lines in Python. The line-by-line
versions they replaced are kept below, ONLY as the oracle of these tests: both must give the
same strings on any input (hypothesis) and on every fixture."""

import email.utils
import re
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from followupd.understand import text as txt
from followupd.understand.text import detect_lang, html_to_text, split_signature, strip_quotes, tidy

# --- reference implementations (the previous code, verbatim but for names) --------------------

_REFERENCE_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_REFERENCE_QUOTE_STARTS = frozenset("OoLlAa-_*FfDdVv")


def reference_tag_text(slash: str, name: str) -> str:
    name = name.lower()
    if name in txt._BLOCK_TAGS:
        return "\n"
    if name in ("td", "th") and not slash:
        return " "
    return ""


def reference_replace_tags(text: str) -> str:
    parts = _REFERENCE_TAG.split(text)  # text, slash, name, text, slash, name, …, text
    texts = parts[0::3]
    pieces = [None] * (2 * len(texts) - 1)
    pieces[0::2] = texts
    pieces[1::2] = [reference_tag_text(slash, name) for slash, name in zip(parts[1::3], parts[2::3])]
    return "".join(pieces)


def reference_html_to_text(html: str) -> str:
    text = txt._COMMENT.sub("", html[:txt._MAX_HTML])
    text = txt._SKIPPED.sub("", text)
    text = reference_replace_tags(text)
    text = txt._unescape(re.sub(r"\s*\n\s*", "\n", re.sub(r"[ \t\r\f\v]+", " ", text)))
    return reference_tidy(text)


def reference_tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def reference_strip_quotes(text: str) -> str:
    lines = text.split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        head = line.lstrip()[:1]
        if not head or head not in _REFERENCE_QUOTE_STARTS:
            continue  # cheap test first: every reply header starts with one of these
        joined = line + " " + lines[i + 1] if i + 1 < len(lines) else line
        if any(p.match(line) for p in txt._QUOTE_HEADERS) or (
            re.match(r"^\s*(On|Le)\b", line)
            and len(line) < 200
            and any(p.match(joined) for p in txt._QUOTE_HEADERS[:2])
        ):
            cut = i
            break
        if txt._OUTLOOK_FROM.match(line) and any(
            txt._OUTLOOK_NEXT.match(nxt) for nxt in lines[i + 1 : i + 4]
        ):
            cut = i
            break
    kept = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    return "\n".join(kept).strip()


def reference_split_signature(text: str, name: str = "") -> tuple[str, str]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i + 1 :]).strip()
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonempty) < 2:
        return text.strip(), ""
    for i in reversed(nonempty[-9:]):
        if txt._SIGN_OFF.match(lines[i]) and i != nonempty[0]:
            after = [ln for ln in lines[i + 1 :] if ln.strip()]
            if len(after) <= 7:
                return "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
    names = txt._name_forms(name)
    if not names:
        return text.strip(), ""
    tail = nonempty[-9:]
    for k, i in enumerate(tail[:-1]):
        nxt = lines[tail[k + 1]].strip().lower()
        if i != nonempty[0] and txt._CLOSING.match(lines[i]) and nxt in names:
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
    # A last block (after a blank line) of at most six short lines, opening with the name.
    start = len(lines)
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = [ln.strip() for ln in lines[start:] if ln.strip()]
    if (
        start > 0
        and any(ln.strip() for ln in lines[:start])
        and 1 <= len(block) <= 6
        and all(len(ln) <= 80 for ln in block)
        and block[0].lower() in names
        and txt._NAME_LINE.match(block[0])
    ):
        return "\n".join(lines[:start]).strip(), "\n".join(lines[start:]).strip()
    return text.strip(), ""


# --- the new code against them --------------------------------------------------------------

_SPACES = " \t\r\n\x0b\x0c\x1c\x1d\x1f\x85\xa0\u200b\u1680\u2000\u2009\u2028\u2029\u202f\u205f\u3000"
_FRAGMENTS = [
    *_SPACES, "\r\n", "\n\n", "\n\n\n", "  ", " \n ", "\n \n",
    "On Mon, 1 Dec 2025, Jane Doe <jane@acme.com> wrote:", "On Monday Jane", "wrote:", "ON", "on",
    "Le lun. 1 déc. 2025, Jane a écrit :", "Le", "a écrit", "Am 1. Dez. schrieb Jane:", "Am",
    "-----Original Message-----", "-- Message d'origine --", "---", "--", "-- ", "_" * 12, "_",
    "From: Jane", "*From:* Jane", "De : Jane", "Von:", "Sent: Monday", "To: Alex", "Objet :",
    "Date:", "Subject: x", "> ", ">", "> quoted", "Best regards,", "Thanks,", "Cordialement",
    "Merci beaucoup !", "Apologies again,", "Jane Doe", "Jane", "Doe, Jane", "Priya Raman",
    "Talent Partner", "Acme", "Hello Alex,", "word", "é", "x" * 90,
    "<br>", "<BR/>", "</p>", "<p class=a>", "<div>", "<td>", "</td>", "<TH>", "<tr>", "<b>", "</b>",
    "<a_b>", "<li\u00e9>", "<<br>b>", "<x <br> y>", "<", ">", "<!-- c -->", "<!--", "<![CDATA[x]]>",
    "<!DOCTYPE html>", "<?xml?>", "<script>var a;</script>", "<style>p{}", "</style>", "<head>",
    "&amp;", "&amp", "&lt", "&lt;", "&#10;", "&#13;", "&#9;", "&nbsp;", "&nbsp", "&no", "&",
]
_text = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(alphabet="aZ:,.>-_*\x00\u200e" + _SPACES, max_size=6)), max_size=40
).map("".join)
_name = st.sampled_from(["", "Jane Doe", '"Doe, Jane"', "Jane", "Priya Raman", "jane@acme.com", "Apologies Again"])


@settings(max_examples=1500, deadline=None)
@given(_text)
@example("a\r\n \t b\x0b\x1c\n\n\n  c \u2028 d\xa0\u200b\n")
def test_tidy_is_the_line_by_line_version(value):
    assert tidy(value) == reference_tidy(value)


def test_tidy_knows_every_blank_str_split_breaks_at():
    every = map(chr, range(sys.maxunicode + 1))
    assert set(txt._OTHER_BLANKS) == {c for c in every if c.isspace()} - {" ", "\n"}


@settings(max_examples=1500, deadline=None)
@given(_text)
@example("<p>a \t&#13;<br>\r\n  <td>b</td>&amp\x0bc&#10;&#10;\n \x85</p>")
def test_html_to_text_is_the_previous_version(value):
    assert html_to_text(value) == reference_html_to_text(value)


@settings(max_examples=1500, deadline=None)
@given(_text)
@example("Hi\n> a\n\n  On Mon, Jane Doe\nwrote:\n> b")
@example("x\nFrom: Jane\n\n\nSent: Monday\n> y")
def test_strip_quotes_is_the_line_by_line_version(value):
    assert strip_quotes(value) == reference_strip_quotes(value)


@settings(max_examples=1500, deadline=None)
@given(_text, _name)
@example("Hi\n--\t\nJane", "")
@example("Hi\n\nThanks,\nJane Doe\nAcme", "Jane Doe")
@example("Hi,\n\nApologies again,\nJane\n", "Jane Doe")
@example("Hi,\n\nPriya Raman\nTalent Partner\n", "Priya Raman")
@example("\n\nPriya Raman\nTalent Partner", "Priya Raman")
@example("x" * 1200 + "\n" + "\n".join(["line"] * 20) + "\n\nThanks,\nJane Doe", "Jane Doe")  # a long text
@example(" \n" * 800 + "\n".join("abcdefghij") + "\n\nPriya Raman\nTalent Partner", "Priya Raman")
@example(" \n" * 800 + "Apologies again,\nPriya\n" + "\n".join("abcdefg"), "Priya Raman")
@example("Hi there\n\nBest regards,\n" + "Jane " * 300, "")
@example("a\n" * 600 + "Priya Raman\nTalent Partner", "Priya Raman")
@example("Hi\nThanks,\n1\n2\n3\n4\n5\n6\n7\n8", "")
def test_split_signature_is_the_line_by_line_version(value, name):
    assert split_signature(value, name) == reference_split_signature(value, name)


def _fixture_texts():
    root = Path(__file__).parent.parent
    for path in sorted([*root.glob("tests/fixtures/mail/*.eml"), *root.glob("followupd/demo/mailbox/mail/*.eml")]):
        msg = BytesParser(policy=policy.compat32).parsebytes(path.read_bytes())
        sender = email.utils.parseaddr(msg.get("from", ""))[0]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True) or b""
                yield path.name, payload.decode(part.get_content_charset() or "utf-8", "replace"), sender


def test_every_fixture_text_gives_what_the_previous_versions_gave():
    seen = 0
    for name, value, sender in _fixture_texts():
        for body in (value, reference_tidy(value), reference_html_to_text(value)):
            assert tidy(body) == reference_tidy(body), name
            assert html_to_text(body) == reference_html_to_text(body), name
            assert strip_quotes(body) == reference_strip_quotes(body), name
            assert split_signature(body, sender) == reference_split_signature(body, sender), name
        seen += 1
    assert seen > 150


# --- detect_lang: each language counts its stop words among the words some language has ------

def reference_detect_lang(text: str) -> str:
    words = txt._words(text[:2000].lower())
    counts = {lang: sum(word in txt.phrases(lang)["stopwords"] for word in words) for lang in txt.phrase_languages()}
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


_STOPWORDS = sorted({w for lang in txt.phrase_languages() for w in txt.phrases(lang)["stopwords"]})


@given(st.lists(st.sampled_from([*_STOPWORDS, *map(str.upper, _STOPWORDS[:6]), "l'", "ſo", "ıs", "xyz", "é"]), max_size=40),
       st.sampled_from([" ", "\n", "’", "'", ", "]))
def test_detect_lang_counts_the_stop_words_as_before(words, gap):
    text = gap.join(words)
    assert detect_lang(text) == reference_detect_lang(text)
