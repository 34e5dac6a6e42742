"""Reports over a period: volumes, response and resolution times, service levels, by group, counts only."""
