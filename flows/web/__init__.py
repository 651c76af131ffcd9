"""flows/web/: the read-only dashboard, Atom feeds and JSON API (`natowatch web`).

`create_app(store, stories)` builds the ASGI app (FastAPI: Jinja2 templates, OpenAPI for the
API); `serve` runs it with uvicorn. Every read goes through `storage.Store` (opened
read-only by the CLI); every shape comes from flows/present.py.
"""
from natowatch.flows.web.app import WebError, create_app, serve

__all__ = ["WebError", "create_app", "serve"]
