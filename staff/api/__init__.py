"""The staff REST API v1 under /api/v1, authenticated by staff API tokens."""
