"""Serving side: every request is a query over the records rendered at build time."""
