"""Offline language identification for short citizen messages: py3langid plus script and letter rules.

The result is a *hint*: `reliable=True` only means it is safe to suggest a language switch, which the
person always confirms; when unsure, `options` says which languages to offer. Dari (`fa-AF`) and Persian
(`fa`) are one written language to the model: the answer is `fa-AF` when the message holds more Afghan
words than Iranian ones (or when `fa-AF` is the only one of the two among the candidates), else `fa`.
Sorani typed on a Persian keyboard is never confidently Persian, and Arabic, Persian or Pashto written in
Latin letters is never confidently Turkish or Kurmanji: it is unsure, so the person is asked. The words
and letters these rules use are data, in core/language_markers.toml.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import lzma
import math
import mmap
import os
import re
import shutil
import sys
import tempfile
import threading
import tomllib
import unicodedata
import zipfile
from array import array
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from core.private_files import private_directory
from core.text_folding import Phrases, fold

if TYPE_CHECKING:  # imported when the model is first needed, never at import time
    from py3langid.langid import LanguageIdentifier

    # ptc, pc, classes and the automaton (transitions, each state's row, each state's feature), as py3langid's loader
    # gives them; the transitions in memory (_Unpacked) or mapped from a file (_Tables)
    _Unpacked = tuple[Any, Any, list[str], array[int], array[int], array[int]]
    _Tables = tuple[Any, Any, list[str], Sequence[int], array[int], array[int]]

LOCALES = ("tr", "en", "ar", "fa", "fa-AF", "ps", "kmr", "ckb", "uk", "ru", "fr", "so")

# Project locales by script; fa stands for fa-AF too.
_SCRIPTS = {"Latn": ("tr", "en", "fr", "kmr", "so"), "Arab": ("ar", "fa", "ps", "ckb"), "Cyrl": ("uk", "ru")}
# py3langid labels where they differ from ours: ku is Kurmanji (Latin); the model has no Sorani, and
# Southern Kurdish (sdh, Arabic script) stands in; Maghrebi and Egyptian Arabic count as Arabic.
# The model's "zxx" (not a language) is always kept.
_MODEL_CODES = {"kmr": ("ku",), "ckb": ("sdh",), "ar": ("ar", "ary", "arz")}

MARKERS_PATH = Path(__file__).with_name("language_markers.toml")  # words and letters, as data
_KEYWORD_WEIGHT = 1.5
_PERSIAN_KEYBOARD = str.maketrans("يكى", "یکی")  # keywords match whichever keyboard typed them

# İzmir's districts (folded): place names say nothing about the writer's language.
_PLACES = re.compile(
    r"(?:izmir|karsiyaka|bayrakli|bornova|buca|konak|karabaglar|cigli|gaziemir|narlidere|balcova|guzelbahce|"
    r"menemen|torbali|kemalpasa|menderes|urla|cesme|seferihisar|odemis|bergama|aliaga|foca|dikili|selcuk|"
    r"bayindir|kinik|kiraz|beydag|karaburun)|tire(?: |$)"
)
# Arabic written in Latin letters with digits for the letters Latin lacks (3 for ع, 7 for ح, 2 for ء …);
# ordinals and times (2nci, 3rd, 7pm) are not.
_ARABIZI = re.compile(r"[a-z]+[2357][a-z]+|[2357][a-z]{3,}|[a-z]{2,}[2357]")
_NOT_ARABIZI = re.compile(r"\d+(?:[iu]?n?c[iu]|st|nd|rd|th|am|pm|gb|mb|kg)")
_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c\u0640]")
_URLS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+", re.IGNORECASE)
_WITH_DIGITS = re.compile(r"\S*\d\S*")
_APOSTROPHES = str.maketrans("’ʼ`´", "''''")

_MIN_WORDS = 3  # fewer letter-words than this is never reliable
_MIN_CONFIDENCE = 0.8
_MIN_SCRIPT_SHARE = 0.85
_MIN_GUESS = 0.3  # below this the best guess is not worth returning


@dataclass(frozen=True)
class Detection:
    """A language guess for one message."""

    locale: str | None
    confidence: float
    reliable: bool
    # when unsure, the languages worth offering, likeliest first: those of the script (Arabic, Cyrillic), or
    # those whose words are written in Latin letters; empty when the letters do not narrow it down
    options: tuple[str, ...] = ()


log = logging.getLogger(__name__)
_NOTHING = Detection(None, 0.0, False)
_LOCK = threading.Lock()
_MODEL: LanguageIdentifier | None = None  # the whole project model, once loaded
_CACHE_LAYOUT = 1  # of the unpacked tables in a cache directory (_write_tables); a change writes them anew
_TRANSITION_TYPE: Final = "I"  # the automaton's transitions: unsigned 32-bit integers


def _normalise(text: str) -> str:
    """NFC text without controls, URLs, digits, emoji, punctuation or place names; words joined by spaces."""
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text)).translate(_APOSTROPHES)
    text = _WITH_DIGITS.sub(" ", _URLS.sub(" ", text))
    kept = "".join(ch if unicodedata.category(ch)[0] in "LM" or ch == "'" else " " for ch in text)
    words = (word.strip("'") for word in kept.split())
    return " ".join(w for w in words if w and not _PLACES.match(fold(w)))


def _script(ch: str) -> str:
    """Latn, Arab, Cyrl or Other for one letter."""
    name = unicodedata.name(ch, "")
    for prefix, script in (("LATIN", "Latn"), ("ARABIC", "Arab"), ("CYRILLIC", "Cyrl")):
        if name.startswith(prefix):
            return script
    return "Other"


def _dominant_script(text: str) -> tuple[str, float]:
    """The script most letters are in, and the share of letters in it."""
    counts: dict[str, int] = {}
    for ch in text:
        if unicodedata.category(ch)[0] == "L":
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Other", 0.0
    script = max(counts, key=counts.__getitem__)
    return script, counts[script] / sum(counts.values())


def _model_codes(locales: Collection[str]) -> frozenset[str]:
    """The model's labels for `locales`, and zxx."""
    return frozenset(code for loc in locales for code in _MODEL_CODES.get(loc, (loc,))) | {"zxx"}


