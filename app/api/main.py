"""The v1 API router: every resource router, under one prefix."""

from fastapi import APIRouter

from app.api.routes import exercises, health, sessions, submissions

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(health.router)
api_router.include_router(exercises.router)
api_router.include_router(submissions.router)
api_router.include_router(sessions.router)
