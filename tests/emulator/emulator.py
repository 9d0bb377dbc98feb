#!/usr/bin/env python3
"""A local emulator of the Nitro GraphQL API, for nitro's tests and its demo.

It serves ../../spec/schema.graphql over GraphQL-over-HTTP: graphql-core parses,
validates and executes every request, SQLite holds the data, and admin
endpoints under /_emulator/ give tests a request log, fault injection and a
reset.  README.md in this folder describes the options and the admin API.

Run:    python3 tests/emulator/emulator.py [options]
Import: the module exposes build_graphql_schema, Store, Emulator and main.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata


def _require(distribution: str, minimum: tuple[int, int]) -> None:
    """Exit with a clear message when a needed library is missing or too old."""
    try:
        version = metadata.version(distribution)
    except metadata.PackageNotFoundError:
        version = None
    found = tuple(int(part) for part in re.findall(r"\d+", version or "")[:2])
    if found < minimum:
        wanted = ".".join(map(str, minimum))
        sys.exit(
            f"nitro emulator: needs {distribution} >= {wanted}, found {version or 'none'} "
            f"for {sys.executable}; run it with the python3 from PATH."
        )


# Checked before the imports below, which would fail obscurely on graphql-core 2.
_require("graphql-core", (3, 2))
_require("werkzeug", (2, 3))

import argparse  # noqa: E402
import base64  # noqa: E402
import binascii  # noqa: E402
import contextlib  # noqa: E402
import hashlib  # noqa: E402
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

from graphql import (  # noqa: E402
    DocumentNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    OperationType,
    StringValueNode,
    build_schema,
    get_operation_ast,
    parse,
    validate,
)
from graphql.execution import ExecutionContext  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402
from werkzeug.wrappers import Request, Response  # noqa: E402

SCHEMA_PATH = Path(__file__).resolve().parent.parent.parent / "spec" / "schema.graphql"

PAT_PREFIX = "nitro_pat_"
API_KEY_PREFIX = "nitro_key_"
ACCESS_TOKEN_PREFIX = "nitro_at_"
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
}


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

SCHEMA_VERSION = 1
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
    bootstrap INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    bootstrap INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, id);
PRAGMA user_version = {SCHEMA_VERSION};
"""

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
        elif version != SCHEMA_VERSION:
            raise EmulatorError(f"{path}: unknown emulator database version {version}")
        with self.conn:
            self._install_bootstrap()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def reset(self) -> None:
        """Restores the initial data and the bootstrap credentials of this start."""
        with self.lock, self.conn:
            for table in ("memberships", "personal_access_tokens", "access_tokens", "api_keys",
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
                "SELECT id, workspace_id FROM api_keys WHERE secret_hash = ?", (digest,)
            ).fetchone()
        return Caller(None, row["workspace_id"], session_id("api-key", row["id"])) if row else None

    def caller_for_access_token(self, token: str) -> Caller | None:
        with self.lock:
            row = self.conn.execute(
                "SELECT id, user_id FROM access_tokens WHERE secret_hash = ? AND expires_at > ?",
                (hash_secret(token), now_ms()),
            ).fetchone()
        return Caller(row["user_id"], None, session_id("access-token", row["id"])) if row else None

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

    def visible_workspace(self, caller: Caller, workspace_id: int) -> sqlite3.Row | None:
        """A workspace the caller may see: a member's, or the API key's own."""
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

    def create_api_key(self, workspace_id: int, name: str) -> tuple[str, sqlite3.Row]:
        secret = new_secret(API_KEY_PREFIX)
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "INSERT INTO api_keys (workspace_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)",
                (workspace_id, name, hash_secret(secret), now_ms()),
            )
            return secret, self.api_key(cursor.lastrowid)

    def delete_api_key(self, key_id: int) -> None:
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM api_keys WHERE id = ?", (key_id,))


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


@dataclass
class RequestContext:
    store: Store
    caller: Caller
    max_page_size: int
    fault: Fault | None = None  # a payload fault (payload_error, null_payload, unknown_typename)


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


def resolve_node(_root: Any, info: Any, id: str) -> Any:  # noqa: A002 - the argument's name
    parsed = parse_global_id(id)
    if parsed is None:
        return None
    type_name, key = parsed
    store, caller = info.context.store, info.context.caller
    if type_name == "Workspace":
        row = store.visible_workspace(caller, key)
        return row and _workspace(row)
    if type_name == "ApiKey":
        row = store.api_key(key)
        return row and store.visible_workspace(caller, row["workspace_id"]) and _api_key(row)
    if caller.user_id is None:
        return None
    if type_name == "User" and key == caller.user_id:
        return _user(store.user(key))
    if type_name == "PersonalAccessToken":
        row = store.live_token(caller.user_id, key)
        return row and _token(row)
    return None


