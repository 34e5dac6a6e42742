"""The channels: bot/channel.py is the kit every channel shares; bot/telegram, bot/whatsapp and bot/webchat each
implement only what is their own (parse, render, webhook or page, sender)."""
