"""Open311 GeoReport v2 for other city systems: services are public, requests never carry personal data.

Every programme is a service. Requests of confidential programmes (aid applications all are) are
listed only to an `api_key` (a staff API token) whose holder works on the programme's desk, and no
answer ever carries a name, a phone, an identity number or what the citizen wrote.
"""

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.etree import ElementTree as ET  # builds documents only, never parses one

from fastapi import APIRouter, Request, Response
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData

from core.assignment import service as assignment
from core.audit import service as audit
from core.audit.models import Action
from core.catalogue import Programme
from core.contacts import service as contacts
from core.context import CoreContext
from core.db import utcnow
from core.errors import Forbidden, HemsehriError, InvalidInput, NotFound
from core.i18n import Translator
from core.questions import parse_answer, show_answer
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Request as RequestRow
from core.requests.schemas import RequestIn
from core.requests.statuses import FINAL, Status
from core.staff import service as staff_service
from core.staff.models import StaffUser
from staff.common import Labels, clean_text

FORMATS = ("json", "xml")
CLOSED = [s.value for s in FINAL]
OPEN = [s.value for s in Status if s not in FINAL]
DEFAULT_WINDOW = timedelta(days=90)
MAX_RESULTS = 1000
TRUE = ("true", "1", "yes", "on")


class Open311Error(Exception):
    """An answer in GeoReport's error format: HTTP status and a description key."""

    def __init__(self, code: int, key: str, **params: Any) -> None:
        super().__init__(key)
        self.code = code
        self.key = key
        self.params = params


