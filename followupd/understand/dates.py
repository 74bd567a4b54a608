"""Dates promised by an employer, and deadlines given to the candidate, read from mail text.

Every date is read relative to the message's own date, in the message's own time zone (the
``sent`` datetime's tzinfo): a message written on Friday evening in Paris is Friday, even when it
is already Saturday in Tokyo.

Semantics (English and French):

* a weekday ("by Friday", "on Friday", "vendredi prochain", "d'ici vendredi") → the next such
  weekday strictly after the message date;
* "tomorrow" / "demain" → the next day;
* "early next week", "beginning of next week" / "début de semaine prochaine" → Tuesday of next
  week (weeks start on Monday);
* "next week", "end of next week" / "la semaine prochaine", "fin de semaine prochaine" → Friday of
  next week;
* "end of the week", "end of this week" / "fin de semaine", "fin de la semaine" → this week's
  Friday (next week's when the message was sent on a Saturday or Sunday);
* "end of the month" / "fin du mois" → the last day of the message's month; "end of January" /
  "fin du mois de janvier" → the last day of that month (its next end on or after the message);
* "within two weeks", "in 2 weeks" / "dans les deux semaines", "sous 2 semaines", "dans un délai de
  deux semaines" → + 14 days;
  "within a week" → + 7 days; "within 10 days" / "sous 10 jours" → + 10 days; French "huit
  jours"/"huitaine" is a week (+ 7) and "quinze jours"/"quinzaine" two weeks (+ 14), as the
  idioms mean;
* "within 5 business days" / "sous 5 jours ouvrés" → + 5 weekdays; "within 48 hours" / "sous 48
  heures" → + 2 days (hours rounded up to whole days); "in about 3 weeks" is "in 3 weeks";
* a range ("within 2-3 weeks", "in 3 to 5 business days", "sous 2 à 3 semaines") → its upper
  bound, the day after which a check-in is fair;
* "5 December", "December 11", "Dec. 11th", "le 5 décembre" → the next occurrence on or after
  the message date (a year written with it is kept); ISO dates "2025-12-11" as written;
* a window counted from the closing date ("within 5 working days of the closing date") → from
  the closing date the message names ("the closing date for this vacancy is 24 March", "… is
  today"); from any other event, or an unnamed closing date, no date;
* ambiguous numeric dates ("11/12") and vague words ("soon", "shortly", "in the coming days",
  "prochainement", "rapidement") give no date.

:func:`find_promised` looks only at sentences where the employer says they will get back,
decide or update: "we'll get back to you by Friday", "you will hear from us early next week",
"nous reviendrons vers vous d'ici vendredi", someone of theirs ("the hiring manager will be in
touch by…", "qui reviendra vers vous d'ici…"), or nobody named ("shortlisted candidates will be
contacted by…", "seront contactés d'ici le…"). A silence window ("if you do not hear from us
within 30 days", "sans retour de notre part sous 4 semaines") is a promise too: the date after
which the candidate may fairly check in. :func:`find_deadline` looks only at sentences
asking the candidate to do something by a date ("please send … by Thursday", "no later than",
"before December 5", "avant le", "au plus tard"). Both keep the matched words in
``DatePhrase.phrase``. Pure: no clock, no I/O.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, datetime, timedelta
from itertools import repeat

from followupd.model import DatePhrase
from followupd.understand.literals import folded

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "couple": 2,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12, "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "déc": 12,
}
_NUMBER = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_FIGURE = r"(?:\s*\(\d{1,2}\))?"  # "three (3) weeks": the figure after the word, as legal and HR letters write it
_NUM = r"(" + _NUMBER + r")" + _FIGURE
# A window given as a range ("2-3 weeks", "3 to 5 business days", "2 à 3 semaines") ends at its
# upper bound, the number _NUM captures after it.
_SPAN = r"(?:" + _NUMBER + r")" + _FIGURE + r"\s*(?:-|–|to|or|à|ou)\s*"
_WD = r"(" + "|".join(_WEEKDAYS) + r")"
_MON = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:,?\s+(\d{4}))?"
# "sous 3 semaines", "dans un délai de trois semaines", "dans un délai d'une semaine", Belgian
# "endéans les trois semaines".
_FR_WITHIN = (
    r"(?:(?:sous|dans) un d[ée]lai (?:maximum |maximal )?(?:de |d'|d’)"
    r"|(?:sous|dans les|dans|d'ici|d’ici|endéans(?: les)?) )"
)
# A window's opening: "within two weeks", "in 2 weeks", and the time asked for ("please give us
# 2-3 weeks to get back to you", "allow us up to 10 days")
_EN_WITHIN = r"(?:within|in|(?:give|allow) (?:us|me)(?: up to)?)"
# "in approximately 3 weeks", "within about 10 days": a rough window is still a window.
_ABOUT = r"(?:(?:approximately|about|around|roughly|approx\.?) )?"


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _next_weekday(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday() - 1) % 7 + 1)


def _this_friday(d: date) -> date:
    if d.weekday() >= 5:
        return _week_start(d) + timedelta(days=11)
    return _week_start(d) + timedelta(days=4)


def _add_business_days(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _month_day(d: date, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        found = date(d.year, month, day)
        return found if found >= d else date(d.year + 1, month, day)
    except ValueError:
        return None


def _month_end(d: date, month: int, year: str | None) -> date:
    """The last day of ``month``: of ``year`` when written, else its next end on or after ``d``."""
    y = int(year) if year else (d.year if month >= d.month else d.year + 1)
    return date(y, month, calendar.monthrange(y, month)[1])


def _days(n: int) -> int:
    # French idiom: "huit jours" is a week, "quinze jours" two weeks.
    return {8: 7, 15: 14}.get(n, n)


# A window counted from something other than the message ("within three weeks of the interview",
# "dans les 15 jours suivant l'entretien") gives no date: its start is not known here (a closing
# date the message names is the one start read, see _FROM_CLOSING).
_FROM_ELSEWHERE = (r"(?!\s+(?:of|after|from|following)\s+(?:the(?! date of (?:this|the) (?:e-?mail|message|letter))|your|our|its|their)\b"
                   # (not the receipt of the application: a receipt's own day, « dans les 10 jours ouvrés suivant la
                   # réception de sa candidature »)
                   r"|\s+(?:après|suivant|à compter d|à partir d)(?![eu]?\s*(?:la\s+|l['’])?(?:réception|ce (?:courriel|message|mail)|cet e-?mail|date d[eu] (?:présent|ce) (?:courriel|message|avis|envoi))))")

# (pattern, resolver(match, message date) -> date | None), English and French together: the
# words do not collide, and a French mail quoting an English one still reads right.
_RULES: list[tuple[re.Pattern, object]] = [
    (r"\b(?:early|beginning of|start of|first thing) next week\b", lambda m, d: _week_start(d) + timedelta(days=8)),
    (r"\bd[ée]but (?:de )?(?:la )?semaine prochaine\b", lambda m, d: _week_start(d) + timedelta(days=8)),
    (r"\b(?:the )?end of (?:the )?next week\b", lambda m, d: _week_start(d) + timedelta(days=11)),
    (r"\bfin (?:de )?(?:la )?semaine prochaine\b", lambda m, d: _week_start(d) + timedelta(days=11)),
    (r"\b(?:later |sometime )?next week\b", lambda m, d: _week_start(d) + timedelta(days=11)),
    (r"\b(?:la |dans la |courant de la |courant )?semaine prochaine\b", lambda m, d: _week_start(d) + timedelta(days=11)),
    (r"\b(?:the )?end of (?:the|this) week\b", lambda m, d: _this_friday(d)),
    (r"\bfin (?:de )?(?:la |cette )?semaine\b", lambda m, d: _this_friday(d)),
    (r"\b(?:the )?end of (?:the month of )?" + _MON + r"\b" + _YEAR, lambda m, d: _month_end(d, _MONTHS[m.group(1).lower()], m.group(2))),
    (r"\b(?:la )?fin (?:du mois )?(?:de |d'|d’)?" + _MON + r"\b" + _YEAR, lambda m, d: _month_end(d, _MONTHS[m.group(1).lower()], m.group(2))),
    (r"\b(?:the )?end of (?:the|this) month\b", lambda m, d: date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])),
    (r"\b(?:la )?fin (?:du|de ce) mois\b", lambda m, d: date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])),
    (r"\b" + _EN_WITHIN + " (?:the next )?" + _ABOUT + "(?:" + _SPAN + ")?" + _NUM + r" (?:business|working) days?\b" + _FROM_ELSEWHERE, lambda m, d: _add_business_days(d, _n(m.group(1)))),
    (r"\b" + _FR_WITHIN + "(?:" + _SPAN + ")?" + _NUM + r" jours? ouvr(?:[ée]s|ables)\b" + _FROM_ELSEWHERE, lambda m, d: _add_business_days(d, _n(m.group(1)))),
    (r"\b" + _EN_WITHIN + " (?:the next )?" + _ABOUT + "(?:" + _SPAN + ")?" + _NUM + r" weeks?\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(weeks=_n(m.group(1)))),
    (r"\b" + _EN_WITHIN + " (?:the next )?" + _ABOUT + "(?:" + _SPAN + ")?" + _NUM + r" days?\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(days=_n(m.group(1)))),
    (r"\b" + _FR_WITHIN + "(?:" + _SPAN + ")?" + _NUM + r" (?:prochaines |suivantes )?semaines?\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(weeks=_n(m.group(1)))),
    (r"\b" + _FR_WITHIN + "(?:" + _SPAN + ")?" + _NUM + r" jours\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(days=_days(_n(m.group(1))))),
    (r"\b" + _EN_WITHIN + " (?:the next )?" + _NUM + r" hours?\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(days=-(-_n(m.group(1)) // 24))),
    (r"\b" + _FR_WITHIN + _NUM + r" heures?\b" + _FROM_ELSEWHERE, lambda m, d: d + timedelta(days=-(-_n(m.group(1)) // 24))),
    (r"\b(?:sous|dans|d'ici|d’ici) (?:une |la )?(huitaine|quinzaine)(?: de jours)?\b", lambda m, d: d + timedelta(days={"huitaine": 7, "quinzaine": 14}[m.group(1).lower()])),
    # how long a stage takes, when a promise counts from it ("the screening usually takes 2-3 weeks:
    # we will contact you within that time")
    (r"\b(?:takes?|lasts?) (?:usually |generally |typically |about |around |approximately |up to )*(?:" + _SPAN + ")?" + _NUM + r" weeks?\b", lambda m, d: d + timedelta(weeks=_n(m.group(1)))),
    (r"\b(?:prend|prendra|dure|durera) (?:généralement |en général |habituellement |environ |en moyenne |jusqu'à )*(?:" + _SPAN + ")?" + _NUM + r" semaines?\b", lambda m, d: d + timedelta(weeks=_n(m.group(1)))),
    (r"\btomorrow\b", lambda m, d: d + timedelta(days=1)),
    (r"\bdemain\b", lambda m, d: d + timedelta(days=1)),
    (r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m, d: _iso(m)),
    # "by 19/07/2024" (day first where the day tells, the US month first where the month does;
    # "03/04/2024" could be either and is no date), "au plus tard le 19.07.2024" (always day first)
    (r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", lambda m, d: _slashed(m)),
    (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", lambda m, d: _on(int(m.group(3)), int(m.group(2)), int(m.group(1)))),
    (r"\b(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?" + _MON + _YEAR + r"\b", lambda m, d: _month_day(d, _MONTHS[m.group(2).lower()], int(m.group(1)), m.group(3))),
    (r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, lambda m, d: _month_day(d, _MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3))),
    (r"\b" + _WD + r",?\s+(?:the\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?" + _MON + _YEAR + r"\b", lambda m, d: _month_day(d, _MONTHS[m.group(3).lower()], int(m.group(2)), m.group(4))),
    (r"\b" + _WD + r",?\s+" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, lambda m, d: _month_day(d, _MONTHS[m.group(2).lower()], int(m.group(3)), m.group(4))),
    (r"\b" + _WD + r"(?:\s+prochain)?\b", lambda m, d: _next_weekday(d, _WEEKDAYS[m.group(1).lower()])),
]
_RULES = [(re.compile(p, re.I), f) for p, f in _RULES]

# A window counted from the closing date ("within three weeks of the closing date", "dans les 15
# jours suivant la clôture des candidatures") is dated when the message names that date, often in
# another sentence ("The closing date for this vacancy is 24 March", "the closing date is today").
_CLOSING = r"(?:(?:the )?closing date|(?:the )?close of applications|(?:la )?(?:date (?:limite )?de )?clôture(?: des candidatures)?)"
_FROM_CLOSING = re.compile(
    r"\b(?:(?:within|in) (?:the next )?" + _ABOUT + "|" + _FR_WITHIN + ")(?:" + _SPAN + ")?" + _NUM
    + r" ((?:business |working )?days?|weeks?|(?:jours? )?ouvr(?:[ée]s|ables)|jours?|semaines?)"
    + r" (?:of|after|from|following|suivant|après|à compter de) " + _CLOSING + r"\b",
    re.I,
)
_CLOSING_NAMED = re.compile(r"\b" + _CLOSING + r"\b(?! (?:of|after|from|following|suivant|après)\b(?! \d))", re.I)
_TODAY = re.compile(r"\b(?:today|aujourd['’]hui)\b", re.I)


def _from_closing(sentence: str, text: str, day: date) -> tuple[int, int, date] | None:
    """A window counted from the closing date in ``sentence``, dated from the closing date that
    ``text`` names, as (start, end, date); None without either."""
    window = _FROM_CLOSING.search(sentence)
    if window is None:
        return None
    for other in sentences(text):
        if _CLOSING_NAMED.search(other):
            closing = day if _TODAY.search(other) else next((when for _, _, when in _dates_in(other, day)), None)
            if closing is not None:
                break
    else:
        return None
    n, unit = _n(window.group(1)), window.group(2).lower()
    if "business" in unit or "working" in unit or "ouvr" in unit:
        when = _add_business_days(closing, n)
    elif unit.startswith(("week", "semaine")):
        when = closing + timedelta(weeks=n)
    else:
        when = closing + timedelta(days=_days(n) if unit.startswith("jour") else n)
    return window.start(), window.end(), when


_LEAD = re.compile(
    r"(?:\b(?:by|on|before|until|till|no later than|not later than|at the latest by|"
    r"d'ici|d’ici|avant|avant le|pour|jusqu'au|jusqu’au|au plus tard|au plus tard le|le|the)\s+)+$",
    re.I,
)


def _iso(m) -> date | None:
    return _on(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _slashed(m) -> date | None:
    """A date written a/b/yyyy: day first when a > 12, month first when b > 12, else unknown."""
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 >= b:
        return _on(year, b, a)
    if b > 12 >= a:
        return _on(year, a, b)
    return _on(year, a, b) if a == b else None


def _dates_in(sentence: str, sent: date) -> list[tuple[int, int, date]]:
    """Every date expression in the sentence as (start, end, date), longest first on overlap."""
    found = []
    for pattern, resolve in _RULES:
        for m in pattern.finditer(sentence):
            if sentence.startswith(("'s ", "’s "), m.end()):
                continue  # a day named for what it has, not by when: "next week's schedule"
            when = resolve(m, sent)
            if when is not None:
                found.append((m.start(), m.end(), when))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, date]] = []
    for start, end, when in found:
        if kept and start < kept[-1][1]:
            continue  # inside a longer expression already kept ("end of next week" ⊃ "next week")
        kept.append((start, end, when))
    return kept


_EDGE, _ASCII_EDGE = r"\b", r"(?a:\b)"


class _Cue:
    """A case-insensitive pattern written in lower case. In a sentence lower-cased by
    :func:`~followupd.understand.literals.folded`, the same pattern without re.I finds the same
    matches at the same places, and CPython's engine runs it about twice as fast."""

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a cue is written in lower case: {pattern!r}")
        if "$" in pattern or "^" in pattern.replace("[^", ""):
            raise ValueError(f"a cue has no ^ or $ (it is also searched in whole texts): {pattern!r}")
        self.anycase, self.lowered = re.compile(pattern, re.I), re.compile(pattern)
        # An ASCII text has only ASCII word characters, so there a leading word boundary can be
        # the ASCII one: the same positions, found by a test several times cheaper than the
        # Unicode one, which a search over a whole text makes at every character.
        self._in_ascii = re.compile(_ASCII_EDGE + pattern[len(_EDGE) :]) if pattern.startswith(_EDGE) else self.lowered

    def search(self, sentence: str, lowered: str | None) -> re.Match | None:
        """The first match in ``sentence``, looked for in ``lowered`` (the sentence folded)
        unless it is None."""
        return self.anycase.search(sentence) if lowered is None else self.lowered.search(lowered)

    def first(self, lowered: str) -> re.Match | None:
        """The first match in ``lowered``, a folded text (as :meth:`search` finds it)."""
        return (self._in_ascii if lowered.isascii() else self.lowered).search(lowered)


