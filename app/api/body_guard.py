"""Refuses oversized, non-JSON and non-UTF-8 request bodies before any route parses them.

Why a middleware: FastAPI reads and parses the body before a route or dependency
runs, so a route cannot stop a 100 MB upload, and a body that is not UTF-8 would
surface as a generic "error parsing the body". Here the declared Content-Length is
checked before reading anything, chunked bodies are counted as they arrive, and
each failure gets a JSON `{"detail": ...}` that says what was wrong.

Every body the API takes is JSON. FastAPI parses a body without a Content-Type as
JSON and hands any other type to validation as raw bytes, which reads as a puzzling
"input should be a valid dictionary"; `curl -d` sends form encoding by default, so
that type gets a 415 that names the header to send instead.
"""

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

JSON_ESCAPE_FACTOR = 6
"""A byte of code can take up to 6 bytes in a JSON string (`\\u0001`)."""

ENVELOPE_BYTES = 64 * 1024
"""Room for the other fields of a submission body."""

BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


def body_limit_for(max_code_bytes: int) -> int:
    """The largest request body that could still carry code within the code limit."""
    return JSON_ESCAPE_FACTOR * max_code_bytes + ENVELOPE_BYTES


class RequestBodyGuard:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_code_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_code_bytes = max_code_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in BODYLESS_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = _content_length(headers)
        if declared is not None and declared > self.max_body_bytes:
            await self._too_large(scope, receive, send, declared)
            return

        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left; nobody to answer
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_body_bytes:
                await self._too_large(scope, receive, send, None)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)

        if body and not _is_json(headers):
            content_type = headers.get("content-type", "")
            detail = (
                f"request body has Content-Type '{content_type}'; the API takes JSON: "
                "send the header 'Content-Type: application/json'"
            )
            await JSONResponse({"detail": detail}, status_code=415)(scope, receive, send)
            return
        if body:
            try:
                body.decode("utf-8")
            except UnicodeDecodeError as exc:
                detail = (
                    f"request body is not valid UTF-8 (invalid byte at offset {exc.start}); "
                    "send JSON encoded as UTF-8"
                )
                await JSONResponse({"detail": detail}, status_code=400)(scope, receive, send)
                return

        await self.app(scope, _replay(body, receive), send)

    async def _too_large(
        self, scope: Scope, receive: Receive, send: Send, size: int | None
    ) -> None:
        said = f"{size} bytes" if size is not None else "larger than that"
        detail = (
            f"request body is {said}; the limit is {self.max_body_bytes} bytes "
            f"(code may be at most {self.max_code_bytes} bytes of UTF-8)"
        )
        await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)


def _content_length(headers: Headers) -> int | None:
    try:
        return int(headers["content-length"])
    except (KeyError, ValueError):
        return None


def _is_json(headers: Headers) -> bool:
    """JSON as FastAPI sees it: declared so, or no Content-Type at all."""
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    return content_type in ("", "application/json") or content_type.endswith("+json")


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands out the already-read body once, then defers to the server."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
