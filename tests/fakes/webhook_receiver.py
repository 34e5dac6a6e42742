"""A fake webhook receiver: POST / records each delivery (headers and raw body) and answers what it is told.

`answers` is consumed one status per request (then 200); `hold` keeps the next request unanswered until released
(a receiver that has the request while the sender dies); `arrived` is set on every request.
"""

import asyncio
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeReceiver:
    received: list[Received] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    hold: bool = False
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def app(self) -> Starlette:
        async def receive(request: Request) -> Response:
            self.received.append(Received(dict(request.headers), await request.body()))
            self.arrived.set()
            if self.hold:
                self.hold = False
                await self.released.wait()
            return Response(status_code=self.answers.pop(0) if self.answers else 200)

        return Starlette(routes=[Route("/", receive, methods=["POST"])])
