"""Delivery: outbox rows sent once each, in the contact's language, at each platform's pace.

errors.py (how a send failed), schemas.py (the rendered message and the sender's interface), render.py (a row
in the contact's language), worker.py (claims, paces, sends and marks; its SQL lives in the outbox and contacts
services).
"""
