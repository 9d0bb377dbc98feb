"""Tests of the emulator's OpenID Connect identity provider, run as a real subprocess over real HTTP.

    python3 -m unittest discover -s tests/emulator -t . -v     (from the repository root)
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import sqlite3
import tempfile
import time
import unittest
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import KeySet

try:
    from .test_emulator import NOT_AUTHENTICATED_BODY, Emulator, bearer, key
except ImportError:  # discovered as a top-level module (without -t)
    from test_emulator import NOT_AUTHENTICATED_BODY, Emulator, bearer, key

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
CLIENT = "nitro-cli-tests"
REDIRECT = "http://127.0.0.1:53682/signin-redirect"
SCOPE = "openid profile email offline_access"
TOKEN_FIELDS = {"access_token", "token_type", "expires_in", "refresh_token", "id_token", "scope"}
ME = "{ me { sessionId user { email } } }"
USER_CODE_RE = re.compile(r"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$")
ACCESS_TOKEN_RE = re.compile(r"^nitro_at_[0-9A-Za-z]{32}$")
REFRESH_TOKEN_RE = re.compile(r"^nitro_rt_[0-9A-Za-z]{32}$")
DEV_SUB = base64.b64encode(b"User:1").decode()


def pkce() -> tuple[str, str]:
    """A code_verifier and its S256 code_challenge."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def query_of(location: str) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlsplit(location).query).items()}


class Client:
    """What an OpenID Connect client sends; every call goes over the emulator's kept-alive connection."""

    def __init__(self, emulator: Emulator):
        self.e = emulator
        self.base = f"http://127.0.0.1:{emulator.port}"

    def form(self, path: str, params: dict) -> tuple[int, dict, dict]:
        status, headers, body = self.e.request("POST", path, urlencode(params), FORM)
        return status, headers, json.loads(body)

    def token(self, **params: str) -> tuple[int, dict]:
        status, _, body = self.form("/connect/token", {"client_id": CLIENT, **params})
        return status, body

    def authorize(self, **overrides: str | None) -> tuple[int, dict, bytes]:
        """GET /connect/authorize with a complete request; an override of None leaves a parameter out."""
        params = {"response_type": "code", "client_id": CLIENT, "redirect_uri": REDIRECT, "scope": SCOPE,
                  "state": "state-1", "nonce": "nonce-1", "code_challenge": pkce()[1],
                  "code_challenge_method": "S256", **overrides}
        query = urlencode({k: v for k, v in params.items() if v is not None})
        return self.e.request("GET", f"/connect/authorize?{query}")

    def code(self, **overrides: str | None) -> tuple[str, str]:
        """A fresh authorization code and its verifier."""
        verifier, challenge = pkce()
        status, headers, _ = self.authorize(code_challenge=challenge, **overrides)
        assert status == 302, status
        return query_of(headers["location"])["code"], verifier

    def exchange(self, code: str, verifier: str, **overrides: str) -> tuple[int, dict]:
        return self.token(**{"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
                             "code_verifier": verifier, **overrides})

    def login(self, **overrides: str | None) -> dict:
        status, body = self.exchange(*self.code(**overrides))
        assert status == 200, body
        return body

    def refresh(self, refresh_token: str, **overrides: str) -> tuple[int, dict]:
        return self.token(grant_type="refresh_token", refresh_token=refresh_token, **overrides)

    def device(self, **overrides: str) -> dict:
        status, _, body = self.form("/connect/deviceauthorization", {"client_id": CLIENT, "scope": SCOPE, **overrides})
        assert status == 200, body
        return body

    def poll(self, device_code: str, **overrides: str) -> tuple[int, dict]:
        return self.token(grant_type=DEVICE_GRANT, device_code=device_code, **overrides)

    def works(self, access_token: str) -> dict | None:
        """The viewer this access token acts for, None when /graphql refuses it."""
        status, _, body = self.e.post({"query": ME}, bearer(access_token))
        result = json.loads(body)
        if result == NOT_AUTHENTICATED_BODY:
            return None
        assert status == 200, body
        return result["data"]["me"]

    def claims(self, id_token: str) -> dict:
        """The id token's claims, once its signature is verified against the published JWKS."""
        status, _, body = self.e.request("GET", "/.well-known/jwks")
        assert status == 200
        token = jwt.decode(id_token, KeySet.import_key_set(json.loads(body)), algorithms=["RS256"])
        assert token.header["alg"] == "RS256" and token.header["kid"], token.header
        return token.claims

    def end_session(self, **params: str) -> tuple[int, dict, bytes]:
        return self.e.request("GET", f"/connect/endsession?{urlencode(params)}")

    def calls(self, endpoint: str | None = None) -> list[dict]:
        return [c for c in self.e.admin("GET", "oidc") if endpoint is None or c["endpoint"] == endpoint]


