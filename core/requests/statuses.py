"""The status lifecycle of a request, as a transition table."""

from enum import StrEnum

from core.errors import InvalidTransition


class Status(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    NEEDS_INFO = "needs_info"
    APPROVED = "approved"
    READY = "ready"
    DELIVERED = "delivered"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    CLOSED = "closed"


class Actor(StrEnum):
    CITIZEN = "citizen"
    STAFF = "staff"
    SYSTEM = "system"


S, A = Status, Actor

# (from, to) -> who may make that change.
TRANSITIONS: dict[tuple[Status, Status], frozenset[Actor]] = {
    (S.RECEIVED, S.IN_REVIEW): frozenset({A.STAFF, A.SYSTEM}),
    (S.RECEIVED, S.NEEDS_INFO): frozenset({A.STAFF}),
    (S.RECEIVED, S.REJECTED): frozenset({A.STAFF}),
    # The citizen closes a question of theirs by making the application staff invited them to make.
    (S.RECEIVED, S.CLOSED): frozenset({A.STAFF, A.CITIZEN}),
    (S.RECEIVED, S.CANCELLED): frozenset({A.CITIZEN}),
    (S.IN_REVIEW, S.NEEDS_INFO): frozenset({A.STAFF}),
    (S.IN_REVIEW, S.APPROVED): frozenset({A.STAFF}),
    (S.IN_REVIEW, S.REJECTED): frozenset({A.STAFF}),
    (S.IN_REVIEW, S.CLOSED): frozenset({A.STAFF, A.CITIZEN}),
    (S.IN_REVIEW, S.CANCELLED): frozenset({A.CITIZEN}),
    (S.NEEDS_INFO, S.IN_REVIEW): frozenset({A.CITIZEN, A.STAFF, A.SYSTEM}),
    (S.NEEDS_INFO, S.REJECTED): frozenset({A.STAFF}),
    (S.NEEDS_INFO, S.CLOSED): frozenset({A.STAFF, A.CITIZEN}),
    (S.NEEDS_INFO, S.CANCELLED): frozenset({A.CITIZEN}),
    (S.APPROVED, S.READY): frozenset({A.STAFF}),
    (S.APPROVED, S.DELIVERED): frozenset({A.STAFF}),
    (S.APPROVED, S.CANCELLED): frozenset({A.CITIZEN}),
    (S.READY, S.DELIVERED): frozenset({A.STAFF}),
    (S.READY, S.CANCELLED): frozenset({A.CITIZEN}),
}

FINAL = frozenset({S.DELIVERED, S.REJECTED, S.CANCELLED, S.CLOSED})
# Statuses in which the next move is the staff's: these make up the queue.
WAITING_FOR_STAFF = frozenset({S.RECEIVED, S.IN_REVIEW})


def allowed_next(current: Status, actor: Actor) -> list[Status]:
    """Lists the statuses this actor may move a request to from `current`."""
    return [to for (frm, to), actors in TRANSITIONS.items() if frm == current and actor in actors]


def check_transition(current: Status, target: Status, actor: Actor) -> None:
    """Raises InvalidTransition unless `actor` may move a request from `current` to `target`."""
    actors = TRANSITIONS.get((current, target))
    if actors is None:
        raise InvalidTransition("error-transition-forbidden", current=current.value, target=target.value)
    if actor not in actors:
        raise InvalidTransition("error-transition-not-yours", current=current.value, target=target.value)