# Promise cues, built from families of wordings rather than listed sentence by sentence: who
# acts (the employer: "we", a team or a person of theirs, or nobody named in the passive), a
# modal ("will", "aim to", "devrions pouvoir"), and an act towards the candidate ("get back",
# "be in touch", "faire un retour"). A silence window ("if you do not hear from us within 30
# days", "sans retour de notre part sous 4 semaines") is a promise too: the date after which a
# check-in is fair.
_EN_WILL = (  # (an adverb before the modal: "we now expect to contact all candidates by Friday")
    r"(?:'ll|’ll|'re going to|’re going to|(?:'re|’re|'m|’m| are| am| is) (?:hoping|aiming|planning|expecting) to|"
    r"(?: now| still| also| then| hopefully| usually| normally| typically| generally)? (?:will|shall|should|would|expects? to|hopes? to|aims? to|plans? to|try to|tries to|strives? to|"
    r"endeavou?rs? to|"
    r"intends? to|are going to|am going to|is going to|will be able to|should be able to|can|may))"
)
_EN_ACT = (
    r"(?:get back|be back|come back|circle back|(?:be|get) in touch|(?:be|get) in contact|reach (?:back )?out|"
    r"let (?:you|everyone|everybody|all (?:[\w-]+ )?(?:applicants|candidates)|(?:every|each) (?:[\w-]+ )?(?:applicant|candidate)) know|update you|"
    r"keep you (?:posted|updated|informed)|give you a (?:call|ring|buzz|bell|shout)|(?:call|ring|phone)(?: or (?:e-?mail|text))? you|(?:e-?mail|text) or (?:call|ring|phone) you|"
    r"call (?:every|each|all) (?:applicants?|candidates?)(?: back)?|give you (?:an? |our )?(?:answer|decision|update|response)|"
    r"be (?:calling|contacting|emailing) (?:you|everyone|everybody|(?:the |all )?(?:selected |shortlisted |successful )?"
    r"(?:candidates|applicants))|"
    r"write (?:to )?(?:you|everyone|everybody|(?:every|each) (?:applicant|candidate)|all (?:[\w-]+ )?(?:applicants|candidates))|"
    r"(?:contact|inform|notify|update) (?:you|everyone|everybody|all (?:[\w-]+ )?(?:applicants|candidates)|(?:every|each) (?:[\w-]+ )?(?:applicant|candidate)|"
    r"(?:all |the )?(?:selected |shortlisted |"
    r"successful )?(?:candidates|applicants))|follow up|"
    # a review with its window ("will review your application within 5 business days"), not the
    # review's start ("we'll review all applications after the role closes on 25 April")
    r"(?:review|look at|read) (?:(?:your|the|all) (?:application|cv|resume|candidacy|profile)s?|it|them)(?=[^.;]{0,20}\b(?:within|in the next)\b)|"
    r"respond|reply|revert|decide(?! (?:which|who|whom|on (?:the |a )?shortlist))|make (?:a|our|the|any|final) decisions?|make (?:a |our |the )?final call|have (?:a |an |any |some )?(?:final |definitive |firm |clear )?"
    r"(?:update|answer|news|decision|feedback|response|outcome|result)|share (?:feedback|an update|our decision|the outcome)|"
    r"send you (?:an? )?(?:update|answer|decision|feedback|response|offer)|finali[sz]e|conclude|"
    r"communicate (?:the |our |a |its )?(?:outcome|decision|result)s?|"
    r"confirm (?:next steps|the outcome|our decision|a decision)|complete (?:our|the) (?:review|process|interviews)|finish (?:reviewing|interviewing|our review|the review)|"
    r"(?:close|complete|finish|finali[sz]e) (?:the )?shortlist(?:ing)?)"
)
# Who acts: "we", "I", or someone else on the employer's side, named by the last word of the
# phrase: "the hiring manager", "our recruiting team", "someone from our team", "she". Openers of
# their own for :func:`_words`, not one group: a group is tried at the start of every word.
_EN_WHO = (
    "we", "i", "he", "she", "they", "who", "someone", "somebody", "teams?", "managers?", "recruiters?", "partners?",
    "coordinators?", "committee", "panel", "department", "leads?", "staff", "hr", "consultants?", "advisors?",
    "specialists?", "human", "person", "member",
    # an employer named as an organisation: "The Trust aims to let all applicants know by 7 May"
    "trust", "company", "firm", "organi[sz]ation", "school", "university", "council", "board", "employer",
    "branch", "office", "agency",
)
_EN_NOT = r"(?:do not|don't|don’t|did not|didn't|didn’t|have not|haven't|haven’t|are not|aren't|aren’t)"
_FR_ANSWER = (
    r"(?:une |un |des |notre |nos |sa |leur |de nos |de mes |la |le )?(?:réponse|reponse|retour|décision|decision|nouvelles|"
    r"suite)"
)


