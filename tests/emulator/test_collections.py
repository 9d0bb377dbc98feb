"""Tests of the emulator's OpenAPI and MCP collection versions (collection_versions.py): archives checked on upload,
tags unique, validation events naming each wrong document, and versions forgotten with their collection or a
reset. Run as a real subprocess over real HTTP.

    python3 -m unittest tests.emulator.test_collections -v     (from the repository root)
"""

from __future__ import annotations

import io
import json
import zipfile

try:
    from .test_apis import TEAM, ApiTestCase
    from .test_emulator import operation
    from .test_registry import events
except ImportError:  # discovered as a top-level module (without -t)
    from test_apis import TEAM, ApiTestCase
    from test_emulator import operation
    from test_registry import events

UPDATE_STAGES = operation("update-stages.graphql")
CREATE_OPENAPI = operation("create-openapi-collection.graphql")
DELETE_OPENAPI = operation("delete-openapi-collection.graphql")
CREATE_MCP = operation("create-mcp-feature-collection.graphql")
UPLOAD_OPENAPI = "mutation U($input: UploadOpenApiCollectionInput!) { uploadOpenApiCollection(input: $input) " \
                 "{ openApiCollectionVersion { id tag } errors { __typename ... on Error { message } } } }"
UPLOAD_MCP = "mutation U($input: UploadMcpFeatureCollectionInput!) { uploadMcpFeatureCollection(input: $input) " \
             "{ mcpFeatureCollectionVersion { id } errors { __typename ... on Error { message } } } }"
VALIDATE_MCP = "mutation V($input: ValidateMcpFeatureCollectionInput!) { validateMcpFeatureCollection(input: " \
               "$input) { id errors { __typename } } }"
ON_MCP_VALIDATION = "subscription S($requestId: ID!) { onMcpFeatureCollectionVersionValidationUpdate(requestId: " \
                    "$requestId) { __typename ... on McpFeatureCollectionVersionValidationFailed { errors { " \
                    "__typename ... on McpFeatureCollectionValidationError { collections { entities { __typename " \
                    "... on McpFeatureCollectionValidationPrompt { name } ... on McpFeatureCollectionValidationTool " \
                    "{ name } errors { __typename ... on Error { message } } } } } } } } }"


def archive(files: dict[str, str]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as out:
        for name, text in files.items():
            out.writestr(name, text)
    return data.getvalue()


class CollectionTests(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.api = self.new_api(TEAM, "catalog")["id"]
        self.emulator.gql(UPDATE_STAGES, {"input": {"apiId": self.api, "updatedStages": [
            {"name": "dev", "displayName": "Dev", "conditions": []}]}})

    def openapi(self) -> str:
        made = self.emulator.gql(CREATE_OPENAPI, {"input": {"apiId": self.api, "name": "rest"}})
        return made["data"]["createOpenApiCollection"]["openApiCollection"]["id"]

    def upload(self, query: str, field: str, id_field: str, collection: str, tag: str, data: bytes) -> dict:
        variables = {"input": {id_field: collection, "tag": tag, "collection": None}}
        status, _, body = self.emulator.multipart(query, variables,
                                                  {"variables.input.collection": ("collection.zip", data)})
        self.assertEqual(status, 200, body)
        return json.loads(body)["data"][field]

    def upload_openapi(self, collection: str, tag: str, data: bytes) -> dict:
        return self.upload(UPLOAD_OPENAPI, "uploadOpenApiCollection", "openApiCollectionId", collection, tag, data)

    def test_archives_are_checked_and_tags_unique(self):
        collection = self.openapi()
        refused = self.upload_openapi(collection, "v1", b"not a zip")
        self.assertEqual(refused["errors"][0]["__typename"], "InvalidOpenApiCollectionArchiveError")
        refused = self.upload_openapi(collection, "v1", archive({"readme.txt": "no documents"}))
        self.assertEqual(refused["errors"][0]["message"], "The archive has no OpenAPI document (*.graphql).")
        refused = self.upload_openapi(collection, "v1", archive({"../up.graphql": "query A { a }"}))
        self.assertIn("outside the archive", refused["errors"][0]["message"])
        made = self.upload_openapi(collection, "v1", archive({"a/get.graphql": "query A { a }"}))
        self.assertEqual((made["errors"], made["openApiCollectionVersion"]["tag"]), (None, "v1"))
        again = self.upload_openapi(collection, "v1", archive({"a/get.graphql": "query A { a }"}))
        self.assertEqual(again["errors"][0]["__typename"], "DuplicatedTagError")
        [listed] = self.emulator.admin("GET", "collections")
        self.assertEqual((listed["tag"], listed["entries"]), ("v1", ["a/get.graphql"]))

    def test_versions_go_with_their_collection_and_a_reset(self):
        collection = self.openapi()
        self.upload_openapi(collection, "v1", archive({"get.graphql": "query A { a }"}))
        self.emulator.gql(DELETE_OPENAPI, {"input": {"openApiCollectionId": collection}})
        self.assertEqual(self.emulator.admin("GET", "collections"), [])
        again = self.openapi()  # SQLite may give the row id again: it has no versions
        self.assertIsNone(self.upload_openapi(again, "v1", archive({"get.graphql": "query A { a }"}))["errors"])
        self.emulator.admin("POST", "reset")
        self.assertEqual(self.emulator.admin("GET", "collections"), [])

    def test_mcp_validation_names_each_wrong_prompt_and_tool(self):
        made = self.emulator.gql(CREATE_MCP, {"input": {"apiId": self.api, "name": "assistant"}})
        collection = made["data"]["createMcpFeatureCollection"]["mcpFeatureCollection"]["id"]
        refused = self.upload(UPLOAD_MCP, "uploadMcpFeatureCollection", "mcpFeatureCollectionId", collection, "v1",
                              archive({"prompts/a.json": "{}", "other/b.txt": ""}))
        self.assertEqual(refused["errors"][0]["__typename"], "InvalidMcpFeatureCollectionArchiveError")
        variables = {"input": {"mcpFeatureCollectionId": collection, "stage": "dev", "collection": None}}
        status, _, body = self.emulator.multipart(VALIDATE_MCP, variables, {"variables.input.collection": (
            "collection.zip", archive({"prompts/ok.json": "{}", "prompts/bad.json": "[1",
                                       "tools/ok.graphql": "query T { a }", "tools/bad.graphql": "{"}))})
        request = json.loads(body)["data"]["validateMcpFeatureCollection"]["id"]
        status, _, stream = self.emulator.subscribe(ON_MCP_VALIDATION, {"requestId": request})
        last = [payload for kind, payload in events(stream) if kind == "next"][-1]
        update = last["data"]["onMcpFeatureCollectionVersionValidationUpdate"]
        self.assertEqual(update["__typename"], "McpFeatureCollectionVersionValidationFailed")
        entities = update["errors"][0]["collections"][0]["entities"]
        self.assertEqual([(e["__typename"], e["name"]) for e in entities],
                         [("McpFeatureCollectionValidationPrompt", "bad"),
                          ("McpFeatureCollectionValidationTool", "bad")])
        self.assertEqual(entities[1]["errors"][0]["__typename"], "McpFeatureCollectionValidationDocumentError")
