"""Open311 GeoReport v2 under /open311/v2 for other city systems."""