class SharedIdentityProviderTest(unittest.TestCase):
    """One emulator (device interval 1 s) for the class; each test starts from a reset."""

    emulator: Emulator

    @classmethod
    def setUpClass(cls) -> None:
        cls.emulator = Emulator("--device-interval", "1")
        cls.client = Client(cls.emulator)

    @classmethod
    def tearDownClass(cls) -> None:
        code, _, err = cls.emulator.stop()
        assert code == 0, err

    def setUp(self) -> None:
        self.emulator.admin("POST", "reset")
        self.emulator.admin("DELETE", "oidc")

    def assert_error(self, answer: tuple[int, dict], error: str, description: str | None = None) -> None:
        status, body = answer
        self.assertEqual((status, body.get("error")), (400, error), body)
        self.assertIsInstance(body.get("error_description"), str)
        if description is not None:
            self.assertIn(description, body["error_description"])


class CodeFlowTest(SharedIdentityProviderTest):

    def test_discovery(self):
        c = self.client
        status, headers, body = self.emulator.request("GET", "/.well-known/openid-configuration")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("application/json"))
        d = json.loads(body)
        self.assertEqual(d["issuer"], c.base)
        self.assertEqual(d["issuer"], self.emulator.credentials["issuer"])
        self.assertEqual({k: d[k] for k in ("authorization_endpoint", "token_endpoint",
                                            "device_authorization_endpoint", "end_session_endpoint", "jwks_uri")}, {
            "authorization_endpoint": f"{c.base}/connect/authorize",
            "token_endpoint": f"{c.base}/connect/token",
            "device_authorization_endpoint": f"{c.base}/connect/deviceauthorization",
            "end_session_endpoint": f"{c.base}/connect/endsession",
            "jwks_uri": f"{c.base}/.well-known/jwks",
        })
        self.assertEqual(d["response_types_supported"], ["code"])
        self.assertEqual(d["grant_types_supported"], ["authorization_code", "refresh_token", DEVICE_GRANT])
        self.assertEqual(d["code_challenge_methods_supported"], ["S256"])
        self.assertEqual(d["id_token_signing_alg_values_supported"], ["RS256"])
        self.assertIn("openid", d["scopes_supported"])
        status, _, body = self.emulator.request("GET", "/.well-known/jwks")
        keys = json.loads(body)["keys"]
        self.assertEqual([(k["kty"], k["alg"], k["use"]) for k in keys], [("RSA", "RS256", "sig")])
        self.assertNotIn("d", keys[0])  # no private part

    def test_code_flow_with_pkce(self):
        c = self.client
        verifier, challenge = pkce()
        status, headers, _ = c.authorize(code_challenge=challenge, nonce="n-0S6_WzA2Mj", state="af0ifjsldkj")
        self.assertEqual(status, 302)
        location = headers["location"]
        self.assertTrue(location.startswith(REDIRECT + "?"), location)
        answer = query_of(location)
        self.assertEqual(set(answer), {"code", "state"})
        self.assertEqual(answer["state"], "af0ifjsldkj")

        status, tokens = c.exchange(answer["code"], verifier)
        self.assertEqual(status, 200, tokens)
        self.assertEqual(set(tokens), TOKEN_FIELDS)
        self.assertEqual((tokens["token_type"], tokens["expires_in"], tokens["scope"]), ("Bearer", 3600, SCOPE))
        self.assertRegex(tokens["access_token"], ACCESS_TOKEN_RE)
        self.assertRegex(tokens["refresh_token"], REFRESH_TOKEN_RE)

        claims = c.claims(tokens["id_token"])
        now = time.time()
        self.assertEqual({k: claims[k] for k in ("iss", "sub", "aud", "nonce", "email", "name", "tenant", "api_url")}, {
            "iss": c.base, "sub": DEV_SUB, "aud": CLIENT, "nonce": "n-0S6_WzA2Mj", "email": "dev@nitro.local",
            "name": "Dev User", "tenant": "nitro-dev", "api_url": c.base,
        })
        self.assertLessEqual(abs(claims["iat"] - now), 5)
        self.assertEqual(claims["exp"] - claims["iat"], 3600)
        self.assertRegex(claims["sid"], r"^[0-9a-f-]{36}$")

        me = c.works(tokens["access_token"])
        self.assertEqual(me, {"sessionId": claims["sid"], "user": {"email": "dev@nitro.local"}})
        # The token endpoint's answers must not be cached.
        status, headers, _ = self.emulator.request(
            "POST", "/connect/token", urlencode({"client_id": CLIENT, "grant_type": "refresh_token",
                                                 "refresh_token": tokens["refresh_token"]}), FORM)
        self.assertEqual((status, headers["cache-control"]), (200, "no-store"))

    def test_wrong_verifier_and_reused_code(self):
        c = self.client
        code, verifier = c.code()
        self.assert_error(c.exchange(code, pkce()[0]), "invalid_grant", "code_verifier")
        self.assert_error(c.exchange(code, verifier), "invalid_grant", "already been used")  # one attempt per code

        code, verifier = c.code()
        status, tokens = c.exchange(code, verifier)
        self.assertEqual(status, 200)
        self.assertIsNotNone(c.works(tokens["access_token"]))
        self.assert_error(c.exchange(code, verifier), "invalid_grant", "already been used")
        # RFC 6749 §4.1.2: what a replayed code was exchanged for is revoked.
        self.assertIsNone(c.works(tokens["access_token"]))
        self.assert_error(c.refresh(tokens["refresh_token"]), "invalid_grant")

    def test_token_request_errors(self):
        c = self.client
        code, verifier = c.code()
        body = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, "code_verifier": verifier}
        for name, params, error in [
            ("no grant_type", {"client_id": CLIENT}, "invalid_request"),
            ("unknown grant_type", {"client_id": CLIENT, "grant_type": "password"}, "unsupported_grant_type"),
            ("no client_id", body, "invalid_client"),
            ("blank client_id", {**body, "client_id": ""}, "invalid_client"),
            ("no code_verifier", {**body, "client_id": CLIENT, "code_verifier": ""}, "invalid_request"),
            ("no code", {**body, "client_id": CLIENT, "code": ""}, "invalid_request"),
            ("unknown code", {**body, "client_id": CLIENT, "code": "nope"}, "invalid_grant"),
            ("no refresh_token", {"client_id": CLIENT, "grant_type": "refresh_token"}, "invalid_request"),
            ("unknown refresh_token", {"client_id": CLIENT, "grant_type": "refresh_token",
                                       "refresh_token": "nitro_rt_x"}, "invalid_grant"),
            ("no device_code", {"client_id": CLIENT, "grant_type": DEVICE_GRANT}, "invalid_request"),
            ("unknown device_code", {"client_id": CLIENT, "grant_type": DEVICE_GRANT, "device_code": "x"},
             "invalid_grant"),
        ]:
            with self.subTest(name):
                status, _, answer = c.form("/connect/token", params)
                self.assert_error((status, answer), error)
        # The code survived the requests above that did not name it correctly.
        self.assert_error(c.exchange(code, verifier, redirect_uri=REDIRECT + "/other"), "invalid_grant", "redirect_uri")
        code, verifier = c.code()
        self.assert_error(c.exchange(code, verifier, client_id="someone-else"), "invalid_grant", "another client")

        status, _, answer = self.emulator.request("POST", "/connect/token", json.dumps({"grant_type": "x"}),
                                                  {"Content-Type": "application/json"})
        self.assert_error((status, json.loads(answer)), "invalid_request", "x-www-form-urlencoded")
        status, _, answer = self.emulator.request(
            "POST", "/connect/token", "client_id=a&client_id=b&grant_type=refresh_token", FORM)
        self.assert_error((status, json.loads(answer)), "invalid_request", "repeated")
        status, headers, _ = self.emulator.request("GET", "/connect/token")
        self.assertEqual((status, headers["allow"]), (405, "POST"))

    def test_redirect_uri_must_be_loopback(self):
        c = self.client
        for uri in ["https://evil.example/cb", "http://evil.example:53682/cb", "https://127.0.0.1:53682/cb",
                    "http://127.0.0.2/cb", "http://127.0.0.1:53682/cb#fragment", "http://me@127.0.0.1:1/cb",
                    "http://localhost.evil.example/cb", "http://127.0.0.1:99999/cb", "/signin-redirect", "",
                    "http://127.0.0.1:1/cb\r\nSet-Cookie: a=b", "http://127.0.0.1\\@evil.example/"]:
            with self.subTest(uri):
                status, headers, body = c.authorize(redirect_uri=uri, code_challenge=None)
                self.assertEqual(status, 400)
                self.assertNotIn("location", headers)
                self.assertTrue(headers["content-type"].startswith("text/html"))
                self.assertIn(b"redirect_uri", body)
        for uri, sent in [("http://localhost:1/signin-redirect", None), ("http://[::1]:65535/cb", None),
                          ("http://127.0.0.1/cb", None),
                          ("http://LOCALHOST:8080/cb?keep=1", "http://localhost:8080/cb?keep=1&")]:
            with self.subTest(uri):
                status, headers, _ = c.authorize(redirect_uri=uri)
                self.assertEqual(status, 302)
                self.assertTrue(headers["location"].startswith(sent or uri + "?"), headers["location"])
        for client_id in [None, ""]:  # no client, no redirect
            status, headers, _ = c.authorize(client_id=client_id)
            self.assertEqual(status, 400)
            self.assertNotIn("location", headers)

    def test_authorize_errors_are_redirected(self):
        c = self.client
        for name, overrides, error in [
            ("no challenge", {"code_challenge": None}, "invalid_request"),
            ("plain method", {"code_challenge_method": "plain"}, "invalid_request"),
            ("no method", {"code_challenge_method": None}, "invalid_request"),
            ("short challenge", {"code_challenge": "abc"}, "invalid_request"),
            ("no response_type", {"response_type": None}, "invalid_request"),
            ("implicit", {"response_type": "token"}, "unsupported_response_type"),
            ("no openid scope", {"scope": "profile"}, "invalid_scope"),
        ]:
            with self.subTest(name):
                status, headers, _ = c.authorize(**overrides)
                self.assertEqual(status, 302)
                answer = query_of(headers["location"])
                self.assertEqual(set(answer), {"error", "error_description", "state"})
                self.assertEqual((answer["error"], answer["state"]), (error, "state-1"))
        status, headers, _ = c.authorize(state=None, code_challenge=None)
        self.assertNotIn("state", query_of(headers["location"]))

    def test_deny_switch(self):
        c, e = self.client, self.emulator
        settings = e.admin("POST", "oidc", {"deny": True})
        self.assertIs(settings["deny"], True)
        status, headers, _ = c.authorize()
        self.assertEqual(status, 302)
        answer = query_of(headers["location"])
        self.assertEqual((answer["error"], answer["state"]), ("access_denied", "state-1"))
        self.assertNotIn("code", answer)
        self.assertIs(e.admin("POST", "oidc", {"deny": False})["deny"], False)
        self.assertIn("code", query_of(c.authorize()[1]["location"]))
        e.admin("POST", "oidc", {"deny": True})
        e.admin("POST", "reset")  # a reset turns the switch off too
        self.assertIn("code", query_of(c.authorize()[1]["location"]))

    def test_refresh_rotates(self):
        c = self.client
        first = c.login()
        sid = c.claims(first["id_token"])["sid"]
        status, second = c.refresh(first["refresh_token"])
        self.assertEqual(status, 200, second)
        self.assertEqual(set(second), TOKEN_FIELDS)
        self.assertNotEqual(second["access_token"], first["access_token"])
        self.assertNotEqual(second["refresh_token"], first["refresh_token"])
        claims = c.claims(second["id_token"])
        self.assertEqual((claims["sid"], claims["sub"], claims["aud"]), (sid, DEV_SUB, CLIENT))
        self.assertNotIn("nonce", claims)
        self.assertEqual(c.works(second["access_token"])["sessionId"], sid)
        self.assertIsNotNone(c.works(first["access_token"]))  # the old access token lives until it expires
        self.assert_error(c.refresh(first["refresh_token"]), "invalid_grant", "already been used")
        self.assert_error(c.refresh(second["refresh_token"], client_id="other"), "invalid_grant", "another client")
        self.assert_error(c.refresh(second["refresh_token"], scope="openid admin"), "invalid_scope")
        status, third = c.refresh(second["refresh_token"], scope="openid")
        self.assertEqual((status, third["scope"]), (200, "openid"))
        self.assertIsNotNone(c.works(third["access_token"]))

    def test_settings_apply_to_new_tokens(self):
        c, e = self.client, self.emulator
        settings = e.admin("POST", "oidc", {"accessTokenLifetime": 7, "deviceInterval": 3, "deviceCodeLifetime": 9})
        self.assertEqual(settings, {"deny": False, "accessTokenLifetime": 7, "refreshTokenLifetime": 2592000,
                                    "codeLifetime": 60, "deviceCodeLifetime": 9, "deviceInterval": 3,
                                    "requireClientId": None})
        tokens = c.login()
        self.assertEqual(tokens["expires_in"], 7)
        claims = c.claims(tokens["id_token"])
        self.assertEqual(claims["exp"] - claims["iat"], 7)
        device = c.device()
        self.assertEqual((device["interval"], device["expires_in"]), (3, 9))
        e.admin("POST", "oidc", {"requireClientId": "nitro"})
        self.assert_error(c.refresh(tokens["refresh_token"]), "invalid_client")
        self.assertEqual(c.authorize()[0], 400)
        e.admin("POST", "reset")  # back to the start-up settings
        self.assertEqual(e.admin("POST", "oidc", {})["deviceInterval"], 1)
        self.assertEqual(c.login()["expires_in"], 3600)
        for bad in [{"deny": "yes"}, {"accessTokenLifetime": 0}, {"codeLifetime": "5"}, {"requireClientId": ""},
                    {"unknown": 1}, [1]]:
            with self.subTest(bad=bad):
                status, _, body = e.request("POST", "/_emulator/oidc", json.dumps(bad))
                self.assertEqual(status, 400)
                self.assertIn("error", json.loads(body))