def build_open311_router(ctx: CoreContext, translator: Translator) -> APIRouter:
    """GeoReport v2 under /open311/v2, in JSON and XML."""
    catalogue = ctx.catalogue
    router = APIRouter(prefix="/open311/v2", include_in_schema=False)

    def text(locale: str, key: str, fallback: str, **params: Any) -> str:
        try:
            return translator.text(locale, key, **params)
        except (KeyError, ValueError):
            return fallback

    def locale_of(request: Request) -> str:
        return translator.resolve(request.query_params.get("locale"))

    def answer(fmt: str, data: Any, *, root: str, item: str, status: int = 200) -> Response:
        if fmt == "xml":
            return Response(_xml(root, item, data), status_code=status, media_type="text/xml; charset=utf-8")
        return Response(_json(data), status_code=status, media_type="application/json; charset=utf-8")

    def failure(fmt: str, request: Request, error: Open311Error) -> Response:
        labels = Labels(translator, locale_of(request))
        body = [{"code": error.code, "description": labels(error.key, **error.params)}]
        return answer(fmt if fmt in FORMATS else "json", body, root="errors", item="error", status=error.code)

    async def key_holder(session: AsyncSession, api_key: str | None) -> StaffUser | None:
        """The staff account behind an api_key; None without one; 403 for a wrong one."""
        if not api_key:
            return None
        try:
            return await staff_service.user_for_token(session=session, token=api_key)
        except Forbidden:
            raise Open311Error(403, "console-open311-error-api-key") from None

    def readable(holder: StaffUser | None) -> list[str]:
        """Programmes whose requests this caller may list: the public ones, and the holder's desks'."""
        return [
            p.code
            for p in catalogue.programmes
            if not p.confidential or (holder is not None and p.desk in holder.desks)
        ]

    def service(programme: Programme, locale: str) -> dict[str, Any]:
        return {
            "service_code": programme.code,
            "service_name": text(locale, f"programme-{programme.code}", programme.code),
            "description": _attribute(translator, locale, f"programme-{programme.code}", "description"),
            "metadata": True,
            "type": "realtime",
            "keywords": programme.kind,
            "group": text(locale, f"desk-{programme.desk}", programme.desk),
        }

    def service_request(request: RequestRow, locale: str) -> dict[str, Any]:
        """A request as GeoReport shows it: where it stands, never who asked or what they wrote."""
        return {
            "service_request_id": request.reference,
            "status": "closed" if request.status in CLOSED else "open",
            "status_notes": text(locale, f"status-{request.status}", request.status),
            "service_name": text(locale, f"programme-{request.programme}", request.programme),
            "service_code": request.programme,
            "description": None,
            "agency_responsible": text(locale, f"desk-{request.desk}", request.desk),
            "service_notice": None,
            "requested_datetime": _iso(request.created_at),
            "updated_datetime": _iso(request.updated_at),
            "expected_datetime": _iso(request.sla_due_at),
            "address": None,
            "address_id": None,
            "zipcode": None,
            "lat": None,
            "long": None,
            "media_url": None,
        }

    @router.get("/services.{fmt}")
    async def services(request: Request, fmt: str) -> Response:
        """Every programme as a GeoReport service, in the language asked with ?locale=."""
        if fmt not in FORMATS:
            return failure("json", request, Open311Error(404, "console-open311-error-format"))
        locale = locale_of(request)
        return answer(fmt, [service(p, locale) for p in catalogue.programmes], root="services", item="service")

    @router.get("/services/{code}.{fmt}")
    async def service_definition(request: Request, code: str, fmt: str) -> Response:
        """The extra attributes a programme needs when a request is posted for it."""
        if fmt not in FORMATS:
            return failure("json", request, Open311Error(404, "console-open311-error-format"))
        try:
            programme = catalogue.programme(code)
        except NotFound:
            return failure(fmt, request, Open311Error(404, "console-open311-error-service-code"))
        labels = Labels(translator, locale_of(request))
        definition = {"service_code": programme.code, "attributes": _attributes(programme, labels, catalogue)}
        if fmt == "xml":
            return Response(_xml_definition(definition), media_type="text/xml; charset=utf-8")
        return Response(_json(definition), media_type="application/json; charset=utf-8")

    @router.post("/requests.{fmt}")
    async def post_request(request: Request, fmt: str) -> Response:
        """Creates a request in the queue for another city system (its api_key's holder is recorded)."""
        if fmt not in FORMATS:
            return failure("json", request, Open311Error(404, "console-open311-error-format"))
        try:
            form = await request.form()
            async with ctx.db.transaction() as session:
                created, account_id = await _create(session, form, await key_holder(session, _field(form, "api_key")))
                locale = translator.resolve(_field(form, "locale") or created.language)
                notice = text(
                    locale,
                    "console-open311-notice-received",
                    created.reference,
                    reference=format_reference(created.reference),
                )
                body = [{"service_request_id": created.reference, "service_notice": notice, "account_id": account_id}]
        except Open311Error as error:
            return failure(fmt, request, error)
        return answer(fmt, body, root="service_requests", item="request")

    async def _create(session: AsyncSession, form: FormData, holder: StaffUser | None) -> tuple[RequestRow, str | None]:
        if holder is None:
            raise Open311Error(403, "console-open311-error-api-key")
        code = _field(form, "service_code")
        if not code:
            raise Open311Error(400, "console-open311-error-service-code-missing")
        try:
            programme = catalogue.programme(code)
        except NotFound:
            raise Open311Error(404, "console-open311-error-service-code") from None
        if programme.desk not in holder.desks:
            raise Open311Error(403, "console-open311-error-desk")
        language = translator.resolve(_field(form, "attribute[language]") or _field(form, "locale"))
        account_id = _field(form, "account_id")
        names = [_field(form, "first_name"), _field(form, "last_name")]
        try:
            request_in = RequestIn(
                programme=programme.code,
                language=language,
                phone=_field(form, "phone"),
                national_id=_field(form, "attribute[national_id]"),
                district=_field(form, "attribute[district]"),
                neighbourhood=_field(form, "attribute[neighbourhood]"),
                household_size=_field(form, "attribute[household_size]"),
                description=_field(form, "description"),
                full_name=" ".join(n for n in names if n) or None,  # GeoReport splits the name; it is kept whole
                answers=_answers(programme, form, catalogue),
            )
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else "?"
            raise Open311Error(400, "console-open311-error-field", field=field) from None
        user_id = f"{holder.id}:{account_id or uuid.uuid4().hex}"[:64]
        person = await contacts.get_or_create(
            session=session,
            channel="open311",
            platform_user_id=user_id,
            chat_id=user_id,
            language=language,
            language_source="chosen",
        )
        if (_field(form, "attribute[consent]") or "").lower() in TRUE:
            contacts.record_consent(
                contact=person,
                notice_version=catalogue.city.privacy_notice_version,
                locale=language,
                display_name=" ".join(n for n in names if n) or None,
            )
        try:
            created = await requests.create(
                session=session, contact=person, request_in=request_in, catalogue=catalogue, vault=ctx.vault
            )
        except HemsehriError as exc:
            invalid = exc.params.get("field") if isinstance(exc, InvalidInput) else None
            raise Open311Error(400, "console-open311-error-invalid", reason=exc.key, field=invalid or "-") from None
        await assignment.push(session=session, request=created, interpreter_after=ctx.settings.interpreter_after)
        await audit.record(
            session=session,
            staff_id=holder.id,
            action=Action.OPEN311_CREATE,
            target=created.reference,
            details={"programme": programme.code},
        )
        return created, account_id

    @router.get("/requests.{fmt}")
    async def get_requests(request: Request, fmt: str) -> Response:
        """Requests the caller may see, filtered as GeoReport says (ids, service codes, dates, open/closed)."""
        if fmt not in FORMATS:
            return failure("json", request, Open311Error(404, "console-open311-error-format"))
        query = request.query_params
        try:
            async with ctx.db.transaction() as session:
                holder = await key_holder(session, query.get("api_key"))
                programmes = readable(holder)
                wanted = _split(query.get("service_code"))
                if wanted:
                    programmes = [p for p in programmes if p in wanted]
                ids = _split(query.get("service_request_id"))
                statuses = _statuses(query.get("status"))
                if ids:  # ids override every other filter, as the specification says
                    created_from = created_to = None
                    statuses = None
                else:
                    created_to = _date(query.get("end_date")) or None
                    created_from = _date(query.get("start_date")) or (created_to or utcnow()) - DEFAULT_WINDOW
                found: list[RequestRow] = []
                if programmes and statuses != []:
                    found, _ = await requests.search(
                        session=session,
                        desks=sorted(catalogue.desks),
                        programmes=programmes,
                        statuses=statuses,
                        references=[i for i in ids if i.isascii() and i.isdigit()] if ids else None,
                        created_from=created_from,
                        created_to=created_to,
                        newest_first=True,
                        limit=MAX_RESULTS,
                    )
        except Open311Error as error:
            return failure(fmt, request, error)
        locale = locale_of(request)
        return answer(fmt, [service_request(r, locale) for r in found], root="service_requests", item="request")

    @router.get("/requests/{service_request_id}.{fmt}")
    async def get_request(request: Request, service_request_id: str, fmt: str) -> Response:
        """One request, if the caller may see it; an unknown and a hidden one answer alike."""
        if fmt not in FORMATS:
            return failure("json", request, Open311Error(404, "console-open311-error-format"))
        try:
            async with ctx.db.transaction() as session:
                holder = await key_holder(session, request.query_params.get("api_key"))
                found: list[RequestRow] = []
                programmes = readable(holder)
                if programmes and service_request_id.isascii() and service_request_id.isdigit():
                    found, _ = await requests.search(
                        session=session,
                        desks=sorted(catalogue.desks),
                        programmes=programmes,
                        references=[service_request_id],
                        limit=1,
                    )
                if not found:
                    raise Open311Error(404, "console-open311-error-not-found")
        except Open311Error as error:
            return failure(fmt, request, error)
        locale = locale_of(request)
        return answer(fmt, [service_request(found[0], locale)], root="service_requests", item="request")

    return router


