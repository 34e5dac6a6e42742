"""Safeguarding: disclosures of danger spotted in what people write, and the flags staff confirm or clear."""
