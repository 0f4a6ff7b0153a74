"""Every synced model of every area, in the order a fresh vault loads them (parents first).

The one module that knows all areas: the vault's metadata, the payload codec and the sync
engine ask it for the list; no area imports it.
"""

from fieldapp.attachments.models import Attachment
from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    RestrictedShare,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.casework.site_work_models import (
    ArrearsPlan,
    HousingStep,
    InternalRequest,
    OfficeHoursContact,
    OfficeHoursSession,
    SupportGoal,
    SupportPlan,
)
from fieldapp.collective.field_models import (
    ArhuuElection,
    Campaign,
    CommonRoom,
    CouncilMeeting,
    DoorVisit,
    ElectionCandidate,
    ElectionVoter,
    InitiativeSupport,
    ProjectApplication,
    ProjectCall,
    ProjectCoaching,
    RoomBooking,
    RoomIncident,
    RoomKey,
    TenantInitiative,
)
from fieldapp.collective.models import (
    CollectiveSignal,
    MeetingAction,
    MeetingAttendee,
    MeetingTopic,
    MinutesDelivery,
    TenantMeeting,
)
from fieldapp.community.models import (
    Partner,
    PremisesLoan,
    PscAction,
    PscActivity,
    PscEvaluation,
    PscMeeting,
    PscProject,
)
from fieldapp.local import models as _local_models  # noqa: F401  (device-local tables)
from fieldapp.local import sync_state as _sync_state  # noqa: F401  (device-local sync tables)
from fieldapp.mentalhealth.models import CaseConsultation, MhConsultation
from fieldapp.neighbourhood.models import (
    AgentVisitRequest,
    DefectReport,
    Handoff,
    Intervention,
    NeighbourhoodRequest,
)
from fieldapp.people.names import StaffName
from fieldapp.records.base import Base
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.registry.neighbourhoods import Neighbourhood
from fieldapp.renovation.models import (
    AccessAppointment,
    AccompanimentTime,
    ContactEntry,
    HelpItem,
    InfoQuestion,
    InfoSession,
    Inventory,
    InventoryAddendum,
    InventoryElement,
    InventoryParty,
    InventoryRoom,
    JobPlacement,
    ProjectDwelling,
    RenovationProject,
    TenantLetter,
    WorksPhase,
)
from fieldapp.supervision.models import (
    EvaluationEntry,
    Reassignment,
    ReviewNote,
    SiteStateOfPlay,
)

SYNCED_MODELS = (
    Site, Building, Dwelling, Household, Person,
    CaseFile, CaseNote, FollowUp, Referral, HomeVisit, OfficeAppointment,
    WelcomeSession, WelcomeAttendee,
    RestrictedShare, AccessLogEntry,
    OfficeHoursSession, OfficeHoursContact, SupportPlan, SupportGoal, InternalRequest,
    ArrearsPlan, HousingStep,
    RenovationProject, ProjectDwelling, InfoSession, InfoQuestion, AccessAppointment, Inventory,
    InventoryRoom, InventoryElement, InventoryParty, InventoryAddendum, Attachment, HelpItem,
    ContactEntry, WorksPhase, TenantLetter, JobPlacement, AccompanimentTime,
    NeighbourhoodRequest, Intervention, DefectReport, Handoff, AgentVisitRequest,
    ReviewNote, Reassignment,
    EvaluationEntry, SiteStateOfPlay,
    PscProject, PscAction, PscActivity, PscMeeting, PscEvaluation, Partner, PremisesLoan,
    Neighbourhood, TenantMeeting, MeetingTopic, MeetingAttendee, MeetingAction, MinutesDelivery,
    CollectiveSignal,
    Campaign, DoorVisit, CommonRoom, RoomBooking, RoomKey, RoomIncident, ProjectCall,
    ProjectApplication, ProjectCoaching, CouncilMeeting, TenantInitiative, InitiativeSupport,
    ArhuuElection, ElectionVoter, ElectionCandidate,
    MhConsultation, CaseConsultation,
    StaffName,
)

METADATA = Base.metadata
