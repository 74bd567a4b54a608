"""followupd's own data types: the contract between understanding, records, planner, drafts,
providers and the store.

Glossary
--------
uid
    A provider's id for one message within one account (a Maildir key prefixed with its folder,
    a Gmail message id, a Graph message id). Stable for the message's life.
message_id
    The RFC 5322 ``Message-ID``, always with its angle brackets (``<abc@host>``).
thread_id
    A provider's conversation id (Gmail ``threadId``, Graph ``conversationId``); ``None`` for a
    Maildir, where threads are read from ``In-Reply-To``/``References``.
employer key
    A stable, normalized name for an employer: its registrable domain (``acme.com``) when it
    has one, otherwise a slug of its name (``name:acme-robotics``).
follow-up key
    A deterministic string naming one follow-up (``thank_you:acme.com/_:evt42:ann@acme.com``);
    it is written into the draft as ``X-Followupd-Key`` so that a draft can be found again after
    a crash.

Every ``datetime`` in these types is timezone-aware. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime  # noqa: F401 - date is a field type below
from enum import StrEnum


class Cls(StrEnum):
    """The classes of SPEC §4."""

    INVITATION = "invitation"
    SCHEDULED = "scheduled"
    REJECTION = "rejection"
    OFFER = "offer"
    DOC_REQUEST = "doc_request"
    STATUS_UPDATE = "status_update"
    ACKNOWLEDGEMENT = "acknowledgement"
    EMPLOYER_OTHER = "employer_other"
    NOISE = "noise"


HIRING_CLASSES = frozenset(c for c in Cls if c is not Cls.NOISE)


class Stage(StrEnum):
    APPLIED = "applied"
    ACKNOWLEDGED = "acknowledged"
    INVITED = "invited"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


class Kind(StrEnum):
    """The kinds of follow-up (SPEC §6)."""

    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    REJECTION_REPLY = "rejection_reply"
    DOCUMENT_REPLY = "document_reply"


class FState(StrEnum):
    """A follow-up's life: planned → drafting → drafted → sent | discarded | retracted;
    or skipped (with a reason) when it will never be drafted."""

    PLANNED = "planned"
    DRAFTING = "drafting"  # intent recorded, draft write may or may not have happened
    DRAFTED = "drafted"
    SENT = "sent"
    DISCARDED = "discarded"  # the user deleted our draft
    RETRACTED = "retracted"  # we deleted our untouched draft because it became obsolete
    SKIPPED = "skipped"


@dataclass(frozen=True, order=True)
class Address:
    """One mailbox. ``email`` is the lower-cased addr-spec; ``name`` the display name."""

    email: str
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "email", self.email.strip().lower())
        object.__setattr__(self, "name", " ".join(self.name.split()))

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    @property
    def first_name(self) -> str:
        """The display name's first word, or "" when there is no usable name."""
        name = self.name
        if "," in name:  # "Doe, Jane"
            name = name.split(",", 1)[1]
        words = [w for w in name.split() if w.strip(".")]
        if not words or "@" in words[0]:
            return ""
        return words[0].strip("\"'")


@dataclass(frozen=True)
class Attendee:
    address: Address
    status: str = "needs-action"  # accepted | declined | tentative | needs-action
    organizer: bool = False
    role: str = ""  # ICS ROLE (REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, NON-PARTICIPANT) or ""


@dataclass(frozen=True)
class Event:
    """A calendar event, from a calendar or from an ICS invitation in a message."""

    uid: str  # iCalendar UID (Google iCalUID, Graph iCalUId)
    start: datetime
    end: datetime
    summary: str = ""
    description: str = ""
    location: str = ""
    status: str = "confirmed"  # confirmed | tentative | cancelled
    sequence: int = 0
    organizer: Address | None = None
    attendees: tuple[Attendee, ...] = ()
    timezone: str | None = None  # the zone the event was written in (the interviewer's)
    recurrence_id: str | None = None
    method: str | None = None  # ICS METHOD: REQUEST | CANCEL | PUBLISH; None from a calendar
    url: str = ""  # conference link

    @property
    def key(self) -> str:
        return self.uid if not self.recurrence_id else f"{self.uid}@{self.recurrence_id}"

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled" or self.method == "CANCEL"


@dataclass(frozen=True)
class ParsedMessage:
    """What the parser reads from one RFC 5322 message (understand.parse.parse_message)."""

    message_id: str
    subject: str = ""
    date: datetime | None = None
    sender: Address | None = None  # From
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name → value, the few used
    text: str = ""  # the whole readable body (HTML turned into text)
    body: str = ""  # text without quoted history and signature: what is classified
    signature: str = ""  # the signature block that was stripped
    invites: tuple[Event, ...] = ()  # ICS parts (text/calendar or .ics attachments)
    attachments: tuple[str, ...] = ()  # file names
    defects: tuple[str, ...] = ()  # what was broken but survived


@dataclass(frozen=True)
class DatePhrase:
    """A date read from text, with the words it came from."""

    date: date
    phrase: str
    # a promised phone call ("I'll call you tomorrow"): no mail will show it kept, so it sets no
    # date for a check-in
    by_phone: bool = False


@dataclass(frozen=True)
class PersonGuess:
    address: Address
    role: str  # recruiter | interviewer | coordinator | unknown


