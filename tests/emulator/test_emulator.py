"""Tests of the Nitro API emulator, run as a real subprocess over real HTTP.

    python3 -m unittest discover -s tests/emulator -v     (from the repository root)
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMULATOR = HERE / "emulator.py"
OPERATIONS = HERE.parent.parent / "spec" / "operations"
START_TIMEOUT = 15.0
DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00")
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
SUBSCRIPTION_ACCEPT = "application/graphql-response+json, application/json, text/event-stream"
NOT_AUTHENTICATED_BODY = {
    "data": None,
    "errors": [{"message": "The current user is not authenticated.",
                "extensions": {"code": "AUTH_NOT_AUTHENTICATED"}}],
}


def operation(file_name: str) -> str:
    """A published operation, byte for byte."""
    return (OPERATIONS / file_name).read_bytes().decode("utf-8")


LIST_PATS = operation("list-pats.graphql")
CREATE_PAT = operation("create-pat.graphql")
REVOKE_PAT = operation("revoke-pat.graphql")
LIST_WORKSPACES = operation("list-workspaces.graphql")

TOKENS_PAGE = """
query Tokens($after: String, $before: String, $first: Int, $last: Int) {
  me { personalAccessTokens(after: $after, before: $before, first: $first, last: $last) {
    edges { cursor node { id description createdAt expiresAt } }
    nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }
}"""
CREATE_API_KEY = """
mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    result { secret key { id name workspace { name } } }
    errors { __typename ... on Error { message } }
  }
}"""
DELETE_API_KEY = """
mutation DeleteApiKey($input: DeleteApiKeyInput!) {
  deleteApiKey(input: $input) {
    apiKey { id name }
    errors { __typename ... on Error { message } ... on ApiKeyNotFoundError { apiKeyId } }
  }
}"""
WORKSPACE_BY_ID = """
query Workspace($id: ID!) {
  workspaceById(workspaceId: $id) { id name personal apiKeys(first: 10) { nodes { id name } } }
}"""
NODE = """
query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on User { email }
    ... on Workspace { name }
    ... on PersonalAccessToken { description }
    ... on ApiKey { name }
  }
}"""


def key_input(name: str | None, workspace: int, **scope: str) -> dict:
    """createApiKey's input; the key is scoped to the workspace unless `scope` says otherwise."""
    return {"name": name, "workspaceId": gid("Workspace", workspace),
            "permissionScope": scope or {"workspaceId": gid("Workspace", workspace)}}


def in_days(days: float) -> str:
    moment = datetime.now(timezone.utc) + timedelta(days=days)
    return moment.isoformat(timespec="milliseconds")


def gid(type_name: str, key: int) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


def note(text: str) -> None:
    """Figures for the person running the tests; unittest -v writes to stderr too."""
    print(f"\n    [emulator] {text}", file=sys.stderr, flush=True)


class Emulator:
    """An emulator subprocess on a free port of 127.0.0.1."""

    def __init__(self, *args: str, env: dict | None = None):
        self._dir = tempfile.TemporaryDirectory()
        port_file = os.path.join(self._dir.name, "port")
        credentials_file = os.path.join(self._dir.name, "credentials.json")
        started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, str(EMULATOR), "--host", "127.0.0.1", "--port", "0", "--quiet",
             "--port-file", port_file, "--credentials-file", credentials_file, *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})},
        )
        while not os.path.exists(port_file):
            if self.process.poll() is not None:
                raise AssertionError(f"the emulator exited early: {self.process.communicate()}")
            if time.monotonic() - started > START_TIMEOUT:
                self.process.kill()
                self.process.communicate()
                raise AssertionError("the emulator did not write its port file in time")
            time.sleep(0.005)
        self.start_seconds = time.monotonic() - started
        with open(port_file, encoding="utf-8") as file:
            self.port = int(file.read())
        with open(credentials_file, encoding="utf-8") as file:
            self.credentials = json.load(file)
        self.credentials_mode = os.stat(credentials_file).st_mode & 0o777
        self._conn: http.client.HTTPConnection | None = None

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str, str]:
        if self._conn is not None:
            self._conn.close()
        self.process.send_signal(sig)
        try:
            out, err = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        self._dir.cleanup()
        return self.process.returncode, out, err

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: dict | None = None) -> tuple[int, dict, bytes]:
        """Over one kept-alive connection, reopened when a test broke it."""
        if self._conn is None:
            self._conn = self.connection()
        try:
            self._conn.request(method, path, body=body, headers=headers or {})
            response = self._conn.getresponse()
            data = response.read()
        except (http.client.HTTPException, OSError):
            self._conn.close()
            self._conn = None
            raise
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def post(self, payload: dict | str | bytes, auth: dict | None = None, accept: str = "application/json",
             headers: dict | None = None) -> tuple[int, dict, bytes]:
        """POST /graphql; auth None means the dev user's PAT, {} means no credential."""
        body = payload if isinstance(payload, (str, bytes)) else json.dumps(payload)
        all_headers = {"Content-Type": "application/json", "Accept": accept,
                       **({"CCC-api-key": self.credentials["pat"]} if auth is None else auth),
                       **(headers or {})}
        return self.request("POST", "/graphql", body, all_headers)

    def gql(self, query: str, variables: dict | None = None, auth: dict | None = None, **kwargs) -> dict:
        status, headers, body = self.post({"query": query, "variables": variables}, auth, **kwargs)
        if status != 200:
            raise AssertionError(f"HTTP {status}: {body!r}")
        return json.loads(body)

    def admin(self, method: str, path: str, value: dict | None = None) -> object:
        body = None if value is None else json.dumps(value)
        status, _, data = self.request(method, f"/_emulator/{path}", body, {"Content-Type": "application/json"})
        if status != 200:
            raise AssertionError(f"{method} /_emulator/{path}: HTTP {status}: {data!r}")
        return json.loads(data)

    def multipart(self, query: str, variables: dict, files: dict[str, tuple[str, bytes]],
                  auth: dict | None = None, preflight: bool = True,
                  parts: list[tuple[str, str | None, bytes]] | None = None) -> tuple[int, dict, bytes]:
        """POST /graphql as a GraphQL multipart request: `files` maps a variable path
        ("variables.input.schema") to (file name, bytes); `parts` replaces the generated parts."""
        boundary = "nitro-test-boundary-7MA4YWxkTrZu0gW"
        if parts is None:
            files_map = {str(i): [path] for i, path in enumerate(files)}
            parts = [("operations", None, json.dumps({"query": query, "variables": variables}).encode()),
                     ("map", None, json.dumps(files_map).encode())]
            parts += [(str(i), name, data) for i, (name, data) in enumerate(files.values())]
        body = b""
        for name, file_name, data in parts:
            disposition = f'form-data; name="{name}"' + (f'; filename="{file_name}"' if file_name else "")
            body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}",
                   **({"CCC-api-key": self.credentials["pat"]} if auth is None else auth),
                   **({"GraphQL-Preflight": "1"} if preflight else {})}
        return self.request("POST", "/graphql", body, headers)

    def subscribe(self, query: str, variables: dict, auth: dict | None = None,
                  accept: str = SUBSCRIPTION_ACCEPT) -> tuple[int, dict, bytes]:
        """A subscription's whole answer, on a connection of its own (a stream ends by closing it)."""
        conn = self.connection()
        try:
            headers = {"Content-Type": "application/json", "Accept": accept,
                       **({"CCC-api-key": self.credentials["pat"]} if auth is None else auth)}
            conn.request("POST", "/graphql", json.dumps({"query": query, "variables": variables}), headers)
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    # Shortcuts for the published operations.

    def list_page(self, after: str | None = None, first: int = 10, auth: dict | None = None) -> dict:
        result = self.gql(LIST_PATS, {"after": after, "first": first}, auth)
        return result["data"]["me"]["personalAccessTokens"]

    def create(self, description: str, expires_at: str | None = None, auth: dict | None = None) -> dict:
        variables = {"input": {"description": description, "expiresAt": expires_at or in_days(30)}}
        return self.gql(CREATE_PAT, variables, auth)["data"]["createPersonalAccessToken"]

    def revoke(self, token_id: str, auth: dict | None = None) -> dict:
        return self.gql(REVOKE_PAT, {"input": {"id": token_id}}, auth)["data"]["revokePersonalAccessToken"]


