"""The web application: health check now; the console, web chat and webhooks mount here."""

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text

from core.context import CoreContext


def create_app(ctx: CoreContext) -> FastAPI:
    """Builds the FastAPI application over an already built core."""
    app = FastAPI(title="Hemşehri", version="0.1.0", docs_url="/api/docs", openapi_url="/api/openapi.json")
    app.state.core = ctx

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        try:
            async with ctx.db.transaction() as session:
                await session.execute(text("SELECT 1"))
        except Exception:  # any failure of the database means "not healthy", whatever its type
            return JSONResponse({"status": "unavailable", "database": "down"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "up"})

    return app
