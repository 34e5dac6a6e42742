"""Reports checked against a seeded history whose figures the test computes itself, on SQLite and PostgreSQL."""

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from core.errors import InvalidInput
from core.reports import service as reports
from core.reports.service import Dimension, Period
from core.requests import service as requests
from core.requests import sla
from core.requests.statuses import Actor, Status
from tests import factories

PERIOD = Period(first=date(2026, 3, 2), last=date(2026, 3, 29))  # four weeks, Monday to Sunday
START = datetime(2026, 3, 1, 21, 0, tzinfo=UTC)  # 2 March, midnight in İzmir (UTC+3)
END = datetime(2026, 3, 29, 21, 0, tzinfo=UTC)
SLA = timedelta(hours=48)  # hot_meals
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Seed:
    language: str
    channel: str
    created: datetime
    answered: timedelta | None
    asked: bool
    closed: timedelta | None
    undelivered: bool
    desk: str = "social_aid"


def random_seeds(count: int) -> list[Seed]:
    """Requests across languages, channels and weeks, some before the period, some answered or closed after it."""
    pick = random.Random(15)
    seeds = []
    for _ in range(count):
        answered = pick.choice([None, pick.randint(1, 60) * HOUR])
        closed = pick.choice([None, (answered or timedelta(0)) + pick.randint(1, 80) * HOUR])
        seeds.append(
            Seed(
                language=pick.choice(["tr", "ar", "ps"]),
                channel=pick.choice(["telegram", "whatsapp"]),
                created=START + timedelta(hours=pick.randint(-72, 28 * 24 - 12)),
                answered=answered,
                asked=pick.random() < 0.3,
                closed=closed,
                undelivered=answered is not None and pick.random() < 0.3,
            )
        )
    return seeds


async def plant(ctx, seeds: list[Seed]) -> None:
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, role="supervisor", desks=["social_aid", "refugee_desk"])
        for seed in seeds:
            await factories.handled_request(
                session,
                ctx.catalogue,
                ctx.vault,
                staff_id=agent.id,
                created=seed.created,
                programme="hot_meals" if seed.desk == "social_aid" else "refugee_desk_question",
                language=seed.language,
                channel=seed.channel,
                answered=seed.answered,
                asked=seed.asked,
                closed=seed.closed,
                undelivered=seed.undelivered,
            )


def rank(values, percent):
    """Nearest rank, written out: the smallest value with at least `percent` % of the values at or below it."""
    ordered = sorted(values)
    return ordered[math.ceil(percent / 100 * len(ordered)) - 1]


def expected(seeds: list[Seed], key, min_cell: int) -> dict[str, dict]:
    """The figures per group, from the seeds alone."""
    inside = lambda moment: START <= moment < END  # noqa: E731
    groups: dict[str, dict] = {}
    for s in seeds:
        if s.desk != "social_aid":
            continue
        first = min([d for d in (s.answered, s.closed) if d is not None], default=None)
        events = {"received": [s.created], "answered": [], "closed": [], "asked": [], "dead": []}
        if first is not None:
            events["answered"].append(s.created + first)
            if s.asked and s.answered is not None:
                events["asked"].append(s.created + s.answered)
            if s.undelivered and s.answered is not None:
                events["dead"].append(s.created + s.answered)
        if s.closed is not None:
            events["closed"].append(s.created + s.closed)
        for kind, moments in events.items():
            for moment in filter(inside, moments):
                group = groups.setdefault(
                    key(s, moment), {"received": 0, "closed": 0, "asked": 0, "dead": 0, "first": [], "done": []}
                )
                if kind in ("received", "closed", "asked", "dead"):
                    group[kind] += 1
                if kind == "answered":
                    group["first"].append(first)
                if kind == "closed":
                    group["done"].append(s.closed)
    for group in groups.values():
        for name in ("first", "done"):
            values = group[name]
            group[name] = (rank(values, 50), rank(values, 90)) if len(values) >= min_cell else (None, None)
    return groups


def sla_expected(seeds: list[Seed], key, min_cell: int) -> dict[str, float | None]:
    closed: dict[str, list[bool]] = {}
    for s in seeds:
        if s.desk == "social_aid" and s.closed is not None and START <= s.created + s.closed < END:
            closed.setdefault(key(s, s.created + s.closed), []).append(s.closed <= SLA)
    return {k: round(100 * sum(v) / len(v), 1) if len(v) >= min_cell else None for k, v in closed.items()}


def monday(moment: datetime) -> str:
    day = (moment + timedelta(hours=3)).date()  # İzmir keeps UTC+3 all year
    return (day - timedelta(days=day.weekday())).isoformat()


KEYS = {
    Dimension.LANGUAGE: lambda s, _: s.language,
    Dimension.CHANNEL: lambda s, _: s.channel,
    Dimension.DESK: lambda s, _: s.desk,
    Dimension.PROGRAMME: lambda s, _: "hot_meals",
    Dimension.DISTRICT: lambda s, _: "Karşıyaka",
    Dimension.WEEK: lambda s, moment: monday(moment),
}