class DeviceFlowTest(SharedIdentityProviderTest):

    def test_pending_then_approved(self):
        c = self.client
        device = c.device()
        self.assertEqual(set(device), {"device_code", "user_code", "verification_uri", "verification_uri_complete",
                                       "expires_in", "interval"})
        self.assertRegex(device["user_code"], USER_CODE_RE)
        self.assertEqual(device["verification_uri"], f"{c.base}/device")
        self.assertEqual(device["verification_uri_complete"], f"{c.base}/device?user_code={device['user_code']}")
        self.assertEqual((device["expires_in"], device["interval"]), (600, 1))
        self.assert_error(c.poll(device["device_code"]), "authorization_pending")
        approved = self.emulator.admin("POST", "device/approve", {"user_code": device["user_code"]})
        self.assertEqual(approved, {"userCode": device["user_code"], "status": "approved"})
        time.sleep(1.05)
        status, tokens = c.poll(device["device_code"])
        self.assertEqual(status, 200, tokens)
        self.assertEqual(set(tokens), TOKEN_FIELDS)
        claims = c.claims(tokens["id_token"])
        self.assertEqual((claims["sub"], claims["aud"], claims["email"], claims["api_url"]),
                         (DEV_SUB, CLIENT, "dev@nitro.local", c.base))
        self.assertNotIn("nonce", claims)
        self.assertEqual(c.works(tokens["access_token"])["sessionId"], claims["sid"])
        self.assertEqual(c.refresh(tokens["refresh_token"])[0], 200)
        self.assert_error(c.poll(device["device_code"]), "invalid_grant", "already been used")
        polls = c.calls("/connect/token")
        self.assertEqual([p["error"] for p in polls], ["authorization_pending", None, None, "invalid_grant"])
        self.assertGreaterEqual(polls[1]["time"] - polls[0]["time"], 1.0)

    def test_slow_down(self):
        c = self.client
        device = c.device()
        self.assert_error(c.poll(device["device_code"]), "authorization_pending")
        status, body = c.poll(device["device_code"])
        self.assertEqual((status, body["error"], body["interval"]), (400, "slow_down", 6))
        time.sleep(1.05)  # enough for the old interval, not for the new one
        status, body = c.poll(device["device_code"])
        self.assertEqual((status, body["error"], body["interval"]), (400, "slow_down", 11))
        polls = c.calls("/connect/token")
        self.assertEqual([p["error"] for p in polls], ["authorization_pending", "slow_down", "slow_down"])
        self.assertEqual({p["parameters"]["device_code"] for p in polls}, {device["device_code"]})
        self.assertLess(polls[1]["time"] - polls[0]["time"], 1.0)

    def test_denied(self):
        c, e = self.client, self.emulator
        device = c.device()
        self.assertEqual(e.admin("POST", "device/approve", {"user_code": device["user_code"], "deny": True}),
                         {"userCode": device["user_code"], "status": "denied"})
        self.assert_error(c.poll(device["device_code"]), "access_denied")
        status, _, body = e.request("POST", "/_emulator/device/approve", json.dumps({"user_code": device["user_code"]}))
        self.assertEqual((status, json.loads(body)), (409, {"error": "The code has already been denied."}))

    def test_html_form(self):
        c, e = self.client, self.emulator
        device = c.device()
        status, headers, page = e.request("GET", "/device?" + urlencode({"user_code": device["user_code"]}))
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assertIn(f'value="{device["user_code"]}"'.encode(), page)
        # The user may type the code in lower case and without the dash.
        typed = device["user_code"].replace("-", "").lower()
        status, _, page = e.request("POST", "/device", urlencode({"user_code": typed, "action": "approve"}), FORM)
        self.assertEqual(status, 200)
        self.assertIn(b"signed in", page)
        status, _, _ = e.request("POST", "/device", urlencode({"user_code": typed, "action": "approve"}), FORM)
        self.assertEqual(status, 400)  # already answered
        self.assertEqual(c.poll(device["device_code"])[0], 200)

        other = c.device()
        status, _, page = e.request("POST", "/device", urlencode({"user_code": other["user_code"], "action": "deny"}),
                                    FORM)
        self.assertEqual(status, 200)
        self.assert_error(c.poll(other["device_code"]), "access_denied")
        status, _, _ = e.request("POST", "/device", urlencode({"user_code": "BBBB-BBBB"}), FORM)
        self.assertEqual(status, 400)
        status, _, body = e.request("POST", "/_emulator/device/approve", json.dumps({"user_code": "BBBB-BBBB"}))
        self.assertEqual(status, 404)

    def test_device_authorization_errors(self):
        c = self.client
        for params, error in [({"scope": SCOPE}, "invalid_client"), ({"client_id": CLIENT, "scope": "profile"},
                                                                     "invalid_scope"),
                              ({"client_id": CLIENT}, "invalid_scope")]:
            with self.subTest(params=params):
                status, _, body = c.form("/connect/deviceauthorization", params)
                self.assert_error((status, body), error)
        device = c.device()
        self.assert_error(c.poll(device["device_code"], client_id="another"), "invalid_grant", "another client")


