"""The Telegram channel: a raw update -> Inbound (parse), a Reply -> Bot API calls (render), on either runtime.

Both runtimes (aiogram, python-telegram-bot: HEMSEHRI_TELEGRAM_RUNTIME) hand the raw update to
:class:`bot.telegram.updates.Updates` and make the plain Bot API calls it returns with their own client, so what
the citizen sees cannot drift between them. Modules: parse, render, updates (the update's way through the
channel kit, and sending), aiogram and ptb (the runtimes), webhook (the route), channel (built from settings).

Decisions kept here, in one place:

* Updates used: ``message`` and ``callback_query`` (``ALLOWED_UPDATES``). Edited messages are not
  subscribed to and are ignored if one arrives: in a step-by-step form an edit of an earlier answer would be
  taken as the answer to the current question.
* Only private chats are served. In a group the bot answers ``/start`` and ``/help`` with one short note
  (``telegram-private-only``) and ignores everything else; nothing from a group reaches the engine.
* A shared contact is ``CONTACT`` only when it is the sender's own (``contact.user_id`` equals the sender, as
  the "share my phone" button sends it); someone else's contact card is passed on as ``TEXT`` holding the
  number, like a typed one.
* Malformed updates and unknown update types are ignored (logged at debug). An update the engine fails on
  for a reason other than storage is a poison update: logged with its id, skipped, the person told that
  something went wrong. A storage failure raises ``CouldNotRecord``, so a webhook answers 5xx and
  Telegram retries; polling retries a few times itself.
"""
