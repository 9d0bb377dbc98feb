"""Tests of the emulator's schema registry (stages, clients, environments; schema and client versions,
their validation and publishing with events over server-sent events; the REST downloads; the test hooks),
run as a real subprocess over real HTTP.

    python3 -m unittest tests.emulator.test_registry -v     (from the repository root)
"""

from __future__ import annotations

import json
import time
from typing import Any

try:
    from .test_apis import NOT_A_USER, TEAM, ApiTestCase
    from .test_emulator import SUBSCRIPTION_ACCEPT, gid, key, operation
except ImportError:  # discovered as a top-level module (without -t)
    from test_apis import NOT_A_USER, TEAM, ApiTestCase
    from test_emulator import SUBSCRIPTION_ACCEPT, gid, key, operation

LIST_STAGES = operation("list-stages.graphql")
UPDATE_STAGES = operation("update-stages.graphql")
DELETE_STAGE = operation("delete-stage.graphql")
CREATE_CLIENT = operation("create-client.graphql")
DELETE_CLIENT = operation("delete-client.graphql")
SHOW_CLIENT = operation("show-client.graphql")
LIST_CLIENTS = operation("list-clients.graphql")
SELECT_CLIENT = operation("select-client.graphql")
PAGE_CLIENT_VERSIONS = operation("page-client-versions.graphql")
CREATE_ENVIRONMENT = operation("create-environment.graphql")
LIST_ENVIRONMENTS = operation("list-environments.graphql")
SHOW_ENVIRONMENT = operation("show-environment.graphql")

NOT_AUTHORIZED = "The current user is not authorized to access this resource."


def stage(name: str, after: str | None = None, display: str | None = None) -> dict:
    return {"name": name, "displayName": display or name.title(),
            "conditions": [{"afterStage": after}] if after else []}


def stage_view(name: str, number: int, after: str | None = None, display: str | None = None) -> dict:
    """A stage as StageDetailPrompt_Stage shows it."""
    conditions = [{"__typename": "AfterStageCondition", "afterStage": {"__typename": "Stage", "name": after}}] \
        if after else []
    return {"__typename": "Stage", "id": gid("Stage", number), "name": name, "displayName": display or name.title(),
            "conditions": conditions}


class RegistryTestCase(ApiTestCase):
    """Shortcuts over the registry's published documents."""

    def update_stages(self, api: str, *stages: dict, auth: dict | None = None) -> dict:
        variables = {"input": {"apiId": api, "updatedStages": list(stages)}}
        return self.emulator.gql(UPDATE_STAGES, variables, auth)["data"]["updateStages"]

    def stages(self, api: str, auth: dict | None = None) -> list[dict]:
        return self.emulator.gql(LIST_STAGES, {"apiId": api}, auth)["data"]["node"]["stages"]

    def new_client(self, api: str, name: str = "web", auth: dict | None = None) -> dict:
        payload = self.emulator.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": name}}, auth)["data"]
        self.assertIsNone(payload["createClient"]["errors"], payload)
        return payload["createClient"]["client"]

    def api_with_stages(self, name: str = "catalog", *stages: dict) -> str:
        api = self.new_api(TEAM, name)["id"]
        payload = self.update_stages(api, *(stages or (stage("dev"), stage("prod", "dev"))))
        self.assertIsNone(payload["errors"], payload)
        return api

    def scoped_key(self, api: str) -> dict:
        """A key scoped to one API of Team Nitro."""
        return self.new_key(f"key for {api}", 2, apiId=api)[0]


class StageTest(RegistryTestCase):

    def test_a_new_api_has_no_stages(self):
        api = self.new_api(TEAM, "catalog")["id"]
        self.assertEqual(self.stages(api), [])

    def test_update_stages_sets_the_whole_list(self):
        api = self.new_api(TEAM, "catalog")["id"]
        payload = self.update_stages(api, stage("dev"), stage("staging", "dev", "Staging area"),
                                     stage("prod", "staging"))
        expected = [stage_view("dev", 1), stage_view("staging", 2, "dev", "Staging area"),
                    stage_view("prod", 3, "staging")]
        self.assertEqual(payload, {"__typename": "UpdateStagesPayload", "errors": None,
                                   "api": {"__typename": "Api", "stages": expected}})
        self.assertEqual(self.stages(api), expected)
        # Kept stages keep their id; a left-out stage goes, and conditions naming it with it.
        payload = self.update_stages(api, stage("prod", "dev", "Production"), stage("dev"))
        self.assertEqual(payload["api"]["stages"], [stage_view("prod", 3, "dev", "Production"), stage_view("dev", 1)])
        self.assertEqual(self.update_stages(api)["api"]["stages"], [])

    def test_update_stages_errors(self):
        api = self.new_api(TEAM, "catalog")["id"]
        cases = [
            ((stage("dev"), stage("dev")), "StageValidationError", "The stage name 'dev' is used more than once."),
            ((stage("bad name"),), "StageValidationError",
             "The stage name 'bad name' is not valid: letters, digits, '-', '_' and '.', starting with a letter "
             "or digit."),
            (({"name": "dev", "displayName": " ", "conditions": []},), "StageValidationError",
             "The stage 'dev' needs a display name."),
            ((stage("dev", "dev"),), "StageValidationError", "The stage 'dev' cannot come after itself."),
            ((stage("a", "b"), stage("b", "a")), "StageValidationError",
             "The conditions of the stage 'a' go round in a circle."),
            ((stage("prod", "dev"),), "StageNotFoundError", "Stage 'dev' was not found."),
        ]
        for stages, type_name, message in cases:
            with self.subTest(message=message):
                payload = self.update_stages(api, *stages)
                self.assertIsNone(payload["api"])
                self.assertEqual([(e["__typename"], e["message"]) for e in payload["errors"]], [(type_name, message)])
        self.assertEqual(self.stages(api), [])
        missing = gid("Api", 99)
        self.assertEqual(self.update_stages(missing, stage("dev"))["errors"], [
            {"__typename": "ApiNotFoundError", "message": f"The API with ID '{missing}' was not found.",
             "apiId": missing}])

    def test_force_delete_stage(self):
        e = self.emulator
        api = self.api_with_stages()
        payload = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}})["data"]["forceDeleteStageByApiId"]
        self.assertEqual(payload["api"]["stages"], [stage_view("prod", 2)])
        self.assertIsNone(payload["errors"])
        payload = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}})["data"]["forceDeleteStageByApiId"]
        self.assertEqual(payload["errors"], [{"__typename": "StageNotFoundError",
                                              "message": "Stage 'dev' was not found.", "name": "dev"}])
        self.assertIsNone(payload["api"])

    def test_scoped_key_manages_the_stages_of_its_api_only(self):
        e = self.emulator
        api, other = self.api_with_stages("catalog"), self.api_with_stages("reviews")
        scoped = self.scoped_key(api)
        self.assertEqual([s["name"] for s in self.stages(api, scoped)], ["dev", "prod"])
        self.assertIsNone(self.update_stages(api, stage("dev"), auth=scoped)["errors"])
        deleted = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}}, scoped)["data"]
        self.assertEqual(deleted["forceDeleteStageByApiId"]["api"]["stages"], [])
        # Outside its scope: reading is refused, changing too.
        result = e.gql(LIST_STAGES, {"apiId": other}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in result["errors"]], [(NOT_AUTHORIZED, ["node"])])
        self.assertEqual(self.update_stages(other, stage("x"), auth=scoped)["errors"][0]["__typename"],
                         "ApiNotFoundError")
        refused = e.gql(DELETE_STAGE, {"input": {"apiId": other, "stageName": "dev"}}, scoped)["data"]
        self.assertEqual(refused["forceDeleteStageByApiId"]["errors"][0]["__typename"], "UnauthorizedOperation")
        self.assertEqual([s["name"] for s in self.stages(other)], ["dev", "prod"])
        # The workspace's key acts on every API of the workspace; another user on none.
        workspace_key = key(e.credentials["apiKey"])
        self.assertIsNone(self.update_stages(other, stage("qa"), auth=workspace_key)["errors"])
        foreign = self.update_stages(other, stage("x"), auth=key(e.credentials["otherPat"]))
        self.assertEqual(foreign["errors"][0]["__typename"], "ApiNotFoundError")
        self.assertEqual([s["name"] for s in self.stages(other)], ["qa"])