class SessionTest(SharedIdentityProviderTest):

    def test_end_session_revokes(self):
        c = self.client
        ended, kept = c.login(), c.login()
        status, _, page = c.end_session(id_token_hint=ended["id_token"])
        self.assertEqual(status, 200)
        self.assertIsNone(c.works(ended["access_token"]))
        self.assert_error(c.refresh(ended["refresh_token"]), "invalid_grant", "ended")
        self.assertIsNotNone(c.works(kept["access_token"]))  # another session lives on
        calls = c.calls("/connect/endsession")
        self.assertEqual([(x["method"], x["status"], x["parameters"]) for x in calls],
                         [("GET", 200, {"id_token_hint": ended["id_token"]})])

        # POST works too, and a loopback post_logout_redirect_uri gets the state back.
        status, headers, _ = self.emulator.request("POST", "/connect/endsession", urlencode({
            "id_token_hint": kept["id_token"], "post_logout_redirect_uri": "http://127.0.0.1:4000/out",
            "state": "bye"}), FORM)
        self.assertEqual((status, headers["location"]), (302, "http://127.0.0.1:4000/out?state=bye"))
        self.assertIsNone(c.works(kept["access_token"]))

    def test_end_session_checks_the_hint(self):
        c = self.client
        tokens = c.login()
        self.assertEqual(c.end_session()[0], 200)  # nothing to end
        for name, params in [("garbage", {"id_token_hint": "not.a.jwt"}),
                             ("access token", {"id_token_hint": tokens["access_token"]}),
                             ("wrong client", {"id_token_hint": tokens["id_token"], "client_id": "other"}),
                             ("remote redirect", {"id_token_hint": tokens["id_token"],
                                                  "post_logout_redirect_uri": "https://evil.example/"})]:
            with self.subTest(name):
                status, headers, _ = c.end_session(**params)
                self.assertEqual(status, 400)
                self.assertNotIn("location", headers)
        self.assertIsNotNone(c.works(tokens["access_token"]))

    def test_reset_clears_identity_state(self):
        c, e = self.client, self.emulator
        _, _, jwks_before = e.request("GET", "/.well-known/jwks")
        tokens = c.login()
        code, verifier = c.code()
        device = c.device()
        e.admin("POST", "reset")
        self.assertIsNone(c.works(tokens["access_token"]))
        self.assert_error(c.refresh(tokens["refresh_token"]), "invalid_grant")
        self.assert_error(c.exchange(code, verifier), "invalid_grant")
        self.assert_error(c.poll(device["device_code"]), "invalid_grant")
        self.assertEqual(e.gql(ME, auth=bearer(e.credentials["accessToken"]))["data"]["me"]["user"]["email"],
                         "dev@nitro.local")
        self.assertIsNotNone(e.gql(ME, auth=key(e.credentials["pat"]))["data"]["me"])
        self.assertEqual(e.request("GET", "/.well-known/jwks")[2], jwks_before)  # same signing key
        self.assertEqual(c.login()["token_type"], "Bearer")

    def test_call_log(self):
        c, e = self.client, self.emulator
        verifier, challenge = pkce()
        status, headers, _ = c.authorize(code_challenge=challenge)
        c.exchange(query_of(headers["location"])["code"], verifier)
        e.gql(ME)  # not an identity provider call
        calls = c.calls()
        self.assertEqual([(x["endpoint"], x["method"], x["status"]) for x in calls],
                         [("/connect/authorize", "GET", 302), ("/connect/token", "POST", 200)])
        self.assertEqual(calls[0]["location"], headers["location"])
        self.assertEqual(calls[1]["parameters"]["code_verifier"], verifier)  # a test log keeps secrets
        self.assertEqual(calls[1]["headers"]["content-type"], "application/x-www-form-urlencoded")
        self.assertEqual(e.admin("DELETE", "oidc"), {"cleared": 2})
        self.assertEqual(e.admin("GET", "oidc"), [])
        self.assertEqual(len(e.admin("GET", "requests")), 1)  # the GraphQL log is separate


