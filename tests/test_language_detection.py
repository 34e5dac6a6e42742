"""Language identification: accuracy on the labelled messages and the rules that keep it a safe hint."""

import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from core.language_detection import LOCALES, Detection, detect_language

SAMPLES_PATH = Path(__file__).parent / "data" / "language_samples.tsv"
ALL = frozenset(LOCALES)
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def load_samples() -> list[tuple[str, str]]:
    """(locale, text) rows of the labelled set."""
    rows = []
    for line in SAMPLES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            locale, text = line.split("\t")
            rows.append((locale, text))
    return rows


def word_count(text: str) -> int:
    """Words with at least one letter (numbers and emoji do not count)."""
    return sum(any(ch.isalpha() for ch in word) for word in text.split())


def correct(true: str, predicted: str | None) -> bool:
    """Right answer, counting Persian and Dari as one written language."""
    fold = {"fa-AF": "fa"}
    return predicted is not None and fold.get(true, true) == fold.get(predicted, predicted)


SAMPLES = load_samples()
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def results() -> list[tuple[str, str, Detection]]:
    """Every sample detected once with all locales enabled (loads the model once for the module)."""
    return [(locale, text, detect_language(text, candidates=ALL)) for locale, text in SAMPLES]


def test_the_set_covers_every_locale_with_enough_longer_messages():
    counts = Counter(locale for locale, _ in SAMPLES)
    longer = Counter(locale for locale, text in SAMPLES if word_count(text) >= 4)
    assert set(counts) == ALL
    assert all(counts[locale] >= 30 for locale in ALL), counts
    assert all(longer[locale] >= 20 for locale in ALL), longer
    assert len(set(SAMPLES)) == len(SAMPLES), "a message is listed twice for the same locale"


def test_accuracy_on_messages_of_four_or_more_words(results):
    longer = [(true, d.locale) for true, text, d in results if word_count(text) >= 4]
    accuracy = sum(correct(true, predicted) for true, predicted in longer) / len(longer)
    assert accuracy >= 0.95


@pytest.mark.parametrize("locale", LOCALES)
def test_accuracy_per_locale_on_messages_of_four_or_more_words(results, locale):
    mine = [(text, d) for true, text, d in results if true == locale and word_count(text) >= 4]
    misses = [(text, d.locale) for text, d in mine if not correct(locale, d.locale)]
    assert (len(mine) - len(misses)) / len(mine) >= 0.95, misses


def test_confident_answers_are_almost_never_wrong(results):
    wrong = [(true, text, d) for true, text, d in results if d.reliable and not correct(true, d.locale)]
    assert len(wrong) <= 0.01 * len(results), wrong


def test_most_longer_messages_are_confident_enough_to_suggest(results):
    longer = [d for _, text, d in results if word_count(text) >= 4]
    assert sum(d.reliable for d in longer) >= 0.9 * len(longer)


def test_pashto_is_not_taken_for_persian(results):
    assert [text for true, text, d in results if true == "ps" and d.locale in ("fa", "fa-AF")] == []


def test_sorani_is_not_taken_for_arabic_or_persian(results):
    taken = [text for true, text, d in results if true == "ckb" and d.locale in ("ar", "fa", "fa-AF")]
    assert taken == []


@pytest.mark.parametrize("text", ["ok", "سلام", "👍", "123", "", "   ", "Evet", "Спасибо", "merci!", "Asc"])
def test_very_short_texts_are_never_reliable(text):
    assert detect_language(text, candidates=ALL).reliable is False


@pytest.mark.parametrize("text", ["👍🙏", "123 456", "", "https://izmir.bel.tr 2024-118734", "?!..."])
def test_texts_without_words_give_no_locale(text):
    assert detect_language(text, candidates=ALL) == Detection(None, 0.0, False)


def test_mixed_scripts_are_not_reliable():
    assert detect_language("Hello مرحبا كيف حالك how are you", candidates=ALL).reliable is False


def test_invisible_characters_do_not_change_the_answer(results):
    for _, text, detection in results:
        spaced = INVISIBLE[:3] + "".join(ch + INVISIBLE[i % len(INVISIBLE)] for i, ch in enumerate(text))
        assert detect_language(spaced, candidates=ALL) == detection, text


@pytest.mark.parametrize(
    "candidates",
    [{"tr"}, {"tr", "en"}, {"fa-AF"}, {"fa", "fa-AF", "ps"}, {"ar", "ckb"}, {"uk"}, {"kmr", "so", "fr"}],
    ids=lambda languages: "+".join(sorted(languages)),
)
def test_only_candidates_are_ever_returned(candidates):
    for _, text in SAMPLES:
        assert detect_language(text, candidates=candidates).locale in candidates | {None}, text