class ClientTest(RegistryTestCase):

    def client_view(self, client: dict) -> dict:
        return {"__typename": "Client", "id": client["id"], "name": client["name"],
                "api": {"__typename": "Api", "name": "catalog", "path": []},
                "versions": {"__typename": "ClientVersionsConnection", "edges": [],
                             "pageInfo": {"__typename": "PageInfo", "hasNextPage": False, "endCursor": None}}}

    def test_create_show_list_delete(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")["id"]
        web = self.new_client(api, "web")
        self.assertEqual(web, self.client_view({"id": gid("Client", 1), "name": "web"}))
        mobile = self.new_client(api, "mobile")
        self.assertEqual(e.gql(SHOW_CLIENT, {"clientId": web["id"]})["data"]["node"], web)
        for document, field in ((LIST_CLIENTS, "node"), (SELECT_CLIENT, "apiById")):
            page = e.gql(document, {"apiId": api, "after": None, "first": 1})["data"][field]["clients"]
            self.assertEqual([edge["node"]["name"] for edge in page["edges"]], ["web"])
            self.assertTrue(page["pageInfo"]["hasNextPage"])
            rest = e.gql(document, {"apiId": api, "after": page["pageInfo"]["endCursor"], "first": 10})
            self.assertEqual([edge["node"] for edge in rest["data"][field]["clients"]["edges"]], [mobile])
        deleted = e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}})["data"]["deleteClientById"]
        self.assertEqual((deleted["client"]["name"], deleted["errors"]), ("web", None))
        self.assertIsNone(e.gql(SHOW_CLIENT, {"clientId": web["id"]})["data"]["node"])
        again = e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}})["data"]["deleteClientById"]
        self.assertEqual(again["errors"], [{"__typename": "ClientNotFoundError",
                                            "message": f"The client with ID '{web['id']}' was not found.",
                                            "clientId": web["id"]}])

    def test_create_client_errors(self):
        e = self.emulator
        missing = gid("Api", 42)
        payload = e.gql(CREATE_CLIENT, {"input": {"apiId": missing, "name": "web"}})["data"]["createClient"]
        self.assertEqual(payload["errors"], [{"__typename": "ApiNotFoundError", "apiId": missing,
                                              "message": f"The API with ID '{missing}' was not found."}])
        api = self.new_api(TEAM, "catalog")["id"]
        other_user = e.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": "web"}}, key(e.credentials["otherPat"]))
        self.assertEqual(other_user["data"]["createClient"]["errors"][0]["__typename"], "ApiNotFoundError")
        blank = e.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": " "}})
        self.assertEqual(blank["errors"][0]["message"], "The name must not be empty.")

    def test_scoped_key_manages_the_clients_of_its_api_only(self):
        e = self.emulator
        api, other = self.new_api(TEAM, "catalog")["id"], self.new_api(TEAM, "reviews")["id"]
        scoped = self.scoped_key(api)
        web = self.new_client(api, "web", scoped)
        self.assertEqual(e.gql(SHOW_CLIENT, {"clientId": web["id"]}, scoped)["data"]["node"]["name"], "web")
        foreign = self.new_client(other, "foreign")
        refused = e.gql(CREATE_CLIENT, {"input": {"apiId": other, "name": "x"}}, scoped)["data"]["createClient"]
        self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
        refused = e.gql(DELETE_CLIENT, {"input": {"clientId": foreign["id"]}}, scoped)["data"]["deleteClientById"]
        self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
        shown = e.gql(SHOW_CLIENT, {"clientId": foreign["id"]}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in shown["errors"]], [(NOT_AUTHORIZED, ["node"])])
        listed = e.gql(LIST_CLIENTS, {"apiId": other, "after": None, "first": 5}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in listed["errors"]], [(NOT_AUTHORIZED, ["node"])])
        self.assertIsNone(e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}}, scoped)["data"]
                          ["deleteClientById"]["errors"])


class EnvironmentTest(RegistryTestCase):

    def create_environment(self, name: str, workspace: str = TEAM, auth: dict | None = None) -> dict:
        return self.emulator.gql(CREATE_ENVIRONMENT, {"workspaceId": workspace, "name": name}, auth)["data"][
            "pushWorkspaceChanges"]

    def test_create_list_show(self):
        e = self.emulator
        payload = self.create_environment("production")
        prod = {"__typename": "Environment", "name": "production", "id": gid("Environment", 1),
                "workspace": {"__typename": "Workspace", "name": "Team Nitro"}}
        self.assertEqual(payload["changes"], [{"__typename": "WorkspaceChangePayload", "referenceId": "env",
                                               "error": None, "result": prod}])
        self.assertIsNone(payload["errors"])
        self.create_environment("staging")
        page = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": None, "first": 1})["data"]["workspaceById"]
        self.assertEqual([edge["node"] for edge in page["environments"]["edges"]],
                         [{k: v for k, v in prod.items()}])
        after = page["environments"]["pageInfo"]["endCursor"]
        rest = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": after, "first": 5})["data"]["workspaceById"]
        self.assertEqual([edge["node"]["name"] for edge in rest["environments"]["edges"]], ["staging"])
        self.assertEqual(e.gql(SHOW_ENVIRONMENT, {"workspaceId": prod["id"]})["data"]["node"], prod)
        # The workspace's key reads them.
        workspace_key = key(e.credentials["apiKey"])
        self.assertEqual(e.gql(SHOW_ENVIRONMENT, {"workspaceId": prod["id"]}, workspace_key)["data"]["node"], prod)

    def test_create_errors_and_scopes(self):
        e = self.emulator
        self.create_environment("production")
        taken = self.create_environment("production")["changes"][0]
        self.assertEqual((taken["error"], taken["result"]), (
            {"__typename": "ChangeValidationFailed", "message": "An environment named 'production' already exists."},
            None))
        foreign = self.create_environment("x", gid("Workspace", 3))["changes"][0]["error"]
        self.assertEqual(foreign["__typename"], "WorkspaceNotFoundForChange")
        by_key = self.create_environment("x", auth=key(e.credentials["apiKey"]))
        self.assertEqual((by_key["changes"], by_key["errors"]), (None, NOT_A_USER))
        api = self.new_api(TEAM, "catalog")["id"]
        scoped = self.scoped_key(api)
        listed = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": None, "first": 5}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in listed["errors"]],
                         [(NOT_AUTHORIZED, ["workspaceById", "environments"])])
        other = e.gql(SHOW_ENVIRONMENT, {"workspaceId": gid("Environment", 1)}, key(e.credentials["otherPat"]))
        self.assertIsNone(other["data"]["node"])


UPLOAD_SCHEMA = operation("upload-schema.graphql")
VALIDATE_SCHEMA = operation("validate-schema.graphql")
PUBLISH_SCHEMA = operation("publish-schema.graphql")
ON_SCHEMA_VALIDATION = operation("on-schema-validation.graphql")
ON_SCHEMA_PUBLISH = operation("on-schema-publish.graphql")
UPLOAD_CLIENT = operation("upload-client.graphql")
VALIDATE_CLIENT = operation("validate-client.graphql")
PUBLISH_CLIENT = operation("publish-client.graphql")
UNPUBLISH_CLIENT = operation("unpublish-client.graphql")
ON_CLIENT_VALIDATION = operation("on-client-validation.graphql")
ON_CLIENT_PUBLISH = operation("on-client-publish.graphql")

SDL_V1 = (b"type Query { product(id: ID!): Product products: [Product!]! }\n"
          b"type Product { id: ID! name: String! price: Int }\n")
