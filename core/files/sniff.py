"""What a file is, told by its first bytes, never by its name or by what the sender said it was."""

# What may be uploaded, recognised by the file's first bytes (never by its name or the browser's word).
# (magic at offset, offset, kind, mime type, extension); `ftyp` brands and RIFF forms are checked below.
_SIGNATURES: tuple[tuple[bytes, int, str, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "photo", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "photo", "image/png", ".png"),
    (b"GIF87a", 0, "photo", "image/gif", ".gif"),
    (b"GIF89a", 0, "photo", "image/gif", ".gif"),
    (b"%PDF-", 0, "document", "application/pdf", ".pdf"),
    (b"OggS", 0, "voice", "audio/ogg", ".ogg"),
    (b"ID3", 0, "audio", "audio/mpeg", ".mp3"),
    (b"fLaC", 0, "audio", "audio/flac", ".flac"),
    (b"\x1a\x45\xdf\xa3", 0, "voice", "audio/webm", ".webm"),
)
_FTYP_BRANDS: dict[bytes, tuple[str, str, str]] = {
    b"heic": ("photo", "image/heic", ".heic"),
    b"heix": ("photo", "image/heic", ".heic"),
    b"mif1": ("photo", "image/heif", ".heif"),
    b"avif": ("photo", "image/avif", ".avif"),
    b"M4A ": ("audio", "audio/mp4", ".m4a"),
    b"M4B ": ("audio", "audio/mp4", ".m4a"),
}


def sniff(head: bytes) -> tuple[str, str, str] | None:
    """(attachment kind, mime type, extension) of an allowed file from its first bytes, or None."""
    for magic, offset, kind, mime, extension in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return kind, mime, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "photo", "image/webp", ".webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "audio/wav", ".wav"
    if head[4:8] == b"ftyp" and (found := _FTYP_BRANDS.get(head[8:12])):
        return found
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:  # AAC (ADTS) or MPEG audio frame
        return "audio", "audio/mpeg" if head[1] & 0x06 else "audio/aac", ".mp3" if head[1] & 0x06 else ".aac"
    return None
