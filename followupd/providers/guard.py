"""The no-send guard (SPEC §2.1): every HTTP request a provider makes passes through
``check_request`` first, whatever the caller asked for. A send endpoint raises SendForbidden,
which nothing catches: it is a bug, never a condition to handle.

Guarantee 2 (never touch the user's mail) is enforced here too for the calls followupd never
needs: modifying, trashing, labelling, moving or deleting a message (only followupd's own
drafts may be written or deleted, through the drafts endpoints).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import SendForbidden

# Gmail: messages.send, drafts.send (and their upload variants), message modify/trash/delete.
_GOOGLE = [
    re.compile(r"/gmail/v1/users/[^/]+/messages/send$"),
    re.compile(r"/gmail/v1/users/[^/]+/drafts/send$"),
    re.compile(r"/upload/gmail/v1/users/[^/]+/(messages|drafts)/send$"),
    re.compile(r"/gmail/v1/users/[^/]+/messages/[^/]+/(modify|trash|untrash)$"),
    re.compile(r"/gmail/v1/users/[^/]+/messages/(batchModify|batchDelete|import|insert)$"),
    re.compile(r"/gmail/v1/users/[^/]+/threads/[^/]+/(modify|trash|untrash)$"),
]
_GOOGLE_DELETE = [
    re.compile(r"/gmail/v1/users/[^/]+/messages/[^/]+$"),
    re.compile(r"/gmail/v1/users/[^/]+/threads/[^/]+$"),
]
# Graph: /send, /sendMail, /reply, /replyAll, /forward (Graph's reply SENDS; createReply drafts),
# and moving or copying a message.
_GRAPH = re.compile(
    r"/(send|sendmail|reply|replyall|forward|move|copy)$", re.IGNORECASE)


def check_request(method: str, url: str) -> None:
    """Raise SendForbidden if (method, url) would send mail or alter the user's mail."""
    path = urlsplit(url).path.rstrip("/")
    method = method.upper()
    for rx in _GOOGLE:
        if rx.search(path):
            raise SendForbidden(f"refused {method} {path}: followupd never sends or alters mail")
    if method == "DELETE" and any(rx.search(path) for rx in _GOOGLE_DELETE):
        raise SendForbidden(f"refused {method} {path}: followupd never deletes a message")
    if "/v1.0/" in path or "/beta/" in path:
        if _GRAPH.search(path):
            raise SendForbidden(f"refused {method} {path}: followupd never sends or alters mail")
        if re.search(r"/sendmail", path, re.IGNORECASE):
            raise SendForbidden(f"refused {method} {path}: followupd never sends mail")