SDL_SAFE = SDL_V1 + b"type Review { id: ID! }\n"
SDL_BREAKING = b"type Query { product(id: ID!): Product }\ntype Product { id: ID! name: String }\n"
GITHUB = {"github": {"actor": "ci", "commitHash": "abc123", "workflowName": "publish", "runNumber": "7",
                     "runId": "42", "repositoryUrl": "https://github.com/example/shop"}}


def events(body: bytes) -> list:
    """The server-sent events of a stream: ("next", payload), ("complete", None), (":", None) for a comment."""
    found = []
    for block in body.decode("utf-8").split("\n\n"):
        if not block:
            continue
        if block.startswith(":"):
            found.append((":", None))
            continue
        lines = dict(line.split(": ", 1) if ": " in line else (line, "") for line in block.split("\n"))
        found.append((lines["event"], json.loads(lines["data"]) if "data" in lines else None))
    return found


def typenames(body: bytes, field: str) -> list[str]:
    return [payload["data"][field]["__typename"] for kind, payload in events(body) if kind == "next"]


class RegistryFlowCase(RegistryTestCase):
    """Uploading, validating, publishing and following requests."""

    def upload_schema(self, api: str, tag: str, sdl: bytes, auth: dict | None = None, source: dict | None = None
                      ) -> dict:
        variables = {"input": {"apiId": api, "tag": tag, "schema": None, "source": source}}
        status, _, body = self.emulator.multipart(UPLOAD_SCHEMA, variables,
                                                  {"variables.input.schema": ("schema.graphql", sdl)}, auth)
        self.assertEqual(status, 200, body)
        return json.loads(body)["data"]["uploadSchema"]

    def publish(self, api: str, tag: str, stage: str = "dev", auth: dict | None = None, **options: bool) -> dict:
        variables = {"input": {"apiId": api, "stage": stage, "tag": tag, **options}}
        return self.emulator.gql(PUBLISH_SCHEMA, variables, auth)["data"]["publishSchema"]

    def follow(self, document: str, request_id: str, auth: dict | None = None) -> bytes:
        status, headers, body = self.emulator.subscribe(document, {"requestId": request_id}, auth)
        self.assertEqual((status, headers["content-type"]), (200, "text/event-stream; charset=utf-8"), body)
        return body

    def published(self, api: str, tag: str, sdl: bytes, stage: str = "dev") -> None:
        self.assertIsNone(self.upload_schema(api, tag, sdl)["errors"])
        body = self.follow(ON_SCHEMA_PUBLISH, self.publish(api, tag, stage)["id"])
        self.assertEqual(typenames(body, "onSchemaVersionPublishingUpdate")[-1], "SchemaVersionPublishSuccess", body)

    def download(self, api: str, stage: str = "dev", what: str = "schemas/latest/download",
                 auth: dict | None = None) -> tuple[int, bytes]:
        headers = {"CCC-api-key": self.emulator.credentials["pat"]} if auth is None else auth
        status, _, body = self.emulator.request("GET", f"/api/v1/apis/{api}/{what}?stage={stage}", None, headers)
        return status, body

    def last_event(self, body: bytes, field: str) -> dict:
        return [payload for kind, payload in events(body) if kind == "next"][-1]["data"][field]

    def open_stream(self, document: str, request_id: str) -> tuple[Any, Any]:
        """A subscription's connection and response, to read as the events come."""
        conn = self.emulator.connection()
        conn.request("POST", "/graphql", json.dumps({"query": document, "variables": {"requestId": request_id}}),
                     {"Content-Type": "application/json", "Accept": SUBSCRIPTION_ACCEPT,
                      "CCC-api-key": self.emulator.credentials["pat"]})
        response = conn.getresponse()
        self.addCleanup(conn.close)
        self.assertEqual(response.getheader("Content-Type"), "text/event-stream; charset=utf-8")
        return conn, response

    def read_until(self, response: Any, marker: bytes, whole_line: bool = False) -> bytes:
        """The stream's bytes up to and including the first line holding marker (or being it, with
        whole_line); the socket's timeout bounds the wait."""
        seen = b""
        while True:
            line = response.readline()
            if not line:
                raise AssertionError(f"the stream ended before {marker!r}: {seen!r}")
            seen += line
            if line == marker if whole_line else marker in line:
                return seen

    def wait_for_approval(self, count: int = 1) -> list:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            waiting = self.emulator.admin("GET", "approvals")
            if len(waiting) >= count:
                return waiting
            time.sleep(0.01)
        raise AssertionError("no request came to wait for approval")


