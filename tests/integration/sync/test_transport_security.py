"""Transport security of the client (issue 13, item 8): no plain http:// to another
computer, no redirects followed, and the organisation's CA bundle wins over the
REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE environment variables.

A real TLS server on 127.0.0.1 with a certificate from a throw-away CA made here with
`cryptography`'s x509 builder; a second, unrelated CA plays the bundle the environment
points at."""

from __future__ import annotations

import datetime
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.client import SyncClient
from sync.client.errors import InsecureServerUrl, UntrustedCertificate
from sync.client.http import NO_RETRY, Http, server_url_problem
from sync.protocol import OkResponse


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _ca(folder: Path, label: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(label)).issuer_name(_name(label))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    path = folder / f"{label}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def _server_cert(folder: Path, ca_key, ca_cert) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1")).issuer_name(ca_cert.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/v1/health":
            body = json.dumps({"ok": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        else:  # a redirect to a plain-http address: the client must not follow it
            body = b""
            self.send_response(307)
            self.send_header("Location", "http://127.0.0.2:9/v1/health")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """https://127.0.0.1:<port> signed by the organisation CA; yields the base URL, the
    organisation's CA bundle and an unrelated CA bundle."""
    org_key, org_cert, org_bundle = _ca(tmp_path, "org-ca")
    _, _, other_bundle = _ca(tmp_path, "other-ca")
    cert_path, key_path = _server_cert(tmp_path, org_key, org_cert)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", org_bundle, other_bundle
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_organisation_bundle_wins_over_the_environment(tls_server, monkeypatch, variable) -> None:  # type: ignore[no-untyped-def]
    base, org_bundle, other_bundle = tls_server
    monkeypatch.setenv(variable, str(other_bundle))
    http = Http(base, ca_bundle=str(org_bundle), retry=NO_RETRY)
    try:
        assert http.call("GET", "/v1/health", OkResponse, auth=False).ok
    finally:
        http.close()
    # Without the organisation's bundle the environment's (unrelated) CA decides: refused,
    # with an error that says what to check.
    bare = Http(base, retry=NO_RETRY)
    try:
        with pytest.raises(UntrustedCertificate, match="CA bundle"):
            bare.call("GET", "/v1/health", OkResponse, auth=False)
    finally:
        bare.close()


def test_untrusted_certificate_is_refused_and_redirects_are_not_followed(tls_server) -> None:  # type: ignore[no-untyped-def]
    base, org_bundle, other_bundle = tls_server
    wrong = Http(base, ca_bundle=str(other_bundle), retry=NO_RETRY)
    try:
        with pytest.raises(UntrustedCertificate):
            wrong.call("GET", "/v1/health", OkResponse, auth=False)
    finally:
        wrong.close()
    http = Http(base, ca_bundle=str(org_bundle), retry=NO_RETRY)
    try:
        response = http.session.request("GET", base + "/elsewhere", verify=str(org_bundle),
                                        allow_redirects=False)
        assert response.status_code == 307  # what the server answers
        with pytest.raises(Exception) as caught:  # the client reports it, goes nowhere
            http.call("GET", "/elsewhere", OkResponse, auth=False)
        assert "307" in str(caught.value)
    finally:
        http.close()


@pytest.mark.parametrize("url", ["http://sync.example.org", "http://10.1.2.3:8000/",
                                 "HTTP://SYNC.EXAMPLE.ORG", "http://127.0.0.1.example.org"])
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    assert server_url_problem(url) == "plain_http"
    with pytest.raises(InsecureServerUrl) as caught:
        SyncClient(url)
    assert caught.value.reason == "plain_http"
    assert "https://" in str(caught.value) and "127.0.0.1" in str(caught.value)


@pytest.mark.parametrize("url", ["https://sync.example.org", "http://127.0.0.1:8000",
                                 "http://127.8.9.10", "http://localhost:8000",
                                 "http://[::1]:8000/"])
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert server_url_problem(url) is None
    SyncClient(url).close()


@pytest.mark.parametrize(("url", "reason"), [("ftp://sync.example.org", "scheme"),
                                             ("sync.example.org", "scheme"),
                                             ("https://", "no_host")])
def test_other_malformed_addresses_are_refused(url: str, reason: str) -> None:
    with pytest.raises(InsecureServerUrl) as caught:
        SyncClient(url)
    assert caught.value.reason == reason
