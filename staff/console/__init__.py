"""The staff console under /console: one module of routes per thing a person does (see staff/console/router.py)."""