def _words(*families: str | tuple[tuple[str, ...], str]) -> str:
    """A pattern matching, at the start of a word, any of ``families``: a pattern, or (openers,
    rest) for each opener followed by rest (each one alternative: no "|" outside a group).

    Built for speed, as a cue is searched in every sentence of many messages: at each word the
    engine tries the alternatives one by one, at a glance for one opening with another letter
    than the word's, but by a jump into it for one opening with a group. So each opener is its
    own alternative, and those opening with the same letter share one: "r(?:eviendr…|etour…)"."""
    tails: dict[str, list[str]] = {}
    for family in families:
        openers, rest = family if isinstance(family, tuple) else ((family,), "")
        for alternative in (opener + rest for opener in openers):
            letter = alternative[0].isalpha() and alternative[1:2] not in ("?", "*", "+", "{")
            head = alternative[0] if letter else alternative
            tails.setdefault(head, []).append(alternative[len(head):])
    return r"\b(?:" + "|".join(
        head + (ends[0] if len(ends) == 1 else "(?:" + "|".join(ends) + ")") for head, ends in tails.items()
    ) + ")"


_EN_BY_US = (  # the act within a clause after the modal: "we will, once the role closes, reply"
    r"\b(?:(?!\b(?:you|your) (?:need|must|should)\b).){0,80}?\b" + _EN_ACT
    + r"(?! (?:to )?(?:me|him|her|them)\b)"  # not an act for someone else: "they'll get back to me"
)
_PROMISE_FAMILIES = {  # each language's wordings, as :func:`_words` reads them
    "en": (
        # we / I / someone of theirs, then a modal and the act; or the modal after "and" ("we're
        # reviewing applications and aim to get back to you")
        (_EN_WHO, _EN_WILL + _EN_BY_US),
        (_EN_WHO, r"(?: are| am| is| have|'re|’re|'m|’m|'ve|’ve)? [^.;?!]{0,60}? and" + _EN_WILL + _EN_BY_US),
        # the subject said before: "…haven't had a chance to read them, but will do so and get back to you next week"
        (("but", "and"), r" will" + _EN_BY_US),
        # someone named: "Laura will call you within 48 hours" (the pronouns have their family)
        r"will(?<!\byou will)(?<!\bi will)(?<!\bwe will)(?<!\bthey will)(?<!\bhe will)(?<!\bshe will)"
        r"(?<!\bit will)(?<!\bthis will)(?<!\bthat will) (?:call you|give you a call|(?:be|get) in touch|"
        r"get back to (?:you|everyone|everybody|all)|contact you|reach out)",
        r"you(?:'ll|’ll| will| should| can| may) (?:expect to )?(?:hear|(?:receive|have|get|expect) (?:an? |our )?(?:answer|response|"
        r"decision|update|feedback|news|reply|notice|notification|status update))",
        # "candidates who were screened in will receive an invitation to the exam by November 29"
        (("candidates", "applicants"), r"\b[^.;]{0,60}\bwill (?:receive|be sent|get) (?:an? |the |our )?(?:invitation|update|"
         r"decision|answer|response|notification|e-?mail|letter|news)"),
        r"you can expect (?:to hear|an? (?:answer|response|decision|update))",
        # "please expect a call or text from our recruiter within 3 to 5 business days"
        r"(?:please )?expect (?:a|an|our) (?:call|phone call|text|e-?mail|message|response|reply|update|answer)\b",
        # "Our team reviews every application within 5 business days"
        (("team", "we", "i"), r" reviews? (?:every|each|all|your|new) (?:applications?|cvs?|resumes?|profiles?|candidac(?:y|ies))\b"),
        r"expect to hear (?:back )?from (?:me|us)\b",
        # time asked for: "please give us 2-3 weeks to get back to you"
        r"(?:give|allow) (?:us|me) [^.;]{1,30}? to (?:get back|come back|respond|reply|review|decide|make)",
        # a commitment: "we commit to responding to everyone within 10 days"
        r"(?:we|i)(?:'re|’re| are| am|'m|’m)? (?:commit(?:ted)?|promise|pledge|undertake) to (?:respond|reply|"
        r"get(?:ting)? back|contact|inform|notify|updat|let|giv)",
        # "we anticipate advising applicants of the outcome within four weeks"
        (("anticipate", "expect"), r" (?:advising|contacting|informing|notifying|getting back|responding|updating|"
         r"making (?:a|our|the|final) decision)"),
        # "final decisions for this position will be communicated to shortlisted candidates by …"
        (("a", "our", "the", "final"),
         r" decisions?(?: (?:for|on|about|regarding) [^.;]{1,40}?)? (?:is|are|will be|should be) (?:expected|made|taken|communicated)"),
        r"expects? to (?:make|have|reach|share|communicate) (?:a |an |our |the |all |any |its |their )?(?:final |interview |hiring )?"
        r"(?:decision|update|answer|news)",
        (("feedback", "results?", "an update", "an answer", "news", "the outcome"), r" (?:will|should) (?:now )?(?:be|come)"),
        # passive: "shortlisted candidates will be contacted by 15 April"
        (("will", "shall", "should", "you'll", "you’ll", "they'll", "they’ll"),
         r" (?:be (?:contacted|notified|informed|intimated|advised|told)|hear (?:back|from (?:us|me)))"),
        # a promise relayed by a recruiter: "he has promised me a decision by Friday"
        r"promised (?:me|us|you) (?:a|an|their|his|her|the) (?:decision|answer|update|response|outcome)",
        # "applicants selected for an interview are generally contacted within 14 days of applying"
        (("are", "is"), r" (?:generally |usually |normally |typically )?(?:contacted|notified|informed)"),
        (("applications", "application", "candidates", "cvs", "resumes", "profiles"),
         r" (?:are|is|will be|get|gets) (?:\w+ )?reviewed"),
        # silence windows: "if you do not hear from us within 30 days"
        (("if", "in case"),
         r" you " + _EN_NOT + r" (?:yet )?(?:hear|heard|receive|received|get|got|been contacted|contacted)"),
        r"should you not (?:hear|receive|be contacted)",
        r"if you (?:receive|get|hear) (?:no|nothing)",
        r"if (?:we|i) " + _EN_NOT + r" (?:get|got|gotten|come|contact|reach|respond|reply|been in touch)",
    ),
    "fr": (
        # nous / je: the verb's ending names the subject, which may stand before an "et" ("nous
        # clôturons les candidatures et donnerons une réponse")
        # (not to someone else: « nous communiquerons avec ces personnes la semaine prochaine », the referees)
        (("reviendr", "contacter", "recontacter", "informer", "communiquer", "répondr", "repondr"),
         r"(?:ons|ai)\b(?!\s+avec\s+(?:ces personnes|elles|eux|celles-ci|ceux-ci|vos (?:références|référents|anciens employeurs)))"),
        "revenons",
        r"tiendr(?:ons|ai)\b\s+inform",
        r"fer(?:ons|ai)\b\s+(?:un\s+)?(?:retour|part|signe)",
        r"fer(?:ons|ai)\b\s+(?:connaître|savoir)\s+" + _FR_ANSWER,
        # « nous vous ferons savoir avant le 20 mai si vous êtes convoquée »
        r"fer(?:ons|ai)\b\s+savoir\b(?=[^.;?!]{0,40}\bsi\b)",
        (("apporter", "donner", "adresser"), r"(?:ons|ai)\b\s+" + _FR_ANSWER),
        r"prendr(?:ons|ai)\b\s+(?:une|notre|la)\s+décision",
        # forms that need their subject: the present, and "on" with the third person; "dire" only
        # to the candidate, about whether ("je te dis d'ici vendredi si on peut se rencontrer")
        (("nous", "je", "on"), r"\s+(?:(?:vous|te) (?:re)?di(?:s|t|rai|rons|ra)\b(?=[^.;?!]{0,40}\b(?:si|pour la suite)\b| (?:ça|cela|quoi)\b| d['’]ici\b| (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|avant|dès)\b)|(?:vous |te |t'|t’)?(?:revien[st]\b(?!\s+vers\s+(?:vous|toi)\s+(?:au sujet|concernant|suite|à propos|pour))|reviendra\b|(?:re)?contactera\b|informera\b|(?:re)?contact(?:e|ons)\b|r[ée]pond(?:s|ons)?\b|"
         r"r?ap?pel(?:le|lons|lerai|lerons|lera)\b|"
         r"r[ée]pondra\b|communiquera\b|tiendra\s+inform|(?:fai[st]|faisons|fera)\s+(?:un\s+)?(?:retour|part|signe)|"
         r"(?:apporter|donner|adresser)a\s+" + _FR_ANSWER + r"|(?:donne|donnons|apporte|apportons|adresse|adressons)\s+"
         + _FR_ANSWER + r"|prendra\s+(?:une|notre|la)\s+décision))"),
        # someone else on the employer's side, acting towards the candidate ("notre équipe vous
        # apportera une réponse", "qui reviendra vers vous")
        (("vous ", "te ", "t'", "t’"),
         r"(?:(?:re)?contacter(?:a|ont)\b|r?appeller(?:a|ont)\b|tiendr(?:a|ont)\b\s+inform|informer(?:a|ont)\b|r[ée]pondr(?:a|ont)\b|"
         r"(?:fer|apporter|donner|communiquer|adresser)(?:a|ont)\b\s+(?:(?:connaître|savoir)\s+)?(?:part|signe|" + _FR_ANSWER + r"))"),
        r"(?:reviendr(?:a|ont)|revien(?:t|nent))\b\s+vers\s+(?:vous|toi|chaque|tous|toutes|l['’]ensemble)",
        # « nous ne manquerons pas de vous recontacter endéans les trois semaines »
        r"manquer(?:ons|ai|a|ont)\s+pas\s+de\s+(?:vous\s+|te\s+|t['’])?(?:recontacter|contacter|revenir|informer|tenir\s+inform|"
        r"faire\s+(?:un\s+)?(?:retour|part|signe)|donner|apporter|adresser|communiquer|r[ée]pondre|rappeler)",
        # « on te tient au courant », « nous vous tiendrons au courant »
        r"(?:vous|te)\s+(?:tiens|tient|tenons|tiendrai|tiendra|tiendrons|tiendront)\s+(?:au\s+courant|informée?s?)",
        # « je vous promets un retour d'ici vendredi »
        r"(?:vous|te)\s+(?:promets|promettons)\s+" + _FR_ANSWER,
        # the passive: « une réponse définitive vous sera apportée d'ici la fin du mois »
        r"(?:réponse|décision|retour)(?:\s+\w+)?\s+(?:vous|te|t['’])\s*sera\s+(?:apporté|donné|communiqué|adressé|transmis|fait)e?",
        # Québec: « une conseillère communiquera avec toi d'ici vendredi »
        r"communiquer(?:a|ont|ons|ai)\s+avec\s+(?:vous|toi)\b",
        r"(?:re)?prendr(?:a|ont|ons|ai)\b\s+(?:directement\s+)?contact\s+avec\s+(?:vous|toi)",
        # a review with its window (« je prendrai le temps de l'étudier d'ici le 1er février »)
        r"prendr(?:ai|ons)\s+le\s+temps\s+de\s+(?:l['’]|les\s+)?(?:étudier|examiner|lire|regarder)",
        # a commitment: « notre équipe s'engage à étudier chaque dossier et à vous répondre »
        (("s'engage", "s’engage", "engageons", "m'engage", "m’engage"),
         r"\s+à\s+(?:[^.;]{0,60}?\bà\s+)?(?:vous |te )?(?:r[ée]pondre|revenir|apporter|donner|faire|recontacter|contacter|"
         r"informer|prévenir|tenir\s+inform|communiquer)"),
        # a modal, maybe with "pouvoir" or "être en mesure de", then the act; the subject written
        # where the form would also fit "tu" or "il" ("tu devrais avoir reçu…")
        (("devrions", "pensons", "comptons", "espérons", "souhaitons", "prévoyons", "allons", "pourrons", r"efforçons\s+de",
          r"serons\s+en\s+mesure\s+de", r"je\s+devrais", r"je\s+pense", r"je\s+compte", "j'espère", "j’espère",
          r"je\s+souhaite", r"je\s+vais", r"je\s+pourrai", r"je\s+serai\s+en\s+mesure\s+de", r"on\s+va",
          r"on\s+devrait"),
         r"\s+(?:(?:pouvoir|être\s+en\s+mesure\s+de)\s+)?(?:vous |te |t'|t’)?(?:revenir|faire|donner|apporter|"
         r"avoir(?!\s+besoin)|prendre\s+(?:une|notre|la)\s+décision|r[ée]pondre|recontacter|contacter|communiquer)"),
        r"(?:vous\s+(?:aurez|recevrez|obtiendrez)|tu\s+(?:auras|recevras|obtiendras))\s+(?:une\s+|un\s+|des\s+|de\s+nos\s+|notre\s+)?"
        r"(?:réponse|reponse|retour|nouvelles|décision|decision)",
        # « vous recevrez d'ici vendredi un courriel vous indiquant si … »
        r"(?:vous\s+recevrez|tu\s+recevras)\s+[^.;]{0,40}?\b(?:une?\s+)?(?:courriel|e-mail|mail|message|réponse|décision|"
        r"convocation)\b",
        (("une", "notre", "la"),
         r"\s+(?:réponse|décision|reponse|decision)\s+(?:vous\s+)?(?:sera|devrait\s+être)"),
        r"retour\s+vous\s+sera",
        # each candidate will have an answer: « chaque candidat recevra une réponse avant la fin du mois »
        r"(?:recevra|recevront|obtiendra|obtiendront|reçoit|reçoivent)\s+(?:une\s+|un\s+|notre\s+)?(?:réponse|reponse|retour|décision|decision)",
        # the present for the future, "nous" understood: « nous lisons votre candidature et vous répondons sous 5 jours »
        r"(?:vous|te)\s+(?:r[ée]pondons|recontactons|contactons)\b",
        # passive: "les candidats retenus seront contactés d'ici le 20 mai"
        r"ser(?:a|as|ez|ont)\s+(?:\w+\s+)?(?:(?:re)?contacté|informé|tenue?s?\s+informé|prévenu|avisé|communiqué|notifié)",
        # silence windows, the employer's ("sans retour de notre part sous 4 semaines"), not the
        # candidate's ("sans réponse de votre part")
        (("sans", r"en\s+l'absence\s+de", r"en\s+l’absence\s+de", r"faute\s+de", r"à\s+défaut\s+de"),
         r"\s+(?:retour|réponse|reponse|nouvelles?)(?!\s+de\s+(?:votre|ta)\s+part)"),
        r"si\s+(?:vous\s+n'avez|vous\s+n’avez|tu\s+n'as|tu\s+n’as)\s+pas\s+(?:eu|reçu|été\s+(?:re)?contacté|de\s+(?:nouvelles|retour|réponse))",
        r"si\s+(?:vous\s+ne\s+recevez|tu\s+ne\s+reçois)\s+pas",
        r"si\s+nous\s+ne\s+(?:vous|t'|t’|te)\s*(?:avons|sommes)\s+pas\s+(?:re)?(?:contacté|revenus)",
        r"si\s+(?:elle|votre\s+candidature|ta\s+candidature)\s+n['’]a\s+pas\s+(?:retenu\s+notre\s+attention|été\s+retenue)",
    ),
}
_PROMISE = {lang: _Cue(_words(*families)) for lang, families in _PROMISE_FAMILIES.items()}
# The imperative asking a candidate for an answer (« Réponds-moi d'ici vendredi si ça t'intéresse »):
# a deadline's cue, and in an invitation a reply's.
_FR_ANSWER_ME = r"(?:réponds|répondez|dis|dites|confirme|confirmez|redis|redites)-moi|(?:fais|faites)-moi signe|(?:laisse|laissez)-moi savoir"
_DEADLINE = {
    "en": _Cue(
        r"\b(?:please|kindly|could you|can you|would you|will you|if you could|if you can|if (?:i|we) could (?:have|get|receive)|(?:we|i)(?:'d| would| will|'ll)? need|we require|"
        r"be sure to|make sure|remember to|(?<!if )you (?:need|have|must|will need) to|you are required to|required(?! (?:in|at) )|"
        r"must be|should be (?:returned|submitted|sent|completed|received|signed)|no later than|not later than|"
        r"at the latest|deadline|due (?:by|on|before)|expires?|send (?:us|me)|submit|return|complete|"
        r"sign and return|reply by|respond by|confirm by|let us know by|let me know by|"
        r"(?:your|a) (?:decision|answer|response|reply|confirmation) (?:by|no later than|before|within)|"
        r"grateful to receive|appreciate receiving|(?:offer|it) (?:is|remains|will (?:remain|be)|stays) (?:open|valid) (?:until|till|through))\b",
    ),
    "fr": _Cue(
        r"\b(?:merci de|veuillez|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|nous aurions besoin|"
        r"nous avons besoin|j'aurais besoin|il (?:vous )?faudra|vous devez|vous devrez|au plus tard|doi(?:t|vent) nous parvenir|"
        r"date limite|avant le|avant la|nous faire parvenir|nous transmettre|nous envoyer|nous retourner|"
        r"me faire parvenir|me transmettre|m'envoyer|compléter|remplir|renvoyer|retourner|signer|"
        r"nous les (?:faire parvenir|transmettre|envoyer|retourner)|"
        r"confirmer (?:votre|ta)|expire|remercie de bien vouloir|remercions de bien vouloir|"
        r"(?:faire part|informer) de (?:votre|ta) (?:réponse|décision)|(?:nous|me) donner (?:votre|ta) (?:réponse|décision)|"
        r"(?:aimerions|souhaiterions|voudrions|aimerais|souhaiterais) avoir (?:votre|ta) (?:réponse|décision|retour)|"
        + _FR_ANSWER_ME + r")\b",
    ),
}


