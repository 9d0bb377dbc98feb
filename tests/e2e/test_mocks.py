"""nitro mock create | list | update against the emulator, which stores each mock with its two uploaded files:
the top-level Upload variables ($baseSchemaFile, $extensionsSchemaFile) as multipart parts named schema.graphql and
extension.graphql, update sending only the files it is given (none: a plain JSON request), options and their
environment variables, the JSON shape, files checked before anything is sent, payload errors and an API key
scoped to another API."""

import json
import os
import tempfile

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r

CREATE_MOCK = "CreateMockSchema"
LIST_MOCKS = "ListMockCommandQuery"
UPDATE_MOCK = "UpdateMockSchema"

_FILES = {CREATE_MOCK: "create-mock.graphql", LIST_MOCKS: "list-mocks.graphql", UPDATE_MOCK: "update-mock.graphql"}
h.OPERATION_FILES.update(_FILES)
h.PUBLISHED_IDS.update({name: r._PUBLISHED[name]["hash"] for name in _FILES})

BASE = "type Query { product(id: ID!): Product }\ntype Product { id: ID! name: String }\n"
EXTENSION = "extend type Product { price: Float }\n"
URL = "https://products.example.com/graphql"
MOCK_KEYS = ["id", "name", "createdAt", "createdBy", "modifiedAt", "modifiedBy", "downstreamUrl", "url"]


def plain_mock(node):
    """A mock as nitro prints it: the fields of the published MockSchemaDetailPrompt fragment, in its order."""
    def user(value):
        return {"username": value["username"]} if value else None
    return {"id": node["id"], "name": node["name"], "createdAt": h.net_datetime(node["createdAt"]),
            "createdBy": user(node["createdBy"]),
            "modifiedAt": node["modifiedAt"] and h.net_datetime(node["modifiedAt"]),
            "modifiedBy": user(node["modifiedBy"]), "downstreamUrl": node["downstreamUrl"], "url": node["url"]}


