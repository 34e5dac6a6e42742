"""The composition root (hemsehri.service) and the `hemsehri` command (hemsehri.cli)."""
