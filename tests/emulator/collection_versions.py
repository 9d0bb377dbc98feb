"""OpenAPI and MCP feature collections beyond create, list and delete: versions uploaded as zip archives
(`collection.zip`) and stored by tag, their files checked, validation and publishing with their events over SSE
(the schema registry's requests, queue, approvals and API-key scopes).

emulator.py loads this file by its path (it runs as a script and is imported as a package's module alike) and
calls `install(emulator_module)`, which adds the resolvers, the subscription fields, a reset of
the versions with the store's, and `GET /_emulator/collections` (every stored version with its entry names).

What is checked, as the Nitro server would refuse it:
- upload: the archive is a zip (else Invalid<Kind>ArchiveError) with at least one document of the kind: OpenAPI
  `*.graphql` anywhere; MCP `prompts/*.json` and `tools/*.graphql`, nothing else; the tag is new.
- validate and publish: each OpenAPI document parses and every operation in it has its `@http(method, route)`
  directive (an endpoint) or is a fragment (a model); each MCP prompt is a JSON object and each tool a GraphQL
  document with an operation. A failure is a <Kind>ValidationError tree, never overridden by --force.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from graphql import FragmentDefinitionNode, OperationDefinitionNode, StringValueNode, parse
from graphql.error import GraphQLSyntaxError

em: Any = None  # the emulator module, set by install()

KINDS = {
    "OpenApiCollection": {"field": "openApiCollection", "id_field": "openApiCollectionId",
                          "label": "OpenAPI collection", "request": "openapi"},
    "McpFeatureCollection": {"field": "mcpFeatureCollection", "id_field": "mcpFeatureCollectionId",
                             "label": "MCP feature collection", "request": "mcp"},
}
MAX_ENTRIES = 100_000


def _versions(store: Any) -> dict:
    """{(kind, collection row id): {tag: {"id", "entries": {name: bytes}}}} of this store."""
    return store.__dict__.setdefault("_collection_versions", {})


def _published(store: Any) -> dict:
    """{(kind, collection row id, stage row id): tag}."""
    return store.__dict__.setdefault("_collection_publications", {})


# ---- the archive ----------------------------------------------------------------------------------------------

def read_archive(data: bytes) -> tuple[dict[str, bytes] | None, str | None]:
    """The archive's files by entry name, or why it is not an archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            if len(infos) > MAX_ENTRIES:
                return None, f"The archive has more than {MAX_ENTRIES} entries."
            files = {}
            for info in infos:
                name = info.filename
                if name.startswith("/") or ".." in name.split("/"):
                    return None, f"The archive's entry '{name}' is outside the archive."
                files[name] = archive.read(info)
            return files, None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        return None, f"The file is not a zip archive: {exc}."


def _documents(kind: str, files: dict[str, bytes]) -> tuple[list[str], str | None]:
    """The entries that are documents of the kind, or why the archive holds none (or something else)."""
    if kind == "OpenApiCollection":
        found = sorted(name for name in files if name.endswith(".graphql"))
        return found, None if found else "The archive has no OpenAPI document (*.graphql)."
    others = sorted(name for name in files if not (
        (name.startswith("prompts/") and name.endswith(".json")) or
        (name.startswith("tools/") and name.endswith(".graphql"))))
    if others:
        return [], f"The archive has entries that are neither prompts/*.json nor tools/*.graphql: {others[0]}."
    found = sorted(files)
    return found, None if found else "The archive has no MCP prompt or tool."


def _document_error(kind: str, exc: GraphQLSyntaxError) -> Any:
    locations = [em.gql_object("ErrorLocation", line=loc.line, column=loc.column) for loc in exc.locations or []]
    return em.gql_object(f"{kind}ValidationDocumentError", code="SYNTAX_ERROR", message=exc.message, path=None,
                         locations=locations)


def _entity_error(kind: str, message: str) -> Any:
    return em.gql_object(f"{kind}ValidationEntityValidationError", message=message)


def _text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _http_directive(operation: OperationDefinitionNode) -> tuple[str, str] | None:
    for directive in operation.directives or ():
        if directive.name.value != "http":
            continue
        args = {arg.name.value: arg.value for arg in directive.arguments or ()}
        method, route = args.get("method"), args.get("route")
        method_text = getattr(method, "value", None)
        if isinstance(route, StringValueNode) and isinstance(method_text, str):
            return method_text, route.value
    return None