class MockTestCase(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        self.base = self.file("schema.graphql", BASE)
        self.extension = self.file("extension.graphql", EXTENSION)

    def file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def create(self, name="products", *extra, env=None):
        return self.nitro("mock", "create", "--api-id", self.api["id"], "--name", name, "--schema", self.base,
                          "--extension", self.extension, "--url", URL, *extra, env=env)

    def mocks(self):
        data = self.gql(LIST_MOCKS, {"apiId": self.api["id"], "after": None, "first": 50})
        return [plain_mock(e["node"]) for e in data["apiById"]["mockSchemas"]["edges"]]

    def stored_files(self, mock_id):
        """The two files the emulator keeps for a mock (GET /_emulator/mocks)."""
        status, _, body = self.emulator.http("GET", "/_emulator/mocks?id=" + mock_id)
        self.assertEqual(status, 200, body)
        return json.loads(body)

    def multipart(self, req):
        """(file parts as (name, file name, size), map) of a logged multipart request."""
        self.assertTrue(req["headers"]["content-type"].startswith("multipart/form-data; boundary="))
        self.assertEqual(req["headers"].get("graphql-preflight"), "1")
        self.assertEqual(req["headers"].get("ccc-api-key"), self.pat)
        self.assertPublished(req)
        parts = req["multipart"]["parts"]
        self.assertEqual([p["name"] for p in parts[:2]], ["operations", "map"])
        return [(p["name"], p["filename"], p["size"]) for p in parts[2:]], req["multipart"]["map"]


class MockCreateTests(MockTestCase):

    def test_files_as_top_level_uploads_and_the_result(self):
        rc, out, err = self.create("products", "--output", "json")
        self.assertEqual((rc, err), (0, ""), out)
        [req] = self.requests()
        [mock] = self.mocks()
        self.assertEqual(list(json.loads(out)), MOCK_KEYS)
        self.assertEqual(out, json.dumps(mock, indent=2) + "\n")
        self.assertEqual(mock["createdBy"], {"username": "dev@nitro.local"})
        self.assertEqual(req["operationName"], CREATE_MOCK)
        files, file_map = self.multipart(req)
        self.assertEqual(files, [("0", "schema.graphql", len(BASE)), ("1", "extension.graphql", len(EXTENSION))])
        self.assertEqual(file_map, {"0": ["variables.baseSchemaFile"], "1": ["variables.extensionsSchemaFile"]})
        self.assertEqual(req["variables"], {"apiId": self.api["id"], "name": "products", "downstreamUrl": URL,
                                            "baseSchemaFile": None, "extensionsSchemaFile": None})
        self.assertEqual(self.stored_files(mock["id"]), {"schema": BASE, "extension": EXTENSION})

    def test_environment_variables(self):
        for prefix in ("NITRO", "BARISTA"):
            with self.subTest(prefix=prefix):
                self.clear_requests()
                env = {f"{prefix}_API_ID": self.api["id"], f"{prefix}_MOCK_SCHEMA_NAME": prefix.lower(),
                       f"{prefix}_SCHEMA_FILE": self.base, f"{prefix}_SCHEMA_EXTENSION_FILE": self.extension,
                       f"{prefix}_DOWNSTREAM_URL": URL}
                rc, out, err = self.nitro("mock", "create", env=env)
                self.assertEqual((rc, err), (0, ""), out)
                self.assertEqual(json.loads(out)["name"], prefix.lower())
        self.assertEqual([m["name"] for m in self.mocks()], ["nitro", "barista"])

    def test_terminal(self):
        child = self.spawn("mock", "create", "--api-id", self.api["id"], "--name", "products", "--schema", self.base,
                           "--extension", self.extension, "--url", URL)
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Created mock 'products'.", text)
        self.assertRegex(text, r"(?m)^Url:\s+https://mocks\.nitro\.local/\S+/graphql\r$")

    def test_missing_options_and_files(self):
        result = self.nitro("mock", "create", "--api-id", self.api["id"], "--name", "x", "--schema", self.base,
                            "--url", URL)
        self.assertResult(result, 2, stderr=h.usage_error("mock create", "Missing required option '--extension'."))
        missing = os.path.join(self.dir, "nope.graphql")
        rc, out, err = self.nitro("mock", "create", "--api-id", self.api["id"], "--name", "x", "--schema", missing,
                                  "--extension", self.extension, "--url", URL)
        self.assertEqual((rc, out), (2, ""))
        self.assertIn(missing, err)
        self.assertIn("does not exist", err)
        rc, out, err = self.nitro("mock", "create", "--api-id", self.api["id"], "--name", "x", "--schema", self.base,
                                  "--extension", self.dir, "--url", URL)
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("is a directory, not a file", err)
        self.assertNothingSent()

    def test_a_schema_that_is_not_graphql_is_refused(self):
        self.base = self.file("bad.graphql", "this is { not GraphQL\n")
        rc, out, err = self.create()
        self.assertEqual((rc, out), (1, ""))
        self.assertTrue(err.startswith("error: The base schema file is not valid GraphQL: Syntax Error"), err)
        self.assertEqual(self.mocks(), [])

    def test_payload_errors(self):
        self.assertEqual(self.create()[0], 0)
        self.clear_requests()
        rc, out, err = self.create()
        self.assertEqual((rc, out, err), (1, "", "error: A mock schema named 'products' already exists.\n"))
        unknown = h.relay_id("Api", 999)
        rc, out, err = self.nitro("mock", "create", "--api-id", unknown, "--name", "x", "--schema", self.base,
                                  "--extension", self.extension, "--url", URL)
        self.assertEqual((rc, out, err), (1, "", f"error: The API with ID '{unknown}' was not found.\n"))

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        rc, out, err = self.create(env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""))
        self.assertTrue(err.startswith("error: "), err)
        self.assertEqual(self.mocks(), [])

    def test_unauthenticated(self):
        result = self.nitro("mock", "create", "--api-id", self.api["id"], "--name", "x", "--schema", self.base,
                            "--extension", self.extension, "--url", URL, auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()


class MockListTests(MockTestCase):

    def test_list_and_page(self):
        for n in range(12):
            self.assertEqual(self.create(f"mock-{n:02}")[0], 0)
        made = self.mocks()
        rc, out, err = self.nitro("mock", "list", "--api-id", self.api["id"])
        self.assertEqual((rc, err), (0, ""), out)
        doc = json.loads(out)
        self.assertEqual(doc["values"], made[:10])
        self.assertRequests((LIST_MOCKS, {"apiId": self.api["id"], "after": None, "first": 10}))
        rc, out, err = self.nitro("mock", "list", "--api-id", self.api["id"], "--cursor", doc["cursor"])
        self.assertEqual(json.loads(out)["values"], made[10:])
        rc, out, err = self.nitro("mock", "list", "--api-id", self.api["id"], "--all", "--jq", ".values[].name")
        self.assertEqual(out.split(), [m["name"] for m in made])

    def test_terminal_table(self):
        self.assertEqual(self.create()[0], 0)
        child = self.spawn("mock", "list", "--api-id", self.api["id"])
        self.expect_exact(child, "Mocks of API")
        self.expect_exact(child, "products")
        child.send("q")
        code, _text = self.finish(child)
        self.assertEqual(code, 0)

    def test_unknown_api(self):
        unknown = h.relay_id("Api", 999)
        result = self.nitro("mock", "list", "--api-id", unknown)
        self.assertResult(result, 1, stderr=f"error: The API with ID '{unknown}' was not found.\n")


class MockUpdateTests(MockTestCase):

    def setUp(self):
        super().setUp()
        rc, out, err = self.create()
        self.assertEqual(rc, 0, err)
        self.mock = json.loads(out)
        self.clear_requests()

    def test_without_files_a_plain_request(self):
        rc, out, err = self.nitro("mock", "update", self.mock["id"], "--name", "renamed", "--url",
                                  "https://other.example/graphql")
        self.assertEqual((rc, err), (0, ""), out)
        self.assertRequests((UPDATE_MOCK, {"mockSchemaId": self.mock["id"], "name": "renamed",
                                           "downstreamUrl": "https://other.example/graphql"}))
        [mock] = self.mocks()
        self.assertEqual(json.loads(out), mock)
        self.assertEqual((mock["name"], mock["downstreamUrl"]), ("renamed", "https://other.example/graphql"))
        self.assertEqual(mock["modifiedBy"], {"username": "dev@nitro.local"})
        self.assertEqual(self.stored_files(mock["id"]), {"schema": BASE, "extension": EXTENSION})

    def test_only_the_files_given_are_sent(self):
        new_extension = self.file("new.graphql", "extend type Product { stock: Int }\n")
        rc, out, err = self.nitro("mock", "update", self.mock["id"], "--extension", new_extension)
        self.assertEqual((rc, err), (0, ""), out)
        [req] = self.requests()
        files, file_map = self.multipart(req)
        self.assertEqual(files, [("0", "extension.graphql", os.path.getsize(new_extension))])
        self.assertEqual(file_map, {"0": ["variables.extensionsSchemaFile"]})
        self.assertNotIn("baseSchemaFile", req["variables"])
        self.assertEqual(self.stored_files(self.mock["id"]),
                         {"schema": BASE, "extension": "extend type Product { stock: Int }\n"})

    def test_environment_variables(self):
        new_base = self.file("base2.graphql", "type Query { a: Int }\n")
        rc, out, err = self.nitro("mock", "update", self.mock["id"],
                                  env={"NITRO_SCHEMA_FILE": new_base, "BARISTA_MOCK_SCHEMA_NAME": "legacy"})
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out)["name"], "legacy")
        self.assertEqual(self.stored_files(self.mock["id"])["schema"], "type Query { a: Int }\n")

    def test_failures(self):
        unknown = h.relay_id("MockSchema", 999)
        rc, out, err = self.nitro("mock", "update", unknown, "--name", "x")
        self.assertEqual((rc, out, err), (1, "", f"error: The mock schema with ID '{unknown}' was not found.\n"))
        missing = os.path.join(self.dir, "missing.graphql")
        rc, out, err = self.nitro("mock", "update", self.mock["id"], "--schema", missing)
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("does not exist", err)
        result = self.nitro("mock", "update", "--name", "x")
        self.assertEqual(result[0], 2)
        self.assertIn("<id>", result[2])
        self.clear_requests()
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        rc, out, err = self.nitro("mock", "update", self.mock["id"], "--name", "x", env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""), err)
        self.assertEqual(self.mocks()[0]["name"], "products")
