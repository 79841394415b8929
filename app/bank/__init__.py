"""The exercise bank: folders on disk, validated strictly at start-up."""

from app.bank.loader import ExerciseFormatError, load_bank
from app.bank.models import Difficulty, Exercise, Kind, Metadata

__all__ = ["Difficulty", "Exercise", "ExerciseFormatError", "Kind", "Metadata", "load_bank"]