# In an invitation, only a reply asked for by a date is a deadline ("let me know your availability
# by Thursday"): the other dates an invitation names are the times it proposes.
_REPLY_BY = {
    "en": _Cue(
        r"\b(?<!who )(?<!that )(?:let (?:me|us) know|reply|replying|respond|revert(?: back)?|submit(?:ting)? (?:your |some )?(?:times|availability|slots)|indicate (?:your|some|a few) (?:availability|times|slots)|get back to (?:me|us)|hear (?:back|from you)|confirm|send (?:me|us|them|those|it)|send (?:me |us )?(?:your|some|a few) (?:availability|times|slots)|"
        r"(?:let (?:me|us) have|give (?:me|us)) (?:your|some|a few) (?:availability|times|slots)|(?:if you could|please) do so|(?:pick|choose|select|grab|find) "
        r"(?:a |an |your )?(?:new |preferred )?(?:interview )?(?:time ?slot|time|slot)|complete (?:your|the) (?:[\w-]+ ){0,2}?interview|book(?: (?:a |an |your )?(?:time|slot|call|interview|meeting))?)\b[^.?!]{0,100}?\b(?=(?:by|before|no later than|within)\b)"
    ),
    "fr": _Cue(
        r"\b(?:répondre|me faire part|nous faire part|me confirmer|nous confirmer|me communiquer|nous communiquer|"
        r"confirmer (?:votre|ta) (?:présence|venue|participation|disponibilité)|me donner|nous donner|m'indiquer|nous indiquer|me transmettre|nous transmettre|m'envoyer|nous envoyer|me dire|nous dire|"
        r"choisir|sélectionner|réserver|"
        r"besoin de (?:ta|votre) réponse|(?:une|votre|ta) réponse|" + _FR_ANSWER_ME
        + r")\b[^.?!]{0,100}?\b(?=(?:d'ici|avant|au plus tard|sous)\b)"
    ),
}


