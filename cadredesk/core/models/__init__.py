"""The whole domain model (SQLAlchemy 2 typed mappings), declared by area.

Importing this package registers every table on ``Base.metadata``.
"""

from cadredesk.core.models.base import NAMING_CONVENTION, Base, Versioned, utcnow
from cadredesk.core.models.campaign import (
    Batch,
    BatchFinding,
    BatchPlaceTag,
    Dispatch,
    DispatchEvent,
    Team,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.core.models.evaluation import Ballot, BallotMark, Evaluation, EvaluationRule
from cadredesk.core.models.imports import ImportRun, ImportRunRow
from cadredesk.core.models.mentoring import Mentor, MentorActivity, MentorPair
from cadredesk.core.models.on_post import (
    Attendance,
    CareRecord,
    Holiday,
    Household,
    HouseholdVisit,
    HouseholdVisitCadre,
    LeaderVisit,
    Leave,
    PerformanceEntry,
    Problem,
    ProblemStep,
)
from cadredesk.core.models.programmes import Link, LinkProject, Rating
from cadredesk.core.models.reference import Cadre, Place, PlaceTagLink, Township, Unit
from cadredesk.core.models.system import (
    AuditCheckpoint,
    AuditEntry,
    AuditKey,
    AuditState,
    ExchangeBase,
    ExchangeConflict,
    ExchangeIdentity,
    Setting,
    User,
)
from cadredesk.core.models.training import (
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    TrainingTrainee,
)

__all__ = [
    "NAMING_CONVENTION",
    "Attendance",
    "AuditCheckpoint",
    "AuditEntry",
    "AuditKey",
    "AuditState",
    "Ballot",
    "BallotMark",
    "Base",
    "Batch",
    "BatchFinding",
    "BatchPlaceTag",
    "Cadre",
    "CareRecord",
    "Dispatch",
    "DispatchEvent",
    "Evaluation",
    "EvaluationRule",
    "ExchangeBase",
    "ExchangeConflict",
    "ExchangeIdentity",
    "Holiday",
    "Household",
    "HouseholdVisit",
    "HouseholdVisitCadre",
    "ImportRun",
    "ImportRunRow",
    "LeaderVisit",
    "Leave",
    "Link",
    "LinkProject",
    "Mentor",
    "MentorActivity",
    "MentorPair",
    "PerformanceEntry",
    "Place",
    "PlaceTagLink",
    "Problem",
    "ProblemStep",
    "Rating",
    "Setting",
    "Team",
    "Township",
    "TrainingAttendance",
    "TrainingCourse",
    "TrainingSession",
    "TrainingTrainee",
    "Unit",
    "UnitQuota",
    "User",
    "Versioned",
    "WorkGroup",
    "WorkGroupPlace",
    "utcnow",
]
