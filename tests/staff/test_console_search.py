"""The search box of the console and `q` of the REST API: desks, kinds of search, bad input, claiming what was found."""

import re

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.requests.models import Request
from tests import factories
from tests.staff.conftest import sign_in

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def found(html: str) -> list[str]:
    return re.findall(r'<tr class="row" data-reference="(\d+)"', html)


async def two_desks(ctx) -> tuple[Request, Request]:
    """Ayşe Yılmaz's request at social aid, and one with the same name and numbers at the Refugee Desk."""
    async with ctx.db.transaction() as session:
        mine = await factories.request(session, ctx.catalogue, ctx.vault)
        theirs = await factories.request(session, ctx.catalogue, ctx.vault)
        theirs.desk = "refugee_desk"
    return mine, theirs


async def test_the_search_box_finds_my_desks_requests_and_never_another_desks(ctx, client, team):
    mine, theirs = await two_desks(ctx)
    await sign_in(client, "ayse")
    queue = await client.get("/console")
    assert 'id="search-box"' in queue.text and 'action="/console/search"' in queue.text
    for typed in (mine.reference.translate(ARABIC_INDIC), "0532 123 45 67", factories.VALID_TC, "ayse YILMAZ"):
        page = await client.get("/console/search", params={"q": typed})
        assert page.status_code == 200, typed
        assert found(page.text) == [mine.reference], typed
        assert f'href="/console/requests/{mine.reference}"' in page.text
    nothing = await client.get("/console/search", params={"q": theirs.reference})
    assert found(nothing.text) == [] and "Masalarınızda buna uyan talep yok." in nothing.text
    async with ctx.db.transaction() as session:
        kinds = [
            e.details["kind"] for e in (await session.execute(select(AuditEntry))).scalars() if e.action == "search"
        ]
    assert kinds == ["phone", "national_id", "name"]


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Aramak için bir başvuru numarası, telefon, kimlik numarası ya da ad yazın."),
        ("     ", "Aramak için bir başvuru numarası, telefon, kimlik numarası ya da ad yazın."),
        ("x" * 10_000, "Bu, bir başvuru numarası, telefon ya da ad için fazla uzun."),
        ("12 34", "Bu sayı bir başvuru numarasına, telefona ya da kimlik numarasına benzemiyor."),
        ("<script>alert(1)</script>", "Masalarınızda buna uyan talep yok."),
        ("أحمد الكريم", "Masalarınızda buna uyan talep yok."),
    ],
)
async def test_bad_searches_get_a_clear_answer_never_a_server_error(ctx, client, team, typed, says):
    await sign_in(client, "ayse")
    page = await client.get("/console/search", params={"q": typed})
    assert page.status_code in (200, 422)
    assert says in page.text
    assert "<script>alert" not in page.text


async def test_a_search_in_arabic_is_answered_in_arabic_right_to_left(ctx, client, team):
    await two_desks(ctx)
    csrf = await sign_in(client, "ayse")
    await client.post("/console/locale", data={"csrf": csrf, "locale": "ar", "next": "/console"})
    page = await client.get("/console/search", params={"q": "0532 123 45 67"})
    assert '<html lang="ar" dir="rtl">' in page.text and "وُجد طلب واحد." in page.text
    empty = await client.get("/console/search", params={"q": " "})
    assert "اكتب رقم طلب أو هاتفاً أو رقم هوية أو اسماً للبحث." in empty.text


async def test_a_request_found_is_opened_and_claimed_from_its_page(ctx, client, team):
    mine, _ = await two_desks(ctx)
    csrf = await sign_in(client, "ayse")
    page = await client.get(f"/console/requests/{mine.reference}")
    assert 'id="claim-this"' in page.text
    claimed = await client.post(f"/console/requests/{mine.reference}/claim", data={"csrf": csrf})
    assert claimed.status_code == 303 and claimed.headers["location"].endswith("?notice=claimed")
    page = await client.get(f"/console/requests/{mine.reference}")
    assert 'id="claim-this"' not in page.text and 'id="reply-form"' in page.text

    await client.post("/console/logout", data={"csrf": csrf})
    csrf = await sign_in(client, "mehmet")
    taken = await client.post(f"/console/requests/{mine.reference}/claim", data={"csrf": csrf})
    assert taken.status_code == 303 and "error=error-not-your-claim" in taken.headers["location"]
    refused = await client.get(taken.headers["location"])
    assert "Bu talep başka bir temsilcide." in refused.text
    assert (await client.post(f"/console/requests/{mine.reference}/claim", data={})).status_code == 403  # no CSRF


async def test_the_api_searches_with_q_within_the_callers_desks(ctx, client, team):
    mine, theirs = await two_desks(ctx)
    for q in (mine.reference.translate(ARABIC_INDIC), "+90 532 123 45 67", "Ayşe"):
        answer = await client.get("/api/v1/requests", params={"q": q}, headers=team.agent.bearer)
        assert answer.status_code == 200, q
        assert [r["reference"] for r in answer.json()["items"]] == [mine.reference]
    refugee = await client.get("/api/v1/requests", params={"q": "ayse yilmaz"}, headers=team.refugee_agent.bearer)
    assert [r["reference"] for r in refugee.json()["items"]] == [theirs.reference]
    bad = await client.get("/api/v1/requests", params={"q": "  "}, headers=team.agent.bearer)
    assert bad.status_code == 422 and bad.json()["detail"][0]["msg"] == "error-search-empty"
    long = await client.get("/api/v1/requests", params={"q": "x" * 10_000}, headers=team.agent.bearer)
    assert long.status_code == 422
    claim = await client.post(f"/api/v1/requests/{mine.reference}/claim", headers=team.agent.bearer)
    assert claim.status_code == 200 and claim.json()["assignee_id"] == team.agent.user.id
    again = await client.post(f"/api/v1/requests/{mine.reference}/claim", headers=team.other_agent.bearer)
    assert again.status_code == 403 and again.json()["detail"]["key"] == "error-not-your-claim"
    schema = (await client.get("/api/openapi.json")).json()
    assert any(p["name"] == "q" for p in schema["paths"]["/api/v1/requests"]["get"]["parameters"])