class SchemaRegistryTest(RegistryFlowCase):

    def test_upload_schema(self):
        e = self.emulator
        api = self.api_with_stages()
        payload = self.upload_schema(api, "v1", SDL_V1, source=GITHUB)
        self.assertEqual(payload, {"__typename": "UploadSchemaPayload", "errors": None, "schemaVersion": {
            "__typename": "SchemaVersion", "id": gid("SchemaVersion", 1)}})
        [entry] = [x for x in e.admin("GET", "requests") if x["operationName"] is None and x["multipart"]]
        self.assertEqual(entry["multipart"]["parts"], [
            {"name": "operations", "filename": None, "contentType": None, "size": len(json.dumps(
                {"query": UPLOAD_SCHEMA, "variables": {"input": {"apiId": api, "tag": "v1", "schema": None,
                                                            "source": GITHUB}}}).encode())},
            {"name": "map", "filename": None, "contentType": None, "size": 33},
            {"name": "0", "filename": "schema.graphql", "contentType": None, "size": len(SDL_V1)}])
        self.assertEqual(entry["multipart"]["map"], {"0": ["variables.input.schema"]})
        self.assertEqual(entry["variables"]["input"]["schema"], None)
        self.assertEqual(entry["json"]["query"], UPLOAD_SCHEMA)
        duplicate = self.upload_schema(api, "v1", SDL_SAFE)
        self.assertEqual((duplicate["schemaVersion"], duplicate["errors"]), (None, [
            {"__typename": "DuplicatedTagError", "message": "A schema version with the tag 'v1' already exists."}]))
        missing = self.upload_schema(gid("Api", 9), "v1", SDL_V1)["errors"][0]
        self.assertEqual(missing["__typename"], "ApiNotFoundError")
        broken = dict(GITHUB["github"], repositoryUrl="not a url", actor=" ")
        invalid = self.upload_schema(api, "v2", SDL_V1, source={"github": broken})["errors"]
        self.assertEqual(invalid, [{"__typename": "InvalidSourceMetadataInputError", "message": (
            "The source metadata is not valid: github.actor must not be empty. github.repositoryUrl must be an "
            "absolute http or https URL.")}])
        # An API key of another API of the workspace may not; the API's own key may.
        other = self.api_with_stages("reviews")
        refused = self.upload_schema(other, "v1", SDL_V1, auth=self.scoped_key(api))["errors"]
        self.assertEqual(refused[0]["__typename"], "UnauthorizedOperation")
        self.assertIsNone(self.upload_schema(api, "v3", SDL_V1, auth=self.scoped_key(api))["errors"])

    def test_multipart_requests_are_checked(self):
        e = self.emulator
        api = self.api_with_stages()
        variables = {"input": {"apiId": api, "tag": "v1", "schema": None}}
        files = {"variables.input.schema": ("schema.graphql", SDL_V1)}
        status, _, body = e.multipart(UPLOAD_SCHEMA, variables, files, preflight=False)
        self.assertEqual((status, json.loads(body)), (400, {"errors": [
            {"message": "A multipart request needs the header GraphQL-Preflight: 1."}]}))
        operations = json.dumps({"query": UPLOAD_SCHEMA, "variables": variables}).encode()
        cases = [
            ([("map", None, b"{}"), ("operations", None, operations)],
             "The first parts of a multipart request must be `operations` and `map`."),
            ([("operations", None, operations), ("map", None, b'{"0": ["variables.input.schema"]}')],
             "The map names the file `0`, which is not a file part of the request."),
            ([("operations", None, operations), ("map", None, b'{"0": ["variables.input.tag"]}'),
              ("0", "schema.graphql", SDL_V1)], "The map's path `variables.input.tag` does not name a null variable "
                                                "of `operations`."),
            ([("operations", None, operations), ("map", None, b'{"0": ["variables.input.schema"]}'),
              ("0", "schema.graphql", SDL_V1), ("1", "x.graphql", b"")], "The part `1` is not in the map."),
        ]
        for parts, message in cases:
            with self.subTest(message=message):
                e.admin("DELETE", "requests")
                status, _, body = e.multipart("", {}, {}, parts=parts)
                self.assertEqual((status, json.loads(body)), (400, {"errors": [{"message": message}]}))
                [logged] = e.admin("GET", "requests")  # refused, and logged with the parts it had
                self.assertEqual([(x["name"], x["filename"], x["size"]) for x in logged["multipart"]["parts"]],
                                 [(name, file_name, len(data)) for name, file_name, data in parts])
        # An Upload sent as JSON is a variable error.
        result = e.gql(UPLOAD_SCHEMA, {"input": {"apiId": api, "tag": "v1", "schema": "type Query { a: Int }"}})
        self.assertIn("Upload value invalid", result["errors"][0]["message"])
        self.assertNotIn("data", result)

    def test_publish_events_and_download(self):
        api = self.api_with_stages()
        self.assertEqual(self.download(api), (404, b'{"error":"No schema is published to the stage \'dev\'."}'))
        self.assertIsNone(self.upload_schema(api, "v1", SDL_V1)["errors"])
        payload = self.publish(api, "v1")
        self.assertEqual(payload, {"__typename": "PublishSchemaPayload", "id": gid("Request", 1), "errors": None})
        body = self.follow(ON_SCHEMA_PUBLISH, payload["id"])
        field = "onSchemaVersionPublishingUpdate"
        self.assertEqual(events(body), [
            ("next", {"data": {field: {"__typename": "ProcessingTaskIsQueued", "queued": "ProcessingTaskIsQueued",
                                       "queuePosition": 1}}}),
            ("next", {"data": {field: {"__typename": "ProcessingTaskIsReady", "ready": "ProcessingTaskIsReady"}}}),
            ("next", {"data": {field: {"__typename": "OperationInProgress", "state": "PROCESSING"}}}),
            ("next", {"data": {field: {"__typename": "SchemaVersionPublishSuccess", "state": "SUCCESS"}}}),
            ("complete", None)])
        self.assertEqual(self.download(api), (200, SDL_V1))
        # Without text/event-stream: one JSON result, the request's latest event.
        status, headers, single = self.emulator.subscribe(ON_SCHEMA_PUBLISH, {"requestId": payload["id"]},
                                                          accept="application/json")
        self.assertEqual((status, headers["content-type"], json.loads(single)), (
            200, "application/json; charset=utf-8",
            {"data": {field: {"__typename": "SchemaVersionPublishSuccess", "state": "SUCCESS"}}}))
        stages = self.stages(api)
        self.assertEqual(self.emulator.gql(
            "query($id: ID!) { node(id: $id) { ... on Api { stages { name publishedSchema { version { tag } } } } } }",
            {"id": api})["data"]["node"]["stages"],
            [{"name": "dev", "publishedSchema": {"version": {"tag": "v1"}}}, {"name": "prod", "publishedSchema": None}])
        self.assertEqual(len(stages), 2)

    def test_breaking_changes_are_refused_unless_forced(self):
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        self.upload_schema(api, "v2", SDL_BREAKING)
        body = self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v2")["id"])
        failed = self.last_event(body, "onSchemaVersionPublishingUpdate")
        self.assertEqual(failed["__typename"], "SchemaVersionPublishFailed")
        [violation] = failed["errors"]
        self.assertEqual(violation["__typename"], "SchemaVersionChangeViolationError")
        by_coordinate = {change["coordinate"]: change for change in violation["changes"]}
        self.assertEqual(by_coordinate["Query"], {
            "__typename": "ObjectModifiedChange", "coordinate": "Query", "severity": "BREAKING", "changes": [
                {"__typename": "FieldRemovedChange", "coordinate": "Query.products", "typeName": "[Product!]!",
                 "fieldName": "products", "severity": "BREAKING"}]})
        self.assertEqual(by_coordinate["Product"]["changes"], [
            {"__typename": "FieldRemovedChange", "coordinate": "Product.price", "typeName": "Int", "fieldName": "price",
             "severity": "BREAKING"},
            {"__typename": "OutputFieldChanged", "coordinate": "Product.name", "fieldName": "name",
             "severity": "BREAKING", "changes": [
                 {"__typename": "TypeChanged", "oldType": "String!", "newType": "String", "severity": "BREAKING"}]}])
        self.assertEqual(self.download(api)[1], SDL_V1)  # not published
        # Forced, it is.
        body = self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v2", force=True)["id"])
        self.assertEqual(self.last_event(body, "onSchemaVersionPublishingUpdate")["__typename"],
                         "SchemaVersionPublishSuccess")
        self.assertEqual(self.download(api)[1], SDL_BREAKING)

    def test_safe_and_dangerous_changes(self):
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        self.published(api, "v2", SDL_SAFE)  # a new type: safe
        dangerous = SDL_SAFE.replace(b"products: [Product!]!", b"products(first: Int): [Product!]!")
        self.upload_schema(api, "v3", dangerous)
        failed = self.last_event(self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v3")["id"]),
                                 "onSchemaVersionPublishingUpdate")
        # treatDangerousAsBreaking is on for every API here, as in Nitro's default.
        self.assertEqual(failed["errors"][0]["changes"], [{
            "__typename": "ObjectModifiedChange", "coordinate": "Query", "severity": "DANGEROUS", "changes": [{
                "__typename": "OutputFieldChanged", "coordinate": "Query.products", "fieldName": "products",
                "severity": "DANGEROUS", "changes": [{
                    "__typename": "ArgumentAdded", "coordinate": "Query.products(first:)", "name": "first",
                    "typeName": "Int", "severity": "DANGEROUS"}]}]}])

    def test_invalid_schemas(self):
        api = self.api_with_stages()
        cases = [
            (b"type Query { a: Int", "SchemaVersionSyntaxError",
             {"message": "Syntax Error: Expected Name, found <EOF>.", "line": 1, "column": 20, "position": 19}),
            (b"type Query { a: Missing }", "InvalidGraphQLSchemaError",
             {"message": "The schema is not valid.", "errors": [
                 {"__typename": "SchemaError", "message": "Unknown type 'Missing'.", "code": "SCHEMA_INVALID"}]}),
            (b"type Query { a: Int }\nquery { a }", "OperationsAreNotAllowedError",
             {"message": "Operations are not allowed in a schema document."}),
            (b"\xff\xfe", "SchemaVersionSyntaxError",
             {"message": "The schema file is not UTF-8 text.", "line": 1, "column": 1, "position": 0}),
        ]
        for number, (sdl, type_name, fields) in enumerate(cases):
            with self.subTest(type=type_name, sdl=sdl):
                tag = f"bad{number}"
                self.assertIsNone(self.upload_schema(api, tag, sdl)["errors"])  # uploading does not check
                failed = self.last_event(self.follow(ON_SCHEMA_PUBLISH, self.publish(api, tag, force=True)["id"]),
                                         "onSchemaVersionPublishingUpdate")
                self.assertEqual(failed["__typename"], "SchemaVersionPublishFailed")
                self.assertEqual(failed["errors"], [{"__typename": type_name, **fields}])

    def test_publish_errors(self):
        api = self.api_with_stages()
        self.upload_schema(api, "v1", SDL_V1)
        self.assertEqual(self.publish(api, "v9")["errors"], [{
            "__typename": "SchemaNotFoundError", "message": "The schema version 'v9' was not found.",
            "apiId": api, "tag": "v9"}])
        self.assertEqual(self.publish(api, "v1", "qa")["errors"], [{
            "__typename": "StageNotFoundError", "message": "Stage 'qa' was not found.", "name": "qa"}])
        self.assertIsNone(self.publish(api, "v1", "qa")["id"])
        # prod comes after dev: what it takes must have been published to dev first.
        failed = self.last_event(self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v1", "prod")["id"]),
                                 "onSchemaVersionPublishingUpdate")
        self.assertEqual(failed["errors"], [{"__typename": "UnexpectedProcessingError", "message": (
            "The schema version 'v1' has not been published to the stage 'dev', which comes before 'prod'.")}])
        self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v1")["id"])
        body = self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v1", "prod")["id"])
        self.assertEqual(typenames(body, "onSchemaVersionPublishingUpdate")[-1], "SchemaVersionPublishSuccess")
        # A stage with a published schema cannot be left out of updateStages; forced deletion can remove it.
        refused = self.update_stages(api, stage("dev"))
        self.assertEqual(refused["errors"], [{"__typename": "StagesHavePublishedDependenciesError",
                                              "message": "The schema v1 is still published to prod.",
                                              "stages": [{"__typename": "Stage", "name": "prod",
                                                          "publishedSchema": {"__typename": "PublishedSchemaVersion",
                                                                              "version": {"__typename": "SchemaVersion",
                                                                                          "tag": "v1"}},
                                                          "publishedClients": []}]}])

    def test_validate_schema(self):
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        for sdl, expected in ((SDL_SAFE, "SchemaVersionValidationSuccess"),
                              (SDL_BREAKING, "SchemaVersionValidationFailed")):
            variables = {"input": {"apiId": api, "stage": "dev", "schema": None}}
            status, _, body = self.emulator.multipart(VALIDATE_SCHEMA, variables,
                                                      {"variables.input.schema": ("schema.graphql", sdl)})
            payload = json.loads(body)["data"]["validateSchema"]
            self.assertIsNone(payload["errors"])
            stream = self.follow(ON_SCHEMA_VALIDATION, payload["id"])
            self.assertEqual(typenames(stream, "onSchemaVersionValidationUpdate"),
                             ["OperationInProgress", "ValidationInProgress", expected])
            last = self.last_event(stream, "onSchemaVersionValidationUpdate")
            if expected.endswith("Success"):
                self.assertEqual(last["changes"], [{"__typename": "TypeSystemMemberAddedChange",
                                                    "coordinate": "Review", "severity": "SAFE"}])
            else:
                self.assertEqual(last["errors"][0]["__typename"], "SchemaVersionChangeViolationError")
        self.assertEqual(self.download(api)[1], SDL_V1)  # validating publishes nothing
        status, _, body = self.emulator.multipart(VALIDATE_SCHEMA, {"input": {"apiId": api, "stage": "qa",
                                                                              "schema": None}},
                                                  {"variables.input.schema": ("schema.graphql", SDL_V1)})
        self.assertEqual(json.loads(body)["data"]["validateSchema"]["errors"][0]["__typename"], "StageNotFoundError")

    def test_subscription_to_an_unknown_or_foreign_request(self):
        e = self.emulator
        api = self.api_with_stages()
        self.upload_schema(api, "v1", SDL_V1)
        request_id = self.publish(api, "v1")["id"]
        for document, variables, auth in ((ON_SCHEMA_PUBLISH, {"requestId": gid("Request", 99)}, None),
                                          (ON_SCHEMA_VALIDATION, {"requestId": request_id}, None),
                                          (ON_SCHEMA_PUBLISH, {"requestId": request_id},
                                           key(e.credentials["otherPat"]))):
            status, headers, body = e.subscribe(document, variables, auth)
            field = "onSchemaVersionPublishingUpdate" if document is ON_SCHEMA_PUBLISH else \
                "onSchemaVersionValidationUpdate"
            self.assertEqual((status, json.loads(body)), (200, {"data": {field: None}, "errors": [{
                "message": f"The request with ID '{variables['requestId']}' was not found.", "path": [field],
                "extensions": {"code": "REQUEST_NOT_FOUND"}}]}))
        # The API's own key follows it.
        body = self.follow(ON_SCHEMA_PUBLISH, request_id, self.scoped_key(api))
        self.assertEqual(typenames(body, "onSchemaVersionPublishingUpdate")[-1], "SchemaVersionPublishSuccess")

    def test_rest_download_auth(self):
        e = self.emulator
        api, other = self.api_with_stages(), self.api_with_stages("reviews")
        self.published(api, "v1", SDL_V1)
        self.assertEqual(self.download(api, auth={})[0], 401)
        self.assertEqual(self.download(api, auth=key("nitro_pat_wrong"))[0], 401)
        self.assertEqual(self.download(api, auth={"Authorization": f"Bearer {e.credentials['accessToken']}"}),
                         (200, SDL_V1))
        self.assertEqual(self.download(api, auth=self.scoped_key(other)),
                         (403, b'{"error":"The current user is not authorized to access this resource."}'))
        self.assertEqual(self.download(api, auth=self.scoped_key(api)), (200, SDL_V1))
        self.assertEqual(self.download(api.replace("=", "%3D")), (200, SDL_V1))  # escaped as nitro sends it
        self.assertEqual(self.download(api, auth=key(e.credentials["otherPat"]))[0], 404)
        self.assertEqual(self.download(gid("Api", 77))[0], 404)
        self.assertEqual(self.download(api, "qa"), (404, b'{"error":"Stage \'qa\' was not found."}'))
        self.assertEqual(self.download(api, "prod")[0], 404)
        status, headers, _ = e.request("POST", f"/api/v1/apis/{api}/persistedQueries?stage=dev", b"",
                                       {"CCC-api-key": e.credentials["pat"]})
        self.assertEqual((status, headers["allow"]), (405, "GET"))
        logged = [entry for entry in e.admin("GET", "requests") if entry["method"] == "GET"]
        self.assertEqual([(x["path"], x["query"]) for x in logged][:1],
                         [(f"/api/v1/apis/{api}/schemas/latest/download", "stage=dev")])


