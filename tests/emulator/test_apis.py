"""Tests of the emulator's workspaces, APIs and scoped API keys, run as a real subprocess over real HTTP.

    python3 -m unittest discover -s tests/emulator -t . -v     (from the repository root)
"""

from __future__ import annotations

import base64
import io
import json
import os
import sqlite3
import tempfile
import unittest
import zipfile

from graphql import build_schema, parse, validate

try:
    from .test_emulator import (DATETIME_RE, GRAPHQL_RESPONSE_JSON, NOT_AUTHENTICATED_BODY, OPERATIONS, Emulator,
                                SharedEmulatorTest, gid, in_days, key, key_input, operation)
except ImportError:  # discovered as a top-level module (without -t)
    from test_emulator import (DATETIME_RE, GRAPHQL_RESPONSE_JSON, NOT_AUTHENTICATED_BODY, OPERATIONS, Emulator,
                               SharedEmulatorTest, gid, in_days, key, key_input, operation)

CREATE_WORKSPACE = operation("create-workspace.graphql")
SHOW_WORKSPACE = operation("show-workspace.graphql")
CREATE_API = operation("create-api.graphql")
LIST_APIS = operation("list-apis.graphql")
SHOW_API = operation("show-api.graphql")
DELETE_API = operation("delete-api.graphql")
CREATE_API_KEY = operation("create-api-key.graphql")
LIST_API_KEYS = operation("list-api-keys.graphql")
DELETE_API_KEY = operation("delete-api-key.graphql")

NOT_AUTHORIZED = "The current user is not authorized to access this resource."
NOT_A_USER = [{"__typename": "UnauthorizedOperation",
               "message": "This operation needs a user; an API key cannot perform it."}]
DEV_WORKSPACE, TEAM, OTHER_WORKSPACE = gid("Workspace", 1), gid("Workspace", 2), gid("Workspace", 3)
DEFAULT_SETTINGS = {"__typename": "ApiSettings", "schemaRegistry": {
    "__typename": "SchemaRegistrySettings", "treatDangerousAsBreaking": True, "allowBreakingSchemaChanges": False}}

PUSH = """
mutation Push($changes: [PushWorkspaceChangeInput!]!) {
  pushWorkspaceChanges(input: {changes: $changes}) {
    changes {
      referenceId
      error {
        __typename ... on Error { message }
        ... on ChangeValidationFailed { workspaceId errors { message } }
        ... on WorkspaceNotFoundForChange { workspaceId }
        ... on UnexpectedErrorOnChange { workspaceId }
      }
      result { __typename ... on Api { id name path kind workspace { id } } }
    }
    errors { __typename ... on Error { message } }
  }
}"""
READ = """
query Read($workspace: ID!, $api: ID!) {
  workspaceById(workspaceId: $workspace) { id apis { nodes { id } } }
  apiById(id: $api) { id name }
  node(id: $api) { id }
}"""
WORKSPACE_KEYS = "query($id: ID!) { workspaceById(workspaceId: $id) { id apiKeys { nodes { id name } } } }"
NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
API_PAGE = """
query($workspace: ID!, $after: Version, $first: Int) {
  workspaceById(workspaceId: $workspace) {
    apis(after: $after, first: $first) {
      edges { cursor node { name } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}"""
DELETE_API_PAYLOAD = """
mutation($id: ID!) {
  deleteApiById(input: {apiId: $id}) {
    api { id name }
    errors {
      __typename ... on Error { message } ... on ApiNotFoundError { apiId } ... on ApiDeletionFailedError { apiId }
    }
  }
}"""


def create(name: str, workspace: str, path: list[str] | None = None, reference: str = "api",
           kind: str | None = None) -> dict:
    """One api.create change for pushWorkspaceChanges."""
    change = {"name": name, "path": path or [], "referenceId": reference, "workspaceId": workspace}
    if kind is not None:
        change["kind"] = kind
    return {"api": {"create": change}}


def decode(global_id: str) -> str:
    return base64.b64decode(global_id).decode()


class ApiTestCase(SharedEmulatorTest):
    """Shortcuts over the published documents."""

    def create_workspace(self, name: str, auth: dict | None = None) -> dict:
        return self.emulator.gql(CREATE_WORKSPACE, {"input": {"name": name}}, auth)["data"]["createWorkspace"]

    def create_api(self, workspace: str, name: str, path: list[str] | None = None, kind: str | None = None,
                   auth: dict | None = None) -> dict:
        """CreateApiCommandMutation; the payload."""
        variables = {"workspaceId": workspace, "path": path or [], "name": name, "kind": kind}
        return self.emulator.gql(CREATE_API, variables, auth)["data"]["pushWorkspaceChanges"]

    def new_api(self, workspace: str, name: str, path: list[str] | None = None, auth: dict | None = None) -> dict:
        payload = self.create_api(workspace, name, path, auth=auth)
        self.assertIsNone(payload["errors"])
        self.assertIsNone(payload["changes"][0]["error"], payload)
        return payload["changes"][0]["result"]

    def push(self, *changes: dict, auth: dict | None = None) -> dict:
        return self.emulator.gql(PUSH, {"changes": list(changes)}, auth)["data"]["pushWorkspaceChanges"]

    def create_key(self, name: str | None, workspace: int, auth: dict | None = None, **scope: str) -> dict:
        variables = {"input": key_input(name, workspace, **scope)}
        return self.emulator.gql(CREATE_API_KEY, variables, auth)["data"]["createApiKey"]

    def new_key(self, name: str, workspace: int, **scope: str) -> tuple[dict, dict]:
        """A new key's CCC-api-key header and its ApiKey."""
        payload = self.create_key(name, workspace, **scope)
        self.assertIsNone(payload["errors"])
        return key(payload["result"]["secret"]), payload["result"]["key"]

    def api_names(self, workspace: str, auth: dict | None = None) -> list[str]:
        result = self.emulator.gql(LIST_APIS, {"workspaceId": workspace, "after": None, "first": 50}, auth)
        return [edge["node"]["name"] for edge in result["data"]["workspaceById"]["apis"]["edges"]]

    def key_names(self, workspace: str) -> list[str]:
        result = self.emulator.gql(LIST_API_KEYS, {"workspaceId": workspace, "after": None, "first": 50})
        return [edge["node"]["name"] for edge in result["data"]["workspaceById"]["apiKeys"]["edges"]]

    def assert_refused(self, result: dict, *paths: list) -> None:
        """Hot Chocolate's authorization answer: AUTH_NOT_AUTHORIZED on each field, which is null."""
        self.assertEqual([(e["message"], e["path"], e["extensions"]) for e in result["errors"]],
                         [(NOT_AUTHORIZED, path, {"code": "AUTH_NOT_AUTHORIZED"}) for path in paths])
        for path in paths:
            value = result["data"]
            for step in path:
                value = value[step]
            self.assertIsNone(value)


