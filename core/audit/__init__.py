"""The audit log: every staff action on personal data or configuration, each entry chained to the one before."""