class ApprovalTest(RegistryFlowCase):

    def test_a_stage_that_needs_approval(self):
        e = self.emulator
        api = self.api_with_stages()
        self.assertEqual(e.admin("POST", "stages", {"apiId": api, "stage": "dev"}),
                         {"apiId": api, "stage": "dev", "needsApproval": True})
        self.upload_schema(api, "v1", SDL_V1)
        request_id = self.publish(api, "v1")["id"]
        _, response = self.open_stream(ON_SCHEMA_PUBLISH, request_id)
        body = self.read_until(response, b"WaitForApproval")
        self.assertEqual(self.wait_for_approval(), [{"requestId": request_id, "kind": "schema-publish",
                                                     "apiId": api, "stage": "dev", "tag": "v1"}])
        # Other requests are answered while the stream waits, and nothing is published yet.
        self.assertEqual(self.download(api)[0], 404)
        body += self.read_until(response, b":\n", whole_line=True)  # a keep-alive comment each second it waits
        self.assertEqual(e.admin("POST", "approvals", {"requestId": request_id}),
                         {"answered": [{"requestId": request_id, "state": "APPROVED"}]})
        body += response.read()
        field = "onSchemaVersionPublishingUpdate"
        found = events(body)
        self.assertIn((":", None), found)
        found = [x for x in found if x[0] != ":"]
        self.assertEqual(found[3], ("next", {"data": {field: {
            "__typename": "WaitForApproval", "state": "WAITING_FOR_APPROVAL",
            "deployment": {"__typename": "SchemaDeployment", "errors": []}}}}))
        self.assertEqual(found[4:], [
            ("next", {"data": {field: {"__typename": "ProcessingTaskApproved", "state": "APPROVED"}}}),
            ("next", {"data": {field: {"__typename": "SchemaVersionPublishSuccess", "state": "SUCCESS"}}}),
            ("complete", None)])
        self.assertEqual(self.download(api), (200, SDL_V1))
        # Answered once only; unknown requests are 404.
        status, _, body = e.request("POST", "/_emulator/approvals", json.dumps({"requestId": request_id}))
        self.assertEqual((status, json.loads(body)),
                         (409, {"error": f"The request {request_id} is not waiting for approval."}))
        status, _, _ = e.request("POST", "/_emulator/approvals", json.dumps({"requestId": gid("Request", 9)}))
        self.assertEqual(status, 404)
        status, _, _ = e.request("POST", "/_emulator/stages", json.dumps({"apiId": api, "stage": "qa"}))
        self.assertEqual(status, 404)

    def test_wait_for_approval_of_breaking_changes_and_rejection(self):
        e = self.emulator
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        self.upload_schema(api, "v2", SDL_BREAKING)
        first = self.publish(api, "v2", waitForApproval=True)["id"]
        second = self.publish(api, "v2", waitForApproval=True)["id"]
        self.assertEqual([x["requestId"] for x in self.wait_for_approval(2)], [first, second])
        # The second one queued behind the first.
        status, _, single = e.subscribe(ON_SCHEMA_PUBLISH, {"requestId": second}, accept="application/json")
        self.assertEqual(json.loads(single)["data"]["onSchemaVersionPublishingUpdate"]["__typename"],
                         "WaitForApproval")
        self.assertEqual(e.admin("POST", "approvals", {"requestId": second, "reject": True}),
                         {"answered": [{"requestId": second, "state": "REJECTED"}]})
        body = self.follow(ON_SCHEMA_PUBLISH, second)
        found = [payload["data"]["onSchemaVersionPublishingUpdate"] for kind, payload in events(body) if kind == "next"]
        self.assertEqual(found[0]["queuePosition"], 2)
        self.assertEqual(found[-1], {"__typename": "SchemaVersionPublishFailed", "state": "FAILED", "errors": [
            {"__typename": "UnexpectedProcessingError", "message": "The request was rejected."}]})
        waiting = found[3]["deployment"]
        self.assertEqual(waiting["__typename"], "SchemaDeployment")
        self.assertEqual([(x["__typename"], x["message"]) for x in waiting["errors"]],
                         [("SchemaChangeViolationError", "The schema has breaking changes.")])
        self.assertEqual({c["coordinate"] for c in waiting["errors"][0]["changes"]}, {"Query", "Product"})
        # Approving all that wait (no requestId) publishes the first.
        self.assertEqual(e.admin("POST", "approvals", {}), {"answered": [{"requestId": first, "state": "APPROVED"}]})
        self.assertEqual(self.last_event(self.follow(ON_SCHEMA_PUBLISH, first), "onSchemaVersionPublishingUpdate"),
                         {"__typename": "SchemaVersionPublishSuccess", "state": "SUCCESS"})
        self.assertEqual(self.download(api)[1], SDL_BREAKING)
        self.assertEqual(e.admin("GET", "approvals"), [])

    def test_reset_ends_a_waiting_stream(self):
        e = self.emulator
        api = self.api_with_stages()
        e.admin("POST", "stages", {"apiId": api, "stage": "dev"})
        self.upload_schema(api, "v1", SDL_V1)
        request_id = self.publish(api, "v1")["id"]
        _, response = self.open_stream(ON_SCHEMA_PUBLISH, request_id)
        body = self.read_until(response, b"WaitForApproval")
        e.admin("POST", "reset")
        body += response.read()
        self.assertEqual(typenames(body, "onSchemaVersionPublishingUpdate")[-1], "SchemaVersionPublishFailed")
        self.assertEqual(events(body)[-1], ("complete", None))


