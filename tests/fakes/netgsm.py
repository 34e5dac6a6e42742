"""A fake NetGSM server: GET /sms/send/get answers as NetGSM does ("00 <job id>", or an error code), and remembers.

`answer` sets the code it gives (e.g. "30" for wrong credentials, "80" for the sending limit).
"""

import itertools
from dataclasses import dataclass, field

from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from core.settings import SmsSettings

USERCODE, PASSWORD, HEADER = "8503001122", "netgsm-test-password", "BELEDIYE"


@dataclass
class FakeNetGsm:
    sent: list[dict[str, str]] = field(default_factory=list)  # the query of every accepted message
    answer: str = "00"

    def __post_init__(self) -> None:
        self._jobs = itertools.count(1_700_000_001)

    def app(self) -> Starlette:
        async def send(request: Request) -> PlainTextResponse:
            query = dict(request.query_params)
            if (query.get("usercode"), query.get("password")) != (USERCODE, PASSWORD):
                return PlainTextResponse("30")
            if query.get("msgheader") != HEADER:
                return PlainTextResponse("40")
            if not query.get("gsmno", "").isdigit() or not query.get("message"):
                return PlainTextResponse("70")
            if self.answer != "00":
                return PlainTextResponse(self.answer)
            self.sent.append(query)
            return PlainTextResponse(f"00 {next(self._jobs)}")

        return Starlette(routes=[Route("/sms/send/get", send, methods=["GET"])])

    @staticmethod
    def settings(base_url: str) -> SmsSettings:
        return SmsSettings(usercode=USERCODE, password=SecretStr(PASSWORD), header=HEADER, api_url=base_url)

    def texts_to(self, number: str) -> list[str]:
        return [query["message"] for query in self.sent if query["gsmno"] == number.removeprefix("+")]
