"""Understanding mail: parse a message, read its invitations, classify it. Pure: no I/O, no clock."""

from followupd.understand.classify import understand
from followupd.understand.ics import parse_ics
from followupd.understand.parse import parse_message

__all__ = ["parse_ics", "parse_message", "understand"]
