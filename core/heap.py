"""How a long-running process keeps the garbage collector's work small under load."""

import gc

# Collect the youngest generation after this many more container objects were made than freed, not CPython's 700.
# Under load a webhook process holds ~40 updates in flight, and every young collection walked them all (1,300-7,000
# objects, ~0.5 ms), ~45 times a second, promoting them on their way to the full collections
# (bench/RESULTS.md, issue 18).
YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """What exists by now (modules, classes, the app, catalogues, models) lives as long as the process: collected
    once and frozen, it is kept out of every later collection; and young objects are collected less often."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
