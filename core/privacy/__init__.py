"""Erasure and retention (KVKK): every place a person's data lives, forgotten on request or after its period."""