def _read_model(path: Path, labels: frozenset[str]) -> _Unpacked:
    """py3langid's model file (an npz archive in xz), read a slice at a time, with only the columns of `labels`.

    The same arrays as py3langid.modelio.load_model, restricted like `set_languages` does, without ever holding
    the whole feature table (142 columns, 28 MB) or two copies of the 39 MB automaton: the process's peak
    memory stays near what it keeps (tests/test_language_detection.py compares both readings).
    """
    import numpy as np
    from numpy.lib import format as npy

    def header(member: IO[bytes]) -> tuple[tuple[int, ...], Any]:
        version = npy.read_magic(member)
        shape, fortran_order, dtype = (
            npy.read_array_header_1_0(member) if version == (1, 0) else npy.read_array_header_2_0(member)
        )
        if fortran_order:
            raise ValueError(f"{path}: unexpected column-major array")
        return shape, dtype

    def whole(member: IO[bytes]) -> Any:
        shape, dtype = header(member)
        return np.frombuffer(member.read(), dtype=dtype).reshape(shape)

    def integers(member: IO[bytes]) -> array[int]:
        """A 1-D unsigned or signed integer array as the stdlib array py3langid walks, read in slices."""
        shape, dtype = header(member)
        out = array({(2, "u"): "H", (4, "u"): "I", (4, "i"): "i"}[dtype.itemsize, dtype.kind])
        while chunk := member.read(1 << 20):
            out.frombytes(np.frombuffer(chunk, dtype=dtype).astype(dtype.newbyteorder("="), copy=False).tobytes())
        if len(out) != shape[0]:
            raise ValueError(f"{path}: truncated array")
        return out

    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        with lzma.open(path) as packed:
            shutil.copyfileobj(packed, unpacked, length=1 << 20)
        unpacked.seek(0)
        with zipfile.ZipFile(unpacked) as npz:

            def read(name: str, reader: Callable[[IO[bytes]], Any]) -> Any:
                with npz.open(f"{name}.npy") as member:
                    return reader(member)

            def columns(member: IO[bytes]) -> Any:
                shape, dtype = header(member)
                table = np.empty((shape[0], len(kept)), dtype=dtype)
                rows = (1 << 20) // (shape[1] * dtype.itemsize)
                for start in range(0, shape[0], rows):
                    count = min(rows, shape[0] - start)
                    block = np.frombuffer(member.read(count * shape[1] * dtype.itemsize), dtype=dtype)
                    table[start : start + count] = block.reshape(count, shape[1])[:, kept]
                return table

            classes = read("classes", whole).tolist()
            kept = [i for i, code in enumerate(classes) if code in labels]
            ptc, pc = read("ptc", columns), read("pc", whole)[kept]
            nextmove, rows_of_states = read("nextmove", integers), read("nextmove_row", integers)
            outputs = read("out_feat", integers)
    return ptc, pc, [classes[i] for i in kept], nextmove, rows_of_states, outputs