@dataclass(frozen=True)
class Understanding:
    """How one message is understood (understand.classify.understand)."""

    cls: Cls
    score: float = 0.0
    employer: str | None = None  # display name ("Acme Robotics")
    employer_key: str | None = None  # see glossary
    employer_domain: str | None = None
    role: str | None = None
    people: tuple[PersonGuess, ...] = ()
    promised: DatePhrase | None = None
    deadline: DatePhrase | None = None
    documents: tuple[str, ...] = ()  # what a doc_request asks for ("references", "transcript")
    reasons: tuple[str, ...] = ()
    no_reply: bool = False  # the sender is a no-reply address
    ats: str | None = None  # the applicant tracking system it came through
    lang: str = "en"


@dataclass(frozen=True)
class Context:
    """What the classifier may know beyond the message itself."""

    user_emails: frozenset[str] = frozenset()
    known_employer_keys: frozenset[str] = frozenset()
    known_domains: frozenset[str] = frozenset()  # domains of known employers
    thread_employer: str | None = None  # employer key of a known thread this message is in


@dataclass(frozen=True)
class MessageRef:
    """One message as the records and the planner need it (no body)."""

    account: str
    uid: str
    message_id: str
    subject: str
    date: datetime
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    references: tuple[str, ...] = ()
    in_reply_to: str | None = None
    thread_id: str | None = None
    outgoing: bool = False  # written by the user
    cls: Cls | None = None  # None for the user's own messages
    no_reply: bool = False
    followup_key: str | None = None  # X-Followupd-Key, when the user sent one of our drafts


@dataclass(frozen=True)
class Interview:
    uid: str  # Event.key
    start: datetime
    end: datetime
    summary: str = ""
    timezone: str | None = None
    organizer: Address | None = None
    attendees: tuple[Attendee, ...] = ()
    cancelled: bool = False
    account: str = ""
    message: MessageRef | None = None  # the message that carried the invitation, if any


@dataclass(frozen=True)
class DocRequest:
    message: MessageRef
    documents: tuple[str, ...]
    deadline: DatePhrase | None


@dataclass
class Person:
    address: Address
    role: str = "unknown"  # recruiter | interviewer | coordinator | unknown
    no_reply: bool = False


@dataclass
class TimelineEntry:
    when: datetime
    what: str  # "message in: rejection", "interview", "draft: thank_you" …
    ref: str  # uid, event key or follow-up key
    detail: str = ""


@dataclass
class Application:
    """One role at one employer (SPEC §5)."""

    key: str  # "{employer_key}/{role slug or _}"
    employer_key: str
    role: str | None = None
    stage: Stage = Stage.APPLIED
    messages: list[MessageRef] = field(default_factory=list)  # both directions, by date
    interviews: list[Interview] = field(default_factory=list)  # by start
    promised: DatePhrase | None = None
    promised_by: MessageRef | None = None
    doc_requests: list[DocRequest] = field(default_factory=list)
    rejection: MessageRef | None = None
    offer: MessageRef | None = None
    people: dict[str, Person] = field(default_factory=dict)  # email → person
    thread_ids: set[str] = field(default_factory=set)  # provider thread ids
    message_ids: set[str] = field(default_factory=set)  # RFC 5322 ids of the threads
    timeline: list[TimelineEntry] = field(default_factory=list)


@dataclass
class Employer:
    key: str
    name: str
    domains: set[str] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)
    applications: dict[str, Application] = field(default_factory=dict)
    muted: bool = False
    closed: bool = False


@dataclass(frozen=True)
class FollowUpState:
    """What the store remembers of one follow-up."""

    key: str
    kind: Kind
    state: FState
    account: str = ""
    due: datetime | None = None
    draft_id: str | None = None
    thread_id: str | None = None
    content_hash: str | None = None
    touched: bool = False  # the user edited our draft: it is theirs now
    drafted_at: datetime | None = None
    sent_at: datetime | None = None
    reason: str = ""
    employer_key: str = ""
    app_key: str = ""
    in_reply_to: str | None = None  # the parent's Message-ID, to recognise the sent copy
    to: tuple[str, ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Planned:
    """One follow-up as the planner sees it now.

    ``status`` is ``due`` (draft it now), ``waiting`` (due later) or ``cancelled`` (must not be
    drafted; retract our untouched draft if there is one). ``reason`` says why for cancelled.
    """

    key: str
    kind: Kind
    employer_key: str
    app_key: str
    due: datetime
    status: str  # due | waiting | cancelled
    reason: str = ""
    account: str = ""
    to: tuple[Address, ...] = ()
    parent: MessageRef | None = None  # the message replied to (threading), if any
    context: dict = field(default_factory=dict, compare=False, hash=False)  # template values
    flags: tuple[str, ...] = ()  # e.g. ("deadline under 48 h",)


@dataclass(frozen=True)
class OutgoingDraft:
    """A rendered draft, ready for a provider."""

    key: str
    account: str
    raw: bytes  # the RFC 5322 message
    subject: str
    to: tuple[Address, ...]
    thread_id: str | None  # provider thread to file it under
    in_reply_to: str | None
    content_hash: str


@dataclass(frozen=True)
class DraftCopy:
    """One draft as read back from a provider."""

    draft_id: str
    key: str | None  # its X-Followupd-Key, when still there
    content_hash: str  # see drafts.content_hash
    thread_id: str | None = None
