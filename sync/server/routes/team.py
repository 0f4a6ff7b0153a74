"""A supervisor's hold on their team's devices (issue 7, DESIGN §5.6): list the devices of
the field workers of their own organisation (and their own), revoke one, with or without
wipe. Never an admin's or another supervisor's device: those answer exactly like a
missing one (404), and stay with the admin (``/v1/admin/devices``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from sync.protocol import FIELD_ROLES, DeviceInfo, DeviceListResponse, RevokeDeviceRequest
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.errors import ApiError
from sync.server.models import Device, User
from sync.server.params import PathId
from sync.server.services.accounts import device_info, revoke_device
from sync.server.services.context import Caller

router = APIRouter(prefix="/team")


def _supervisor(caller: Caller, audit: AuditDep, action: str, **ids: str | None) -> None:
    if not caller.user.has_role("supervisor"):
        audit.add(action, outcome="forbidden", **ids)
        raise ApiError(403, "forbidden", "only supervisors manage their team's devices")


def _team_devices(db: Session, caller: Caller) -> Select[Device]:
    """Devices of my organisation's field workers, and mine. A field worker holds a field
    role and neither supervises nor administers (another supervisor who also carries cases
    is not in my team)."""
    users = db.scalars(select(User).where(User.organisation_id == caller.user.organisation_id))
    team = [
        u.id
        for u in users
        if u.id == caller.user.id
        or (u.has_role(*FIELD_ROLES) and not u.has_role("supervisor", "admin"))
    ]
    return (
        select(Device)
        .join(User, User.id == Device.user_id)
        .where(
            Device.organisation_id == caller.user.organisation_id,
            User.organisation_id == caller.user.organisation_id,
            User.id.in_(team),
        )
    )


@router.get("/devices", response_model=DeviceListResponse)
def list_team_devices(caller: CallerDep, db: DB, audit: AuditDep) -> DeviceListResponse:
    _supervisor(caller, audit, "team.device.list")
    devices = db.scalars(_team_devices(db, caller).order_by(Device.created_at, Device.id)).all()
    return DeviceListResponse(devices=[device_info(d) for d in devices])


@router.post(
    "/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    openapi_extra=body_schema(RevokeDeviceRequest),
)
def revoke_team_device(
    device_id: PathId,
    body: Annotated[RevokeDeviceRequest, Depends(authenticated_body(RevokeDeviceRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> DeviceInfo:
    _supervisor(caller, audit, "team.device.revoke", target_id=device_id)
    device = db.scalars(
        _team_devices(db, caller).where(Device.id == device_id).with_for_update(of=Device)
    ).one_or_none()
    if device is None:
        raise audit.denied("team.device.revoke", target_id=device_id)
    revoke_device(db, device, wipe=body.wipe, now=audit.now)
    audit.add("team.device.wipe" if body.wipe else "team.device.revoke", target_id=device.id)
    return device_info(device)
