"""The audit log: one row per staff action on personal data or on the system's configuration."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow


class Action(StrEnum):
    """What an audit entry records."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    CLAIM = "claim"  # details say "automatic" when a push desk gave it (core.assignment)
    RELEASE = "release"
    REASSIGN = "reassign"
    REPLY = "reply"
    STATUS_CHANGE = "status_change"
    MOVE = "move"  # filed under another programme (and desk)
    TAG_ADD = "tag_add"  # a desk's tag put on a request (details: the tag)
    TAG_REMOVE = "tag_remove"
    REVEAL = "reveal"
    SEARCH = "search"  # staff searched by a phone, an identity number or a name (its kind and count, never the value)
    EXPORT = "export"
    ERASE_CONTACT = "erase_contact"
    RETENTION = "retention"
    STAFF_CREATE = "staff_create"
    STAFF_UPDATE = "staff_update"
    STAFF_ENABLE = "staff_enable"
    STAFF_DISABLE = "staff_disable"
    # By an operator (`hemsehri staff reset-password`): the account's sessions and tokens ended. A name, not a secret:
    PASSWORD_RESET = "password_reset"  # noqa: S105
    TOKENS_REVOKE = "tokens_revoke"
    AVAILABILITY = "availability"  # a staff member said they are available, or away
    DESK_UPDATE = "desk_update"  # a desk's way of handing out requests, or its capacity
    CANNED_CREATE = "canned_create"
    CANNED_UPDATE = "canned_update"
    ANNOUNCEMENT_CREATE = "announcement_create"
    ANNOUNCEMENT_CANCEL = "announcement_cancel"
    RETRY_DELIVERY = "retry_delivery"
    CALLBACKS_VIEW = "callbacks_view"  # the call-back list, with the numbers to phone, was shown
    CALLBACK_DONE = "callback_done"
    # Outgoing webhooks (core.webhooks), an admin's: the target by id, its URL and events in the details.
    WEBHOOK_CREATE = "webhook_create"
    WEBHOOK_UPDATE = "webhook_update"  # enabled or disabled
    WEBHOOK_ROTATE = "webhook_rotate"  # a new signing secret
    WEBHOOK_DELETE = "webhook_delete"
    WEBHOOK_REDELIVER = "webhook_redeliver"
    OPEN311_CREATE = "open311_create"
    SAFEGUARDING_FLAG = "safeguarding_flag"  # raised by a citizen's words (no staff member)
    SAFEGUARDING_CONFIRMED = "safeguarding_confirmed"
    SAFEGUARDING_CLEARED = "safeguarding_cleared"
    SAFEGUARDING_VIEW = "safeguarding_view"  # a staff member looked at a flagged request
    # A status asked for from a channel the request was not made on (core.requests.status_check; no staff member).
    STATUS_CHECK_PASSED = "status_check_passed"
    STATUS_CHECK_FAILED = "status_check_failed"  # a wrong second factor, or no such request
    STATUS_CHECK_REFUSED = "status_check_refused"  # too many wrong answers, or a request under safeguarding


class AuditEntry(Base):
    """One entry, chained to the one before by a keyed hash over both (see core.audit.service)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)  # 1, 2, 3 …: a missing number is a deleted entry
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))  # an Action
    target: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    chain: Mapped[str] = mapped_column(String(64))  # HMAC(audit key, previous chain + this entry)