class PublishedOperationsTest(ApiTestCase):

    def test_every_published_operation_executes(self):
        """Each document in spec/operations, byte for byte, on real data: no errors, the expected data."""
        e = self.emulator
        done: dict[str, dict] = {}

        def run(file_name: str, variables: dict) -> dict:
            result = e.gql(operation(file_name), variables)
            self.assertNotIn("errors", result, file_name)
            done[file_name] = result["data"]
            return result["data"]

        workspace = run("create-workspace.graphql", {"input": {"name": "Operations"}})["createWorkspace"]
        self.assertEqual(workspace["workspace"], {"__typename": "Workspace", "id": gid("Workspace", 4),
                                                  "name": "Operations", "personal": False})
        ws = workspace["workspace"]["id"]
        pushed = run("create-api.graphql", {"workspaceId": ws, "path": ["products", "catalog"], "name": "catalog",
                                            "kind": "SERVICE"})["pushWorkspaceChanges"]
        api = pushed["changes"][0]["result"]
        self.assertEqual(api, {"__typename": "Api", "id": gid("Api", 1), "name": "catalog",
                               "path": ["products", "catalog"],
                               "workspace": {"__typename": "Workspace", "id": ws, "name": "Operations"},
                               "settings": DEFAULT_SETTINGS})
        for file_name in ("list-apis.graphql", "select-api.graphql"):
            apis = run(file_name, {"workspaceId": ws, "after": None, "first": 10})["workspaceById"]["apis"]
            self.assertEqual([edge["node"] for edge in apis["edges"]], [api])
            self.assertFalse(apis["pageInfo"]["hasNextPage"])
        self.assertEqual(run("show-api.graphql", {"apiId": api["id"]})["node"], api)
        check = run("delete-api-check.graphql", {"apiId": api["id"]})["node"]
        self.assertEqual((check["name"], check["workspace"]), ("catalog", {"__typename": "Workspace", "id": ws}))
        self.assertIsInstance(check["version"], str)

        made = run("create-api-key.graphql", {"input": key_input("ci", 4, apiId=api["id"])})["createApiKey"]
        self.assertIsNone(made["errors"])
        self.assertEqual(made["result"]["key"]["workspace"], {"__typename": "Workspace", "name": "Operations"})
        keys = run("list-api-keys.graphql", {"workspaceId": ws, "after": None, "first": 10})
        self.assertEqual([edge["node"]["name"] for edge in keys["workspaceById"]["apiKeys"]["edges"]], ["ci"])
        deleted = run("delete-api-key.graphql", {"input": {"apiKeyId": made["result"]["key"]["id"]}})
        self.assertEqual(deleted["deleteApiKey"]["apiKey"]["name"], "ci")

        self.assertEqual(run("show-workspace.graphql", {"workspaceId": ws})["node"], workspace["workspace"])
        for file_name in ("list-workspaces.graphql", "select-workspace.graphql"):
            edges = run(file_name, {"after": None, "first": 5})["me"]["workspaces"]["edges"]
            self.assertEqual([edge["node"]["name"] for edge in edges], ["Dev User", "Team Nitro", "Operations"])

        pat = run("create-pat.graphql", {"input": {"description": "ops", "expiresAt": in_days(1)}})
        token = pat["createPersonalAccessToken"]["result"]["token"]
        listed = run("list-pats.graphql", {"after": None, "first": 10})["me"]["personalAccessTokens"]["edges"]
        self.assertIn(token, [edge["node"] for edge in listed])
        self.assertEqual(run("revoke-pat.graphql", {"input": {"id": token["id"]}})["revokePersonalAccessToken"]
                         ["personalAccessToken"]["id"], token["id"])

        # Stages, clients and environments (tests/emulator/test_registry.py has the details).
        stages = run("update-stages.graphql", {"input": {"apiId": api["id"], "updatedStages": [
            {"name": "dev", "displayName": "Dev", "conditions": []}]}})["updateStages"]
        self.assertEqual([s["name"] for s in stages["api"]["stages"]], ["dev"])
        self.assertEqual(run("list-stages.graphql", {"apiId": api["id"]})["node"]["stages"], stages["api"]["stages"])
        client = run("create-client.graphql", {"input": {"apiId": api["id"], "name": "web"}})["createClient"]["client"]
        self.assertEqual(run("show-client.graphql", {"clientId": client["id"]})["node"], client)
        listed = run("list-clients.graphql", {"apiId": api["id"], "after": None, "first": 10})
        self.assertEqual([edge["node"]["id"] for edge in listed["node"]["clients"]["edges"]], [client["id"]])
        selected = run("select-client.graphql", {"apiId": api["id"], "after": None, "first": 10})
        self.assertEqual([edge["node"]["id"] for edge in selected["apiById"]["clients"]["edges"]], [client["id"]])
        paged = run("page-client-versions.graphql", {"id": client["id"], "after": listed["node"]["clients"]
                                                     ["edges"][0]["cursor"]})
        self.assertEqual(paged["node"]["versions"]["edges"], [])
        self.assertEqual(run("delete-client.graphql", {"input": {"clientId": client["id"]}})["deleteClientById"]
                         ["client"]["id"], client["id"])
        self.assertEqual(run("delete-stage.graphql", {"input": {"apiId": api["id"], "stageName": "dev"}})
                         ["forceDeleteStageByApiId"]["api"]["stages"], [])
        env = run("create-environment.graphql", {"workspaceId": ws, "name": "prod"})["pushWorkspaceChanges"]
        env = env["changes"][0]["result"]
        self.assertEqual(run("show-environment.graphql", {"workspaceId": env["id"]})["node"], env)
        envs = run("list-environments.graphql", {"workspaceId": ws, "after": None, "first": 10})
        self.assertEqual([edge["node"] for edge in envs["workspaceById"]["environments"]["edges"]], [env])

        self.assertEqual(run("delete-api.graphql", {"apiId": api["id"]})["deleteApiById"]["api"], api)

        # The registry's uploads, requests and their events (tests/emulator/test_registry.py has the details).
        api = run("create-api.graphql", {"workspaceId": ws, "path": [], "name": "registry",
                                         "kind": None})["pushWorkspaceChanges"]["changes"][0]["result"]
        run("update-stages.graphql", {"input": {"apiId": api["id"], "updatedStages": [
            {"name": "dev", "displayName": "Dev", "conditions": []}]}})

        def upload(file_name: str, variables: dict, path: str, data: bytes) -> dict:
            status, _, body = e.multipart(operation(file_name), variables, {path: ("file", data)})
            result = json.loads(body)
            self.assertEqual((status, result.get("errors")), (200, None), file_name)
            done[file_name] = result["data"]
            return result["data"]

        def follow(file_name: str, request_id: str) -> list[str]:
            status, _, body = e.subscribe(operation(file_name), {"requestId": request_id})
            nexts = [json.loads(line[6:]) for line in body.decode().split("\n") if line.startswith("data: ")]
            self.assertTrue(nexts and all("errors" not in x for x in nexts), (file_name, body))
            done[file_name] = nexts
            return [next(iter(x["data"].values()))["__typename"] for x in nexts]

        sdl = b"type Query { a: Int }"
        upload("upload-schema.graphql", {"input": {"apiId": api["id"], "tag": "v1", "schema": None}},
               "variables.input.schema", sdl)
        checked = upload("validate-schema.graphql", {"input": {"apiId": api["id"], "stage": "dev", "schema": None}},
                         "variables.input.schema", sdl)["validateSchema"]["id"]
        self.assertEqual(follow("on-schema-validation.graphql", checked)[-1], "SchemaVersionValidationSuccess")
        published = run("publish-schema.graphql", {"input": {"apiId": api["id"], "stage": "dev", "tag": "v1"}})
        self.assertEqual(follow("on-schema-publish.graphql", published["publishSchema"]["id"])[-1],
                         "SchemaVersionPublishSuccess")
        client = run("create-client.graphql", {"input": {"apiId": api["id"], "name": "web"}})["createClient"]["client"]
        operations = json.dumps({"h1": "{ a }"}).encode()
        upload("upload-client.graphql", {"input": {"clientId": client["id"], "tag": "1", "operations": None}},
               "variables.input.operations", operations)
        checked = upload("validate-client.graphql", {"input": {"clientId": client["id"], "stage": "dev",
                                                               "operations": None}},
                         "variables.input.operations", operations)["validateClient"]["id"]
        self.assertEqual(follow("on-client-validation.graphql", checked)[-1], "ClientVersionValidationSuccess")
        published = run("publish-client.graphql", {"input": {"clientId": client["id"], "stage": "dev", "tag": "1"}})
        self.assertEqual(follow("on-client-publish.graphql", published["publishClient"]["id"])[-1],
                         "ClientVersionPublishSuccess")
        # The schema's usage analytics of what was published (tests/e2e/test_schema_usage.py has the details).
        window = {"from": "2020-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z"}
        for name in ("schema-usage", "schema-clients", "schema-operations", "schema-impact"):
            self.assertIn('"Query.a"', json.dumps(run(f"{name}.graphql", {"apiId": api["id"],
                                                                           "coordinate": "Query.a", **window})))
        unused = run("schema-unused.graphql", {"apiId": api["id"], **window, "kinds": None, "isDeprecated": None})
        self.assertEqual([n["coordinate"] for n in unused["apiById"]["stages"][0]["coordinates"]["nodes"]],
                         ["Query", "Query.a"])
        unpublished = run("unpublish-client.graphql", {"input": {"clientId": client["id"], "stage": "dev", "tag": "1"}})
        self.assertIsNone(unpublished["unpublishClient"]["errors"])

        # Fusion: the steps of a publish request in order, and one cancelled (tests/e2e/test_fusion.py has more).
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("gateway/2.0.0/gateway.graphqls", "type Query { a: Int }")
        begun = run("fusion-publish-begin.graphql", {"input": {"apiId": api["id"], "stageName": "dev", "tag": "f1"}})
        request_id = begun["beginFusionConfigurationPublish"]["requestId"]
        self.assertIsNone(run("fusion-publish-start.graphql", {"input": {"requestId": request_id}})
                          ["startFusionConfigurationComposition"]["errors"])
        for name in ("fusion-publish-validate.graphql", "fusion-publish-commit.graphql"):
            upload(name, {"input": {"requestId": request_id, "configuration": None}},
                   "variables.input.configuration", buffer.getvalue())
        self.assertEqual(follow("on-fusion-publish.graphql", request_id),
                         ["OperationInProgress", "FusionConfigurationPublishingSuccess"])
        source = io.BytesIO()
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("products.graphqls", "type Query { a: Int }")
        uploaded = upload("fusion-upload.graphql", {"input": {"apiId": api["id"], "tag": "s1", "archive": None}},
                          "variables.input.archive", source.getvalue())["uploadFusionSubgraph"]
        self.assertEqual((uploaded["errors"], uploaded["fusionSubgraphVersion"]["__typename"]),
                         (None, "FusionSubgraphVersion"))
        again = run("fusion-publish-begin.graphql", {"input": {"apiId": api["id"], "stageName": "dev", "tag": "f2"}})
        cancelled = run("fusion-publish-cancel.graphql", {"input": {
            "requestId": again["beginFusionConfigurationPublish"]["requestId"]}})
        self.assertIsNone(cancelled["cancelFusionConfigurationComposition"]["errors"])

        # Collections and mocks of the rest of the tree (made, listed, changed, deleted); collection versions
        # uploaded, validated and published (tests/emulator/test_collections.py has the details).
        archives = {"openapi-collection": b"get.graphql", "mcp-feature-collection": b"tools/get.graphql"}
        for prefix, id_field in (("openapi-collection", "openApiCollectionId"),
                                 ("mcp-feature-collection", "mcpFeatureCollectionId")):
            made = next(iter(run(f"create-{prefix}.graphql", {"input": {"apiId": api["id"], "name": "c"}}).values()))
            collection = next(value for key, value in made.items() if key not in ("__typename", "errors"))
            for verb in ("list", "select"):
                name = f"{verb}-{prefix}{'s' if verb == 'list' else ''}.graphql"
                self.assertIn(collection["id"], json.dumps(run(name, {"apiId": api["id"], "after": None, "first": 5})))
            data = io.BytesIO()
            with zipfile.ZipFile(data, "w") as archive:
                archive.writestr(archives[prefix].decode(), 'query Get @http(method: GET, route: "/get") { a }')
            files = ("variables.input.collection", data.getvalue())
            upload(f"upload-{prefix}.graphql", {"input": {id_field: collection["id"], "tag": "v1", "collection": None}},
                   *files)
            checked = next(iter(upload(f"validate-{prefix}.graphql", {"input": {
                id_field: collection["id"], "stage": "dev", "collection": None}}, *files).values()))["id"]
            self.assertTrue(follow(f"on-{prefix}-validation.graphql", checked)[-1].endswith("ValidationSuccess"))
            published = next(iter(run(f"publish-{prefix}.graphql", {"input": {
                id_field: collection["id"], "stage": "dev", "tag": "v1"}}).values()))
            self.assertTrue(follow(f"on-{prefix}-publish.graphql", published["id"])[-1].endswith("PublishSuccess"))
            deleted = run(f"delete-{prefix}.graphql", {"input": {id_field: collection["id"]}})
            self.assertIsNone(next(iter(deleted.values()))["errors"])
        files = {"variables.baseSchemaFile": ("schema.graphql", b"type Query { a: Int }"),
                 "variables.extensionsSchemaFile": ("extension.graphql", b"extend type Query { b: Int }")}
        status, _, body = e.multipart(operation("create-mock.graphql"), {
            "apiId": api["id"], "baseSchemaFile": None, "extensionsSchemaFile": None, "name": "m",
            "downstreamUrl": "https://example.com/graphql"}, files)
        done["create-mock.graphql"] = json.loads(body)["data"]
        mock = done["create-mock.graphql"]["createMockSchema"]["mockSchema"]
        changed = run("update-mock.graphql", {"mockSchemaId": mock["id"], "baseSchemaFile": None,
                                              "downstreamUrl": None, "extensionsSchemaFile": None, "name": "n"})
        self.assertEqual(changed["updateMockSchema"]["mockSchema"]["name"], "n")
        for name in ("list-mocks.graphql", "select-mock.graphql"):
            self.assertIn(mock["id"], json.dumps(run(name, {"apiId": api["id"], "after": None, "first": 5})))

        # nitro's own questions (status): a user's credential is `me`, an API key's `currentApiKey` with its
        # workspace and API.
        who = run("nitro-identity.graphql", {})
        self.assertEqual((who["me"]["user"]["email"], who["currentApiKey"]), ("dev@nitro.local", None))
        self.assertEqual(run("nitro-viewer.graphql", {})["me"]["user"]["name"], "Dev User")
        scoped = e.gql(operation("create-api-key.graphql"), {"input": {
            "name": "who", "workspaceId": ws, "permissionScope": {"apiId": api["id"]},
            "roleAssigmentCondition": None}})["data"]["createApiKey"]["result"]
        who = e.gql(operation("nitro-identity.graphql"), {}, key(scoped["secret"]))["data"]
        self.assertIsNone(who["me"])
        self.assertEqual(who["currentApiKey"], {"id": scoped["key"]["id"], "name": "who",
                                                "workspace": {"id": ws, "name": "Operations"},
                                                "api": {"id": api["id"], "name": api["name"], "path": api["path"]}})

        # Every document in spec/operations is served now: none may be added before the emulator serves it.
        not_served_yet: set[str] = set()
        self.assertEqual(set(done) | not_served_yet, {path.name for path in OPERATIONS.glob("*.graphql")},
                         "every published document is exercised here")
        self.assertFalse(set(done) & not_served_yet)
        served = build_schema((OPERATIONS.parent / "schema.graphql").read_text(encoding="utf-8"))
        for name in sorted(not_served_yet):  # valid against the served schema, at least
            self.assertEqual(validate(served, parse(operation(name))), [], name)


