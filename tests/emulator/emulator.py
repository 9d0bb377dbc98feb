#!/usr/bin/env python3
"""A local emulator of the Nitro GraphQL API, for nitro's tests and its demo.

It serves ../../spec/schema.graphql over GraphQL-over-HTTP: graphql-core parses,
validates and executes every request, SQLite holds the data, and admin
endpoints under /_emulator/ give tests a request log, fault injection, a
reset and the schema registry's hooks.  The registry (stages, clients,
environments, schema and client versions) takes multipart uploads, answers
subscriptions with server-sent events and serves the REST downloads.  It is
also an OpenID Connect identity provider (authorization code with PKCE, device
code, refresh, end-session) whose access tokens /graphql accepts.
README.md in this folder describes the options, the identity provider and the
admin API.

Run:    python3 tests/emulator/emulator.py [options]
Import: the module exposes build_graphql_schema, Store, Emulator, IdentityProvider,
OidcSettings and main.
"""

from __future__ import annotations

import re
import sys
from importlib import util
import pathlib


def _require(*distributions: str) -> None:
    """Exit with a clear message when a needed library is missing or older than requirements.txt says."""
    checker = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "check_python.py"
    spec = util.spec_from_file_location("check_python", checker)
    check_python = util.module_from_spec(spec)
    spec.loader.exec_module(check_python)
    problems = check_python.unmet(only=distributions)
    if problems:
        sys.exit(f"nitro emulator: {'; '.join(problems)} (requirements.txt) for {sys.executable}; "
                 "run it with the interpreter ./scripts/test sets up (NITRO_PYTHON).")


# Checked before the imports below, which would fail obscurely on graphql-core 2.
_require("graphql-core", "Werkzeug", "joserfc")

import argparse  # noqa: E402
import base64  # noqa: E402
import binascii  # noqa: E402
import contextlib  # noqa: E402
import functools  # noqa: E402
import hashlib  # noqa: E402
import html  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import secrets  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import sqlite3  # noqa: E402
import string  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import datetime, timedelta, timezone  # noqa: E402
from http import HTTPStatus  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402
from urllib.parse import unquote, urlencode, urlsplit  # noqa: E402

from graphql import (  # noqa: E402
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLEnumType,
    GraphQLScalarType,
    build_ast_schema,
    find_breaking_changes,
    find_dangerous_changes,
    validate_schema,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    NonNullTypeNode,
    NullValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    StringValueNode,
    ValidationRule,
    VariableNode,
    build_schema,
    get_named_type,
    get_operation_ast,
    parse,
    specified_rules,
    type_from_ast,
    validate,
)
from graphql.execution import ExecutionContext  # noqa: E402
from graphql.execution.values import get_argument_values  # noqa: E402
from joserfc import jwt  # noqa: E402
from joserfc.errors import JoseError  # noqa: E402
from joserfc.jwk import RSAKey  # noqa: E402
from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402
from werkzeug.wrappers import Request, Response  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import current_api_key as _identity  # noqa: E402

SCHEMA_PATH = Path(__file__).resolve().parent.parent.parent / "spec" / "schema.graphql"

PAT_PREFIX = "nitro_pat_"
API_KEY_PREFIX = "nitro_key_"
ACCESS_TOKEN_PREFIX = "nitro_at_"
REFRESH_TOKEN_PREFIX = "nitro_rt_"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
SECRET_LENGTH = 32

DEFAULT_PAGE_SIZE = 10
DEFAULT_MAX_PAGE_SIZE = 100
MAX_BODY_BYTES = 10 * 1024 * 1024
KEEP_ALIVE_IDLE_SECONDS = 60

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"

# The initial data.  Fixed row ids keep global ids stable across resets.
DEV_USER_ID, OTHER_USER_ID = 1, 2
DEV_PERSONAL_WORKSPACE_ID, TEAM_WORKSPACE_ID, OTHER_PERSONAL_WORKSPACE_ID = 1, 2, 3
USERS = [
    (DEV_USER_ID, "dev@nitro.local", "Dev User"),
    (OTHER_USER_ID, "other@nitro.local", "Other User"),
]
WORKSPACES = [
    (DEV_PERSONAL_WORKSPACE_ID, "Dev User", 1),
    (TEAM_WORKSPACE_ID, "Team Nitro", 0),
    (OTHER_PERSONAL_WORKSPACE_ID, "Other User", 1),
]
MEMBERSHIPS = [
    (DEV_USER_ID, DEV_PERSONAL_WORKSPACE_ID),
    (DEV_USER_ID, TEAM_WORKSPACE_ID),
    (OTHER_USER_ID, OTHER_PERSONAL_WORKSPACE_ID),
]
BOOTSTRAP_LIFETIME = timedelta(days=365)

NOT_AUTHENTICATED = "The current user is not authenticated."
NOT_AUTHORIZED = "The current user is not authorized to access this resource."

NOT_A_USER = "This operation needs a user; an API key cannot perform it."
# Default messages of the payload errors, shared by the resolvers and the payload faults.
ERROR_MESSAGES = {
    "UnauthorizedOperation": "You are not authorized to perform this operation.",
    "PersonalAccessTokenNotFoundError": "The personal access token was not found.",
    "ValidationError": "The input is not valid.",
    "ApiKeyNotFoundError": "The API key was not found.",
    "WorkspaceNotFound": "The workspace was not found.",
    "PersonalWorkspaceNotSupportedError": "API keys cannot be created in a personal workspace.",
    "ApiNotFoundError": "The API was not found.",
    "RoleNotFoundError": "The role was not found.",
    "ApiDeletionFailedError": "The API could not be deleted.",
    "ChangeStructureInvalid": "The structure of the changes is not valid.",
    "ChangeValidationFailed": "The change is not valid.",
    "UnexpectedErrorOnChange": "An unexpected error occurred while applying the change.",
    "WorkspaceNotFoundForChange": "The workspace was not found.",
    "ClientNotFoundError": "The client was not found.",
    "StageNotFoundError": "The stage was not found.",
    "StageValidationError": "The stages are not valid.",
    "StagesHavePublishedDependenciesError": "A stage to remove still has published versions.",
    "DuplicatedTagError": "The tag already exists.",
    "ConcurrentOperationError": "Another operation is in progress.",
    "InvalidSourceMetadataInputError": "The source metadata is not valid.",
    "SchemaNotFoundError": "The schema version was not found.",
    "ClientVersionNotFoundError": "The client version was not found.",
    "ProcessingTimeoutError": "The processing timed out.",
    "UnexpectedProcessingError": "An unexpected error occurred while processing the request.",
    "OpenApiCollectionNotFoundError": "The OpenAPI collection was not found.",
    "McpFeatureCollectionNotFoundError": "The MCP feature collection was not found.",
    "MockSchemaNotFoundError": "The mock schema was not found.",
    "MockSchemaNonUniqueNameError": "A mock schema of that name already exists.",
}
# The union of the errors of a single change in pushWorkspaceChanges (not of its payload).
CHANGE_ERROR_UNION = "WorkspaceChangeError"


class EmulatorError(Exception):
    """A start-up problem reported to the user without a traceback."""


# --- Secrets, ids, cursors and time ----------------------------------------------------


def new_secret(prefix: str) -> str:
    return prefix + "".join(secrets.choice(BASE62) for _ in range(SECRET_LENGTH))


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def session_id(kind: str, row_id: int) -> str:
    """A stable session id per credential, so sessionId does not change between requests."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"nitro-emulator:{kind}:{row_id}"))


def global_id(type_name: str, key: int) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


_KEY_RE = re.compile(r"([A-Za-z]+):([1-9][0-9]{0,17})")  # 18 digits fit SQLite's INTEGER


def parse_global_id(value: str) -> tuple[str, int] | None:
    """Splits an opaque id into (type name, row id); None when it is not one of ours."""
    try:
        text = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return None
    match = _KEY_RE.fullmatch(text)
    return (match.group(1), int(match.group(2))) if match else None


def encode_cursor(row_id: int) -> str:
    return global_id("cursor", row_id)


def decode_cursor(cursor: str) -> int:
    parsed = parse_global_id(cursor)
    if parsed is None or parsed[0] != "cursor":
        raise GraphQLError(f"The cursor '{cursor}' is not valid.", extensions={"code": "INVALID_CURSOR"})
    return parsed[1]


EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MS = timedelta(milliseconds=1)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def ms_to_datetime(ms: int) -> datetime:
    return EPOCH + ms * _MS


def datetime_to_ms(value: datetime) -> int:
    return (value - EPOCH) // _MS


def format_datetime(value: datetime) -> str:
    """2026-05-31T12:00:00.000+00:00: always UTC, always milliseconds."""
    v = value.astimezone(timezone.utc)
    return (
        f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}"
        f".{v.microsecond // 1000:03d}+00:00"
    )


_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(?:(Z)|([+-])(\d{2}):(\d{2}))",
    re.ASCII,
)


def parse_datetime(text: Any) -> datetime:
    """Accepts YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM); anything else is an input error."""
    match = _DATETIME_RE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise GraphQLError(
            f"DateTime cannot represent {text!r}: use ISO 8601 with an offset, "
            "like 2026-05-31T12:00:00.000+00:00."
        )
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    try:
        if zulu:
            offset = timedelta(0)
        elif int(off_m) >= 60:
            raise ValueError("offset minutes out of range")
        else:
            offset = (1 if sign == "+" else -1) * timedelta(hours=int(off_h), minutes=int(off_m))
        micro = int((fraction or "0").ljust(6, "0")[:6])
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro,
            tzinfo=timezone(offset),
        )
    except ValueError as exc:
        raise GraphQLError(f"DateTime cannot represent {text!r}: {exc}.") from None


def _serialize_datetime(value: Any) -> str:
    if not isinstance(value, datetime):
        raise TypeError(f"DateTime cannot serialize {value!r}")
    return format_datetime(value)


def _parse_datetime_literal(node: Any, _variables: Any = None) -> datetime:
    if not isinstance(node, StringValueNode):
        raise GraphQLError("DateTime must be a string.")
    return parse_datetime(node.value)


# --- Storage -------------------------------------------------------------------------

SCHEMA_VERSION = 4
SCHEMA_SQL = f"""
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    personal INTEGER NOT NULL
);
CREATE TABLE memberships (
    user_id INTEGER NOT NULL REFERENCES users (id),
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    PRIMARY KEY (user_id, workspace_id)
) WITHOUT ROWID;
-- Times are milliseconds since the epoch (UTC).  Only SHA-256 hashes of secrets are kept.
-- bootstrap = 1 marks the credentials printed at start; each start replaces them.
CREATE TABLE personal_access_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    description TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    bootstrap INTEGER NOT NULL DEFAULT 0
);
-- Keyset pagination over a user's live tokens reads this index only.
CREATE INDEX personal_access_tokens_live ON personal_access_tokens (user_id, id)
    WHERE revoked_at IS NULL;