OPERATIONS_V1 = {"a1": "query Products { products { id name } }",
                 "b2": "query Product($id: ID!) { product(id: $id) { price } }"}
OPERATIONS_BAD = {"c3": "query Broken { products { id sku } }", "d4": "query { nope"}


class ClientRegistryTest(RegistryFlowCase):
    maxDiff = None

    def upload_client(self, client: str, tag: str, operations: dict | bytes, auth: dict | None = None) -> dict:
        data = operations if isinstance(operations, bytes) else json.dumps(operations).encode()
        variables = {"input": {"clientId": client, "tag": tag, "operations": None}}
        status, _, body = self.emulator.multipart(UPLOAD_CLIENT, variables,
                                                  {"variables.input.operations": ("operations.graphql", data)}, auth)
        self.assertEqual(status, 200, body)
        return json.loads(body)

    def publish_client(self, client: str, tag: str, stage: str = "dev", **options: bool) -> dict:
        variables = {"input": {"clientId": client, "stage": stage, "tag": tag, **options}}
        return self.emulator.gql(PUBLISH_CLIENT, variables)["data"]["publishClient"]

    def test_upload_publish_download_unpublish(self):
        e = self.emulator
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        client = self.new_client(api)["id"]
        uploaded = self.upload_client(client, "1.0.0", OPERATIONS_V1)["data"]["uploadClient"]
        self.assertEqual(uploaded, {"__typename": "UploadClientPayload", "errors": None, "clientVersion": {
            "__typename": "ClientVersion", "id": gid("ClientVersion", 1)}})
        duplicate = self.upload_client(client, "1.0.0", OPERATIONS_V1)["data"]["uploadClient"]["errors"]
        self.assertEqual(duplicate, [{"__typename": "DuplicatedTagError",
                                      "message": "A client version with the tag '1.0.0' already exists."}])
        bad_file = self.upload_client(client, "2.0.0", b"[1, 2]")
        self.assertEqual(bad_file["errors"][0]["message"],
                         "The operations file is not a JSON object of document ids to documents.")
        payload = self.publish_client(client, "1.0.0")
        body = self.follow(ON_CLIENT_PUBLISH, payload["id"])
        self.assertEqual(typenames(body, "onClientVersionPublishingUpdate"), [
            "ProcessingTaskIsQueued", "ProcessingTaskIsReady", "OperationInProgress", "ClientVersionPublishSuccess"])
        status, body = self.download(api, what="persistedQueries")
        self.assertEqual((status, json.loads(body)), (200, [
            {"apiId": api, "documentIds": ["a1"], "content": OPERATIONS_V1["a1"]},
            {"apiId": api, "documentIds": ["b2"], "content": OPERATIONS_V1["b2"]}]))
        self.assertEqual(json.loads(self.download(api, "prod", "persistedQueries")[1]), [])
        shown = e.gql(SHOW_CLIENT, {"clientId": client})["data"]["node"]["versions"]["edges"]
        self.assertEqual([(x["node"]["tag"], x["node"]["publishedTo"]) for x in shown], [
            ("1.0.0", [{"__typename": "PublishedClientVersion", "stage": {"__typename": "Stage", "name": "dev"}}])])
        # Unpublished, once.
        variables = {"input": {"clientId": client, "stage": "dev", "tag": "1.0.0"}}
        unpublished = e.gql(UNPUBLISH_CLIENT, variables)["data"]["unpublishClient"]
        self.assertEqual(unpublished["clientVersion"], {"__typename": "ClientVersion", "id": gid("ClientVersion", 1),
                                                        "client": {"__typename": "Client", "name": "web"}})
        again = e.gql(UNPUBLISH_CLIENT, variables)["data"]["unpublishClient"]
        self.assertEqual(again["errors"], [{"__typename": "ClientVersionNotFoundError", "tag": "1.0.0",
                                            "message": "The client version '1.0.0' was not found.",
                                            "clientId": client}])
        self.assertEqual(json.loads(self.download(api, what="persistedQueries")[1]), [])
        missing_stage = e.gql(UNPUBLISH_CLIENT, {"input": dict(variables["input"], stage="qa")})
        self.assertEqual(missing_stage["data"]["unpublishClient"]["errors"][0]["__typename"], "StageNotFoundError")

    def test_operations_are_validated_against_the_stage_schema(self):
        api = self.api_with_stages()
        client = self.new_client(api)["id"]
        self.upload_client(client, "1.0.0", {**OPERATIONS_V1, **OPERATIONS_BAD})
        no_schema = self.last_event(self.follow(ON_CLIENT_PUBLISH, self.publish_client(client, "1.0.0")["id"]),
                                    "onClientVersionPublishingUpdate")
        self.assertEqual(no_schema["errors"], [{"__typename": "UnexpectedProcessingError",
                                                "message": "No schema is published to the stage 'dev'."}])
        self.published(api, "v1", SDL_V1)
        failed = self.last_event(self.follow(ON_CLIENT_PUBLISH, self.publish_client(client, "1.0.0")["id"]),
                                 "onClientVersionPublishingUpdate")
        self.assertEqual(failed["__typename"], "ClientVersionPublishFailed")
        [error] = failed["errors"]
        self.assertEqual(error["__typename"], "PersistedQueryValidationError")
        self.assertEqual(error["client"], {"__typename": "Client", "id": client, "name": "web"})
        self.assertEqual(error["queries"], [
            {"__typename": "PersistedQueryError", "hash": "c3", "deployedTags": ["1.0.0"],
             "message": "The operation c3 is not valid against the schema.", "errors": [{
                 "__typename": "PersistedQueryValidationEntryError",
                 "message": "Cannot query field 'sku' on type 'Product'.", "code": None, "path": None,
                 "locations": [{"__typename": "ErrorLocation", "column": 30, "line": 1}]}]},
            {"__typename": "PersistedQueryError", "hash": "d4", "deployedTags": ["1.0.0"],
             "message": "The operation d4 is not valid against the schema.", "errors": [{
                 "__typename": "PersistedQueryValidationEntryError",
                 "message": "Syntax Error: Expected Name, found <EOF>.", "code": None, "path": None,
                 "locations": [{"__typename": "ErrorLocation", "column": 13, "line": 1}]}]}])
        # Validation answers the same without publishing.
        data = json.dumps({**OPERATIONS_V1, **OPERATIONS_BAD}).encode()
        status, _, body = self.emulator.multipart(
            VALIDATE_CLIENT, {"input": {"clientId": client, "stage": "dev", "operations": None}},
            {"variables.input.operations": ("operations.graphql", data)})
        stream = self.follow(ON_CLIENT_VALIDATION, json.loads(body)["data"]["validateClient"]["id"])
        self.assertEqual(typenames(stream, "onClientVersionValidationUpdate"),
                         ["OperationInProgress", "ValidationInProgress", "ClientVersionValidationFailed"])
        self.assertEqual(self.last_event(stream, "onClientVersionValidationUpdate")["errors"][0]["queries"][0]
                         ["deployedTags"], [])
        status, _, body = self.emulator.multipart(
            VALIDATE_CLIENT, {"input": {"clientId": client, "stage": "dev", "operations": None}},
            {"variables.input.operations": ("operations.graphql", json.dumps(OPERATIONS_V1).encode())})
        stream = self.follow(ON_CLIENT_VALIDATION, json.loads(body)["data"]["validateClient"]["id"])
        self.assertEqual(typenames(stream, "onClientVersionValidationUpdate")[-1], "ClientVersionValidationSuccess")
        # Forced, the broken version is published anyway.
        forced = self.follow(ON_CLIENT_PUBLISH, self.publish_client(client, "1.0.0", force=True)["id"])
        self.assertEqual(typenames(forced, "onClientVersionPublishingUpdate")[-1], "ClientVersionPublishSuccess")

    def test_a_schema_that_breaks_a_published_client_is_refused(self):
        api = self.api_with_stages()
        self.published(api, "v1", SDL_V1)
        client = self.new_client(api)["id"]
        self.upload_client(client, "1.0.0", OPERATIONS_V1)
        self.follow(ON_CLIENT_PUBLISH, self.publish_client(client, "1.0.0")["id"])
        self.api_settings_allow_breaking(api)
        self.upload_schema(api, "v2", SDL_BREAKING)
        failed = self.last_event(self.follow(ON_SCHEMA_PUBLISH, self.publish(api, "v2")["id"]),
                                 "onSchemaVersionPublishingUpdate")
        [error] = failed["errors"]
        self.assertEqual(error["__typename"], "PersistedQueryValidationError")
        self.assertEqual([(q["hash"], q["deployedTags"]) for q in error["queries"]],
                         [("a1", ["1.0.0"]), ("b2", ["1.0.0"])])
        # The stage cannot be left out while the client is published there.
        refused = self.update_stages(api, stage("prod"))["errors"][0]
        self.assertEqual(refused["message"], "The schema v1 is still published to dev. "
                                             "The client web 1.0.0 is still published to dev.")

    def api_settings_allow_breaking(self, api: str) -> None:
        """Breaking changes allowed by the API's settings: only the clients stop the schema."""
        emulator_db_hook = self.emulator.admin("POST", "apis", {"apiId": api, "allowBreakingSchemaChanges": True})
        self.assertEqual(emulator_db_hook["allowBreakingSchemaChanges"], True)

    def test_client_errors_and_scopes(self):
        e = self.emulator
        api, other = self.api_with_stages(), self.api_with_stages("reviews")
        client = self.new_client(api)["id"]
        foreign = self.new_client(other)["id"]
        scoped = self.scoped_key(api)
        self.assertIsNone(self.upload_client(client, "1.0.0", OPERATIONS_V1, scoped)["data"]["uploadClient"]["errors"])
        refused = self.upload_client(foreign, "1.0.0", OPERATIONS_V1, scoped)["data"]["uploadClient"]["errors"]
        self.assertEqual(refused[0]["__typename"], "UnauthorizedOperation")
        missing = self.upload_client(gid("Client", 99), "1.0.0", OPERATIONS_V1)["data"]["uploadClient"]["errors"]
        self.assertEqual(missing, [{"__typename": "ClientNotFoundError", "clientId": gid("Client", 99),
                                    "message": f"The client with ID '{gid('Client', 99)}' was not found."}])
        self.assertEqual(self.publish_client(client, "9.9.9")["errors"], [{
            "__typename": "ClientVersionNotFoundError", "message": "The client version '9.9.9' was not found.",
            "clientId": client, "tag": "9.9.9"}])
        self.assertEqual(self.publish_client(client, "1.0.0", "qa")["errors"][0]["__typename"], "StageNotFoundError")
        variables = {"input": {"clientId": foreign, "stage": "dev", "tag": "1.0.0"}}
        self.assertEqual(e.gql(PUBLISH_CLIENT, variables, scoped)["data"]["publishClient"]["errors"][0]["__typename"],
                         "UnauthorizedOperation")


