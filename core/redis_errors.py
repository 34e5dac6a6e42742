"""Redis's errors, for the `except` clauses of code that runs with Redis (the scaled mode) and without it.

The embedded mode never imports the Redis client (~14 MB and ~0.4 s of a start-up): while it is not loaded no
Redis error can be raised, and a clause catches only the errors it names besides.
"""

import sys


def with_redis_errors(*errors: type[Exception]) -> tuple[type[Exception], ...]:
    """`errors`, and RedisError once the Redis client is loaded: `except with_redis_errors(OSError) as exc:`."""
    module = sys.modules.get("redis.exceptions")
    return (*errors, module.RedisError) if module is not None else errors
