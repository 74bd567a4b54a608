"""followupd: interview follow-up drafts, on time, never sent."""

__version__ = "0.1.0"