class ScriptTest(RegistryFlowCase):
    """POST /_emulator/subscriptions: the next subscription's answer, as a test wants it."""

    def script(self, *steps: dict, operation: str | None = None) -> None:
        self.emulator.admin("POST", "subscriptions", {"steps": list(steps), "operation": operation})

    def scripted(self, accept: str | None = None) -> tuple[int, dict, bytes]:
        kwargs = {"accept": accept} if accept else {}
        return self.emulator.subscribe(ON_SCHEMA_PUBLISH, {"requestId": "anything"}, **kwargs)

    def test_steps(self):
        event = {"data": {"onSchemaVersionPublishingUpdate": {"__typename": "OperationInProgress"}}}
        self.script({"keepAlive": 2}, {"next": event, "repeat": 3}, {"raw": "data: not json\n\n"},
                    {"delayMs": 10}, {"complete": True})
        status, headers, body = self.scripted()
        self.assertEqual((status, headers["content-type"]), (200, "text/event-stream; charset=utf-8"))
        self.assertEqual(body, b":\n\n:\n\n" + (b'event: next\ndata: {"data":{"onSchemaVersionPublishingUpdate":'
                                               b'{"__typename":"OperationInProgress"}}}\n\n') * 3
                         + b"data: not json\n\nevent: complete\n\n")
        self.script({"cut": True})
        self.assertEqual(self.scripted()[2],
                         b'event: next\ndata: {"data":{"onSchemaVersionPublishingUpdate":{"__typ')
        self.script({"json": {"data": {"onSchemaVersionPublishingUpdate": None}}})
        status, headers, body = self.scripted()
        self.assertEqual((headers["content-type"], json.loads(body)),
                         ("application/graphql-response+json; charset=utf-8",
                          {"data": {"onSchemaVersionPublishingUpdate": None}}))
        finished = self.emulator.admin("GET", "subscriptions")
        self.assertEqual(finished["pending"], [])
        self.assertEqual([(x["events"], x["completed"]) for x in finished["finished"]], [(3, True), (0, False)])

    def test_oversized_event_and_many_events(self):
        size = 3 * 65536 + 123
        self.script({"oversized": size})
        body = self.scripted()[2]
        self.assertEqual(len(body), size)
        self.assertTrue(body.startswith(b'event: next\ndata: {"data":{"padding":"xxx'))
        self.assertTrue(body.endswith(b'xx"}}\n\n'))
        event = {"data": {"onSchemaVersionPublishingUpdate": {"__typename": "OperationInProgress",
                                                              "state": "PROCESSING"}}}
        self.script({"next": event, "repeat": 10000}, {"complete": True})
        body = self.scripted()[2]
        self.assertEqual(body.count(b"event: next\n"), 10000)
        stats = self.emulator.admin("GET", "subscriptions")["finished"][-1]
        self.assertEqual((stats["events"], stats["bytes"], stats["completed"]), (10000, len(body), True))
        self.assertLess(stats["seconds"], 30)

    def test_scripts_by_operation_and_bad_scripts(self):
        e = self.emulator
        self.script({"complete": True}, operation="OnClientVersionPublishUpdated")
        status, _, body = self.scripted()  # another operation: not scripted, a real (unknown) request
        self.assertEqual(json.loads(body)["errors"][0]["extensions"]["code"], "REQUEST_NOT_FOUND")
        self.assertEqual(e.subscribe(ON_CLIENT_PUBLISH, {"requestId": "x"})[2], b"event: complete\n\n")
        for spec in ({"steps": []}, {"steps": [{"next": 1}]}, {"steps": [{"keepAlive": -1}]},
                     {"steps": [{"complete": True, "raw": "x"}]}, {"steps": [{"json": {}}, {"complete": True}]},
                     {"steps": [{"complete": True, "repeat": 0}]}, {"steps": [{"bogus": 1}]}):
            with self.subTest(spec=spec):
                status, _, body = e.request("POST", "/_emulator/subscriptions", json.dumps(spec))
                self.assertEqual(status, 400, body)
        self.script({"complete": True})
        self.assertEqual(e.admin("DELETE", "subscriptions"), {"pending": [], "finished": []})
        self.assertEqual(json.loads(self.scripted()[2])["errors"][0]["extensions"]["code"], "REQUEST_NOT_FOUND")


