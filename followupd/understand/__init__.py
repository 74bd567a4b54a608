"""Understanding mail: parse a message, read its invitations, classify it. Pure: no I/O, no clock."""

from followupd.understand.ics import parse_ics

__all__ = ["parse_ics"]