def _field(form: FormData, name: str) -> str | None:
    """A form field as clean text, or None when absent or blank (a file upload counts as absent)."""
    value = form.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return clean_text(value.strip())
    except InvalidInput:
        raise Open311Error(400, "console-open311-error-field", field=name) from None


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _statuses(value: str | None) -> list[str] | None:
    """GeoReport's open/closed as our statuses; None means all, [] means none can match."""
    wanted = {part.lower() for part in _split(value)}
    if not wanted:
        return None
    unknown = wanted - {"open", "closed"}
    if unknown:
        raise Open311Error(400, "console-open311-error-status")
    return (OPEN if "open" in wanted else []) + (CLOSED if "closed" in wanted else [])


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise Open311Error(400, "console-open311-error-date") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z") if moment else None


def _attribute(translator: Translator, locale: str, key: str, name: str) -> str:
    try:
        return translator.attribute(locale, key, name)
    except (KeyError, ValueError, AttributeError):
        return ""


def _answers(programme: Programme, form: FormData, catalogue: Any) -> dict[str, Any]:
    """The programme's own questions as posted (`attribute[<code>]`; a repeated one comma-separated), checked."""
    answers: dict[str, Any] = {}
    today = datetime.now(UTC).date()
    for code, question in programme.questions.items():
        posted = _field(form, f"attribute[{code}]")
        if not posted:
            continue
        items = [item.strip() for item in posted.split(",")] if question.repeat > 1 else [posted]
        try:
            values = [
                catalogue.districts.match(item)
                if question.kind == "district"
                else parse_answer(question, item, phone_region=catalogue.city.phone_region, today=today)
                for item in items[: question.repeat]
            ]
        except HemsehriError as exc:
            raise Open311Error(400, "console-open311-error-invalid", reason=exc.key, field=code) from None
        answers[code] = values if question.repeat > 1 else values[0]
    return answers


