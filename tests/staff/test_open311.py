"""Open311 GeoReport v2: public services, requests only with an api_key, never personal data, JSON and XML."""

import json
from datetime import date
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.requests.models import Request
from tests import factories
from tests.factories import VALID_TC

SPEC_FIELDS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}
SECRET_WORDS = "Zeynep Kaya çok acil"


async def seeded(ctx):
    """Two requests with everything personal a request can hold."""
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        person.display_name = "Zeynep Kaya"
        fuel = await factories.request(
            session, ctx.catalogue, ctx.vault, owner=person, description=f"{SECRET_WORDS}: sobamız bozuk"
        )
        question = await factories.request(
            session,
            ctx.catalogue,
            ctx.vault,
            programme="refugee_desk_question",
            language="ar",
            description="سؤال عن الإقامة",
        )
    return fuel, question


def assert_no_personal_data(text: str) -> None:
    for secret in (
        VALID_TC,
        "10*******46",
        "5321234567",
        "+90",
        "Zeynep",
        "Kaya",
        "sobamız",
        "Bostanlı",
        "سؤال",
        "acil",
    ):
        assert secret not in text, secret


async def test_services_are_public_localized_in_json_and_xml(client):
    turkish = await client.get("/open311/v2/services.json")
    assert turkish.status_code == 200 and turkish.headers["content-type"].startswith("application/json")
    services = turkish.json()
    assert {s["service_code"] for s in services} >= {"cash_aid", "winter_fuel", "refugee_desk_question"}
    assert set(services[0]) == {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}
    english = (await client.get("/open311/v2/services.json", params={"locale": "en"})).json()
    assert [s["service_code"] for s in english] == [s["service_code"] for s in services]

    xml = await client.get("/open311/v2/services.xml", params={"jurisdiction_id": "izmir.bel.tr"})
    assert xml.status_code == 200 and xml.headers["content-type"].startswith("text/xml")
    assert xml.text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    root = ET.fromstring(xml.content)
    assert root.tag == "services"
    codes = [node.findtext("service_code") for node in root.findall("service")]
    assert codes == [s["service_code"] for s in services]
    assert root.find("service/metadata").text == "true"


async def test_service_definition_lists_the_programme_s_attributes(client):
    definition = (await client.get("/open311/v2/services/winter_fuel.json")).json()
    codes = [a["code"] for a in definition["attributes"]]
    assert codes == ["national_id", "district", "neighbourhood", "household_size", "language", "consent"]
    district = definition["attributes"][1]
    assert district["datatype"] == "singlevaluelist" and {"key": "Buca", "name": "Buca"} in district["values"]
    xml = ET.fromstring((await client.get("/open311/v2/services/winter_fuel.xml")).content)
    assert xml.tag == "service_definition"
    assert [a.findtext("code") for a in xml.findall("attributes/attribute")] == codes
    missing = await client.get("/open311/v2/services/pizza.json")
    assert missing.status_code == 404 and missing.json()[0]["code"] == 404


async def test_requests_of_confidential_programmes_need_an_api_key(ctx, client, team):
    fuel, _ = await seeded(ctx)
    anonymous = await client.get("/open311/v2/requests.json")
    assert anonymous.status_code == 200 and anonymous.json() == []
    one = await client.get(f"/open311/v2/requests/{fuel.reference}.json")
    assert one.status_code == 404 and one.json()[0]["code"] == 404
    wrong = await client.get("/open311/v2/requests.json", params={"api_key": "hms_wrong"})
    assert wrong.status_code == 403 and wrong.json()[0]["code"] == 403
    xml_error = ET.fromstring((await client.get("/open311/v2/requests.xml", params={"api_key": "x"})).content)
    assert xml_error.tag == "errors" and xml_error.findtext("error/code") == "403"


async def test_with_a_key_requests_show_status_but_never_personal_data(ctx, client, team):
    fuel, question = await seeded(ctx)
    listed = await client.get("/open311/v2/requests.json", params={"api_key": team.supervisor.token})
    assert listed.status_code == 200
    body = listed.json()
    assert {r["service_request_id"] for r in body} == {fuel.reference, question.reference}
    for item in body:
        assert set(item) == SPEC_FIELDS
        assert item["status"] == "open" and item["description"] is None and item["address"] is None
        assert item["requested_datetime"].endswith("Z")
    assert_no_personal_data(listed.text)

    agent = await client.get("/open311/v2/requests.json", params={"api_key": team.agent.token})
    assert [r["service_request_id"] for r in agent.json()] == [fuel.reference]  # desk rules apply
    hidden = await client.get(f"/open311/v2/requests/{question.reference}.json", params={"api_key": team.agent.token})
    assert hidden.status_code == 404

    xml = await client.get(f"/open311/v2/requests/{fuel.reference}.xml", params={"api_key": team.agent.token})
    root = ET.fromstring(xml.content)
    assert root.tag == "service_requests"
    assert root.findtext("request/service_request_id") == fuel.reference
    assert root.findtext("request/status") == "open"
    assert {child.tag for child in root.find("request")} == SPEC_FIELDS
    assert_no_personal_data(xml.text)


