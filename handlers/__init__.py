"""The conversations, free of any messaging framework: an Inbound in, a Reply of message keys out (handlers.engine)."""
