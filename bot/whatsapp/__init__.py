"""The WhatsApp channel (Cloud API): the signed webhook -> Inbound, a Reply -> Graph API messages, the worker's sender.

Modules: graph (the Graph API client and what its errors mean), parse, render (with its list-page store), webhook,
sender, channel (built from settings).

Decisions kept here, in one place:

* The webhook's signature (``X-Hub-Signature-256``, HMAC-SHA256 of the app secret over the raw body) is
  checked in constant time before the body is parsed: absent 401, wrong 403, and nothing is acted on.
* Messages of one payload are handled in order, one person at a time (the person's lock, see bot.channel).
  The answer is 200 only once the engine has committed every message of the payload (it records the
  ``wamid`` as ``update_id`` with ``source="whatsapp:<phone_number_id>"`` in the same transaction, so Meta's
  redeliveries, which go on for a day, are recognised). A storage failure answers 503 so Meta retries; a
  message the engine fails on for another reason is a poison message: logged with its wamid, skipped, and
  the person told something went wrong. A body that is not the Cloud API's shape answers 400.
* Replies are sent through the Graph API before the webhook answers (so one person's replies keep their
  order). A reply that fails to send is logged, not retried: what the person said is already recorded.
* Choices: up to 3 with titles of at most 20 characters become reply buttons; anything else an interactive
  list (rows of 24 characters, the full label in the row's description when it is cut). More than 10 rows
  are paginated: 9 rows and a "more" row whose id points into a :class:`PageStore` (in memory by default).
* WhatsApp has no persistent keyboard: ``Reply.menu`` turns the last plain text of the reply into a list
  message with a "Menu" button (or adds one). A picked menu row reaches the engine as ``TEXT`` holding the
  label, exactly as Telegram's reply keyboard sends it.
* ``ask_phone``: WhatsApp already knows the number the person writes from. The message invites them to type
  a number and offers a "use this number" button (id ``wa:own-phone``). Its press reaches the engine as
  ``CONTACT`` with ``+<wa_id>`` taken from the signed webhook's ``from``, never from the button's id, so it
  cannot be forged. A shared contact card is ``CONTACT`` only when it is the sender's own number, else
  ``TEXT`` holding the number (as on Telegram).
* Button ids starting with ``wa:`` belong to this adapter and never reach the engine.
* ``request_welcome`` (sent when someone opens the chat for the first time, if the welcome message is on in
  WhatsApp Manager) reaches the engine as ``COMMAND start``; a typed ``/start`` (or another ``/command``)
  as that command. Reactions and system notices (a changed number) are not passed on.
* Statuses (sent, delivered, read, failed) come batched and out of order: per wamid only the most advanced
  one of a payload is passed to ``on_status``; ``failed`` outranks everything (see :func:`status_rank`).
* Outside the 24-hour customer-service window the sender sends the approved template of the notification's
  kind in the person's language (see :class:`TemplateSpec`).
"""
