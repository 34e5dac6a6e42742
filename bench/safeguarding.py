"""Recall and false positives of the safeguarding detector (core.safeguarding.detector), per language and category.

Measured on the held-out set (tests/data/safeguarding/heldout/<locale>.tsv), written after the phrase lists and
never used to write them; `--tuning` measures the examples the lists were written from instead. Each message
runs through every language's list, as in the bot.

* recall: explicit (or indirect) disclosures whose category the detector named, over all of them;
* flagged: those flagged at all (any category: the person still gets help and staff still see it first);
* false positives: ordinary messages flagged, over all ordinary ones.

Targets: recall >= 95% on explicit disclosures in every language, false positives <= 2% on ordinary messages.

Run from the project root: uv run python bench/safeguarding.py [--tuning] [--misses]
"""

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.safeguarding.detector import Category, detect, phrase_lists  # noqa: E402

DATA = ROOT / "tests" / "data" / "safeguarding"
RECALL_TARGET, FALSE_POSITIVE_TARGET = 95.0, 2.0


def load(path: Path) -> list[tuple[str, str, str]]:
    """(kind, category, text) rows of one file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            kind, category, text = line.split("\t")
            rows.append((kind, category, text))
    return rows


def pct(hits: int, total: int) -> float:
    return 100 * hits / total if total else 0.0


def cell(hits: int, total: int) -> str:
    return f"{hits:>3}/{total:<3} {pct(hits, total):5.1f}%" if total else f"{'-':>15}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tuning", action="store_true", help="measure the tuning examples instead")
    parser.add_argument("--misses", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    folder = DATA / ("tuning" if args.tuning else "heldout")
    started = time.perf_counter()
    lists = phrase_lists()
    loaded = time.perf_counter() - started

    # (locale, kind) -> [named, flagged, total]; (category, kind) -> [named, total]
    by_locale: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    by_category: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    messages, spent = 0, 0.0
    for path in sorted(folder.glob("*.tsv")):
        locale = path.stem
        for kind, category, text in load(path):
            begun = time.perf_counter()
            found = detect.__wrapped__(text)  # uncached: each message timed as a new one
            spent += time.perf_counter() - begun
            messages += 1
            named = found is not None and category in found.categories
            row = by_locale[locale, kind]
            row[0] += named if kind != "ordinary" else found is not None
            row[1] += found is not None
            row[2] += 1
            if kind != "ordinary":
                by_category[category, kind][0] += named
                by_category[category, kind][1] += 1
            wrong = (kind == "ordinary") == (found is not None) or (kind != "ordinary" and not named)
            if wrong and (kind != "indirect" or args.misses):
                got = ",".join(found.categories) if found else "nothing"
                misses.append(f"  {locale:<6} {kind:<8} {category:<18} got {got:<28} {text}")

    print(f"Safeguarding detector on the {'tuning' if args.tuning else 'held-out'} set ({folder.relative_to(ROOT)})")
    print(f"lists: {' '.join(p.label for p in lists)}")
    print()
    print(f"{'locale':<7}{'explicit recall':>16}{'flagged':>16}{'indirect recall':>17}{'false positives':>17}")
    failing = []
    locales = sorted({loc for loc, _ in by_locale})
    for locale in locales:
        explicit, indirect, ordinary = (by_locale[locale, k] for k in ("explicit", "indirect", "ordinary"))
        print(
            f"{locale:<7}{cell(explicit[0], explicit[2]):>16}{cell(explicit[1], explicit[2]):>16}"
            f"{cell(indirect[0], indirect[2]):>17}{cell(ordinary[1], ordinary[2]):>17}"
        )
        if pct(explicit[0], explicit[2]) < RECALL_TARGET or pct(ordinary[1], ordinary[2]) > FALSE_POSITIVE_TARGET:
            failing.append(locale)
    total = [sum(by_locale[loc, k][i] for loc in locales) for k in ("explicit", "ordinary") for i in (0, 1, 2)]
    summary = (cell(total[0], total[2]), cell(total[1], total[2]), "", cell(total[4], total[5]))
    print(f"{'all':<7}{summary[0]:>16}{summary[1]:>16}{summary[2]:>17}{summary[3]:>17}")
    print()
    print(f"{'category':<20}{'explicit recall':>16}{'indirect recall':>17}")
    for category in Category:
        explicit, indirect = by_category[category, "explicit"], by_category[category, "indirect"]
        print(f"{category:<20}{cell(*explicit):>16}{cell(*indirect):>17}")
    print()
    each = 1000 * spent / max(messages, 1)
    print(f"{messages} messages, {each:.2f} ms each (uncached), lists compiled in {loaded:.2f} s")
    verdict = "every language meets" if not failing else f"{', '.join(failing)} miss"
    targets = f"explicit recall >= {RECALL_TARGET:.0f}%, false positives <= {FALSE_POSITIVE_TARGET:.0f}%"
    print(f"targets ({targets}): {verdict}")
    if misses:
        print("\nmisses and false positives" + ("" if args.misses else " (indirect misses: --misses)") + ":")
        print("\n".join(misses))
    option = " --tuning" if args.tuning else ""
    print(f"\nreproduce (from the project root): uv run python bench/safeguarding.py{option}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
