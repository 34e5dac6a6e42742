"""Cutting a long text into messages a platform accepts (Telegram and WhatsApp: 4,096 characters each)."""

import unicodedata

MAX_TEXT_LENGTH = 4096


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Splits text into pieces of at most `limit` characters: on line breaks, then spaces, then anywhere.

    Pieces that would be only whitespace are dropped (Telegram refuses them).
    """
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]  # a break right after the limit still leaves a full piece
        cut = window.rfind("\n")
        skip = 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut, skip = limit, 0
            while cut > 1 and unicodedata.combining(rest[cut]):  # keep a mark with its letter
                cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut + skip :]
    pieces.append(rest)
    return [piece for piece in pieces if piece.strip()]
