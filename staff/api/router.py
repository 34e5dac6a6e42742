"""The staff REST API v1: requests, replies, status changes, the queue, the programmes and the reports."""

import logging
from collections.abc import Callable, Coroutine
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from fastapi import APIRouter, Path, Query, Request, Response, Security
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from core.context import CoreContext
from core.db import utcnow
from core.errors import Forbidden, HemsehriError, InvalidInput, InvalidTransition, NotFound
from core.i18n import Translator
from core.queue.service import Claimed
from core.reports import service as reports
from core.reports.service import Dimension
from core.requests import actions, search
from core.requests import service as requests
from core.requests.models import Message, StatusEvent
from core.requests.models import Request as RequestRow
from core.requests.statuses import Actor, Status, allowed_next
from core.safeguarding import service as safeguarding
from core.staff import service as staff_service
from core.staff.models import StaffUser
from staff.api.schemas import (
    EquityRowOut,
    ErrorOut,
    FiguresOut,
    MessageOut,
    ProgrammeOut,
    ReplyIn,
    ReportOut,
    RequestDetail,
    RequestPage,
    RequestSummary,
    SpreadOut,
    StatusEventOut,
    StatusIn,
)
from staff.common import desks_in_scope, mask_phone, sla_state
from staff.http import Db, binding

log = logging.getLogger(__name__)

REFERENCE = r"^[0-9]{9}$"
LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"
Responses = dict[int | str, dict[str, Any]]
VIA = actions.Via.API


class Unauthorized(Exception):
    """No bearer token, or one that is unknown, revoked or belongs to a disabled account."""


def _error(status: int, exc: HemsehriError) -> JSONResponse:
    return JSONResponse({"detail": {"key": exc.key, "params": exc.params}}, status_code=status)


def _route_class() -> type[APIRoute]:
    class ApiRoute(APIRoute):
        """Maps domain errors to HTTP answers in one place."""

        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def handle(request: Request) -> Response:
                try:
                    response = await handler(request)
                except Unauthorized:
                    response = _error(401, Forbidden("error-token-invalid"))
                    response.headers["WWW-Authenticate"] = "Bearer"
                except NotFound as exc:
                    response = _error(404, exc)
                except InvalidTransition as exc:
                    response = _error(409, exc)
                except Forbidden as exc:
                    response = _error(403, exc)
                except InvalidInput as exc:
                    # The same shape as FastAPI's own validation errors, so one schema describes 422.
                    response = JSONResponse(
                        {"detail": [{"loc": ["body"], "msg": exc.key, "type": exc.key}]}, status_code=422
                    )
                except RequestValidationError as exc:
                    # Without the refused input: it may hold what no JSON text can carry (a lone surrogate).
                    errors = [{k: v for k, v in error.items() if k != "input"} for error in exc.errors()]
                    response = JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)
                return response

            return handle

    return ApiRoute


