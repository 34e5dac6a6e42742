"""The staff REST API over HTTP: tokens, desks and roles, status codes, and what it never shows."""

import httpx
import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.outbox.models import OutboxItem
from core.requests.statuses import Status
from core.staff import service as staff
from tests import factories
from tests.conftest import serving
from tests.factories import VALID_TC


async def new_request(ctx, **kwargs):
    async with ctx.db.transaction() as session:
        return await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)


async def audit_actions(ctx) -> list[tuple[str, str | None]]:
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars()
        return [(row.action, row.target) for row in rows]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer hms_not-a-token"}, {"Authorization": "Basic eDp5"}])
async def test_no_or_bad_token_is_401(client, team, headers):
    answer = await client.get("/api/v1/requests", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert answer.json()["detail"]["key"] == "error-token-invalid"


async def test_a_disabled_account_s_token_stops_working(ctx, client, team):
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 200
    async with ctx.db.transaction() as session:
        user = await staff.get_user(session=session, staff_id=team.agent.user.id)
        await staff.set_active(session=session, user=user, active=False)
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 401


async def test_lists_only_my_desks_with_filters_and_pages(ctx, client, team):
    fuel = await new_request(ctx, programme="winter_fuel")
    shelter = await new_request(ctx, programme="emergency_shelter", district="Buca")
    arabic = await new_request(ctx, programme="refugee_desk_question", language="ar")
    await new_request(ctx, programme="stationery_set")  # education: nobody here works there

    everything = (await client.get("/api/v1/requests", headers=team.agent.bearer)).json()
    assert [r["reference"] for r in everything["items"]] == [shelter.reference, fuel.reference]
    assert everything["total"] == 2

    refugee = (await client.get("/api/v1/requests", headers=team.refugee_agent.bearer)).json()
    assert [r["reference"] for r in refugee["items"]] == [arabic.reference]
    assert refugee["items"][0]["language"] == "ar"

    in_buca = await client.get("/api/v1/requests", params={"district": "Buca"}, headers=team.supervisor.bearer)
    assert [r["reference"] for r in in_buca.json()["items"]] == [shelter.reference]
    arabic_only = await client.get("/api/v1/requests", params={"language": "ar"}, headers=team.supervisor.bearer)
    assert [r["reference"] for r in arabic_only.json()["items"]] == [arabic.reference]
    desk = await client.get("/api/v1/requests", params={"desk": "refugee_desk"}, headers=team.agent.bearer)
    assert desk.json()["items"] == []  # not my desk: nothing, rather than someone else's requests

    page = await client.get("/api/v1/requests", params={"limit": 1, "offset": 1}, headers=team.supervisor.bearer)
    assert page.json()["total"] == 3 and len(page.json()["items"]) == 1
    by_status = await client.get(
        "/api/v1/requests", params=[("status", "received"), ("status", "closed")], headers=team.supervisor.bearer
    )
    assert by_status.json()["total"] == 3


async def test_another_desk_s_request_is_404_like_an_unknown_one(ctx, client, team):
    arabic = await new_request(ctx, programme="refugee_desk_question", language="ar")
    foreign = await client.get(f"/api/v1/requests/{arabic.reference}", headers=team.agent.bearer)
    unknown = await client.get("/api/v1/requests/123456782", headers=team.agent.bearer)
    assert foreign.status_code == unknown.status_code == 404
    assert foreign.json() == unknown.json() == {"detail": {"key": "error-request-not-found", "params": {}}}
    reply = await client.post(
        f"/api/v1/requests/{arabic.reference}/replies", json={"text": "Merhaba"}, headers=team.agent.bearer
    )
    assert reply.status_code == 404


async def test_detail_masks_identity_and_phone(ctx, client, team):
    request = await new_request(ctx)
    answer = await client.get(f"/api/v1/requests/{request.reference}", headers=team.agent.bearer)
    assert answer.status_code == 200
    body = answer.json()
    assert body["national_id_masked"] == "10*******46"
    assert body["phone_masked"] == "+90********67"
    assert VALID_TC not in answer.text and "5321234567" not in answer.text
    assert body["allowed_next"] == ["in_review", "needs_info", "rejected", "closed"]
    assert [m["direction"] for m in body["messages"]] == ["in"]
    assert body["events"][0]["to_status"] == "received"


async def test_claim_reply_and_status_change(ctx, client, team):
    request = await new_request(ctx)
    claimed = await client.post("/api/v1/queue/claim", headers=team.agent.bearer)
    assert claimed.status_code == 200
    assert claimed.json()["reference"] == request.reference and claimed.json()["status"] == "in_review"
    assert claimed.json()["assignee_id"] == team.agent.user.id
    assert (await client.post("/api/v1/queue/claim", headers=team.agent.bearer)).status_code == 204

    reply = await client.post(
        f"/api/v1/requests/{request.reference}/replies", json={"text": "Belgeleriniz eksik."}, headers=team.agent.bearer
    )
    assert reply.status_code == 201
    assert reply.json()["direction"] == "out" and reply.json()["delivery_state"] == "queued"

    moved = await client.post(
        f"/api/v1/requests/{request.reference}/status",
        headers=team.agent.bearer,
        json={
            "status": "needs_info",
            "public_note": "Kira sözleşmesini gönderin.",
            "internal_note": "Ev sahibi aradı.",
        },
    )
    assert moved.status_code == 200
    assert moved.json()["status"] == "needs_info"
    assert moved.json()["events"][-1]["internal_note"] == "Ev sahibi aradı."

    async with ctx.db.transaction() as session:
        kinds = [
            (o.kind, o.payload.get("public_note"))
            for o in (await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars()
        ]
    assert ("staff_reply", None) in kinds
    assert ("status_changed", "Kira sözleşmesini gönderin.") in kinds
    assert all("Ev sahibi" not in str(kind) for kind in kinds)  # the internal note is never sent
    assert [a for a, _ in await audit_actions(ctx)] == ["claim", "reply", "status_change"]


async def test_an_invalid_transition_is_409_with_its_key(ctx, client, team):
    request = await new_request(ctx)
    await client.post("/api/v1/queue/claim", headers=team.agent.bearer)
    answer = await client.post(
        f"/api/v1/requests/{request.reference}/status", json={"status": "delivered"}, headers=team.agent.bearer
    )
    assert answer.status_code == 409
    assert answer.json()["detail"] == {
        "key": "error-transition-forbidden",
        "params": {"current": "in_review", "target": "delivered"},
    }
    cancel = await client.post(
        f"/api/v1/requests/{request.reference}/status", json={"status": "cancelled"}, headers=team.agent.bearer
    )
    assert cancel.status_code == 409 and cancel.json()["detail"]["key"] == "error-transition-not-yours"


async def test_agents_act_only_on_what_they_hold_supervisors_on_their_desks(ctx, client, team):
    request = await new_request(ctx)
    unclaimed = await client.post(
        f"/api/v1/requests/{request.reference}/replies", json={"text": "Merhaba"}, headers=team.agent.bearer
    )
    assert unclaimed.status_code == 403 and unclaimed.json()["detail"]["key"] == "error-not-your-claim"
    await client.post("/api/v1/queue/claim", headers=team.agent.bearer)
    colleague = await client.post(
        f"/api/v1/requests/{request.reference}/replies", json={"text": "Merhaba"}, headers=team.other_agent.bearer
    )
    assert colleague.status_code == 403
    supervisor = await client.post(
        f"/api/v1/requests/{request.reference}/replies", json={"text": "Merhaba"}, headers=team.supervisor.bearer
    )
    assert supervisor.status_code == 201


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("replies", {"text": ""}),
        ("replies", {"text": "   \n"}),
        ("replies", {"text": "x" * 4097}),
        ("replies", {"text": "a\x00b"}),
        ("replies", {"text": "ok", "extra": 1}),
        ("status", {"status": "approved-ish"}),
        ("status", {}),
        ("status", {"status": "closed", "public_note": "x" * 2001}),
    ],
)
async def test_validation_errors_are_422(ctx, client, team, path, body):
    request = await new_request(ctx)
    await client.post("/api/v1/queue/claim", headers=team.agent.bearer)
    answer = await client.post(f"/api/v1/requests/{request.reference}/{path}", json=body, headers=team.agent.bearer)
    assert answer.status_code == 422
    assert isinstance(answer.json()["detail"], list)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"programme": "pizza"},
        {"status": "lost"},
        {"district": "Paris"},
        {"language": "Arabic!"},
    ],
)
async def test_bad_filters_are_422(client, team, params):
    assert (await client.get("/api/v1/requests", params=params, headers=team.agent.bearer)).status_code == 422


