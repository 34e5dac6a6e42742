"""The web chat channel: a page at /chat, a WebSocket at /chat/ws, uploads at /chat/upload, and its sender.

Modules: mailbox (what was said to each chat), chat (frames -> Inbound, answered through the channel kit), render,
uploads, connection (one socket), router, sender, channel (built by the composition root), static (the page).

Decisions kept here, in one place:

* Identity is a random 128-bit code the browser makes and keeps (32 lowercase hex digits). It is the
  Inbound's `user_id` and `chat_id`; nothing else the client says is taken as identity. It travels in
  the first WebSocket frame and in the upload form, never in a URL (URLs land in access logs).
* Everything said to a person (replies, notifications, the person's own messages for their other
  tabs and devices) goes into a per-chat :class:`Mailbox` with increasing sequence numbers; a socket
  pushes what is new, and a client that reconnects says the last sequence it saw and gets the rest.
  A mailbox has an `epoch` that changes when it is lost (a restart of the in-process one), so a
  client holding old sequence numbers starts over instead of waiting for numbers already used.
* The client gives each message a random id; `update_id` is `<chat>:<id>`, so a message sent again
  after a dropped connection is recognised by the engine and answered once.
* Bad input is answered with an `error` frame carrying a code and a sentence in the person's
  language; the connection stays open. Only a bad or missing `hello` closes it (1008).
"""

CHANNEL = "webchat"  # the channel's name on contacts and outbox rows
