"""Imports every table so that Base.metadata is complete (for migrations and tests)."""

from core.announcements.models import Announcement
from core.assignment.models import DeskSetting
from core.audit.models import AuditEntry
from core.callbacks.models import Callback
from core.canned.models import CannedReply
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import Base
from core.files.models import Upload
from core.inbox.models import ProcessedUpdate
from core.outbox.models import OutboxItem
from core.queue.models import RequestView, SavedFilter
from core.requests.models import Message, NameToken, Request, StatusEvent
from core.staff.models import ApiToken, SignInThrottle, StaffSession, StaffUser
from core.tags.models import RequestTag, Tag
from core.transcripts.models import TranscriptEntry
from core.webhooks.models import WebhookDelivery, WebhookTarget

metadata = Base.metadata

__all__ = [
    "Announcement",
    "ApiToken",
    "AuditEntry",
    "Callback",
    "CannedReply",
    "Contact",
    "ConversationState",
    "DeskSetting",
    "Message",
    "NameToken",
    "OutboxItem",
    "ProcessedUpdate",
    "Request",
    "RequestTag",
    "RequestView",
    "SavedFilter",
    "SignInThrottle",
    "StaffSession",
    "StaffUser",
    "StatusEvent",
    "Tag",
    "TranscriptEntry",
    "Upload",
    "WebhookDelivery",
    "WebhookTarget",
    "metadata",
]