_PARAGRAPH = re.compile(r"\n\s*\n")
# A sentence ends at the space after . ! ? before a capital, quote or parenthesis (not after a
# time's "p.m.": "by 5:00 p.m. CT on Friday"), or at a bullet between spaces. Written to open
# with the space, which the engine scans for quickly.
_SENTENCE_END = re.compile(r" (?:(?<=[.!?] )(?<![ap]\.m\. )(?<![AP]\.M\. )(?=[A-ZÀ-Ý\"'(])|[•·] )")


@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[str, ...]:
    # Each paragraph on one line with its white space collapsed to single spaces (so a sentence
    # end is one space, never at a line's edge): all lines are split in one pass.
    lines = "\n".join([" ".join(paragraph.split()) for paragraph in _PARAGRAPH.split(text)])
    return tuple(filter(None, _SENTENCE_END.sub("\n", lines).split("\n")))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: paragraphs split at sentence ends and bullets, each on one
    line. (Cached: the classifier and both date finders read the same body.)"""
    return list(_sentences(text))


# A promise to phone ("will give you a call", « vous rappellera »): kept or not, no mail says.
# Read in the cue's last words, its act (not "we will, after the phone screens, get back").
_BY_PHONE = re.compile(r"\b(?<!final )(?:call|ring|buzz|phone|r?ap?pel|téléphon)", re.I)
# Unless a mail may come instead ("I'll ring or email you by Friday"): then a check-in is fair.
_BY_MAIL = re.compile(r"\b(?:e-?mail|courriel|mail|text|write|écri)", re.I)


# A date that names a past event ("suite à notre échange du 25 octobre", "your letter of 3 May",
# "le 12 mars dernier") is not when anything will happen.
_PAST_EVENT = re.compile(
    r"\b(?:échange|entretien|appel|rendez-vous|rencontre|conversation|visite|courrier|message|e-?mail|mail|lettre|"
    r"call|interview|meeting|chat|letter|visit)(?: [\w-]+){0,2} (?:du|de|d'|d’|of|dated) ?$"
    # the user seen on a day: « vous avez été reçu en entretien le 17 juin », "you interviewed with us on 3 May"
    r"|\b(?:reçue?s?|rencontrée?s?|vue?s?) en entretien (?:le |du )?$|\bauditionnée?s? (?:le |du )?$|\binterviewed(?: with (?:us|me|[\w-]+))? on $",
    re.I,
)
_PAST_AFTER = re.compile(r"\s*\b(?:dernier|dernière|last)\b", re.I)
_NEXT_AFTER = re.compile(r"\s*\b(?:prochaine?|next)\b", re.I)
# A date before the promise that ends an absence ("en congés jusqu'à lundi, il regardera les
# candidatures à son retour") is not the promise's. These words point back at a date named before
# the promise, in its sentence or, when the promise names none, in the sentence before it.
_BACK_REFERENCE = re.compile(
    r"\b(?:dans ce délai|dans ces délais|d['’]ici là|à cette date|within (?:that|this) (?:time|window|period)|by then|in that time"
    r"|à l['’]issue de (?:cette|la|sa) (?:réunion|délibération|séance|commission)|(?:after|following) (?:that|this|the) (?:meeting|panel|committee meeting))\b",
    re.I,
)
_UNTIL = re.compile(r"\b(?:jusqu['’](?:à|au)|until|till)(?: le| la| the)? $", re.I)


def _past(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``sentence`` names a past event: "votre entretien de
    mercredi", "the interview of 3 March", "le 12 mars dernier" (not "de jeudi prochain")."""
    if _PAST_AFTER.match(sentence, end):
        return True
    return bool(_PAST_EVENT.search(sentence, 0, start)) and not _NEXT_AFTER.match(sentence, end)