def build_api_router(ctx: CoreContext, translator: Translator | None = None) -> APIRouter:
    """The REST API for other city systems and scripts, authenticated by staff API tokens."""
    catalogue = ctx.catalogue
    bearer = HTTPBearer(auto_error=False, description="An API token from `hemsehri staff token NAME`.")
    if TYPE_CHECKING:  # the codes are the catalogue's, known at run time only: the checker sees text
        ProgrammeCode: TypeAlias = str
        DeskCode: TypeAlias = str
        District: TypeAlias = str
        Locale: TypeAlias = str
    else:  # OpenAPI lists each parameter's codes, and FastAPI refuses any other with a 422
        ProgrammeCode = Literal[tuple(p.code for p in catalogue.programmes)]
        DeskCode = Literal[tuple(sorted(catalogue.desks))]
        District = Literal[tuple(catalogue.city.districts)]
        Locale = Literal[tuple(catalogue.city.locales)]
    errors: Responses = {401: {"model": ErrorOut, "description": "No valid API token"}}
    not_found: Responses = {404: {"model": ErrorOut, "description": "Unknown reference, or another desk's request"}}
    forbidden: Responses = {403: {"model": ErrorOut, "description": "Held by another agent"}}
    router = APIRouter(
        prefix="/api/v1",
        route_class=_route_class(),
        responses=errors,
        dependencies=[binding(core=ctx)],
    )

    async def current_staff(
        session: Db, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]
    ) -> StaffUser:
        if credentials is None:
            raise Unauthorized
        try:
            return await staff_service.user_for_token(session=session, token=credentials.credentials)
        except Forbidden:
            raise Unauthorized from None

    Staff = Annotated[StaffUser, Security(current_staff)]

    def name(locale: str, key: str, code: str) -> str:
        if translator is None:
            return code
        try:
            return translator.text(locale, key)
        except (KeyError, ValueError):
            return code

    @router.get("/programmes", tags=["catalogue"], summary="The programmes of the catalogue")
    async def programmes(me: Staff, locale: Locale | None = None) -> list[ProgrammeOut]:
        """Every programme with its desk, fields and service level, named in `locale` (default: the city's)."""
        locale = locale or catalogue.city.default_locale
        return [
            ProgrammeOut(
                code=p.code,
                name=name(locale, f"programme-{p.code}", p.code),
                desk=p.desk,
                desk_name=name(locale, f"desk-{p.desk}", p.desk),
                kind=p.kind,
                sla_hours=p.sla_hours,
                priority=p.priority,
                fields=list(p.fields),
                confidential=p.confidential,
            )
            for p in catalogue.programmes
        ]

    @router.get("/requests", tags=["requests"], summary="Requests of my desks")
    async def list_requests(
        session: Db,
        me: Staff,
        status: Annotated[list[Status] | None, Query(description="One or more statuses")] = None,
        programme: ProgrammeCode | None = None,
        desk: DeskCode | None = None,
        district: District | None = None,
        language: Annotated[str | None, Query(pattern=LANGUAGE)] = None,
        assigned_to_me: bool = False,
        q: Annotated[
            str | None,
            Query(
                max_length=search.MAX_LENGTH,
                description=(
                    "Search instead of filtering: a reference (any digits, spaces, dashes), a phone (any format), "
                    "an identity number, or whole words of the applicant's name (case and accents ignored). "
                    "Newest first; the other filters are not applied. A search by phone, identity number or name "
                    "is recorded in the audit log (its kind and count, never its value)."
                ),
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> RequestPage:
        """Requests of the caller's desks, most urgent and oldest first, one page at a time; or those `q` finds."""
        if q is not None:
            found = await actions.search(
                session=session,
                staff=me,
                text=q,
                phone_region=catalogue.city.phone_region,
                via=VIA,
                limit=limit,
                offset=offset,
            )
            return RequestPage(
                items=[_summary(r) for r in found.requests], total=found.total, limit=limit, offset=offset
            )
        desks = [d for d in me.desks if desk is None or d == desk]
        items, total = await requests.search(
            session=session,
            desks=desks,
            statuses=status,
            programmes=[programme] if programme else None,
            languages=[language] if language else None,
            district=district,
            assignee_id=me.id if assigned_to_me else None,
            limit=limit,
            offset=offset,
        )
        return RequestPage(items=[_summary(r) for r in items], total=total, limit=limit, offset=offset)

    @router.get("/requests/{reference}", tags=["requests"], responses=not_found, summary="One request")
    async def get_request(session: Db, me: Staff, reference: Annotated[str, Path(pattern=REFERENCE)]) -> RequestDetail:
        """The request with its thread and status history; personal numbers only masked."""
        request = await actions.load(session=session, staff=me, reference=reference)
        await safeguarding.record_view(session=session, request=request, staff_id=me.id)  # a flagged one: audited
        return await _detail(session, request)

    @router.post(
        "/requests/{reference}/replies",
        tags=["requests"],
        status_code=201,
        responses={**not_found, **forbidden},
        summary="Answer the citizen",
    )
    async def post_reply(
        session: Db, me: Staff, reference: Annotated[str, Path(pattern=REFERENCE)], body: ReplyIn
    ) -> MessageOut:
        """Adds a reply to the thread and queues it for delivery on the citizen's channel."""
        _, message = await actions.reply(session=session, staff=me, reference=reference, text=body.text, via=VIA)
        return _message(message)

    @router.post(
        "/requests/{reference}/status",
        tags=["requests"],
        responses={**not_found, **forbidden, 409: {"model": ErrorOut, "description": "Transition not allowed"}},
        summary="Change the status",
    )
    async def post_status(
        session: Db, me: Staff, reference: Annotated[str, Path(pattern=REFERENCE)], body: StatusIn
    ) -> RequestDetail:
        """Moves the request to a new status; the public note is sent to the citizen."""
        request = await actions.change_status(
            session=session,
            staff=me,
            reference=reference,
            to=body.status,
            public_note=body.public_note,
            internal_note=body.internal_note,
            via=VIA,
            interpreter_after=ctx.settings.interpreter_after,
        )
        return await _detail(session, request)

    @router.post(
        "/requests/{reference}/claim",
        tags=["queue"],
        responses={**not_found, **forbidden},
        summary="Claim this request",
    )
    async def claim_one(session: Db, me: Staff, reference: Annotated[str, Path(pattern=REFERENCE)]) -> RequestSummary:
        """Gives the caller this request, by the rules of claiming the next one: open, unclaimed, of their desks,
        in a language they read (or one waiting past the interpreter wait)."""
        request = await actions.claim(
            session=session, staff=me, reference=reference, interpreter_after=ctx.settings.interpreter_after, via=VIA
        )
        return _summary(request)

    @router.post(
        "/queue/claim",
        tags=["queue"],
        summary="Claim the next request",
        responses={200: {"model": RequestSummary}, 204: {"description": "Nothing is waiting for you"}},
    )
    async def claim(session: Db, me: Staff) -> Any:
        """Gives the caller the most urgent, oldest unclaimed request of their desks and languages."""
        request = await actions.claim_next(
            session=session, claims=ctx.claims, staff=me, interpreter_after=ctx.settings.interpreter_after, via=VIA
        )
        if request is None:
            return Response(status_code=204)
        return _summary(request)

    @router.get(
        "/reports",
        tags=["reports"],
        responses={403: {"model": ErrorOut, "description": "Not a supervisor"}},
        summary="Figures of my desks over a period",
    )
    async def get_report(
        session: Db,
        me: Staff,
        first: Annotated[date | None, Query(alias="from", description="First day (default: 4 weeks back)")] = None,
        last: Annotated[date | None, Query(alias="to", description="Last day, at most a year after the first")] = None,
        by: Dimension = Dimension.DESK,
    ) -> ReportOut:
        """Received, closed, first-response and resolution times, service level met, needs-info round trips and
        undelivered notifications by group, and the equity view against Turkish speakers; supervisors and admins,
        of the desks they supervise (admins: all). Definitions: the README, Reports."""
        staff_service.ensure_supervisor(me)
        period = reports.period(first=first, last=last, today=reports.city_today(utcnow()))
        settings = ctx.settings
        made, fair = await reports.figures(
            session=session,
            desks=desks_in_scope(me, catalogue),
            period=period,
            by=by,
            min_cell=settings.report_min_cell,
            margin=settings.report_equity_margin,
        )
        return ReportOut(
            first_day=period.first,
            last_day=period.last,
            by=by,
            min_cell=settings.report_min_cell,
            equity_margin=settings.report_equity_margin,
            rows=[_figures(f) for f in made.rows],
            total=_figures(made.total),
            equity=[
                EquityRowOut(
                    channel=row.channel,
                    language=row.figures.group,
                    figures=_figures(row.figures),
                    gaps={name: _seconds_or_points(gap) for name, gap in row.gaps.items()},
                    worse=sorted(row.worse),
                )
                for row in fair.rows
            ],
        )

    return router


def _seconds(value: timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds())


def _seconds_or_points(value: timedelta | float | None) -> float | None:
    return _seconds(value) if isinstance(value, timedelta) else value


def _spread(spread: reports.Spread) -> SpreadOut:
    return SpreadOut(count=spread.count, median_seconds=_seconds(spread.median), p90_seconds=_seconds(spread.p90))


def _figures(figures: reports.Figures) -> FiguresOut:
    return FiguresOut(
        group=figures.group,
        received=figures.received,
        closed=figures.closed,
        first_response=_spread(figures.first_response),
        resolution=_spread(figures.resolution),
        sla_met_percent=figures.sla_met,
        needs_info_round_trips=figures.needs_info,
        undelivered_notifications=figures.undelivered,
    )


def _summary(request: RequestRow | Claimed) -> RequestSummary:
    return RequestSummary(
        reference=request.reference,
        programme=request.programme,
        desk=request.desk,
        kind=request.kind,
        status=Status(request.status),
        priority=request.priority,
        language=request.language,
        channel=request.channel,
        district=request.district,
        assignee_id=request.assignee_id,
        sla_due_at=request.sla_due_at,
        sla_state=sla_state(request),
        created_at=request.created_at,
        updated_at=request.updated_at,
        closed_at=request.closed_at,
    )


def _message(message: Message) -> MessageOut:
    return MessageOut(
        id=message.id,
        direction=message.direction,
        text=message.text,
        language=message.language,
        author_staff_id=message.author_staff_id,
        delivery_state=message.delivery_state,
        attachments=[
            {k: v for k, v in a.items() if k in ("kind", "file_name", "mime_type", "size")}
            for a in message.attachments or []
        ],
        created_at=message.created_at,
    )


def _event(event: StatusEvent) -> StatusEventOut:
    return StatusEventOut(
        from_status=event.from_status,
        to_status=event.to_status,
        actor_kind=event.actor_kind,
        actor_staff_id=event.actor_staff_id,
        public_note=event.public_note,
        internal_note=event.internal_note,
        created_at=event.created_at,
    )


async def _detail(session: Any, request: RequestRow) -> RequestDetail:
    messages, events = await requests.thread(session=session, request_id=request.id)
    return RequestDetail(
        **_summary(request).model_dump(),
        neighbourhood=request.neighbourhood,
        household_size=request.household_size,
        national_id_masked=request.national_id_masked,
        phone_masked=mask_phone(request.phone),
        allowed_next=allowed_next(Status(request.status), Actor.STAFF),
        messages=[_message(m) for m in messages],
        events=[_event(e) for e in events],
    )
