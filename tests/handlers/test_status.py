"""My applications: the list, one by its reference in any digits, and nothing about anyone else's."""

import re

import pytest
from sqlalchemy import select

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.references import damm_digit, format_reference
from core.requests import service as requests
from core.requests.statuses import Actor, Status
from tests import factories

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


async def request_for(
    ctx, p, *, programme: str = "winter_fuel", language: str = "tr", status: list | None = None, note: str | None = None
) -> str:
    """Creates a request for the person (as if they had applied) and moves it through `status`."""
    async with ctx.db.transaction() as session:
        owner = await contacts.get_or_create(
            session=session, channel=p.channel, platform_user_id=p.user_id, chat_id=p.user_id, language=language
        )
        contacts.record_consent(contact=owner, notice_version="2026-11", locale=language)
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, programme=programme, owner=owner, language=language
        )
        for target in status or []:
            await requests.change_status(
                session=session,
                request=request,
                to=target,
                actor=Actor.STAFF,
                public_note=note if target == status[-1] else None,
            )
        return request.reference


async def test_the_list_shows_programme_status_date_and_next_step(ctx, person):
    p = person("tr")
    await p.command("start")
    first = await request_for(ctx, p, programme="winter_fuel")
    second = await request_for(ctx, p, programme="food_package", status=[Status.IN_REVIEW, Status.NEEDS_INFO])
    text = await p.command("status")
    assert p.keys == ["status-list", "status-item", "status-item", "status-reference-hint"]
    assert "Son 2 başvurunuz:" in text
    assert f"📄 {format_reference(second)}: Gıda kolisi" in text and "Durum: Sizden bilgi bekleniyor" in text
    assert "Sonraki adım: Sizden ek bilgi ya da bir belge bekliyoruz." in text
    assert f"📄 {format_reference(first)}: Kışlık yakacak (kömür) yardımı" in text and "Durum: Alındı" in text
    assert re.search(r"\(\d{1,2} \S+ 20\d\d, \d\d:\d\d itibarıyla\)", text)  # a Turkish date, no seconds
    assert ("🔎 Ayrıntılar", f"ref:{second}") in p.buttons()


async def test_no_applications_yet_offers_to_apply(person):
    p = person("tr")
    text = await p.say("📋 Başvurularım")
    assert "Henüz bir başvurunuz yok." in text and p.buttons() == [("📝 Başvuru yap", "menu:apply")]
    await p.press("menu:apply")
    assert p.keys == ["apply-pick-programme"]


@pytest.mark.parametrize(("platform", "digits"), [("ar", ARABIC_DIGITS), ("fa", PERSIAN_DIGITS), ("tr", None)])
async def test_a_reference_typed_in_any_digits_shows_it_with_the_latest_public_note(ctx, person, platform, digits):
    p = person(platform)
    reference = await request_for(
        ctx,
        p,
        language=platform,
        status=[Status.IN_REVIEW, Status.APPROVED],
        note="Kömürünüz cuma günü teslim edilecek.",
    )
    typed = format_reference(reference).replace(" ", "-")
    typed = typed.translate(digits) if digits else f"\u200f {typed} \u200b"  # bidi and zero-width marks too
    text = await p.say(typed)
    assert p.keys == ["status-detail", "status-public-note"]
    assert format_reference(reference) in text and "Kömürünüz cuma günü teslim edilecek." in text
    expected = {"ar": "تمت الموافقة", "fa": "تأیید شد", "tr": "Onaylandı"}[platform]
    assert expected in text


async def test_someone_elses_reference_reveals_nothing(ctx, person):
    owner, stranger = person("tr"), person("ar")
    reference = await request_for(ctx, owner)
    await stranger.command("start")
    theirs = await stranger.say(reference)
    body = "12345678"
    unknown = body + str(damm_digit(body))
    nobodys = await stranger.say(unknown)
    assert stranger.keys == ["status-check-ask"]  # the second factor is asked for either (handlers.status_check)
    assert theirs.replace(format_reference(reference), "#") == nobodys.replace(format_reference(unknown), "#")
    assert "Kışlık" not in theirs and "فحم" not in theirs
    await stranger.press(f"ref:{reference}")  # a forged button is no way round it
    assert stranger.keys == ["status-check-ask"]


async def test_a_mistyped_reference_is_caught_by_its_check_digit(ctx, person):
    p = person("tr")
    reference = await request_for(ctx, p)
    wrong = reference[:-1] + str((int(reference[-1]) + 1) % 10)
    text = await p.say(wrong)
    assert p.keys == ["error-reference-check-digit"] and "yanlış yazılmış" in text
    text = await p.say("12345678")
    assert p.keys == ["error-reference-length"] and "Başvuru numaraları 9 hanelidir; siz 8 hane yazdınız." in text


async def test_questions_are_listed_too(ctx, person):
    p = person("tr")
    await p.say("Merhaba, kömür yardımı için ne zaman başvuru yapabilirim acaba?")
    await p.accept_notice()
    text = await p.command("status")
    assert "Genel soru, öneri ya da şikâyet" in text and "Son başvurunuz:" in text
    async with ctx.db.transaction() as session:
        contact = (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
        [question] = await requests.list_for_contact(session=session, contact_id=contact.id)
    await p.press(f"ref:{question.reference}")
    assert p.keys == ["status-detail"]


@pytest.mark.parametrize("language", ["tr", "ar", "ps", "fa-AF"])
async def test_a_person_withdraws_an_application_after_confirming_and_nothing_is_erased(ctx, person, language):
    p = person(language)
    reference = await request_for(ctx, p, language=language, status=[Status.IN_REVIEW])
    await p.press(f"ref:{reference}")
    assert p.keys == ["status-detail"] and f"withdraw:ask:{reference}" in [data for _, data in p.buttons()]
    await p.press(f"withdraw:ask:{reference}")
    assert p.keys == ["withdraw-ask"] and format_reference(reference) in p.text
    await p.press("withdraw:no")
    assert p.keys[0] == "withdraw-kept"
    async with ctx.db.transaction() as session:
        assert (await requests.get_by_reference(session=session, reference=reference)).status == Status.IN_REVIEW
    await p.press(f"withdraw:ask:{reference}")
    await p.press(f"withdraw:yes:{reference}")
    assert p.keys[0] == "withdraw-done"
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=reference)
        _, events = await requests.thread(session=session, request_id=request.id)
        assert request.status == Status.CANCELLED and request.national_id_encrypted is not None  # withdrawn, not erased
        assert (events[-1].to_status, events[-1].actor_kind) == (Status.CANCELLED, Actor.CITIZEN)
    await p.press(f"withdraw:yes:{reference}")  # a second tap changes nothing
    assert p.keys == ["withdraw-not-possible"]
    await p.press(f"ref:{reference}")
    assert not [data for _, data in p.buttons() if data.startswith("withdraw:")]  # closed: nothing to withdraw


async def test_nobody_withdraws_someone_else_s_application(ctx, person):
    owner, stranger = person("tr"), person("tr")
    reference = await request_for(ctx, owner)
    await stranger.press(f"withdraw:yes:{reference}")
    assert stranger.keys == ["common-button-expired"]
    async with ctx.db.transaction() as session:
        assert (await requests.get_by_reference(session=session, reference=reference)).status == Status.RECEIVED
