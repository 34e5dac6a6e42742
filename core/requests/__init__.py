"""Requests (applications and questions): their threads, the status machine, and what staff do to them (actions)."""
