"""The staff queue: what waits for staff, in order, and claiming the next request atomically."""