async def test_a_malformed_reference_is_422(client, team):
    assert (await client.get("/api/v1/requests/12345", headers=team.agent.bearer)).status_code == 422


async def test_programmes_are_named_in_the_asked_language(client, team):
    turkish = (await client.get("/api/v1/programmes", headers=team.agent.bearer)).json()
    codes = [p["code"] for p in turkish]
    assert "winter_fuel" in codes and "refugee_desk_question" in codes
    fuel = next(p for p in turkish if p["code"] == "winter_fuel")
    assert fuel["desk"] == "social_aid" and fuel["confidential"] is True and fuel["sla_hours"] == 240
    english = (await client.get("/api/v1/programmes", params={"locale": "en"}, headers=team.agent.bearer)).json()
    assert len(english) == len(turkish)


async def test_json_answers_carry_security_headers(client, team):
    answer = await client.get("/api/v1/programmes", headers=team.agent.bearer)
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["cache-control"] == "no-store"


async def test_openapi_documents_the_api_with_models(client):
    schema = (await client.get("/api/openapi.json")).json()
    paths = schema["paths"]
    assert {
        "/api/v1/requests",
        "/api/v1/requests/{reference}",
        "/api/v1/requests/{reference}/replies",
        "/api/v1/requests/{reference}/status",
        "/api/v1/queue/claim",
        "/api/v1/programmes",
    } <= set(paths)
    assert not any(p.startswith(("/console", "/open311")) for p in paths)
    detail = paths["/api/v1/requests/{reference}"]["get"]["responses"]
    assert detail["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/RequestDetail")
    assert "404" in detail and "401" in detail
    assert "409" in paths["/api/v1/requests/{reference}/status"]["post"]["responses"]
    assert "bearer" in str(schema["components"]["securitySchemes"]).lower()


