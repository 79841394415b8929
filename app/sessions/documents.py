"""The shared editors: one Yjs document per (session, exercise), synced by pycrdt-websocket.

Every update a client sends is broadcast to the room and appended, with its time, to a
SQLite file in the data directory. That log is the replay (apply the updates in order)
and what rebuilds a room after a restart. The browser keeps the code in the text
`code` and pushes paste markers onto the array `events`.
"""

import asyncio
import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import anyio
from pycrdt import Array, Doc, Text
from pycrdt.store import SQLiteYStore
from pycrdt.websocket import WebsocketServer, YRoom
from starlette.websockets import WebSocket, WebSocketDisconnect


def room_name(session_id: str, exercise_id: str) -> str:
    return f"{session_id}/{exercise_id}"


class _Channel:
    """A Starlette WebSocket as the channel pycrdt-websocket reads and writes."""

    def __init__(self, websocket: WebSocket, path: str) -> None:
        self._websocket = websocket
        self._path = path

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> "_Channel":
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except WebSocketDisconnect:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        await self._websocket.send_bytes(message)

    async def recv(self) -> bytes:
        return await self._websocket.receive_bytes()


class _PersistentServer(WebsocketServer):
    def __init__(self, store_class: type[SQLiteYStore]) -> None:
        super().__init__(rooms_ready=True, auto_clean_rooms=False)
        self._store_class = store_class
        self._locks: dict[str, anyio.Lock] = {}

    async def get_room(self, name: str) -> YRoom:
        # Two clients joining a new room at once must land in the same room: the lock
        # covers the awaits between "not there yet" and "there".
        async with self._locks.setdefault(name, anyio.Lock()):
            return await self._get_or_load_room(name)

    async def _get_or_load_room(self, name: str) -> YRoom:
        if name not in self.rooms:
            store = self._store_class(path=name)
            doc = Doc()
            assert self._task_group is not None
            await self._task_group.start(store.start)
            with contextlib.suppress(Exception):  # a new room has nothing stored yet
                await store.apply_updates(doc)
            self.rooms[name] = YRoom(ready=True, ystore=store, ydoc=doc, log=self.log)
        room = self.rooms[name]
        await self.start_room(room)
        return room


class SessionDocuments:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = data_dir / "session-documents.db"
        store = type("SessionYStore", (SQLiteYStore,), {"db_path": str(self.db_path)})
        self._server = _PersistentServer(store)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._server.start())
        await self._server.started.wait()

    async def stop(self) -> None:
        if self._task is not None:
            await self._server.stop()
            self._task = None

    async def serve(self, websocket: WebSocket, session_id: str, exercise_id: str) -> None:
        """Sync one accepted WebSocket with its room until the client leaves."""
        await self._server.serve(_Channel(websocket, room_name(session_id, exercise_id)))

    def history(self, session_id: str, exercise_id: str) -> list[tuple[float, bytes]]:
        """Every update of one document, oldest first, with its time (epoch seconds)."""
        if not self.db_path.exists():
            return []
        with contextlib.closing(sqlite3.connect(self.db_path)) as db:
            try:
                rows = db.execute(
                    "SELECT timestamp, yupdate FROM yupdates WHERE path = ? ORDER BY rowid",
                    (room_name(session_id, exercise_id),),
                ).fetchall()
            except sqlite3.OperationalError:  # no document was ever written
                return []
        return [(float(t), bytes(update)) for t, update in rows]

    def final_state(self, session_id: str, exercise_id: str) -> tuple[str, list[Any]]:
        """The code as it stands, and the events (pastes) recorded with it."""
        doc = Doc()
        for _, update in self.history(session_id, exercise_id):
            doc.apply_update(update)
        code = doc.get("code", type=Text)
        events = doc.get("events", type=Array)
        return str(code), [dict(e) if hasattr(e, "items") else e for e in events.to_py() or []]