def _openapi_entities(files: dict[str, bytes], names: list[str]) -> list:
    kind, entities = "OpenApiCollection", []
    for name in names:
        text = _text(files[name])
        if text is None:
            entities.append(em.gql_object(f"{kind}ValidationModel", name=name, errors=[
                _entity_error(kind, "The document is not UTF-8 text.")]))
            continue
        try:
            document = parse(text)
        except GraphQLSyntaxError as exc:
            entities.append(em.gql_object(f"{kind}ValidationModel", name=name, errors=[_document_error(kind, exc)]))
            continue
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode) and _http_directive(definition) is None:
                operation = definition.name.value if definition.name else "(anonymous)"
                entities.append(em.gql_object(f"{kind}ValidationEndpoint", httpMethod="(no @http)", route=name,
                                              errors=[_entity_error(kind, (
                                                  f"The operation '{operation}' has no @http directive: an "
                                                  "endpoint needs @http(method: ..., route: \"...\")."))]))
            elif not isinstance(definition, (OperationDefinitionNode, FragmentDefinitionNode)):
                entities.append(em.gql_object(f"{kind}ValidationModel", name=name, errors=[_entity_error(
                    kind, "An OpenAPI document holds operations and fragments only.")]))
    return entities


def _mcp_entities(files: dict[str, bytes], names: list[str]) -> list:
    kind, entities = "McpFeatureCollection", []
    for name in names:
        stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        text = _text(files[name])
        if name.startswith("prompts/"):
            try:
                prompt = json.loads(text) if text is not None else None
            except json.JSONDecodeError as exc:
                entities.append(em.gql_object(f"{kind}ValidationPrompt", name=stem, errors=[
                    _entity_error(kind, f"The prompt is not JSON: {exc}.")]))
                continue
            if not isinstance(prompt, dict):
                entities.append(em.gql_object(f"{kind}ValidationPrompt", name=stem, errors=[
                    _entity_error(kind, "The prompt is not a JSON object.")]))
            continue
        try:
            document = parse(text) if text is not None else None
        except GraphQLSyntaxError as exc:
            entities.append(em.gql_object(f"{kind}ValidationTool", name=stem, errors=[_document_error(kind, exc)]))
            continue
        if document is None or not any(isinstance(d, OperationDefinitionNode) for d in document.definitions):
            entities.append(em.gql_object(f"{kind}ValidationTool", name=stem, errors=[
                _entity_error(kind, "The tool is not a GraphQL document with an operation.")]))
    return entities


def validation_errors(kind: str, row: Any, files: dict[str, bytes]) -> list:
    """[<Kind>ValidationError] naming each entity that is wrong, or []."""
    names, _problem = _documents(kind, files)
    entities = (_openapi_entities if kind == "OpenApiCollection" else _mcp_entities)(files, names)
    if not entities:
        return []
    collection = em.gql_object(f"{kind}ValidationCollection", entities=entities,
                               **{KINDS[kind]["field"]: em._collection(row)})
    return [em.gql_object(f"{kind}ValidationError", collections=[collection])]


# ---- the mutations --------------------------------------------------------------------------------------------

def _collection_for_change(ctx: Any, kind: str, given: str) -> tuple[Any, Any, dict | None]:
    """(collection row, API row, refusal): not found unless the caller may see its API; UnauthorizedOperation
    for an API key scoped to another API."""
    info = KINDS[kind]
    key = em.row_key(given, kind)
    row = None if key is None else ctx.store.collection(key, kind)
    not_found = {"errors": [em.payload_error(f"{kind}NotFoundError",
                                             f"The {info['label']} with ID '{given}' was not found.",
                                             **{info["id_field"]: given})]}
    if row is None:
        return None, None, not_found
    api, refused = em._api_for_change(ctx, em.global_id("Api", row["api_id"]))
    if refused:
        return None, None, not_found if type(refused["errors"][0]).__name__ == "ApiNotFoundError" else refused
    return row, api, None


def _upload(kind: str):
    def upload(ctx: Any, input: dict) -> dict:  # noqa: A002
        info = KINDS[kind]
        row, _api, refused = _collection_for_change(ctx, kind, input[info["id_field"]])
        if refused:
            return refused
        if refused := em.source_metadata_error(input.get("source")):
            return refused
        files, problem = read_archive(input["collection"].data)
        if files is not None:
            problem = _documents(kind, files)[1]
        if problem:
            return {"errors": [em.payload_error(f"Invalid{kind}ArchiveError", problem)]}
        with ctx.store.lock:
            tags = _versions(ctx.store).setdefault((kind, row["id"]), {})
            if input["tag"] in tags:
                return {"errors": [em.payload_error(
                    "DuplicatedTagError", f"An {info['label']} version with the tag '{input['tag']}' already exists.")]}
            count = sum(len(v) for v in _versions(ctx.store).values()) + 1
            version = {"id": em.global_id(f"{kind}Version", count), "entries": files}
            tags[input["tag"]] = version
        return {f"{info['field']}Version": em.gql_object(f"{kind}Version", id=version["id"], tag=input["tag"])}

    return upload


def _stage_for_change(ctx: Any, kind: str, input: dict) -> tuple[Any, Any, dict | None, dict | None]:  # noqa: A002
    """(collection row, API row, stage, refusal) of a validate or publish: the collection, the source metadata and
    the stage, checked in that order as the schema registry checks them."""
    row, api, refused = _collection_for_change(ctx, kind, input[KINDS[kind]["id_field"]])
    if refused:
        return row, api, None, refused
    if refused := em.source_metadata_error(input.get("source")):
        return row, api, None, refused
    stage = em._stage_of(ctx, api, input["stage"])
    if stage is None:
        return row, api, None, em._stage_not_found(input["stage"])
    return row, api, stage, None


