"""Canned replies: a desk's ready answers, one text per language."""