@pytest.mark.parametrize("by", list(Dimension))
async def test_report_figures_match_the_seeded_history(ctx, by):
    seeds = [
        *random_seeds(40),
        # another desk's requests never count in a report of social aid
        Seed("tr", "telegram", START + 5 * HOUR, HOUR, False, 2 * HOUR, True, desk="refugee_desk"),
    ]
    await plant(ctx, seeds)
    async with ctx.db.transaction() as session:
        made, _ = await reports.figures(
            session=session, desks=["social_aid"], period=PERIOD, by=by, min_cell=3, margin=10.0
        )
    want = expected(seeds, KEYS[by], min_cell=3)
    sla = sla_expected(seeds, KEYS[by], min_cell=3)
    assert [row.group for row in made.rows] == sorted(want)
    for row in made.rows:
        group = want[row.group]
        assert (row.received, row.closed, row.needs_info, row.undelivered) == (
            group["received"],
            group["closed"],
            group["asked"],
            group["dead"],
        ), row.group
        assert (row.first_response.median, row.first_response.p90) == group["first"], row.group
        assert (row.resolution.median, row.resolution.p90) == group["done"], row.group
        assert row.sla_met == sla.get(row.group), row.group
    assert any(row.resolution.p90 for row in made.rows) and any(row.undelivered for row in made.rows)
    total = expected(seeds, lambda s, _: "", min_cell=3)[""]
    assert (made.total.received, made.total.closed) == (total["received"], total["closed"])
    assert (made.total.first_response.median, made.total.resolution.p90) == (total["first"][0], total["done"][1])
    assert made.total.received < len(seeds) - 1  # some came before the period: the seeds test the bounds


async def test_the_equity_view_shows_the_gap_pashto_speakers_were_seeded_with(ctx):
    gap = timedelta(hours=6)
    seeds = []
    for i, hours in enumerate([1, 2, 3, 5, 8, 13]):
        when = START + timedelta(days=i + 1)
        answered, closed = hours * HOUR, (hours + 20) * HOUR
        seeds.append(Seed("tr", "telegram", when, answered, False, closed, False))
        seeds.append(Seed("ar", "telegram", when, answered, False, closed, False))  # waits as long as Turkish
        seeds.append(Seed("ps", "telegram", when, answered + gap, False, closed + gap, False))
    seeds.append(Seed("fa", "telegram", START + HOUR, 100 * HOUR, False, None, False))  # one: too few to compare
    await plant(ctx, seeds)
    async with ctx.db.transaction() as session:
        _, view = await reports.figures(
            session=session, desks=["social_aid"], period=PERIOD, by=Dimension.DESK, min_cell=5, margin=10.0
        )
    rows = {(row.channel, row.figures.group): row for row in view.rows}
    assert list(rows)[:4] == [(None, "tr"), (None, "ar"), (None, "fa"), (None, "ps")]  # Turkish first
    for channel in (None, "telegram"):
        pashto, arabic, persian = rows[channel, "ps"], rows[channel, "ar"], rows[channel, "fa"]
        assert pashto.gaps["first_response_median"] == gap and pashto.gaps["resolution_p90"] == gap
        assert pashto.figures.first_response.median == rank([h * HOUR for h in (1, 2, 3, 5, 8, 13)], 50) + gap
        assert pashto.worse == {"first_response_median", "first_response_p90", "resolution_median", "resolution_p90"}
        assert pashto.gaps["sla_met"] == 0.0  # every one closed within its 48 hours, as Turkish speakers' were
        assert arabic.worse == frozenset() and arabic.gaps["first_response_median"] == timedelta(0)
        assert persian.figures.received == 1 and set(persian.gaps.values()) == {None}
        assert rows[channel, "tr"].worse == frozenset()


def test_nearest_rank_and_small_cells():
    values = [timedelta(hours=h) for h in (5, 1, 4, 2, 3)]
    shown = reports.spread(values, min_cell=5)
    assert (shown.median, shown.p90) == (3 * HOUR, 5 * HOUR)
    assert reports.spread(values, min_cell=6) == reports.Spread(count=5, median=None, p90=None)
    assert reports.nearest_rank([HOUR, 2 * HOUR], 50) == HOUR  # the lower middle of an even count


def test_the_default_period_is_the_last_four_complete_weeks_and_bad_periods_are_refused():
    assert reports.default_period(date(2026, 4, 1)) == Period(first=date(2026, 3, 2), last=date(2026, 3, 29))
    assert reports.period(first=None, last=None, today=date(2026, 3, 30)) == PERIOD
    assert PERIOD.start == START and PERIOD.end == END
    for first, last in ((date(2026, 3, 5), date(2026, 3, 4)), (date(2025, 1, 1), date(2026, 3, 4))):
        with pytest.raises(InvalidInput) as refused:
            reports.period(first=first, last=last, today=date(2026, 4, 1))
        assert refused.value.key == "error-report-period"


async def test_a_recorded_breach_counts_against_the_service_level_though_its_due_time_moved_later(ctx):
    created = START + timedelta(days=2)
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, role="supervisor")
        await factories.handled_request(  # closed in 2 of its 4 hours
            session,
            ctx.catalogue,
            ctx.vault,
            staff_id=agent.id,
            created=created,
            programme="emergency_shelter",
            closed=2 * HOUR,
        )
        late = await factories.handled_request(
            session, ctx.catalogue, ctx.vault, staff_id=agent.id, created=created, programme="emergency_shelter"
        )
        assert await sla.record_breaches(session=session, now=created + 5 * HOUR) == 1
        requests.move(session=session, request=late, to=ctx.catalogue.programme("winter_fuel"))  # 240 hours now
        event = await requests.change_status(
            session=session, request=late, to=Status.REJECTED, actor=Actor.STAFF, staff_id=agent.id
        )
        event.created_at = late.closed_at = created + 6 * HOUR
    async with ctx.db.transaction() as session:
        made, _ = await reports.figures(
            session=session, desks=["social_aid"], period=PERIOD, by=Dimension.DESK, min_cell=1, margin=10.0
        )
    assert (made.total.closed, made.total.sla_met) == (2, 50.0)
