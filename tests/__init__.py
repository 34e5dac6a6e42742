"""The tests. A test that drives aiogram imports it as the service does (see tests/test_fake_telegram.py)."""