class WorkspaceTest(ApiTestCase):

    def test_create_workspace(self):
        e = self.emulator
        payload = self.create_workspace("Platform")
        created = payload["workspace"]
        self.assertEqual(payload["errors"], None)
        self.assertEqual(created, {"__typename": "Workspace", "id": gid("Workspace", 4), "name": "Platform",
                                   "personal": False})
        self.assertEqual(e.gql(SHOW_WORKSPACE, {"workspaceId": created["id"]})["data"]["node"], created)
        by_id = e.gql("query($id: ID!) { workspaceById(workspaceId: $id) { name personal apis { nodes { id } } } }",
                      {"id": created["id"]})["data"]["workspaceById"]
        self.assertEqual(by_id, {"name": "Platform", "personal": False, "apis": {"nodes": []}})
        names = [edge["node"]["name"] for edge in e.gql(operation("list-workspaces.graphql"))
                 ["data"]["me"]["workspaces"]["edges"]]
        self.assertEqual(names, ["Dev User", "Team Nitro", "Platform"])
        # The creator is the only member; the active (personal) workspace does not change.
        other = key(e.credentials["otherPat"])
        self.assertIsNone(e.gql(SHOW_WORKSPACE, {"workspaceId": created["id"]}, other)["data"]["node"])
        self.assertEqual(e.gql("{ me { activeWorkspace { name } } }")["data"]["me"]["activeWorkspace"],
                         {"name": "Dev User"})
        # Names need not be unique.
        self.assertEqual(self.create_workspace("Platform")["workspace"]["id"], gid("Workspace", 5))
        self.assertEqual(self.create_workspace("Mine", other)["workspace"]["id"], gid("Workspace", 6))

    def test_create_workspace_errors(self):
        e = self.emulator
        blank = self.create_workspace("  ")
        self.assertIsNone(blank["workspace"])
        self.assertEqual(blank["errors"], [{"__typename": "ValidationError", "message": "The name must not be empty.",
                                            "errors": [{"__typename": "ValidationErrorProperty",
                                                        "message": "The name must not be empty."}]}])
        by_key = self.create_workspace("By key", key(e.credentials["apiKey"]))
        self.assertEqual((by_key["workspace"], by_key["errors"]), (None, NOT_A_USER))
        self.assertEqual(len(e.gql(operation("list-workspaces.graphql"))["data"]["me"]["workspaces"]["edges"]), 2)

    def test_reset_removes_created_workspaces_and_apis(self):
        e = self.emulator
        ws = self.create_workspace("Temporary")["workspace"]["id"]
        api = self.new_api(ws, "temporary")
        e.admin("POST", "reset")
        self.assertIsNone(e.gql(SHOW_WORKSPACE, {"workspaceId": ws})["data"]["node"])
        self.assertIsNone(e.gql(SHOW_API, {"apiId": api["id"]})["data"]["node"])
        self.assertEqual(self.create_workspace("Again")["workspace"]["id"], ws)  # ids start over, like tokens'


