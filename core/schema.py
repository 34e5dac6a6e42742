"""Imports every table so that Base.metadata is complete (for migrations and tests)."""

from core.announcements.models import Announcement
from core.audit.models import AuditEntry
from core.canned.models import CannedReply
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import Base
from core.files.models import Upload
from core.inbox.models import ProcessedUpdate
from core.outbox.models import OutboxItem
from core.requests.models import Message, Request, StatusEvent
from core.staff.models import ApiToken, SignInThrottle, StaffSession, StaffUser
from core.transcripts.models import TranscriptEntry
from core.webhooks.models import WebhookDelivery, WebhookTarget

metadata = Base.metadata

__all__ = [
    "Announcement",
    "ApiToken",
    "AuditEntry",
    "CannedReply",
    "Contact",
    "ConversationState",
    "Message",
    "OutboxItem",
    "ProcessedUpdate",
    "Request",
    "SignInThrottle",
    "StaffSession",
    "StaffUser",
    "StatusEvent",
    "TranscriptEntry",
    "Upload",
    "WebhookDelivery",
    "WebhookTarget",
    "metadata",
]