def test_other_scripts_give_nothing_when_their_languages_are_disabled():
    for true, text in SAMPLES:
        if true in ("ar", "fa", "fa-AF", "ps", "ckb", "uk", "ru"):
            assert detect_language(text, candidates={"tr", "en"}).locale is None, text


def test_a_disabled_language_is_not_confidently_called_an_enabled_one():
    kurmanji = [text for true, text in SAMPLES if true == "kmr" and word_count(text) >= 4]
    assert not any(detect_language(text, candidates={"tr", "en"}).reliable for text in kurmanji)


def test_iranian_persian_is_fa_and_any_persian_is_fa_af_when_only_dari_is_enabled():
    iranian = [text for true, text in SAMPLES if true == "fa" and word_count(text) >= 4]
    persian = [text for true, text in SAMPLES if true in ("fa", "fa-AF") and word_count(text) >= 4]
    assert all(detect_language(t, candidates={"fa", "fa-AF"}).locale == "fa" for t in iranian)
    assert all(detect_language(t, candidates={"fa-AF", "tr"}).locale == "fa-AF" for t in persian)


@pytest.mark.parametrize(
    "text",
    [
        "نمبر درخواستم را گم کرده‌ام",
        "ما به کمک شما ضرورت داریم",
        "منتظر جواب شما استم",
        "طفلم از دیروز مریض است",
        "دیروز به شفاخانه رفتم و نوبت ندادند",
        "دخترم هنوز به مکتب نمی‌رود",
        "تذکره‌ام گم شده است، چه کنم",
        "از طرف شاروالی به اینجا فرستاده شدم",
    ],
)
def test_dari_words_make_persian_dari(text):
    detection = detect_language(text, candidates=ALL)
    assert detection.locale == "fa-AF"
    assert "fa-AF" in detection.options and "fa" not in detection.options  # «دری» is offered, not «فارسی»


def test_iranian_words_keep_persian_persian_and_neutral_words_offer_both():
    assert detect_language("می‌خوام برای بچه‌ام شیر خشک بگیرم، میشه کمک کنید", candidates=ALL).locale == "fa"
    unsure = detect_language("ضرورت دارم", candidates=ALL)
    assert not unsure.reliable and "fa-AF" in unsure.options and "fa" not in unsure.options
    neutral = detect_language("سلام", candidates=ALL)
    assert not neutral.reliable and {"fa", "fa-AF"} <= set(neutral.options)


@pytest.mark.parametrize(
    "text",
    [
        "سوپاس بو یارمه‌تیتان، زور باشه",
        "ده‌مه‌ویت داوای کری خانوو بکه‌م",
        "منداله‌کانم نه‌خوشن و پاره‌مان نییه",
        "تکایه ژماره‌ی ته‌له‌فونی نووسینگه بنیرن",
    ],
)
def test_sorani_typed_on_a_persian_keyboard_is_never_confidently_persian(text):
    assert "ۆ" not in text and "ێ" not in text and "ڵ" not in text and "ڕ" not in text and "ە" not in text
    detection = detect_language(text, candidates=ALL)
    assert not (detection.reliable and detection.locale in ("fa", "fa-AF")), detection
    assert detection.locale == "ckb" or "ckb" in detection.options


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("baddi sa3de", "ar"),
        ("marhaba, 3andi so2al 3an el talab", "ar"),
        ("mikhastam", "fa"),
        ("salam, mikham bedunam darkhastam chi shod", "fa"),
        ("komak ghwaram", "ps"),
        ("zama nom ahmad de, mrasta ghwaram", "ps"),
    ],
)
def test_romanised_arabic_persian_and_pashto_are_unsure_and_offer_their_language(text, language):
    detection = detect_language(text, candidates=ALL)
    assert not detection.reliable and detection.locale not in ("tr", "kmr")
    assert language in detection.options


@pytest.mark.parametrize(
    "text",
    ["3üncü katta oturuyorum, 2nci çocuğum için süt yardımı istiyorum", "I will call you back at 7pm, thanks"],
)
def test_ordinals_and_times_are_not_taken_for_arabic_in_latin_letters(text):
    assert detect_language(text, candidates=ALL).reliable


def test_when_unsure_the_script_names_the_languages_to_offer():
    arabic = detect_language("أحتاج مساعدة", candidates=ALL)
    assert not arabic.reliable and arabic.options[0] == "ar"
    assert set(arabic.options) == {"ar", "fa", "fa-AF", "ps", "ckb"}
    assert detect_language("مرسته غواړم", candidates=ALL).options[0] == "ps"
    cyrillic = detect_language("Помогите пожалуйста", candidates=ALL)
    assert not cyrillic.reliable and cyrillic.options == ("ru", "uk")
    assert detect_language("help", candidates=ALL).options == ()  # Latin letters alone do not narrow it down
    assert detect_language("أحتاج مساعدة", candidates={"tr", "ar", "fa"}).options == ("ar", "fa")