def key(secret: str) -> dict:
    return {"CCC-api-key": secret}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


class SharedEmulatorTest(unittest.TestCase):
    """One emulator for the class; each test starts from the initial data."""

    emulator: Emulator

    @classmethod
    def setUpClass(cls) -> None:
        cls.emulator = Emulator()

    @classmethod
    def tearDownClass(cls) -> None:
        code, _, err = cls.emulator.stop()
        assert code == 0, err

    def setUp(self) -> None:
        self.emulator.admin("POST", "reset")
        self.emulator.admin("DELETE", "faults")
        self.emulator.admin("DELETE", "requests")


class GraphQLTest(SharedEmulatorTest):

    def assert_token_shape(self, token: dict, typename: bool = True) -> None:
        expected = {"id", "description", "createdAt", "expiresAt"} | ({"__typename"} if typename else set())
        self.assertEqual(set(token), expected)
        self.assertRegex(token["createdAt"], DATETIME_RE)
        self.assertRegex(token["expiresAt"], DATETIME_RE)

    def test_published_operations_validate_and_execute(self):
        e = self.emulator
        created = e.create("from the published document")
        self.assertEqual(set(created), {"__typename", "result", "errors"})
        self.assertEqual(created["__typename"], "CreatePersonalAccessTokenPayload")
        self.assertIsNone(created["errors"])
        result = created["result"]
        self.assertEqual(result["__typename"], "PersonalAccessTokenWithSecret")
        self.assertRegex(result["secret"], r"^nitro_pat_[0-9A-Za-z]{32}$")
        self.assert_token_shape(result["token"])
        self.assertEqual(result["token"]["__typename"], "PersonalAccessToken")
        self.assertEqual(result["token"]["description"], "from the published document")

        listed = e.gql(LIST_PATS, {"after": None, "first": 10})["data"]["me"]
        self.assertEqual(listed["__typename"], "Viewer")
        connection = listed["personalAccessTokens"]
        self.assertEqual(connection["__typename"], "PersonalAccessTokensConnection")
        self.assertEqual(set(connection), {"__typename", "edges", "pageInfo"})
        self.assertEqual(connection["pageInfo"]["__typename"], "PageInfo")
        self.assertEqual(set(connection["pageInfo"]),
                         {"__typename", "hasPreviousPage", "hasNextPage", "endCursor", "startCursor"})
        for edge in connection["edges"]:
            self.assertEqual(edge["__typename"], "PersonalAccessTokensEdge")
            self.assert_token_shape(edge["node"])
        self.assertEqual([edge["node"]["description"] for edge in connection["edges"]],
                         ["Bootstrap PAT", "from the published document"])

        revoked = e.revoke(result["token"]["id"])
        self.assertEqual(revoked["__typename"], "RevokePersonalAccessTokenPayload")
        self.assertIsNone(revoked["errors"])
        self.assertEqual(revoked["personalAccessToken"], result["token"])

        workspaces = e.gql(LIST_WORKSPACES, {"after": None, "first": 10})["data"]["me"]["workspaces"]
        self.assertEqual([edge["node"] for edge in workspaces["edges"]], [
            {"__typename": "Workspace", "id": gid("Workspace", 1), "name": "Dev User", "personal": True},
            {"__typename": "Workspace", "id": gid("Workspace", 2), "name": "Team Nitro", "personal": False},
        ])
        self.assertEqual(workspaces["pageInfo"], {
            "__typename": "PageInfo", "hasPreviousPage": False, "hasNextPage": False,
            "startCursor": workspaces["edges"][0]["cursor"], "endCursor": workspaces["edges"][-1]["cursor"]})

    def test_viewer_fields(self):
        query = "{ me { user { id email name } sessionId activeWorkspace { id name personal } } }"
        me = self.emulator.gql(query)["data"]["me"]
        self.assertEqual(me["user"], {"id": gid("User", 1), "email": "dev@nitro.local", "name": "Dev User"})
        self.assertEqual(me["activeWorkspace"], {"id": gid("Workspace", 1), "name": "Dev User", "personal": True})
        self.assertTrue(me["sessionId"])
        self.assertEqual(self.emulator.gql(query)["data"]["me"]["sessionId"], me["sessionId"])
        other = self.emulator.gql(query, auth=key(self.emulator.credentials["otherPat"]))["data"]["me"]
        self.assertEqual(other["user"]["email"], "other@nitro.local")
        self.assertEqual(other["activeWorkspace"]["name"], "Other User")

    def test_paging_visits_each_token_once_in_both_directions(self):
        e = self.emulator
        for i in range(25):
            self.assertIsNone(e.create(f"paging-{i:02d}")["errors"])
        expected = ["Bootstrap PAT"] + [f"paging-{i:02d}" for i in range(25)]

        seen, after, pages = [], None, 0
        while True:
            page = e.gql(TOKENS_PAGE, {"after": after, "first": 7})["data"]["me"]["personalAccessTokens"]
            info = page["pageInfo"]
            self.assertEqual(info["hasPreviousPage"], after is not None)
            self.assertEqual([n["id"] for n in page["nodes"]], [edge["node"]["id"] for edge in page["edges"]])
            self.assertEqual(info["startCursor"], page["edges"][0]["cursor"])
            self.assertEqual(info["endCursor"], page["edges"][-1]["cursor"])
            seen += [edge["node"]["description"] for edge in page["edges"]]
            pages += 1
            if not info["hasNextPage"]:
                break
            after = info["endCursor"]
        self.assertEqual(seen, expected)
        self.assertEqual(pages, 4)

        seen, before, pages = [], None, 0
        while True:
            page = e.gql(TOKENS_PAGE, {"before": before, "last": 7})["data"]["me"]["personalAccessTokens"]
            info = page["pageInfo"]
            self.assertEqual(info["hasNextPage"], before is not None)
            seen = [edge["node"]["description"] for edge in page["edges"]] + seen
            pages += 1
            if not info["hasPreviousPage"]:
                break
            before = info["startCursor"]
        self.assertEqual(seen, expected)
        self.assertEqual(pages, 4)

        # The CLI's own document, page size 10, resuming from each endCursor.
        seen, after = [], None
        while True:
            page = e.list_page(after)
            seen += [edge["node"]["description"] for edge in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        self.assertEqual(seen, expected)

    def test_paging_arguments(self):
        e = self.emulator
        for i in range(12):
            e.create(f"t{i}")
        default = e.gql(TOKENS_PAGE)["data"]["me"]["personalAccessTokens"]
        self.assertEqual(len(default["edges"]), 10)
        self.assertTrue(default["pageInfo"]["hasNextPage"])
        empty = e.gql(TOKENS_PAGE, {"first": 0})["data"]["me"]["personalAccessTokens"]
        self.assertEqual(empty["edges"], [])
        self.assertIsNone(empty["pageInfo"]["endCursor"])
        self.assertEqual(len(e.gql(TOKENS_PAGE, {"first": 100})["data"]["me"]["personalAccessTokens"]["edges"]), 13)
        cases = [
            ({"first": 101}, "HC0051"),
            ({"last": 101}, "HC0051"),
            ({"first": -1}, "HC0052"),
            ({"first": 1, "last": 1}, "INVALID_PAGING_ARGUMENTS"),
            ({"after": "not a cursor"}, "INVALID_CURSOR"),
            ({"before": gid("Workspace", 1)}, "INVALID_CURSOR"),
        ]
        for variables, code in cases:
            with self.subTest(variables=variables):
                result = e.gql(TOKENS_PAGE, variables)
                self.assertEqual(result["data"], {"me": {"personalAccessTokens": None}})
                self.assertEqual(result["errors"][0]["extensions"]["code"], code)
                self.assertEqual(result["errors"][0]["path"], ["me", "personalAccessTokens"])
        result = e.gql(TOKENS_PAGE, {"first": 101})
        self.assertEqual(result["errors"][0]["message"], "The maximum allowed items per page were exceeded.")

    def test_listing_shows_only_the_callers_live_tokens(self):
        e = self.emulator
        expired = e.admin("POST", "tokens", {"description": "expired", "expiresAt": in_days(-1)})
        gone = e.create("revoked soon")["result"]["token"]
        e.revoke(gone["id"])
        descriptions = [edge["node"]["description"] for edge in e.list_page()["edges"]]
        self.assertEqual(descriptions, ["Bootstrap PAT", "expired"])
        self.assertEqual(e.list_page()["edges"][1]["node"]["id"], expired["id"])
        other = e.list_page(auth=key(e.credentials["otherPat"]))
        self.assertEqual([edge["node"]["description"] for edge in other["edges"]], ["Other user's PAT"])

    def test_create_rejects_bad_input(self):
        e = self.emulator
        cases = [
            ("   ", in_days(1), ["The description must not be empty."]),
            ("past", in_days(-1), ["The expiration date must be in the future."]),
            ("", in_days(-1), ["The description must not be empty.", "The expiration date must be in the future."]),
        ]
        query = ("mutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) {"
                 " result { secret } errors { __typename ... on ValidationError { message errors { message } } } } }")
        for description, expires_at, messages in cases:
            with self.subTest(description=description, expires_at=expires_at):
                payload = e.gql(query, {"input": {"description": description, "expiresAt": expires_at}})
                payload = payload["data"]["createPersonalAccessToken"]
                self.assertIsNone(payload["result"])
                self.assertEqual(payload["errors"], [{
                    "__typename": "ValidationError", "message": " ".join(messages),
                    "errors": [{"message": m} for m in messages],
                }])
        self.assertEqual(len(e.list_page()["edges"]), 1)

    def test_datetime_input_formats(self):
        e = self.emulator
        soon = datetime.now(timezone.utc) + timedelta(days=2)
        accepted = [
            soon.strftime("%Y-%m-%dT%H:%M:%S.") + f"{soon.microsecond // 1000:03d}+00:00",
            soon.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            soon.strftime("%Y-%m-%dT%H:%M:%SZ"),
            (soon.astimezone(timezone(timedelta(hours=2)))).isoformat(timespec="milliseconds"),
        ]
        for text in accepted:
            with self.subTest(text=text):
                token = e.create("date", text)["result"]["token"]
                shown = datetime.fromisoformat(token["expiresAt"])
                self.assertLess(abs(shown - soon), timedelta(seconds=1))
                self.assertTrue(token["expiresAt"].endswith("+00:00"))
        for text in ["2026-05-31", "2026-05-31T12:00:00", "2026-05-31 12:00:00Z", "2026-13-01T00:00:00Z",
                     "2026-05-31T12:00:00+24:00", "tomorrow"]:
            with self.subTest(text=text):
                status, _, body = e.post({"query": CREATE_PAT,
                                          "variables": {"input": {"description": "d", "expiresAt": text}}})
                self.assertEqual(status, 200)
                result = json.loads(body)
                self.assertNotIn("data", result)
                self.assertIn("expiresAt", result["errors"][0]["message"])

    def test_revoke_errors(self):
        e = self.emulator
        other_pat = e.credentials["otherPat"]
        other_id = e.list_page(auth=key(other_pat))["edges"][0]["node"]["id"]
        for token_id in [gid("PersonalAccessToken", 999), "nope", gid("Workspace", 1), other_id]:
            with self.subTest(token_id=token_id):
                payload = e.revoke(token_id)
                self.assertIsNone(payload["personalAccessToken"])
                self.assertEqual(payload["errors"], [{
                    "__typename": "PersonalAccessTokenNotFoundError",
                    "message": "The personal access token was not found.",
                }])
        self.assertIsNotNone(e.gql("{ me { sessionId } }", auth=key(other_pat))["data"]["me"])
        token = e.create("twice")["result"]["token"]
        e.revoke(token["id"])
        self.assertEqual(e.revoke(token["id"])["errors"][0]["__typename"], "PersonalAccessTokenNotFoundError")

    def test_authentication(self):
        e = self.emulator
        c = e.credentials
        me = "{ me { user { email } } }"
        for name, auth in [("none", {}), ("unknown", key("nitro_pat_" + "x" * 32)), ("blank", key("  ")),
                           ("unknown bearer", bearer("nitro_at_nope")), ("PAT as bearer", bearer(c["pat"])),
                           ("access token as key", key(c["accessToken"]))]:
            with self.subTest(name):
                status, headers, body = e.post({"query": me}, auth)
                self.assertEqual((status, json.loads(body)), (200, NOT_AUTHENTICATED_BODY))
                self.assertTrue(headers["content-type"].startswith("application/json"))
                status, headers, body = e.post({"query": me}, auth, accept=GRAPHQL_RESPONSE_JSON)
                self.assertEqual((status, json.loads(body)), (401, NOT_AUTHENTICATED_BODY))
                self.assertTrue(headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON))
                self.assertIn("www-authenticate", headers)
        for name, auth in [("PAT", key(c["pat"])), ("access token", bearer(c["accessToken"])),
                           ("lower-case scheme", {"Authorization": f"bearer {c['accessToken']}"})]:
            with self.subTest(name):
                self.assertEqual(e.gql(me, auth=auth)["data"]["me"]["user"]["email"], "dev@nitro.local")

    def test_api_key_is_not_a_user(self):
        e = self.emulator
        auth = key(e.credentials["apiKey"])
        self.assertEqual(e.gql("{ me { sessionId } }", auth=auth), {"data": {"me": None}})
        unauthorized = [{"__typename": "UnauthorizedOperation",
                         "message": "This operation needs a user; an API key cannot perform it."}]
        created = e.create("by api key", auth=auth)
        self.assertEqual((created["result"], created["errors"]), (None, unauthorized))
        revoked = e.revoke(gid("PersonalAccessToken", 1), auth=auth)
        self.assertEqual((revoked["personalAccessToken"], revoked["errors"]), (None, unauthorized))
        team = e.gql(WORKSPACE_BY_ID, {"id": gid("Workspace", 2)}, auth)["data"]["workspaceById"]
        self.assertEqual(team["name"], "Team Nitro")
        self.assertEqual(team["apiKeys"]["nodes"], [{"id": gid("ApiKey", 1), "name": "Bootstrap API key"}])
        self.assertIsNone(e.gql(WORKSPACE_BY_ID, {"id": gid("Workspace", 1)}, auth)["data"]["workspaceById"])

    def test_revoked_pat_stops_working_at_once(self):
        e = self.emulator
        created = e.create("short-lived")["result"]
        auth = key(created["secret"])
        self.assertEqual(e.gql("{ me { user { email } } }", auth=auth)["data"]["me"]["user"]["email"],
                         "dev@nitro.local")
        self.assertIsNone(e.revoke(created["token"]["id"], auth=auth)["errors"])
        status, _, body = e.post({"query": "{ me { sessionId } }"}, auth)
        self.assertEqual((status, json.loads(body)), (200, NOT_AUTHENTICATED_BODY))

    def test_expired_credentials_are_refused(self):
        e = self.emulator
        for kind, header in [("pat", key), ("accessToken", bearer)]:
            with self.subTest(kind):
                alive = e.admin("POST", "tokens", {"kind": kind, "expiresAt": in_days(1)})
                self.assertIsNotNone(e.gql("{ me { sessionId } }", auth=header(alive["secret"]))["data"]["me"])
                expired = e.admin("POST", "tokens", {"kind": kind, "expiresAt": in_days(-0.001)})
                status, _, body = e.post({"query": "{ me { sessionId } }"}, header(expired["secret"]))
                self.assertEqual(json.loads(body), NOT_AUTHENTICATED_BODY)

    def test_workspaces_and_nodes(self):
        e = self.emulator
        team = e.gql(WORKSPACE_BY_ID, {"id": gid("Workspace", 2)})["data"]["workspaceById"]
        self.assertEqual((team["name"], team["personal"]), ("Team Nitro", False))
        for workspace_id in [gid("Workspace", 3), gid("Workspace", 99), gid("User", 2), "junk"]:
            self.assertIsNone(e.gql(WORKSPACE_BY_ID, {"id": workspace_id})["data"]["workspaceById"])
        nodes = {
            gid("User", 1): {"__typename": "User", "id": gid("User", 1), "email": "dev@nitro.local"},
            gid("Workspace", 1): {"__typename": "Workspace", "id": gid("Workspace", 1), "name": "Dev User"},
            gid("PersonalAccessToken", 1): {"__typename": "PersonalAccessToken",
                                            "id": gid("PersonalAccessToken", 1), "description": "Bootstrap PAT"},
            gid("ApiKey", 1): {"__typename": "ApiKey", "id": gid("ApiKey", 1), "name": "Bootstrap API key"},
            gid("User", 2): None,
            gid("Workspace", 3): None,
            gid("PersonalAccessToken", 2): None,
            gid("Viewer", 1): None,
            "%%%": None,
        }
        for node_id, expected in nodes.items():
            with self.subTest(node_id=node_id):
                self.assertEqual(e.gql(NODE, {"id": node_id})["data"]["node"], expected)
        paged = e.gql("{ me { workspaces(last: 1) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } } }")
        self.assertEqual(paged["data"]["me"]["workspaces"], {
            "nodes": [{"name": "Team Nitro"}], "pageInfo": {"hasPreviousPage": True, "hasNextPage": False}})

    def test_api_keys(self):
        e = self.emulator
        made = e.gql(CREATE_API_KEY, {"input": key_input("ci", 2)})
        result = made["data"]["createApiKey"]["result"]
        self.assertRegex(result["secret"], r"^nitro_key_[0-9A-Za-z]{32}$")
        self.assertEqual(result["key"]["name"], "ci")
        self.assertEqual(result["key"]["workspace"], {"name": "Team Nitro"})
        new_key = key(result["secret"])
        self.assertEqual(e.gql("{ me { sessionId } }", auth=new_key), {"data": {"me": None}})
        team = e.gql(WORKSPACE_BY_ID, {"id": gid("Workspace", 2)})["data"]["workspaceById"]
        self.assertEqual([n["name"] for n in team["apiKeys"]["nodes"]], ["Bootstrap API key", "ci"])

        errors = [
            (key_input("x", 1), None, "PersonalWorkspaceNotSupportedError"),
            (key_input(" ", 2), None, "ValidationError"),
            (key_input("x", 3), None, "WorkspaceNotFound"),
            ({**key_input("x", 2), "workspaceId": "junk"}, None, "WorkspaceNotFound"),
            (key_input("x", 2), new_key, "UnauthorizedOperation"),
        ]
        for variables, auth, typename in errors:
            with self.subTest(typename=typename, variables=variables):
                payload = e.gql(CREATE_API_KEY, {"input": variables}, auth)["data"]["createApiKey"]
                self.assertIsNone(payload["result"])
                self.assertEqual(payload["errors"][0]["__typename"], typename)

        deleted = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": result["key"]["id"]}})["data"]["deleteApiKey"]
        self.assertEqual(deleted, {"apiKey": {"id": result["key"]["id"], "name": "ci"}, "errors": None})
        status, _, body = e.post({"query": "{ me { sessionId } }"}, new_key)
        self.assertEqual(json.loads(body), NOT_AUTHENTICATED_BODY)
        missing = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": result["key"]["id"]}})["data"]["deleteApiKey"]
        self.assertEqual(missing["errors"], [{"__typename": "ApiKeyNotFoundError",
                                              "message": "The API key was not found.",
                                              "apiKeyId": result["key"]["id"]}])
        as_key = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": gid("ApiKey", 1)}}, key(e.credentials["apiKey"]))
        self.assertEqual(as_key["data"]["deleteApiKey"]["errors"][0]["__typename"], "UnauthorizedOperation")

    def test_http_status_rules(self):
        e = self.emulator
        invalid = {"query": "{ me { nope } }"}
        status, headers, body = e.post(invalid)
        result = json.loads(body)
        self.assertEqual(status, 200)
        self.assertNotIn("data", result)
        self.assertIn("Cannot query field 'nope'", result["errors"][0]["message"])
        status, headers, body = e.post(invalid, accept=GRAPHQL_RESPONSE_JSON)
        self.assertEqual(status, 400)
        self.assertTrue(headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON))
        self.assertIn("Cannot query field 'nope'", json.loads(body)["errors"][0]["message"])
        # Syntax errors, unknown operations and bad variables are request errors too.
        for payload in [{"query": "{ me {"}, {"query": LIST_PATS, "operationName": "Nope"},
                        {"query": LIST_PATS, "variables": {"first": "ten"}}]:
            with self.subTest(payload=payload):
                self.assertEqual(e.post(payload)[0], 200)
                self.assertEqual(e.post(payload, accept=GRAPHQL_RESPONSE_JSON)[0], 400)

        for body in [b"not json", b"\xff\xfe", b"[1, 2]", b'{"query": 5}', b'{"variables": {}}',
                     b'{"query": "{ me { sessionId } }", "variables": [1]}',
                     b'{"query": "{ me { sessionId } }", "operationName": 5}']:
            with self.subTest(body=body):
                for accept in ("application/json", GRAPHQL_RESPONSE_JSON):
                    status, headers, data = e.post(body, accept=accept)
                    self.assertEqual(status, 400)
                    self.assertIn("message", json.loads(data)["errors"][0])
        status, _, _ = e.post({"query": "{ me { sessionId } }"}, headers={"Content-Type": "text/plain"})
        self.assertEqual(status, 415)
        status, headers, _ = e.request("GET", "/graphql")
        self.assertEqual((status, headers["allow"]), (405, "POST"))
        self.assertEqual(e.request("GET", "/nowhere")[0], 404)
        self.assertEqual(e.request("GET", "/_emulator/health")[1:], (e.request("GET", "/_emulator/health")[1],
                                                                      b"ok"))

    def test_accept_negotiation(self):
        e = self.emulator
        cases = {
            "application/json": "application/json",
            "*/*": "application/json",
            GRAPHQL_RESPONSE_JSON: GRAPHQL_RESPONSE_JSON,
            f"{GRAPHQL_RESPONSE_JSON}, application/json;q=0.9": GRAPHQL_RESPONSE_JSON,
            f"application/json, {GRAPHQL_RESPONSE_JSON};q=0.5": "application/json",
        }
        for accept, expected in cases.items():
            with self.subTest(accept=accept):
                status, headers, body = e.post({"query": "{ me { sessionId } }"}, accept=accept)
                self.assertEqual(status, 200)
                self.assertEqual(headers["content-type"].split(";")[0], expected)
                self.assertEqual(int(headers["content-length"]), len(body))

    def test_keep_alive_many_requests(self):
        e = self.emulator
        conn = e.connection()
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   "CCC-api-key": e.credentials["pat"]}
        body = json.dumps({"query": LIST_PATS, "variables": {"after": None, "first": 10}})
        started = time.perf_counter()
        local = None
        for _ in range(1000):
            conn.request("POST", "/graphql", body, headers)
            response = conn.getresponse()
            data = json.loads(response.read())
            self.assertEqual(response.status, 200)
            self.assertNotIn("errors", data)
            self.assertNotEqual(response.getheader("Connection"), "close")
            local = local or conn.sock.getsockname()
            self.assertEqual(conn.sock.getsockname(), local)  # the same connection throughout
        elapsed = time.perf_counter() - started
        conn.close()
        note(f"1000 list requests over one keep-alive connection: {elapsed:.2f} s, {1000 / elapsed:.0f} requests/s")

    def test_reset_restores_initial_data(self):
        e = self.emulator
        e.create("temporary")
        e.gql(CREATE_API_KEY, {"input": key_input("temp", 2)})
        e.revoke(gid("PersonalAccessToken", 1))  # the bootstrap PAT itself
        self.assertEqual(e.admin("POST", "reset"), {"reset": True})
        self.assertEqual([edge["node"]["id"] for edge in e.list_page()["edges"]], [gid("PersonalAccessToken", 1)])
        for auth in (bearer(e.credentials["accessToken"]), key(e.credentials["otherPat"])):
            self.assertIsNotNone(e.gql("{ me { sessionId } }", auth=auth)["data"]["me"])
        team = e.gql(WORKSPACE_BY_ID, {"id": gid("Workspace", 2)}, key(e.credentials["apiKey"]))
        self.assertEqual(len(team["data"]["workspaceById"]["apiKeys"]["nodes"]), 1)

    def test_request_log(self):
        e = self.emulator
        variables = {"after": None, "first": 3}
        payload = json.dumps({"query": LIST_PATS, "operationName": "ListPersonalAccessTokenCommandQuery",
                              "variables": variables})
        e.post(payload, headers={"GraphQL-Preflight": "1", "ccc-agent": "Nitro CLI/1.2.3"})
        e.post(b"not json")
        e.request("GET", "/graphql")
        e.request("GET", "/_emulator/health")  # admin requests are not logged
        log = e.admin("GET", "requests")
        self.assertEqual([entry["method"] for entry in log], ["POST", "POST", "GET"])
        first = log[0]
        self.assertEqual(first["path"], "/graphql")
        self.assertEqual(first["body"], payload)
        self.assertEqual(first["json"], json.loads(payload))
        self.assertEqual(first["operationName"], "ListPersonalAccessTokenCommandQuery")
        self.assertEqual(first["variables"], variables)
        self.assertEqual(first["headers"]["graphql-preflight"], "1")
        self.assertEqual(first["headers"]["ccc-agent"], "Nitro CLI/1.2.3")
        self.assertEqual(first["headers"]["ccc-api-key"], e.credentials["pat"])
        self.assertEqual((log[1]["body"], log[1]["json"], log[1]["operationName"]), ("not json", None, None))
        self.assertEqual(e.admin("DELETE", "requests"), {"cleared": 3})
        self.assertEqual(e.admin("GET", "requests"), [])

    def test_admin_token_endpoint_checks_input(self):
        e = self.emulator
        for spec in [{"kind": "session"}, {"user": "nobody@nitro.local"}, {"expiresAt": "soon"},
                     {"description": 5}]:
            with self.subTest(spec=spec):
                status, _, body = e.request("POST", "/_emulator/tokens", json.dumps(spec))
                self.assertEqual(status, 400)
                self.assertIn("error", json.loads(body))
        made = e.admin("POST", "tokens", {"user": "other@nitro.local", "description": "for other"})
        self.assertEqual(made["description"], "for other")
        self.assertRegex(made["secret"], r"^nitro_pat_[0-9A-Za-z]{32}$")
        self.assertEqual(e.gql("{ me { user { email } } }", auth=key(made["secret"]))["data"]["me"]["user"]["email"],
                         "other@nitro.local")


