"""What a long-running process does to the garbage collector once it has started (core.heap)."""

import gc
from collections.abc import Iterator

import pytest

from core import heap


@pytest.fixture
def restored() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_settling_freezes_what_start_up_built_and_collects_young_objects_less_often(restored: None) -> None:
    built_at_start_up = [{"catalogue": "tr"}]
    _, middle, old = gc.get_threshold()
    heap.settle()
    assert all(tracked is not built_at_start_up for tracked in gc.get_objects())  # frozen: no collection walks it
    assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, middle, old)  # the older generations keep their pace
    assert heap.YOUNG_THRESHOLD > 700  # CPython's own
