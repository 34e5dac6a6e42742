"""Accuracy per language (Dari separately), confusions and throughput of core.language_detection, on two sets.

The tuning set (tests/data/language_samples.tsv, language_romanised.tsv) is what the markers and thresholds
were tuned on; the held-out set (tests/data/language_heldout.tsv) was written apart and never tuned on.

Columns, per true label: `exact` counts fa and fa-AF as different answers (Dari separately); `family` counts
them as one written language; `offered` counts the right language among those the bot would offer (the
guess, or the short menu when unsure); `reliable` is the share confident enough to suggest a switch, and
`rel&wrong` the confident mistakes. Romanised Arabic, Persian and Pashto must never be confidently Latin.

Run from the project root: uv run python bench/language_accuracy.py
"""

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.language_detection import LOCALES, Detection, detect_language  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {
    "tuning": (DATA / "language_samples.tsv", DATA / "language_romanised.tsv"),
    "held-out": (DATA / "language_heldout.tsv",),
}
ROMANISED = ("ar-Latn", "fa-Latn", "ps-Latn")
COMMAND = "cd /work/main && uv run python bench/language_accuracy.py"


def load(paths: tuple[Path, ...]) -> list[tuple[str, str]]:
    """(label, text) rows of the files."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, text = line.split("\t")
                rows.append((label, text))
    return rows


def word_count(text: str) -> int:
    """Words with at least one letter."""
    return sum(any(ch.isalpha() for ch in word) for word in text.split())


def family(locale: str | None) -> str | None:
    return "fa" if locale == "fa-AF" else locale


def offered(true: str, d: Detection) -> bool:
    """The right language is the guess, or among the languages offered when unsure."""
    return d.locale == true or (not d.reliable and true in d.options)


def share(hits: int, total: int) -> str:
    """'hits/total pct%'."""
    return f"{hits:>3}/{total:<3} {100 * hits / total:5.1f}%" if total else "        -      "


def report(name: str, results: list[tuple[str, str, Detection]]) -> None:
    """Prints one set's tables."""
    print(f"\n=== {name} set: {len(results)} messages, candidates = all {len(LOCALES)} locales")
    header = ("exact", "family", "exact 4+ words", "exact 1-3 words", "offered", "reliable 4+")
    print(f"{'label':<8}" + "".join(f"{h:>17}" for h in header) + f"{'rel&wrong':>10}")
    totals: Counter[str] = Counter()
    for locale in LOCALES:
        mine = [(text, d) for true, text, d in results if true == locale]
        longer = [d for text, d in mine if word_count(text) >= 4]
        shorter = [d for text, d in mine if word_count(text) < 4]
        row = Counter(
            exact=sum(d.locale == locale for _, d in mine),
            fam=sum(family(d.locale) == family(locale) for _, d in mine),
            n=len(mine),
            long=sum(d.locale == locale for d in longer),
            nlong=len(longer),
            short=sum(d.locale == locale for d in shorter),
            nshort=len(shorter),
            offer=sum(offered(locale, d) for _, d in mine),
            rel=sum(d.reliable for d in longer),
            bad=sum(d.reliable and family(d.locale) != family(locale) for _, d in mine),
        )
        totals.update(row)
        print(_row(locale, row))
    print(_row("total", totals))

    romanised = [(true, text, d) for true, text, d in results if true in ROMANISED]
    if romanised:
        latin = sum(d.reliable and d.locale in ("tr", "kmr", "en", "fr", "so") for _, _, d in romanised)
        unsure = sum(not d.reliable for _, _, d in romanised)
        right = sum(true.removesuffix("-Latn") in d.options for true, _, d in romanised)
        print(
            f"romanised ar/fa/ps: {len(romanised)} messages; confidently a Latin-script language: {latin}; "
            f"unsure: {unsure}; their language offered: {right}"
        )

    confusions = Counter(
        (true, d.locale or "unsure") for true, _, d in results if true not in ROMANISED and d.locale != true
    )
    print("\nConfusions (true -> answered: count; 'unsure' = no guess, the person is asked):")
    for (true, answered), count in sorted(confusions.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {true:<6} -> {answered:<7} {count}")
    misses = [(true, d, text) for true, text, d in results if not offered(true.removesuffix("-Latn"), d)]
    print(f"\nNot even offered ({len(misses)}):")
    for true, d, text in misses:
        print(f"  {true:<7} -> {d.locale or '-':<6} conf={d.confidence:.2f} options={','.join(d.options)}  {text}")


def _row(label: str, row: Counter[str]) -> str:
    cells = (
        share(row["exact"], row["n"]),
        share(row["fam"], row["n"]),
        share(row["long"], row["nlong"]),
        share(row["short"], row["nshort"]),
        share(row["offer"], row["n"]),
        share(row["rel"], row["nlong"]),
    )
    return f"{label:<8}" + "".join(f"{c:>17}" for c in cells) + f"{row['bad']:>10}"


def main() -> None:
    """Prints the report for both sets and the throughput."""
    candidates = frozenset(LOCALES)
    started = time.perf_counter()
    detect_language("warm up: load the model", candidates=candidates)
    load_seconds = time.perf_counter() - started
    every = []
    for name, paths in SETS.items():
        samples = load(paths)
        every += samples
        report(name, [(true, text, detect_language(text, candidates=candidates)) for true, text in samples])

    rounds = 5
    started = time.perf_counter()
    for _ in range(rounds):
        for _, text in every:
            detect_language(text, candidates=candidates)
    elapsed = time.perf_counter() - started
    print(f"\nThroughput: {rounds * len(every) / elapsed:,.0f} messages/s (single thread, model loaded)")
    print(f"First call incl. model load: {load_seconds:.2f} s")
    print(f"\nReproduce: {COMMAND}")


if __name__ == "__main__":
    main()
