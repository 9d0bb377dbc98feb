"""Fusion publishing in the emulator: a gateway configuration published in the steps of one request.

A request is made by begin and holds its stage's deployment slot from the moment it is READY until it is
published, fails or is cancelled; a request begun while another holds the slot waits, QUEUED, and becomes
READY when the slot is given back.  start claims the slot (PROCESSING), validate checks the archive against
the stage, commit publishes it (or waits for an approval), cancel gives the slot back.  A step out of
order is refused with InvalidProcessingStateTransitionError, an unknown request (or one of an API the
caller cannot see) with FusionConfigurationRequestNotFoundError, and an API key outside the request's API
with UnauthorizedOperation.

Each step's events go to the request's one subscription, onFusionConfigurationPublishingTaskChanged, over
server-sent events; a subscription sees the events of the step in progress (begin, validate or commit)
from its first, then what follows, so each step command follows its own step.  The published archive is
kept per API and stage and served by the REST download
GET /api/v1/apis/{apiId}/fusion/configurations/latest/download?stage=.

The archive is a zip file; its gateway schema is the first `gateway/.../*.graphqls` entry (a .far), else
the first .graphql or .graphqls entry (a .fgp).  uploadFusionSubgraph keeps a source schema version (a zip
with its .graphqls) per API, name and tag.  emulator.py calls install() once with itself.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable

em: Any = None  # the emulator module (install)

KIND = "fusion-publish"
FIELD = "onFusionConfigurationPublishingTaskChanged"
OPEN_STATES = {"QUEUED", "READY", "PROCESSING", "WAITING_FOR_APPROVAL"}


@dataclass
class FusionRequest:
    id: str
    api_id: int
    stage: str
    tag: str | None
    wait: bool
    state: str = "QUEUED"
    validated: bool = False
    events: list = field(default_factory=list)
    start: int = 0  # the first event a new subscription is sent: the step in progress
    finish: Callable[[bool], list] | None = None  # while waiting for approval (the registry's hooks answer it)
    answering: bool = False
    kind: str = KIND

    def stream(self, registry: Any, render: Callable[[Any], dict]) -> Any:
        """The events of the step in progress and what follows, a keep-alive each second it waits, and
        `complete` once the request is closed."""
        changed = registry.changed
        with changed:
            sent = self.start
        while True:
            with changed:
                if len(self.events) == sent and self.state in OPEN_STATES:
                    changed.wait(em.SSE_KEEP_ALIVE_SECONDS)
                pending, done = self.events[sent:], self.state not in OPEN_STATES and self.finish is None
            for event in pending:
                yield em._sse_event(render(event))
            sent += len(pending)
            if done and sent == len(self.events):
                yield em.SSE_COMPLETE
                return
            if not pending:
                yield em.SSE_KEEP_ALIVE


def _event(type_name: str, state: str, **fields: Any) -> Any:
    return em.gql_object(type_name, state=state, **fields)


def _requests(registry: Any, api_id: int, stage: str) -> list[FusionRequest]:
    """The open requests of a stage, in the order they were begun."""
    return [r for r in registry.requests.values()
            if getattr(r, "kind", None) == KIND and r.api_id == api_id and r.stage == stage
            and r.state in OPEN_STATES]


def _release(registry: Any, request: FusionRequest) -> None:
    """After `request` closed (under registry.changed): the first request queued behind it gets the slot,
    the others move up the queue."""
    waiting = [r for r in _requests(registry, request.api_id, request.stage) if r.state == "QUEUED"]
    if waiting and not any(r.state != "QUEUED" for r in _requests(registry, request.api_id, request.stage)):
        for position, queued in enumerate(waiting):
            if position == 0:
                queued.state = "READY"
                queued.events.append(_event("ProcessingTaskIsReady", "READY"))
            else:
                queued.events.append(_event("ProcessingTaskIsQueued", "QUEUED", queuePosition=position))
    registry.changed.notify_all()


def _close(registry: Any, request: FusionRequest, state: str, events: list) -> None:
    with registry.changed:
        request.state = state
        request.finish = None
        request.events.extend(events)
        _release(registry, request)


def _not_found(request_id: str) -> dict:
    return {"errors": [em.payload_error("FusionConfigurationRequestNotFoundError",
                                        f"The request with ID '{request_id}' was not found.")]}


def _refused(message: str) -> dict:
    return {"errors": [em.payload_error("InvalidProcessingStateTransitionError", message)]}


def _request_for(ctx: Any, request_id: str) -> tuple[FusionRequest | None, dict | None]:
    """The request a step acts on, or the payload refusing it."""
    with ctx.registry.changed:
        found = ctx.registry.requests.get(request_id)
    if not isinstance(found, FusionRequest):
        return None, _not_found(request_id)
    _api, refused = em._api_for_change(ctx, em.global_id("Api", found.api_id))
    if refused is not None:
        if refused["errors"][0].__class__.__name__ == "UnauthorizedOperation":
            return None, refused
        return None, _not_found(request_id)
    return found, None


# ---- the archive ---------------------------------------------------------------------------------

def gateway_schema(data: bytes) -> tuple[bytes | None, str | None]:
    """The gateway schema in an archive, or why there is none."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None, "The configuration is not a Fusion archive (a zip file)."
    far = [n for n in names if n.startswith("gateway/") and n.endswith(".graphqls")]
    fgp = [n for n in names if n.endswith((".graphql", ".graphqls"))]
    chosen = (far or fgp or [None])[0]
    if chosen is None:
        return None, "The archive holds no gateway schema (gateway/<version>/gateway.graphqls)."
    try:
        return archive.read(chosen), None
    except (zipfile.BadZipFile, OSError, RuntimeError) as error:
        return None, f"The archive's gateway schema cannot be read: {error}"