def _attributes(programme: Programme, labels: Labels, catalogue: Any) -> list[dict[str, Any]]:
    """The programme's fields that GeoReport has no standard parameter for, as service attributes."""
    attributes: list[dict[str, Any]] = []

    def add(
        code: str, datatype: str, required: bool, values: Iterable[tuple[str, str]] = (), description: str = ""
    ) -> None:
        attributes.append(
            {
                "variable": True,
                "code": code,
                "datatype": datatype,
                "required": required,
                "datatype_description": None,
                "order": len(attributes) + 1,
                "description": description or labels(f"console-open311-attribute-{code}"),
                "values": [{"key": key, "name": name} for key, name in values],
            }
        )

    if "national_id" in programme.fields:
        add("national_id", "string", True)
    if "district" in programme.fields:
        add("district", "singlevaluelist", True, ((d, d) for d in catalogue.city.districts))
    if "neighbourhood" in programme.fields:
        add("neighbourhood", "string", True)
    if "household_size" in programme.fields:
        add("household_size", "number", True)
    for code, question in programme.questions.items():
        label = labels.translator.attribute(labels.locale, f"question-{code}", "label")
        values = [
            (value, show_answer(question, code, value, labels.translator, labels.locale)) for value in question.values()
        ]
        kind = "singlevaluelist" if values else "number" if question.kind == "number" else "string"
        add(code, kind, question.when is None, values, description=label)
    add("language", "singlevaluelist", False, ((code, labels.language(code)) for code in catalogue.city.locales))
    if programme.kind == "application":
        add("consent", "singlevaluelist", True, [("true", labels("console-open311-consent-given"))])
    return attributes


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(parent: ET.Element, data: dict[str, Any]) -> None:
    for name, value in data.items():
        ET.SubElement(parent, name).text = _scalar(value)


def _document(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode").encode()


def _xml(root_name: str, item_name: str, items: list[dict[str, Any]]) -> bytes:
    root = ET.Element(root_name)
    for item in items:
        _fill(ET.SubElement(root, item_name), item)
    return _document(root)


def _xml_definition(definition: dict[str, Any]) -> bytes:
    root = ET.Element("service_definition")
    ET.SubElement(root, "service_code").text = definition["service_code"]
    attributes = ET.SubElement(root, "attributes")
    for attribute in definition["attributes"]:
        node = ET.SubElement(attributes, "attribute")
        _fill(node, {k: v for k, v in attribute.items() if k != "values"})
        values = ET.SubElement(node, "values")
        for value in attribute["values"]:
            _fill(ET.SubElement(values, "value"), value)
    return _document(root)
