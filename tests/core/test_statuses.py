import itertools

import pytest

from core.errors import InvalidTransition
from core.requests.statuses import FINAL, TRANSITIONS, Actor, Status, allowed_next, check_transition

S = Status


def test_the_happy_path_of_the_design_is_allowed():
    path = [S.RECEIVED, S.IN_REVIEW, S.NEEDS_INFO, S.IN_REVIEW, S.APPROVED, S.READY, S.DELIVERED]
    for current, target in itertools.pairwise(path):
        check_transition(current, target, Actor.STAFF)


def test_final_statuses_lead_nowhere():
    for status in FINAL:
        for actor in Actor:
            assert allowed_next(status, actor) == []


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.RECEIVED, S.APPROVED),
        (S.RECEIVED, S.DELIVERED),
        (S.REJECTED, S.IN_REVIEW),
        (S.DELIVERED, S.RECEIVED),
        (S.NEEDS_INFO, S.APPROVED),
        (S.APPROVED, S.REJECTED),
        (S.READY, S.IN_REVIEW),
    ],
)
def test_forbidden_transitions_are_refused(current, target):
    with pytest.raises(InvalidTransition) as caught:
        check_transition(current, target, Actor.STAFF)
    assert caught.value.key == "error-transition-forbidden"
    assert caught.value.params == {"current": current.value, "target": target.value}


def test_only_the_citizen_cancels_and_staff_close():
    check_transition(S.IN_REVIEW, S.CANCELLED, Actor.CITIZEN)
    with pytest.raises(InvalidTransition) as caught:
        check_transition(S.IN_REVIEW, S.CANCELLED, Actor.STAFF)
    assert caught.value.key == "error-transition-not-yours"
    with pytest.raises(InvalidTransition):
        check_transition(S.IN_REVIEW, S.APPROVED, Actor.CITIZEN)


def test_every_status_is_reachable_from_received():
    seen, frontier = {S.RECEIVED}, [S.RECEIVED]
    while frontier:
        current = frontier.pop()
        for frm, to in TRANSITIONS:
            if frm == current and to not in seen:
                seen.add(to)
                frontier.append(to)
    assert seen == set(Status)
