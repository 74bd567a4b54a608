"""The no-send guard refuses every send endpoint, whatever the caller asks (SPEC §2.1)."""

import pytest

from followupd.errors import SendForbidden
from followupd.providers.guard import check_request

G = "http://127.0.0.1:9/gmail/v1/users/me"
M = "http://127.0.0.1:9/v1.0/me"


@pytest.mark.parametrize("method,url", [
    ("POST", f"{G}/messages/send"),
    ("POST", f"{G}/drafts/send"),
    ("POST", "https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=media"),
    ("POST", f"{G}/messages/19fd977f307812c0/modify"),
    ("POST", f"{G}/messages/19fd977f307812c0/trash"),
    ("DELETE", f"{G}/messages/19fd977f307812c0"),
    ("POST", f"{G}/messages/batchDelete"),
    ("POST", f"{M}/sendMail"),
    ("POST", f"{M}/messages/AAMkAD=/send"),
    ("POST", f"{M}/messages/AAMkAD=/reply"),
    ("POST", f"{M}/messages/AAMkAD=/replyAll"),
    ("POST", f"{M}/messages/AAMkAD=/forward"),
    ("POST", f"{M}/messages/AAMkAD=/move"),
    ("POST", f"{M}/mailFolders/inbox/messages/AAMkAD=/Reply"),
])
def test_send_and_mail_altering_endpoints_are_refused(method, url):
    with pytest.raises(SendForbidden):
        check_request(method, url)


@pytest.mark.parametrize("method,url", [
    ("GET", f"{G}/messages/19fd977f307812c0?format=full"),
    ("GET", f"{G}/history?startHistoryId=12"),
    ("POST", f"{G}/drafts"),
    ("PUT", f"{G}/drafts/r123"),
    ("DELETE", f"{G}/drafts/r123"),
    ("POST", f"{M}/messages/AAMkAD=/createReply"),
    ("PATCH", f"{M}/messages/AAMkAD="),
    ("DELETE", f"{M}/messages/AAMkAD="),
    ("GET", f"{M}/mailFolders/inbox/messages/delta"),
])
def test_reading_and_own_draft_endpoints_pass(method, url):
    check_request(method, url)
