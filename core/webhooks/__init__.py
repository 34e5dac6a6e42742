"""Outgoing webhooks: events about requests, signed and delivered to the city's other systems from an outbox."""
