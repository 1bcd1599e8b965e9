"""essay-feedback: find which rubric points an essay makes, and say what to add."""

from .analysis import analyze, analyze_many
from .models import Analysis, Evidence, PointResult
from .parse import build_pipeline
from .rubric import RubricError, load_rubric

__all__ = [
    "Analysis",
    "Evidence",
    "PointResult",
    "RubricError",
    "analyze",
    "analyze_many",
    "build_pipeline",
    "load_rubric",
]
__version__ = "0.1.0"