def _outcome(ctx: Any, request: FusionRequest, data: bytes) -> tuple[list, list, list]:
    """(errors that stop it, errors an approval or --force can pass over, the schema changes)."""
    sdl, problem = gateway_schema(data)
    if problem:
        return [em.gql_object("UnexpectedProcessingError", message=problem)], [], []
    schema, fatal = em.check_sdl(sdl)
    if fatal:
        # Syntax errors and operations are no member of the validation's error union: said as messages.
        return [e if type(e).__name__ == "InvalidGraphQLSchemaError"
                else em.gql_object("UnexpectedProcessingError", message=e.message) for e in fatal], [], []
    published = ctx.registry.archives.get((request.api_id, request.stage))
    old = em.check_sdl(gateway_schema(published)[0] or b"")[0] if published else None
    changes = em.schema_changes(old, schema) if old is not None else []
    api = ctx.store.api(request.api_id)
    blocking = {"BREAKING"} | ({"DANGEROUS"} if api["treat_dangerous_as_breaking"] else set())
    overridable = []
    if not api["allow_breaking_schema_changes"] and any(c.severity in blocking for c in changes):
        overridable.append(em.gql_object("SchemaVersionChangeViolationError", changes=changes))
    stage = ctx.store.stage_named(request.api_id, request.stage)
    if stage is not None:
        overridable += em._published_client_errors(ctx, stage["id"], schema)
    return fatal, overridable, changes


# ---- the steps -----------------------------------------------------------------------------------

def begin(ctx: Any, input: dict) -> dict:  # noqa: A002
    api, refused = em._api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if refused := em.source_metadata_error(input.get("source")):
        return refused
    if ctx.store.stage_named(api["id"], input["stageName"]) is None:
        return em._stage_not_found(input["stageName"])
    registry = ctx.registry
    with registry.changed:
        ahead = _requests(registry, api["id"], input["stageName"])
        registry.count += 1
        request = FusionRequest(em.global_id("Request", registry.count), api["id"], input["stageName"],
                                input.get("tag"), bool(input.get("waitForApproval")))
        request.events.append(_event("ProcessingTaskIsQueued", "QUEUED", queuePosition=len(ahead) + 1))
        if not ahead:
            request.state = "READY"
            request.events.append(_event("ProcessingTaskIsReady", "READY"))
        registry.requests[request.id] = request
        registry.changed.notify_all()
    return {"requestId": request.id}


