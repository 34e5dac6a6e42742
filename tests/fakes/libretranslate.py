"""A fake LibreTranslate server: POST /translate answers «target» + the text, and remembers what it was sent.

`failing` makes it answer 500; a target in `unknown` gets LibreTranslate's 400 for a language it does not have.
"""

from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@dataclass
class FakeLibreTranslate:
    received: list[dict[str, Any]] = field(default_factory=list)
    failing: bool = False
    unknown: set[str] = field(default_factory=lambda: {"kmr", "ckb", "so"})

    def app(self) -> Starlette:
        async def translate(request: Request) -> JSONResponse:
            body = await request.json()
            self.received.append(body)
            if self.failing:
                return JSONResponse({"error": "busy"}, status_code=500)
            if body.get("target") in self.unknown:
                return JSONResponse({"error": f"{body['target']} is not supported"}, status_code=400)
            return JSONResponse({"translatedText": f"«{body['target']}» {body['q']}"})

        return Starlette(routes=[Route("/translate", translate, methods=["POST"])])