# A promise's words in a clause of condition: "Before we can finalise the process, please send me
# the following by Friday" asks for papers; it promises nothing.
_CONDITION = re.compile(r"\b(?:before|until|till|avant (?:que|de)|jusqu['’]à ce que)\s+$", re.I)
# Nor in a clause of purpose with "can": "Please send it to me by Friday so I can finalize the
# schedule" (but "so we will get back to you by Friday" is a promise).
_PURPOSE = re.compile(r"\b(?:so|so that|in order that|afin que|pour que)\s+$", re.I)
_CAN = re.compile(r"\b(?:can|could|may|might|puisse|puissions|puissent)\b", re.I)


def _in_condition(sentence: str, cue: re.Match) -> bool:
    """Whether the ``cue`` found in ``sentence`` opens a clause of condition (:data:`_CONDITION`)
    or of purpose (:data:`_PURPOSE`)."""
    start = max(0, cue.start() - 20)
    return bool(_CONDITION.search(sentence, start, cue.start())) or bool(
        _PURPOSE.search(sentence, start, cue.start()) and _CAN.search(cue.group()))


def _find(text: str, sent: datetime, cues: _Cue, exclude: _Cue | None, *, promise: bool = False) -> DatePhrase | None:
    day = sent.date()
    lines = sentences(text)
    folded_text = folded("\n".join(lines))
    lowered_lines = repeat(None)
    if folded_text is not None:
        # One search over the whole folded text first: a cue holds no ^ or $, so each match in
        # a sentence is one in the text too. No match: no sentence has a cue. Else no sentence
        # before the first match's line has one either.
        first = cues.first(folded_text)
        if first is None:
            return None
        skip = max(0, folded_text.count("\n", 0, first.start()) - 1)  # (and the one before: a promise may point back at it)
        lines = lines[skip:]
        lowered_lines = folded_text.split("\n")[skip:]
    previous = None
    for sentence, lowered in zip(lines, lowered_lines):
        before, previous = previous, sentence
        cue = cues.search(sentence, lowered)
        if not cue or (promise and _in_condition(sentence, cue)):
            continue
        if exclude is not None and (promised := exclude.search(sentence, lowered)) and not _in_condition(sentence, promised):
            continue  # the employer promising something, not asking
        dates = _dates_in(sentence, day)
        if not dates and promise and before is not None and _BACK_REFERENCE.search(sentence, cue.start()):
            # a promise that points back at the sentence before ("le jury se réunira d'ici la fin
            # du mois. Nous vous tiendrons informée à l'issue de cette réunion"): its date
            # (weeks away, not a past meeting's date carried to next year: "the panel met on 12 February")
            back = [d for d in _dates_in(before, day) if not _past(before, d[0], d[1]) and day < d[2] <= day + timedelta(days=92)]
            if back:
                start, end, when = back[-1]
                return DatePhrase(date=when, phrase=before[start:end].strip(), by_phone=False)
        anchored = _from_closing(sentence, text, day)
        if anchored is not None:
            dates = sorted([*dates, anchored])
        dates = [d for d in dates if not _past(sentence, d[0], d[1])]
        if not dates:
            continue
        # the date nearest after the cue's end (its act: "after the role closes on 25 April we aim
        # to get back to everyone by 9 May"), else the last one before it
        after = [d for d in dates if d[0] >= cue.end()]
        if after:
            start, end, when = after[0]
        else:
            start, end, when = dates[-1]
            between = sentence[end : cue.start()]
            if ";" in between or (": " in between and not _BACK_REFERENCE.search(sentence, cue.end())):
                continue  # another clause's date ("en congés jusqu'au 27 août ; nous vous rappellerons",
                # "les vendanges commencent lundi … : on reviendra vers vous"), unless the promise
                # points back at it ("prend 2 à 3 semaines : nous vous recontacterons dans ce délai")
            if promise and (_UNTIL.search(sentence, 0, start) or when <= day):
                continue  # (a date before the promise that is not after the message: "applied on 2 Nov")
        lead = _LEAD.search(sentence[:start])
        if lead:
            start = lead.start()
        said = cue.group(0)  # its act is in its last words (a slice would make a word edge)
        act = max(0, len(said) - 20)
        by_phone = promise and bool(_BY_PHONE.search(said, act)) and not _BY_MAIL.search(said, act)
        return DatePhrase(date=when, phrase=sentence[start:end].strip(), by_phone=by_phone)
    return None



