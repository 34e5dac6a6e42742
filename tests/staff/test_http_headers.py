"""What every staff answer carries (issue 13 #17, #20): no third-party script, framing refused, types not
sniffed, referrers kept in, HSTS over https, on pages, JSON, errors and the API schema alike."""

import httpx
import pytest

PATHS = [
    "/console/login",
    "/console/no-such-page",
    "/api/openapi.json",
    "/api/v1/no-such-thing",
    "/open311/v2/services.json",
]


@pytest.mark.parametrize("path", PATHS)
async def test_every_staff_answer_carries_the_security_headers(client, team, path):
    answer = await client.get(path)
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "same-origin"
    assert "strict-transport-security" not in answer.headers  # plain http: HSTS would mean nothing


async def test_no_page_loads_a_script_from_elsewhere(client, team):
    for path in ("/api/docs", "/api/redoc", "/docs", "/redoc"):
        answer = await client.get(path)
        assert answer.status_code == 404 and "cdn" not in answer.text


@pytest.mark.parametrize("path", PATHS)
async def test_hsts_when_served_over_https(app, team, path):
    # Behind a proxy, uvicorn's proxy_headers turns a trusted X-Forwarded-Proto: https into this scheme.
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as https:
        answer = await https.get(path)
    assert answer.headers["strict-transport-security"].startswith("max-age=")
