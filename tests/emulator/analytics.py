"""The schema's usage analytics, answered from what was published: Stage.coordinate(coordinate) and
Stage.coordinates(...) read the schema last published on the stage; which clients' operations use a coordinate
comes from the client versions published on the stage (each document walked against that schema); request
counts come from usage a test records with POST /_emulator/usage (the emulator serves no real traffic). See
README.md, "Usage analytics". emulator.py hands this module its helpers through install()."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from graphql import (GraphQLEnumType, GraphQLError, GraphQLInputObjectType, GraphQLInterfaceType,
                     GraphQLObjectType, GraphQLSchema, OperationDefinitionNode, TypeInfo, TypeInfoVisitor,
                     Visitor, build_ast_schema, get_named_type, parse, visit)

em: Any = None  # the emulator module, set by install()

NAME = r"[_A-Za-z][_0-9A-Za-z]*"
COORDINATE_RE = re.compile(rf"^(?:@{NAME}(?:\({NAME}:\))?|{NAME}(?:\.{NAME}(?:\({NAME}:\))?)?)$")
DEFAULT_WINDOW = timedelta(days=7)  # usage(from, to) without a window


@dataclass
class Record:
    """Requests of one published operation of a client on a stage, recorded by a test."""
    stage: int
    client: int
    hash: str
    at: datetime
    requests: int
    errors: int
    duration: float  # mean milliseconds a request


_lock = threading.Lock()
_records: list[Record] = []


def install(module: Any) -> None:
    global em
    em = module
    em.RESOLVERS.update({
        ("Stage", "coordinate"): resolve_stage_coordinate,
        ("Stage", "coordinates"): resolve_stage_coordinates,
        ("TypeSystemMember", "usage"): resolve_member_usage,
        ("TypeSystemMember", "metrics"): resolve_member_metrics,
        ("CoordinateMetrics", "clientUsages"): resolve_client_usages,
        ("CoordinateClientUsageMetrics", "operations"): resolve_client_operations,
    })


# ---- the stage's schema and its members -------------------------------------------------------

@lru_cache(maxsize=64)
def _schema(sdl: str) -> GraphQLSchema | None:
    try:
        return build_ast_schema(parse(sdl), assume_valid=True)
    except (GraphQLError, TypeError):
        return None


@lru_cache(maxsize=64)
def _members(sdl: str) -> dict[str, tuple[str, bool]]:
    """coordinate -> (CoordinateKind, deprecated) of every member of a schema, in schema order."""
    schema, members = _schema(sdl), {}
    if schema is None:
        return members
    for name, gql_type in schema.type_map.items():
        if name.startswith("__") or name in ("String", "Int", "Float", "Boolean", "ID"):
            continue
        members[name] = ("TYPE", False)
        if isinstance(gql_type, (GraphQLObjectType, GraphQLInterfaceType)):
            for field_name, field in gql_type.fields.items():
                members[f"{name}.{field_name}"] = ("FIELD", field.deprecation_reason is not None)
                for arg_name, arg in field.args.items():
                    members[f"{name}.{field_name}({arg_name}:)"] = ("ARGUMENT", arg.deprecation_reason is not None)
        elif isinstance(gql_type, GraphQLInputObjectType):
            for field_name, field in gql_type.fields.items():
                members[f"{name}.{field_name}"] = ("INPUT_FIELD", field.deprecation_reason is not None)
        elif isinstance(gql_type, GraphQLEnumType):
            for value_name, value in gql_type.values.items():
                members[f"{name}.{value_name}"] = ("ENUM_VALUE", value.deprecation_reason is not None)
    for directive in schema.directives:
        if directive.name not in ("skip", "include", "deprecated", "specifiedBy", "oneOf"):
            members[f"@{directive.name}"] = ("DIRECTIVE", False)
    return members


@lru_cache(maxsize=1024)
def _operation(sdl: str, document: str) -> tuple[str | None, str, frozenset] | None:
    """(name, kind, the coordinates it uses) of an operation document, walked against the schema."""
    schema = _schema(sdl)
    try:
        tree = parse(document)
    except GraphQLError:
        return None
    if schema is None:
        return None
    info, used, fields = TypeInfo(schema), set(), []

    class Uses(Visitor):
        def enter_field(self, node, *_):
            parent, definition = info.get_parent_type(), info.get_field_def()
            fields.append(node.name.value)
            if parent is not None and definition is not None:
                used.update({parent.name, f"{parent.name}.{node.name.value}", get_named_type(definition.type).name})

        def leave_field(self, *_):
            fields.pop()

        def enter_argument(self, node, *_):
            directive, parent = info.get_directive(), info.get_parent_type()
            if directive is not None:
                used.add(f"@{directive.name}({node.name.value}:)")
            elif parent is not None and info.get_argument() is not None and fields:
                used.add(f"{parent.name}.{fields[-1]}({node.name.value}:)")

        def enter_object_field(self, node, *_):
            parent = get_named_type(info.get_parent_input_type())
            if parent is not None:
                used.add(f"{parent.name}.{node.name.value}")

        def enter_enum_value(self, node, *_):
            enum = get_named_type(info.get_input_type())
            if isinstance(enum, GraphQLEnumType):
                used.add(f"{enum.name}.{node.value}")

        def enter_directive(self, node, *_):
            used.add(f"@{node.name.value}")

    visit(tree, TypeInfoVisitor(info, Uses()))
    operation = next((d for d in tree.definitions if isinstance(d, OperationDefinitionNode)), None)
    if operation is None:
        return None
    return (operation.name.value if operation.name else None, operation.operation.value.upper(), frozenset(used))


@dataclass
class Published:
    """An operation of a client version published on a stage."""
    client: int
    client_name: str
    version: int
    hash: str
    name: str | None
    kind: str
    uses: frozenset


def _published(store: Any, stage: int, sdl: str) -> list[Published]:
    found = []
    for row in store.published_client_versions(stage):
        for hash_, document in sorted(json.loads(row["operations"]).items()):
            walked = _operation(sdl, document) if isinstance(document, str) else None
            if walked:
                found.append(Published(row["client_id"], row["client_name"], row["id"], hash_, *walked))
    return found


# ---- the objects served --------------------------------------------------------------------------

def _member(stage: Any, sdl: str, coordinate: str) -> Any:
    kind, deprecated = _members(sdl)[coordinate]
    return em.gql_object("TypeSystemMember", coordinate=coordinate, isDeprecated=deprecated, kind=kind,
                         stage_key=stage.key, sdl=sdl)


def _stage_sdl(store: Any, stage: Any) -> str | None:
    row = store.published_schema(stage.key)
    return bytes(row["sdl"]).decode("utf-8", errors="replace") if row else None


def resolve_stage_coordinate(stage: Any, info: Any, coordinate: str) -> Any:
    if not COORDINATE_RE.match(coordinate):
        raise GraphQLError(f"'{coordinate}' is not a schema coordinate (Type, Type.field, Type.field(arg:), "
                           "Enum.VALUE or @directive).", extensions={"code": "INVALID_COORDINATE"})
    sdl = _stage_sdl(info.context.store, stage)
    return _member(stage, sdl, coordinate) if sdl and coordinate in _members(sdl) else None


def _window(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    end = end or datetime.now(timezone.utc)
    return start or end - DEFAULT_WINDOW, end


def _in_window(start: datetime, end: datetime, stage: int) -> list[Record]:
    with _lock:
        return [r for r in _records if r.stage == stage and start <= r.at <= end]


def _usage(store: Any, member: Any, start: datetime, end: datetime) -> dict:
    users = {(p.client, p.hash) for p in _published(store, member.stage_key, member.sdl)
             if member.coordinate in p.uses}
    records = [r for r in _in_window(start, end, member.stage_key) if (r.client, r.hash) in users and r.requests]
    requests = sum(r.requests for r in records)
    return {
        "totalRequests": requests,
        "clientCount": len({r.client for r in records}),
        "operationCount": len({(r.client, r.hash) for r in records}),
        "firstSeen": min((r.at for r in records), default=None),
        "lastSeen": max((r.at for r in records), default=None),
        "errorRate": sum(r.errors for r in records) / requests if requests else 0.0,
        "meanDuration": sum(r.duration * r.requests for r in records) / requests if requests else 0.0,
    }


def resolve_member_usage(member: Any, info: Any, **args: Any) -> dict:
    return _usage(info.context.store, member, *_window(args.get("from"), args.get("to")))


def resolve_member_metrics(member: Any, _info: Any) -> Any:
    return em.gql_object("CoordinateMetrics", member=member)


def resolve_client_usages(metrics: Any, info: Any, **args: Any) -> list:
    store, member = info.context.store, metrics.member
    start, end = _window(args.get("from"), args.get("to"))
    records = _in_window(start, end, member.stage_key)
    minutes = max((end - start).total_seconds() / 60, 1.0)
    by_client: dict[int, list[Published]] = {}
    for published in _published(store, member.stage_key, member.sdl):
        if member.coordinate in published.uses:
            by_client.setdefault(published.client, []).append(published)
    usages = []
    for client_key, operations in by_client.items():
        counted = {}
        for published in operations:
            mine = [r for r in records if r.client == client_key and r.hash == published.hash]
            entry = counted.setdefault(published.hash, {"published": published, "versions": set(), "records": mine})
            entry["versions"].add(published.version)
        total = sum(r.requests for e in counted.values() for r in e["records"])
        insights = []
        for hash_, entry in counted.items():
            requests = sum(r.requests for r in entry["records"])
            errors = sum(r.errors for r in entry["records"])
            insights.append(em.gql_object(
                "CoordinateClientUsageOperationInsight", operationName=entry["published"].name, hash=hash_,
                kind=entry["published"].kind, opm=requests / minutes, totalCount=requests,
                totalCountWithErrors=errors, errorRate=errors / requests if requests else 0.0,
                averageLatency=(sum(r.duration * r.requests for r in entry["records"]) / requests
                                if requests else 0.0),
                impact=requests / total if total else 0.0, totalVersions=len(entry["versions"])))
        insights.sort(key=lambda o: (-o.totalCount, o.operationName or "", o.hash))
        client = em._client(store.client(client_key))
        usages.append(em.gql_object(
            "CoordinateClientUsage", name=operations[0].client_name, client=client,
            totalVersions=len({p.version for p in operations}), totalOperations=len(counted), totalRequests=total,
            metrics=em.gql_object("CoordinateClientUsageMetrics", insights=insights)))
    usages.sort(key=lambda u: (-u.totalRequests, u.name))
    return usages


def resolve_client_operations(metrics: Any, _info: Any, first: int | None = None) -> dict:
    nodes = metrics.insights if first is None else metrics.insights[:max(first, 0)]
    return {"nodes": nodes, "pageInfo": {"hasNextPage": len(nodes) < len(metrics.insights),
                                         "hasPreviousPage": False, "startCursor": None, "endCursor": None}}


def resolve_stage_coordinates(stage: Any, info: Any, first: int, **args: Any) -> dict:
    store = info.context.store
    sdl = _stage_sdl(store, stage)
    kinds, deprecated = args.get("kinds"), args.get("isDeprecated")
    start, end = _window(args.get("from"), args.get("to"))
    nodes = []
    for coordinate, (kind, is_deprecated) in (_members(sdl) if sdl else {}).items():
        if (kinds is None or kind in kinds) and (deprecated is None or deprecated == is_deprecated):
            member = _member(stage, sdl, coordinate)
            member.usage_in_window = _usage(store, member, start, end)
            nodes.append(member)
    if any((order or {}).get("totalRequests") for order in args.get("orderBy") or []):
        descending = any((order or {}).get("totalRequests") == "DESC" for order in args["orderBy"])
        nodes.sort(key=lambda m: m.usage_in_window["totalRequests"], reverse=descending)
    shown = nodes[:max(first, 0)]
    return {"nodes": shown, "pageInfo": {"hasNextPage": len(shown) < len(nodes), "hasPreviousPage": False,
                                         "startCursor": None, "endCursor": None}}


# ---- the test hook -------------------------------------------------------------------------------

def routes(app: Any) -> dict:
    reset = app.routes["/_emulator/reset"]["POST"]

    def record(request: Any) -> Any:
        """POST /_emulator/usage: requests of a published operation of a client on a stage."""
        try:
            body = em._admin_json(request)
            api_id, stage_name, client_id, hash_ = (body.get(k) for k in ("apiId", "stage", "clientId", "hash"))
            if not all(isinstance(v, str) for v in (api_id, stage_name, client_id, hash_)):
                raise ValueError("apiId, stage, clientId and hash must be strings")
            requests, errors = body.get("requests", 1), body.get("errors", 0)
            duration = body.get("duration", 10)
            if not (isinstance(requests, int) and isinstance(errors, int) and 0 <= errors <= requests
                    and isinstance(duration, (int, float)) and duration >= 0):
                raise ValueError("requests, errors (at most requests) and duration must be numbers >= 0")
            at = em.parse_datetime(body["at"]) if "at" in body else datetime.now(timezone.utc)
        except (em.BadRequest, ValueError, GraphQLError) as exc:
            return em.json_response({"error": str(exc)}, 400)
        store = app.store
        api_key, client_key = em.row_key(api_id, "Api"), em.row_key(client_id, "Client")
        stage = store.stage_named(api_key, stage_name) if api_key is not None else None
        if stage is None:
            return em.json_response({"error": f"The API {api_id} has no stage {stage_name!r}."}, 404)
        published = [row for row in store.published_client_versions(stage["id"])
                     if row["client_id"] == client_key and hash_ in json.loads(row["operations"])]
        if not published:
            return em.json_response({"error": f"No operation {hash_!r} of client {client_id} is published on "
                                              f"{stage_name!r}."}, 404)
        with _lock:
            _records.append(Record(stage["id"], client_key, hash_, at, requests, errors, float(duration)))
        return em.json_response({"recorded": requests})

    def reset_all(request: Any) -> Any:
        with _lock:
            _records.clear()
        return reset(request)

    return {"/_emulator/usage": {"POST": record}, "/_emulator/reset": {"POST": reset_all}}
