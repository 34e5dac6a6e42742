"""The request service: one package per domain (models, schemas, service), and what they share; no web or
messaging framework is imported here."""
