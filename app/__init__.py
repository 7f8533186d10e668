"""Tahaluf: a read-only API of what public documents say about counter-terrorism coalitions."""