def start(ctx: Any, input: dict) -> dict:  # noqa: A002
    request, refused = _request_for(ctx, input["requestId"])
    if refused:
        return refused
    with ctx.registry.changed:
        if request.state != "READY":
            return _refused(f"The request '{request.id}' is {request.state} and cannot be started: "
                            "a request is started once it is READY.")
        request.state = "PROCESSING"
    return {}


def _claimed(request: FusionRequest, step: str) -> dict | None:
    if request.state != "PROCESSING":
        return _refused(f"The request '{request.id}' is {request.state}: it must be started before {step}.")
    return None


def validate(ctx: Any, input: dict) -> dict:  # noqa: A002
    request, refused = _request_for(ctx, input["requestId"])
    if refused:
        return refused
    if refused := _claimed(request, "it is validated"):
        return refused
    fatal, overridable, changes = _outcome(ctx, request, input["configuration"].data)
    events = [_event("ValidationInProgress", "PROCESSING")]
    if fatal or overridable:
        events.append(_event("FusionConfigurationValidationFailed", "FAILED", errors=fatal + overridable))
    else:
        events.append(_event("FusionConfigurationValidationSuccess", "SUCCESS", changes=changes))
    with ctx.registry.changed:
        request.start = len(request.events)
        request.validated = True
        request.events.extend(events)
        ctx.registry.changed.notify_all()
    return {}


def commit(ctx: Any, input: dict) -> dict:  # noqa: A002
    request, refused = _request_for(ctx, input["requestId"])
    if refused:
        return refused
    if refused := _claimed(request, "it is committed"):
        return refused
    data = input["configuration"].data
    fatal, overridable, _changes = _outcome(ctx, request, data)
    registry = ctx.registry
    with registry.changed:
        request.start = len(request.events)
        request.events.append(_event("OperationInProgress", "PROCESSING"))
    if fatal:
        errors = [e for e in fatal if type(e).__name__ in ("InvalidGraphQLSchemaError", "UnexpectedProcessingError")]
        _close(registry, request, "FAILED", [_event("FusionConfigurationPublishingFailed", "FAILED", errors=errors)])
        return {}

    def publish() -> list:
        registry.archives[(request.api_id, request.stage)] = data
        return [_event("FusionConfigurationPublishingSuccess", "SUCCESS")]

    stage = ctx.store.stage_named(request.api_id, request.stage)
    if request.wait and (overridable or (stage is not None and stage["needs_approval"])):
        def finish(approved: bool) -> list:
            # Called by the registry's approval hook, which adds the events this returns.
            with registry.changed:
                request.state = "SUCCESS" if approved else "FAILED"
                _release(registry, request)
            if not approved:
                return [_event("FusionConfigurationPublishingFailed", "FAILED", errors=[em.gql_object(
                    "UnexpectedProcessingError", message="The request was rejected.")])]
            return [_event("ProcessingTaskApproved", "APPROVED")] + publish()

        with registry.changed:
            request.state = "WAITING_FOR_APPROVAL"
            request.finish = finish
            request.events.append(_event("WaitForApproval", "WAITING_FOR_APPROVAL", deployment=em.gql_object(
                "FusionConfigurationDeployment", errors=em._deployment_errors(overridable))))
            registry.changed.notify_all()
        return {}
    # Validation is the gate; what it found is published when the commit comes (`--force`).
    _close(registry, request, "SUCCESS", publish())
    return {}


