"""Conversation state: where each person is in a journey, kept in the database between their messages."""
