"""The HTTP API (FastAPI) and the dashboard over an event store: `tacitus serve`."""
