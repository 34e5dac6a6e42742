"""Reports for supervisors: a period's figures by group as charts and a table, the equity view, and their CSV.

Counts only (core.reports): no reference, name or phone reaches these pages or files. A supervisor reads their
desks' figures, an admin every desk's.
"""

import csv
import io
import re
from datetime import date, timedelta
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from fastapi import APIRouter, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import utcnow
from core.errors import InvalidInput
from core.reports import service as reports
from core.reports.service import COMPARED, Dimension, Equity, Figures, Report
from staff.common import Labels, csv_cell
from staff.console.auth import Me
from staff.console.context import Console, ConsoleDep, ConsoleRoute, Supervisor, desks_in_scope
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COLUMNS = (
    "group",
    "received",
    "closed",
    "first_response_median_hours",
    "first_response_p90_hours",
    "resolution_median_hours",
    "resolution_p90_hours",
    "sla_met_percent",
    "needs_info_round_trips",
    "undelivered_notifications",
)


@router.get("/reports")
async def page(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The period's figures by the chosen group: charts, the table beneath, and the equity view."""
    made, fair = await _figures(request, console, session, me)
    labels = console.labels(request)
    rows = [_row(labels, made.by, f) for f in made.rows]
    return console.render(
        request,
        "reports.html",
        report=made,
        dimensions=list(Dimension),
        rows=rows,
        total=_row(labels, made.by, made.total, total=True),
        charts=_charts(labels, rows),
        equity=_equity(labels, fair),
        margin=format_decimal(console.ctx.settings.report_equity_margin, "#,##0.#", locale=labels.locale),
        query=request.url.query,
        first_day=format_date(made.period.first, "d MMMM y", locale=labels.locale),
        last_day=format_date(made.period.last, "d MMMM y", locale=labels.locale),
    )


@router.get("/reports/report.csv")
async def report_csv(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The same figures as the page's table, one row per group and a total, times in hours."""
    made, _ = await _figures(request, console, session, me)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for figures in made.rows:
        writer.writerow([csv_cell(v) for v in (figures.group, *_csv_values(figures))])
    writer.writerow(["total", *_csv_values(made.total)])
    return _csv(out, f"hemsehri-report-{made.by}-{made.period.first}-{made.period.last}.csv")


@router.get("/reports/equity.csv")
async def equity_csv(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The equity view: each language per channel (empty: all channels), its figures and the gaps to Turkish."""
    _, fair = await _figures(request, console, session, me)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["channel", "language", *COLUMNS[1:], *(f"{name}_gap" for name in COMPARED), "worse"])
    for row in fair.rows:
        gaps = [_number(row.gaps[name]) for name in COMPARED]
        values = (row.channel or "", row.figures.group, *_csv_values(row.figures), *gaps, " ".join(sorted(row.worse)))
        writer.writerow([csv_cell(v) for v in values])
    return _csv(out, f"hemsehri-equity-{fair.period.first}-{fair.period.last}.csv")


async def _figures(request: Request, console: Console, session: AsyncSession, me: Me) -> tuple[Report, Equity]:
    """The report the query asks for (`from`, `to`, `by`) over my desks, and the equity view."""
    params = request.query_params
    by = params.get("by") or Dimension.DESK.value
    if by not in list(Dimension):
        raise InvalidInput("error-invalid-input")
    period = reports.period(
        first=_day(params.get("from", "")), last=_day(params.get("to", "")), today=reports.city_today(utcnow())
    )
    settings = console.ctx.settings
    return await reports.figures(
        session=session,
        desks=desks_in_scope(me.user, console),
        period=period,
        by=Dimension(by),
        min_cell=settings.report_min_cell,
        margin=settings.report_equity_margin,
    )


def _day(text: str) -> date | None:
    """A date as a form sends it (YYYY-MM-DD); None when left empty."""
    if not text:
        return None
    try:
        if not DAY.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("error-report-period") from None


def _row(labels: Labels, by: Dimension, f: Figures, *, total: bool = False) -> dict[str, Any]:
    """One group (or the total) as the page shows it: its name and each figure in words."""
    return {
        "label": labels("console-report-total") if total else _group(labels, by, f.group),
        "received": labels.number(f.received),
        "closed": labels.number(f.closed),
        "received_value": f.received,
        "closed_value": f.closed,
        "first_median": _hours(labels, f.first_response.median),
        "first_p90": _hours(labels, f.first_response.p90),
        "resolution_median": _hours(labels, f.resolution.median),
        "resolution_p90": _hours(labels, f.resolution.p90),
        "first_value": _in_hours(f.first_response.median),
        "resolution_value": _in_hours(f.resolution.median),
        "sla_met": _percent(labels, f.sla_met),
        "needs_info": labels.number(f.needs_info),
        "undelivered": labels.number(f.undelivered),
    }


def _group(labels: Labels, by: Dimension, code: str) -> str:
    if by is Dimension.DESK:
        return labels.desk(code)
    if by is Dimension.PROGRAMME:
        return labels.programme(code)
    if by is Dimension.LANGUAGE:
        return labels.language(code)
    if by is Dimension.CHANNEL:
        return labels.named(f"console-channel-{code}", code)
    if by is Dimension.WEEK:
        return labels("console-report-week", monday=format_date(date.fromisoformat(code), "d MMM y", labels.locale))
    return code or labels("console-report-no-district")


def _charts(labels: Labels, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The two charts: requests received and closed, and the median times in hours (none for too few)."""
    volumes = [
        {"label": r["label"], "bars": [(r["received_value"], r["received"]), (r["closed_value"], r["closed"])]}
        for r in rows
    ]
    times = [
        {
            "label": r["label"],
            "bars": [(r["first_value"], r["first_median"]), (r["resolution_value"], r["resolution_median"])],
        }
        for r in rows
    ]
    charts: list[dict[str, Any]] = [
        {
            "id": "chart-volumes",
            "title": labels("console-report-chart-volumes"),
            "series": [labels("console-report-col-received"), labels("console-report-col-closed")],
            "rows": volumes,
        },
        {
            "id": "chart-times",
            "title": labels("console-report-chart-times"),
            "series": [labels("console-report-col-first-median"), labels("console-report-col-resolution-median")],
            "rows": times,
        },
    ]
    for chart in charts:
        chart["top"] = max((v for row in chart["rows"] for v, _ in row["bars"] if v), default=0)
    return charts


def _equity(labels: Labels, fair: Equity) -> list[dict[str, Any]]:
    """The equity view in sections, all channels first, then one per channel, each language against Turkish."""
    sections: dict[str | None, dict[str, Any]] = {}
    for row in fair.rows:
        section = sections.setdefault(
            row.channel,
            {
                "title": labels.named(f"console-channel-{row.channel}", row.channel)
                if row.channel
                else labels("console-report-all-channels"),
                "rows": [],
            },
        )
        values = [_hours(labels, COMPARED[name](row.figures)) for name in list(COMPARED)[:4]]
        values.append(_percent(labels, row.figures.sla_met))
        section["rows"].append(
            {
                "language": labels.language(row.figures.group),
                "code": row.figures.group,
                "received": labels.number(row.figures.received),
                "cells": [
                    {"value": value, "gap": _gap(labels, row.gaps[name]), "worse": name in row.worse}
                    for value, name in zip(values, COMPARED, strict=True)
                ],
            }
        )
    return list(sections.values())


def _in_hours(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 3600


def _hours(labels: Labels, value: timedelta | float | None) -> str:
    if not isinstance(value, timedelta):
        return labels("console-report-too-few")
    hours = format_decimal(value.total_seconds() / 3600, "#,##0.0", locale=labels.locale)
    return labels("console-report-hours", hours=hours)


def _percent(labels: Labels, value: float | None) -> str:
    if value is None:
        return labels("console-report-too-few")
    return labels("console-report-percent", value=format_decimal(value, "#,##0.0", locale=labels.locale))


def _gap(labels: Labels, value: timedelta | float | None) -> str:
    """A difference to Turkish speakers', signed: '+6.0 h' longer, '-12.5 points' of service level."""
    if value is None:
        return ""
    if isinstance(value, timedelta):
        hours = format_decimal(value.total_seconds() / 3600, "+#,##0.0;-#,##0.0", locale=labels.locale)
        return labels("console-report-hours", hours=hours)
    points = format_decimal(value, "+#,##0.0;-#,##0.0", locale=labels.locale)
    return labels("console-report-points", points=points)


def _number(value: timedelta | float | None) -> str:
    """A figure for a spreadsheet: hours (times) or percent, two decimals; empty when not shown."""
    if value is None:
        return ""
    if isinstance(value, timedelta):
        value = value.total_seconds() / 3600
    return f"{value:.2f}"


def _csv_values(f: Figures) -> list[str]:
    return [
        str(f.received),
        str(f.closed),
        _number(f.first_response.median),
        _number(f.first_response.p90),
        _number(f.resolution.median),
        _number(f.resolution.p90),
        _number(f.sla_met),
        str(f.needs_info),
        str(f.undelivered),
    ]


def _csv(out: io.StringIO, name: str) -> Response:
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
