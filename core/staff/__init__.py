"""Staff accounts, their API tokens and console sessions, and sign-in throttling."""
