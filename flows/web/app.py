"""The route table, the templates and the server: one app object the CLI and the tests build.

Routes (every story id is a story of the settings; an unknown one is a 404):
  /                                   the stories (one story: its dashboard)
  /stories/<id>/                      dashboard: candidates, tally, backing over time, latest events
  /stories/<id>/events                timeline, newest first, filters ?type= &candidate= &state= &status=
  /stories/<id>/events/<event id>     an event with every source's evidence, matched parts marked
  /stories/<id>/events.atom           Atom feed of the story's events;  /events.atom  every story's
  /alerts  /feeds                     the outbox and the polled feeds
  /api/...                            the same data as JSON (api.py); /api/openapi.json describes it
  /static/...                         CSS (no directory listing)
"""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Callable, Sequence

from fastapi import FastAPI, HTTPException, Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.templating import Jinja2Templates

from natowatch.extract.story import Story
from natowatch.storage import Store

HERE = Path(__file__).resolve().parent
# Pages never run inline script or load anything from elsewhere: a sentence from a stranger that
# slipped past escaping still could not run or phone home.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class WebError(RuntimeError):
    """The server cannot start (the address is taken or not ours): one line for the CLI."""


class Web:
    """What every view needs: the store, the stories by id, the templates."""

    def __init__(self, store: Store, stories: Sequence[Story]):
        self.store = store
        self.stories = {story.id: story for story in stories}
        # Autoescape everything (HTML and the Atom XML): evidence, titles and outlets are text from strangers.
        environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.templates = Jinja2Templates(env=environment)

    def story(self, story_id: str) -> Story:
        story = self.stories.get(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id!r} here")
        return story

    def render(self, request: Request, template: str, context: object, *, status_code: int = 200,
               media_type: str | None = None):
        return self.templates.TemplateResponse(
            request, template, {"page": context, "stories": list(self.stories.values())},
            status_code=status_code, media_type=media_type)


def create_app(store: Store, stories: Sequence[Story]) -> FastAPI:
    from natowatch.flows.web import api, atom, pages

    app = FastAPI(title="natowatch", description="Events of leadership races read from the news (read-only).",
                  version="1", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.web = Web(store, stories)
    app.include_router(pages.router)
    app.include_router(atom.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=HERE / "static", html=False), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return request.app.state.web.render(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                            status_code=exc.status_code)

    return app


def web_of(request: Request) -> Web:
    return request.app.state.web


def serve(store: Store, stories: Sequence[Story], *, host: str = "127.0.0.1", port: int = 8000,
          echo: Callable[[str], None] = print) -> None:
    """Serve until interrupted. The socket is bound before the address is printed, so whoever
    reads the line (a person, a test) can connect at once; port 0 takes any free port."""
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise WebError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    echo(f"natowatch web: {', '.join(s.title for s in stories)} from {store.url}")
    echo(f"natowatch web: open http://{shown}:{bound}/ (Ctrl-C to stop)")
    config = uvicorn.Config(create_app(store, stories), log_level="warning", access_log=False,
                            server_header=False, proxy_headers=False)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    # uvicorn re-raises the Ctrl-C it caught as it returns, but asyncio's runner can take that second SIGINT
    # for a cancellation of a task that is already ending and return normally (seen once in CI under load):
    # a server that started and was told to exit was stopped by a signal, so the command's code stays 130
    if server.started and server.should_exit:
        raise KeyboardInterrupt