def resolve_workspace_by_id(_root: Any, info: Any, workspaceId: str) -> Workspace | None:  # noqa: N803
    parsed = parse_global_id(workspaceId)
    if parsed is None or parsed[0] != "Workspace":
        return None
    row = info.context.store.visible_workspace(info.context.caller, parsed[1])
    return row and _workspace(row)


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
    return _connection(info, "api_keys", workspace.key, _api_key, **args)


def resolve_api_key_workspace(key: ApiKey, info: Any) -> Workspace | None:
    row = info.context.store.visible_workspace(info.context.caller, key.workspace_key)
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
        fields = {
            name: [{"message": fault.params["message"] or ERROR_MESSAGES["ValidationError"]}]
            if name == "errors" else input.get(name, "")
            for name in error_type.fields if name != "message"
        }
        return {"errors": [payload_error(error_type.name, fault.params["message"], **fields)]}

    return resolver


@_mutation
def create_personal_access_token(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if ctx.caller.user_id is None:
        return {"errors": [payload_error("UnauthorizedOperation", NOT_A_USER)]}
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
    if ctx.caller.user_id is None:
        return {"errors": [payload_error("UnauthorizedOperation", NOT_A_USER)]}
    parsed = parse_global_id(input["id"])
    row = None
    if parsed is not None and parsed[0] == "PersonalAccessToken":
        row = ctx.store.revoke_token(ctx.caller.user_id, parsed[1])
    if row is None:
        return {"errors": [payload_error("PersonalAccessTokenNotFoundError")]}
    return {"personalAccessToken": _token(row)}


@_mutation
def create_api_key(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if ctx.caller.user_id is None:
        return {"errors": [payload_error("UnauthorizedOperation", NOT_A_USER)]}
    if not input["name"].strip():
        return {"errors": [validation_error(["The name must not be empty."])]}
    parsed = parse_global_id(input["workspaceId"])
    row = parsed and parsed[0] == "Workspace" and ctx.store.visible_workspace(ctx.caller, parsed[1])
    if not row:
        return {"errors": [payload_error("WorkspaceNotFound")]}
    if row["personal"]:
        return {"errors": [payload_error("PersonalWorkspaceNotSupportedError")]}
    secret, key = ctx.store.create_api_key(row["id"], input["name"])
    return {"result": {"secret": secret, "key": _api_key(key)}}


@_mutation
def delete_api_key(ctx: RequestContext, input: dict) -> dict:  # noqa: A002
    if ctx.caller.user_id is None:
        return {"errors": [payload_error("UnauthorizedOperation", NOT_A_USER)]}
    parsed = parse_global_id(input["apiKeyId"])
    row = parsed and parsed[0] == "ApiKey" and ctx.store.api_key(parsed[1])
    if not row or not ctx.store.visible_workspace(ctx.caller, row["workspace_id"]):
        return {"errors": [payload_error("ApiKeyNotFoundError", apiKeyId=input["apiKeyId"])]}
    ctx.store.delete_api_key(row["id"])
    return {"apiKey": _api_key(row)}


RESOLVERS: dict[tuple[str, str], Callable[..., Any]] = {
    ("Query", "me"): resolve_me,
    ("Query", "node"): resolve_node,
    ("Query", "workspaceById"): resolve_workspace_by_id,
    ("Viewer", "user"): resolve_viewer_user,
    ("Viewer", "activeWorkspace"): resolve_viewer_active_workspace,
    ("Viewer", "personalAccessTokens"): resolve_viewer_tokens,
    ("Viewer", "workspaces"): resolve_viewer_workspaces,
    ("Workspace", "apiKeys"): resolve_workspace_api_keys,
    ("ApiKey", "workspace"): resolve_api_key_workspace,
    ("Mutation", "createPersonalAccessToken"): create_personal_access_token,
    ("Mutation", "revokePersonalAccessToken"): revoke_personal_access_token,
    ("Mutation", "createApiKey"): create_api_key,
    ("Mutation", "deleteApiKey"): delete_api_key,
}


def _resolve_type_by_class(value: Any, _info: Any, _abstract_type: Any) -> str:
    return type(value).__name__


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
    date_time = schema.get_type("DateTime")
    date_time.serialize = _serialize_datetime
    date_time.parse_value = parse_datetime
    date_time.parse_literal = _parse_datetime_literal
    return schema


def error_type_names(schema: GraphQLSchema) -> set[str]:
    error = schema.get_type("Error")
    return {t.name for t in schema.get_possible_types(error)}


# --- Faults --------------------------------------------------------------------------

# Mode -> {parameter: (type, default)}.
FAULT_PARAMETERS: dict[str, dict[str, tuple[type, Any]]] = {
    "slow": {"delayMs": (int, 1000)},
    "http_status": {"status": (int, 500), "retryAfter": (int, None), "body": (str, "text")},
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
        return {"mode": self.mode, "count": self.count, "operation": self.operation, **self.params}


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


def read_graphql_request(request: Request, parsed: Any) -> GraphQLRequest:
    """The well-formed GraphQL-over-HTTP request, or BadRequest (always a 4xx)."""
    if request.mimetype != APPLICATION_JSON:
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
        gql.document = parse(query)
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


class RequestLog:
    """Every /graphql request in arrival order, in memory only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict] = []

    def record(self, request: Request, body: bytes, parsed: Any) -> None:
        is_object = isinstance(parsed, dict)
        entry = {
            "method": request.method,
            "path": request.path,
            "headers": {name.lower(): value for name, value in request.headers.items()},
            "body": body.decode("utf-8", errors="replace"),
            "json": None if isinstance(parsed, BadRequest) else parsed,
            "operationName": parsed.get("operationName") if is_object else None,
            "variables": parsed.get("variables") if is_object else None,
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


class Emulator:
    """The WSGI application: /graphql plus the /_emulator admin endpoints."""

    def __init__(self, store: Store, schema: GraphQLSchema, max_page_size: int = DEFAULT_MAX_PAGE_SIZE):
        self.store = store
        self.schema = schema
        self.max_page_size = max_page_size
        self.error_types = error_type_names(schema)
        self.faults = FaultBook()
        self.log = RequestLog()
        self.routes: dict[str, dict[str, Callable[[Request], Response]]] = {
            "/graphql": {"POST": self.graphql},
            "/_emulator/health": {"GET": lambda _request: text_response("ok")},
            "/_emulator/requests": {"GET": self.list_requests, "DELETE": self.clear_requests},
            "/_emulator/faults": {"GET": self.list_faults, "POST": self.add_fault, "DELETE": self.clear_faults},
            "/_emulator/reset": {"POST": self.reset},
            "/_emulator/tokens": {"POST": self.create_test_credential},
        }

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        request = Request(environ)
        return self.dispatch(request)(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        handlers = self.routes.get(request.path)
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
                return json_response({"errors": [{"message": f"{status} {reason}"}]}, status, headers=headers)
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
        errors = validate(self.schema, gql.document)
        if errors:
            return request_errors(errors)
        with self.store.lock:  # one consistent view of the data for the whole request
            caller = self._caller(request)
            if caller is None:
                return auth_error_response("AUTH_NOT_AUTHENTICATED", media_type)
            payload_fault = fault if fault is not None and fault.mode in PAYLOAD_MODES else None
            context = RequestContext(self.store, caller, self.max_page_size, payload_fault)
            execution = ExecutionContext.build(
                self.schema, gql.document, None, context, gql.variables, gql.operation_name,
                is_awaitable=lambda _value: False,
            )
            if isinstance(execution, list):  # no such operation, or bad variables
                return request_errors(execution)
            try:
                data = execution.execute_operation(execution.operation, None)
            except GraphQLError as error:  # a non-null root field failed
                execution.errors.append(error)
                data = None
            result = execution.build_response(data, execution.errors)
        for error in result.errors or ():
            if error.original_error is not None and not isinstance(error.original_error, GraphQLError):
                traceback.print_exception(error.original_error, file=sys.stderr)
        if payload_fault is not None and payload_fault.mode == "unknown_typename" and result.data:
            _rename_payload_errors(result.data, payload_fault.params["typename"])
        return graphql_response(result.formatted, media_type)

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
    """unknown_typename: the payload errors get a type name the client cannot know."""
    for payload in data.values():
        if isinstance(payload, dict) and isinstance(payload.get("errors"), list):
            for error in payload["errors"]:
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
        if length > MAX_BODY_BYTES:
            raise BadRequest("The request body is too large.", 413)
        body = self.rfile.read(length)
        return body if len(body) == length else None

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
    args = parser.parse_args(argv)
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
            app = Emulator(store, schema, args.max_page_size)
            server = make_server(args.host, args.port, app, threaded=True, request_handler=KeepAliveHandler)
            server.quiet = args.quiet
            cleanup.callback(server.server_close)
            host = f"[{args.host}]" if ":" in args.host else args.host
            url = f"http://{host}:{server.port}/graphql"
            if args.credentials_file:
                credentials = {"url": url, "pat": bootstrap.pat, "accessToken": bootstrap.access_token,
                               "apiKey": bootstrap.api_key, "otherPat": bootstrap.other_pat}
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


if __name__ == "__main__":
    sys.exit(main())
