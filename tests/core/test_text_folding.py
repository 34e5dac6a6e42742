"""Folding for matching: the spellings people type for one word fold to one form, in every script the city reads."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text_folding import Phrases, fold


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("İSTİYORUM", "istiyorum"),
        ("ışık IŞIK Işık", "isik isik isik"),
        ("Karşıyaka'da  SÜT!!", "karsiyaka da sut"),
        ("Kömür yardımı?", "komur yardimi"),
        ("Alîkarî dixwazim", "alikari dixwazim"),
        ("أحتاج إلى مساعدة؟", "احتاج الی مساعده"),  # hamza forms, alef maqsura, ta marbuta
        ("شُكْرًا جزيلاً", "شکرا جزیلا"),  # vowel marks
        ("كمك ي", "کمک ی"),  # Arabic keyboard kaf and yeh are the Persian ones
        ("می\u200cخواهم", "میخواهم"),  # zero-width non-joiner
        ("ســلام", "سلام"),  # tatweel
        ("یارمەتی دەوێت", "یارمهتی دهویت"),  # Sorani letters as typed on a Persian keyboard
        ("مرسته غواړم", "مرسته غوارم"),  # Pashto letters as typed on a Persian keyboard
        ("Помогите, пожалуйста! Ёлка", "помогите пожалуиста елка"),
        ("٦٢٧ ۵۸۶ 033", "627 586 033"),  # digits of every script
        ("👍 Bonjour\u200f, ça va?", "bonjour ca va"),
        ("\u2068ﻻ\u2069", "لا"),  # presentation forms and isolates
        ("", ""),
        ("🙏 ?! …", ""),
    ],
)
def test_spellings_of_one_word_fold_to_one_form(typed, folded):
    assert fold(typed) == folded


@given(st.text())
def test_folding_is_idempotent_and_leaves_single_spaces(text):
    once = fold(text)
    assert fold(once) == once
    assert "  " not in once and once == once.strip()


def test_phrases_match_whole_words_and_marked_stems_in_any_spelling():
    phrases = Phrases.of(["süt", "süt yardımı", "kömür*", "شیر"])
    assert phrases.find(fold("SUT YARDIMI istiyorum")) == ["sut yardimi"]  # the longer phrase wins
    assert phrases.find(fold("Kömürü ne zaman dağıtıyorsunuz")) == ["komuru"]
    assert phrases.find(fold("sütçü geldi")) == []  # not a stem: whole words only
    assert phrases.find(fold("شير للأطفال")) == ["شیر"]  # Arabic keyboard yeh
    assert phrases.words_found(fold("süt yardımı istiyorum")) == 2
    assert Phrases.of([]).find("anything") == [] and Phrases.of(["?!"]).find("x") == []


@given(st.lists(st.sampled_from(["süt", "süt yardımı", "kömür*", "شیر", "ne zaman"]), max_size=4), st.text(max_size=30))
def test_phrases_occur_in_a_text_exactly_when_some_are_found_there(words, text):
    phrases = Phrases.of(words)
    for candidate in (text, f"{text} süt", f"kömürü {text}", f"شير {text}", f"ne {text} zaman"):
        assert phrases.occur_in(fold(candidate)) == bool(phrases.find(fold(candidate)))
