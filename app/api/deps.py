"""Dependency aliases: what a route needs, fetched from the state the lifespan built.

Routes declare `bank: BankDep` instead of reaching into `request.app.state`, so
the wiring lives in one place and tests can override any piece.
"""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from app.bank import Exercise
from app.queue import CompletionNotifier, GradingQueue
from app.settings import Settings


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_bank(request: Request) -> dict[str, Exercise]:
    return request.app.state.bank


def get_session_factory(request: Request) -> sessionmaker[Session]:
    return request.app.state.session_factory


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, for sync routes (FastAPI runs those in a thread pool)."""
    with request.app.state.session_factory() as session:
        yield session


def get_queue(request: Request) -> GradingQueue:
    return request.app.state.queue


def get_notifier(request: Request) -> CompletionNotifier:
    return request.app.state.notifier


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
BankDep = Annotated[dict[str, Exercise], Depends(get_bank)]
SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_session_factory)]
SessionDep = Annotated[Session, Depends(get_session)]
QueueDep = Annotated[GradingQueue, Depends(get_queue)]
NotifierDep = Annotated[CompletionNotifier, Depends(get_notifier)]
