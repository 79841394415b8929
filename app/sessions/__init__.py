"""Interviewer-led live sessions: tokens and roles, the timer, the shared documents."""


def channel(session_id: str) -> str:
    """The notifier key that wakes a session's event streams on every change."""
    return f"session:{session_id}"