async def test_filters_by_status_service_code_and_ids(ctx, client, team):
    fuel, question = await seeded(ctx)
    key = {"api_key": team.supervisor.token}
    closed = await client.get("/open311/v2/requests.json", params={**key, "status": "closed"})
    assert closed.json() == []
    by_code = await client.get("/open311/v2/requests.json", params={**key, "service_code": "refugee_desk_question"})
    assert [r["service_request_id"] for r in by_code.json()] == [question.reference]
    by_id = await client.get(
        "/open311/v2/requests.json", params={**key, "service_request_id": f"{fuel.reference},nonsense"}
    )
    assert [r["service_request_id"] for r in by_id.json()] == [fuel.reference]
    old = await client.get("/open311/v2/requests.json", params={**key, "end_date": "2020-01-01T00:00:00Z"})
    assert old.json() == []
    assert (await client.get("/open311/v2/requests.json", params={**key, "status": "lost"})).status_code == 400
    assert (await client.get("/open311/v2/requests.json", params={**key, "start_date": "yesterday"})).status_code == 400
    assert (await client.get("/open311/v2/requests.yaml", params=key)).status_code == 404


async def test_posting_a_request_puts_it_in_the_queue(ctx, client, team):
    form = {
        "api_key": team.agent.token,
        "service_code": "winter_fuel",
        "phone": "0532 123 45 67",
        "attribute[national_id]": VALID_TC,
        "attribute[district]": "Karşıyaka",
        "attribute[neighbourhood]": "Bostanlı",
        "attribute[household_size]": "4",
        "attribute[consent]": "true",
        "description": "Zeynep Kaya çok acil",
        "first_name": "Zeynep",
        "last_name": "Kaya",
        "account_id": "153-991",
    }
    created = await client.post("/open311/v2/requests.json", data=form)
    assert created.status_code == 200, created.text
    [answer] = created.json()
    assert set(answer) == {"service_request_id", "service_notice", "account_id"}
    assert answer["account_id"] == "153-991"
    reference = answer["service_request_id"]
    assert_no_personal_data(created.text)
    async with ctx.db.transaction() as session:
        stored = (await session.execute(select(Request).where(Request.reference == reference))).scalar_one()
        assert stored.channel == "open311" and stored.status == "received" and stored.desk == "social_aid"
        assert stored.national_id_masked == "10*******46" and stored.answers["full_name"] == "Zeynep Kaya"
        audit = (await session.execute(select(AuditEntry))).scalars().all()
        assert [(a.action, a.target, a.staff_id) for a in audit] == [("open311_create", reference, team.agent.user.id)]
    queued = await client.get("/api/v1/requests", headers=team.agent.bearer)
    assert reference in [r["reference"] for r in queued.json()["items"]]

    xml = await client.post("/open311/v2/requests.xml", data={**form, "account_id": ""})
    root = ET.fromstring(xml.content)
    assert root.tag == "service_requests" and root.findtext("request/service_request_id").isdigit()


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"api_key": ""}, 403, 403),
        ({"api_key": "hms_wrong"}, 403, 403),
        ({"service_code": ""}, 400, 400),
        ({"service_code": "pizza"}, 404, 404),
        ({"service_code": "stationery_set"}, 403, 403),  # the education desk is not the key holder's
        ({"attribute[consent]": ""}, 400, 400),
        ({"attribute[national_id]": "12345678901"}, 400, 400),
        ({"attribute[district]": "Kadıköy"}, 400, 400),
        ({"attribute[household_size]": "many"}, 400, 400),
        ({"description": "a\x00b"}, 400, 400),
    ],
)
async def test_refused_posts_say_why_in_the_spec_s_error_format(ctx, client, team, change, status, code):
    form = {
        "api_key": team.agent.token,
        "service_code": "winter_fuel",
        "phone": "0532 123 45 67",
        "attribute[national_id]": VALID_TC,
        "attribute[district]": "Karşıyaka",
        "attribute[neighbourhood]": "Bostanlı",
        "attribute[household_size]": "4",
        "attribute[consent]": "true",
        "description": "Kışlık kömür",
    }
    answer = await client.post("/open311/v2/requests.json", data={**form, **change})
    assert answer.status_code == status
    [error] = answer.json()
    assert error["code"] == code and error["description"]
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(Request))).scalars().all() == []


async def test_the_list_is_json_even_for_arabic_names(client):
    answer = await client.get("/open311/v2/services.json", params={"locale": "ar"})
    assert answer.status_code == 200
    assert isinstance(json.loads(answer.content.decode("utf-8")), list)


async def test_a_programme_s_own_questions_are_service_attributes_posted_and_checked(ctx, client, team):
    definition = (await client.get("/open311/v2/services/rent_support.json")).json()
    attributes = {a["code"]: a for a in definition["attributes"]}
    assert attributes["rent_amount"]["datatype"] == "number" and attributes["rent_amount"]["required"]
    assert attributes["landlord_phone_known"]["datatype"] == "singlevaluelist"
    assert not attributes["landlord_phone"]["required"]  # asked only after a yes
    form = {
        "api_key": team.agent.token,
        "service_code": "milk_for_children",
        "phone": "0532 123 45 67",
        "attribute[national_id]": VALID_TC,
        "attribute[district]": "Konak",
        "attribute[neighbourhood]": "Alsancak",
        "attribute[household_size]": "4",
        "attribute[consent]": "true",
        "first_name": "Zeynep",
        "last_name": "Kaya",
    }
    young = f"01.06.{date.today().year - 1}"
    wrong = await client.post("/open311/v2/requests.json", data={**form, "attribute[child_birth_dates]": "31.02.2024"})
    assert wrong.status_code == 400 and "child_birth_dates" in wrong.text
    created = await client.post("/open311/v2/requests.json", data={**form, "attribute[child_birth_dates]": young})
    assert created.status_code == 200, created.text
    async with ctx.db.transaction() as session:
        stored = (await session.execute(select(Request).where(Request.programme == "milk_for_children"))).scalar_one()
        assert stored.answers["child_birth_dates"] == [f"{date.today().year - 1}-06-01"]
