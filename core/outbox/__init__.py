"""The notification outbox: rows written with the change that causes them, claimed and marked by the worker."""
