"""Tags: free labels a desk puts on its requests."""
