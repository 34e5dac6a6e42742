"""Contacts: a person who writes to the city on one channel, their language, consent and reachability."""
