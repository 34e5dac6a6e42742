"""The call-back list: people no channel could reach, for staff to phone."""
