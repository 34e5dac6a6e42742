"""The staff edges: the console (staff/console), the REST API v1 (staff/api), Open311 GeoReport v2 (staff/open311)."""
