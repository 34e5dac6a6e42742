"""Folding what people type into one form for matching words and phrases, in every script the city reads.

`fold` is the one place that decides which spellings count as the same word: case (with Turkish İ/I/ı as
one i), accents and Arabic vowel marks, invisible and bidi controls, Arabic-script letter variants (Arabic
and Persian keyboards, and the Pashto and Sorani letters people without those keyboards replace), digits of
any script, punctuation and emoji. It is for matching only: never store or show folded text.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from core.digits import strip_invisible, to_ascii_digits

# Letters written differently on Arabic and Persian keyboards, and the Pashto and Sorani letters that
# people without those keyboards write with the nearest Persian one. Hamza and madda forms (أ إ آ ؤ ئ ۀ)
# need no entry: their marks go with the other combining marks.
_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ې": "ی",
        "ۍ": "ی",
        "ێ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ە": "ه",
        "ۆ": "و",
        "ڵ": "ل",
        "ڕ": "ر",
        "ګ": "گ",
        "ټ": "ت",
        "ډ": "د",
        "ړ": "ر",
        "ڼ": "ن",
        "ښ": "ش",
        "ږ": "ژ",
        "ٱ": "ا",
        "ـ": "",  # tatweel, a stretch of the line
    }
)
_TURKISH_I = str.maketrans({"İ": "i", "I": "i", "ı": "i"})
_NOT_WORD = re.compile(r"[^\w]+|_+")


def fold(text: str) -> str:
    """Text reduced for matching: lower-case letters and ASCII digits without marks, words joined by one space."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_TURKISH_I).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = to_ascii_digits(unicodedata.normalize("NFC", text).translate(_LETTERS))
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class Phrases:
    """Words and phrases found as whole words in folded text; a trailing `*` lets the last word end in any way.

    Build it once from data (`Phrases.of(...)`), then `find` in as many texts as needed.
    """

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, phrases: Iterable[str]) -> "Phrases":
        """Compiles the phrases (folded here, so the data may be written in any spelling)."""
        alternatives = set()
        for phrase in phrases:
            stem = phrase.rstrip().endswith("*")
            folded = fold(phrase)
            if folded:
                alternatives.add(re.escape(folded) + (r"\w*" if stem else ""))
        if not alternatives:
            return cls(None)
        ordered = sorted(alternatives, key=lambda a: (-len(a), a))  # the longest phrase wins where several start
        return cls(re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)"))

    def find(self, folded: str) -> list[str]:
        """The phrases found in `folded` (a `fold` result), left to right, without overlaps."""
        return [folded[start:end] for start, end in self.spans(folded)]

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the phrases are in `folded`: (start, end) offsets, left to right, without overlaps."""
        return [] if self.pattern is None else [m.span() for m in self.pattern.finditer(folded)]

    def occur_in(self, folded: str) -> bool:
        """Whether any of the phrases is in `folded` (a `fold` result)."""
        return self.pattern is not None and self.pattern.search(folded) is not None

    def words_found(self, folded: str) -> int:
        """How many of the words of `folded` the phrases cover."""
        return sum(len(found.split()) for found in self.find(folded))