class RestOfTreeTest(RegistryFlowCase):
    """OpenAPI and MCP collections and mocks: made, listed, shown, deleted (their uploads come later)."""

    def test_collections(self):
        e = self.emulator
        api, other = self.api_with_stages(), self.api_with_stages("reviews")
        for kind, field, prefix, id_field in (
                ("OpenApiCollection", "openApiCollection", "openapi-collection", "openApiCollectionId"),
                ("McpFeatureCollection", "mcpFeatureCollection", "mcp-feature-collection", "mcpFeatureCollectionId")):
            with self.subTest(kind=kind):
                connection = field + "s"
                create = operation(f"create-{prefix}.graphql")
                made = e.gql(create, {"input": {"apiId": api, "name": "shop"}})["data"]
                payload = next(iter(made.values()))
                self.assertEqual(payload[field], {"__typename": kind, "name": "shop", "id": gid(kind, 1)})
                self.assertIsNone(payload["errors"])
                listed = e.gql(operation(f"list-{prefix}s.graphql"), {"apiId": api, "after": None, "first": 5})
                self.assertEqual([x["node"]["name"] for x in listed["data"]["node"][connection]["edges"]], ["shop"])
                selected = e.gql(operation(f"select-{prefix}.graphql"), {"apiId": api, "after": None, "first": 5})
                self.assertEqual(len(selected["data"]["apiById"][connection]["edges"]), 1)
                self.assertEqual(e.gql("query($id: ID!) { node(id: $id) { id } }", {"id": gid(kind, 1)})
                                 ["data"]["node"], {"id": gid(kind, 1)})
                scoped = self.scoped_key(other)
                refused = next(iter(e.gql(create, {"input": {"apiId": api, "name": "x"}}, scoped)["data"].values()))
                self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
                delete = operation(f"delete-{prefix}.graphql")
                refused = next(iter(e.gql(delete, {"input": {id_field: gid(kind, 1)}}, scoped)["data"].values()))
                self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
                deleted = next(iter(e.gql(delete, {"input": {id_field: gid(kind, 1)}})["data"].values()))
                self.assertEqual(deleted[field]["name"], "shop")
                again = next(iter(e.gql(delete, {"input": {id_field: gid(kind, 1)}})["data"].values()))
                self.assertEqual(again["errors"][0]["message"].endswith(f"with ID '{gid(kind, 1)}' was not found."),
                                 True)
                self.assertEqual(again["errors"][0][id_field], gid(kind, 1))

    def test_mocks(self):
        e = self.emulator
        api = self.api_with_stages()
        files = {"variables.baseSchemaFile": ("schema.graphql", SDL_V1),
                 "variables.extensionsSchemaFile": ("extension.graphql", b"extend type Product { fake: Int }")}
        variables = {"apiId": api, "baseSchemaFile": None, "extensionsSchemaFile": None, "name": "shop",
                     "downstreamUrl": "https://shop.example/graphql"}
        status, _, body = e.multipart(operation("create-mock.graphql"), variables, files)
        made = json.loads(body)["data"]["createMockSchema"]
        self.assertIsNone(made["errors"])
        mock = made["mockSchema"]
        self.assertEqual({k: mock[k] for k in ("id", "name", "downstreamUrl", "url", "createdBy", "modifiedAt")}, {
            "id": gid("MockSchema", 1), "name": "shop", "downstreamUrl": "https://shop.example/graphql",
            "url": f"https://mocks.nitro.local/{gid('MockSchema', 1)}/graphql",
            "createdBy": {"__typename": "UserInfo", "username": "dev@nitro.local"}, "modifiedAt": None})
        status, _, body = e.multipart(operation("create-mock.graphql"), variables, files)
        self.assertEqual(json.loads(body)["data"]["createMockSchema"]["errors"][0]["__typename"],
                         "MockSchemaNonUniqueNameError")
        bad = dict(variables, name="other", downstreamUrl="ftp://x")
        status, _, body = e.multipart(operation("create-mock.graphql"), bad, files)
        self.assertEqual(json.loads(body)["data"]["createMockSchema"]["errors"][0]["message"],
                         "The downstream URL must be an absolute http or https URL.")
        update = {"mockSchemaId": mock["id"], "baseSchemaFile": None, "downstreamUrl": None,
                  "extensionsSchemaFile": None, "name": "renamed"}
        status, _, body = e.multipart(operation("update-mock.graphql"), update,
                                      {"variables.baseSchemaFile": ("schema.graphql", SDL_SAFE)})
        updated = json.loads(body)["data"]["updateMockSchema"]["mockSchema"]
        self.assertEqual((updated["name"], updated["modifiedBy"]), ("renamed", {"__typename": "UserInfo",
                                                                                "username": "dev@nitro.local"}))
        for document in ("list-mocks.graphql", "select-mock.graphql"):
            listed = e.gql(operation(document), {"apiId": api, "after": None, "first": 5})
            names = [x["node"]["name"] for x in listed["data"]["apiById"]["mockSchemas"]["edges"]]
            self.assertEqual(names, ["renamed"])
        missing = e.gql(operation("update-mock.graphql"), dict(update, mockSchemaId=gid("MockSchema", 9)))
        self.assertEqual(missing["data"]["updateMockSchema"]["errors"][0]["__typename"], "MockSchemaNotFoundError")
