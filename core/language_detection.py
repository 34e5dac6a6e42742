"""Offline language identification for short citizen messages: py3langid plus script and letter rules.

The result is a *hint*: `reliable=True` only means it is safe to suggest a language switch, which the
person always confirms. Dari (`fa-AF`) and Persian (`fa`) are one written language here: the answer is
`fa` unless `fa-AF` is the only one of the two among the candidates (the caller keeps `fa-AF` when the
person chose it).
"""

from __future__ import annotations

import copy
import lzma
import math
import re
import shutil
import tempfile
import threading
import unicodedata
import zipfile
from array import array
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

LOCALES = ("tr", "en", "ar", "fa", "fa-AF", "ps", "kmr", "ckb", "uk", "ru", "fr", "so")

# Project locales by script; fa stands for fa-AF too.
_SCRIPTS = {"Latn": ("tr", "en", "fr", "kmr", "so"), "Arab": ("ar", "fa", "ps", "ckb"), "Cyrl": ("uk", "ru")}
# py3langid labels where they differ from ours: ku is Kurmanji (Latin); the model has no Sorani, and
# Southern Kurdish (sdh, Arabic script) stands in; Maghrebi and Egyptian Arabic count as Arabic.
# The model's "zxx" (not a language) is always kept.
_MODEL_CODES = {"kmr": ("ku",), "ckb": ("sdh",), "ar": ("ar", "ary", "arz")}

# (letters, locales they point to, weight per word containing one), applied on lower-cased text.
_LETTER_RULES = (
    ("ټډړږښګڼېۍځڅ", ("ps",), 4.0),
    ("ەۆێڵڕڤ", ("ckb",), 4.0),
    ("پچژگیک", ("fa", "ps", "ckb"), 1.0),  # Persian-keyboard letters: not Arabic
    ("ةإؤ", ("ar",), 1.5),
    ("يك", ("ar",), 0.5),  # Arabic-keyboard letters, which some Persian writers use too
    ("іїєґ", ("uk",), 5.0),
    ("ыэъё", ("ru",), 5.0),
    ("ğı", ("tr",), 2.0),
    ("öü", ("tr",), 1.0),
    ("êîû", ("kmr",), 1.5),
    ("éèàùâôœ", ("fr",), 1.5),
)
_KEYWORD_WEIGHT = 1.5
_KEYWORDS = {
    "tr": "ve bir bu için mi mı mu mü misiniz musunuz miyim var yok yardım yardımı başvuru başvurum "
    "istiyorum merhaba merhabalar teşekkür teşekkürler lütfen nasıl nereye neden ben biz çok ile ama "
    "değil evet hayır tamam acil",
    "en": "the and i you my me is are to for of please help need can how what where thank thanks hello hi "
    "with have do not it this a we our your was will yes no",
    "fr": "je j le les de des du et est pour pas merci bonjour bonsoir vous nous mon mes une un que qui "
    "avec aide svp ai suis il elle au aux c ça",
    "kmr": "ez em min te we ji bi û ku li di re jî ye e in im çi çawa çima kengê dixwazim dikarim nikarim "
    "alîkarî alîkariyê alikari spas sipas silav slav rojbaş heye hene tune xwe gelek vê wê wî wan heval "
    "kerema bikin bikim",
    "so": "waxaan waa iyo ka ku u ayaan ayaa aan ma la ee oo waxa soo si inaan fadlan mahadsanid caawimaad "
    "caawimaadda asc walaal haa maya weli aad waan wuu way bay buu",
    "ar": "بدي شو فيني في عم ليش وين كتير هيك يلي لحتى عند عندي مو على مع هل الله مرحبا شكرا السلام نحنا هالشهر لو ولا",
    "fa": "است هست هستم را رو این آن برای که چه چی می نمی ممنون مرسی خیلی تشکر کنم کنید دارم داریم "
    "استم استیم شده کمک باشه از در با هم یک بسیار لطفا نیست ندارم ندارد",
    "ps": "زه د دی ده دي او یم یو یې مې موږ مونږ زما ستاسو ته کې په څه څنګه مننه ولې شو غواړم لرم مرسته "
    "شوی شوې شم شي وکړئ راته سره دلته ایا لپاره باندې نشم پکار",
    "ckb": "لە بە بۆ بو ئێمە ئەم ئەو زۆر زور سوپاس چۆن دەمەوێت یارمەتی یارمەتیم هەیە نییە تکایە سڵاو",
    "uk": "і й та що як це мені будь ласка дякую чи так ні немає є де коли можна треба потрібно потрібна "
    "потрібен допомога вже ще щоб привіт добрий добре дуже",
    "ru": "и что как это мне пожалуйста спасибо ли да нет где есть когда можно сколько почему нужно нужна "
    "нужен помощь помогите здравствуйте хорошо очень",
}
_KEYWORD_SETS = {loc: frozenset(words.split()) for loc, words in _KEYWORDS.items()}
_PERSIAN_KEYBOARD = str.maketrans("يكى", "یکی")  # keywords match whichever keyboard typed them