async def test_the_api_over_a_real_socket(ctx, app, team):
    request = await new_request(
        ctx, programme="refugee_desk_question", language="ar", description="أحتاج إلى مساعدة في السكن"
    )
    async with serving(app) as base, httpx.AsyncClient(base_url=base) as http:
        listed = await http.get("/api/v1/requests", headers=team.refugee_agent.bearer)
        assert listed.status_code == 200 and listed.json()["items"][0]["reference"] == request.reference
        claimed = await http.post("/api/v1/queue/claim", headers=team.refugee_agent.bearer)
        assert claimed.json()["status"] == Status.IN_REVIEW
        detail = await http.get(f"/api/v1/requests/{request.reference}", headers=team.refugee_agent.bearer)
        assert detail.json()["messages"][0]["text"] == "أحتاج إلى مساعدة في السكن"
        assert detail.headers["content-type"] == "application/json"
        assert (await http.get("/api/v1/requests")).status_code == 401


async def test_openapi_documents_every_outgoing_webhook_with_its_body_and_signature(client):
    schema = (await client.get("/api/openapi.json")).json()
    hooks = schema["webhooks"]
    assert set(hooks) == {
        "request.created",
        "request.status_changed",
        "request.sla_breached",
        "request.safeguarding_flagged",
    }
    for hook in hooks.values():
        body = hook["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body["$ref"].endswith("/WebhookBody")
        assert {"x-hemsehri-signature", "x-hemsehri-event-id"} <= {p["name"] for p in hook["post"]["parameters"]}
    request = schema["components"]["schemas"]["RequestData"]["properties"]
    assert {"reference", "programme", "desk", "status", "language", "created_at", "person"} <= set(request)
