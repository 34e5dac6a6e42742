"""SMS, for notifications no other channel delivered: NetGSM's HTTP API, sending only (nobody writes to us by SMS)."""

CHANNEL = "sms"