class StartUpOptionsTest(unittest.TestCase):

    def test_lifetimes_and_client_id(self):
        """Short lifetimes from the command line: everything issued expires together, after one sleep."""
        emulator = Emulator("--require-client-id", CLIENT, "--access-token-lifetime", "1",
                            "--refresh-token-lifetime", "1", "--code-lifetime", "1", "--device-code-lifetime", "1",
                            "--device-interval", "2")
        try:
            c = Client(emulator)
            self.assertEqual(c.authorize(client_id="another")[0], 400)
            status, _, body = c.form("/connect/deviceauthorization", {"client_id": "another", "scope": "openid"})
            self.assertEqual((status, body["error"]), (400, "invalid_client"))
            tokens = c.login()
            self.assertEqual(tokens["expires_in"], 1)
            self.assertIsNotNone(c.works(tokens["access_token"]))
            code, verifier = c.code()
            device = c.device()
            self.assertEqual((device["expires_in"], device["interval"]), (1, 2))
            time.sleep(1.1)
            self.assertIsNone(c.works(tokens["access_token"]))
            status, body = c.refresh(tokens["refresh_token"])
            self.assertEqual((status, body["error"]), (400, "invalid_grant"))
            self.assertIn("expired", body["error_description"])
            status, body = c.exchange(code, verifier)
            self.assertEqual((status, body["error"]), (400, "invalid_grant"))
            self.assertIn("expired", body["error_description"])
            status, body = c.poll(device["device_code"])
            self.assertEqual((status, body["error"]), (400, "expired_token"))
            status, _, _ = emulator.request("POST", "/_emulator/device/approve",
                                            json.dumps({"user_code": device["user_code"]}))
            self.assertEqual(status, 404)
        finally:
            self.assertEqual(emulator.stop()[0], 0)

    def test_sessions_survive_a_restart_with_a_database(self):
        with tempfile.TemporaryDirectory() as directory:
            db = os.path.join(directory, "nitro.sqlite3")
            first = Emulator("--db", db)
            tokens = Client(first).login()
            self.assertEqual(first.stop()[0], 0)

            # Make it a database of the version before the identity provider (and APIs, and the registry), as an
            # old emulator left it.
            with sqlite3.connect(db) as conn:
                conn.executescript("DROP TABLE client_publications; DROP TABLE schema_publications;"
                                   "DROP TABLE client_versions; DROP TABLE clients; DROP TABLE schema_versions;"
                                   "DROP TABLE stages; DROP TABLE environments; DROP TABLE collections;"
                                   "DROP TABLE mock_schemas;"
                                   "DROP TABLE apis; ALTER TABLE api_keys DROP COLUMN api_id;"
                                   "ALTER TABLE api_keys DROP COLUMN stage_condition;"
                                   "DELETE FROM refresh_tokens; DELETE FROM access_tokens WHERE session_id IS NOT NULL;"
                                   "DELETE FROM oidc_sessions; DROP TABLE refresh_tokens; DROP TABLE oidc_sessions;"
                                   "DROP TABLE signing_keys; ALTER TABLE access_tokens DROP COLUMN session_id;"
                                   "PRAGMA user_version = 1;")
            second = Emulator("--db", db)
            try:
                c = Client(second)
                self.assertIsNotNone(c.works(c.login()["access_token"]))
                tokens = c.login()
                _, _, jwks = second.request("GET", "/.well-known/jwks")
            finally:
                self.assertEqual(second.stop()[0], 0)

            third = Emulator("--db", db)  # a new port, the same database
            try:
                c = Client(third)
                self.assertEqual(third.request("GET", "/.well-known/jwks")[2], jwks)  # the key was kept
                status, refreshed = c.refresh(tokens["refresh_token"])
                self.assertEqual(status, 200, refreshed)
                self.assertIsNotNone(c.works(refreshed["access_token"]))
                self.assertEqual(c.claims(refreshed["id_token"])["sid"], c.claims(tokens["id_token"])["sid"])
            finally:
                self.assertEqual(third.stop()[0], 0)


if __name__ == "__main__":
    unittest.main()
