"""Accuracy, confusion matrix and throughput of core.language_detection on the labelled messages.

Run from the project root: uv run python bench/language_accuracy.py
"""

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.language_detection import LOCALES, detect_language  # noqa: E402

SAMPLES_PATH = ROOT / "tests" / "data" / "language_samples.tsv"
COMMAND = "cd /work/main && uv run python bench/language_accuracy.py"


def load_samples() -> list[tuple[str, str]]:
    """(locale, text) rows of the labelled set."""
    rows = []
    for line in SAMPLES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            locale, text = line.split("\t")
            rows.append((locale, text))
    return rows


def word_count(text: str) -> int:
    """Words with at least one letter."""
    return sum(any(ch.isalpha() for ch in word) for word in text.split())


def correct(true: str, predicted: str | None) -> bool:
    """Right answer, counting Persian and Dari as one written language."""
    fold = {"fa-AF": "fa"}
    return predicted is not None and fold.get(true, true) == fold.get(predicted, predicted)


def share(hits: int, total: int) -> str:
    """'hits/total pct%'."""
    return f"{hits:>3}/{total:<3} {100 * hits / total:6.1f}%" if total else "    -"


def main() -> None:
    """Prints the report."""
    samples = load_samples()
    candidates = frozenset(LOCALES)
    started = time.perf_counter()
    detect_language("warm up: load the model", candidates=candidates)
    load_seconds = time.perf_counter() - started
    results = [(true, text, detect_language(text, candidates=candidates)) for true, text in samples]

    print(f"{len(samples)} messages, candidates = all {len(LOCALES)} locales (fa-AF counts as fa)\n")
    print(f"{'locale':<7} {'all messages':>18} {'4+ words':>18} {'reliable, 4+':>18} {'reliable & wrong':>17}")
    totals = Counter()
    for locale in LOCALES:
        mine = [(text, d) for true, text, d in results if true == locale]
        longer = [(text, d) for text, d in mine if word_count(text) >= 4]
        row = {
            "all": sum(correct(locale, d.locale) for _, d in mine),
            "n": len(mine),
            "long": sum(correct(locale, d.locale) for _, d in longer),
            "nlong": len(longer),
            "rel": sum(d.reliable for _, d in longer),
            "bad": sum(d.reliable and not correct(locale, d.locale) for _, d in mine),
        }
        totals.update(row)
        print(
            f"{locale:<7} {share(row['all'], row['n']):>18} {share(row['long'], row['nlong']):>18} "
            f"{share(row['rel'], row['nlong']):>18} {row['bad']:>17}"
        )
    print(
        f"{'total':<7} {share(totals['all'], totals['n']):>18} {share(totals['long'], totals['nlong']):>18} "
        f"{share(totals['rel'], totals['nlong']):>18} {totals['bad']:>17}"
    )

    columns = [*LOCALES, "none"]
    print("\nConfusion matrix, all messages (rows: true, columns: predicted)")
    print("true\\pred " + "".join(f"{c:>6}" for c in columns))
    for locale in LOCALES:
        predicted = Counter(d.locale or "none" for true, _, d in results if true == locale)
        print(f"{locale:<10}" + "".join(f"{predicted[c] or '.':>6}" for c in columns))

    misses = [(true, d, text) for true, text, d in results if not correct(true, d.locale)]
    print(f"\nMisses ({len(misses)}):")
    for true, d, text in misses:
        print(f"  {true:<6} -> {d.locale or 'none':<6} conf={d.confidence:.2f} reliable={d.reliable}  {text}")

    rounds = 5
    started = time.perf_counter()
    for _ in range(rounds):
        for _, text in samples:
            detect_language(text, candidates=candidates)
    elapsed = time.perf_counter() - started
    print(f"\nThroughput: {rounds * len(samples) / elapsed:,.0f} messages/s (single thread, model loaded)")
    print(f"First call incl. model load: {load_seconds:.2f} s")
    print(f"\nReproduce: {COMMAND}")


if __name__ == "__main__":
    main()