HELDOUT_PATH = Path(__file__).parent / "data" / "language_heldout.tsv"


def test_the_held_out_set_is_apart_from_the_tuning_samples_and_big_enough():
    rows = [
        tuple(line.split("\t"))
        for line in HELDOUT_PATH.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    tuning = {text for _, text in SAMPLES}
    assert [text for _, text in rows if text in tuning] == []
    longer = Counter(label for label, text in rows if word_count(text) >= 4)
    shorter = Counter(label for label, text in rows if word_count(text) < 4)
    assert all(longer[locale] >= 12 and shorter[locale] >= 5 for locale in LOCALES), (longer, shorter)


def test_unknown_or_no_candidates_give_nothing():
    assert detect_language("Merhaba yardım istiyorum", candidates=set()) == Detection(None, 0.0, False)
    assert detect_language("Merhaba yardım istiyorum", candidates={"de"}).locale is None


def test_confidence_is_a_probability(results):
    assert all(0.0 <= d.confidence <= 1.0 for _, _, d in results)


def test_importing_does_not_load_the_model():
    code = "import core.language_detection as m; print(m._MODEL is None, m._identifier.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True 0"


def test_the_model_is_read_as_py3langid_reads_it_restricted_to_the_projects_labels():
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    from core import language_detection as m

    labels = m._model_codes(LOCALES)
    ptc, pc, classes, nextmove, rows, outputs = m._read_model(MODEL_DIR / MODEL_FILE, labels)
    full_ptc, full_pc, full_classes, full_nextmove, full_rows, full_outputs = load_model(MODEL_DIR / MODEL_FILE)
    kept = [i for i, code in enumerate(full_classes) if code in labels]
    assert len(classes) == 14 and classes == [full_classes[i] for i in kept]  # fa-AF is fa to the model
    assert np.array_equal(ptc, full_ptc[:, kept]) and ptc.dtype == full_ptc.dtype
    assert np.array_equal(pc, full_pc[kept]) and pc.dtype == full_pc.dtype
    assert nextmove == full_nextmove and rows == full_rows and list(outputs) == full_outputs


def test_loading_the_model_at_start_up_prepares_every_scripts_model():
    from core import language_detection as m

    m.load_model()
    codes = {frozenset(m._model_codes(locales)) for locales in m._SCRIPTS.values()}
    assert all(m._identifier(c) is m._identifier(c) for c in codes)
    assert m._identifier.cache_info().currsize >= len(codes)


def test_the_cached_tables_are_the_unpacked_ones_and_written_once(tmp_path):
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from core import language_detection as m

    path, labels, cache = MODEL_DIR / MODEL_FILE, m._model_codes(LOCALES), tmp_path / "cache"
    (cache / "langid-0123456789abcdef").mkdir(parents=True)  # another version's tables
    ptc, pc, classes, nextmove, rows, outputs = m._read_model(path, labels)
    written = m._cached_tables(path, labels, cache)
    (directory,) = cache.iterdir()  # only this version's
    inode = (directory / "nextmove").stat().st_ino
    for cached in (written, m._cached_tables(path, labels, cache)):
        c_ptc, c_pc, c_classes, c_nextmove, c_rows, c_outputs = cached
        assert np.array_equal(c_ptc, ptc) and c_ptc.dtype == ptc.dtype
        assert np.array_equal(c_pc, pc) and c_pc.dtype == pc.dtype and c_classes == classes
        assert isinstance(c_nextmove, memoryview) and c_nextmove.readonly  # mapped, not held in memory
        assert c_nextmove.format == nextmove.typecode and c_nextmove.tobytes() == nextmove.tobytes()
        assert c_rows == rows and c_outputs == outputs
    assert (directory / "nextmove").stat().st_ino == inode
    assert directory.stat().st_mode & 0o077 == 0 and cache.stat().st_mode & 0o077 == 0


def test_the_model_read_from_the_cache_answers_as_the_unpacked_one(results, tmp_path):
    code = """
    import sys
    from pathlib import Path
    from core import language_detection as m
    from tests.test_language_detection import ALL, SAMPLES
    m.load_model(Path(sys.argv[1]))
    print(type(m._MODEL.tk_nextmove).__name__)
    for _, text in SAMPLES:
        print(repr(m.detect_language(text, candidates=ALL)))
    """
    (tmp_path / "taken").write_text("")  # where no directory can be made: held in memory, same answers
    for cache, kind in (
        (tmp_path / "cache", "memoryview"),
        (tmp_path / "cache", "memoryview"),
        (tmp_path / "taken", "array"),
    ):
        out = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), str(cache)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        held, *answers = out.stdout.splitlines()
        assert held == kind  # the first run writes the cache, the second maps it, the third cannot have one
        assert answers == [repr(detection) for _, _, detection in results]