def _validate(kind: str):
    def validate(ctx: Any, input: dict) -> dict:  # noqa: A002
        info = KINDS[kind]
        row, api, stage, refused = _stage_for_change(ctx, kind, input)
        if refused:
            return refused
        files, problem = read_archive(input["collection"].data)
        if files is not None:
            problem = _documents(kind, files)[1]
        events = [em._state_event("OperationInProgress", "PROCESSING"),
                  em._state_event("ValidationInProgress", "PROCESSING")]
        errors = ([em.gql_object(f"{kind}ValidationArchiveError", message=problem)] if problem
                  else validation_errors(kind, row, files))
        if errors:
            events.append(em.gql_object(f"{kind}VersionValidationFailed", state="FAILED", errors=errors))
        else:
            events.append(em._state_event(f"{kind}VersionValidationSuccess", "SUCCESS"))
        request = ctx.registry.add(f"{info['request']}-validation", api["id"], stage["name"], None, events, None)
        return {"id": request.id}

    return validate


def _publish(kind: str):
    def publish(ctx: Any, input: dict) -> dict:  # noqa: A002
        info = KINDS[kind]
        row, api, stage, refused = _stage_for_change(ctx, kind, input)
        if refused:
            return refused
        version = _versions(ctx.store).get((kind, row["id"]), {}).get(input["tag"])
        if version is None:
            return {"errors": [em.payload_error(
                f"{kind}VersionNotFoundError", f"The {info['label']} version '{input['tag']}' was not found.",
                tag=input["tag"], **{info["id_field"]: input[info["id_field"]]})]}
        fatal = validation_errors(kind, row, version["entries"])
        store, key = ctx.store, (kind, row["id"], stage["id"])
        events, finish = em._publish_events(
            ctx, f"{info['request']}-publish", api["id"], stage, fatal, [], bool(input.get("force")),
            bool(input.get("waitForApproval")), lambda: _published(store).__setitem__(key, input["tag"]),
            f"{kind}VersionPublishSuccess", f"{kind}VersionPublishFailed", f"{kind}Deployment")
        request = ctx.registry.add(f"{info['request']}-publish", api["id"], stage["name"], input["tag"], events,
                                   finish)
        return {"id": request.id}

    return publish


# ---- the hook ---------------------------------------------------------------------------------------------------

def listing(store: Any) -> list[dict]:
    """Every stored version: its collection, tag, entry names and the stages it is published to."""
    out = []
    with store.lock:
        published = _published(store)
        for (kind, key), tags in sorted(_versions(store).items()):
            for tag, version in tags.items():
                out.append({"kind": kind, "collectionId": em.global_id(kind, key), "tag": tag, "id": version["id"],
                            "entries": sorted(version["entries"]),
                            "stages": sorted(stage for (k, c, stage), t in published.items()
                                             if (k, c) == (kind, key) and t == tag)})
    return out


def install(module: Any) -> None:
    global em
    em = module
    for kind, info in KINDS.items():
        module.RESOLVERS[("Mutation", f"upload{kind}")] = module._mutation(_upload(kind))
        module.RESOLVERS[("Mutation", f"validate{kind}")] = module._mutation(_validate(kind))
        module.RESOLVERS[("Mutation", f"publish{kind}")] = module._mutation(_publish(kind))
        for field, request in ((f"on{kind}VersionValidationUpdate", "validation"),
                               (f"on{kind}VersionPublishingUpdate", "publish")):
            module.SUBSCRIPTION_FIELDS[field] = f"{info['request']}-{request}"
            module.RESOLVERS[("Subscription", field)] = module.resolve_subscription_event
        module.TERMINAL_EVENTS.update({f"{kind}VersionValidationSuccess", f"{kind}VersionValidationFailed",
                                       f"{kind}VersionPublishSuccess", f"{kind}VersionPublishFailed"})

    store_reset, store_delete = module.Store.reset, module.Store.delete_collection

    def reset(self: Any) -> None:
        store_reset(self)
        with self.lock:
            _versions(self).clear()
            _published(self).clear()

    def delete_collection(self: Any, collection_id: int) -> None:
        # A row id SQLite gives again later must not find the deleted collection's versions.
        store_delete(self, collection_id)
        with self.lock:
            for table in (_versions(self), _published(self)):
                for key in [k for k in table if k[1] == collection_id]:
                    del table[key]

    module.Store.reset, module.Store.delete_collection = reset, delete_collection
    emulator_init = module.Emulator.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        emulator_init(self, *args, **kwargs)
        self.routes["/_emulator/collections"] = {"GET": lambda _request: module.json_response(listing(self.store))}

    module.Emulator.__init__ = init
