"""Help, cancel, the menu, and kind answers to stickers, locations, contacts and anything unexpected."""

from handlers.turn import END, KEEP, Next, Turn


async def on_help(turn: Turn) -> Next:
    """What the bot can do; inside a journey, a reminder of how to leave it, and its question again."""
    turn.say("help")
    if turn.flow is not None:
        turn.say("help-in-flow")
        return turn.resume()
    turn.menu = True
    return END


async def on_cancel(turn: Turn) -> Next:
    """Leaves any journey from any step; everything it collected is forgotten."""
    turn.say("cancel-done" if turn.flow is not None else "cancel-nothing")
    turn.menu = True
    return END


async def on_menu(turn: Turn) -> Next:
    """Shows the main menu; a journey under way stays where it is."""
    turn.say("menu-prompt")
    turn.menu = True
    return KEEP


async def on_sticker(turn: Turn) -> Next:
    turn.say("common-sticker")
    turn.menu = True
    return END


async def on_location(turn: Turn) -> Next:
    turn.say("common-location")
    turn.menu = True
    return END


async def on_contact(turn: Turn) -> Next:
    """A phone number shared when none was asked for: not kept."""
    turn.say("common-contact-not-needed")
    turn.menu = True
    return END


async def on_unsupported(turn: Turn) -> Next:
    turn.say("common-unsupported")
    turn.menu = True
    return END


async def on_stale_button(turn: Turn) -> Next:
    """A button from an older message, whose question is no longer open."""
    turn.say("common-button-expired")
    turn.menu = True
    return END


async def on_unknown_command(turn: Turn) -> Next:
    turn.say("common-unknown-command", command=f"/{(turn.inbound.command or '')[:32]}")
    if turn.flow is not None:
        return turn.resume()
    turn.menu = True
    return END


async def not_now(turn: Turn) -> Next:
    """A sticker, location or unreadable message in the middle of a journey: the question again."""
    turn.say("hint-not-now")
    return turn.resume()