def _model_key(path: Path, labels: frozenset[str]) -> str:
    """What the unpacked tables depend on: the model file's bytes, the labels kept, the layout and the byte order."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(f"{_CACHE_LAYOUT}:{sys.byteorder}:{','.join(sorted(labels))}".encode())
    return digest.hexdigest()[:16]


def _write_tables(tables: _Unpacked, directory: Path) -> None:
    """Writes the tables into a new directory, the automaton as a file of native integers; whole, or not at all."""
    import numpy as np

    ptc, pc, classes, nextmove, rows_of_states, outputs = tables
    if nextmove.typecode != _TRANSITION_TYPE:
        raise ValueError(f"unexpected automaton of type {nextmove.typecode!r}")
    staging = Path(tempfile.mkdtemp(prefix=".langid-", dir=directory.parent))
    try:
        arrays = {"ptc": ptc, "pc": pc, "classes": np.array(classes), "rows": rows_of_states, "outputs": outputs}
        for name, value in arrays.items():
            value = np.frombuffer(value, dtype=value.typecode) if isinstance(value, array) else value
            np.save(staging / f"{name}.npy", value, allow_pickle=False)
        with open(staging / "nextmove", "wb") as out:
            nextmove.tofile(out)
            out.flush()
            os.fdatasync(out.fileno())
            # Written, the file sits in the page cache as large folios, which a mapping maps whole on its first
            # touch: dropped, it is read back a page at a time (see _map).
            os.posix_fadvise(out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        staging.rename(directory)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not directory.is_dir():  # else another process starting at the same time wrote it first
            raise


def _map(path: Path) -> memoryview:
    """The automaton's transitions, mapped read-only from `path` (see _write_tables)."""
    with open(path, "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    # The automaton is walked at random: without readahead only the pages text reaches become resident (~14 MB
    # after every sample of tests/data/language_samples.tsv, none before any text), and the kernel can drop them.
    mapped.madvise(mmap.MADV_RANDOM)
    return memoryview(mapped).cast(_TRANSITION_TYPE)


def _read_tables(directory: Path) -> _Tables:
    import numpy as np

    def load(name: str) -> Any:
        return np.load(directory / f"{name}.npy", allow_pickle=False)

    def integers(name: str) -> array[int]:
        values = load(name)
        return array(values.dtype.char, values.tobytes())

    tables = load("ptc"), load("pc"), load("classes").tolist()
    return *tables, _map(directory / "nextmove"), integers("rows"), integers("outputs")


def _cached_tables(path: Path, labels: frozenset[str], cache: Path) -> _Tables:
    """The tables from `cache`, unpacked there first if this model and these labels are not there yet.

    Other versions' tables are removed once these are written. Read from the cache, the automaton is a mapped file:
    `_read_model` holds it in memory (39 MB) and unpacks 68 MB of xz on every start.
    """
    directory = private_directory(cache) / f"langid-{_model_key(path, labels)}"
    if not directory.is_dir():
        _write_tables(_read_model(path, labels), directory)
        for old in cache.glob("langid-*"):
            if old != directory:
                shutil.rmtree(old, ignore_errors=True)
    return _read_tables(directory)


def _project_identifier(cache: Path | None = None) -> LanguageIdentifier:
    """The py3langid model shipped in its wheel, loaded once (never at import time), keeping only LOCALES' labels.

    Its feature table has a column per language (142 of them, 28 MB): the 14 kept cost 3 MB. Scores among the
    kept labels are the same as with the whole model restricted to them by `set_languages`. With `cache`, the
    tables are read from there (see _cached_tables), else unpacked into memory. Called under _LOCK.
    """
    global _MODEL
    if _MODEL is None:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

        path, labels = MODEL_DIR / MODEL_FILE, _model_codes(LOCALES)
        tables: _Tables | None = None
        if cache is not None:
            try:
                tables = _cached_tables(path, labels, cache)
            except OSError as exc:  # a read-only data directory, a full disk: the model still works, held in memory
                log.warning("language model not cached in %s (%s); unpacking it into memory", cache, exc)
        ptc, pc, classes, nextmove, rows_of_states, outputs = tables or _read_model(path, labels)
        _MODEL = LanguageIdentifier(ptc, pc, classes, nextmove, outputs, norm_probs=True, tk_row=rows_of_states)
    return _MODEL


@lru_cache(maxsize=16)
def _identifier(codes: frozenset[str]) -> LanguageIdentifier:
    """A copy of the model restricted to `codes` (its big tables are shared), cached per code set."""
    identifier = copy.copy(_project_identifier())
    identifier.set_languages(sorted(codes))
    return identifier


def load_model(cache: Path | None = None) -> None:
    """Loads the model now (run it in a thread at start-up) rather than on the first message.

    `cache` is a private directory where its tables are kept unpacked (the data directory's cache/): a start after
    the first one maps them in milliseconds instead of unpacking the model (~1 s of CPU), and holds ~40 MB less.
    """
    with _LOCK:
        _project_identifier(cache)
        for locales in _SCRIPTS.values():
            _identifier(_model_codes(locales))


def _model_scores(text: str, locales: Collection[str]) -> dict[str | None, float]:
    """Model log-probabilities per locale (None = not a language) among `locales`."""
    codes = _model_codes(locales)
    with _LOCK:  # one loader at a time; classification itself keeps no state
        identifier = _identifier(codes)
    ranked = dict(identifier.rank(text))
    scores: dict[str | None, float] = {None: math.log(ranked.get("zxx", 0.0) + 1e-9)}
    for loc in locales:
        scores[loc] = math.log(sum(ranked.get(code, 0.0) for code in _MODEL_CODES.get(loc, (loc,))) + 1e-9)
    return scores


@dataclass(frozen=True)
class _Markers:
    """core/language_markers.toml, compiled."""

    keywords: dict[str, frozenset[str]]
    letters: tuple[tuple[str, tuple[str, ...], float], ...]
    dari: Phrases
    iranian: Phrases
    sorani: Phrases
    romanised: dict[str, Phrases]


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    """The marker words and letters, read once."""
    data = tomllib.loads(MARKERS_PATH.read_text(encoding="utf-8"))
    return _Markers(
        keywords={loc: frozenset(words.split()) for loc, words in data["keywords"].items()},
        letters=tuple((r["letters"], tuple(r["locales"]), float(r["weight"])) for r in data["letters"]),
        dari=Phrases.of(data["persian"]["dari"]),
        iranian=Phrases.of(data["persian"]["iranian"]),
        sorani=Phrases.of(data["sorani"]["plain"]),
        romanised={loc: Phrases.of(words) for loc, words in data["romanised"].items()},
    )


def _keyword_hits(words: list[str], loc: str) -> int:
    """How many of the words are frequent words of `loc`."""
    keywords = _markers().keywords.get(loc, frozenset())
    return sum(1 for word in words if word in keywords or word.translate(_PERSIAN_KEYBOARD) in keywords)


def _rule_bonus(words: list[str], locales: Collection[str]) -> dict[str, float]:
    """Log-score bonuses from distinctive letters and function words."""
    bonus = dict.fromkeys(locales, 0.0)
    for letters, targets, weight in _markers().letters:
        hits = sum(1 for word in words if any(ch in letters for ch in word))
        for loc in targets:
            if loc in bonus:
                bonus[loc] += weight * min(hits, 3)
    for loc in bonus:
        bonus[loc] += _KEYWORD_WEIGHT * min(_keyword_hits(words, loc), 4)
    return bonus


def _words(clean: str) -> list[str]:
    """The lower-cased words keywords are matched against."""
    return [word for word in re.split(r"[\s']+", clean.replace("İ", "i").lower().replace("\u0307", "")) if word]


def _scores(clean: str, script: str, universe: list[str]) -> dict[str | None, float]:
    """Model log-probabilities plus rule bonuses for every project locale written in `script`."""
    scores = _model_scores(clean, universe)
    refolded = clean.translate(_PERSIAN_KEYBOARD)
    if script == "Arab" and refolded != clean:
        # Persian, Pashto and Sorani typed on an Arabic keyboard are scored as if typed on their own
        for loc, score in _model_scores(refolded, universe).items():
            if loc in ("fa", "ps", "ckb"):
                scores[loc] = max(scores[loc], score)
    for loc, extra in _rule_bonus(_words(clean), universe).items():
        scores[loc] += extra
    return scores


def _romanised(folded: str) -> dict[str, int]:
    """Marker words of Arabic, Persian and Pashto written in Latin letters, per locale (only those found)."""
    hits = {loc: len(set(phrases.find(folded))) for loc, phrases in _markers().romanised.items()}
    arabizi = [w for w in folded.split() if _ARABIZI.fullmatch(w) and not _NOT_ARABIZI.fullmatch(w)]
    hits["ar"] = hits.get("ar", 0) + len(arabizi)
    return {loc: n for loc, n in hits.items() if n}


def _persian_variety(folded: str) -> str | None:
    """fa-AF when the words are more Afghan than Iranian, fa when the other way round, None when they do not say."""
    dari, iranian = len(set(_markers().dari.find(folded))), len(set(_markers().iranian.find(folded)))
    return "fa-AF" if dari > iranian else "fa" if iranian > dari else None


def _offered(ranked: list[str], candidates: Collection[str], variety: str | None) -> tuple[str, ...]:
    """The locales to offer, likeliest first: Persian as the variety its words show, else as both."""
    offered: list[str] = []
    for loc in ranked:
        for shown in (variety,) if loc == "fa" and variety else ("fa", "fa-AF") if loc == "fa" else (loc,):
            if shown in candidates and shown not in offered:
                offered.append(shown)
    return tuple(offered)


def detect_language(text: str, *, candidates: Collection[str]) -> Detection:
    """Guesses which of `candidates` the message is written in, and which to offer when unsure."""
    wanted = {"fa" if loc == "fa-AF" else loc for loc in candidates if loc in LOCALES}
    clean = _normalise(text)  # keeps its case: the model was trained on ordinary text
    script, share = _dominant_script(clean)
    # every project language of the script is scored, so a disabled one can still take the mass
    universe = list(_SCRIPTS.get(script, ()))
    choices = [loc for loc in universe if loc in wanted]
    if not choices:
        return _NOTHING
    folded = fold(text)
    scores = _scores(clean, script, universe)
    sorani = len(set(_markers().sorani.find(folded))) if script == "Arab" else 0
    if sorani:
        scores["ckb"] += _KEYWORD_WEIGHT * min(sorani, 4)
    ranked = sorted(choices, key=scores.__getitem__, reverse=True)
    variety = _persian_variety(folded) if "fa" in choices else None
    if script == "Latn" and (romanised := _romanised(folded)):
        if sum(romanised.values()) >= _keyword_hits(_words(clean), ranked[0]):
            # Arabic, Persian or Pashto in Latin letters: their own script's languages are offered
            order = sorted(romanised, key=lambda loc: -romanised[loc])
            return Detection(None, 0.0, False, _offered(order, candidates, variety))
    options = _offered(ranked, candidates, variety) if script in ("Arab", "Cyrl") else ()
    top = max(scores.values())
    total = sum(math.exp(score - top) for score in scores.values())
    best = ranked[0]
    confidence = round(math.exp(scores[best] - top) / total, 4)
    if confidence < _MIN_GUESS:
        return Detection(None, confidence, False, options)
    if best == "fa":
        best = "fa-AF" if "fa-AF" in candidates and ("fa" not in candidates or variety == "fa-AF") else "fa"
    reliable = (
        len(clean.split()) >= _MIN_WORDS
        and share >= _MIN_SCRIPT_SHARE
        and confidence >= _MIN_CONFIDENCE
        and not (sorani and best in ("fa", "fa-AF"))  # Sorani on a Persian keyboard looks Persian
    )
    return Detection(best, confidence, reliable, options)
