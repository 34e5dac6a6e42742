"""Matching what people type against the city's districts, forgiving accents, case and typos."""

import difflib
import unicodedata

from core.digits import strip_invisible
from core.errors import UnknownDistrict

_TURKISH_FOLD = str.maketrans("çğıİöşüÇĞIÖŞÜâîûÂÎÛ", "cgiiosucgiosuaiuaiu")


def fold(text: str) -> str:
    """Reduces a name to lowercase ASCII letters for comparison: 'KARŞIYAKA ' -> 'karsiyaka'."""
    text = strip_invisible(text).translate(_TURKISH_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii()).lower()


class DistrictMatcher:
    """Finds a district by name; built once from the configured list."""

    def __init__(self, districts: list[str]) -> None:
        self._by_key = {fold(name): name for name in districts}

    def match(self, text: str) -> str:
        """Returns the district's official name, or raises UnknownDistrict with suggestions."""
        key = fold(text)
        if key in self._by_key:
            return self._by_key[key]
        close = difflib.get_close_matches(key, self._by_key, n=3, cutoff=0.75)
        if len(close) == 1 or (close and _clear_winner(key, close)):
            return self._by_key[close[0]]
        raise UnknownDistrict(suggestions=[self._by_key[c] for c in close])


def _clear_winner(key: str, close: list[str]) -> bool:
    """Tells whether the best guess is clearly better than the runner-up."""
    scores = [difflib.SequenceMatcher(None, key, c).ratio() for c in close[:2]]
    return scores[0] - scores[1] >= 0.1
