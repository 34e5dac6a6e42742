"""Forget me: a person asks, confirms, and everything the city holds about them on this channel is erased."""

from handlers.turn import END, Next, Turn, button

PREFIX = "forget:"
YES, NO = "forget:yes", "forget:no"


async def on_forget(turn: Turn) -> Next:
    """Says what erasure means (open applications are cancelled, nothing can be undone) and asks to confirm."""
    turn.say("forget-ask", choices=[[button("forget-yes", YES)], [button("forget-no", NO)]])
    return END


async def on_forget_button(turn: Turn) -> Next:
    """Erases on 'yes' (everywhere the person's data lives: files, the channel's copies); keeps all on 'no'."""
    if turn.button != YES:
        turn.say("forget-kept")
        turn.menu = True
        return END
    await turn.ctx.privacy.erase_person(session=turn.session, contact_id=turn.contact.id, reason="asked in the chat")
    turn.memo.clear()  # nothing of the person's conversation is saved again
    turn.say("forget-done")
    return END