class ApiTest(ApiTestCase):

    def test_create_api(self):
        e = self.emulator
        payload = self.push(create("catalog", TEAM, ["products", "catalog"], "first", "GATEWAY"),
                            create("reviews", TEAM, reference="second"))
        self.assertIsNone(payload["errors"])
        self.assertEqual(payload["changes"], [
            {"referenceId": "first", "error": None, "result": {
                "__typename": "Api", "id": gid("Api", 1), "name": "catalog", "path": ["products", "catalog"],
                "kind": "GATEWAY", "workspace": {"id": TEAM}}},
            {"referenceId": "second", "error": None, "result": {
                "__typename": "Api", "id": gid("Api", 2), "name": "reviews", "path": [], "kind": None,
                "workspace": {"id": TEAM}}},
        ])
        full = ("query($id: ID!) { apiById(id: $id) { id name path kind version createdAt workspace { name }"
                " settings { schemaRegistry { treatDangerousAsBreaking allowBreakingSchemaChanges } } } }")
        api = e.gql(full, {"id": gid("Api", 1)})["data"]["apiById"]
        self.assertRegex(api["createdAt"], DATETIME_RE)
        self.assertTrue(api["version"])
        self.assertEqual({k: v for k, v in api.items() if k not in ("createdAt", "version")}, {
            "id": gid("Api", 1), "name": "catalog", "path": ["products", "catalog"], "kind": "GATEWAY",
            "workspace": {"name": "Team Nitro"},
            "settings": {"schemaRegistry": {"treatDangerousAsBreaking": True, "allowBreakingSchemaChanges": False}}})
        self.assertEqual(e.gql(NODE, {"id": gid("Api", 2)})["data"]["node"], {"__typename": "Api", "id": gid("Api", 2)})
        self.assertEqual(self.api_names(TEAM), ["catalog", "reviews"])
        self.assertEqual(self.api_names(DEV_WORKSPACE), [])
        # The same name elsewhere: another path, another workspace (a personal one too).
        self.new_api(TEAM, "catalog", ["other"])
        self.new_api(DEV_WORKSPACE, "catalog", ["products", "catalog"])

    def test_change_errors(self):
        e = self.emulator
        self.new_api(TEAM, "catalog", ["products"])
        payload = self.push(
            create("catalog", TEAM, ["products"], "taken"),
            create(" ", TEAM, ["a", ""], "blank"),
            create("x", OTHER_WORKSPACE, reference="foreign"),
            create("x", gid("Workspace", 99), reference="unknown"),
            create("x", "junk", reference="junk"),
            create("fine", TEAM, ["products"], "fine"),
        )
        self.assertIsNone(payload["errors"])
        changes = {change["referenceId"]: change for change in payload["changes"]}
        self.assertEqual(list(changes), ["taken", "blank", "foreign", "unknown", "junk", "fine"])
        self.assertEqual(changes["taken"]["error"], {
            "__typename": "ChangeValidationFailed", "workspaceId": TEAM,
            "message": "An API named 'catalog' already exists at the path '/products'.",
            "errors": [{"message": "An API named 'catalog' already exists at the path '/products'."}]})
        self.assertEqual(changes["blank"]["error"]["errors"], [{"message": "The name must not be empty."},
                                                               {"message": "A path segment must not be empty."}])
        for reference, workspace in (("foreign", OTHER_WORKSPACE), ("unknown", gid("Workspace", 99)),
                                     ("junk", "junk")):
            with self.subTest(reference=reference):
                self.assertEqual(changes[reference]["error"], {
                    "__typename": "WorkspaceNotFoundForChange", "workspaceId": workspace,
                    "message": f"The workspace with ID '{workspace}' was not found."})
        for change in payload["changes"][:-1]:
            self.assertIsNone(change["result"])
        self.assertEqual(changes["fine"]["result"]["name"], "fine")  # each change stands on its own
        self.assertEqual(self.api_names(TEAM), ["catalog", "fine"])

        # The CLI's document reports a change error the same way.
        denied = self.create_api(OTHER_WORKSPACE, "x")
        self.assertEqual(denied["changes"][0]["error"]["__typename"], "WorkspaceNotFoundForChange")
        self.assertEqual(denied["changes"][0]["referenceId"], "api")
        self.assertIsNone(denied["changes"][0]["result"])
        # Not a member of the dev user's workspaces, the other user cannot add to them.
        other = self.push(create("x", TEAM), auth=key(e.credentials["otherPat"]))
        self.assertEqual(other["changes"][0]["error"]["__typename"], "WorkspaceNotFoundForChange")

    def test_push_structure_and_authorization(self):
        e = self.emulator
        unsupported = ("The change at index {} is not one api.create or environment.create change, "
                       "the kinds supported.")
        cases = [
            ([], "There are no changes to apply."),
            ([{}], unsupported.format(0)),
            ([create("a", TEAM), {"api": {}}], unsupported.format(1)),
        ]
        for changes, message in cases:
            with self.subTest(changes=changes):
                payload = self.push(*changes)
                self.assertEqual(payload, {"changes": None, "errors": [
                    {"__typename": "ChangeStructureInvalid", "message": message}]})
        self.assertEqual(self.push(create("a", TEAM), auth=key(e.credentials["apiKey"])),
                         {"changes": None, "errors": NOT_A_USER})
        self.assertEqual(self.api_names(TEAM), [])  # nothing was applied

    def test_kind_and_version_input(self):
        e = self.emulator
        for kind in ("COLLECTION", "SERVICE", "GATEWAY", None):
            with self.subTest(kind=kind):
                api = self.create_api(TEAM, f"api-{kind}", kind=kind)["changes"][0]["result"]
                self.assertEqual(e.gql("query($id: ID!) { apiById(id: $id) { kind } }", {"id": api["id"]})
                                 ["data"]["apiById"]["kind"], kind)
        result = e.gql(CREATE_API, {"workspaceId": TEAM, "path": [], "name": "x", "kind": "LIBRARY"})
        self.assertNotIn("data", result)  # not an ApiKind
        for after in (5, True):
            with self.subTest(after=after):
                result = e.gql(API_PAGE, {"workspace": TEAM, "after": after})
                self.assertNotIn("data", result)
                self.assertIn("Version cannot represent", result["errors"][0]["message"])
        result = e.gql("{ workspaceById(workspaceId: \"" + TEAM + "\") { apis(after: 5) { nodes { id } } } }")
        self.assertEqual(result["errors"][0]["message"].split(";")[0], "Version must be a string.")

    def test_paging_apis(self):
        e = self.emulator
        names = [f"api-{i:02d}" for i in range(25)]
        self.push(*(create(name, TEAM, reference=name) for name in names))
        seen, after, pages = [], None, 0
        while True:
            result = e.gql(API_PAGE, {"workspace": TEAM, "after": after, "first": 7})
            page = result["data"]["workspaceById"]["apis"]
            info = page["pageInfo"]
            self.assertEqual(info["hasPreviousPage"], after is not None)
            self.assertEqual([n["id"] for n in page["nodes"]], [gid("Api", len(seen) + i + 1)
                                                                for i in range(len(page["nodes"]))])
            self.assertEqual((info["startCursor"], info["endCursor"]),
                             (page["edges"][0]["cursor"], page["edges"][-1]["cursor"]))
            seen += [edge["node"]["name"] for edge in page["edges"]]
            pages += 1
            if not info["hasNextPage"]:
                break
            after = info["endCursor"]
        self.assertEqual((seen, pages), (names, 4))
        default = e.gql(API_PAGE, {"workspace": TEAM})["data"]["workspaceById"]["apis"]
        self.assertEqual(len(default["edges"]), 10)
        # The CLI's document, 10 a page, resuming from each endCursor.
        seen, after = [], None
        while True:
            page = e.gql(LIST_APIS, {"workspaceId": TEAM, "after": after, "first": 10})["data"]["workspaceById"]["apis"]
            seen += [edge["node"]["name"] for edge in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        self.assertEqual(seen, names)
        for variables, code in [({"first": 101}, "HC0051"), ({"first": -1}, "HC0052"),
                                ({"after": "not a cursor"}, "INVALID_CURSOR"),
                                ({"after": gid("Api", 1)}, "INVALID_CURSOR")]:
            with self.subTest(variables=variables):
                result = e.gql(API_PAGE, {"workspace": TEAM, **variables})
                self.assertEqual(result["data"], {"workspaceById": {"apis": None}})
                self.assertEqual(result["errors"][0]["extensions"]["code"], code)
                self.assertEqual(result["errors"][0]["path"], ["workspaceById", "apis"])

    def test_delete_api(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog", ["products"])
        other_api = self.new_api(TEAM, "reviews")
        scoped, scoped_key = self.new_key("for catalog", 2, apiId=api["id"])
        other_scoped, _ = self.new_key("for reviews", 2, apiId=other_api["id"])
        workspace_key, _ = self.new_key("for the workspace", 2)
        self.assertIsNotNone(e.gql(SHOW_API, {"apiId": api["id"]}, scoped)["data"]["node"])

        deleted = e.gql(DELETE_API, {"apiId": api["id"]})["data"]["deleteApiById"]
        self.assertEqual(deleted, {"__typename": "DeleteApiByIdPayload", "errors": None, "api": api})
        self.assertIsNone(e.gql(SHOW_API, {"apiId": api["id"]})["data"]["node"])
        self.assertIsNone(e.gql("query($id: ID!) { apiById(id: $id) { id } }", {"id": api["id"]})["data"]["apiById"])
        self.assertEqual(self.api_names(TEAM), ["reviews"])
        # The key scoped to the deleted API went with it; the others stay.
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key", "for reviews", "for the workspace"])
        self.assertEqual(json.loads(e.post({"query": "{ me { sessionId } }"}, scoped)[2]), NOT_AUTHENTICATED_BODY)
        self.assertIsNone(e.gql(NODE, {"id": scoped_key["id"]})["data"]["node"])
        for auth in (other_scoped, workspace_key):
            self.assertEqual(e.gql("{ me { sessionId } }", auth=auth), {"data": {"me": None}})

    def test_delete_api_errors(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")
        theirs = self.new_api(OTHER_WORKSPACE, "theirs", auth=key(e.credentials["otherPat"]))
        for api_id in (gid("Api", 99), "junk", gid("Workspace", 2), theirs["id"]):
            with self.subTest(api_id=api_id):
                payload = e.gql(DELETE_API_PAYLOAD, {"id": api_id})["data"]["deleteApiById"]
                self.assertEqual(payload, {"api": None, "errors": [{
                    "__typename": "ApiNotFoundError", "message": f"The API with ID '{api_id}' was not found.",
                    "apiId": api_id}]})
        for auth in (key(e.credentials["apiKey"]), self.new_key("scoped", 2, apiId=api["id"])[0]):
            payload = e.gql(DELETE_API_PAYLOAD, {"id": api["id"]}, auth)["data"]["deleteApiById"]
            self.assertEqual(payload, {"api": None, "errors": NOT_A_USER})
        self.assertIsNone(e.gql(DELETE_API_PAYLOAD, {"id": api["id"]})["data"]["deleteApiById"]["errors"])
        again = e.gql(DELETE_API_PAYLOAD, {"id": api["id"]})["data"]["deleteApiById"]
        self.assertEqual(again["errors"][0]["__typename"], "ApiNotFoundError")

    def test_users_see_only_their_workspaces_apis(self):
        e = self.emulator
        theirs = self.new_api(OTHER_WORKSPACE, "theirs", auth=key(e.credentials["otherPat"]))
        result = e.gql(READ, {"workspace": OTHER_WORKSPACE, "api": theirs["id"]})
        self.assertEqual(result, {"data": {"workspaceById": None, "apiById": None, "node": None}})
        ours = self.new_api(TEAM, "ours")
        result = e.gql(READ, {"workspace": TEAM, "api": ours["id"]}, key(e.credentials["otherPat"]))
        self.assertEqual(result, {"data": {"workspaceById": None, "apiById": None, "node": None}})


class ApiKeyTest(ApiTestCase):

    def test_scopes_and_stage_condition(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")
        for_api = self.create_key("for catalog", 2, apiId=api["id"])
        self.assertIsNone(for_api["errors"])
        self.assertEqual(for_api["result"]["key"], {
            "__typename": "ApiKey", "id": gid("ApiKey", 2), "name": "for catalog",
            "workspace": {"__typename": "Workspace", "name": "Team Nitro"}})
        staged = {**key_input("staged", 2), "roleAssigmentCondition": {"stageAuthorizationCondition": {"name": "prod"}}}
        made = e.gql(CREATE_API_KEY, {"input": staged})["data"]["createApiKey"]
        self.assertIsNone(made["errors"])
        # The listing has every key of the workspace, whatever its scope.
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key", "for catalog", "staged"])
        self.assertEqual(self.key_names(DEV_WORKSPACE), [])

    def test_create_errors(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")
        mine = self.new_api(DEV_WORKSPACE, "mine")
        theirs = self.new_api(OTHER_WORKSPACE, "theirs", auth=key(e.credentials["otherPat"]))

        def not_found(api_id: str) -> list:
            return [{"__typename": "ApiNotFoundError", "message": f"The API with ID '{api_id}' was not found.",
                     "apiId": api_id}]

        def invalid(message: str) -> list:
            return [{"__typename": "ValidationError", "message": message,
                     "errors": [{"__typename": "ValidationErrorProperty", "message": message}]}]

        staged = {**key_input("x", 2), "roleAssigmentCondition": {"stageAuthorizationCondition": {"name": " "}}}
        cases = [
            (key_input("x", 2, apiId=gid("Api", 99)), not_found(gid("Api", 99))),
            (key_input("x", 2, apiId="junk"), not_found("junk")),
            (key_input("x", 2, apiId=mine["id"]), not_found(mine["id"])),  # visible, but in another workspace
            (key_input("x", 2, apiId=theirs["id"]), not_found(theirs["id"])),
            (key_input(None, 2), invalid("The name must not be empty.")),
            (key_input("x", 2, workspaceId=DEV_WORKSPACE),
             invalid("The permission scope must be the workspace of the API key.")),
            (staged, invalid("The stage name must not be empty.")),
            (key_input("x", 3), [{"__typename": "WorkspaceNotFound", "workspaceId": OTHER_WORKSPACE,
                                  "message": f"The workspace with ID '{OTHER_WORKSPACE}' was not found."}]),
            (key_input("x", 1, apiId=mine["id"]), [{"__typename": "PersonalWorkspaceNotSupportedError",
                                                    "message": "API keys cannot be created in a personal workspace."}]),
        ]
        for variables, errors in cases:
            with self.subTest(variables=variables):
                payload = e.gql(CREATE_API_KEY, {"input": variables})["data"]["createApiKey"]
                self.assertEqual((payload["result"], payload["errors"]), (None, errors))
        for auth in (key(e.credentials["apiKey"]), self.new_key("scoped", 2, apiId=api["id"])[0]):
            payload = self.create_key("by a key", 2, auth, apiId=api["id"])
            self.assertEqual((payload["result"], payload["errors"]), (None, NOT_A_USER))
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key", "scoped"])

    def test_delete_errors(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")
        scoped, scoped_key = self.new_key("scoped", 2, apiId=api["id"])
        for auth in (key(e.credentials["apiKey"]), scoped):
            payload = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": scoped_key["id"]}}, auth)["data"]["deleteApiKey"]
            self.assertEqual((payload["apiKey"], payload["errors"]), (None, NOT_A_USER))
        payload = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": scoped_key["id"]}}, key(e.credentials["otherPat"]))
        self.assertEqual(payload["data"]["deleteApiKey"]["errors"], [{
            "__typename": "ApiKeyNotFoundError", "message": "The API key was not found.",
            "apiKeyId": scoped_key["id"]}])
        deleted = e.gql(DELETE_API_KEY, {"input": {"apiKeyId": scoped_key["id"]}})["data"]["deleteApiKey"]
        self.assertEqual(deleted["apiKey"]["id"], scoped_key["id"])

    def test_one_of_in_variables(self):
        e = self.emulator
        rule = ("OneOf Input Objects are a special variant of Input Objects where the type system asserts that "
                "exactly one of the fields must be set and non-null.")
        scope_type, condition_type = "ApiKeyPermissionScopeInput", "RoleAssigmentConditionInput"
        cases = [
            ({"permissionScope": {}}, "HC0054",
             f"The OneOf Input Object `{scope_type}` requires that exactly one field is supplied and that field "
             f"must not be `null`. {rule}"),
            ({"permissionScope": {"apiId": gid("Api", 1), "workspaceId": TEAM}}, "HC0055",
             f"More than one field of the OneOf Input Object `{scope_type}` is set. {rule}"),
            ({"permissionScope": {"apiId": gid("Api", 1), "workspaceId": None}}, "HC0055",
             f"More than one field of the OneOf Input Object `{scope_type}` is set. {rule}"),
            ({"permissionScope": {"apiId": None}}, "HC0056",
             f"`null` was set to the field `apiId` of the OneOf Input Object `{scope_type}`. {rule}"),
            ({"roleAssigmentCondition": {}}, "HC0054",
             f"The OneOf Input Object `{condition_type}` requires that exactly one field is supplied and that "
             f"field must not be `null`. {rule}"),
            ({"roleAssigmentCondition": {"stageAuthorizationCondition": None}}, "HC0056",
             f"`null` was set to the field `stageAuthorizationCondition` of the OneOf Input Object "
             f"`{condition_type}`. {rule}"),
        ]
        for change, code, message in cases:
            with self.subTest(change=change):
                variables = {"input": {**key_input("x", 2), **change}}
                for accept, status in (("application/json", 200), (GRAPHQL_RESPONSE_JSON, 400)):
                    got, _, body = e.post({"query": CREATE_API_KEY, "variables": variables}, accept=accept)
                    self.assertEqual(got, status)
                    result = json.loads(body)
                    self.assertNotIn("data", result)  # a request error, as for any invalid variable
                    self.assertEqual([(error["message"], error["extensions"]) for error in result["errors"]],
                                     [(message, {"code": code})])
                    self.assertEqual(result["errors"][0]["locations"], [{"line": 1, "column": 38}])  # $input
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key"])  # nothing was created
        # A null roleAssigmentCondition is no condition at all.
        self.assertIsNone(e.gql(CREATE_API_KEY, {"input": {**key_input("x", 2), "roleAssigmentCondition": None}})
                          ["data"]["createApiKey"]["errors"])

    def test_one_of_in_literals(self):
        e = self.emulator
        def document(definitions: str, scope: str) -> str:
            return (f"mutation{definitions} {{ createApiKey(input: {{name: \"x\", workspaceId: \"{TEAM}\","
                    f" permissionScope: {scope}}}) {{ errors {{ __typename }} }} }}")

        cases = [("", "{}", "HC0054"), ("($id: ID!)", "{apiId: $id, workspaceId: $id}", "HC0055"),
                 ("", "{apiId: null}", "HC0056"), ("($api: ID)", "{apiId: $api}", "HC0057")]
        for definitions, scope, code in cases:
            with self.subTest(scope=scope):
                got, _, body = e.post({"query": document(definitions, scope), "variables": {"id": TEAM}},
                                      accept=GRAPHQL_RESPONSE_JSON)
                result = json.loads(body)
                self.assertEqual(got, 400)  # a validation error
                self.assertNotIn("data", result)
                self.assertEqual([error["extensions"]["code"] for error in result["errors"]], [code])
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key"])
        ok = e.gql(document("($id: ID!)", "{workspaceId: $id}"), {"id": TEAM})
        self.assertEqual(ok, {"data": {"createApiKey": {"errors": None}}})


class ScopeTest(ApiTestCase):
    """What a key may read: its scope, and nothing else."""

    def setUp(self) -> None:
        super().setUp()
        e = self.emulator
        self.api_a = self.new_api(TEAM, "a")
        self.api_b = self.new_api(TEAM, "b")
        self.ws = self.create_workspace("Elsewhere")["workspace"]["id"]
        self.api_c = self.new_api(self.ws, "c")
        self.key_a, self.key_a_node = self.new_key("for a", 2, apiId=self.api_a["id"])
        self.team_key = key(e.credentials["apiKey"])

    def test_workspace_scoped_key(self):
        e = self.emulator
        result = e.gql(READ, {"workspace": TEAM, "api": self.api_b["id"]}, self.team_key)
        self.assertEqual(result, {"data": {
            "workspaceById": {"id": TEAM, "apis": {"nodes": [{"id": self.api_a["id"]}, {"id": self.api_b["id"]}]}},
            "apiById": {"id": self.api_b["id"], "name": "b"}, "node": {"id": self.api_b["id"]}}})
        self.assertEqual(e.gql(SHOW_API, {"apiId": self.api_a["id"]}, self.team_key)["data"]["node"], self.api_a)
        keys = e.gql(WORKSPACE_KEYS, {"id": TEAM}, self.team_key)["data"]["workspaceById"]["apiKeys"]["nodes"]
        self.assertEqual([k["name"] for k in keys], ["Bootstrap API key", "for a"])
        self.assertEqual(e.gql(NODE, {"id": self.key_a_node["id"]}, self.team_key)["data"]["node"]["id"],
                         self.key_a_node["id"])
        # Outside: another workspace and what is in it, refused; what does not exist, null.
        self.assert_refused(e.gql(READ, {"workspace": self.ws, "api": self.api_c["id"]}, self.team_key),
                            ["workspaceById"], ["apiById"], ["node"])
        self.assert_refused(e.gql(SHOW_WORKSPACE, {"workspaceId": DEV_WORKSPACE}, self.team_key), ["node"])
        self.assertEqual(e.gql(READ, {"workspace": gid("Workspace", 99), "api": gid("Api", 99)}, self.team_key),
                         {"data": {"workspaceById": None, "apiById": None, "node": None}})
        self.assertEqual(e.gql(NODE, {"id": gid("User", 1)}, self.team_key), {"data": {"node": None}})
        self.assertEqual(e.gql("{ me { sessionId } }", auth=self.team_key), {"data": {"me": None}})

    def test_api_scoped_key(self):
        e = self.emulator
        a = self.api_a["id"]
        self.assertEqual(e.gql(SHOW_API, {"apiId": a}, self.key_a)["data"]["node"], self.api_a)
        result = e.gql(READ, {"workspace": TEAM, "api": a}, self.key_a)
        self.assertEqual(result, {"data": {"workspaceById": {"id": TEAM, "apis": {"nodes": [{"id": a}]}},
                                           "apiById": {"id": a, "name": "a"}, "node": {"id": a}}})
        listed = e.gql(LIST_APIS, {"workspaceId": TEAM, "after": None, "first": 10}, self.key_a)
        self.assertEqual([edge["node"] for edge in listed["data"]["workspaceById"]["apis"]["edges"]], [self.api_a])
        self.assertEqual(e.gql(SHOW_WORKSPACE, {"workspaceId": TEAM}, self.key_a)["data"]["node"]["name"],
                         "Team Nitro")
        # Another API of the same workspace, another workspace, and the workspace's keys are refused.
        self.assert_refused(e.gql(READ, {"workspace": TEAM, "api": self.api_b["id"]}, self.key_a),
                            ["apiById"], ["node"])
        self.assertEqual(e.gql(READ, {"workspace": TEAM, "api": self.api_b["id"]}, self.key_a)["data"]
                         ["workspaceById"], {"id": TEAM, "apis": {"nodes": [{"id": a}]}})
        self.assert_refused(e.gql(READ, {"workspace": self.ws, "api": self.api_c["id"]}, self.key_a),
                            ["workspaceById"], ["apiById"], ["node"])
        refused = e.gql(WORKSPACE_KEYS, {"id": TEAM}, self.key_a)
        self.assert_refused(refused, ["workspaceById", "apiKeys"])
        self.assertEqual(refused["data"], {"workspaceById": {"id": TEAM, "apiKeys": None}})
        self.assert_refused(e.gql(LIST_API_KEYS, {"workspaceId": TEAM, "after": None, "first": 10}, self.key_a),
                            ["workspaceById", "apiKeys"])
        self.assert_refused(e.gql(NODE, {"id": self.key_a_node["id"]}, self.key_a), ["node"])
        # And it creates and deletes nothing.
        self.assertEqual(self.create_workspace("no", self.key_a)["errors"], NOT_A_USER)
        self.assertEqual(self.create_api(TEAM, "no", auth=self.key_a)["errors"], NOT_A_USER)
        self.assertEqual(self.api_names(TEAM), ["a", "b"])

    def test_refusals_are_authorization_errors_with_partial_data(self):
        e = self.emulator
        status, _, body = e.post({"query": SHOW_API, "variables": {"apiId": self.api_b["id"]}}, self.key_a,
                                 accept=GRAPHQL_RESPONSE_JSON)
        result = json.loads(body)
        self.assertEqual(status, 200)  # executed: the refusal is a field error, not a request error
        self.assertEqual(result, {"data": {"node": None}, "errors": [{
            "message": NOT_AUTHORIZED, "locations": [{"line": 1, "column": 42}], "path": ["node"],
            "extensions": {"code": "AUTH_NOT_AUTHORIZED"}}]})


class PayloadFaultTest(ApiTestCase):
    """payload_error reaches every error type of every payload union, with its fields filled in."""

    MUTATIONS = {
        "createApiKey": ("CreateApiKeyError", CREATE_API_KEY,
                         {"input": key_input("x", 2, apiId=gid("Api", 7))}),
        "deleteApiKey": ("DeleteApiKeyError", DELETE_API_KEY, {"input": {"apiKeyId": gid("ApiKey", 7)}}),
        "createWorkspace": ("CreateWorkspaceError", CREATE_WORKSPACE, {"input": {"name": "x"}}),
        "deleteApiById": ("DeleteApiByIdError", DELETE_API, {"apiId": gid("Api", 7)}),
        "pushWorkspaceChanges": ("PushWorkspaceChangesError", CREATE_API,
                                 {"workspaceId": TEAM, "path": [], "name": "x", "kind": None}),
    }
    # The field values expected from the inputs above; made-up ids name row 0.
    FIELDS = {"apiId": gid("Api", 7), "apiKeyId": gid("ApiKey", 7), "workspaceId": TEAM, "roleId": gid("Role", 0)}

    def members(self, union: str) -> dict[str, list[str]]:
        """The union's member types and the fields of each, by introspection."""
        query = "query($name: String!) { __type(name: $name) { possibleTypes { name fields { name } } } }"
        types = self.emulator.gql(query, {"name": union})["data"]["__type"]["possibleTypes"]
        return {t["name"]: [f["name"] for f in t["fields"]] for t in types}

    def faulted(self, document: str, variables: dict, type_name: str, fields: list[str], path: str) -> dict:
        """The mutation under a payload_error fault, selecting every field of the type."""
        selection = " ".join(f"{f} {{ message }}" if f == "errors" else f for f in fields)
        query = document.replace(f"{path} {{ __typename",
                                 f"{path} {{ __typename ... on {type_name} {{ {selection} }}", 1)
        result = self.emulator.gql(query, variables, headers={"X-Emulator-Fault": f"payload_error;type={type_name}"})
        self.assertNotIn("errors", result)
        return next(iter(result["data"].values()))

    def check_fields(self, error: dict, type_name: str, fields: list[str]) -> None:
        self.assertEqual(error["__typename"], type_name)
        for name in fields:
            if name == "errors":
                self.assertEqual([item["message"] for item in error["errors"]], [error["message"]])
            elif name != "message":
                self.assertEqual(error[name], self.FIELDS[name], name)
        self.assertTrue(error["message"])

    def test_every_payload_error_type(self):
        for mutation, (union, document, variables) in self.MUTATIONS.items():
            for type_name, fields in self.members(union).items():
                with self.subTest(mutation=mutation, type=type_name):
                    payload = self.faulted(document, variables, type_name, fields, "errors")
                    self.assertEqual(len(payload["errors"]), 1)
                    self.check_fields(payload["errors"][0], type_name, fields)
                    self.assertFalse([v for k, v in payload.items() if k not in ("__typename", "errors") and v])
        self.assertEqual(self.api_names(TEAM), [])  # the faulted mutations did nothing
        self.assertEqual(self.key_names(TEAM), ["Bootstrap API key"])

    def test_every_change_error_type(self):
        _, document, variables = self.MUTATIONS["pushWorkspaceChanges"]
        members = self.members("WorkspaceChangeError")
        self.assertEqual(set(members), {"ChangeValidationFailed", "UnexpectedErrorOnChange",
                                        "WorkspaceNotFoundForChange"})
        for type_name, fields in members.items():
            with self.subTest(type=type_name):
                payload = self.faulted(document, variables, type_name, fields, "error")
                self.assertIsNone(payload["errors"])
                [change] = payload["changes"]
                self.assertEqual((change["referenceId"], change["result"]), ("api", None))
                self.check_fields(change["error"], type_name, fields)
        self.assertEqual(self.api_names(TEAM), [])
        renamed = self.emulator.gql(document, variables, headers={
            "X-Emulator-Fault": "unknown_typename;type=UnexpectedErrorOnChange;typename=FutureConflict"})
        self.assertEqual(renamed["data"]["pushWorkspaceChanges"]["changes"][0]["error"],
                         {"__typename": "FutureConflict",
                          "message": "An unexpected error occurred while applying the change."})

    def test_made_up_ids_when_the_input_has_none(self):
        variables = {"input": key_input("x", 2)}  # workspace scope: no apiId in the input
        error = self.faulted(CREATE_API_KEY, variables, "ApiNotFoundError", ["apiId"], "errors")["errors"][0]
        self.assertEqual(decode(error["apiId"]), "Api:0")
        self.assertEqual(error["message"], "The API was not found.")


class MigrationTest(unittest.TestCase):

    def test_a_version_2_database_is_upgraded(self):
        with tempfile.TemporaryDirectory() as directory:
            db = os.path.join(directory, "nitro.sqlite3")
            first = Emulator("--db", db)
            made = first.gql(CREATE_API_KEY, {"input": key_input("kept", 2)})["data"]["createApiKey"]["result"]
            self.assertEqual(first.stop()[0], 0)
            # As an emulator before APIs left it (and so before the registry).
            with sqlite3.connect(db) as conn:
                conn.executescript("DROP TABLE client_publications; DROP TABLE schema_publications;"
                                   "DROP TABLE client_versions; DROP TABLE clients; DROP TABLE schema_versions;"
                                   "DROP TABLE stages; DROP TABLE environments; DROP TABLE collections;"
                                   "DROP TABLE mock_schemas;"
                                   "DROP TABLE apis; ALTER TABLE api_keys DROP COLUMN api_id;"
                                   "ALTER TABLE api_keys DROP COLUMN stage_condition; PRAGMA user_version = 2;")
            second = Emulator("--db", db)
            try:
                old_key = key(made["secret"])
                team = second.gql(WORKSPACE_KEYS, {"id": TEAM}, old_key)["data"]["workspaceById"]
                self.assertEqual([k["name"] for k in team["apiKeys"]["nodes"]], ["kept", "Bootstrap API key"])
                pushed = second.gql(CREATE_API, {"workspaceId": TEAM, "path": [], "name": "new", "kind": None})
                api = pushed["data"]["pushWorkspaceChanges"]["changes"][0]["result"]
                self.assertEqual(second.gql(SHOW_API, {"apiId": api["id"]}, old_key)["data"]["node"], api)
            finally:
                self.assertEqual(second.stop()[0], 0)
            with sqlite3.connect(db) as conn:
                self.assertEqual(conn.execute("PRAGMA user_version").fetchone()[0], 4)


if __name__ == "__main__":
    unittest.main()
