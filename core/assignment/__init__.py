"""Pushing new requests to available agents, for desks that choose it over claim-next."""