def cancel(ctx: Any, input: dict) -> dict:  # noqa: A002
    request, refused = _request_for(ctx, input["requestId"])
    if refused:
        return refused
    if request.state not in OPEN_STATES:
        return _refused(f"The request '{request.id}' is {request.state} and cannot be cancelled.")
    _close(ctx.registry, request, "CANCELLED", [_event(
        "FusionConfigurationPublishingFailed", "CANCELLED",
        errors=[em.gql_object("UnexpectedProcessingError", message="The request was cancelled.")])])
    return {}


def source_schema(data: bytes) -> tuple[str | None, str | None]:
    """The name of the source schema in an uploaded archive (source-schema.zip: its schema-settings.json's
    "name", else the schema file's name without its extension), or why it is refused."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        schemas = [n for n in names if n.endswith((".graphql", ".graphqls"))]
        if not schemas:
            return None, "The archive holds no source schema (a .graphqls file)."
        schema, problems = em.check_sdl(archive.read(schemas[0]))
        if problems:
            return None, f"The source schema '{schemas[0]}' is not valid: {problems[0].message}"
        name = schemas[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if "schema-settings.json" in names:
            settings = em.json.loads(archive.read("schema-settings.json") or b"{}")
            if isinstance(settings, dict) and isinstance(settings.get("name"), str) and settings["name"]:
                name = settings["name"]
        return name, None
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError):
        return None, "The source schema archive is not a zip file."


def upload_source_schema(ctx: Any, input: dict) -> dict:  # noqa: A002
    """uploadFusionSubgraph: a source schema version under a tag, kept for the API (a reset forgets it)."""
    api, refused = em._api_for_change(ctx, input["apiId"])
    if refused:
        return refused
    if refused := em.source_metadata_error(input.get("source")):
        return refused
    name, problem = source_schema(input["archive"].data)
    if problem:
        return {"errors": [em.payload_error("InvalidFusionSourceSchemaArchiveError", problem)]}
    key = (api["id"], f"source-schema:{name}@{input['tag']}")
    registry = ctx.registry
    with registry.changed:
        if key in registry.archives:
            return {"errors": [em.payload_error(
                "DuplicatedTagError", f"The source schema '{name}' already has a version tagged '{input['tag']}'.")]}
        registry.archives[key] = input["archive"].data
        count = sum(1 for k in registry.archives if isinstance(k[1], str) and k[1].startswith("source-schema:"))
    return {"fusionSubgraphVersion": {"id": em.global_id("FusionSubgraphVersion", count), "tag": input["tag"]}}


def download(registry: Any, api: Any, stage: Any) -> Any:
    """The archive last published to the stage, as it was sent."""
    data = registry.archives.get((api["id"], stage["name"]))
    if data is None:
        return em.json_response({"error": f"No Fusion configuration is published to the stage "
                                          f"'{stage['name']}'."}, 404)
    return em.Response(data, content_type="application/octet-stream")


def routes(_app: Any) -> dict:
    """No admin routes of its own: approvals go through the registry's hooks."""
    return {}


def install(module: Any) -> None:
    """Adds the Fusion steps to the emulator's resolvers and subscriptions."""
    global em
    em = module
    module.SUBSCRIPTION_FIELDS[FIELD] = KIND
    module.RESOLVERS.update({
        ("Mutation", "beginFusionConfigurationPublish"): module._mutation(begin),
        ("Mutation", "startFusionConfigurationComposition"): module._mutation(start),
        ("Mutation", "validateFusionConfigurationComposition"): module._mutation(validate),
        ("Mutation", "commitFusionConfigurationPublish"): module._mutation(commit),
        ("Mutation", "cancelFusionConfigurationComposition"): module._mutation(cancel),
        ("Mutation", "uploadFusionSubgraph"): module._mutation(upload_source_schema),
        ("Subscription", FIELD): module.resolve_subscription_event,
    })