def _lang(lang: str | None) -> list[str]:
    lang = (lang or "en").lower()[:2]
    return [lang] + [other for other in ("en", "fr") if other != lang]


# Whether a text holds a promise in any language, told by one search: the languages' wordings
# in one cue, those opening with the same letter sharing one alternative. (Only whether it matches
# is read: which wording matches first may differ from the language's own cue.)
_ANY_PROMISE = _Cue(_words(*(family for families in _PROMISE_FAMILIES.values() for family in families)))


def find_promised(text: str, sent: datetime, lang: str | None = "en") -> DatePhrase | None:
    """The date by which the employer says they will get back, decide or update, or None."""
    lowered = folded("\n".join(sentences(text)))
    if lowered is not None and _ANY_PROMISE.first(lowered) is None:
        return None  # most texts promise nothing: one search says so for every language
    for code in _lang(lang):
        if code in _PROMISE:
            found = _find(text, sent, _PROMISE[code], None, promise=True)
            if found:
                return found
    return None


def find_deadline(text: str, sent: datetime, lang: str | None = "en", *, reply_only: bool = False) -> DatePhrase | None:
    """The date by which the candidate is asked to do something, or None. A sentence in which
    the employer promises something is not a deadline. ``reply_only``: only a reply asked for by
    a date counts (an invitation's other dates are the times it proposes)."""
    cues = _REPLY_BY if reply_only else _DEADLINE
    for code in _lang(lang):
        if code in cues:
            found = _find(text, sent, cues[code], _PROMISE.get(code))
            if found:
                return found
    return None
