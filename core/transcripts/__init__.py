"""What a channel without a history of its own (the web chat) said to each chat, kept in the database."""
