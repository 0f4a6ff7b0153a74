"""Members of my organisation and their public keys with fingerprints (§5.5)."""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter
from sqlalchemy import select

from fieldapp.crypto.keys import fingerprint
from sync.protocol import RetiredKeysModel, UserListResponse, UserPublic
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.models import RetiredKeys, User

router = APIRouter()


def user_public(user: User, retired: list[RetiredKeys] | None = None) -> UserPublic:
    enrolled = user.wrap_public is not None and user.sign_public is not None
    return UserPublic(
        id=user.id,
        email=user.email,
        role=user.role,  # type: ignore[arg-type]
        roles=user.all_roles(),  # type: ignore[arg-type]
        wrap_public=user.wrap_public,
        sign_public=user.sign_public,
        fingerprint=fingerprint(user.wrap_public, user.sign_public)  # type: ignore[arg-type]
        if enrolled
        else None,
        employer=user.employer or "housing_company",  # type: ignore[arg-type]
        previous_keys=[
            RetiredKeysModel(
                wrap_public=r.wrap_public,
                sign_public=r.sign_public,
                fingerprint=fingerprint(r.wrap_public, r.sign_public),
                valid_from=r.valid_from,
                valid_until=r.valid_until,
            )
            for r in sorted(retired or [], key=lambda r: r.valid_until)
        ],
    )


def _retired(
    db: DB, organisation_id: str, user_id: str | None = None
) -> dict[str, list[RetiredKeys]]:
    query = select(RetiredKeys).where(RetiredKeys.organisation_id == organisation_id)
    if user_id is not None:
        query = query.where(RetiredKeys.user_id == user_id)
    found: dict[str, list[RetiredKeys]] = defaultdict(list)
    for row in db.scalars(query):
        found[row.user_id].append(row)
    return found


@router.get("/users", response_model=UserListResponse)
def list_users(caller: CallerDep, db: DB) -> UserListResponse:
    users = db.scalars(
        select(User)
        .where(User.organisation_id == caller.user.organisation_id, User.disabled.is_(False))
        .order_by(User.email, User.id)
    ).all()
    retired = _retired(db, caller.user.organisation_id)
    return UserListResponse(users=[user_public(u, retired.get(u.id)) for u in users])


@router.get("/users/{user_id}/keys", response_model=UserPublic)
def user_keys(user_id: str, caller: CallerDep, db: DB, audit: AuditDep) -> UserPublic:
    user = db.get(User, user_id)
    if user is None or user.organisation_id != caller.user.organisation_id:
        raise audit.denied("user.keys", target_id=user_id)
    audit.add("user.keys", target_id=user.id)
    return user_public(user, _retired(db, user.organisation_id, user.id).get(user.id))
