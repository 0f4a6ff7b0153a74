"""Members of my organisation and their public keys with fingerprints (§5.5)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from fieldapp.crypto.keys import fingerprint
from sync.protocol import UserListResponse, UserPublic
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.models import User

router = APIRouter()


def user_public(user: User) -> UserPublic:
    enrolled = user.wrap_public is not None and user.sign_public is not None
    return UserPublic(
        id=user.id,
        display_name=user.display_name,
        role=user.role,  # type: ignore[arg-type]
        wrap_public=user.wrap_public,
        sign_public=user.sign_public,
        fingerprint=fingerprint(user.wrap_public, user.sign_public)  # type: ignore[arg-type]
        if enrolled
        else None,
    )


@router.get("/users", response_model=UserListResponse)
def list_users(caller: CallerDep, db: DB) -> UserListResponse:
    users = db.scalars(
        select(User)
        .where(User.organisation_id == caller.user.organisation_id, User.disabled.is_(False))
        .order_by(User.display_name, User.id)
    ).all()
    return UserListResponse(users=[user_public(u) for u in users])


@router.get("/users/{user_id}/keys", response_model=UserPublic)
def user_keys(user_id: str, caller: CallerDep, db: DB, audit: AuditDep) -> UserPublic:
    user = db.get(User, user_id)
    if user is None or user.organisation_id != caller.user.organisation_id:
        raise audit.denied("user.keys", target_id=user_id)
    audit.add("user.keys", target_id=user.id)
    return user_public(user)
