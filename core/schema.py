"""Imports every table so that Base.metadata is complete (for migrations and tests)."""

from core.announcements.models import Announcement
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import Base
from core.inbox.models import ProcessedUpdate
from core.outbox.models import OutboxItem
from core.requests.models import Message, Request, StatusEvent
from core.staff.models import ApiToken, AuditEntry, CannedReply, StaffSession, StaffUser

metadata = Base.metadata

__all__ = [
    "Announcement", "ApiToken", "AuditEntry", "CannedReply", "Contact", "ConversationState", "Message",
    "OutboxItem", "ProcessedUpdate", "Request", "StaffSession", "StaffUser", "StatusEvent", "metadata",
]
