"""The client side of erasure orders, legal holds and GDPR settings (issue 14).

Reasons are sealed here with the supervisors' collection key (AES-256-GCM, AAD naming the
order or hold), so the server keeps ids and ciphertext only; a supervisor's device opens
them again to show who ordered what and why.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldapp.crypto import aead
from sync.client import SyncClient
from sync.protocol import (
    ConfirmErasureRequest,
    ConfirmErasureResponse,
    ErasureInfo,
    ErasureListResponse,
    ErasureRequest,
    ErasureScope,
    ErasureTarget,
    GdprSettings,
    LegalHoldInfo,
    LegalHoldListResponse,
    LegalHoldRequest,
    PendingErasuresResponse,
    SealedReason,
)

REASON_AAD = b"fieldapp/gdpr-reason/v1"


def seal_reason(client: SyncClient, collection_id: str, about_id: str,
                text: str) -> SealedReason:
    version = client.keyring.current_version(collection_id)
    key = client.keyring.key(collection_id, version)
    aad = REASON_AAD + collection_id.encode() + about_id.encode()
    return SealedReason(collection_id=collection_id, key_version=version,
                        sealed=aead.encrypt(key, text.encode("utf-8"), aad))


def open_reason(client: SyncClient, reason: SealedReason | None, about_id: str) -> str:
    if reason is None:
        return ""
    key = client.keyring.key(reason.collection_id, reason.key_version)
    aad = REASON_AAD + reason.collection_id.encode() + about_id.encode()
    return aead.decrypt(key, reason.sealed, aad).decode("utf-8")


def order_erasure(client: SyncClient, *, order_id: str, scope: ErasureScope,
                  items: Iterable[tuple[str, str]], blob_ids: Iterable[str],
                  reason: SealedReason) -> ErasureInfo:
    body = ErasureRequest(
        id=order_id, scope=scope,
        items=[ErasureTarget(collection_id=c, item_id=i) for c, i in sorted(set(items))],
        blob_ids=sorted(set(blob_ids)), reason=reason)
    return client.http.call("POST", "/v1/erasures", ErasureInfo, body)


def erasures(client: SyncClient) -> ErasureListResponse:
    return client.http.call("GET", "/v1/erasures", ErasureListResponse)


def pending_erasures(client: SyncClient) -> PendingErasuresResponse:
    return client.http.call("GET", "/v1/erasures/pending", PendingErasuresResponse)


def confirm_erasure(client: SyncClient, order_id: str,
                    dependents: Iterable[tuple[str, str]] = ()) -> ConfirmErasureResponse:
    """Tell the server this device purged the order, with the (server collection id, item
    id) of its own records that referred to erased ones."""
    body = ConfirmErasureRequest(items=[ErasureTarget(collection_id=c, item_id=i)
                                        for c, i in sorted(set(dependents))])
    return client.http.call("POST", f"/v1/erasures/{order_id}/confirm",
                            ConfirmErasureResponse, body)


def place_hold(client: SyncClient, *, hold_id: str, items: Iterable[tuple[str, str]],
               reason: SealedReason) -> LegalHoldInfo:
    body = LegalHoldRequest(
        id=hold_id, items=[ErasureTarget(collection_id=c, item_id=i)
                           for c, i in sorted(set(items))], reason=reason)
    return client.http.call("POST", "/v1/legal-holds", LegalHoldInfo, body)


def legal_holds(client: SyncClient) -> LegalHoldListResponse:
    return client.http.call("GET", "/v1/legal-holds", LegalHoldListResponse)


def release_hold(client: SyncClient, hold_id: str) -> LegalHoldInfo:
    return client.http.call("POST", f"/v1/legal-holds/{hold_id}/release", LegalHoldInfo)


def gdpr_settings(client: SyncClient) -> GdprSettings:
    return client.http.call("GET", "/v1/gdpr/settings", GdprSettings)


def put_gdpr_settings(client: SyncClient, settings: GdprSettings) -> GdprSettings:
    return client.http.call("PUT", "/v1/gdpr/settings", GdprSettings, settings)
