"""Request and response models of the live-session endpoints (/api/v1/sessions)."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas import ExerciseDetail, SubmissionOut


class SessionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    exercise_ids: list[str] = Field(min_length=1, max_length=10, examples=[["group_and_average"]])
    duration_minutes: int = Field(ge=1, le=480, examples=[45])


class SessionCreated(BaseModel):
    id: str
    interviewer_token: str = Field(description="Shown once; keep it for the interviewer.")
    candidate_token: str = Field(description="Shown once; send it to the candidate.")
    interviewer_url: str = Field(examples=["/sessions/ID/interviewer#token=..."])
    candidate_url: str = Field(examples=["/sessions/ID/candidate#token=..."])


class TimerOut(BaseModel):
    running: bool
    remaining_s: float
    started_at: datetime | None
    ends_at: datetime | None = Field(description="When the time runs out, if running.")


class ReferenceOut(BaseModel):
    exercise_id: str
    reference_code: str
    notes_markdown: str


class SessionOut(BaseModel):
    """A session as one role sees it: the candidate's view has no notes, no references
    and no hidden test names."""

    id: str
    role: Literal["interviewer", "candidate"]
    status: Literal["active", "ended"]
    exercise_ids: list[str]
    current_index: int
    duration_minutes: int
    timer: TimerOut
    exercises: list[ExerciseDetail]
    submissions: list[SubmissionOut]
    notes: str | None = Field(default=None, description="Interviewer only.")
    references: list[ReferenceOut] | None = Field(default=None, description="Interviewer only.")
    created_at: datetime
    ended_at: datetime | None


class NotesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=100_000, examples=["Vectorised at once; missed the empty case."])


class NotesOut(BaseModel):
    text: str = Field(examples=["Vectorised at once; missed the empty case."])


class TimerAction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["start", "pause", "extend"] = Field(examples=["extend"])
    minutes: int = Field(default=5, ge=1, le=120, description="For `extend`.")


class Advance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, examples=[1])


class ReportExercise(BaseModel):
    exercise_id: str
    title: str
    final_code: str
    pastes: int = Field(description="Paste events the candidate's editor recorded.")
    submissions: list[SubmissionOut]


class ReportOut(BaseModel):
    session: SessionOut
    exercises: list[ReportExercise]
    notes: str


class HistoryUpdate(BaseModel):
    t: float = Field(description="Epoch seconds.")
    update: str = Field(description="A Yjs v1 update, base64.")


class HistoryOut(BaseModel):
    updates: list[HistoryUpdate]
    events: list[dict[str, object]]
