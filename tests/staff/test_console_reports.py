"""The reports page, its CSV files and the REST report, through the real app: counts only, desks kept apart."""

import csv
import io
from datetime import UTC, datetime, timedelta

from core.staff.models import StaffUser
from tests import factories
from tests.factories import VALID_TC
from tests.staff.conftest import person, sign_in

PERIOD = "from=2026-03-02&to=2026-03-29"
HOUR = timedelta(hours=1)
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def seed(ctx, team) -> list[str]:
    """Turkish and Pashto speakers' requests to social aid (Pashto answered six hours later), one to the Refugee Desk;
    returns their references."""
    made = []
    async with ctx.db.transaction() as session:
        for i in range(5):
            for language, late in (("tr", timedelta(0)), ("ps", 6 * HOUR)):
                row = await factories.handled_request(
                    session,
                    ctx.catalogue,
                    ctx.vault,
                    staff_id=team.supervisor.user.id,
                    created=START + timedelta(days=i),
                    language=language,
                    answered=(i + 1) * HOUR + late,
                    closed=(i + 30) * HOUR + late,
                    undelivered=i == 0,
                )
                made.append(row.reference)
        refugee = await factories.handled_request(
            session,
            ctx.catalogue,
            ctx.vault,
            staff_id=team.supervisor.user.id,
            created=START,
            programme="refugee_desk_question",
            language="ar",
            answered=HOUR,
        )
        made.append(refugee.reference)
    return made


def private_values(references: list[str]) -> list[str]:
    """What the seeded requests hold about people (factories.application), none of which a report may show."""
    return [*references, VALID_TC, "5321234567", "532 123 45 67", "Ayşe Yılmaz", "Bostanlı", "Kışın kömür", "Merhaba"]


async def test_the_report_page_draws_charts_and_tables_of_counts_only(ctx, client, team):
    references = await seed(ctx, team)
    await sign_in(client, "selin")
    page = await client.get(f"/console/reports?{PERIOD}&by=language")
    assert page.status_code == 200
    html = page.text
    assert html.count("<svg") == 2 and '<title id="chart-volumes-title">' in html
    assert "Peştuca" in html and 'id="report-table"' in html  # Pashto, named in Turkish
    assert 'data-language="ps"' in html and 'class="num worse"' in html  # the equity view marks Pashto's wait
    assert "+6,0 sa" in html  # the gap it was seeded with, in Turkish number format
    for value in private_values(references):
        assert value not in html and value.replace(" ", "") not in html, value

    table = await client.get(f"/console/reports/report.csv?{PERIOD}&by=desk")
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    rows = {row[0]: row for row in csv.reader(io.StringIO(table.text))}
    assert rows["social_aid"][1:3] == ["10", "10"] and rows["refugee_desk"][1:3] == ["1", "0"]
    assert rows["social_aid"][9] == "2"  # the first Turkish and Pashto answers were not delivered
    assert rows["total"][1] == "11"
    equity = await client.get(f"/console/reports/equity.csv?{PERIOD}")
    pashto = next(r for r in csv.reader(io.StringIO(equity.text)) if r[:2] == ["", "ps"])
    assert pashto[-1].split() == ["first_response_median", "first_response_p90", "resolution_median", "resolution_p90"]
    for value in private_values(references):
        assert value not in table.text and value not in equity.text, value


async def test_another_desk_s_supervisor_sees_no_figures_of_this_desk(ctx, client, team):
    await seed(ctx, team)
    async with ctx.db.transaction() as session:
        await person(session, "deniz", role="supervisor", desks=["education"])
    await sign_in(client, "deniz")
    page = (await client.get(f"/console/reports?{PERIOD}&by=desk")).text
    assert "Peştuca" not in page and "Sosyal" not in page
    table = list(csv.reader(io.StringIO((await client.get(f"/console/reports/report.csv?{PERIOD}")).text)))
    assert table[1:] == [["total", "0", "0", "", "", "", "", "", "0", "0"]]


async def test_arabic_console_mirrors_the_charts_and_bad_periods_get_a_sentence(ctx, client, team):
    await seed(ctx, team)
    async with ctx.db.transaction() as session:
        (await session.get(StaffUser, team.supervisor.user.id)).console_locale = "ar"
    await sign_in(client, "selin")
    html = (await client.get(f"/console/reports?{PERIOD}&by=week")).text
    assert 'dir="rtl"' in html and "أسبوع" in html
    assert 'x="548" y=' in html  # the first label stands right of the bars (760 - 220 + 8)
    refused = await client.get("/console/reports?from=2026-03-29&to=2026-03-02")
    assert refused.status_code == 422 and "لا يسبق يومها الأخير" in refused.text
    assert (await client.get("/console/reports?from=2026-13-01")).status_code == 422
    assert (await client.get("/console/reports?by=phone")).status_code == 422


async def test_agents_get_no_reports(client, team):
    await sign_in(client, "ayse")
    for path in ("/console/reports", "/console/reports/report.csv", "/console/reports/equity.csv"):
        assert (await client.get(path)).status_code == 403


async def test_the_rest_api_gives_the_same_figures_to_supervisors_of_the_desks_only(ctx, client, team):
    references = await seed(ctx, team)
    answer = await client.get(f"/api/v1/reports?{PERIOD}&by=language", headers=team.supervisor.bearer)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["first_day"], body["last_day"], body["by"]) == ("2026-03-02", "2026-03-29", "language")
    groups = {row["group"]: row for row in body["rows"]}
    assert sorted(groups) == ["ar", "ps", "tr"] and groups["tr"]["first_response"]["median_seconds"] == 3 * 3600
    assert (
        groups["ps"]["first_response"]["median_seconds"] == 9 * 3600
        and groups["ar"]["first_response"]["median_seconds"] is None
    )
    pashto = next(r for r in body["equity"] if r["channel"] is None and r["language"] == "ps")
    assert pashto["gaps"]["first_response_median"] == 6 * 3600 and "first_response_median" in pashto["worse"]
    for value in private_values(references):
        assert value not in answer.text, value

    async with ctx.db.transaction() as session:
        other = await person(session, "deniz", role="supervisor", desks=["education"])
    elsewhere = (await client.get(f"/api/v1/reports?{PERIOD}", headers=other.bearer)).json()
    assert elsewhere["rows"] == [] and elsewhere["total"]["received"] == 0 and elsewhere["equity"] == []
    assert (await client.get("/api/v1/reports", headers=team.agent.bearer)).status_code == 403
    backwards = await client.get("/api/v1/reports?from=2026-03-29&to=2026-03-01", headers=team.supervisor.bearer)
    assert backwards.status_code == 422 and backwards.json()["detail"][0]["msg"] == "error-report-period"
    assert (await client.get("/api/v1/reports?by=phone", headers=team.supervisor.bearer)).status_code == 422