CREATE TABLE access_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    secret_hash TEXT NOT NULL UNIQUE,
    expires_at INTEGER NOT NULL,
    bootstrap INTEGER NOT NULL DEFAULT 0,
    session_id TEXT REFERENCES oidc_sessions (id)  -- the login session that issued it, if any
);
-- api_id set: the key may act on that API only; else on its whole workspace.
-- stage_condition: the stage named by roleAssigmentCondition (kept, not enforced).
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    bootstrap INTEGER NOT NULL DEFAULT 0,
    api_id INTEGER REFERENCES apis (id),
    stage_condition TEXT
);
CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, id);
{{APIS_TABLE}}
{{OIDC_TABLES}}
{{REGISTRY_TABLES}}
PRAGMA user_version = {SCHEMA_VERSION};
"""
APIS_TABLE_SQL = """
-- path is a JSON array of its segments; kind is an ApiKind name or NULL.
CREATE TABLE apis (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    kind TEXT,
    treat_dangerous_as_breaking INTEGER NOT NULL DEFAULT 1,
    allow_breaking_schema_changes INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX apis_by_workspace ON apis (workspace_id, id);
"""
# The identity provider's tables: login sessions (the id token's sid), their refresh
# tokens, and the signing key, kept so that a --db file keeps sessions valid across restarts.
OIDC_TABLES_SQL = """
CREATE TABLE oidc_sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    client_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    auth_time INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES oidc_sessions (id),
    secret_hash TEXT NOT NULL UNIQUE,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    pem TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
"""
# The schema registry: stages (in the order given, each with at most one after-stage
# condition), environments, schema versions and client versions by tag, and what each
# stage has published (every publication is kept: the latest schema one is the stage's
# schema; a client may have several versions published on a stage).
REGISTRY_TABLES_SQL = """
CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    api_id INTEGER NOT NULL REFERENCES apis (id),
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    after_stage TEXT,
    needs_approval INTEGER NOT NULL DEFAULT 0,
    UNIQUE (api_id, name)
);
CREATE TABLE environments (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE schema_versions (
    id INTEGER PRIMARY KEY,
    api_id INTEGER NOT NULL REFERENCES apis (id),
    tag TEXT NOT NULL,
    sdl BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (api_id, tag)
);
CREATE TABLE schema_publications (
    id INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL REFERENCES stages (id),
    schema_version_id INTEGER NOT NULL REFERENCES schema_versions (id),
    published_at INTEGER NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    api_id INTEGER NOT NULL REFERENCES apis (id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
-- operations: the uploaded file, a JSON object {hash: document}.
CREATE TABLE client_versions (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    tag TEXT NOT NULL,
    operations TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (client_id, tag)
);
-- The rest of the tree. Collection versions are kept in memory by collection_versions.py.
CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,  -- OpenApiCollection or McpFeatureCollection
    api_id INTEGER NOT NULL REFERENCES apis (id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE mock_schemas (
    id INTEGER PRIMARY KEY,
    api_id INTEGER NOT NULL REFERENCES apis (id),
    name TEXT NOT NULL,
    downstream_url TEXT NOT NULL,
    base_schema BLOB NOT NULL,
    extension_schema BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    modified_at INTEGER,
    modified_by INTEGER REFERENCES users (id)
);
CREATE TABLE client_publications (
    id INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL REFERENCES stages (id),
    client_version_id INTEGER NOT NULL REFERENCES client_versions (id),
    published_at INTEGER NOT NULL,
    UNIQUE (stage_id, client_version_id)
);
"""
SCHEMA_SQL = (SCHEMA_SQL.replace("{OIDC_TABLES}", OIDC_TABLES_SQL).replace("{APIS_TABLE}", APIS_TABLE_SQL)
              .replace("{REGISTRY_TABLES}", REGISTRY_TABLES_SQL))
# Older databases are upgraded in place, one version at a time: version 1 predates
# the identity provider, version 2 APIs and scoped API keys.
MIGRATIONS = {
    1: "ALTER TABLE access_tokens ADD COLUMN session_id TEXT REFERENCES oidc_sessions (id);"
       + OIDC_TABLES_SQL + "PRAGMA user_version = 2;",
    2: APIS_TABLE_SQL
       + "ALTER TABLE api_keys ADD COLUMN api_id INTEGER REFERENCES apis (id);"
       + "ALTER TABLE api_keys ADD COLUMN stage_condition TEXT;"
       + "PRAGMA user_version = 3;",
    3: REGISTRY_TABLES_SQL + "PRAGMA user_version = 4;",
}

API_COLUMNS = ("id, workspace_id, name, path, kind, treat_dangerous_as_breaking, allow_breaking_schema_changes,"
               " created_at")
# Sources of the paginated connections: a query selecting rows with an `id`
# column for one owner, and the column the keyset is taken on.
PAGED_SOURCES = {
    "tokens": (
        "SELECT id, description, created_at, expires_at FROM personal_access_tokens"
        " WHERE user_id = ? AND revoked_at IS NULL",
        "id",
    ),
    "workspaces": (
        "SELECT w.id AS id, w.name AS name, w.personal AS personal"
        " FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ?",
        "m.workspace_id",
    ),
    "api_keys": ("SELECT id, workspace_id, name FROM api_keys WHERE workspace_id = ?", "id"),
    "apis": (f"SELECT {API_COLUMNS} FROM apis WHERE workspace_id = ?", "id"),
    # What an API-scoped key sees of its workspace's APIs: its own.
    "scoped_api": (f"SELECT {API_COLUMNS} FROM apis WHERE id = ?", "id"),
    "environments": ("SELECT id, workspace_id, name FROM environments WHERE workspace_id = ?", "id"),
    "clients": ("SELECT id, api_id, name FROM clients WHERE api_id = ?", "id"),
    "client_versions": ("SELECT id, client_id, tag, created_at FROM client_versions WHERE client_id = ?", "id"),
    "openapi_collections": ("SELECT * FROM collections WHERE kind = 'OpenApiCollection' AND api_id = ?", "id"),
    "mcp_collections": ("SELECT * FROM collections WHERE kind = 'McpFeatureCollection' AND api_id = ?", "id"),
    "mock_schemas": ("SELECT * FROM mock_schemas WHERE api_id = ?", "id"),
}


@dataclass(frozen=True)
class Bootstrap:
    """The credentials made at start; kept in memory so a reset can restore them."""

    pat: str
    access_token: str
    api_key: str
    other_pat: str


@dataclass(frozen=True)
class Caller:
    user_id: int | None  # None for an API key, which acts for a workspace, not a user
    workspace_id: int | None  # the API key's workspace
    session_id: str
    api_id: int | None = None  # an API-scoped key's API; None for a workspace-scoped one
    api_key_id: int | None = None  # the API key's own row (Query.currentApiKey)


class Store:
    """The SQLite database.  One connection shared by all threads behind a lock,
    because an in-memory database exists only inside its connection."""

    def __init__(self, path: str, bootstrap: Bootstrap, seed_tokens: int = 0):
        self.lock = threading.RLock()
        self.bootstrap = bootstrap
        self.seed_tokens = seed_tokens
        self.seed_seconds: float | None = None  # set when tokens were seeded at this start
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            self.conn.executescript(SCHEMA_SQL)
            with self.conn:
                self._load_initial_data()
        while version in MIGRATIONS:
            self.conn.executescript(f"BEGIN; {MIGRATIONS[version]} COMMIT;")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise EmulatorError(f"{path}: unknown emulator database version {version}")
        with self.conn:
            self._install_bootstrap()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def reset(self) -> None:
        """Restores the initial data and the bootstrap credentials of this start."""
        with self.lock, self.conn:
            for table in ("memberships", "personal_access_tokens", "access_tokens", "refresh_tokens",
                          "oidc_sessions", "api_keys", "collections", "mock_schemas",
                          "client_publications", "schema_publications",
                          "client_versions", "clients", "schema_versions", "stages", "environments", "apis",
                          "workspaces", "users"):
                self.conn.execute(f"DELETE FROM {table}")
            self._load_initial_data()
            self._install_bootstrap()

    def _load_initial_data(self) -> None:
        c = self.conn
        c.executemany("INSERT INTO users (id, email, name) VALUES (?, ?, ?)", USERS)
        c.executemany("INSERT INTO workspaces (id, name, personal) VALUES (?, ?, ?)", WORKSPACES)
        c.executemany("INSERT INTO memberships (user_id, workspace_id) VALUES (?, ?)", MEMBERSHIPS)
        if self.seed_tokens:
            started = time.perf_counter()
            c.executemany(
                "INSERT INTO personal_access_tokens"
                " (user_id, description, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                _seed_rows(self.seed_tokens, now_ms()),
            )
            self.seed_seconds = time.perf_counter() - started

    def _install_bootstrap(self) -> None:
        c, b, now = self.conn, self.bootstrap, now_ms()
        expires = now + BOOTSTRAP_LIFETIME // _MS
        for table in ("personal_access_tokens", "access_tokens", "api_keys"):
            c.execute(f"DELETE FROM {table} WHERE bootstrap = 1")
        c.executemany(
            "INSERT INTO personal_access_tokens"
            " (user_id, description, secret_hash, created_at, expires_at, bootstrap)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            [
                (DEV_USER_ID, "Bootstrap PAT", hash_secret(b.pat), now, expires),
                (OTHER_USER_ID, "Other user's PAT", hash_secret(b.other_pat), now, expires),
            ],
        )
        c.execute(
            "INSERT INTO access_tokens (user_id, secret_hash, expires_at, bootstrap) VALUES (?, ?, ?, 1)",
            (DEV_USER_ID, hash_secret(b.access_token), expires),
        )
        c.execute(
            "INSERT INTO api_keys (workspace_id, name, secret_hash, created_at, bootstrap)"
            " VALUES (?, ?, ?, ?, 1)",
            (TEAM_WORKSPACE_ID, "Bootstrap API key", hash_secret(b.api_key), now),
        )

    # Authentication --------------------------------------------------------------

    def caller_for_api_key_header(self, secret: str) -> Caller | None:
        """CCC-api-key carries a PAT secret or an API key; both are looked up."""
        digest = hash_secret(secret)
        with self.lock:
            row = self.conn.execute(
                "SELECT id, user_id FROM personal_access_tokens"
                " WHERE secret_hash = ? AND revoked_at IS NULL AND expires_at > ?",
                (digest, now_ms()),
            ).fetchone()
            if row:
                return Caller(row["user_id"], None, session_id("pat", row["id"]))
            row = self.conn.execute(
                "SELECT id, workspace_id, api_id FROM api_keys WHERE secret_hash = ?", (digest,)
            ).fetchone()
        if row is None:
            return None
        return Caller(None, row["workspace_id"], session_id("api-key", row["id"]), row["api_id"], row["id"])

    def caller_for_access_token(self, token: str) -> Caller | None:
        """A token from the identity provider carries its login session's id (the id token's sid)."""
        with self.lock:
            row = self.conn.execute(
                "SELECT id, user_id, session_id FROM access_tokens WHERE secret_hash = ? AND expires_at > ?",
                (hash_secret(token), now_ms()),
            ).fetchone()
        if row is None:
            return None
        return Caller(row["user_id"], None, row["session_id"] or session_id("access-token", row["id"]))

    # Reads -------------------------------------------------------------------------

    def _one(self, sql: str, *params: Any) -> sqlite3.Row | None:
        with self.lock:
            return self.conn.execute(sql, params).fetchone()

    def user(self, user_id: int) -> sqlite3.Row | None:
        return self._one("SELECT id, email, name FROM users WHERE id = ?", user_id)

    def user_by_email(self, email: str) -> sqlite3.Row | None:
        return self._one("SELECT id, email, name FROM users WHERE email = ?", email)

    def personal_workspace(self, user_id: int) -> sqlite3.Row | None:
        return self._one(
            "SELECT w.id, w.name, w.personal FROM memberships m JOIN workspaces w ON w.id = m.workspace_id"
            " WHERE m.user_id = ? AND w.personal = 1 ORDER BY w.id LIMIT 1",
            user_id,
        )

    def workspace(self, workspace_id: int) -> sqlite3.Row | None:
        return self._one("SELECT id, name, personal FROM workspaces WHERE id = ?", workspace_id)

    def visible_workspace(self, caller: Caller, workspace_id: int) -> sqlite3.Row | None:
        """A workspace the caller may see: a member's, or the API key's own (whatever its scope)."""
        if caller.user_id is None:
            if workspace_id != caller.workspace_id:
                return None
            return self._one("SELECT id, name, personal FROM workspaces WHERE id = ?", workspace_id)
        return self._one(
            "SELECT w.id, w.name, w.personal FROM memberships m JOIN workspaces w ON w.id = m.workspace_id"
            " WHERE m.user_id = ? AND w.id = ?",
            caller.user_id, workspace_id,
        )

    def live_token(self, user_id: int, token_id: int) -> sqlite3.Row | None:
        return self._one(
            "SELECT id, description, created_at, expires_at FROM personal_access_tokens"
            " WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
            token_id, user_id,
        )

    def api_key(self, key_id: int) -> sqlite3.Row | None:
        return self._one("SELECT id, workspace_id, name FROM api_keys WHERE id = ?", key_id)

    def api(self, api_id: int) -> sqlite3.Row | None:
        return self._one(f"SELECT {API_COLUMNS} FROM apis WHERE id = ?", api_id)

    def visible_api(self, caller: Caller, api_id: int) -> sqlite3.Row | None:
        """An API the caller may see: one in a member's workspace, or in the API key's scope."""
        row = self.api(api_id)
        if row is None:
            return None
        if caller.user_id is None:
            in_scope = row["workspace_id"] == caller.workspace_id and caller.api_id in (None, row["id"])
            return row if in_scope else None
        return row if self.visible_workspace(caller, row["workspace_id"]) else None

    def api_named(self, workspace_id: int, path: list[str], name: str) -> sqlite3.Row | None:
        return self._one("SELECT id FROM apis WHERE workspace_id = ? AND path = ? AND name = ?",
                         workspace_id, json.dumps(path), name)

    def page(self, source: str, owner: int, after: int | None, before: int | None,
             size: int, forward: bool) -> tuple[list[sqlite3.Row], bool, bool]:
        """Keyset pagination: rows after/before the cursors, `size` from the start
        (forward) or the end; returns (rows in id order, hasPreviousPage, hasNextPage)."""
        base, key = PAGED_SOURCES[source]
        where, params = [base], [owner]
        if after is not None:
            where.append(f"{key} > ?")
            params.append(after)
        if before is not None:
            where.append(f"{key} < ?")
            params.append(before)
        order = "ASC" if forward else "DESC"
        sql = f"{' AND '.join(where)} ORDER BY {key} {order} LIMIT ?"
        with self.lock:
            rows = self.conn.execute(sql, [*params, size + 1]).fetchall()
            more = len(rows) > size
            rows = rows[:size] if forward else rows[:size][::-1]
            # Rows outside the cursors exist in the other direction (Relay spec, PageInfo).
            before_after = after is not None and self._exists(base, key, "<=", owner, after)
            after_before = before is not None and self._exists(base, key, ">=", owner, before)
        if forward:
            return rows, before_after, more or after_before
        return rows, more or before_after, after_before

    def _exists(self, base: str, key: str, op: str, owner: int, bound: int) -> bool:
        return self.conn.execute(f"{base} AND {key} {op} ? LIMIT 1", (owner, bound)).fetchone() is not None

    # Writes ------------------------------------------------------------------------

    def create_token(self, user_id: int, description: str, expires_at: int) -> tuple[str, sqlite3.Row]:
        secret = new_secret(PAT_PREFIX)
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "INSERT INTO personal_access_tokens (user_id, description, secret_hash, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (user_id, description, hash_secret(secret), now_ms(), expires_at),
            )
            return secret, self.live_token(user_id, cursor.lastrowid)

    def revoke_token(self, user_id: int, token_id: int) -> sqlite3.Row | None:
        with self.lock, self.conn:
            row = self.live_token(user_id, token_id)
            if row is not None:
                self.conn.execute(
                    "UPDATE personal_access_tokens SET revoked_at = ? WHERE id = ?", (now_ms(), token_id)
                )
            return row

    def create_access_token(self, user_id: int, expires_at: int) -> str:
        secret = new_secret(ACCESS_TOKEN_PREFIX)
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT INTO access_tokens (user_id, secret_hash, expires_at) VALUES (?, ?, ?)",
                (user_id, hash_secret(secret), expires_at),
            )
        return secret

    # Identity provider: login sessions, their tokens, the signing key ----------------

    def signing_key_pem(self) -> tuple[str, str] | None:
        row = self._one("SELECT kid, pem FROM signing_keys ORDER BY created_at DESC LIMIT 1")
        return (row["kid"], row["pem"]) if row else None

    def save_signing_key(self, kid: str, pem: str) -> None:
        with self.lock, self.conn:
            self.conn.execute("INSERT INTO signing_keys (kid, pem, created_at) VALUES (?, ?, ?)",
                              (kid, pem, now_ms()))

    def create_login_session(self, user_id: int, client_id: str, scope: str) -> str:
        sid = str(uuid.uuid4())
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT INTO oidc_sessions (id, user_id, client_id, scope, auth_time) VALUES (?, ?, ?, ?, ?)",
                (sid, user_id, client_id, scope, now_ms()),
            )
        return sid

    def login_session(self, sid: str) -> sqlite3.Row | None:
        return self._one("SELECT id, user_id, client_id, scope, auth_time, ended_at FROM oidc_sessions"
                         " WHERE id = ?", sid)

    def issue_session_tokens(self, sid: str, access_lifetime_ms: int,
                             refresh_lifetime_ms: int) -> tuple[str, str]:
        """A new access token and refresh token for a live login session."""
        access, refresh, now = new_secret(ACCESS_TOKEN_PREFIX), new_secret(REFRESH_TOKEN_PREFIX), now_ms()
        with self.lock, self.conn:
            user_id = self.conn.execute("SELECT user_id FROM oidc_sessions WHERE id = ?", (sid,)).fetchone()[0]
            self.conn.execute(
                "INSERT INTO access_tokens (user_id, secret_hash, expires_at, session_id) VALUES (?, ?, ?, ?)",
                (user_id, hash_secret(access), now + access_lifetime_ms, sid),
            )
            self.conn.execute(
                "INSERT INTO refresh_tokens (session_id, secret_hash, expires_at) VALUES (?, ?, ?)",
                (sid, hash_secret(refresh), now + refresh_lifetime_ms),
            )
        return access, refresh

    def refresh_token(self, secret: str) -> sqlite3.Row | None:
        return self._one(
            "SELECT r.id, r.session_id, r.expires_at, r.used_at, s.user_id, s.client_id, s.scope, s.auth_time,"
            " s.ended_at FROM refresh_tokens r JOIN oidc_sessions s ON s.id = r.session_id"
            " WHERE r.secret_hash = ?",
            hash_secret(secret),
        )

    def use_refresh_token(self, token_id: int) -> bool:
        """Marks a refresh token used; False when it already was (a concurrent refresh won)."""
        with self.lock, self.conn:
            return self.conn.execute("UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL",
                                     (now_ms(), token_id)).rowcount == 1

    def end_login_session(self, sid: str) -> bool:
        """Ends a login session: its access tokens go, its refresh tokens are refused from now on."""
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM access_tokens WHERE session_id = ?", (sid,))
            return self.conn.execute("UPDATE oidc_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                                     (now_ms(), sid)).rowcount == 1

    def create_api_key(self, workspace_id: int, name: str, api_id: int | None = None,
                       stage_condition: str | None = None) -> tuple[str, sqlite3.Row]:
        secret = new_secret(API_KEY_PREFIX)
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "INSERT INTO api_keys (workspace_id, name, secret_hash, created_at, api_id, stage_condition)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (workspace_id, name, hash_secret(secret), now_ms(), api_id, stage_condition),
            )
            return secret, self.api_key(cursor.lastrowid)

    def delete_api_key(self, key_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM api_keys WHERE id = ?", (key_id,))

    def create_workspace(self, user_id: int, name: str) -> sqlite3.Row:
        """A team workspace with its creator as the only member."""
        with self.lock, self.conn:
            cursor = self.conn.execute("INSERT INTO workspaces (name, personal) VALUES (?, 0)", (name,))
            self.conn.execute("INSERT INTO memberships (user_id, workspace_id) VALUES (?, ?)",
                              (user_id, cursor.lastrowid))
            return self.workspace(cursor.lastrowid)

    def create_api(self, workspace_id: int, name: str, path: list[str], kind: str | None) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "INSERT INTO apis (workspace_id, name, path, kind, created_at) VALUES (?, ?, ?, ?, ?)",
                (workspace_id, name, json.dumps(path), kind, now_ms()),
            )
            return self.api(cursor.lastrowid)

    def delete_api(self, api_id: int) -> None:
        """Deletes an API with the keys scoped to it, which stop working at once."""
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM api_keys WHERE api_id = ?", (api_id,))
            self._delete_registry_of_api(api_id)
            self.conn.execute("DELETE FROM apis WHERE id = ?", (api_id,))

    # The schema registry ------------------------------------------------------------

    def _delete_registry_of_api(self, api_id: int) -> None:
        c = self.conn
        stages = "SELECT id FROM stages WHERE api_id = ?"
        c.execute(f"DELETE FROM client_publications WHERE stage_id IN ({stages})", (api_id,))
        c.execute(f"DELETE FROM schema_publications WHERE stage_id IN ({stages})", (api_id,))
        c.execute("DELETE FROM client_versions WHERE client_id IN (SELECT id FROM clients WHERE api_id = ?)",
                  (api_id,))
        for table in ("clients", "schema_versions", "stages", "collections", "mock_schemas"):
            c.execute(f"DELETE FROM {table} WHERE api_id = ?", (api_id,))

    def _all(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def stages(self, api_id: int) -> list[sqlite3.Row]:
        return self._all("SELECT * FROM stages WHERE api_id = ? ORDER BY position, id", api_id)

    def stage(self, stage_id: int) -> sqlite3.Row | None:
        return self._one("SELECT * FROM stages WHERE id = ?", stage_id)

    def stage_named(self, api_id: int, name: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM stages WHERE api_id = ? AND name = ?", api_id, name)

    def replace_stages(self, api_id: int, stages: list[dict]) -> None:
        """The full set: stages kept by name keep their id (and what they published); others go."""
        with self.lock, self.conn:
            names = [stage["name"] for stage in stages]
            for row in self.stages(api_id):
                if row["name"] not in names:
                    self._delete_stage(row["id"])
            for position, stage in enumerate(stages):
                after = (stage.get("conditions") or [{}])[0].get("afterStage") if stage.get("conditions") else None
                existing = self.stage_named(api_id, stage["name"])
                if existing is None:
                    self.conn.execute(
                        "INSERT INTO stages (api_id, name, display_name, position, after_stage) VALUES (?, ?, ?, ?, ?)",
                        (api_id, stage["name"], stage["displayName"], position, after))
                else:
                    self.conn.execute(
                        "UPDATE stages SET display_name = ?, position = ?, after_stage = ? WHERE id = ?",
                        (stage["displayName"], position, after, existing["id"]))

    def _delete_stage(self, stage_id: int) -> None:
        row = self.stage(stage_id)
        self.conn.execute("UPDATE stages SET after_stage = NULL WHERE api_id = ? AND after_stage = ?",
                          (row["api_id"], row["name"]))
        for table in ("client_publications", "schema_publications"):
            self.conn.execute(f"DELETE FROM {table} WHERE stage_id = ?", (stage_id,))
        self.conn.execute("DELETE FROM stages WHERE id = ?", (stage_id,))

    def delete_stage(self, stage_id: int) -> None:
        with self.lock, self.conn:
            self._delete_stage(stage_id)

    def collection(self, collection_id: int, kind: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM collections WHERE id = ? AND kind = ?", collection_id, kind)

    def create_collection(self, kind: str, api_id: int, name: str) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute("INSERT INTO collections (kind, api_id, name, created_at) VALUES (?, ?, ?, ?)",
                                       (kind, api_id, name, now_ms()))
            return self.collection(cursor.lastrowid, kind)

    def delete_collection(self, collection_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM collections WHERE id = ?", (collection_id,))

    def mock_schema(self, mock_id: int) -> sqlite3.Row | None:
        return self._one("SELECT * FROM mock_schemas WHERE id = ?", mock_id)

    def mock_named(self, api_id: int, name: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM mock_schemas WHERE api_id = ? AND name = ?", api_id, name)

    def save_mock_schema(self, mock_id: int | None, api_id: int, fields: dict, user_id: int | None) -> sqlite3.Row:
        """Makes a mock (mock_id None) or changes the given fields of one."""
        with self.lock, self.conn:
            if mock_id is None:
                cursor = self.conn.execute(
                    "INSERT INTO mock_schemas (api_id, name, downstream_url, base_schema, extension_schema,"
                    " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (api_id, fields["name"], fields["downstream_url"], fields["base_schema"],
                     fields["extension_schema"], now_ms(), user_id))
                mock_id = cursor.lastrowid
            else:
                for column, value in fields.items():
                    self.conn.execute(f"UPDATE mock_schemas SET {column} = ? WHERE id = ?", (value, mock_id))
                self.conn.execute("UPDATE mock_schemas SET modified_at = ?, modified_by = ? WHERE id = ?",
                                  (now_ms(), user_id, mock_id))
            return self.mock_schema(mock_id)

    def set_api_settings(self, api_id: int, settings: dict[str, bool]) -> None:
        columns = {"treatDangerousAsBreaking": "treat_dangerous_as_breaking",
                   "allowBreakingSchemaChanges": "allow_breaking_schema_changes"}
        with self.lock, self.conn:
            for name, value in settings.items():
                self.conn.execute(f"UPDATE apis SET {columns[name]} = ? WHERE id = ?", (int(value), api_id))

    def set_stage_approval(self, stage_id: int, needs_approval: bool) -> None:
        with self.lock, self.conn:
            self.conn.execute("UPDATE stages SET needs_approval = ? WHERE id = ?", (int(needs_approval), stage_id))

    def environment(self, env_id: int) -> sqlite3.Row | None:
        return self._one("SELECT id, workspace_id, name FROM environments WHERE id = ?", env_id)

    def environment_named(self, workspace_id: int, name: str) -> sqlite3.Row | None:
        return self._one("SELECT id FROM environments WHERE workspace_id = ? AND name = ?", workspace_id, name)

    def create_environment(self, workspace_id: int, name: str) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute("INSERT INTO environments (workspace_id, name, created_at) VALUES (?, ?, ?)",
                                       (workspace_id, name, now_ms()))
            return self.environment(cursor.lastrowid)

    def client(self, client_id: int) -> sqlite3.Row | None:
        return self._one("SELECT id, api_id, name FROM clients WHERE id = ?", client_id)

    def create_client(self, api_id: int, name: str) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute("INSERT INTO clients (api_id, name, created_at) VALUES (?, ?, ?)",
                                       (api_id, name, now_ms()))
            return self.client(cursor.lastrowid)

    def delete_client(self, client_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM client_publications WHERE client_version_id IN"
                              " (SELECT id FROM client_versions WHERE client_id = ?)", (client_id,))
            self.conn.execute("DELETE FROM client_versions WHERE client_id = ?", (client_id,))
            self.conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))

    def client_version(self, version_id: int) -> sqlite3.Row | None:
        return self._one("SELECT * FROM client_versions WHERE id = ?", version_id)

    def client_version_tagged(self, client_id: int, tag: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM client_versions WHERE client_id = ? AND tag = ?", client_id, tag)

    def create_client_version(self, client_id: int, tag: str, operations: dict) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "INSERT INTO client_versions (client_id, tag, operations, created_at) VALUES (?, ?, ?, ?)",
                (client_id, tag, json.dumps(operations), now_ms()))
            return self.client_version(cursor.lastrowid)

    def client_publications_of_version(self, version_id: int) -> list[sqlite3.Row]:
        return self._all("SELECT s.* FROM client_publications p JOIN stages s ON s.id = p.stage_id"
                         " WHERE p.client_version_id = ? ORDER BY p.id", version_id)

    def published_client_versions(self, stage_id: int) -> list[sqlite3.Row]:
        """The client versions published on a stage, with their client's name."""
        return self._all(
            "SELECT v.*, c.name AS client_name FROM client_publications p"
            " JOIN client_versions v ON v.id = p.client_version_id JOIN clients c ON c.id = v.client_id"
            " WHERE p.stage_id = ? ORDER BY c.id, v.id", stage_id)

    def publish_client_version(self, stage_id: int, version_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("INSERT OR IGNORE INTO client_publications (stage_id, client_version_id, published_at)"
                              " VALUES (?, ?, ?)", (stage_id, version_id, now_ms()))

    def unpublish_client_version(self, stage_id: int, version_id: int) -> bool:
        with self.lock, self.conn:
            cursor = self.conn.execute("DELETE FROM client_publications WHERE stage_id = ? AND client_version_id = ?",
                                       (stage_id, version_id))
            return cursor.rowcount > 0

    def schema_version(self, version_id: int) -> sqlite3.Row | None:
        return self._one("SELECT * FROM schema_versions WHERE id = ?", version_id)

    def schema_version_tagged(self, api_id: int, tag: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM schema_versions WHERE api_id = ? AND tag = ?", api_id, tag)

    def create_schema_version(self, api_id: int, tag: str, sdl: bytes) -> sqlite3.Row:
        with self.lock, self.conn:
            cursor = self.conn.execute("INSERT INTO schema_versions (api_id, tag, sdl, created_at) VALUES (?, ?, ?, ?)",
                                       (api_id, tag, sdl, now_ms()))
            return self.schema_version(cursor.lastrowid)

    def published_schema(self, stage_id: int) -> sqlite3.Row | None:
        """The stage's schema: the version published last."""
        return self._one("SELECT v.* FROM schema_publications p JOIN schema_versions v ON v.id = p.schema_version_id"
                         " WHERE p.stage_id = ? ORDER BY p.id DESC LIMIT 1", stage_id)

    def ever_published_schema(self, stage_id: int, version_id: int) -> bool:
        return self._one("SELECT 1 FROM schema_publications WHERE stage_id = ? AND schema_version_id = ?",
                         stage_id, version_id) is not None

    def ever_published_client(self, stage_id: int, version_id: int) -> bool:
        return self._one("SELECT 1 FROM client_publications WHERE stage_id = ? AND client_version_id = ?",
                         stage_id, version_id) is not None

    def publish_schema_version(self, stage_id: int, version_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("INSERT INTO schema_publications (stage_id, schema_version_id, published_at)"
                              " VALUES (?, ?, ?)", (stage_id, version_id, now_ms()))


def _seed_rows(count: int, now: int):
    """token-00001 ...: created over the past 400 days, oldest first; every tenth
    expired a day after creation, the others expiring over the next year."""
    day = timedelta(days=1) // _MS
    step = 399 * day // count
    start = now - 400 * day
    randomness = os.urandom(16 * count)  # one call: the hashes only need to be unique
    width = max(5, len(str(count)))
    for i in range(1, count + 1):
        created = start + i * step
        expires = created + day if i % 10 == 0 else now + ((i * 7919) % 365 + 1) * day
        digest = hashlib.sha256(randomness[16 * (i - 1):16 * i]).hexdigest()
        yield DEV_USER_ID, f"token-{i:0{width}d}", digest, created, expires


# --- GraphQL: objects and resolvers ------------------------------------------------------
#
# Resolvers return small Python objects; union and interface members are resolved
# by the class name, which is the GraphQL type name.


@dataclass
class User:
    id: str
    email: str
    name: str


@dataclass
class Workspace:
    id: str
    name: str
    personal: bool
    key: int  # row id, for Workspace.apiKeys


@dataclass
class PersonalAccessToken:
    id: str
    description: str
    createdAt: datetime  # noqa: N815 - GraphQL field names
    expiresAt: datetime  # noqa: N815


@dataclass
class ApiKey:
    id: str
    name: str
    workspace_key: int  # row id, for ApiKey.workspace


@dataclass
class Api:
    id: str
    name: str
    path: list[str]
    kind: str | None
    settings: dict
    version: str
    createdAt: datetime  # noqa: N815
    workspace_key: int  # row id, for Api.workspace


@dataclass
class Viewer:
    user_key: int
    sessionId: str  # noqa: N815


class PayloadError:
    """Base of the classes made on demand for the schema's Error types."""

    def __init__(self, message: str, **fields: Any):
        self.message = message
        self.__dict__.update(fields)


_error_classes: dict[str, type] = {}


def payload_error(type_name: str, message: str | None = None, **fields: Any) -> PayloadError:
    cls = _error_classes.setdefault(type_name, type(type_name, (PayloadError,), {}))
    return cls(message or ERROR_MESSAGES.get(type_name, f"Emulated {type_name}."), **fields)


def validation_error(messages: list[str]) -> PayloadError:
    return payload_error("ValidationError", " ".join(messages), errors=[{"message": m} for m in messages])


def _user(row: sqlite3.Row) -> User:
    return User(global_id("User", row["id"]), row["email"], row["name"])


def _workspace(row: sqlite3.Row) -> Workspace:
    return Workspace(global_id("Workspace", row["id"]), row["name"], bool(row["personal"]), row["id"])


def _token(row: sqlite3.Row) -> PersonalAccessToken:
    return PersonalAccessToken(
        global_id("PersonalAccessToken", row["id"]), row["description"],
        ms_to_datetime(row["created_at"]), ms_to_datetime(row["expires_at"]),
    )


def _api_key(row: sqlite3.Row) -> ApiKey:
    return ApiKey(global_id("ApiKey", row["id"]), row["name"], row["workspace_id"])


def _api(row: sqlite3.Row) -> Api:
    settings = {"schemaRegistry": {
        "treatDangerousAsBreaking": bool(row["treat_dangerous_as_breaking"]),
        "allowBreakingSchemaChanges": bool(row["allow_breaking_schema_changes"]),
    }}
    # APIs never change here, so their creation time serves as their version.
    return Api(global_id("Api", row["id"]), row["name"], json.loads(row["path"]), row["kind"], settings,
               global_id("ApiVersion", row["created_at"]), ms_to_datetime(row["created_at"]), row["workspace_id"])


def row_key(value: str, type_name: str) -> int | None:
    """The row id in a global id of the given type; None for anything else."""
    parsed = parse_global_id(value)
    return parsed[1] if parsed is not None and parsed[0] == type_name else None


@dataclass
class RequestContext:
    store: Store
    caller: Caller
    max_page_size: int
    fault: Fault | None = None  # a payload fault (payload_error, null_payload, unknown_typename)
    registry: Any = None  # the Registry of validation and publish requests


def _connection(info: Any, source: str, owner: int, convert: Callable[[sqlite3.Row], Any],
                after: str | None = None, before: str | None = None,
                first: int | None = None, last: int | None = None) -> dict:
    limit = info.context.max_page_size
    if first is not None and last is not None:
        raise GraphQLError("Passing both `first` and `last` is not supported.",
                           extensions={"code": "INVALID_PAGING_ARGUMENTS"})
    for name, value in (("first", first), ("last", last)):
        if value is not None and value < 0:
            raise GraphQLError(f"The value of `{name}` must not be negative.", extensions={"code": "HC0052"})
        if value is not None and value > limit:
            raise GraphQLError("The maximum allowed items per page were exceeded.",
                               extensions={"code": "HC0051", "maxPageSize": limit})
    forward = last is None
    size = last if not forward else first if first is not None else min(DEFAULT_PAGE_SIZE, limit)
    rows, has_previous, has_next = info.context.store.page(
        source, owner,
        decode_cursor(after) if after is not None else None,
        decode_cursor(before) if before is not None else None,
        size, forward,
    )
    edges = [{"cursor": encode_cursor(row["id"]), "node": convert(row)} for row in rows]
    return {
        "edges": edges,
        "nodes": [edge["node"] for edge in edges],
        "pageInfo": {
            "hasNextPage": has_next,
            "hasPreviousPage": has_previous,
            "startCursor": edges[0]["cursor"] if edges else None,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
    }


def resolve_me(_root: Any, info: Any) -> Viewer | None:
    caller = info.context.caller
    return None if caller.user_id is None else Viewer(caller.user_id, caller.session_id)


# Reading rules.  A user sees the workspaces they are a member of, with their APIs and
# keys; anything else reads as null, as if it did not exist.  An API key sees what its
# scope allows: a workspace-scoped key its workspace, the APIs and the keys in it; an
# API-scoped key its workspace and that one API.  Whatever exists outside a key's scope
# is refused the way Hot Chocolate's authorization refuses a field: a GraphQL error
# AUTH_NOT_AUTHORIZED on the field, which becomes null.


def not_authorized() -> GraphQLError:
    return GraphQLError(NOT_AUTHORIZED, extensions={"code": "AUTH_NOT_AUTHORIZED"})


def _readable_workspace(ctx: RequestContext, key: int) -> Workspace | None:
    row = ctx.store.visible_workspace(ctx.caller, key)
    if row is None and ctx.caller.user_id is None and ctx.store.workspace(key) is not None:
        raise not_authorized()
    return row and _workspace(row)


def _readable_api(ctx: RequestContext, key: int) -> Api | None:
    row = ctx.store.visible_api(ctx.caller, key)
    if row is None and ctx.caller.user_id is None and ctx.store.api(key) is not None:
        raise not_authorized()
    return row and _api(row)


def _readable_api_key(ctx: RequestContext, key: int) -> ApiKey | None:
    row = ctx.store.api_key(key)
    if row is None:
        return None
    caller = ctx.caller
    if caller.user_id is None:
        if caller.api_id is not None or row["workspace_id"] != caller.workspace_id:
            raise not_authorized()
        return _api_key(row)
    return _api_key(row) if ctx.store.visible_workspace(caller, row["workspace_id"]) else None


def resolve_node(_root: Any, info: Any, id: str) -> Any:  # noqa: A002 - the argument's name
    parsed = parse_global_id(id)
    if parsed is None:
        return None
    type_name, key = parsed
    ctx = info.context
    if type_name == "Workspace":
        return _readable_workspace(ctx, key)
    if type_name == "Api":
        return _readable_api(ctx, key)
    if type_name == "ApiKey":
        return _readable_api_key(ctx, key)
    if type_name == "Environment":
        return _readable_environment(ctx, key)
    if type_name == "Client":
        return _readable_client(ctx, key)
    if type_name in COLLECTION_KINDS:
        return _readable_collection(ctx, type_name, key)
    if type_name == "MockSchema":
        return _readable_mock(ctx, key)
    store, caller = ctx.store, ctx.caller
    if caller.user_id is None:  # a key has no user, so no user's things either (`me` is null)
        return None
    if type_name == "User" and key == caller.user_id:
        return _user(store.user(key))
    if type_name == "PersonalAccessToken":
        row = store.live_token(caller.user_id, key)
        return row and _token(row)
    return None


def resolve_workspace_by_id(_root: Any, info: Any, workspaceId: str) -> Workspace | None:  # noqa: N803
    key = row_key(workspaceId, "Workspace")
    return None if key is None else _readable_workspace(info.context, key)


def resolve_api_by_id(_root: Any, info: Any, id: str) -> Api | None:  # noqa: A002
    key = row_key(id, "Api")
    return None if key is None else _readable_api(info.context, key)


def resolve_viewer_user(viewer: Viewer, info: Any) -> User:
    return _user(info.context.store.user(viewer.user_key))


def resolve_viewer_active_workspace(viewer: Viewer, info: Any) -> Workspace | None:
    row = info.context.store.personal_workspace(viewer.user_key)
    return row and _workspace(row)


def resolve_viewer_tokens(viewer: Viewer, info: Any, **args: Any) -> dict:
    return _connection(info, "tokens", viewer.user_key, _token, **args)


def resolve_viewer_workspaces(viewer: Viewer, info: Any, **args: Any) -> dict:
    return _connection(info, "workspaces", viewer.user_key, _workspace, **args)


def resolve_workspace_api_keys(workspace: Workspace, info: Any, **args: Any) -> dict:
    if info.context.caller.api_id is not None:  # the workspace's keys are beyond one API's scope
        raise not_authorized()
    return _connection(info, "api_keys", workspace.key, _api_key, **args)


def resolve_workspace_apis(workspace: Workspace, info: Any, **args: Any) -> dict:
    api_id = info.context.caller.api_id
    if api_id is not None:  # an API-scoped key only ever sees its own workspace
        return _connection(info, "scoped_api", api_id, _api, **args)
    return _connection(info, "apis", workspace.key, _api, **args)


def resolve_owner_workspace(owned: ApiKey | Api, info: Any) -> Workspace | None:
    """ApiKey.workspace and Api.workspace: the owner of something the caller can already see."""
    row = info.context.store.visible_workspace(info.context.caller, owned.workspace_key)
    return row and _workspace(row)


def _mutation(resolve: Callable[[RequestContext, dict], dict]) -> Callable[..., dict]:
    """Wraps a mutation so that an active payload fault replaces its work; the
    faulted payload still goes through graphql-core and so matches the schema."""

    def resolver(_root: Any, info: Any, input: dict) -> dict:  # noqa: A002
        fault = info.context.fault
        if fault is None:
            return resolve(info.context, input)
        if fault.mode == "null_payload":
            return {}
        error_type = info.schema.get_type(fault.params["type"])
        message = fault.params["message"]
        if "changes" in input and info.schema.is_sub_type(info.schema.get_type(CHANGE_ERROR_UNION), error_type):
            # pushWorkspaceChanges reports such an error per change, not in the payload: every change fails.
            return {"changes": [
                {"referenceId": _reference_id(change), "error": _faulted_error(error_type, message, change),
                 "result": None}
                for change in input["changes"]
            ]}
        return {"errors": [_faulted_error(error_type, message, input)]}

    return resolver


def _faulted_error(error_type: Any, message: str | None, source: dict) -> PayloadError:
    """A payload fault's error: its other fields (apiId, workspaceId, errors...) as the input
    gives them, else a well-formed id of nothing (row 0)."""
    message = message or ERROR_MESSAGES.get(error_type.name)
    fields = {}
    for name in error_type.fields:
        if name == "errors":
            fields[name] = [{"message": message}]
        elif name != "message":
            found = _input_value(source, name)
            fields[name] = found if found is not None else (
                global_id(name[0].upper() + name[1:-2], 0) if name.endswith("Id") else "")
    return payload_error(error_type.name, message, **fields)


def _input_value(value: Any, name: str) -> Any:
    """The first non-null value of the field `name` in an input, searched depth first."""
    if isinstance(value, dict):
        if value.get(name) is not None:
            return value[name]
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _input_value(item, name)
            if found is not None:
                return found
    return None


def _reference_id(change: dict) -> str:
    create = (change.get("api") or {}).get("create") or (change.get("environment") or {}).get("create") or {}
    return create.get("referenceId", "")


def _unauthorized_key(ctx: RequestContext) -> dict | None:
    """Every mutation needs a user: API keys change nothing (they can only read their scope)."""
    return {"errors": [payload_error("UnauthorizedOperation", NOT_A_USER)]} if ctx.caller.user_id is None else None


@_mutation
def create_personal_access_token(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    description = input["description"]
    expires_at = datetime_to_ms(input["expiresAt"])
    problems = []
    if not description.strip():
        problems.append("The description must not be empty.")
    if expires_at <= now_ms():
        problems.append("The expiration date must be in the future.")
    if problems:
        return {"errors": [validation_error(problems)]}
    secret, row = ctx.store.create_token(ctx.caller.user_id, description, expires_at)
    return {"result": {"secret": secret, "token": _token(row)}}


@_mutation
def revoke_personal_access_token(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    key = row_key(input["id"], "PersonalAccessToken")
    row = None if key is None else ctx.store.revoke_token(ctx.caller.user_id, key)
    if row is None:
        return {"errors": [payload_error("PersonalAccessTokenNotFoundError")]}
    return {"personalAccessToken": _token(row)}


def _visible_workspace_row(ctx: RequestContext, workspace_id: str) -> sqlite3.Row | None:
    key = row_key(workspace_id, "Workspace")
    return None if key is None else ctx.store.visible_workspace(ctx.caller, key)


def _visible_api_row(ctx: RequestContext, api_id: str) -> sqlite3.Row | None:
    key = row_key(api_id, "Api")
    return None if key is None else ctx.store.visible_api(ctx.caller, key)


def _api_not_found(api_id: str) -> dict:
    return {"errors": [payload_error("ApiNotFoundError", f"The API with ID '{api_id}' was not found.",
                                     apiId=api_id)]}


@_mutation
def create_api_key(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    name = input.get("name")
    if name is None or not name.strip():
        return {"errors": [validation_error(["The name must not be empty."])]}
    workspace_id = input["workspaceId"]
    row = _visible_workspace_row(ctx, workspace_id)
    if row is None:
        message = f"The workspace with ID '{workspace_id}' was not found."
        return {"errors": [payload_error("WorkspaceNotFound", message, workspaceId=workspace_id)]}
    if row["personal"]:
        return {"errors": [payload_error("PersonalWorkspaceNotSupportedError")]}
    scope, api = input["permissionScope"], None  # @oneOf: exactly one of apiId and workspaceId
    if "apiId" in scope:
        api = _visible_api_row(ctx, scope["apiId"])
        if api is None or api["workspace_id"] != row["id"]:
            return _api_not_found(scope["apiId"])
    elif row_key(scope["workspaceId"], "Workspace") != row["id"]:
        return {"errors": [validation_error(["The permission scope must be the workspace of the API key."])]}
    condition = (input.get("roleAssigmentCondition") or {}).get("stageAuthorizationCondition")
    stage = condition["name"] if condition else None
    if stage is not None and not stage.strip():
        return {"errors": [validation_error(["The stage name must not be empty."])]}
    secret, key = ctx.store.create_api_key(row["id"], name, api and api["id"], stage)
    return {"result": {"secret": secret, "key": _api_key(key)}}


@_mutation
def delete_api_key(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    key = row_key(input["apiKeyId"], "ApiKey")
    row = None if key is None else ctx.store.api_key(key)
    if row is None or not ctx.store.visible_workspace(ctx.caller, row["workspace_id"]):
        return {"errors": [payload_error("ApiKeyNotFoundError", apiKeyId=input["apiKeyId"])]}
    ctx.store.delete_api_key(row["id"])
    return {"apiKey": _api_key(row)}


@_mutation
def create_workspace(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    if not input["name"].strip():
        return {"errors": [validation_error(["The name must not be empty."])]}
    return {"workspace": _workspace(ctx.store.create_workspace(ctx.caller.user_id, input["name"]))}


@_mutation
def delete_api_by_id(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if refused := _unauthorized_key(ctx):
        return refused
    row = _visible_api_row(ctx, input["apiId"])
    if row is None:
        return _api_not_found(input["apiId"])
    ctx.store.delete_api(row["id"])
    return {"api": _api(row)}


@_mutation
def push_workspace_changes(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    """Applies each change on its own, in order; the emulator knows two kinds: api.create and
    environment.create."""
    if refused := _unauthorized_key(ctx):
        return refused
    changes = input["changes"]
    if not changes:
        return {"errors": [payload_error("ChangeStructureInvalid", "There are no changes to apply.")]}
    for index, change in enumerate(changes):
        api, environment = change.get("api") or {}, change.get("environment") or {}
        kinds = [api.get("create") is not None, api.get("delete") is not None,
                 environment.get("create") is not None]
        if sum(kinds) != 1 or kinds[1]:
            message = (f"The change at index {index} is not one api.create or environment.create change, "
                       "the kinds supported.")
            return {"errors": [payload_error("ChangeStructureInvalid", message)]}
    return {"changes": [_create_api(ctx, change["api"]["create"]) if (change.get("api") or {}).get("create")
                        else _create_environment(ctx, change["environment"]["create"]) for change in changes]}


def _create_api(ctx: RequestContext, create: dict) -> dict:
    def failed(type_name: str, messages: list[str], workspace_id: str, **fields: Any) -> dict:
        error = payload_error(type_name, " ".join(messages), workspaceId=workspace_id, **fields)
        return {"referenceId": create["referenceId"], "error": error, "result": None}

    row = _visible_workspace_row(ctx, create["workspaceId"])
    if row is None:
        return failed("WorkspaceNotFoundForChange",
                      [f"The workspace with ID '{create['workspaceId']}' was not found."], create["workspaceId"])
    name, path = create["name"], create["path"]
    problems = []
    if not name.strip():
        problems.append("The name must not be empty.")
    if any(not segment.strip() for segment in path):
        problems.append("A path segment must not be empty.")
    if not problems and ctx.store.api_named(row["id"], path, name) is not None:
        problems.append(f"An API named '{name}' already exists at the path '/{'/'.join(path)}'.")
    if problems:
        return failed("ChangeValidationFailed", problems, global_id("Workspace", row["id"]),
                      errors=[{"message": problem} for problem in problems])
    api = ctx.store.create_api(row["id"], name, path, create.get("kind"))
    return {"referenceId": create["referenceId"], "error": None, "result": _api(api)}


# --- The schema registry: stages, environments, clients ----------------------------------
#
# An API has no stages when it is made (the Nitro cloud makes none either): updateStages
# sets the whole list.  An API key acts for the APIs of its scope (a workspace key for each
# API of its workspace, an API key for its API) and nowhere else; a user for the APIs of
# their workspaces.


@dataclass
class Stage:
    id: str
    name: str
    displayName: str  # noqa: N815
    key: int
    api_key: int
    after_stage: str | None


@dataclass
class AfterStageCondition:
    afterStage: Stage | None  # noqa: N815


@dataclass
class Environment:
    id: str
    name: str
    workspace_key: int  # row id, for Environment.workspace


@dataclass
class Client:
    id: str
    name: str
    key: int
    api_key: int


@dataclass
class ClientVersion:
    id: str
    tag: str
    createdAt: datetime  # noqa: N815
    key: int
    client_key: int


@dataclass
class SchemaVersion:
    id: str
    tag: str
    key: int


def _stage(row: sqlite3.Row) -> Stage:
    return Stage(global_id("Stage", row["id"]), row["name"], row["display_name"], row["id"], row["api_id"],
                 row["after_stage"])


def _environment(row: sqlite3.Row) -> Environment:
    return Environment(global_id("Environment", row["id"]), row["name"], row["workspace_id"])


def _client(row: sqlite3.Row) -> Client:
    return Client(global_id("Client", row["id"]), row["name"], row["id"], row["api_id"])


def _client_version(row: sqlite3.Row) -> ClientVersion:
    return ClientVersion(global_id("ClientVersion", row["id"]), row["tag"], ms_to_datetime(row["created_at"]),
                         row["id"], row["client_id"])


def _schema_version(row: sqlite3.Row) -> SchemaVersion:
    return SchemaVersion(global_id("SchemaVersion", row["id"]), row["tag"], row["id"])


def _readable_environment(ctx: RequestContext, key: int) -> Environment | None:
    row = ctx.store.environment(key)
    if row is None:
        return None
    if ctx.caller.api_id is not None:  # a workspace's environments are beyond one API's scope
        raise not_authorized()
    return _readable_workspace(ctx, row["workspace_id"]) and _environment(row)


def _readable_client(ctx: RequestContext, key: int) -> Client | None:
    row = ctx.store.client(key)
    return row and _readable_api(ctx, row["api_id"]) and _client(row)


def resolve_workspace_environments(workspace: Workspace, info: Any, **args: Any) -> dict:
    if info.context.caller.api_id is not None:
        raise not_authorized()
    return _connection(info, "environments", workspace.key, _environment, **args)


def resolve_api_stages(api: Api, info: Any) -> list[Stage]:
    return [_stage(row) for row in info.context.store.stages(row_key(api.id, "Api"))]


def resolve_api_clients(api: Api, info: Any, **args: Any) -> dict:
    return _connection(info, "clients", row_key(api.id, "Api"), _client, **args)


def resolve_stage_conditions(stage: Stage, info: Any) -> list[AfterStageCondition]:
    if stage.after_stage is None:
        return []
    row = info.context.store.stage_named(stage.api_key, stage.after_stage)
    return [AfterStageCondition(row and _stage(row))]


def resolve_stage_published_schema(stage: Stage, info: Any) -> dict | None:
    row = info.context.store.published_schema(stage.key)
    return row and {"version": _schema_version(row)}


def resolve_stage_published_clients(stage: Stage, info: Any) -> list[dict]:
    store, clients = info.context.store, {}
    for row in store.published_client_versions(stage.key):
        entry = clients.setdefault(row["client_id"], {"client": _client(store.client(row["client_id"])),
                                                      "publishedVersions": []})
        entry["publishedVersions"].append({"stage": stage, "version": _client_version(row)})
    return list(clients.values())


def resolve_client_api(client: Client, info: Any) -> Api | None:
    row = info.context.store.api(client.api_key)
    return row and _api(row)


def resolve_client_versions(client: Client, info: Any, **args: Any) -> dict:
    return _connection(info, "client_versions", client.key, _client_version, **args)


def resolve_client_version_client(version: ClientVersion, info: Any) -> Client | None:
    row = info.context.store.client(version.client_key)
    return row and _client(row)


def resolve_client_version_published_to(version: ClientVersion, info: Any) -> Any:
    """The stages the version is published on (a list, or the latest when the field is not a list)."""
    published = [{"stage": _stage(row), "version": version}
                 for row in info.context.store.client_publications_of_version(version.key)]
    return_type = info.return_type.of_type if isinstance(info.return_type, GraphQLNonNull) else info.return_type
    if isinstance(return_type, GraphQLList):
        return published
    return published[-1] if published else None


def _api_for_change(ctx: RequestContext, api_id: str,
                    unauthorized: bool = True) -> tuple[sqlite3.Row | None, dict | None]:
    """The API a registry mutation acts on, or the payload refusing it: ApiNotFoundError when it does not
    exist or the user cannot see it; UnauthorizedOperation when it is outside an API key's scope (or
    ApiNotFoundError where the payload has no UnauthorizedOperation)."""
    key = row_key(api_id, "Api")
    row = None if key is None else ctx.store.api(key)
    if row is None:
        return None, _api_not_found(api_id)
    caller = ctx.caller
    if caller.user_id is not None:
        if ctx.store.visible_workspace(caller, row["workspace_id"]):
            return row, None
        return None, _api_not_found(api_id)
    if row["workspace_id"] == caller.workspace_id and caller.api_id in (None, row["id"]):
        return row, None
    if unauthorized:
        return None, {"errors": [payload_error("UnauthorizedOperation")]}
    return None, _api_not_found(api_id)


def _client_not_found(client_id: str) -> dict:
    return {"errors": [payload_error("ClientNotFoundError", f"The client with ID '{client_id}' was not found.",
                                     clientId=client_id)]}


def _client_for_change(ctx: RequestContext, client_id: str) -> tuple[sqlite3.Row | None, sqlite3.Row | None,
                                                                      dict | None]:
    """(client, its API, None) or (None, None, the refusing payload), by the rules of _api_for_change."""
    key = row_key(client_id, "Client")
    row = None if key is None else ctx.store.client(key)
    if row is None:
        return None, None, _client_not_found(client_id)
    api, refused = _api_for_change(ctx, global_id("Api", row["api_id"]))
    if refused is not None:
        if refused["errors"][0].__class__.__name__ == "ApiNotFoundError":
            return None, None, _client_not_found(client_id)
        return None, None, refused
    return row, api, None


def _stage_not_found(name: str) -> dict:
    return {"errors": [payload_error("StageNotFoundError", f"Stage '{name}' was not found.", name=name)]}


def _stages_payload(ctx: RequestContext, api: sqlite3.Row) -> dict:
    return {"api": _api(ctx.store.api(api["id"]))}


STAGE_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


@_mutation
def update_stages(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"], unauthorized=False)
    if refused:
        return refused
    stages = input["updatedStages"]
    problems, names = [], [stage["name"] for stage in stages]
    for stage in stages:
        name, conditions = stage["name"], stage.get("conditions") or []
        if not STAGE_NAME_RE.fullmatch(name):
            problems.append(f"The stage name '{name}' is not valid: letters, digits, '-', '_' and '.', "
                            "starting with a letter or digit.")
        if not (stage.get("displayName") or "").strip():
            problems.append(f"The stage '{name}' needs a display name.")
        if names.count(name) > 1:
            problems.append(f"The stage name '{name}' is used more than once.")
        if len(conditions) > 1:
            problems.append(f"The stage '{name}' has more than one condition.")
        after = conditions[0].get("afterStage") if conditions else None
        if conditions and after is None:
            problems.append(f"A condition of the stage '{name}' names no stage.")
        if after == name:
            problems.append(f"The stage '{name}' cannot come after itself.")
    if problems:
        return {"errors": [payload_error("StageValidationError", " ".join(dict.fromkeys(problems)))]}
    for stage in stages:
        after = (stage.get("conditions") or [{}])[0].get("afterStage") if stage.get("conditions") else None
        if after is not None and after not in names:
            return _stage_not_found(after)
    # The conditions must not go round in a circle.
    after_of = {s["name"]: (s.get("conditions") or [{}])[0].get("afterStage") if s.get("conditions") else None
                for s in stages}
    for start in after_of:
        seen, current = set(), start
        while current is not None:
            if current in seen:
                return {"errors": [payload_error(
                    "StageValidationError", f"The conditions of the stage '{start}' go round in a circle.")]}
            seen.add(current)
            current = after_of.get(current)
    removed = [row for row in ctx.store.stages(api["id"]) if row["name"] not in names]
    busy = [row for row in removed
            if ctx.store.published_schema(row["id"]) or ctx.store.published_client_versions(row["id"])]
    if busy:
        lines = []
        for row in busy:
            schema = ctx.store.published_schema(row["id"])
            if schema:
                lines.append(f"The schema {schema['tag']} is still published to {row['name']}.")
            for version in ctx.store.published_client_versions(row["id"]):
                lines.append(f"The client {version['client_name']} {version['tag']} is still published to "
                             f"{row['name']}.")
        return {"errors": [payload_error("StagesHavePublishedDependenciesError", " ".join(lines),
                                         stages=[_stage(row) for row in busy])]}
    ctx.store.replace_stages(api["id"], stages)
    return _stages_payload(ctx, api)


@_mutation
def force_delete_stage(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    row = ctx.store.stage_named(api["id"], input["stageName"])
    if row is None:
        return _stage_not_found(input["stageName"])
    ctx.store.delete_stage(row["id"])  # with what it published (force)
    return _stages_payload(ctx, api)


@_mutation
def create_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if not input["name"].strip():
        raise GraphQLError("The name must not be empty.", extensions={"code": "VALIDATION_ERROR"})
    return {"client": _client(ctx.store.create_client(api["id"], input["name"]))}


@_mutation
def delete_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    row, _api_row, refused = _client_for_change(ctx, input["clientId"])
    if refused:
        return refused
    client = _client(row)
    ctx.store.delete_client(row["id"])
    return {"client": client}


def _create_environment(ctx: RequestContext, create: dict) -> dict:
    def failed(type_name: str, messages: list[str], workspace_id: str, **fields: Any) -> dict:
        error = payload_error(type_name, " ".join(messages), workspaceId=workspace_id, **fields)
        return {"referenceId": create["referenceId"], "error": error, "result": None}

    row = _visible_workspace_row(ctx, create["workspaceId"])
    if row is None:
        return failed("WorkspaceNotFoundForChange",
                      [f"The workspace with ID '{create['workspaceId']}' was not found."], create["workspaceId"])
    name = create["name"]
    problems = []
    if not name.strip():
        problems.append("The name must not be empty.")
    elif ctx.store.environment_named(row["id"], name) is not None:
        problems.append(f"An environment named '{name}' already exists.")
    if problems:
        return failed("ChangeValidationFailed", problems, global_id("Workspace", row["id"]),
                      errors=[{"message": problem} for problem in problems])
    env = ctx.store.create_environment(row["id"], name)
    return {"referenceId": create["referenceId"], "error": None, "result": _environment(env)}


# --- The schema registry: comparing schemas -------------------------------------------------
#
# graphql-core's find_breaking_changes and find_dangerous_changes find what breaks or may break
# clients; each change is turned into the schema's change objects (TypeSystemMemberRemovedChange,
# ObjectModifiedChange with FieldRemovedChange ...), grouped by the type (or directive) they touch.
# What graphql-core does not report, additions that are safe (a new type, directive or output
# field), is found here and reported as SAFE.

SEVERITY_ORDER = {"SAFE": 0, "DANGEROUS": 1, "BREAKING": 2}
_CHANGE_PATTERNS = [
    ("TYPE_REMOVED", re.compile(r"(?P<type>\w+) was removed\.")),
    ("TYPE_CHANGED_KIND", re.compile(r"(?P<type>\w+) changed from .+ to .+\.")),
    ("TYPE_REMOVED_FROM_UNION", re.compile(r"(?P<member>\w+) was removed from union type (?P<type>\w+)\.")),
    ("TYPE_ADDED_TO_UNION", re.compile(r"(?P<member>\w+) was added to union type (?P<type>\w+)\.")),
    ("VALUE_REMOVED_FROM_ENUM", re.compile(r"(?P<value>\w+) was removed from enum type (?P<type>\w+)\.")),
    ("VALUE_ADDED_TO_ENUM", re.compile(r"(?P<value>\w+) was added to enum type (?P<type>\w+)\.")),
    ("IMPLEMENTED_INTERFACE_REMOVED", re.compile(r"(?P<type>\w+) no longer implements interface (?P<interface>\w+)\.")),
    ("IMPLEMENTED_INTERFACE_ADDED",
     re.compile(r"(?P<interface>\w+) added to interfaces implemented by (?P<type>\w+)\.")),
    ("FIELD_REMOVED", re.compile(r"(?P<type>\w+)\.(?P<field>\w+) was removed\.")),
    ("FIELD_CHANGED_KIND", re.compile(r"(?P<type>\w+)\.(?P<field>\w+) changed type from .+ to .+\.")),
    ("REQUIRED_INPUT_FIELD_ADDED",
     re.compile(r"A required field (?P<field>\w+) on input type (?P<type>\w+) was added\.")),
    ("OPTIONAL_INPUT_FIELD_ADDED",
     re.compile(r"An optional field (?P<field>\w+) on input type (?P<type>\w+) was added\.")),
    ("ARG_REMOVED", re.compile(r"(?P<type>\w+)\.(?P<field>\w+) arg (?P<arg>\w+) was removed\.")),
    ("ARG_CHANGED_KIND", re.compile(r"(?P<type>\w+)\.(?P<field>\w+) arg (?P<arg>\w+) has changed type from .+")),
    ("ARG_DEFAULT_VALUE_CHANGE",
     re.compile(r"(?P<type>\w+)\.(?P<field>\w+) arg (?P<arg>\w+) has changed defaultValue from .+")),
    ("REQUIRED_ARG_ADDED", re.compile(r"A required arg (?P<arg>\w+) on (?P<type>\w+)\.(?P<field>\w+) was added\.")),
    ("OPTIONAL_ARG_ADDED", re.compile(r"An optional arg (?P<arg>\w+) on (?P<type>\w+)\.(?P<field>\w+) was added\.")),
    ("DIRECTIVE_REMOVED", re.compile(r"(?P<directive>\w+) was removed\.")),
    ("DIRECTIVE_ARG_REMOVED", re.compile(r"(?P<arg>\w+) was removed from (?P<directive>\w+)\.")),
    ("REQUIRED_DIRECTIVE_ARG_ADDED",
     re.compile(r"A required arg (?P<arg>\w+) on directive (?P<directive>\w+) was added\.")),
    ("DIRECTIVE_REPEATABLE_REMOVED", re.compile(r"Repeatable flag was removed from (?P<directive>\w+)\.")),
    ("DIRECTIVE_LOCATION_REMOVED", re.compile(r"(?P<location>\w+) was removed from (?P<directive>\w+)\.")),
]
_CHANGE_PATTERN = dict(_CHANGE_PATTERNS)


class GqlObject:
    """An object of a GraphQL type named by its class (union and interface members resolve by it)."""

    def __init__(self, **fields: Any):
        self.__dict__.update(fields)


_object_classes: dict[str, type] = {}


def gql_object(type_name: str, **fields: Any) -> GqlObject:
    cls = _object_classes.setdefault(type_name, type(type_name, (GqlObject,), {}))
    return cls(**fields)


def _kind_of(gql_type: Any) -> str:
    if isinstance(gql_type, GraphQLInterfaceType):
        return "InterfaceModifiedChange"
    if isinstance(gql_type, GraphQLInputObjectType):
        return "InputObjectModifiedChange"
    if isinstance(gql_type, GraphQLUnionType):
        return "UnionModifiedChange"
    if isinstance(gql_type, GraphQLEnumType):
        return "EnumModifiedChange"
    if isinstance(gql_type, GraphQLScalarType):
        return "ScalarModifiedChange"
    return "ObjectModifiedChange"


def schema_changes(old: GraphQLSchema, new: GraphQLSchema) -> list[GqlObject]:
    """The changes from old to new as SchemaChangeLogEntry objects, each with its severity."""
    entries: dict[str, GqlObject] = {}  # by coordinate, in the order first touched

    def entry(coordinate: str, type_name: str) -> GqlObject:
        if coordinate not in entries:
            entries[coordinate] = gql_object(type_name, coordinate=coordinate, severity="SAFE", changes=[])
        return entries[coordinate]

    def add(parent: GqlObject, change: GqlObject) -> None:
        parent.changes.append(change)
        if SEVERITY_ORDER[change.severity] > SEVERITY_ORDER[parent.severity]:
            parent.severity = change.severity

    def field_change(type_name: str, field: str, severity: str, change: GqlObject | None, *, inp: bool = False) -> None:
        gql_type = old.get_type(type_name) or new.get_type(type_name)
        parent = entry(type_name, _kind_of(gql_type))
        holder_type = "InputFieldChanged" if inp else "OutputFieldChanged"
        holder = next((c for c in parent.changes if type(c).__name__ == holder_type and c.fieldName == field), None)
        if holder is None:
            holder = gql_object(holder_type, coordinate=f"{type_name}.{field}", fieldName=field, severity="SAFE",
                                changes=[])
            add(parent, holder)
        if change is not None:
            add(holder, change)
            if SEVERITY_ORDER[change.severity] > SEVERITY_ORDER[parent.severity]:
                parent.severity = change.severity

    def type_str(schema: GraphQLSchema, type_name: str, field: str, arg: str | None = None) -> str:
        gql_type = schema.get_type(type_name)
        fields = getattr(gql_type, "fields", {}) or {}
        found = fields.get(field)
        if found is None:
            return ""
        if arg is not None:
            found = found.args.get(arg)
        return str(found.type) if found is not None else ""

    reported = [(c, "BREAKING") for c in find_breaking_changes(old, new)]
    reported += [(c, "DANGEROUS") for c in find_dangerous_changes(old, new)]
    for change, severity in reported:
        kind = change.type.name
        if change.description.startswith("Standard scalar "):
            continue  # Int, Float ... unused now: graphql-core drops them, no client can tell
        pattern = _CHANGE_PATTERN.get(kind)
        match = pattern.fullmatch(change.description) if pattern else None
        if match is None:  # a change type this emulator does not know: still reported
            add(entry(change.description, "TypeSystemMemberRemovedChange"), gql_object(
                "DescriptionChanged", severity=severity, old=change.description, new=None))
            continue
        g = match.groupdict()
        if kind in ("TYPE_REMOVED", "TYPE_CHANGED_KIND"):
            entries[g["type"]] = gql_object("TypeSystemMemberRemovedChange", coordinate=g["type"], severity=severity)
        elif kind == "DIRECTIVE_REMOVED":
            entries[f"@{g['directive']}"] = gql_object("TypeSystemMemberRemovedChange", coordinate=f"@{g['directive']}",
                                                       severity=severity)
        elif kind in ("TYPE_REMOVED_FROM_UNION", "TYPE_ADDED_TO_UNION"):
            member = "UnionMemberRemoved" if kind == "TYPE_REMOVED_FROM_UNION" else "UnionMemberAdded"
            add(entry(g["type"], "UnionModifiedChange"), gql_object(member, typeName=g["member"], severity=severity))
        elif kind in ("VALUE_REMOVED_FROM_ENUM", "VALUE_ADDED_TO_ENUM"):
            value = "EnumValueRemoved" if kind == "VALUE_REMOVED_FROM_ENUM" else "EnumValueAdded"
            add(entry(g["type"], "EnumModifiedChange"),
                gql_object(value, coordinate=f"{g['type']}.{g['value']}", severity=severity))
        elif kind in ("IMPLEMENTED_INTERFACE_REMOVED", "IMPLEMENTED_INTERFACE_ADDED"):
            name = "InterfaceImplementationRemoved" if kind.endswith("REMOVED") else "InterfaceImplementationAdded"
            gql_type = new.get_type(g["type"]) or old.get_type(g["type"])
            add(entry(g["type"], _kind_of(gql_type)), gql_object(name, interfaceName=g["interface"], severity=severity))
        elif kind == "FIELD_REMOVED":
            gql_type = old.get_type(g["type"])
            add(entry(g["type"], _kind_of(gql_type)), gql_object(
                "FieldRemovedChange", coordinate=f"{g['type']}.{g['field']}",
                typeName=type_str(old, g["type"], g["field"]), fieldName=g["field"], severity=severity))
        elif kind in ("REQUIRED_INPUT_FIELD_ADDED", "OPTIONAL_INPUT_FIELD_ADDED"):
            add(entry(g["type"], "InputObjectModifiedChange"), gql_object(
                "FieldAddedChange", coordinate=f"{g['type']}.{g['field']}",
                typeName=type_str(new, g["type"], g["field"]), fieldName=g["field"], severity=severity))
        elif kind == "FIELD_CHANGED_KIND":
            inp = isinstance(old.get_type(g["type"]), GraphQLInputObjectType)
            field_change(g["type"], g["field"], severity, gql_object(
                "TypeChanged", oldType=type_str(old, g["type"], g["field"]),
                newType=type_str(new, g["type"], g["field"]), severity=severity), inp=inp)
        elif kind in ("ARG_REMOVED", "REQUIRED_ARG_ADDED", "OPTIONAL_ARG_ADDED"):
            name = "ArgumentRemoved" if kind == "ARG_REMOVED" else "ArgumentAdded"
            schema = old if kind == "ARG_REMOVED" else new
            field_change(g["type"], g["field"], severity, gql_object(
                name, coordinate=f"{g['type']}.{g['field']}({g['arg']}:)", name=g["arg"], severity=severity,
                typeName=type_str(schema, g["type"], g["field"], g["arg"])))
        elif kind in ("ARG_CHANGED_KIND", "ARG_DEFAULT_VALUE_CHANGE"):
            sub = [gql_object("TypeChanged", oldType=type_str(old, g["type"], g["field"], g["arg"]),
                              newType=type_str(new, g["type"], g["field"], g["arg"]), severity=severity)] \
                if kind == "ARG_CHANGED_KIND" else []
            field_change(g["type"], g["field"], severity, gql_object(
                "ArgumentChanged", coordinate=f"{g['type']}.{g['field']}({g['arg']}:)", name=g["arg"],
                severity=severity, changes=sub))
        else:  # the directive's arguments, locations and repeatable flag
            parent = entry(f"@{g['directive']}", "DirectiveModifiedChange")
            directive = old.get_directive(g["directive"])
            if kind == "DIRECTIVE_ARG_REMOVED":
                arg = directive.args.get(g["arg"]) if directive else None
                add(parent, gql_object("ArgumentRemoved", coordinate=f"@{g['directive']}({g['arg']}:)", name=g["arg"],
                                       typeName=str(arg.type) if arg else "", severity=severity))
            elif kind == "REQUIRED_DIRECTIVE_ARG_ADDED":
                arg = new.get_directive(g["directive"]).args.get(g["arg"])
                add(parent, gql_object("ArgumentAdded", coordinate=f"@{g['directive']}({g['arg']}:)", name=g["arg"],
                                       typeName=str(arg.type) if arg else "", severity=severity))
            elif kind == "DIRECTIVE_LOCATION_REMOVED":
                add(parent, gql_object("DirectiveLocationRemoved", location=g["location"], severity=severity))
            else:
                parent.severity = severity
    # Safe additions, which graphql-core does not list.
    for name, gql_type in new.type_map.items():
        if name.startswith("__"):
            continue
        before = old.type_map.get(name)
        if before is None:
            entries.setdefault(name, gql_object("TypeSystemMemberAddedChange", coordinate=name, severity="SAFE"))
        elif isinstance(gql_type, (GraphQLObjectType, GraphQLInterfaceType)) and type(before) is type(gql_type):
            for field_name, field in gql_type.fields.items():
                if field_name not in before.fields:
                    add(entry(name, _kind_of(gql_type)), gql_object(
                        "FieldAddedChange", coordinate=f"{name}.{field_name}", typeName=str(field.type),
                        fieldName=field_name, severity="SAFE"))
    old_directives = {d.name for d in old.directives}
    for directive in new.directives:
        if directive.name not in old_directives:
            entries.setdefault(f"@{directive.name}", gql_object(
                "TypeSystemMemberAddedChange", coordinate=f"@{directive.name}", severity="SAFE"))
    return list(entries.values())


# --- The schema registry: versions, requests and their events --------------------------------
#
# validateSchema, publishSchema, validateClient and publishClient each make a request; its events
# are worked out at once (queued, ready, in progress, then the outcome), except that a request
# waiting for approval stops at WaitForApproval until the test hook approves (or rejects) it.  A
# subscription replays a request's events from the first, then waits for more until the last.

class UploadedFile:
    """A file of a multipart request, where the map puts it in the variables."""

    def __init__(self, name: str, filename: str | None, data: bytes):
        self.name, self.filename, self.data = name, filename, data

    def __repr__(self) -> str:
        return f"<Upload {self.filename!r}, {len(self.data)} bytes>"


def _parse_upload(value: Any) -> UploadedFile:
    if not isinstance(value, UploadedFile):
        raise GraphQLError("Upload value invalid: send the file as a part of a multipart request "
                           "(the GraphQL multipart request spec).")
    return value


def _parse_upload_literal(_node: Any, _variables: Any = None) -> UploadedFile:
    raise GraphQLError("Upload literal unsupported: an Upload is a variable set by a multipart request.")


TERMINAL_EVENTS = {"SchemaVersionPublishSuccess", "SchemaVersionPublishFailed", "SchemaVersionValidationSuccess",
                   "SchemaVersionValidationFailed", "ClientVersionPublishSuccess", "ClientVersionPublishFailed",
                   "ClientVersionValidationSuccess", "ClientVersionValidationFailed"}
# The subscription field of each kind of request.
SUBSCRIPTION_FIELDS = {
    "onSchemaVersionValidationUpdate": "schema-validation",
    "onSchemaVersionPublishingUpdate": "schema-publish",
    "onClientVersionValidationUpdate": "client-validation",
    "onClientVersionPublishingUpdate": "client-publish",
}


@dataclass
class ProcessingRequest:
    id: str
    kind: str  # a value of SUBSCRIPTION_FIELDS
    api_id: int
    stage: str
    tag: str | None
    events: list
    finish: Callable[[bool], list] | None = None  # while waiting for approval: approve (True) or reject
    answering: bool = False  # approved or rejected, its last events on their way


class Registry:
    """The requests of this run, in memory (a reset forgets them)."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.requests: dict[str, ProcessingRequest] = {}
        self.count = 0
        self.archives: dict[tuple[int, str], bytes] = {}  # the Fusion archive published to (API, stage)

    def reset(self) -> None:
        """Forgets every request; one still waiting for approval is rejected, so its streams end."""
        with self.changed:
            for request in list(self.requests.values()):
                if request.finish is not None:
                    request.finish, finish = None, request.finish
                    request.events.extend(finish(False))
            self.requests.clear()
            self.count = 0
            self.archives.clear()
            self.changed.notify_all()

    def add(self, kind: str, api_id: int, stage: str, tag: str | None, events: list,
            finish: Callable[[bool], list] | None) -> ProcessingRequest:
        with self.changed:
            self.count += 1
            request = ProcessingRequest(global_id("Request", self.count), kind, api_id, stage, tag, events, finish)
            self.requests[request.id] = request
            self.changed.notify_all()
            return request

    def waiting(self) -> list[ProcessingRequest]:
        with self.changed:
            return [r for r in self.requests.values() if r.finish is not None and not r.answering]

    def queue_position(self, api_id: int, stage: str) -> int:
        """1 + the requests of the same stage still waiting for approval."""
        return 1 + sum(1 for r in self.waiting() if r.api_id == api_id and r.stage == stage)

    def answer(self, request: ProcessingRequest, approve: bool) -> bool:
        """Approves or rejects a waiting request; False when it is not waiting.  Its last events are made
        outside this lock (approving publishes, under the store's lock, which mutations take first)."""
        with self.changed:
            if request.finish is None or request.answering:
                return False
            request.answering, finish = True, request.finish
        events = finish(approve)
        with self.changed:
            request.events.extend(events)
            request.finish = None
            self.changed.notify_all()
        return True


def _state_event(type_name: str, state: str) -> GqlObject:
    return gql_object(type_name, state=state)


def _queued_events(registry: Registry, api_id: int, stage: str) -> list[GqlObject]:
    return [gql_object("ProcessingTaskIsQueued", queuePosition=registry.queue_position(api_id, stage),
                       state="QUEUED"),
            _state_event("ProcessingTaskIsReady", "READY"),
            _state_event("OperationInProgress", "PROCESSING")]


_SOURCE_URL_FIELDS = {"github": ("repositoryUrl",), "azureDevOps": ("projectUrl", "repositoryUrl")}


def source_metadata_error(source: dict | None) -> dict | None:
    """InvalidSourceMetadataInputError for blank fields or URLs that are not absolute http(s) URLs."""
    if not source:
        return None
    [(system, fields)] = source.items()  # @oneOf: exactly one
    problems = []
    for name, value in fields.items():
        if isinstance(value, str) and not value.strip():
            problems.append(f"{system}.{name} must not be empty.")
    for name in _SOURCE_URL_FIELDS.get(system, ()):
        value = fields.get(name)
        if value is not None:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                problems.append(f"{system}.{name} must be an absolute http or https URL.")
    if not problems:
        return None
    return {"errors": [payload_error("InvalidSourceMetadataInputError",
                                     "The source metadata is not valid: " + " ".join(problems))]}


def _decoded_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def check_sdl(data: bytes) -> tuple[GraphQLSchema | None, list[GqlObject]]:
    """The schema an uploaded file defines, or the errors that stop it (syntax, operations, validity)."""
    text = _decoded_text(data)
    if text is None:
        return None, [gql_object("SchemaVersionSyntaxError", message="The schema file is not UTF-8 text.",
                                 line=1, column=1, position=0)]
    try:
        document = parse(text)
    except GraphQLError as error:
        location = (error.locations or [None])[0]
        return None, [gql_object("SchemaVersionSyntaxError", message=error.message,
                                 line=location.line if location else 1, column=location.column if location else 1,
                                 position=(error.positions or [0])[0])]
    if any(isinstance(d, (OperationDefinitionNode, FragmentDefinitionNode)) for d in document.definitions):
        return None, [gql_object("OperationsAreNotAllowedError",
                                 message="Operations are not allowed in a schema document.")]
    try:
        schema = build_ast_schema(document)
        problems = validate_schema(schema)
    except (GraphQLError, TypeError) as error:
        problems = [error if isinstance(error, GraphQLError) else GraphQLError(str(error))]
    if problems:
        return None, [gql_object(
            "InvalidGraphQLSchemaError", message="The schema is not valid.",
            errors=[gql_object("SchemaError", message=p.message, code="SCHEMA_INVALID") for p in problems])]
    return schema, []


def validate_operations(schema: GraphQLSchema, operations: dict[str, str]) -> list[tuple[str, list[dict]]]:
    """(hash, errors) for each document that does not validate against the schema."""
    failed = []
    for digest, text in operations.items():
        try:
            problems = validate(schema, parse(text))
        except GraphQLError as error:
            problems = [error]
        if problems:
            failed.append((digest, [gql_object(
                "PersistedQueryValidationEntryError", message=p.message, code=None, path=None,
                locations=[{"line": loc.line, "column": loc.column} for loc in p.locations or ()])
                for p in problems]))
    return failed


def persisted_query_error(client: sqlite3.Row, failed: list[tuple[str, list]],
                          tags_of: Callable[[str], list[str]]) -> GqlObject:
    queries = [gql_object("PersistedQueryError", hash=digest, deployedTags=tags_of(digest), errors=errors,
                          message=f"The operation {digest} is not valid against the schema.")
               for digest, errors in failed]
    return gql_object("PersistedQueryValidationError", client=_client(client), queries=queries,
                      message=f"There were errors on client {client['name']}.")


def read_operations_file(data: bytes) -> dict[str, str] | None:
    """The Relay-style file: a JSON object of document hashes (ids) to documents; None when it is not one."""
    text = _decoded_text(data)
    try:
        value = json.loads(text) if text is not None else None
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(isinstance(v, str) and k for k, v in value.items()):
        return None
    return value


@_mutation
def upload_schema(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    if ctx.store.schema_version_tagged(api["id"], input["tag"]) is not None:
        return {"errors": [payload_error("DuplicatedTagError",
                                         f"A schema version with the tag '{input['tag']}' already exists.")]}
    version = ctx.store.create_schema_version(api["id"], input["tag"], input["schema"].data)
    return {"schemaVersion": _schema_version(version)}


def _stage_of(ctx: RequestContext, api: sqlite3.Row, name: str) -> sqlite3.Row | None:
    return ctx.store.stage_named(api["id"], name)


def _published_client_errors(ctx: RequestContext, stage_id: int, schema: GraphQLSchema) -> list[GqlObject]:
    """PersistedQueryValidationError for each client with published operations the schema breaks."""
    store, errors, by_client = ctx.store, [], {}
    for version in store.published_client_versions(stage_id):
        by_client.setdefault(version["client_id"], []).append(version)
    for client_id, versions in by_client.items():
        operations, tags = {}, {}
        for version in versions:
            for digest, text in json.loads(version["operations"]).items():
                operations[digest] = text
                tags.setdefault(digest, []).append(version["tag"])
        failed = validate_operations(schema, operations)
        if failed:
            errors.append(persisted_query_error(store.client(client_id), failed, lambda d: tags[d]))
    return errors


def _schema_outcome(ctx: RequestContext, api: sqlite3.Row, stage: sqlite3.Row, sdl: bytes,
                    ) -> tuple[list[GqlObject], list[GqlObject], list[GqlObject]]:
    """(fatal errors, errors that force or an approval can override, every change)."""
    schema, fatal = check_sdl(sdl)
    if fatal:
        return fatal, [], []
    current = ctx.store.published_schema(stage["id"])
    changes = schema_changes(check_sdl(current["sdl"])[0], schema) if current is not None else []
    blocking = {"BREAKING"} | ({"DANGEROUS"} if api["treat_dangerous_as_breaking"] else set())
    overridable = []
    if not api["allow_breaking_schema_changes"] and any(c.severity in blocking for c in changes):
        overridable.append(gql_object("SchemaVersionChangeViolationError", changes=changes,
                                      message="The schema has breaking changes."))
    overridable += _published_client_errors(ctx, stage["id"], schema)
    return [], overridable, changes


def _deployment_errors(errors: list[GqlObject]) -> list[GqlObject]:
    """WaitForApproval's SchemaDeployment names the change violation SchemaChangeViolationError."""
    return [gql_object("SchemaChangeViolationError", message=e.message, changes=e.changes)
            if type(e).__name__ == "SchemaVersionChangeViolationError" else e for e in errors]


def _after_stage_error(ctx: RequestContext, stage: sqlite3.Row, published: Callable[[int], bool],
                       what: str) -> list[GqlObject]:
    """A stage after another takes only what that stage has (had) published."""
    if stage["after_stage"] is None:
        return []
    before = ctx.store.stage_named(stage["api_id"], stage["after_stage"])
    if before is None or published(before["id"]):
        return []
    return [gql_object("UnexpectedProcessingError",
                       message=f"{what} has not been published to the stage '{before['name']}', which comes before "
                               f"'{stage['name']}'.")]


def _publish_events(ctx: RequestContext, kind: str, api_id: int, stage: sqlite3.Row, fatal: list, overridable: list,
                    force: bool, wait: bool, publish: Callable[[], None], success: str, failed: str,
                    deployment: str) -> tuple[list, Callable[[bool], list] | None]:
    """The events of a publish request and, when it waits for approval, what approving or rejecting adds."""
    registry: Registry = ctx.registry
    events = _queued_events(registry, api_id, stage["name"])
    if fatal or (overridable and not force and not wait):
        return events + [gql_object(failed, state="FAILED", errors=fatal or overridable)], None
    if (overridable and not force) or stage["needs_approval"]:
        shown = [] if force else overridable
        errors = _deployment_errors(shown) if deployment == "SchemaDeployment" else shown
        events.append(gql_object("WaitForApproval", state="WAITING_FOR_APPROVAL",
                                 deployment=gql_object(deployment, errors=errors)))

        def finish(approved: bool) -> list:
            if not approved:
                return [gql_object(failed, state="FAILED", errors=[gql_object(
                    "UnexpectedProcessingError", message="The request was rejected.")])]
            with ctx.store.lock:
                publish()
            return [_state_event("ProcessingTaskApproved", "APPROVED"), _state_event(success, "SUCCESS")]

        return events, finish
    publish()
    return events + [_state_event(success, "SUCCESS")], None


@_mutation
def validate_schema_version(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    stage = _stage_of(ctx, api, input["stage"])
    if stage is None:
        return _stage_not_found(input["stage"])
    fatal, overridable, changes = _schema_outcome(ctx, api, stage, input["schema"].data)
    events = [_state_event("OperationInProgress", "PROCESSING"), _state_event("ValidationInProgress", "PROCESSING")]
    if fatal or overridable:
        events.append(gql_object("SchemaVersionValidationFailed", state="FAILED", errors=fatal or overridable))
    else:
        events.append(gql_object("SchemaVersionValidationSuccess", state="SUCCESS", changes=changes))
    request = ctx.registry.add("schema-validation", api["id"], stage["name"], None, events, None)
    return {"id": request.id}


@_mutation
def publish_schema(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    stage = _stage_of(ctx, api, input["stage"])
    if stage is None:
        return _stage_not_found(input["stage"])
    version = ctx.store.schema_version_tagged(api["id"], input["tag"])
    if version is None:
        return {"errors": [payload_error("SchemaNotFoundError",
                                         f"The schema version '{input['tag']}' was not found.",
                                         apiId=input["apiId"], tag=input["tag"])]}
    fatal, overridable, _changes = _schema_outcome(ctx, api, stage, version["sdl"])
    fatal += _after_stage_error(ctx, stage, lambda before: ctx.store.ever_published_schema(before, version["id"]),
                                f"The schema version '{input['tag']}'")
    store = ctx.store
    events, finish = _publish_events(
        ctx, "schema-publish", api["id"], stage, fatal, overridable, bool(input.get("force")),
        bool(input.get("waitForApproval")), lambda: store.publish_schema_version(stage["id"], version["id"]),
        "SchemaVersionPublishSuccess", "SchemaVersionPublishFailed", "SchemaDeployment")
    request = ctx.registry.add("schema-publish", api["id"], stage["name"], input["tag"], events, finish)
    return {"id": request.id}


def _client_operations_errors(ctx: RequestContext, client: sqlite3.Row, stage: sqlite3.Row,
                              operations: dict[str, str], tag: str | None) -> tuple[list, list]:
    """(fatal, overridable) of client operations against the stage's schema."""
    current = ctx.store.published_schema(stage["id"])
    if current is None:
        return [gql_object("UnexpectedProcessingError",
                           message=f"No schema is published to the stage '{stage['name']}'.")], []
    failed = validate_operations(check_sdl(current["sdl"])[0], operations)
    if not failed:
        return [], []
    return [], [persisted_query_error(client, failed, lambda _digest: [tag] if tag else [])]


@_mutation
def upload_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    client, _api_row, refused = _client_for_change(ctx, input["clientId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    operations = read_operations_file(input["operations"].data)
    if operations is None:
        raise GraphQLError("The operations file is not a JSON object of document ids to documents.",
                           extensions={"code": "INVALID_OPERATIONS_FILE"})
    if ctx.store.client_version_tagged(client["id"], input["tag"]) is not None:
        return {"errors": [payload_error("DuplicatedTagError",
                                         f"A client version with the tag '{input['tag']}' already exists.")]}
    return {"clientVersion": _client_version(ctx.store.create_client_version(client["id"], input["tag"], operations))}


@_mutation
def validate_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    client, api, refused = _client_for_change(ctx, input["clientId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    stage = _stage_of(ctx, api, input["stage"])
    if stage is None:
        return _stage_not_found(input["stage"])
    operations = read_operations_file(input["operations"].data)
    events = [_state_event("OperationInProgress", "PROCESSING"), _state_event("ValidationInProgress", "PROCESSING")]
    if operations is None:
        fatal, overridable = [gql_object("UnexpectedProcessingError", message=(
            "The operations file is not a JSON object of document ids to documents."))], []
    else:
        fatal, overridable = _client_operations_errors(ctx, client, stage, operations, None)
    if fatal or overridable:
        events.append(gql_object("ClientVersionValidationFailed", state="FAILED", errors=fatal or overridable))
    else:
        events.append(_state_event("ClientVersionValidationSuccess", "SUCCESS"))
    request = ctx.registry.add("client-validation", api["id"], stage["name"], None, events, None)
    return {"id": request.id}


def _client_version_not_found(client_id: str, tag: str) -> dict:
    return {"errors": [payload_error("ClientVersionNotFoundError", f"The client version '{tag}' was not found.",
                                     clientId=client_id, tag=tag)]}


@_mutation
def publish_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    client, api, refused = _client_for_change(ctx, input["clientId"])
    if refused:
        return refused
    if refused := source_metadata_error(input.get("source")):
        return refused
    stage = _stage_of(ctx, api, input["stage"])
    if stage is None:
        return _stage_not_found(input["stage"])
    version = ctx.store.client_version_tagged(client["id"], input["tag"])
    if version is None:
        return _client_version_not_found(input["clientId"], input["tag"])
    fatal, overridable = _client_operations_errors(ctx, client, stage, json.loads(version["operations"]),
                                                   input["tag"])
    fatal += _after_stage_error(ctx, stage, lambda before: ctx.store.ever_published_client(before, version["id"]),
                                f"The client version '{input['tag']}'")
    store = ctx.store
    events, finish = _publish_events(
        ctx, "client-publish", api["id"], stage, fatal, overridable, bool(input.get("force")),
        bool(input.get("waitForApproval")), lambda: store.publish_client_version(stage["id"], version["id"]),
        "ClientVersionPublishSuccess", "ClientVersionPublishFailed", "ClientDeployment")
    request = ctx.registry.add("client-publish", api["id"], stage["name"], input["tag"], events, finish)
    return {"id": request.id}


@_mutation
def unpublish_client(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    client, api, refused = _client_for_change(ctx, input["clientId"])
    if refused:
        return refused
    stage = _stage_of(ctx, api, input["stage"])
    if stage is None:
        return _stage_not_found(input["stage"])
    version = ctx.store.client_version_tagged(client["id"], input["tag"])
    if version is None or not ctx.store.unpublish_client_version(stage["id"], version["id"]):
        return _client_version_not_found(input["clientId"], input["tag"])
    return {"clientVersion": _client_version(version)}


def resolve_subscription_event(event: Any, _info: Any, requestId: str) -> Any:  # noqa: N803
    """A subscription's field is the event itself (the root value of each execution)."""
    return event



# --- The rest of the tree: OpenAPI and MCP collections, mocks (made, listed, deleted) ----------


@dataclass
class OpenApiCollection:
    id: str
    name: str


@dataclass
class McpFeatureCollection:
    id: str
    name: str


COLLECTION_KINDS = {"OpenApiCollection": OpenApiCollection, "McpFeatureCollection": McpFeatureCollection}


def _collection(row: sqlite3.Row) -> Any:
    return COLLECTION_KINDS[row["kind"]](global_id(row["kind"], row["id"]), row["name"])


MOCK_HOST = "https://mocks.nitro.local"  # where a mock would be served; the emulator does not serve mocks


def _mock_schema(store: Store, row: sqlite3.Row) -> GqlObject:
    def user(key: int | None) -> dict | None:
        found = store.user(key) if key is not None else None
        return {"username": found["email"]} if found else None

    mock_id = global_id("MockSchema", row["id"])
    return gql_object("MockSchema", id=mock_id, name=row["name"], downstreamUrl=row["downstream_url"],
                      url=f"{MOCK_HOST}/{mock_id}/graphql", createdAt=ms_to_datetime(row["created_at"]),
                      createdBy=user(row["created_by"]),
                      modifiedAt=row["modified_at"] and ms_to_datetime(row["modified_at"]),
                      modifiedBy=user(row["modified_by"]))


def _readable_collection(ctx: RequestContext, kind: str, key: int) -> Any:
    row = ctx.store.collection(key, kind)
    return row and _readable_api(ctx, row["api_id"]) and _collection(row)


def _readable_mock(ctx: RequestContext, key: int) -> GqlObject | None:
    row = ctx.store.mock_schema(key)
    return row and _readable_api(ctx, row["api_id"]) and _mock_schema(ctx.store, row)


def resolve_api_openapi_collections(api: Api, info: Any, **args: Any) -> dict:
    return _connection(info, "openapi_collections", row_key(api.id, "Api"), _collection, **args)


def resolve_api_mcp_collections(api: Api, info: Any, **args: Any) -> dict:
    return _connection(info, "mcp_collections", row_key(api.id, "Api"), _collection, **args)


def resolve_api_mock_schemas(api: Api, info: Any, **args: Any) -> dict:
    store = info.context.store
    return _connection(info, "mock_schemas", row_key(api.id, "Api"), lambda row: _mock_schema(store, row), **args)


def _create_collection(kind: str, field: str) -> Callable:
    @_mutation
    def create(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
        api, refused = _api_for_change(ctx, input["apiId"])
        if refused:
            return refused
        if not input["name"].strip():
            raise GraphQLError("The name must not be empty.", extensions={"code": "VALIDATION_ERROR"})
        return {field: _collection(ctx.store.create_collection(kind, api["id"], input["name"]))}

    return create


def _delete_collection(kind: str, field: str, id_field: str) -> Callable:
    @_mutation
    def delete(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
        given = input[id_field]
        key = row_key(given, kind)
        row = None if key is None else ctx.store.collection(key, kind)
        label = "OpenAPI collection" if kind == "OpenApiCollection" else "MCP feature collection"
        not_found = {"errors": [payload_error(f"{kind}NotFoundError", f"The {label} with ID '{given}' was not found.",
                                              **{id_field: given})]}
        if row is None:
            return not_found
        _api_row, refused = _api_for_change(ctx, global_id("Api", row["api_id"]))
        if refused:
            return not_found if refused["errors"][0].__class__.__name__ == "ApiNotFoundError" else refused
        ctx.store.delete_collection(row["id"])
        return {field: _collection(row)}

    return delete


def _mock_fields(input: dict) -> tuple[dict, list[str]]:  # noqa: A002
    """The columns an input sets, and what is wrong with them."""
    fields, problems = {}, []
    if input.get("name") is not None:
        fields["name"] = input["name"]
        if not input["name"].strip():
            problems.append("The name must not be empty.")
    if input.get("downstreamUrl") is not None:
        fields["downstream_url"] = input["downstreamUrl"]
        parts = urlsplit(input["downstreamUrl"])
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problems.append("The downstream URL must be an absolute http or https URL.")
    for name, column, label in (("baseSchemaFile", "base_schema", "base schema"),
                                ("extensionsSchemaFile", "extension_schema", "extension")):
        if input.get(name) is not None:
            fields[column] = input[name].data
            text = _decoded_text(input[name].data)
            try:
                parse(text) if text is not None else None
            except GraphQLError as error:
                problems.append(f"The {label} file is not valid GraphQL: {error.message}")
            if text is None:
                problems.append(f"The {label} file is not UTF-8 text.")
    return fields, problems


def _mock_name_taken(name: str) -> dict:
    return {"errors": [payload_error("MockSchemaNonUniqueNameError", f"A mock schema named '{name}' already exists.",
                                     name=name)]}


@_mutation
def create_mock_schema(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    api, refused = _api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    fields, problems = _mock_fields(input)
    if problems:
        return {"errors": [validation_error(problems)]}
    if ctx.store.mock_named(api["id"], input["name"]) is not None:
        return _mock_name_taken(input["name"])
    row = ctx.store.save_mock_schema(None, api["id"], fields, ctx.caller.user_id)
    return {"mockSchema": _mock_schema(ctx.store, row)}


@_mutation
def update_mock_schema(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    key = row_key(input["id"], "MockSchema")
    row = None if key is None else ctx.store.mock_schema(key)
    not_found = {"errors": [payload_error("MockSchemaNotFoundError",
                                          f"The mock schema with ID '{input['id']}' was not found.")]}
    if row is None:
        return not_found
    _api_row, refused = _api_for_change(ctx, global_id("Api", row["api_id"]))
    if refused:
        return not_found if refused["errors"][0].__class__.__name__ == "ApiNotFoundError" else refused
    fields, problems = _mock_fields(input)
    if problems:
        return {"errors": [validation_error(problems)]}
    other = ctx.store.mock_named(row["api_id"], fields["name"]) if "name" in fields else None
    if other is not None and other["id"] != row["id"]:
        return _mock_name_taken(fields["name"])
    return {"mockSchema": _mock_schema(ctx.store, ctx.store.save_mock_schema(row["id"], row["api_id"], fields,
                                                                             ctx.caller.user_id))}


RESOLVERS: dict[tuple[str, str], Callable[..., Any]] = {
    ("Query", "me"): resolve_me,
    ("Query", "currentApiKey"): lambda _root, info: _identity.current_api_key(info.context, global_id, _workspace,
                                                                              _api),
    ("Query", "node"): resolve_node,
    ("Query", "workspaceById"): resolve_workspace_by_id,
    ("Query", "apiById"): resolve_api_by_id,
    ("Viewer", "user"): resolve_viewer_user,
    ("Viewer", "activeWorkspace"): resolve_viewer_active_workspace,
    ("Viewer", "personalAccessTokens"): resolve_viewer_tokens,
    ("Viewer", "workspaces"): resolve_viewer_workspaces,
    ("Workspace", "apiKeys"): resolve_workspace_api_keys,
    ("Workspace", "apis"): resolve_workspace_apis,
    ("ApiKey", "workspace"): resolve_owner_workspace,
    ("Api", "workspace"): resolve_owner_workspace,
    ("Mutation", "createPersonalAccessToken"): create_personal_access_token,
    ("Mutation", "revokePersonalAccessToken"): revoke_personal_access_token,
    ("Mutation", "createApiKey"): create_api_key,
    ("Mutation", "deleteApiKey"): delete_api_key,
    ("Mutation", "createWorkspace"): create_workspace,
    ("Mutation", "deleteApiById"): delete_api_by_id,
    ("Mutation", "pushWorkspaceChanges"): push_workspace_changes,
    ("Workspace", "environments"): resolve_workspace_environments,
    ("Environment", "workspace"): resolve_owner_workspace,
    ("Api", "stages"): resolve_api_stages,
    ("Api", "clients"): resolve_api_clients,
    ("Stage", "conditions"): resolve_stage_conditions,
    ("Stage", "publishedSchema"): resolve_stage_published_schema,
    ("Stage", "publishedClients"): resolve_stage_published_clients,
    ("Client", "api"): resolve_client_api,
    ("Client", "versions"): resolve_client_versions,
    ("ClientVersion", "client"): resolve_client_version_client,
    ("ClientVersion", "publishedTo"): resolve_client_version_published_to,
    ("Mutation", "updateStages"): update_stages,
    ("Mutation", "forceDeleteStageByApiId"): force_delete_stage,
    ("Mutation", "createClient"): create_client,
    ("Mutation", "deleteClientById"): delete_client,
    ("Mutation", "uploadSchema"): upload_schema,
    ("Mutation", "validateSchema"): validate_schema_version,
    ("Mutation", "publishSchema"): publish_schema,
    ("Mutation", "uploadClient"): upload_client,
    ("Mutation", "validateClient"): validate_client,
    ("Mutation", "publishClient"): publish_client,
    ("Mutation", "unpublishClient"): unpublish_client,
    **{("Subscription", field): resolve_subscription_event for field in SUBSCRIPTION_FIELDS},
    ("Api", "openApiCollections"): resolve_api_openapi_collections,
    ("Api", "mcpFeatureCollections"): resolve_api_mcp_collections,
    ("Api", "mockSchemas"): resolve_api_mock_schemas,
    ("Mutation", "createOpenApiCollection"): _create_collection("OpenApiCollection", "openApiCollection"),
    ("Mutation", "deleteOpenApiCollectionById"): _delete_collection("OpenApiCollection", "openApiCollection",
                                                                    "openApiCollectionId"),
    ("Mutation", "createMcpFeatureCollection"): _create_collection("McpFeatureCollection", "mcpFeatureCollection"),
    ("Mutation", "deleteMcpFeatureCollectionById"): _delete_collection("McpFeatureCollection", "mcpFeatureCollection",
                                                                       "mcpFeatureCollectionId"),
    ("Mutation", "createMockSchema"): create_mock_schema,
    ("Mutation", "updateMockSchema"): update_mock_schema,
}

# Modules of their own beside this file (the mocks' files, the schema's usage analytics, Fusion publishing), given
# this one's helpers.
import analytics  # noqa: E402
import fusion  # noqa: E402
import mocks  # noqa: E402

EXTENSIONS = (analytics, fusion, mocks)
for _extension in EXTENSIONS:
    _extension.install(sys.modules[__name__])


def _resolve_type_by_class(value: Any, _info: Any, _abstract_type: Any) -> str:
    return type(value).__name__


def _parse_version(value: Any) -> str:
    """Version values are opaque strings (the `after` cursor of Workspace.apis)."""
    if not isinstance(value, str):
        raise GraphQLError(f"Version cannot represent {value!r}: it must be a string.")
    return value


def _parse_version_literal(node: Any, _variables: Any = None) -> str:
    if not isinstance(node, StringValueNode):
        raise GraphQLError("Version must be a string.")
    return node.value


def build_graphql_schema(path: Path = SCHEMA_PATH) -> GraphQLSchema:
    """spec/schema.graphql with the resolvers attached; fails loudly if they drift apart."""
    schema = build_schema(path.read_text(encoding="utf-8"))
    for (type_name, field_name), resolver in RESOLVERS.items():
        gql_type = schema.get_type(type_name)
        if not isinstance(gql_type, GraphQLObjectType) or field_name not in gql_type.fields:
            raise EmulatorError(f"{path}: the emulator resolves {type_name}.{field_name}, which is missing")
        gql_type.fields[field_name].resolve = resolver
    for gql_type in schema.type_map.values():
        if isinstance(gql_type, (GraphQLUnionType, GraphQLInterfaceType)):
            gql_type.resolve_type = _resolve_type_by_class
        elif isinstance(gql_type, GraphQLInputObjectType) and gql_type.ast_node is not None and any(
                directive.name.value == "oneOf" for directive in gql_type.ast_node.directives or ()):
            gql_type.extensions = {**gql_type.extensions, ONE_OF: True}
            gql_type.is_one_of = False  # see "@oneOf" below: the emulator checks these itself
    date_time = schema.get_type("DateTime")
    date_time.serialize = _serialize_datetime
    date_time.parse_value = parse_datetime
    date_time.parse_literal = _parse_datetime_literal
    version = schema.get_type("Version")
    version.parse_value = _parse_version
    version.parse_literal = _parse_version_literal
    upload = schema.get_type("Upload")
    upload.parse_value = _parse_upload
    upload.parse_literal = _parse_upload_literal
    return schema


def error_type_names(schema: GraphQLSchema) -> set[str]:
    error = schema.get_type("Error")
    return {t.name for t in schema.get_possible_types(error)}


# --- @oneOf ------------------------------------------------------------------------------
#
# Hot Chocolate checks @oneOf input objects in the document's literals (validation) and in
# variables (coercion), with the codes HC0054 to HC0057.  Newer graphql-core 3.2 releases
# check them too, with other messages and no codes, and older ones not at all; so
# build_graphql_schema marks these types with ONE_OF, turns graphql-core's check off, and
# the emulator checks them itself, the same on every graphql-core 3.2.

ONE_OF = "oneOf"  # key in the extensions of a @oneOf input object type
ONE_OF_RULE = ("OneOf Input Objects are a special variant of Input Objects where the type system asserts that "
               "exactly one of the fields must be set and non-null.")


def is_one_of(gql_type: Any) -> bool:
    return isinstance(gql_type, GraphQLInputObjectType) and gql_type.extensions.get(ONE_OF) is True


def one_of_violation(type_name: str, fields: dict[str, bool]) -> tuple[str, str] | None:
    """(code, message) when a @oneOf value does not set exactly one field to a non-null
    value; `fields` maps each field given to whether its value is null."""
    if not fields:
        return "HC0054", (f"The OneOf Input Object `{type_name}` requires that exactly one field is supplied and "
                          f"that field must not be `null`. {ONE_OF_RULE}")
    if len(fields) > 1:
        return "HC0055", f"More than one field of the OneOf Input Object `{type_name}` is set. {ONE_OF_RULE}"
    [(name, is_null)] = fields.items()
    if is_null:
        return "HC0056", f"`null` was set to the field `{name}` of the OneOf Input Object `{type_name}`. {ONE_OF_RULE}"
    return None


class OneOfLiteralRule(ValidationRule):
    """@oneOf in literals.  A variable as the one field must be of a non-null type (HC0057),
    since a null variable would leave no field set."""

    def __init__(self, context: Any):
        super().__init__(context)
        self.variables: dict[str, Any] = {}

    def enter_operation_definition(self, node: OperationDefinitionNode, *_args: Any) -> None:
        self.variables = {d.variable.name.value: d for d in node.variable_definitions or ()}

    def enter_object_value(self, node: ObjectValueNode, *_args: Any) -> None:
        gql_type = get_named_type(self.context.get_input_type())
        if not is_one_of(gql_type):
            return
        violation = one_of_violation(gql_type.name,
                                     {f.name.value: isinstance(f.value, NullValueNode) for f in node.fields})
        if violation is None and isinstance(node.fields[0].value, VariableNode):
            name = node.fields[0].value.name.value
            definition = self.variables.get(name)
            if definition is not None and not isinstance(definition.type, NonNullTypeNode):
                violation = "HC0057", (f"The variable `${name}` of the field `{node.fields[0].name.value}` of the "
                                       f"OneOf Input Object `{gql_type.name}` must be of a non-null type.")
        if violation is not None:
            self.report_error(GraphQLError(violation[1], node, extensions={"code": violation[0]}))


VALIDATION_RULES = [*specified_rules, OneOfLiteralRule]


def one_of_variable_errors(schema: GraphQLSchema, operation: OperationDefinitionNode,
                           values: dict[str, Any]) -> list[GraphQLError]:
    """@oneOf in the coerced variable values; an error names the variable's definition."""
    errors: list[GraphQLError] = []

    def check(gql_type: Any, value: Any, node: Any) -> None:
        if isinstance(gql_type, GraphQLNonNull):
            gql_type = gql_type.of_type
        if value is None:
            return
        if isinstance(gql_type, GraphQLList):
            for item in value:
                check(gql_type.of_type, item, node)
        elif isinstance(gql_type, GraphQLInputObjectType):
            if is_one_of(gql_type):
                violation = one_of_violation(gql_type.name, {name: v is None for name, v in value.items()})
                if violation is not None:
                    errors.append(GraphQLError(violation[1], node, extensions={"code": violation[0]}))
            for name, item in value.items():
                check(gql_type.fields[name].type, item, node)

    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if name in values:
            check(type_from_ast(schema, definition.type), values[name], definition)
    return errors


# --- Faults --------------------------------------------------------------------------

# Mode -> {parameter: (type, default)}.
FAULT_PARAMETERS: dict[str, dict[str, tuple[type, Any]]] = {
    "slow": {"delayMs": (int, 1000)},
    "http_status": {"status": (int, 500), "retryAfter": (int, None), "body": (str, "text"), "message": (str, None),
                    "code": (str, None)},
    "malformed_json": {},
    "truncated_json": {},
    "drop_connection": {},
    "payload_error": {"type": (str, "UnauthorizedOperation"), "message": (str, None)},
    "null_payload": {},
    "graphql_error": {"message": (str, "Unexpected Execution Error"),
                      "code": (str, "UNEXPECTED_EXECUTION_ERROR")},
    "auth_error": {"code": (str, "AUTH_NOT_AUTHENTICATED")},
    "unknown_typename": {"typename": (str, "FutureError"), "type": (str, "UnauthorizedOperation"),
                         "message": (str, None)},
}
# Modes acting on a mutation's payload; they match mutations only.
PAYLOAD_MODES = {"payload_error", "null_payload", "unknown_typename"}


@dataclass
class Fault:
    mode: str
    params: dict[str, Any]
    count: int | None = None  # requests left to affect; None = until cleared
    operation: str | None = None  # only requests with this operationName

    def to_json(self) -> dict:
        # Optional parameters left unset are not listed (a 400's GraphQL message and code).
        params = {k: v for k, v in self.params.items() if v is not None or k not in ("message", "code")
                  or self.mode != "http_status"}
        return {"mode": self.mode, "count": self.count, "operation": self.operation, **params}


def make_fault(mode: Any, params: dict[str, Any], error_types: set[str],
               count: Any = None, operation: Any = None) -> Fault:
    """Checks a fault description; raises ValueError with a message for the caller."""
    if mode not in FAULT_PARAMETERS:
        raise ValueError(f"unknown mode {mode!r}; known: {', '.join(FAULT_PARAMETERS)}")
    spec = FAULT_PARAMETERS[mode]
    unknown = set(params) - set(spec)
    if unknown:
        raise ValueError(f"mode {mode} takes no parameter {', '.join(sorted(unknown))}")
    values = {}
    for name, (kind, default) in spec.items():
        value = params.get(name, default)
        if value is not None and kind is int:
            try:
                value = int(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
            except ValueError:
                value = None
            if value is None or value < 0:
                raise ValueError(f"{name} must be a non-negative integer")
        elif value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
        values[name] = value
    if mode == "http_status" and not 200 <= values["status"] <= 599:
        raise ValueError("status must be between 200 and 599")
    if mode == "http_status" and values["body"] not in ("text", "json"):
        raise ValueError("body must be text or json")
    if mode == "auth_error" and values["code"] not in ("AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHORIZED"):
        raise ValueError("code must be AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED")
    if mode in ("payload_error", "unknown_typename") and values["type"] not in error_types:
        raise ValueError(f"type must be one of {', '.join(sorted(error_types))}")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise ValueError("count must be a positive integer")
    if operation is not None and not isinstance(operation, str):
        raise ValueError("operation must be a string")
    return Fault(mode, values, count, operation)


def parse_fault_header(value: str, error_types: set[str]) -> Fault:
    """X-Emulator-Fault: <mode>[;param=value...] for one request."""
    mode, *pairs = [part.strip() for part in value.split(";")]
    params = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise ValueError(f"expected param=value, got {pair!r}")
        params[name.strip()] = raw.strip()
    return make_fault(mode, params, error_types)


class FaultBook:
    """The faults set through the admin API, matched in the order they were added."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def to_json(self) -> list[dict]:
        with self._lock:
            return [fault.to_json() for fault in self._faults]

    def take(self, operation_name: str | None, is_mutation: bool) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.operation is not None and fault.operation != operation_name:
                    continue
                if fault.mode in PAYLOAD_MODES and not is_mutation:
                    continue
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                return fault
        return None


# --- HTTP ----------------------------------------------------------------------------

DROP_CONNECTION = "nitro_emulator.drop_connection"  # environ flag read by KeepAliveHandler


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class GraphQLRequest:
    query: str
    operation_name: str | None
    variables: dict | None
    document: DocumentNode | None = None
    syntax_error: GraphQLError | None = None
    operation_type: OperationType | None = None
    resolved_name: str | None = None  # the selected operation's name, also without operationName


def _decode_json(body: bytes) -> Any:
    """The parsed body, or BadRequest; the text must be UTF-8 JSON."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadRequest(f"The request body is not valid JSON: {exc}.") from None


# Clients send the same few documents again and again (a paging loop sends one
# document thousands of times). Parsing and validating a text against the
# schema always gives the same answer, so both are cached by the text: every
# request is still checked, in microseconds instead of milliseconds.
@functools.lru_cache(maxsize=64)
def parse_document(query: str) -> DocumentNode:
    return parse(query)


@functools.lru_cache(maxsize=64)
def validate_document(schema: GraphQLSchema, query: str) -> list[GraphQLError]:
    return validate(schema, parse_document(query), VALIDATION_RULES)


def read_graphql_request(request: Request, parsed: Any) -> GraphQLRequest:
    """The well-formed GraphQL-over-HTTP request, or BadRequest (always a 4xx)."""
    if request.mimetype not in (APPLICATION_JSON, MULTIPART_FORM_DATA):
        raise BadRequest("The Content-Type must be application/json.", 415)
    if isinstance(parsed, BadRequest):
        raise parsed
    if not isinstance(parsed, dict):
        raise BadRequest("The request body must be a JSON object.")
    query, name, variables = parsed.get("query"), parsed.get("operationName"), parsed.get("variables")
    if not isinstance(query, str):
        raise BadRequest("The request needs a query string.")
    if name is not None and not isinstance(name, str):
        raise BadRequest("operationName must be a string or null.")
    if variables is not None and not isinstance(variables, dict):
        raise BadRequest("variables must be an object or null.")
    if not isinstance(parsed.get("extensions", {}), (dict, type(None))):
        raise BadRequest("extensions must be an object or null.")
    gql = GraphQLRequest(query, name, variables)
    try:
        gql.document = parse_document(query)
    except GraphQLError as error:
        gql.syntax_error = error
    else:
        operation = get_operation_ast(gql.document, name)
        if operation is not None:
            gql.operation_type = operation.operation
            gql.resolved_name = operation.name.value if operation.name else None
    return gql


def response_media_type(request: Request) -> str:
    """application/graphql-response+json when Accept ranks it at least as high as
    application/json; application/json otherwise (also without an Accept header)."""
    preferred = json_quality = 0.0
    for value, quality in request.accept_mimetypes:
        if value == GRAPHQL_RESPONSE_JSON:
            preferred = max(preferred, quality)
        elif value in (APPLICATION_JSON, "application/*", "*/*"):
            json_quality = max(json_quality, quality)
    return GRAPHQL_RESPONSE_JSON if preferred > 0 and preferred >= json_quality else APPLICATION_JSON


def json_response(value: Any, status: int = 200, media_type: str = APPLICATION_JSON,
                  headers: dict | None = None) -> Response:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status=status, headers=headers, content_type=f"{media_type}; charset=utf-8")


def text_response(text: str, status: int = 200, headers: dict | None = None) -> Response:
    return Response(text, status=status, headers=headers, content_type="text/plain; charset=utf-8")


def graphql_response(value: dict, media_type: str, status_for_graphql_response_json: int = 200) -> Response:
    """application/json answers 200 to every well-formed request (GraphQL-over-HTTP)."""
    status = status_for_graphql_response_json if media_type == GRAPHQL_RESPONSE_JSON else 200
    # RFC 9110: a 401 names the schemes that would be accepted.
    headers = {"WWW-Authenticate": 'Bearer realm="nitro"'} if status == 401 else None
    return json_response(value, status, media_type, headers)


def auth_error_response(code: str, media_type: str) -> Response:
    message, status = ((NOT_AUTHENTICATED, 401) if code == "AUTH_NOT_AUTHENTICATED"
                       else (NOT_AUTHORIZED, 403))
    body = {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}
    return graphql_response(body, media_type, status)


# --- The schema registry over HTTP: multipart requests, event streams, downloads ---------------

MULTIPART_FORM_DATA = "multipart/form-data"
EVENT_STREAM = "text/event-stream"
MAX_MULTIPART_BODY_BYTES = 512 * 1024 * 1024
SSE_KEEP_ALIVE_SECONDS = 1.0  # a comment while a request waits, so the client sees the server alive
STREAMED = "nitro_emulator.streamed"  # environ flag read by KeepAliveHandler: send as it comes, then close
REST_PREFIX = "/api/v1/apis/"
REST_PATH_RE = re.compile(
    r"/api/v1/apis/([^/]+)/(schemas/latest/download|persistedQueries|fusion/configurations/latest/download)")


@dataclass
class MultipartPart:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(body: bytes, boundary: str) -> list[MultipartPart]:
    """Every part in order (Werkzeug's form parser would split fields and files)."""
    decoder = MultipartDecoder(boundary.encode("latin-1"))
    decoder.receive_data(body)
    decoder.receive_data(None)
    parts: list[MultipartPart] = []
    chunks: list[bytes] = []
    while True:
        try:
            event = decoder.next_event()
        except ValueError as exc:
            raise BadRequest(f"The multipart body is not valid: {exc}.") from None
        if isinstance(event, (Field, File)):
            chunks = []
            parts.append(MultipartPart(event.name, getattr(event, "filename", None),
                                       event.headers.get("Content-Type"), b""))
        elif isinstance(event, Data):
            chunks.append(event.data)
            if not event.more_data:
                parts[-1].data = b"".join(chunks)
        elif isinstance(event, (Epilogue, NeedData)):
            break
    if not isinstance(event, Epilogue):
        raise BadRequest("The multipart body is not valid: it ends before its closing boundary.")
    return parts


def read_multipart_request(request: Request, body: bytes, described: dict) -> dict:
    """The GraphQL multipart request spec: `operations` (the request, file slots null), `map`
    ({"0": ["variables.input.schema"]}), then the files; returns (the request with each file in its slot,
    filled in `described` for the log as far as it was read).  BadRequest (400) for anything else."""
    boundary = request.mimetype_params.get("boundary")
    if not boundary:
        raise BadRequest("The multipart Content-Type needs a boundary.")
    parts = parse_multipart(body, boundary)
    described["parts"] = [{"name": p.name, "filename": p.filename, "contentType": p.content_type,
                           "size": len(p.data)} for p in parts]
    by_name = {p.name: p for p in parts}
    if [p.name for p in parts[:2]] != ["operations", "map"]:
        raise BadRequest("The first parts of a multipart request must be `operations` and `map`.")
    operations = _decode_json(by_name["operations"].data)
    described["operations"] = _decode_json(by_name["operations"].data)  # a copy, without the files
    files_map = described["map"] = _decode_json(by_name["map"].data)
    if not isinstance(operations, dict):
        raise BadRequest("The `operations` part must be a JSON object (batches are not supported).")
    if not isinstance(files_map, dict):
        raise BadRequest("The `map` part must be a JSON object.")
    for key, paths in files_map.items():
        part = by_name.get(key)
        if part is None or part.filename is None:
            raise BadRequest(f"The map names the file `{key}`, which is not a file part of the request.")
        if not isinstance(paths, list) or not paths or not all(isinstance(path, str) for path in paths):
            raise BadRequest(f"The map's entry `{key}` must be a list of object paths.")
        for path in paths:
            steps = path.split(".")
            target: Any = operations
            for step in steps[:-1]:
                target = target.get(step) if isinstance(target, dict) else (
                    target[int(step)] if isinstance(target, list) and step.isdigit() and int(step) < len(target)
                    else None)
            last = steps[-1]
            if (steps[0] != "variables" or not isinstance(target, dict) or last not in target
                    or target[last] is not None):
                raise BadRequest(f"The map's path `{path}` does not name a null variable of `operations`.")
            target[last] = UploadedFile(key, part.filename, part.data)
    extra = [p.name for p in parts[2:] if p.name not in files_map]
    if extra:
        raise BadRequest(f"The part `{extra[0]}` is not in the map.")
    return operations


def _sse_event(result: dict) -> bytes:
    return b"event: next\ndata: " + json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


SSE_COMPLETE = b"event: complete\n\n"
SSE_KEEP_ALIVE = b":\n\n"


def streamed_response(chunks: Any) -> Response:
    """A text/event-stream answer sent as the generator yields (each chunk flushed), closed at its end."""
    response = Response(chunks, content_type=f"{EVENT_STREAM}; charset=utf-8", direct_passthrough=True,
                        headers={"Cache-Control": "no-cache"})
    response.streamed_answer = True
    return response


# Steps of a scripted subscription answer (POST /_emulator/subscriptions).
SCRIPT_STEPS = {"next", "keepAlive", "delayMs", "raw", "oversized", "cut", "complete", "json"}


def validate_script(spec: dict) -> dict:
    steps = spec.get("steps")
    if not isinstance(steps, list) or not steps:
        raise ValueError("steps must be a non-empty list")
    for index, step in enumerate(steps):
        if not isinstance(step, dict):
            raise ValueError(f"step {index} must be an object")
        kinds = set(step) & SCRIPT_STEPS
        if len(kinds) != 1 or set(step) - SCRIPT_STEPS - {"repeat"}:
            raise ValueError(f"step {index} must have one of {', '.join(sorted(SCRIPT_STEPS))} (and repeat)")
        [kind] = kinds
        value = step[kind]
        repeat = step.get("repeat", 1)
        if isinstance(repeat, bool) or not isinstance(repeat, int) or repeat < 1:
            raise ValueError(f"step {index}: repeat must be a positive integer")
        if kind == "next" and not isinstance(value, dict):
            raise ValueError(f"step {index}: next must be a result object, like {{\"data\": {{...}}}}")
        if kind in ("keepAlive", "delayMs", "oversized") and (isinstance(value, bool) or not isinstance(value, int)
                                                             or value < 0):
            raise ValueError(f"step {index}: {kind} must be a non-negative integer")
        if kind == "raw" and not isinstance(value, str):
            raise ValueError(f"step {index}: raw must be a string")
        if kind == "json" and (len(steps) != 1 or not isinstance(value, dict)):
            raise ValueError("a json step must be the only step, and an object")
    operation = spec.get("operation")
    if operation is not None and not isinstance(operation, str):
        raise ValueError("operation must be a string")
    return {"operation": operation, "steps": steps}


class Scripts:
    """Scripted answers for the next subscriptions, and what each scripted stream sent."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: list[dict] = []
        self.finished: list[dict] = []

    def take(self, operation: str | None) -> dict | None:
        with self.lock:
            for script in self.pending:
                if script["operation"] in (None, operation):
                    self.pending.remove(script)
                    return script
        return None

    def played(self, script: dict, stats: dict) -> None:
        with self.lock:
            self.finished.append({"operation": script["operation"], **stats})


def play_script(script: dict, scripts: Scripts) -> Any:
    """The stream of a script: each step's bytes as soon as they are made (an oversized event in 64 KiB
    pieces, never whole); the stream ends after the last step (a cut leaves an event unfinished)."""
    stats = {"events": 0, "bytes": 0, "seconds": 0.0, "completed": False}
    started = time.perf_counter()
    try:
        for step in script["steps"]:
            kind = next(k for k in step if k in SCRIPT_STEPS)
            value = step[kind]
            for _ in range(step.get("repeat", 1)):
                if kind == "next":
                    chunk = _sse_event(value)
                    stats["events"] += 1
                elif kind == "keepAlive":
                    chunk = SSE_KEEP_ALIVE * value
                elif kind == "delayMs":
                    time.sleep(value / 1000)
                    continue
                elif kind == "raw":
                    chunk = value.encode("utf-8")
                elif kind == "complete":
                    chunk = SSE_COMPLETE
                    stats["completed"] = True
                elif kind == "cut":
                    chunk = b'event: next\ndata: {"data":{"onSchemaVersionPublishingUpdate":{"__typ'
                else:  # oversized: one next event of `value` bytes in all
                    head, tail = b'event: next\ndata: {"data":{"padding":"', b'"}}\n\n'
                    pad = max(0, value - len(head) - len(tail))
                    yield head
                    piece = b"x" * 65536
                    for _ in range(pad // len(piece)):
                        yield piece
                    stats["bytes"] += len(head) + pad - pad % len(piece)
                    stats["events"] += 1
                    chunk = b"x" * (pad % len(piece)) + tail
                stats["bytes"] += len(chunk)
                yield chunk
    finally:
        stats["seconds"] = round(time.perf_counter() - started, 6)
        scripts.played(script, stats)


def _api_for_download(store: Store, caller: Caller | None, api_id: str) -> tuple[sqlite3.Row | None, int]:
    """The API of a REST download, or the status: 401 without a valid credential, 403 outside an API
    key's scope, 404 when it does not exist or the user cannot see it."""
    if caller is None:
        return None, 401
    key = row_key(api_id, "Api")
    row = None if key is None else store.api(key)
    if row is None:
        return None, 404
    if caller.user_id is not None:
        return (row, 200) if store.visible_workspace(caller, row["workspace_id"]) else (None, 404)
    in_scope = row["workspace_id"] == caller.workspace_id and caller.api_id in (None, row["id"])
    return (row, 200) if in_scope else (None, 403)


class RequestLog:
    """Every /graphql request in arrival order, in memory only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict] = []

    def record(self, request: Request, body: bytes, parsed: Any, multipart: dict | None = None) -> None:
        """A multipart request is logged by its parts (name, file name, Content-Type, size) and its
        `operations` and `map` JSON, not its bytes: `body` is then the `operations` part's text."""
        is_object = isinstance(parsed, dict)
        entry = {
            "method": request.method,
            "path": request.path,
            "query": request.query_string.decode("latin-1"),
            "headers": {name.lower(): value for name, value in request.headers.items()},
            "body": body.decode("utf-8", errors="replace"),
            "json": None if isinstance(parsed, BadRequest) else parsed,
            "operationName": parsed.get("operationName") if is_object else None,
            "variables": parsed.get("variables") if is_object else None,
            "multipart": multipart,
        }
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> int:
        with self._lock:
            count = len(self._entries)
            self._entries.clear()
            return count


# --- Identity provider (OpenID Connect) ----------------------------------------------------

TENANT = "nitro-dev"
SCOPES_SUPPORTED = ["openid", "profile", "email", "offline_access"]
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
GRANT_TYPES = ["authorization_code", "refresh_token", DEVICE_CODE_GRANT]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}  # RFC 8252 §7.3: any port
PKCE_RE = re.compile(r"[A-Za-z0-9._~-]{43,128}")  # RFC 7636 §4.1
USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"  # RFC 8628 §6.1: no vowels, nothing that looks alike
POLL_GRACE_SECONDS = 0.05  # a device poll this much early still counts as on time
SLOW_DOWN_STEP_SECONDS = 5  # RFC 8628 §3.5
FORM_URLENCODED = "application/x-www-form-urlencoded"
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
# Paths of the identity provider; each call to one of them is logged for GET /_emulator/oidc.
OIDC_PATHS = {"/.well-known/openid-configuration", "/.well-known/jwks", "/connect/authorize", "/connect/token",
              "/connect/deviceauthorization", "/connect/endsession", "/device"}


@dataclass
class OidcSettings:
    """Lifetimes in seconds; set at start, changeable through POST /_emulator/oidc."""

    access_token_lifetime: int = 3600
    refresh_token_lifetime: int = 30 * 24 * 3600
    code_lifetime: int = 60
    device_code_lifetime: int = 600
    device_interval: int = 5
    require_client_id: str | None = None


# Admin name -> attribute of OidcSettings.
OIDC_SETTING_NAMES = {
    "accessTokenLifetime": "access_token_lifetime",
    "refreshTokenLifetime": "refresh_token_lifetime",
    "codeLifetime": "code_lifetime",
    "deviceCodeLifetime": "device_code_lifetime",
    "deviceInterval": "device_interval",
    "requireClientId": "require_client_id",
}


@dataclass
class AuthorizationCode:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    nonce: str | None
    user_id: int
    expires: float  # time.monotonic()
    used: bool = False
    session_id: str | None = None  # the login session its exchange created


@dataclass
class DeviceGrant:
    device_code: str
    user_code: str  # ABCD-EFGH
    client_id: str
    scope: str
    expires: float  # time.monotonic()
    interval: int  # grows by 5 s with each slow_down
    status: str = "pending"  # pending, approved, denied, redeemed
    user_id: int | None = None
    last_poll: float | None = None


class OAuthError(Exception):
    """An RFC 6749 error answered as 400 {"error", "error_description"} by the JSON endpoints."""

    def __init__(self, error: str, description: str, **extra: Any):
        super().__init__(description)
        self.error, self.description, self.extra = error, description, extra

    def response(self) -> Response:
        body = {"error": self.error, "error_description": self.description, **self.extra}
        return tagged(json_response(body, 400, headers=NO_STORE), self.error)


def tagged(response: Response, error: str | None) -> Response:
    """Notes the OAuth error on a response, for the call log."""
    response.oauth_error = error
    return response


def html_page(title: str, message: str, status: int = 200, form: str = "", error: str | None = None) -> Response:
    page = (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>\n"
            f"<body><h1>{html.escape(title)}</h1>\n<p>{html.escape(message)}</p>\n{form}</body></html>\n")
    return tagged(Response(page, status=status, content_type="text/html; charset=utf-8", headers=NO_STORE), error)


def redirect(uri: str, params: dict[str, str | None], error: str | None = None) -> Response:
    """302 to uri with params added to its query (None values left out)."""
    query = urlencode({k: v for k, v in params.items() if v is not None})
    location = f"{uri}{'&' if urlsplit(uri).query else '?'}{query}"
    response = Response(f"Redirecting to {location}\n", status=302, content_type="text/plain; charset=utf-8",
                        headers={"Location": location, **NO_STORE})
    return tagged(response, error)


def is_loopback_redirect(uri: str) -> bool:
    """http on 127.0.0.1, localhost or [::1], any port, no user info or fragment (RFC 8252 §7.3);
    printable ASCII without spaces, so that it can go into a Location header as it is."""
    if not (uri.isascii() and uri.isprintable()) or " " in uri:
        return False
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS and "@" not in parts.netloc
            and not parts.fragment and "#" not in uri)


def pkce_challenge(verifier: str) -> str:
    """S256: BASE64URL(SHA-256(ASCII(verifier))) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def single_values(params: Any) -> dict[str, str]:
    """Form or query parameters, each at most once (RFC 6749 §3.1, §3.2); ValueError names a repeated one."""
    values = {}
    for name in params:
        found = params.getlist(name)
        if len(found) > 1:
            raise ValueError(f"The parameter {name} is repeated.")
        values[name] = found[0]
    return values


def normalize_user_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in "- \t")


class IdentityProvider:
    """The OpenID Connect endpoints.  Codes and device codes live in memory; login sessions,
    refresh tokens and access tokens live in the Store (only their hashes)."""

    def __init__(self, store: Store, settings: OidcSettings | None = None, issuer: str | None = None):
        self.store = store
        self.initial_settings = settings or OidcSettings()
        self.settings = OidcSettings(**vars(self.initial_settings))
        self.issuer = issuer  # None: taken from each request's Host (when used as a bare WSGI app)
        self.deny = False
        self.lock = threading.Lock()
        self.codes: dict[str, AuthorizationCode] = {}
        self.devices: dict[str, DeviceGrant] = {}  # by device_code
        self.user_codes: dict[str, DeviceGrant] = {}  # by normalized user_code
        self._calls_lock = threading.Lock()
        self._calls: list[dict] = []
        self._key_lock = threading.Lock()
        self._key: RSAKey | None = None

    @property
    def key(self) -> RSAKey:
        """The signing key: the database's, else a new RSA key, made on first use (so that starts
        stay fast) and saved, so that a --db file keeps id tokens verifiable across restarts."""
        with self._key_lock:
            if self._key is None:
                saved = self.store.signing_key_pem()
                if saved is None:
                    fresh = RSAKey.generate_key(2048)
                    saved = (fresh.thumbprint(), fresh.as_pem(private=True).decode("ascii"))
                    self.store.save_signing_key(*saved)
                kid, pem = saved
                self._key = RSAKey.import_key(pem, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
            return self._key

    def reset(self) -> None:
        """Forgets codes and device codes, turns the deny switch off, restores the start-up settings."""
        with self.lock:
            self.codes.clear()
            self.devices.clear()
            self.user_codes.clear()
            self.deny = False
            self.settings = OidcSettings(**vars(self.initial_settings))

    def base(self, request: Request) -> str:
        return self.issuer or request.host_url.rstrip("/")

    def _client_problem(self, client_id: str | None) -> str | None:
        if not client_id:
            return "The client_id parameter is required."
        required = self.settings.require_client_id
        if required is not None and client_id != required:
            return f"The client {client_id!r} is not known here."
        return None

    # Call log ---------------------------------------------------------------------

    def record(self, request: Request, response: Response, arrived: float) -> None:
        params: dict[str, Any] = {}
        sources = [request.args] + ([request.form] if request.method == "POST" else [])
        for source in sources:
            for name in source:
                found = source.getlist(name)
                params[name] = found[0] if len(found) == 1 else found
        error = getattr(response, "oauth_error", None)
        entry = {
            "endpoint": request.path,
            "method": request.method,
            "time": round(arrived, 3),
            "parameters": params,
            "headers": {name.lower(): value for name, value in request.headers.items()},
            "status": response.status_code,
            "error": error,
            "location": response.headers.get("Location"),
        }
        with self._calls_lock:
            self._calls.append(entry)

    def calls(self, _request: Request) -> Response:
        with self._calls_lock:
            return json_response(list(self._calls))

    def clear_calls(self, _request: Request) -> Response:
        with self._calls_lock:
            count = len(self._calls)
            self._calls.clear()
        return json_response({"cleared": count})

    def _settings_json(self) -> dict:
        return {"deny": self.deny, **{name: getattr(self.settings, attr) for name, attr in OIDC_SETTING_NAMES.items()}}

    def configure(self, request: Request) -> Response:
        """POST /_emulator/oidc: the deny switch and the lifetimes, for the tests that follow."""
        try:
            spec = _admin_json(request)
            unknown = set(spec) - {"deny"} - set(OIDC_SETTING_NAMES)
            if unknown:
                raise ValueError(f"unknown setting {', '.join(sorted(unknown))}; known: deny, "
                                 + ", ".join(OIDC_SETTING_NAMES))
            if "deny" in spec and not isinstance(spec["deny"], bool):
                raise ValueError("deny must be true or false")
            for name, value in spec.items():
                if name == "requireClientId":
                    if value is not None and (not isinstance(value, str) or not value):
                        raise ValueError("requireClientId must be a non-empty string or null")
                elif name != "deny" and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                    raise ValueError(f"{name} must be a positive integer (seconds)")
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        with self.lock:
            if "deny" in spec:
                self.deny = spec["deny"]
            for name, attr in OIDC_SETTING_NAMES.items():
                if name in spec:
                    setattr(self.settings, attr, spec[name])
            return json_response(self._settings_json())

    # Discovery ----------------------------------------------------------------------

    def discovery(self, request: Request) -> Response:
        base = self.base(request)
        return json_response({
            "issuer": base,
            "authorization_endpoint": f"{base}/connect/authorize",
            "token_endpoint": f"{base}/connect/token",
            "device_authorization_endpoint": f"{base}/connect/deviceauthorization",
            "end_session_endpoint": f"{base}/connect/endsession",
            "jwks_uri": f"{base}/.well-known/jwks",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": GRANT_TYPES,
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": SCOPES_SUPPORTED,
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "claims_supported": ["iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "sid", "email",
                                 "email_verified", "name", "tenant", "api_url"],
        })

    def jwks(self, _request: Request) -> Response:
        return json_response({"keys": [self.key.as_dict(private=False)]})

    # Authorization endpoint -------------------------------------------------------

    def authorize(self, request: Request) -> Response:
        """Validates, then approves the dev user at once: 302 to redirect_uri with code and state.
        A bad client_id or redirect_uri gives a 400 page and never a redirect."""
        try:
            params = single_values(request.args if request.method == "GET" else request.form)
        except ValueError as exc:
            return html_page("Sign-in failed", str(exc), 400, error="invalid_request")
        client_id, redirect_uri = params.get("client_id"), params.get("redirect_uri")
        problem = self._client_problem(client_id)
        if problem is not None:
            return html_page("Sign-in failed", problem, 400, error="invalid_client")
        if not redirect_uri:
            return html_page("Sign-in failed", "The redirect_uri parameter is required.", 400,
                             error="invalid_request")
        if not is_loopback_redirect(redirect_uri):
            return html_page("Sign-in failed", "The redirect_uri must be http on a loopback address "
                             "(127.0.0.1, localhost or [::1]) with any port and no fragment.", 400,
                             error="invalid_request")
        state = params.get("state")

        def refuse(error: str, description: str) -> Response:
            return redirect(redirect_uri, {"error": error, "error_description": description, "state": state}, error)

        response_type, scope = params.get("response_type"), params.get("scope", "")
        challenge, method = params.get("code_challenge"), params.get("code_challenge_method")
        if not response_type:
            return refuse("invalid_request", "The response_type parameter is required.")
        if response_type != "code":
            return refuse("unsupported_response_type", "Only response_type=code is supported.")
        if "openid" not in scope.split():
            return refuse("invalid_scope", "The scope must include openid.")
        if not challenge:
            return refuse("invalid_request", "A PKCE code_challenge is required.")
        if method != "S256":
            return refuse("invalid_request", "The code_challenge_method must be S256.")
        if not PKCE_RE.fullmatch(challenge):
            return refuse("invalid_request", "The code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~.")
        with self.lock:
            if self.deny:
                return refuse("access_denied", "The user denied the request.")
            code = secrets.token_urlsafe(32)
            self.codes[code] = AuthorizationCode(
                client_id, redirect_uri, challenge, " ".join(scope.split()), params.get("nonce"), DEV_USER_ID,
                time.monotonic() + self.settings.code_lifetime,
            )
        return redirect(redirect_uri, {"code": code, "state": state})

    # Token endpoint -------------------------------------------------------------------

    def _form(self, request: Request) -> dict[str, str]:
        if request.mimetype != FORM_URLENCODED:
            raise OAuthError("invalid_request", f"The body must be {FORM_URLENCODED}.")
        try:
            params = single_values(request.form)
        except ValueError as exc:
            raise OAuthError("invalid_request", str(exc)) from None
        problem = self._client_problem(params.get("client_id"))
        if problem is not None:
            raise OAuthError("invalid_client", problem)
        return params

    def token(self, request: Request) -> Response:
        try:
            params = self._form(request)
            grant_type = params.get("grant_type")
            if not grant_type:
                raise OAuthError("invalid_request", "The grant_type parameter is required.")
            grant = {
                "authorization_code": self._authorization_code_grant,
                "refresh_token": self._refresh_token_grant,
                DEVICE_CODE_GRANT: self._device_code_grant,
            }.get(grant_type)
            if grant is None:
                raise OAuthError("unsupported_grant_type", f"The grant type {grant_type!r} is not supported.")
            with self.lock:
                return grant(self.base(request), params)
        except OAuthError as exc:
            return exc.response()

    @staticmethod
    def _required(params: dict[str, str], *names: str) -> list[str]:
        missing = [name for name in names if not params.get(name)]
        if missing:
            raise OAuthError("invalid_request", f"The {' and '.join(missing)} parameter"
                             f"{'s are' if len(missing) > 1 else ' is'} required.")
        return [params[name] for name in names]

    def _authorization_code_grant(self, base: str, params: dict[str, str]) -> Response:
        code_text, redirect_uri, verifier = self._required(params, "code", "redirect_uri", "code_verifier")
        code = self.codes.get(code_text)
        if code is None:
            raise OAuthError("invalid_grant", "The authorization code is not valid.")
        if code.used:
            # RFC 6749 §4.1.2: a code used twice revokes what it was exchanged for.
            if code.session_id is not None:
                self.store.end_login_session(code.session_id)
            raise OAuthError("invalid_grant", "The authorization code has already been used.")
        code.used = True  # one attempt per code, successful or not
        if time.monotonic() > code.expires:
            raise OAuthError("invalid_grant", "The authorization code has expired.")
        if params["client_id"] != code.client_id:
            raise OAuthError("invalid_grant", "The authorization code was issued to another client.")
        if redirect_uri != code.redirect_uri:
            raise OAuthError("invalid_grant", "The redirect_uri does not match the one sent to the authorize endpoint.")
        if not PKCE_RE.fullmatch(verifier) or not secrets.compare_digest(pkce_challenge(verifier), code.challenge):
            raise OAuthError("invalid_grant", "The code_verifier does not match the code_challenge.")
        code.session_id = self.store.create_login_session(code.user_id, code.client_id, code.scope)
        return self._tokens(base, code.session_id, code.nonce)

    def _refresh_token_grant(self, base: str, params: dict[str, str]) -> Response:
        (secret,) = self._required(params, "refresh_token")
        row = self.store.refresh_token(secret)
        if row is None:
            raise OAuthError("invalid_grant", "The refresh token is not valid.")
        if row["ended_at"] is not None:
            raise OAuthError("invalid_grant", "The session of this refresh token has ended.")
        if row["used_at"] is not None:
            raise OAuthError("invalid_grant", "The refresh token has already been used; refresh tokens are "
                             "one-time (use the one from the last response).")
        if row["expires_at"] <= now_ms():
            raise OAuthError("invalid_grant", "The refresh token has expired.")
        if params["client_id"] != row["client_id"]:
            raise OAuthError("invalid_grant", "The refresh token was issued to another client.")
        scope = params.get("scope")
        if scope is not None and not set(scope.split()) <= set(row["scope"].split()):
            raise OAuthError("invalid_scope", "The scope may only narrow the scope first granted.")
        if not self.store.use_refresh_token(row["id"]):
            raise OAuthError("invalid_grant", "The refresh token has already been used.")
        return self._tokens(base, row["session_id"], None, scope)

    def _device_code_grant(self, base: str, params: dict[str, str]) -> Response:
        (device_code,) = self._required(params, "device_code")
        grant = self.devices.get(device_code)
        if grant is None or grant.status == "redeemed":
            raise OAuthError("invalid_grant", "The device code is not valid." if grant is None
                             else "The device code has already been used.")
        if params["client_id"] != grant.client_id:
            raise OAuthError("invalid_grant", "The device code was issued to another client.")
        now = time.monotonic()
        if now > grant.expires:
            raise OAuthError("expired_token", "The device code has expired; start again.")
        previous, grant.last_poll = grant.last_poll, now
        if previous is not None and now - previous < grant.interval - POLL_GRACE_SECONDS:
            grant.interval += SLOW_DOWN_STEP_SECONDS
            raise OAuthError("slow_down", f"Polling too fast; wait {grant.interval} seconds between polls.",
                             interval=grant.interval)
        if grant.status == "denied":
            raise OAuthError("access_denied", "The user denied the request.")
        if grant.status == "pending":
            raise OAuthError("authorization_pending", "The user has not answered yet.")
        grant.status = "redeemed"
        self.user_codes.pop(normalize_user_code(grant.user_code), None)
        sid = self.store.create_login_session(grant.user_id, grant.client_id, grant.scope)
        return self._tokens(base, sid, None)

    def _tokens(self, base: str, sid: str, nonce: str | None, scope: str | None = None) -> Response:
        """The token response for a live login session: new access, refresh and id tokens."""
        s = self.settings
        access, refresh = self.store.issue_session_tokens(
            sid, s.access_token_lifetime * 1000, s.refresh_token_lifetime * 1000)
        session = self.store.login_session(sid)
        return json_response({
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": s.access_token_lifetime,
            "refresh_token": refresh,
            "id_token": self.id_token(base, session, nonce),
            "scope": scope if scope is not None else session["scope"],
        }, headers=NO_STORE)

    def id_token(self, base: str, session: sqlite3.Row, nonce: str | None) -> str:
        user = self.store.user(session["user_id"])
        now = int(time.time())
        claims = {
            "iss": base,
            "sub": global_id("User", user["id"]),
            "aud": session["client_id"],
            "exp": now + self.settings.access_token_lifetime,
            "iat": now,
            "auth_time": session["auth_time"] // 1000,
            "sid": session["id"],
            "email": user["email"],
            "email_verified": True,
            "name": user["name"],
            "tenant": TENANT,
            "api_url": base,
        }
        if nonce is not None:
            claims["nonce"] = nonce
        key = self.key
        return jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, claims, key, algorithms=["RS256"])

    # Device authorization (RFC 8628) -----------------------------------------------------

    def device_authorization(self, request: Request) -> Response:
        try:
            params = self._form(request)
            scope = params.get("scope", "")
            if "openid" not in scope.split():
                raise OAuthError("invalid_scope", "The scope must include openid.")
        except OAuthError as exc:
            return exc.response()
        base = self.base(request)
        with self.lock:
            while True:
                raw = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(8))
                if raw not in self.user_codes:
                    break
            user_code = f"{raw[:4]}-{raw[4:]}"
            grant = DeviceGrant(secrets.token_urlsafe(32), user_code, params["client_id"], " ".join(scope.split()),
                                time.monotonic() + self.settings.device_code_lifetime, self.settings.device_interval)
            self.devices[grant.device_code] = grant
            self.user_codes[raw] = grant
        return json_response({
            "device_code": grant.device_code,
            "user_code": user_code,
            "verification_uri": f"{base}/device",
            "verification_uri_complete": f"{base}/device?{urlencode({'user_code': user_code})}",
            "expires_in": self.settings.device_code_lifetime,
            "interval": grant.interval,
        }, headers=NO_STORE)

    def decide_device(self, user_code: str, approve: bool, user_id: int = DEV_USER_ID) -> tuple[int, str]:
        """Approves or denies a pending device code: (HTTP status, message)."""
        with self.lock:
            grant = self.user_codes.get(normalize_user_code(user_code))
            if grant is None or time.monotonic() > grant.expires:
                return 404, "The code is unknown or has expired."
            if grant.status != "pending":
                return 409, f"The code has already been {grant.status}."
            grant.status, grant.user_id = ("approved", user_id) if approve else ("denied", None)
            return 200, grant.status

    def device_page(self, request: Request) -> Response:
        code = request.args.get("user_code", "")
        form = ('<form method="post" action="/device">\n'
                f'<label>Code <input name="user_code" value="{html.escape(code)}" autofocus></label>\n'
                '<button name="action" value="approve">Approve</button>\n'
                '<button name="action" value="deny">Deny</button>\n</form>\n')
        return html_page("Connect a device", "Signed in as Dev User (dev@nitro.local). Enter the code shown "
                         "by the device.", form=form)

    def device_submit(self, request: Request) -> Response:
        action = request.form.get("action", "approve")
        if action not in ("approve", "deny"):
            return html_page("Device sign-in", "The action must be approve or deny.", 400, error="invalid_request")
        status, outcome = self.decide_device(request.form.get("user_code", ""), action == "approve")
        if status != 200:
            return html_page("Device sign-in", outcome, 400, error="invalid_request")
        message = ("The device is signed in; you can close this window." if outcome == "approved"
                   else "The sign-in was denied.")
        return html_page("Device sign-in", message)

    def approve_device(self, request: Request) -> Response:
        """POST /_emulator/device/approve {"user_code", "deny": false, "user": email}."""
        try:
            spec = _admin_json(request)
            user_code, deny = spec.get("user_code"), spec.get("deny", False)
            if not isinstance(user_code, str) or not user_code:
                raise ValueError("user_code must be a non-empty string")
            if not isinstance(deny, bool):
                raise ValueError("deny must be true or false")
            user = self.store.user_by_email(spec.get("user", USERS[0][1]))
            if user is None:
                raise ValueError("user must be the email of a known user")
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        status, outcome = self.decide_device(user_code, not deny, user["id"])
        if status != 200:
            return json_response({"error": outcome}, status)
        return json_response({"userCode": user_code, "status": outcome})

    # End session ---------------------------------------------------------------------------

    def end_session(self, request: Request) -> Response:
        """Ends the login session named by id_token_hint (expired hints are fine): its refresh and
        access tokens stop working.  200 page, or 302 to a loopback post_logout_redirect_uri."""
        try:
            params = single_values(request.values)
        except ValueError as exc:
            return html_page("Sign-out failed", str(exc), 400, error="invalid_request")
        hint, target = params.get("id_token_hint"), params.get("post_logout_redirect_uri")
        if target is not None and not is_loopback_redirect(target):
            return html_page("Sign-out failed", "The post_logout_redirect_uri must be http on a loopback address.",
                             400, error="invalid_request")
        if hint:
            try:
                claims = jwt.decode(hint, self.key, algorithms=["RS256"]).claims
            except (JoseError, ValueError, TypeError):
                claims = None
            if claims is None or not isinstance(claims.get("sid"), str):
                return html_page("Sign-out failed", "The id_token_hint is not an id token of this server.", 400,
                                 error="invalid_request")
            client_id = params.get("client_id")
            if client_id is not None and client_id != claims.get("aud"):
                return html_page("Sign-out failed", "The client_id does not match the id_token_hint.", 400,
                                 error="invalid_request")
            self.store.end_login_session(claims["sid"])
        if target is not None:
            return redirect(target, {"state": params.get("state")})
        return html_page("Signed out", "You are signed out of the Nitro emulator.")


class Emulator:
    """The WSGI application: /graphql, the identity provider and the /_emulator admin endpoints."""

    def __init__(self, store: Store, schema: GraphQLSchema, max_page_size: int = DEFAULT_MAX_PAGE_SIZE,
                 oidc_settings: OidcSettings | None = None, issuer: str | None = None):
        self.store = store
        self.schema = schema
        self.max_page_size = max_page_size
        self.error_types = error_type_names(schema)
        self.faults = FaultBook()
        self.log = RequestLog()
        self.oidc = IdentityProvider(store, oidc_settings, issuer)
        self.registry = Registry()
        self.scripts = Scripts()
        idp = self.oidc
        self.routes: dict[str, dict[str, Callable[[Request], Response]]] = {
            "/graphql": {"POST": self.graphql},
            "/.well-known/openid-configuration": {"GET": idp.discovery},
            "/.well-known/jwks": {"GET": idp.jwks},
            "/connect/authorize": {"GET": idp.authorize, "POST": idp.authorize},
            "/connect/token": {"POST": idp.token},
            "/connect/deviceauthorization": {"POST": idp.device_authorization},
            "/connect/endsession": {"GET": idp.end_session, "POST": idp.end_session},
            "/device": {"GET": idp.device_page, "POST": idp.device_submit},
            "/_emulator/health": {"GET": lambda _request: text_response("ok")},
            "/_emulator/requests": {"GET": self.list_requests, "DELETE": self.clear_requests},
            "/_emulator/faults": {"GET": self.list_faults, "POST": self.add_fault, "DELETE": self.clear_faults},
            "/_emulator/reset": {"POST": self.reset},
            "/_emulator/tokens": {"POST": self.create_test_credential},
            "/_emulator/oidc": {"GET": idp.calls, "POST": idp.configure, "DELETE": idp.clear_calls},
            "/_emulator/device/approve": {"POST": idp.approve_device},
            "/_emulator/approvals": {"GET": self.list_approvals, "POST": self.answer_approval},
            "/_emulator/stages": {"POST": self.mark_stage},
            "/_emulator/apis": {"POST": self.set_api_settings},
            "/_emulator/subscriptions": {"GET": self.list_scripts, "POST": self.add_script,
                                         "DELETE": self.clear_scripts},
        }
        for extension in EXTENSIONS:
            self.routes.update(extension.routes(self))

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        request = Request(environ)
        arrived = time.time()
        response = self.dispatch(request)
        if request.path in OIDC_PATHS:
            self.oidc.record(request, response, arrived)
        if getattr(response, "streamed_answer", False):
            environ[STREAMED] = True
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        handlers = self.routes.get(request.path)
        if handlers is None and request.path.startswith(REST_PREFIX):
            return self.rest_download(request)
        if handlers is None:
            return text_response("Not found.", 404)
        handler = handlers.get(request.method)
        if handler is None:
            if request.path == "/graphql":
                body = request.get_data()
                self.log.record(request, body, _try_json(body))
            allowed = ", ".join(sorted(handlers))
            return text_response(f"Method not allowed; use {allowed}.", 405, {"Allow": allowed})
        return handler(request)

    # /graphql ----------------------------------------------------------------------

    def graphql(self, request: Request) -> Response:
        media_type = response_media_type(request)
        body = request.get_data()
        if request.mimetype == MULTIPART_FORM_DATA:
            parsed, multipart = self._read_multipart(request, body)
            logged = multipart["operations"]  # without the files
            self.log.record(request, json.dumps(logged).encode() if logged is not None else b"",
                            logged if logged is not None else BadRequest(""), multipart)
        else:
            parsed = _try_json(body)
            self.log.record(request, body, parsed)
        try:
            gql: GraphQLRequest | BadRequest = read_graphql_request(request, parsed)
        except BadRequest as exc:
            gql = exc
        try:
            fault = self._fault_for(request, parsed, gql)
        except ValueError as exc:
            return text_response(f"Invalid X-Emulator-Fault header: {exc}.", 400)

        if fault is not None:
            early = self._early_fault_response(fault, request, media_type)
            if early is not None:
                return early
        if isinstance(gql, BadRequest):
            return json_response({"errors": [{"message": str(gql)}]}, gql.status, media_type)
        response = self._execute(request, gql, media_type, fault)
        if fault is not None and fault.mode == "truncated_json":
            data = response.get_data()
            response.set_data(data[: len(data) // 2])  # also sets Content-Length to what is sent
        return response

    def _fault_for(self, request: Request, parsed: Any, gql: GraphQLRequest | BadRequest) -> Fault | None:
        """The request's X-Emulator-Fault header, else the first matching configured fault."""
        header = request.headers.get("X-Emulator-Fault")
        if header is not None:
            return parse_fault_header(header, self.error_types)
        if isinstance(gql, GraphQLRequest):
            return self.faults.take(gql.resolved_name or gql.operation_name,
                                    gql.operation_type == OperationType.MUTATION)
        name = parsed.get("operationName") if isinstance(parsed, dict) else None
        return self.faults.take(name if isinstance(name, str) else None, False)

    def _early_fault_response(self, fault: Fault, request: Request, media_type: str) -> Response | None:
        """Answers for the faults that replace the whole response; None to go on."""
        p = fault.params
        if fault.mode == "slow":
            time.sleep(p["delayMs"] / 1000)
        elif fault.mode == "http_status":
            status = p["status"]
            try:
                reason = HTTPStatus(status).phrase
            except ValueError:
                reason = "Unknown"
            headers = {"Retry-After": str(p["retryAfter"])} if p["retryAfter"] is not None else None
            if p["body"] == "json":
                error = {"message": p["message"] or f"{status} {reason}"}
                if p["code"]:
                    error["extensions"] = {"code": p["code"]}
                return json_response({"errors": [error]}, status, headers=headers)
            return text_response(f"{status} {reason}\n", status, headers)
        elif fault.mode == "malformed_json":
            return Response('{"data": {"me": <html>Bad Gateway</html>', 200, content_type=media_type)
        elif fault.mode == "drop_connection":
            request.environ[DROP_CONNECTION] = True
            return Response(b"")
        elif fault.mode == "graphql_error":
            error = {"message": p["message"], "extensions": {"code": p["code"]}}
            return graphql_response({"data": None, "errors": [error]}, media_type)
        elif fault.mode == "auth_error":
            return auth_error_response(p["code"], media_type)
        return None

    def _caller(self, request: Request) -> Caller | None:
        """CCC-api-key wins when present and not blank; else Authorization: Bearer."""
        api_key = request.headers.get("CCC-api-key", "").strip()
        if api_key:
            return self.store.caller_for_api_key_header(api_key)
        scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return self.store.caller_for_access_token(token.strip())
        return None

    def _execute(self, request: Request, gql: GraphQLRequest, media_type: str, fault: Fault | None) -> Response:
        def request_errors(errors: list[GraphQLError]) -> Response:
            return graphql_response({"errors": [e.formatted for e in errors]}, media_type, 400)

        if gql.syntax_error is not None:
            return request_errors([gql.syntax_error])
        errors = validate_document(self.schema, gql.query)
        if errors:
            return request_errors(errors)
        with self.store.lock:  # one consistent view of the data for the whole request
            caller = self._caller(request)
            if caller is None:
                return auth_error_response("AUTH_NOT_AUTHENTICATED", media_type)
            payload_fault = fault if fault is not None and fault.mode in PAYLOAD_MODES else None
            context = RequestContext(self.store, caller, self.max_page_size, payload_fault, self.registry)
            execution = ExecutionContext.build(
                self.schema, gql.document, None, context, gql.variables, gql.operation_name,
                is_awaitable=lambda _value: False,
            )
            if isinstance(execution, list):  # no such operation, or bad variables
                return request_errors(execution)
            errors = one_of_variable_errors(self.schema, execution.operation, execution.variable_values)
            if errors:
                return request_errors(errors)
            subscription = execution.operation.operation == OperationType.SUBSCRIPTION
            if not subscription:
                try:
                    data = execution.execute_operation(execution.operation, None)
                except GraphQLError as error:  # a non-null root field failed
                    execution.errors.append(error)
                    data = None
                result = execution.build_response(data, execution.errors)
        if subscription:  # outside the lock: a stream may last long
            return self._subscribe(request, gql, caller, media_type)
        for error in result.errors or ():
            if error.original_error is not None and not isinstance(error.original_error, GraphQLError):
                traceback.print_exception(error.original_error, file=sys.stderr)
        if payload_fault is not None and payload_fault.mode == "unknown_typename" and result.data:
            _rename_payload_errors(result.data, payload_fault.params["typename"])
        return graphql_response(result.formatted, media_type)

    # Multipart requests, subscriptions and the REST downloads -----------------------------

    def _read_multipart(self, request: Request, body: bytes) -> tuple[Any, dict]:
        """(the GraphQL request with its files, or BadRequest; the log's description of the parts)."""
        described: dict = {"parts": [], "operations": None, "map": None}
        if not request.headers.get("GraphQL-Preflight", "").strip():
            # Hot Chocolate refuses multipart requests without it (a browser form cannot set it: CSRF).
            return BadRequest("A multipart request needs the header GraphQL-Preflight: 1."), described
        try:
            return read_multipart_request(request, body, described), described
        except BadRequest as exc:
            return exc, described

    def _subscribe(self, request: Request, gql: GraphQLRequest, caller: Caller, media_type: str) -> Response:
        """A subscription: the events of one request as server-sent events when Accept takes
        text/event-stream, else a single result (the latest event) as JSON."""
        script = self.scripts.take(gql.resolved_name or gql.operation_name)
        if script is not None:
            first = script["steps"][0]
            if "json" in first:
                return json_response(first["json"], 200, media_type)
            return streamed_response(play_script(script, self.scripts))
        operation = get_operation_ast(gql.document, gql.operation_name)
        fields = [node for node in operation.selection_set.selections if isinstance(node, FieldNode)]
        if len(fields) != 1 or len(operation.selection_set.selections) != 1:
            error = {"message": "A subscription here selects its one root field directly.",
                     "extensions": {"code": "SUBSCRIPTION_NOT_SUPPORTED"}}
            return graphql_response({"errors": [error]}, media_type, 400)
        field_node = fields[0]
        field_name = field_node.name.value
        field = self.schema.subscription_type.fields[field_name]
        execution = ExecutionContext.build(self.schema, gql.document, None, None, gql.variables, gql.operation_name)
        request_id = get_argument_values(field, field_node, execution.variable_values)["requestId"]
        with self.registry.changed:
            found = self.registry.requests.get(request_id)
        allowed = False
        if found is not None and found.kind == SUBSCRIPTION_FIELDS.get(field_name):
            with self.store.lock:
                allowed = _api_for_download(self.store, caller, global_id("Api", found.api_id))[1] == 200
        if not allowed:
            error = {"message": f"The request with ID '{request_id}' was not found.", "path": [field_name],
                     "extensions": {"code": "REQUEST_NOT_FOUND"}}
            return graphql_response({"data": {field_name: None}, "errors": [error]}, media_type)

        def render(event: Any) -> dict:
            context = RequestContext(self.store, caller, self.max_page_size, None, self.registry)
            with self.store.lock:
                run = ExecutionContext.build(self.schema, gql.document, event, context, gql.variables,
                                             gql.operation_name, is_awaitable=lambda _value: False)
                data = run.execute_operation(run.operation, event)
                return run.build_response(data, run.errors).formatted

        accepted = [value for value, quality in request.accept_mimetypes if quality > 0]
        if EVENT_STREAM not in accepted:
            with self.registry.changed:
                latest = found.events[-1]
            return graphql_response(render(latest), media_type)
        stream = found.stream(self.registry, render) if found.kind == fusion.KIND else self._event_stream(found, render)
        return streamed_response(stream)

    def _event_stream(self, found: ProcessingRequest, render: Callable[[Any], dict]) -> Any:
        """Every event of the request from the first, a keep-alive comment each second it waits, then
        `complete` after the last."""
        sent, changed = 0, self.registry.changed
        while True:
            with changed:
                if len(found.events) == sent and found.finish is not None:
                    changed.wait(SSE_KEEP_ALIVE_SECONDS)
                pending, done = found.events[sent:], found.finish is None
            for event in pending:
                yield _sse_event(render(event))
            sent += len(pending)
            if done:
                yield SSE_COMPLETE
                return
            if not pending:
                yield SSE_KEEP_ALIVE

    def rest_download(self, request: Request) -> Response:
        """GET /api/v1/apis/{apiId}/schemas/latest/download?stage= (the stage's schema, raw SDL) and
        GET /api/v1/apis/{apiId}/persistedQueries?stage= (its clients' published documents)."""
        self.log.record(request, request.get_data(), None)
        # The id is matched in the raw path: an escaped '/' (%2F) of a base64 id stays inside its segment.
        raw_path = (request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or request.path)
        match = REST_PATH_RE.fullmatch(raw_path.split("?", 1)[0])
        if match is None:
            return json_response({"error": "Not found."}, 404)
        if request.method != "GET":
            return text_response("Method not allowed; use GET.", 405, {"Allow": "GET"})
        api_id, what = unquote(match.group(1)), match.group(2)
        with self.store.lock:
            api, status = _api_for_download(self.store, self._caller(request), api_id)
            if status == 401:
                return json_response({"error": NOT_AUTHENTICATED}, 401,
                                     headers={"WWW-Authenticate": 'Bearer realm="nitro"'})
            if status == 403:
                return json_response({"error": NOT_AUTHORIZED}, 403)
            if api is None:
                return json_response({"error": f"The API with ID '{api_id}' was not found."}, 404)
            name = request.args.get("stage", "")
            stage = self.store.stage_named(api["id"], name)
            if stage is None:
                return json_response({"error": f"Stage '{name}' was not found."}, 404)
            if what.startswith("fusion/"):
                return fusion.download(self.registry, api, stage)
            if what == "schemas/latest/download":
                schema = self.store.published_schema(stage["id"])
                if schema is None:
                    return json_response({"error": f"No schema is published to the stage '{name}'."}, 404)
                return Response(schema["sdl"], content_type="application/graphql; charset=utf-8")
            documents: dict[str, list[str]] = {}
            for version in self.store.published_client_versions(stage["id"]):
                for digest, text in json.loads(version["operations"]).items():
                    ids = documents.setdefault(text, [])
                    if digest not in ids:
                        ids.append(digest)
        body = [{"apiId": global_id("Api", api["id"]), "documentIds": ids, "content": text}
                for text, ids in documents.items()]
        return json_response(body)

    # Test hooks of the registry ----------------------------------------------------------

    def list_approvals(self, _request: Request) -> Response:
        return json_response([{"requestId": r.id, "kind": r.kind, "apiId": global_id("Api", r.api_id),
                               "stage": r.stage, "tag": r.tag} for r in self.registry.waiting()])

    def answer_approval(self, request: Request) -> Response:
        """Approves (or with "reject": true rejects) one waiting request, or every one without requestId."""
        try:
            spec = _admin_json(request)
            request_id, reject = spec.get("requestId"), spec.get("reject", False)
            if request_id is not None and not isinstance(request_id, str):
                raise ValueError("requestId must be a string")
            if not isinstance(reject, bool):
                raise ValueError("reject must be true or false")
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        with self.registry.changed:
            found = self.registry.requests.get(request_id) if request_id is not None else None
        if request_id is not None and found is None:
            return json_response({"error": f"The request {request_id} is unknown."}, 404)
        targets = [found] if found is not None else self.registry.waiting()
        targets = [target for target in targets if self.registry.answer(target, not reject)]
        if found is not None and not targets:
            return json_response({"error": f"The request {request_id} is not waiting for approval."}, 409)
        state = "REJECTED" if reject else "APPROVED"
        return json_response({"answered": [{"requestId": t.id, "state": state} for t in targets]})

    def mark_stage(self, request: Request) -> Response:
        """Marks a stage as one whose publications wait for approval (or not)."""
        try:
            spec = _admin_json(request)
            api_id, name, needs = spec.get("apiId"), spec.get("stage"), spec.get("needsApproval", True)
            if not isinstance(api_id, str) or not isinstance(name, str):
                raise ValueError("apiId and stage must be strings")
            if not isinstance(needs, bool):
                raise ValueError("needsApproval must be true or false")
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        key = row_key(api_id, "Api")
        stage = None if key is None else self.store.stage_named(key, name)
        if stage is None:
            return json_response({"error": f"The API {api_id} has no stage {name!r}."}, 404)
        self.store.set_stage_approval(stage["id"], needs)
        return json_response({"apiId": api_id, "stage": name, "needsApproval": needs})

    def set_api_settings(self, request: Request) -> Response:
        """An API's schema registry settings (Api.settings.schemaRegistry), which publishing obeys."""
        names = ("treatDangerousAsBreaking", "allowBreakingSchemaChanges")
        try:
            spec = _admin_json(request)
            api_id = spec.pop("apiId", None)
            if not isinstance(api_id, str):
                raise ValueError("apiId must be a string")
            if set(spec) - set(names) or not all(isinstance(v, bool) for v in spec.values()):
                raise ValueError(f"the settings are {' and '.join(names)}, true or false")
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        key = row_key(api_id, "Api")
        if key is None or self.store.api(key) is None:
            return json_response({"error": f"The API {api_id} is unknown."}, 404)
        self.store.set_api_settings(key, spec)
        return json_response({"apiId": api_id, **_api(self.store.api(key)).settings["schemaRegistry"]})

    def list_scripts(self, _request: Request) -> Response:
        with self.scripts.lock:
            return json_response({"pending": list(self.scripts.pending), "finished": list(self.scripts.finished)})

    def add_script(self, request: Request) -> Response:
        try:
            script = validate_script(_admin_json(request))
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        with self.scripts.lock:
            self.scripts.pending.append(script)
            return json_response({"pending": list(self.scripts.pending)})

    def clear_scripts(self, _request: Request) -> Response:
        with self.scripts.lock:
            self.scripts.pending.clear()
            self.scripts.finished.clear()
        return json_response({"pending": [], "finished": []})

    # /_emulator --------------------------------------------------------------------

    def list_requests(self, _request: Request) -> Response:
        return json_response(self.log.entries())

    def clear_requests(self, _request: Request) -> Response:
        return json_response({"cleared": self.log.clear()})

    def list_faults(self, _request: Request) -> Response:
        return json_response({"faults": self.faults.to_json()})

    def add_fault(self, request: Request) -> Response:
        try:
            spec = _admin_json(request)
            params = {k: v for k, v in spec.items() if k not in ("mode", "count", "operation")}
            fault = make_fault(spec.get("mode"), params, self.error_types, spec.get("count"), spec.get("operation"))
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        self.faults.add(fault)
        return json_response({"faults": self.faults.to_json()})

    def clear_faults(self, _request: Request) -> Response:
        self.faults.clear()
        return json_response({"faults": []})

    def reset(self, _request: Request) -> Response:
        self.store.reset()
        self.oidc.reset()
        self.registry.reset()
        return json_response({"reset": True})

    def create_test_credential(self, request: Request) -> Response:
        """A PAT or access token with any expiry (past ones too), for auth tests."""
        try:
            spec = _admin_json(request)
            kind = spec.get("kind", "pat")
            if kind not in ("pat", "accessToken"):
                raise ValueError("kind must be pat or accessToken")
            user = self.store.user_by_email(spec.get("user", USERS[0][1]))
            if user is None:
                raise ValueError("user must be the email of a known user")
            description = spec.get("description", "test token")
            if not isinstance(description, str):
                raise ValueError("description must be a string")
            expires = spec.get("expiresAt")
            try:
                expires_at = datetime_to_ms(parse_datetime(expires)) if expires is not None \
                    else now_ms() + timedelta(days=30) // _MS
            except GraphQLError as exc:
                raise ValueError(exc.message) from None
        except (BadRequest, ValueError) as exc:
            return json_response({"error": str(exc)}, 400)
        if kind == "accessToken":
            secret = self.store.create_access_token(user["id"], expires_at)
            return json_response({"secret": secret, "expiresAt": format_datetime(ms_to_datetime(expires_at))})
        secret, row = self.store.create_token(user["id"], description, expires_at)
        token = _token(row)
        return json_response({
            "secret": secret, "id": token.id, "description": token.description,
            "createdAt": format_datetime(token.createdAt), "expiresAt": format_datetime(token.expiresAt),
        })


def _try_json(body: bytes) -> Any:
    try:
        return _decode_json(body)
    except BadRequest as exc:
        return exc


def _admin_json(request: Request) -> dict:
    value = _decode_json(request.get_data() or b"{}")
    if not isinstance(value, dict):
        raise BadRequest("The body must be a JSON object.")
    return value


def _rename_payload_errors(data: dict, typename: str) -> None:
    """unknown_typename: the payload errors (and those of each change) get a type name the client cannot know."""
    for payload in data.values():
        if not isinstance(payload, dict):
            continue
        errors = list(payload.get("errors") or [])
        errors += [change.get("error") for change in payload.get("changes") or [] if isinstance(change, dict)]
        for error in errors:
            if isinstance(error, dict) and "__typename" in error:
                error["__typename"] = typename


class KeepAliveHandler(WSGIRequestHandler):
    """Serves many requests per connection.  Werkzeug's own run_wsgi always sends
    `Connection: close`; this one reads the whole body first, so the next request
    line is intact, and always sends Content-Length."""

    protocol_version = "HTTP/1.1"
    timeout = KEEP_ALIVE_IDLE_SECONDS
    wbufsize = -1  # buffered: headers and body leave in one write, flushed per response

    def setup(self) -> None:
        super().setup()
        # Without this, Nagle's algorithm and the client's delayed ACK cost ~40 ms per request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def run_wsgi(self) -> None:
        environ = self.environ = self.make_environ()
        try:
            body = self._read_body(environ)
        except BadRequest as exc:
            self.close_connection = True
            self._send(exc.status, [("Content-Type", "text/plain; charset=utf-8")], f"{exc}\n".encode())
            return
        if body is None:  # the client went away mid-body
            self.close_connection = True
            return
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)

        started: list = []

        def start_response(status: str, headers: list, exc_info: Any = None) -> Callable:
            started[:] = [status, headers]
            return lambda _data: None  # the legacy write() callable is not supported

        try:
            chunks = self.server.app(environ, start_response)
            if environ.get(STREAMED):
                self._stream(started, chunks)
                return
            try:
                data = b"".join(chunks)
            finally:
                getattr(chunks, "close", lambda: None)()
        except Exception:
            self.log_error("Error on request:\n%s", traceback.format_exc())
            self.close_connection = True
            self._send(500, [("Content-Type", "text/plain; charset=utf-8")], b"Internal Server Error\n")
            return
        if environ.get(DROP_CONNECTION):
            self.close_connection = True  # no response at all: the socket just closes
            return
        status, headers = started
        code = int(status.split(None, 1)[0])
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        self._send(code, headers, data)

    def _read_body(self, environ: dict) -> bytes | None:
        if "wsgi.input_terminated" in environ:  # chunked: make_environ wrapped it in DechunkedInput
            try:
                return environ["wsgi.input"].read()
            except OSError:
                return None
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise BadRequest("Bad Content-Length.") from None
        if length < 0:
            raise BadRequest("Bad Content-Length.")
        multipart = environ.get("CONTENT_TYPE", "").lower().startswith(MULTIPART_FORM_DATA)
        if length > (MAX_MULTIPART_BODY_BYTES if multipart else MAX_BODY_BYTES):
            raise BadRequest("The request body is too large.", 413)
        body = self.rfile.read(length)
        return body if len(body) == length else None

    def _stream(self, started: list, chunks: Any) -> None:
        """An event stream: headers at once, each chunk flushed as the application yields it, the end of
        the stream marked by closing the connection (no Content-Length).  Other connections are served
        by their own threads meanwhile (the server is threaded)."""
        self.close_connection = True
        status, headers = started
        try:
            self.send_response(int(status.split(None, 1)[0]))
            for name, value in headers:
                if name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.flush()
            for chunk in chunks:
                if chunk:
                    self.wfile.write(chunk)
                    self.wfile.flush()
        except OSError:
            pass  # the client went away: stop making events
        finally:
            getattr(chunks, "close", lambda: None)()

    def _send(self, code: int, headers: list, data: bytes) -> None:
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        if not getattr(self.server, "quiet", False):
            sys.stderr.write(f'{self.address_string()} "{self.requestline}" {code}\n')


# --- Command line ----------------------------------------------------------------------


def _write_atomically(path: str, text: str, mode: int) -> None:
    """Temporary file in the same directory, fsync, rename: readers see all or nothing."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=".nitro-emulator-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            os.fchmod(file.fileno(), mode)
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="emulator.py", description="A local Nitro GraphQL API for nitro's tests and demo.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=_non_negative_int, default=0, help="port; 0 picks a free one (default: 0)")
    parser.add_argument("--port-file", metavar="F", help="write the port to F once ready (atomically)")
    parser.add_argument("--credentials-file", metavar="F",
                        help="write the URL and bootstrap credentials to F as JSON, mode 0600")
    parser.add_argument("--db", default=":memory:", metavar="PATH",
                        help="SQLite database; a file keeps data across restarts (default: :memory:)")
    parser.add_argument("--pat-secret", metavar="S",
                        help="the dev user's bootstrap PAT secret (default: $NITRO_EMULATOR_PAT, else random)")
    parser.add_argument("--seed-tokens", type=_non_negative_int, default=0, metavar="N",
                        help="create N tokens for the dev user in a new database (default: 0)")
    parser.add_argument("--max-page-size", type=_positive_int, default=DEFAULT_MAX_PAGE_SIZE, metavar="N",
                        help=f"largest first/last allowed (default: {DEFAULT_MAX_PAGE_SIZE})")
    parser.add_argument("--quiet", action="store_true", help="do not log each request on stderr")
    idp = parser.add_argument_group("identity provider (OpenID Connect)")
    default = OidcSettings()
    idp.add_argument("--require-client-id", metavar="ID",
                     help="accept only this OAuth client_id (default: any non-empty client_id)")
    idp.add_argument("--access-token-lifetime", type=_positive_int, default=default.access_token_lifetime,
                     metavar="SECONDS", help=f"lifetime of issued access and id tokens "
                     f"(default: {default.access_token_lifetime})")
    idp.add_argument("--refresh-token-lifetime", type=_positive_int, default=default.refresh_token_lifetime,
                     metavar="SECONDS", help=f"lifetime of refresh tokens (default: {default.refresh_token_lifetime})")
    idp.add_argument("--code-lifetime", type=_positive_int, default=default.code_lifetime, metavar="SECONDS",
                     help=f"lifetime of authorization codes (default: {default.code_lifetime})")
    idp.add_argument("--device-code-lifetime", type=_positive_int, default=default.device_code_lifetime,
                     metavar="SECONDS", help=f"lifetime of device codes (default: {default.device_code_lifetime})")
    idp.add_argument("--device-interval", type=_positive_int, default=default.device_interval, metavar="N",
                     help=f"seconds between device-code polls (default: {default.device_interval})")
    args = parser.parse_args(argv)
    if args.require_client_id is not None and not args.require_client_id:
        parser.error("--require-client-id must not be empty")
    args.pat_secret = args.pat_secret or os.environ.get("NITRO_EMULATOR_PAT") or None
    if args.pat_secret is not None and (not args.pat_secret.isprintable() or " " in args.pat_secret):
        parser.error("--pat-secret must be printable text without spaces")
    return args


def _raise_interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the server like Ctrl-C


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGINT, _raise_interrupt)
    with contextlib.ExitStack() as cleanup:
        try:
            if args.port_file:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(args.port_file)  # a stale file must not announce a dead server
            bootstrap = Bootstrap(
                pat=args.pat_secret or new_secret(PAT_PREFIX),
                access_token=new_secret(ACCESS_TOKEN_PREFIX),
                api_key=new_secret(API_KEY_PREFIX),
                other_pat=new_secret(PAT_PREFIX),
            )
            schema = build_graphql_schema()
            store = Store(args.db, bootstrap, args.seed_tokens)
            cleanup.callback(store.close)
            settings = OidcSettings(
                access_token_lifetime=args.access_token_lifetime,
                refresh_token_lifetime=args.refresh_token_lifetime,
                code_lifetime=args.code_lifetime,
                device_code_lifetime=args.device_code_lifetime,
                device_interval=args.device_interval,
                require_client_id=args.require_client_id,
            )
            app = Emulator(store, schema, args.max_page_size, settings)
            server = make_server(args.host, args.port, app, threaded=True, request_handler=KeepAliveHandler)
            server.quiet = args.quiet
            cleanup.callback(server.server_close)
            host = f"[{args.host}]" if ":" in args.host else args.host
            issuer = f"http://{host}:{server.port}"
            app.oidc.issuer = issuer
            url = f"{issuer}/graphql"
            if args.credentials_file:
                credentials = {"url": url, "pat": bootstrap.pat, "accessToken": bootstrap.access_token,
                               "apiKey": bootstrap.api_key, "otherPat": bootstrap.other_pat, "issuer": issuer}
                _write_atomically(args.credentials_file, json.dumps(credentials, indent=2) + "\n", 0o600)
            if args.port_file:
                _write_atomically(args.port_file, f"{server.port}\n", 0o644)
            lines = [
                f"Nitro emulator listening on {url}",
                f"Bootstrap PAT: {bootstrap.pat}",
                f"Bootstrap access token: {bootstrap.access_token}",
                f"Bootstrap API key: {bootstrap.api_key}",
                f"Other user's PAT: {bootstrap.other_pat}",
            ]
            if store.seed_seconds is not None:
                lines.append(f"Seeded {args.seed_tokens} personal access tokens in {store.seed_seconds:.2f} s")
            print("\n".join(lines), flush=True)
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        except (EmulatorError, sqlite3.Error, OSError) as exc:
            print(f"nitro emulator: {exc}", file=sys.stderr)
            return 1
    return 0


# OpenAPI and MCP collection versions (uploads, validation, publishing) live in collection_versions.py, loaded by
# its path: this file runs as a script and is imported as a package's module alike.
_collections_spec = util.spec_from_file_location("nitro_emulator_collection_versions",
                                                 Path(__file__).with_name("collection_versions.py"))
_collections = util.module_from_spec(_collections_spec)
_collections_spec.loader.exec_module(_collections)
_collections.install(sys.modules[__name__])

if __name__ == "__main__":
    sys.exit(main())
