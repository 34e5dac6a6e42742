"""Platform updates already taken in, so a redelivered one is acted on once."""