# İzmir's districts (Turkish letters folded): place names say nothing about the writer's language.
_PLACES = re.compile(
    r"(?:izmir|karsiyaka|bayrakli|bornova|buca|konak|karabaglar|cigli|gaziemir|narlidere|balcova|guzelbahce|"
    r"menemen|torbali|kemalpasa|menderes|urla|cesme|seferihisar|odemis|bergama|aliaga|foca|dikili|selcuk|"
    r"bayindir|kinik|kiraz|beydag|karaburun)|tire(?:'|$)"
)
_TURKISH_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")
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


_NOTHING = Detection(None, 0.0, False)
_LOCK = threading.Lock()


def _normalise(text: str) -> str:
    """NFC text without controls, URLs, digits, emoji, punctuation or place names; words joined by spaces."""
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text)).translate(_APOSTROPHES)
    text = _WITH_DIGITS.sub(" ", _URLS.sub(" ", text))
    kept = "".join(ch if unicodedata.category(ch)[0] in "LM" or ch == "'" else " " for ch in text)
    words = (word.strip("'") for word in kept.split())
    return " ".join(w for w in words if w and not _PLACES.match(_lower(w).translate(_TURKISH_FOLD)))


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


def _read_model(path: Path, labels: frozenset[str]) -> tuple[Any, Any, list[str], array, array, array]:
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

    def integers(member: IO[bytes]) -> array:
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


@lru_cache(maxsize=1)
def _project_identifier():
    """The py3langid model shipped in its wheel, loaded once (never at import time), keeping only LOCALES' labels.

    Its feature table has a column per language (142 of them, 28 MB): the 14 kept cost 3 MB. Scores among the
    kept labels are the same as with the whole model restricted to them by `set_languages`.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ptc, pc, classes, nextmove, rows_of_states, outputs = _read_model(MODEL_DIR / MODEL_FILE, _model_codes(LOCALES))
    return LanguageIdentifier(ptc, pc, classes, nextmove, outputs, norm_probs=True, tk_row=rows_of_states)


@lru_cache(maxsize=16)
def _identifier(codes: frozenset[str]):
    """A copy of the model restricted to `codes` (its big tables are shared), cached per code set."""
    identifier = copy.copy(_project_identifier())
    identifier.set_languages(sorted(codes))
    return identifier


def load_model() -> None:
    """Loads the model now (1-3 s of CPU; run it in a thread at start-up) rather than on the first message."""
    for locales in _SCRIPTS.values():
        with _LOCK:
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


def _rule_bonus(words: list[str], locales: Collection[str]) -> dict[str, float]:
    """Log-score bonuses from distinctive letters and function words."""
    bonus = dict.fromkeys(locales, 0.0)
    for letters, targets, weight in _LETTER_RULES:
        hits = sum(1 for word in words if any(ch in letters for ch in word))
        for loc in targets:
            if loc in bonus:
                bonus[loc] += weight * min(hits, 3)
    for loc in bonus:
        keywords = _KEYWORD_SETS.get(loc, frozenset())
        hits = sum(1 for word in words if word in keywords or word.translate(_PERSIAN_KEYBOARD) in keywords)
        bonus[loc] += _KEYWORD_WEIGHT * min(hits, 4)
    return bonus


def _lower(text: str) -> str:
    """Lower-cases with the Turkish dotted capital I folded to a plain i."""
    return text.replace("İ", "i").lower().replace("\u0307", "")


def _scores(clean: str, script: str, universe: list[str]) -> dict[str | None, float]:
    """Model log-probabilities plus rule bonuses for every project locale written in `script`."""
    scores = _model_scores(clean, universe)
    refolded = clean.translate(_PERSIAN_KEYBOARD)
    if script == "Arab" and refolded != clean:
        # Persian, Pashto and Sorani typed on an Arabic keyboard are scored as if typed on their own
        for loc, score in _model_scores(refolded, universe).items():
            if loc in ("fa", "ps", "ckb"):
                scores[loc] = max(scores[loc], score)
    words = [word for word in re.split(r"[\s']+", _lower(clean)) if word]
    for loc, extra in _rule_bonus(words, universe).items():
        scores[loc] += extra
    return scores


def detect_language(text: str, *, candidates: Collection[str]) -> Detection:
    """Guesses which of `candidates` the message is written in."""
    wanted = {"fa" if loc == "fa-AF" else loc for loc in candidates if loc in LOCALES}
    clean = _normalise(text)  # keeps its case: the model was trained on ordinary text
    script, share = _dominant_script(clean)
    # every project language of the script is scored, so a disabled one can still take the mass
    universe = list(_SCRIPTS.get(script, ()))
    choices = [loc for loc in universe if loc in wanted]
    if not choices:
        return _NOTHING
    scores = _scores(clean, script, universe)
    top = max(scores.values())
    total = sum(math.exp(score - top) for score in scores.values())
    best = max(choices, key=scores.__getitem__)
    confidence = round(math.exp(scores[best] - top) / total, 4)
    if confidence < _MIN_GUESS:
        return Detection(None, confidence, False)
    if best == "fa" and "fa" not in candidates:
        best = "fa-AF"
    reliable = len(clean.split()) >= _MIN_WORDS and share >= _MIN_SCRIPT_SHARE and confidence >= _MIN_CONFIDENCE
    return Detection(best, confidence, reliable)
