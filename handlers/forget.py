"""Forget me: a person asks, confirms, and everything the city holds about them on this channel is erased."""

from core.privacy import service as privacy
from handlers.turn import END, Next, Turn, button

PREFIX = "forget:"
YES, NO = "forget:yes", "forget:no"


async def on_forget(turn: Turn) -> Next:
    """Says what erasure means (open applications are cancelled, nothing can be undone) and asks to confirm."""
    turn.say("forget-ask", choices=[[button("forget-yes", YES)], [button("forget-no", NO)]])
    return END


async def on_forget_button(turn: Turn) -> Next:
    """Erases on 'yes' (files kept on this server too); keeps everything on 'no'."""
    if turn.button != YES:
        turn.say("forget-kept")
        turn.menu = True
        return END
    files = await privacy.erase_contact(session=turn.session, contact_id=turn.contact.id, reason="asked in the chat")
    privacy.remove_local_files(turn.ctx.settings.data_dir / "attachments", files)
    turn.say("forget-done")
    return END
