"""Announcements: one message, written once per language, sent to a segment of the people who applied."""
