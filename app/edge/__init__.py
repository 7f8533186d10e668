"""In front of FastAPI, under both servers: response cache, ETags, headers, access
log and HTTP limits."""
