"""Enrolment, login, transparent token refresh with rotation, logout (DESIGN.md §5.1, §6).

The passphrase never leaves this module: it is stretched with Argon2id into ``master``;
the server receives only ``auth_key = HKDF(master, "fieldapp/auth/v1")`` and the private
keys sealed under ``account_kek = HKDF(master, "fieldapp/account/v1")``.

The sealed private keys are bound (AAD) to the account's e-mail address, lower-cased:
enrolment happens before the client can know its user id (see the report on issue 3).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.crypto import kdf
from fieldapp.crypto.errors import DecryptionError
from fieldapp.crypto.keys import AccountKeys
from sync.client.errors import DeviceWiped, IntegrityError, NotLoggedIn, SessionEnded
from sync.client.http import NO_RETRY, Http
from sync.protocol import (
    EnrolRequest,
    KdfParamsModel,
    LoginRequest,
    LoginResponse,
    OkResponse,
    PreloginRequest,
    PreloginResponse,
    RefreshRequest,
    Session,
    UserInfo,
)

log = logging.getLogger(__name__)


def account_binding(email: str) -> str:
    """What the sealed private keys are bound to (AAD)."""
    return "email:" + email.strip().lower()


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    device_id: str
    user: UserInfo


class Auth:
    """Holds the session of one account on one device and implements the Authenticator."""

    def __init__(
        self, http: Http, *, on_tokens: Callable[[Tokens | None], None] | None = None
    ) -> None:
        self.http = http
        self.tokens: Tokens | None = None
        self.account_keys: AccountKeys | None = None
        self.on_tokens = on_tokens  # lets the desktop persist the refresh token in its vault
        self._lock = threading.Lock()
        http.authenticator = self

    # ------------------------------------------------------------------ Authenticator

    def access_token(self) -> str | None:
        tokens = self.tokens
        return tokens.access_token if tokens else None

    def refresh_after_401(self, failed_token: str) -> bool:
        with self._lock:
            tokens = self.tokens
            if tokens is None:
                return False
            if tokens.access_token != failed_token:
                return True  # another thread refreshed meanwhile
            self._refresh_locked(tokens)
            return True

    # ------------------------------------------------------------------ flows

    def prelogin(self, email: str) -> PreloginResponse:
        return self.http.call(
            "POST", "/v1/auth/prelogin", PreloginResponse, PreloginRequest(email=email), auth=False
        )

    def enrol(
        self,
        *,
        email: str,
        enrolment_code: str,
        passphrase: str,
        device_name: str,
        kdf_params: kdf.KdfParams | None = None,
    ) -> AccountKeys:
        """Create the account's keys and register them with the one-time enrolment code."""
        params = kdf_params or kdf.KdfParams()
        salt = kdf.new_salt()
        master = kdf.derive_master(passphrase, salt, params)
        keys = AccountKeys.generate()
        public = keys.public
        request = EnrolRequest(
            email=email,
            enrolment_code=enrolment_code,
            auth_key=kdf.auth_key(master),
            account_salt=salt,
            kdf_params=KdfParamsModel(**params.to_dict()),
            wrap_public=public.wrap_public,
            sign_public=public.sign_public,
            sealed_private_keys=keys.seal(
                kdf.account_kek(master), account_id=account_binding(email)
            ),
            device_name=device_name,
        )
        session = self.http.call(
            "POST", "/v1/auth/enrol", Session, request, auth=False, idempotent=False
        )
        self._set_session(session)
        self.account_keys = keys
        return keys

    def login(
        self, *, email: str, passphrase: str, device_name: str, device_id: str | None = None
    ) -> AccountKeys:
        """Log in and unseal the private keys. Raises AuthError(invalid_credentials)."""
        pre = self.prelogin(email)
        params = kdf.KdfParams.from_dict(pre.kdf_params.model_dump())
        master = kdf.derive_master(passphrase, pre.account_salt, params)
        request = LoginRequest(
            email=email, auth_key=kdf.auth_key(master), device_name=device_name, device_id=device_id
        )
        response = self.http.call("POST", "/v1/auth/login", LoginResponse, request, auth=False)
        if response.account_salt != pre.account_salt:
            # The salt changed between prelogin and login (a re-enrolment raced us).
            params = kdf.KdfParams.from_dict(response.kdf_params.model_dump())
            master = kdf.derive_master(passphrase, response.account_salt, params)
        try:
            keys = AccountKeys.unseal(
                kdf.account_kek(master),
                response.sealed_private_keys,
                account_id=account_binding(email),
            )
        except DecryptionError:
            raise IntegrityError(
                "the account's private keys did not decrypt with this passphrase"
            ) from None
        self._set_session(response)
        self.account_keys = keys
        return keys

    def resume(self, tokens: Tokens, account_keys: AccountKeys) -> None:
        """Continue a session whose tokens and keys the desktop kept in its vault."""
        self.tokens = tokens
        self.account_keys = account_keys

    def refresh(self) -> None:
        """Rotate the tokens now (also done transparently on a 401 token_expired)."""
        with self._lock:
            if self.tokens is None:
                raise NotLoggedIn("log in first")
            self._refresh_locked(self.tokens)

    def _refresh_locked(self, tokens: Tokens) -> None:
        try:
            session = self.http.call(
                "POST",
                "/v1/auth/refresh",
                Session,
                RefreshRequest(refresh_token=tokens.refresh_token),
                auth=False,
                idempotent=False,
                retry=NO_RETRY,
            )
        except SessionEnded:
            self._clear()
            raise
        self._set_session(session)

    def logout(self) -> None:
        """End this session's token family on the server and forget keys locally.

        DeviceWiped still propagates (every path raises it: normal calls, the transparent
        refresh, an explicit refresh, login naming the device, logout)."""
        try:
            if self.tokens is not None:
                self.http.call("POST", "/v1/auth/logout", OkResponse, idempotent=False)
        except DeviceWiped:
            raise  # the session is over anyway, but the caller must learn to erase the vault
        except SessionEnded:
            pass
        finally:
            self._clear()

    # ------------------------------------------------------------------ state

    @property
    def user(self) -> UserInfo:
        if self.tokens is None:
            raise NotLoggedIn("log in first")
        return self.tokens.user

    def require_keys(self) -> AccountKeys:
        if self.account_keys is None or self.tokens is None:
            raise NotLoggedIn("log in first")
        return self.account_keys

    def _set_session(self, session: Session) -> None:
        self.tokens = Tokens(
            access_token=session.access_token,
            refresh_token=session.refresh_token,
            device_id=session.device_id,
            user=session.user,
        )
        if self.on_tokens is not None:
            self.on_tokens(self.tokens)

    def _clear(self) -> None:
        self.tokens = None
        self.account_keys = None
        if self.on_tokens is not None:
            self.on_tokens(None)