class FaultTest(SharedEmulatorTest):

    def fault(self, **spec) -> None:
        self.emulator.admin("POST", "faults", spec)

    def normal_list_works(self) -> None:
        self.assertEqual(len(self.emulator.list_page()["edges"]), 1)

    def test_slow(self):
        self.fault(mode="slow", delayMs=300, count=1)
        started = time.monotonic()
        self.normal_list_works()
        self.assertGreaterEqual(time.monotonic() - started, 0.3)
        started = time.monotonic()
        status, _, _ = self.emulator.post({"query": "{ me { sessionId } }"}, headers={
            "X-Emulator-Fault": "slow; delayMs=200"})
        self.assertEqual(status, 200)
        self.assertGreaterEqual(time.monotonic() - started, 0.2)

    def test_http_status(self):
        e = self.emulator
        self.fault(mode="http_status", status=503, retryAfter=7, count=2)
        for _ in range(2):
            status, headers, body = e.post({"query": LIST_PATS})
            self.assertEqual((status, headers["retry-after"]), (503, "7"))
            self.assertEqual(body, b"503 Service Unavailable\n")
        self.normal_list_works()
        for status in (500, 502, 504, 429, 413):
            with self.subTest(status=status):
                got, headers, body = e.post({"query": LIST_PATS},
                                            headers={"X-Emulator-Fault": f"http_status;status={status}"})
                self.assertEqual(got, status)
                self.assertNotIn("retry-after", headers)
        got, headers, body = e.post({"query": LIST_PATS},
                                    headers={"X-Emulator-Fault": "http_status;status=502;body=json"})
        self.assertEqual((got, json.loads(body)), (502, {"errors": [{"message": "502 Bad Gateway"}]}))

    def test_malformed_json(self):
        self.fault(mode="malformed_json", count=1)
        status, headers, body = self.emulator.post({"query": LIST_PATS})
        self.assertEqual(status, 200)
        self.assertEqual(int(headers["content-length"]), len(body))
        with self.assertRaises(ValueError):
            json.loads(body)
        self.normal_list_works()

    def test_truncated_json(self):
        e = self.emulator
        _, _, whole = e.post({"query": LIST_PATS, "variables": {"first": 10}})
        self.fault(mode="truncated_json", count=1)
        status, headers, body = e.post({"query": LIST_PATS, "variables": {"first": 10}})
        self.assertEqual(status, 200)
        self.assertEqual(int(headers["content-length"]), len(body))
        self.assertEqual(len(body), len(whole) // 2)
        self.assertTrue(whole.startswith(body[:40]))  # the same kind of answer, cut off
        with self.assertRaises(ValueError):
            json.loads(body)
        self.normal_list_works()

    def test_drop_connection(self):
        e = self.emulator
        self.fault(mode="drop_connection", count=1)
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
            e.post({"query": LIST_PATS})
        self.normal_list_works()
        with socket.create_connection(("127.0.0.1", e.port), timeout=5) as raw:
            raw.sendall(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        b"X-Emulator-Fault: drop_connection\r\nContent-Length: 2\r\n\r\n{}")
            self.assertEqual(raw.recv(100), b"")  # closed without a byte of response
        log = e.admin("GET", "requests")  # dropped requests are still logged
        self.assertEqual(len(log), 3)
        self.assertEqual(log[2]["headers"]["x-emulator-fault"], "drop_connection")

    def test_payload_error(self):
        e = self.emulator
        self.fault(mode="payload_error", type="ValidationError", message="Bad thing.", count=1)
        self.normal_list_works()  # queries neither match nor use up a payload fault
        created = e.create("never made")
        self.assertEqual(created, {"__typename": "CreatePersonalAccessTokenPayload", "result": None,
                                   "errors": [{"__typename": "ValidationError", "message": "Bad thing."}]})
        self.normal_list_works()  # nothing was created
        self.fault(mode="payload_error", type="PersonalAccessTokenNotFoundError")
        revoked = e.revoke(gid("PersonalAccessToken", 1))
        self.assertEqual(revoked["errors"], [{"__typename": "PersonalAccessTokenNotFoundError",
                                              "message": "The personal access token was not found."}])
        self.assertIsNone(revoked["personalAccessToken"])
        self.normal_list_works()  # the token was not revoked
        e.admin("DELETE", "faults")
        # Fields of the chosen type are filled in too (here ValidationError.errors).
        query = ("mutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) {"
                 " errors { ... on ValidationError { message errors { message } } } } }")
        result = e.gql(query, {"input": {"description": "d", "expiresAt": in_days(1)}},
                       headers={"X-Emulator-Fault": "payload_error;type=ValidationError"})
        self.assertEqual(result["data"]["createPersonalAccessToken"]["errors"],
                         [{"message": "The input is not valid.", "errors": [{"message": "The input is not valid."}]}])
        # A type outside the payload's union is reported by graphql-core as a field error.
        result = e.gql(CREATE_PAT, {"input": {"description": "d", "expiresAt": in_days(1)}},
                       headers={"X-Emulator-Fault": "payload_error;type=ApiKeyNotFoundError"})
        self.assertIsNone(result["data"]["createPersonalAccessToken"]["errors"])
        self.assertIn("'ApiKeyNotFoundError' is not a possible type", result["errors"][0]["message"])

    def test_null_payload(self):
        self.fault(mode="null_payload", count=1)
        self.assertEqual(self.emulator.create("nothing"),
                         {"__typename": "CreatePersonalAccessTokenPayload", "result": None, "errors": None})
        self.fault(mode="null_payload", operation="RevokePersonalAccessTokenCommandMutation")
        self.assertIsNotNone(self.emulator.create("made")["result"])  # another operation
        self.assertEqual(self.emulator.revoke(gid("PersonalAccessToken", 1)),
                         {"__typename": "RevokePersonalAccessTokenPayload", "personalAccessToken": None,
                          "errors": None})

    def test_graphql_error(self):
        self.fault(mode="graphql_error", code="HC0020", message="The server rejected the persisted operation.")
        for accept in ("application/json", GRAPHQL_RESPONSE_JSON):
            status, _, body = self.emulator.post({"query": LIST_PATS}, accept=accept)
            self.assertEqual((status, json.loads(body)), (200, {"data": None, "errors": [{
                "message": "The server rejected the persisted operation.", "extensions": {"code": "HC0020"}}]}))

    def test_auth_error(self):
        e = self.emulator
        cases = [("AUTH_NOT_AUTHENTICATED", "The current user is not authenticated.", 401),
                 ("AUTH_NOT_AUTHORIZED", "The current user is not authorized to access this resource.", 403)]
        for code, message, gr_status in cases:
            with self.subTest(code=code):
                expected = {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}
                header = {"X-Emulator-Fault": f"auth_error;code={code}"}
                status, _, body = e.post({"query": LIST_PATS}, headers=header)
                self.assertEqual((status, json.loads(body)), (200, expected))
                status, _, body = e.post({"query": LIST_PATS}, headers=header, accept=GRAPHQL_RESPONSE_JSON)
                self.assertEqual((status, json.loads(body)), (gr_status, expected))

    def test_unknown_typename(self):
        self.fault(mode="unknown_typename", count=1)
        created = self.emulator.create("future")
        self.assertEqual(created["errors"], [{
            "__typename": "FutureError", "message": "You are not authorized to perform this operation."}])
        self.assertEqual(created["__typename"], "CreatePersonalAccessTokenPayload")
        self.fault(mode="unknown_typename", typename="QuotaExceededError", type="PersonalAccessTokenNotFoundError",
                   message="Too many tokens.")
        self.assertEqual(self.emulator.revoke(gid("PersonalAccessToken", 1))["errors"],
                         [{"__typename": "QuotaExceededError", "message": "Too many tokens."}])

    def test_fault_book(self):
        e = self.emulator
        self.fault(mode="http_status", status=500, operation="ListWorkspaceCommandQuery")
        self.fault(mode="slow", delayMs=0, count=3)
        listed = e.admin("GET", "faults")["faults"]
        self.assertEqual(listed, [
            {"mode": "http_status", "count": None, "operation": "ListWorkspaceCommandQuery",
             "status": 500, "retryAfter": None, "body": "text"},
            {"mode": "slow", "count": 3, "operation": None, "delayMs": 0},
        ])
        status, _, _ = e.post({"query": LIST_WORKSPACES, "operationName": "ListWorkspaceCommandQuery"})
        self.assertEqual(status, 500)
        self.normal_list_works()  # taken by the slow fault
        self.assertEqual(e.admin("GET", "faults")["faults"][1]["count"], 2)
        self.assertEqual(e.admin("DELETE", "faults"), {"faults": []})
        status, _, _ = e.post({"query": LIST_WORKSPACES, "operationName": "ListWorkspaceCommandQuery"})
        self.assertEqual(status, 200)

        for spec in [{"mode": "explode"}, {"mode": "slow", "delayMs": -1}, {"mode": "slow", "wait": 1},
                     {"mode": "http_status", "status": 99}, {"mode": "auth_error", "code": "X"},
                     {"mode": "payload_error", "type": "Viewer"}, {"mode": "slow", "count": 0}]:
            with self.subTest(spec=spec):
                status, _, body = e.request("POST", "/_emulator/faults", json.dumps(spec))
                self.assertEqual(status, 400)
                self.assertIn("error", json.loads(body))
        status, _, body = e.post({"query": LIST_PATS}, headers={"X-Emulator-Fault": "http_status;status=abc"})
        self.assertEqual(status, 400)
        self.assertIn(b"X-Emulator-Fault", body)
        self.assertEqual(e.admin("GET", "faults"), {"faults": []})


class ProcessTest(unittest.TestCase):

    def test_start_output_and_sigterm(self):
        emulator = Emulator()
        note(f"start-up until the port file exists: {emulator.start_seconds * 1000:.0f} ms")
        self.assertEqual(emulator.credentials_mode, 0o600)
        c = emulator.credentials
        self.assertEqual(set(c), {"url", "pat", "accessToken", "apiKey", "otherPat", "issuer"})
        self.assertEqual(c["url"], f"http://127.0.0.1:{emulator.port}/graphql")
        self.assertEqual(c["issuer"], f"http://127.0.0.1:{emulator.port}")
        self.assertRegex(c["accessToken"], r"^nitro_at_[0-9A-Za-z]{32}$")
        self.assertRegex(c["apiKey"], r"^nitro_key_[0-9A-Za-z]{32}$")
        self.assertEqual(emulator.gql("{ me { sessionId } }", auth=key(c["otherPat"]))["data"]["me"] is None, False)
        started = time.monotonic()
        code, out, err = emulator.stop(signal.SIGTERM)
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines(), [
            f"Nitro emulator listening on {c['url']}",
            f"Bootstrap PAT: {c['pat']}",
            f"Bootstrap access token: {c['accessToken']}",
            f"Bootstrap API key: {c['apiKey']}",
            f"Other user's PAT: {c['otherPat']}",
        ])

    def test_sigint_with_an_open_connection(self):
        emulator = Emulator()
        emulator.list_page()  # leaves a kept-alive connection open
        code, _, err = emulator.stop(signal.SIGINT)
        self.assertEqual(code, 0, err)

    def test_database_survives_a_restart(self):
        with tempfile.TemporaryDirectory() as directory:
            db = os.path.join(directory, "nitro.sqlite3")
            first = Emulator("--db", db, "--seed-tokens", "3")
            token = first.create("kept")["result"]["token"]
            old_pat = first.credentials["pat"]
            self.assertEqual(first.stop()[0], 0)

            second = Emulator("--db", db, "--seed-tokens", "3")
            try:
                descriptions = [edge["node"]["description"] for edge in second.list_page()["edges"]]
                # Seeding happens once per database; each start replaces the bootstrap credentials.
                self.assertEqual(descriptions, ["token-00001", "token-00002", "token-00003", "kept", "Bootstrap PAT"])
                self.assertEqual(second.list_page()["edges"][3]["node"], token)
                status, _, body = second.post({"query": "{ me { sessionId } }"}, key(old_pat))
                self.assertEqual(json.loads(body), NOT_AUTHENTICATED_BODY)
            finally:
                self.assertEqual(second.stop()[0], 0)

    def test_fixed_pat_secret(self):
        for args, env, secret in [(["--pat-secret", "nitro_pat_fixedfixedfixedfixedfixedfixed12"], None,
                                   "nitro_pat_fixedfixedfixedfixedfixedfixed12"),
                                  ([], {"NITRO_EMULATOR_PAT": "nitro_pat_fromenv"}, "nitro_pat_fromenv")]:
            with self.subTest(args=args, env=env):
                emulator = Emulator(*args, env=env)
                try:
                    self.assertEqual(emulator.credentials["pat"], secret)
                    self.assertIsNotNone(emulator.gql("{ me { sessionId } }", auth=key(secret))["data"]["me"])
                finally:
                    self.assertEqual(emulator.stop()[0], 0)

    def test_seed_100000_tokens(self):
        emulator = Emulator("--seed-tokens", "100000", "--max-page-size", "500")
        try:
            note(f"start-up with --seed-tokens 100000: {emulator.start_seconds:.2f} s")
            started = time.perf_counter()
            last = emulator.gql(TOKENS_PAGE, {"last": 3})["data"]["me"]["personalAccessTokens"]
            self.assertEqual([edge["node"]["description"] for edge in last["edges"]],
                             ["token-099999", "token-100000", "Bootstrap PAT"])
            page = emulator.gql(TOKENS_PAGE, {"first": 500, "after": last["edges"][0]["cursor"]})
            self.assertEqual(len(page["data"]["me"]["personalAccessTokens"]["edges"]), 2)
            first = emulator.gql(TOKENS_PAGE, {"first": 500})["data"]["me"]["personalAccessTokens"]
            note(f"three pages at the ends of 100,000 tokens: {(time.perf_counter() - started) * 1000:.0f} ms")
            now = datetime.now(timezone.utc)
            expired = [edge for edge in first["edges"] if datetime.fromisoformat(edge["node"]["expiresAt"]) < now]
            self.assertEqual(len(expired), 50)  # every tenth
            self.assertTrue(first["pageInfo"]["hasNextPage"])
            self.assertEqual(emulator.gql(TOKENS_PAGE, {"first": 501})["errors"][0]["extensions"]["code"], "HC0051")
        finally:
            self.assertEqual(emulator.stop()[0], 0)

    def test_max_page_size_option(self):
        emulator = Emulator("--max-page-size", "5", "--seed-tokens", "7")
        try:
            default = emulator.gql(TOKENS_PAGE)["data"]["me"]["personalAccessTokens"]
            self.assertEqual(len(default["edges"]), 5)  # the default page never exceeds the maximum
            self.assertEqual(emulator.gql(TOKENS_PAGE, {"first": 6})["errors"][0]["extensions"]["code"], "HC0051")
        finally:
            self.assertEqual(emulator.stop()[0], 0)

    def test_bad_options_and_database(self):
        with tempfile.TemporaryDirectory() as directory:
            junk = os.path.join(directory, "junk.sqlite3")
            with open(junk, "w", encoding="utf-8") as file:
                file.write("this is not a database, it is plain text" * 100)
            for args in (["--db", junk], ["--max-page-size", "0"], ["--pat-secret", "has space"]):
                with self.subTest(args=args):
                    run = subprocess.run([sys.executable, str(EMULATOR), "--quiet", *args],
                                         capture_output=True, text=True, timeout=30)
                    self.assertNotEqual(run.returncode, 0)
                    self.assertTrue(run.stderr.strip())
                    self.assertEqual(run.stdout, "")

    def test_refuses_an_old_graphql_core(self):
        # A graphql-core 2 distribution placed first on the path, as an old system interpreter would have it.
        with tempfile.TemporaryDirectory() as site:
            info = os.path.join(site, "graphql_core-2.3.2.dist-info")
            os.makedirs(info)
            with open(os.path.join(info, "METADATA"), "w") as file:
                file.write("Metadata-Version: 2.1\nName: graphql-core\nVersion: 2.3.2\n")
            env = dict(os.environ, PYTHONPATH=site)
            run = subprocess.run([sys.executable, str(EMULATOR)], capture_output=True, text=True, timeout=30,
                                 env=env)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("needs graphql-core >= 3.2, found 2.3.2", run.stderr)

if __name__ == "__main__":
    unittest.main()
