"""The web application: health check now; the console, web chat and webhooks mount here."""

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text

from bot.webchat import mount_webchat
from bot.whatsapp import mount_whatsapp
from core.context import CoreContext
from core.i18n import Translator
from staff.api.router import build_api_router
from staff.console.router import build_console_router
from staff.open311.router import build_open311_router


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

    mount_whatsapp(app, ctx)  # POST/GET /whatsapp/webhook, only when HEMSEHRI_WHATSAPP_* are set
    mount_webchat(app, ctx)  # /chat, /chat/ws, /chat/upload; its mailbox is app.state.webchat_mailbox

    # Staff: the console (/console), the REST API (/api/v1) and Open311 GeoReport v2 (/open311/v2).
    staff_translator = Translator(ctx.catalogue.city.locales, ctx.catalogue.city.default_locale)
    app.include_router(build_console_router(ctx, staff_translator))
    app.include_router(build_api_router(ctx, staff_translator))
    app.include_router(build_open311_router(ctx, staff_translator))

    return app
