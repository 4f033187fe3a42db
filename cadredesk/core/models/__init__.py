"""The whole domain model (SQLAlchemy 2 typed mappings), declared by area.

Importing this package registers every table on ``Base.metadata``.
"""

from cadredesk.core.models.base import NAMING_CONVENTION, Base, Versioned, utcnow
from cadredesk.core.models.campaign import (
    Batch,
    Dispatch,
    DispatchEvent,
    Team,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.core.models.evaluation import Ballot, BallotMark, Evaluation
from cadredesk.core.models.mentoring import Mentor, MentorActivity, MentorPair
from cadredesk.core.models.on_post import (
    Attendance,
    CareRecord,
    Holiday,
    Household,
    HouseholdVisit,
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
from cadredesk.core.models.training import TrainingAttendance, TrainingCourse, TrainingSession

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
    "Cadre",
    "CareRecord",
    "Dispatch",
    "DispatchEvent",
    "Evaluation",
    "ExchangeBase",
    "ExchangeConflict",
    "ExchangeIdentity",
    "Holiday",
    "Household",
    "HouseholdVisit",
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
    "Unit",
    "UnitQuota",
    "User",
    "Versioned",
    "WorkGroup",
    "WorkGroupPlace",
    "utcnow",
]
