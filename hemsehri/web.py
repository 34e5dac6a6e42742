"""The web application: health check, the staff console and APIs, the web chat and the channels' webhooks."""

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text

from bot.telegram_common import TelegramRuntime
from bot.webchat import Mailbox, mount_webchat
from bot.whatsapp import mount_whatsapp
from core.context import CoreContext
from core.i18n import Translator
from handlers.engine import Conversations
from staff.api.router import build_api_router
from staff.console.router import build_console_router
from staff.open311.router import build_open311_router


def create_app(
    ctx: CoreContext,
    *,
    translator: Translator | None = None,
    conversations: Conversations | None = None,
    mailbox: Mailbox | None = None,
    telegram: TelegramRuntime | None = None,
) -> FastAPI:
    """Builds the FastAPI application over an already built core; one translator and one engine serve every edge.

    With `telegram` given, POST /telegram/webhook is mounted and the runtime is started and closed
    with the app.
    """
    app = FastAPI(title="Hemşehri", version="0.1.0", docs_url="/api/docs", openapi_url="/api/openapi.json")
    app.state.core = ctx
    city = ctx.catalogue.city
    translator = translator or Translator(city.locales, city.default_locale)
    conversations = conversations or Conversations(ctx, translator)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        try:
            async with ctx.db.transaction() as session:
                await session.execute(text("SELECT 1"))
        except Exception:  # any failure of the database means "not healthy", whatever its type
            return JSONResponse({"status": "unavailable", "database": "down"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "up"})

    # POST/GET /whatsapp/webhook, only when HEMSEHRI_WHATSAPP_* are set.
    mount_whatsapp(app, ctx, conversations=conversations, translator=translator)
    # /chat, /chat/ws, /chat/upload; its mailbox is app.state.webchat_mailbox.
    mount_webchat(app, ctx, translator=translator, conversations=conversations, mailbox=mailbox)
    if telegram is not None:
        from bot.telegram_channel import mount_webhook

        mount_webhook(app, ctx, runtime=telegram)

    # Staff: the console (/console), the REST API (/api/v1) and Open311 GeoReport v2 (/open311/v2).
    app.include_router(build_console_router(ctx, translator))
    app.include_router(build_api_router(ctx, translator))
    app.include_router(build_open311_router(ctx, translator))

    return app
