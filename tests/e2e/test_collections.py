"""`openapi` and `mcp`: create, list and delete, and the versions zipped on the client from glob patterns,
uploaded, validated and published against the emulator's collections (tests/emulator/collection_versions.py): what the
emulator received (the documents and their published ids, the archive's entries), every pattern checked before
anything is sent, the temporary archive removed on every path (TMPDIR is the test's own and must end empty),
Ctrl-C, approvals and an API key scoped to its API."""

import hashlib
import json
import os
import re
import signal
import subprocess
import tempfile

from . import harness as h

UPDATE_STAGES = (h.OPERATIONS_DIR / "update-stages.graphql").read_text(encoding="utf-8").rstrip("\n")

# The Nitro CLI's published ids (MD5 of each document) of what these commands send.
PUBLISHED = {
    "CreateOpenApiCollectionCommandMutation": "5758d2edb80ceb1aa05694485dfdaeed",
    "DeleteOpenApiCollectionByIdCommandMutation": "e7828352aef7a0d78376c52b11a5f54e",
    "ListOpenApiCollectionCommandQuery": "cd98258e9a04da627abb631685b299df",
    "UploadOpenApiCollectionCommandMutation": "8da9fa5fb4c5244d81ad802bfc49eb73",
    "ValidateOpenApiCollectionCommandMutation": "1257353d56bd6458656d913055988aa2",
    "ValidateOpenApiCollectionCommandSubscription": "f8c29ad7ac636836aada903ed7b4e9f3",
    "PublishOpenApiCollectionCommandMutation": "bf8efb75f96a146224e816ce18c29e4a",
    "CreateMcpFeatureCollectionCommandMutation": "ba70847f71df37bf6b676e2c4ef91570",
    "DeleteMcpFeatureCollectionByIdCommandMutation": "a87294003c8142e3996f1398a866c64f",
    "ListMcpFeatureCollectionCommandQuery": "7fed272d6aaed647d16d156856db0eed",
    "UploadMcpFeatureCollectionCommandMutation": "fd7aa538673131f16cd54fe2aec5b00d",
    "ValidateMcpFeatureCollectionCommandMutation": "947f511e1d35365c0162b3fde9b0f0c2",
    "ValidateMcpFeatureCollectionCommandSubscription": "fe2972801aa1d2abcc74cd8414984de2",
    "PublishMcpFeatureCollectionCommandMutation": "e460f497fd49f63b41a11a0caf5b839e",
}

# Each operation's document as spec/operations has it (without the last newline).
DOCUMENTS = {re.match(r"(?:query|mutation|subscription) (\w+)", text).group(1): text
             for text in (p.read_text(encoding="utf-8").rstrip("\n") for p in h.OPERATIONS_DIR.glob("*.graphql"))}

ENDPOINT = 'query GetUser($id: ID!) @http(method: GET, route: "/users/{id}") { hello }\n'
NO_HTTP = "query ListUsers { hello }\n"


class CollectionCase(h.ResourceTestCase):
    """An API of Team Nitro with the stage dev, a working directory and a TMPDIR of the test's own."""

    def setUp(self):
        super().setUp()
        self.api = self.emulator.create_api(self.team["id"], f"c-{self._testMethodName}", ["c", self._testMethodName])
        self.api_id = self.api["id"]
        status, doc = self.emulator.graphql("UpdateStages", {"input": {"apiId": self.api_id, "updatedStages": [
            {"name": "dev", "displayName": "Development", "conditions": []}]}}, key=self.pat, query=UPDATE_STAGES)
        self.assertEqual(status, 200, doc)
        self.work = tempfile.mkdtemp(dir=h.scratch_dir())
        self.tmp = tempfile.mkdtemp(dir=h.scratch_dir())
        self.clear_requests()

    def tearDown(self):
        # Whatever happened, no archive (nor libzip's half-written file) is left behind.
        self.assertEqual(os.listdir(self.tmp), [], "the temporary archive is removed")
        super().tearDown()

    def write(self, name, text):
        path = os.path.join(self.work, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def run_in_work(self, *args, env=None):
        full = {"TMPDIR": self.tmp}
        full.update(env or {})
        return self.nitro(*args, env=full, cwd=self.work)

    def versions(self):
        _, _, body = self.emulator.http("GET", "/_emulator/collections")
        return json.loads(body)

    def sent(self, operation):
        reqs = self.requests(operation)
        for req in reqs:
            body = req.get("json") or json.loads(req["body"])
            self.assertEqual(body["query"], DOCUMENTS[operation])
            self.assertEqual(hashlib.md5(body["query"].encode()).hexdigest(), PUBLISHED[operation],
                             f"MD5 of the {operation} document")
        return reqs

    def parts(self, req):
        return [(p["name"], p.get("filename")) for p in req["multipart"]["parts"]]


class OpenApiTests(CollectionCase):
    def create(self, name="products"):
        code, out, err = self.run_in_work("openapi", "create", "--api-id", self.api_id, "--name", name)
        self.assertEqual((code, err), (0, ""))
        return json.loads(out)["id"]

    def test_create_list_and_delete(self):
        code, out, err = self.run_in_work("openapi", "create", "--api-id", self.api_id,
                                          env={"BARISTA_OPENAPI_COLLECTION_NAME": "from-env"})
        self.assertEqual((code, err), (0, ""))
        made = json.loads(out)
        self.assertEqual(list(made), ["id", "name"])
        self.assertEqual(made["name"], "from-env")
        [req] = self.sent("CreateOpenApiCollectionCommandMutation")
        self.assertEqual(req["variables"], {"input": {"apiId": self.api_id, "name": "from-env"}})

        code, out, err = self.run_in_work("openapi", "list", "--api-id", self.api_id)
        self.assertEqual(code, 0, err)
        listed = json.loads(out)
        self.assertEqual(listed["values"], [made])
        self.assertEqual(len(self.sent("ListOpenApiCollectionCommandQuery")), 1)

        code, out, err = self.run_in_work("openapi", "delete", made["id"])
        self.assertEqual(code, 2, err)
        self.assertEqual(self.requests("DeleteOpenApiCollectionByIdCommandMutation"), [])
        code, out, err = self.run_in_work("openapi", "delete", made["id"], "--force")
        self.assertEqual((code, json.loads(out), err), (0, made, ""))
        self.assertEqual(len(self.sent("DeleteOpenApiCollectionByIdCommandMutation")), 1)
        code, out, err = self.run_in_work("openapi", "delete", made["id"], "--force")
        self.assertEqual((code, out), (1, ""))
        self.assertIn(f"error: The OpenAPI collection with ID '{made['id']}' was not found.", err)

    def test_upload_zips_every_match_of_every_pattern(self):
        collection = self.create()
        self.write("openapi/users/get.graphql", ENDPOINT)
        self.write("openapi/users/deep/list.graphql", ENDPOINT.replace("/users/{id}", "/users"))
        self.write("extra/one.graphql", ENDPOINT.replace("/users/{id}", "/one"))
        self.write("openapi/bin/skipped.graphql", NO_HTTP)  # build output: a ** walk never enters bin/ or obj/
        self.write("openapi/.hidden/skipped.graphql", NO_HTTP)
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", collection, "--tag", "v1",
                                          "-p", "openapi/**/*.graphql", "--pattern", "extra/*.graphql",
                                          "./extra/one.graphql")
        self.assertEqual((code, err), (0, ""))
        result = json.loads(out)
        self.assertEqual(list(result), ["openApiCollectionVersionId", "tag"])
        self.assertEqual(result["tag"], "v1")
        [req] = self.sent("UploadOpenApiCollectionCommandMutation")
        self.assertEqual(req["variables"], {"input": {"openApiCollectionId": collection, "tag": "v1",
                                                      "collection": None, "source": None}})
        self.assertEqual(req["multipart"]["map"], {"0": ["variables.input.collection"]})
        self.assertEqual(self.parts(req), [("operations", None), ("map", None), ("0", "collection.zip")])
        [version] = self.versions()
        self.assertEqual(version["entries"], ["extra/one.graphql", "openapi/users/deep/list.graphql",
                                              "openapi/users/get.graphql"])

        # The same tag again: the server's words, exit 1.
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", collection, "--tag", "v1",
                                          "-p", "extra/*.graphql")
        self.assertEqual((code, out, err), (1, "", "error: An OpenAPI collection version with the tag 'v1' "
                                                   "already exists.\n"))

    def test_the_collection_id_from_the_environment(self):
        collection = self.create()
        self.write("a.graphql", ENDPOINT)
        code, out, err = self.run_in_work("openapi", "upload", "--tag", "v1", "-p", "a.graphql",
                                          env={"NITRO_OPENAPI_COLLECTION_ID": collection, "NITRO_TAG": "v1"})
        self.assertEqual(code, 0, err)
        code, out, err = self.run_in_work("openapi", "upload", "--tag", "v2", "-p", "a.graphql",
                                          env={"BARISTA_OPENAPI_COLLECTION_ID": collection})
        self.assertEqual(code, 0, err)
        self.assertEqual([v["tag"] for v in self.versions()], ["v1", "v2"])

    def test_a_pattern_that_matches_nothing_sends_nothing(self):
        collection = self.create()
        self.write("openapi/a.graphql", ENDPOINT)
        self.clear_requests()
        for command in (["upload", "--tag", "v1"], ["validate", "--stage", "dev"]):
            code, out, err = self.run_in_work("openapi", *command, "--openapi-collection-id", collection,
                                              "-p", "openapi/*.graphql", "-p", "missing/**/*.graphql")
            self.assertEqual((code, out), (2, ""))
            self.assertEqual(err.splitlines()[0],
                             "error: The pattern 'missing/**/*.graphql' given by --pattern matches no file.")
        self.assertNothingSent()
        self.assertEqual(self.versions(), [])

    def test_missing_options_are_usage_errors(self):
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", "x", "--tag", "v1")
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("error: Missing required option '--pattern'.\n"), err)
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", "x", "--tag", "v1", "-p")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("a value is required for '-p, --pattern <pattern>'", err)
        self.assertNothingSent()

    def test_one_thousand_files_in_one_archive(self):
        collection = self.create()
        for i in range(1000):
            self.write(f"ops/q{i:04}.graphql", ENDPOINT.replace("/users/{id}", f"/q/{i}"))
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", collection, "--tag", "big",
                                          "-p", "ops/*.graphql")
        self.assertEqual((code, err), (0, ""))
        [version] = self.versions()
        self.assertEqual(len(version["entries"]), 1000)
        self.assertEqual(version["entries"][0], "ops/q0000.graphql")

    def test_validate_passes_then_fails_without_the_http_directive(self):
        collection = self.create()
        self.write("ok/get.graphql", ENDPOINT)
        code, out, err = self.run_in_work("openapi", "validate", "--openapi-collection-id", collection,
                                          "--stage", "dev", "-p", "ok/*.graphql")
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertEqual(list(result), ["requestId", "status"])
        self.assertEqual(result["status"], "success")
        self.assertTrue(err.endswith("└── ✓ Validation passed.\n"), err)
        [req] = self.sent("ValidateOpenApiCollectionCommandMutation")
        self.assertEqual(req["variables"]["input"]["stage"], "dev")
        self.assertEqual(len(self.sent("ValidateOpenApiCollectionCommandSubscription")), 1)

        self.write("bad/list.graphql", NO_HTTP)
        code, out, err = self.run_in_work("openapi", "validate", "--openapi-collection-id", collection,
                                          "--stage", "dev", "-p", "ok/*.graphql", "bad/*.graphql")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ Validation failed.\n", err)
        self.assertIn("OpenAPI collection 'products' (ID: ", err)
        self.assertIn("Endpoint '(no @http) bad/list.graphql'", err)
        self.assertIn("The operation 'ListUsers' has no @http directive", err)
        self.assertTrue(err.endswith("error: OpenAPI collection validation failed.\n"), err)

        code, out, err = self.run_in_work("openapi", "validate", "--openapi-collection-id", collection,
                                          "--stage", "prod", "-p", "ok/*.graphql")
        self.assertEqual((code, out, err), (1, "", "error: Stage 'prod' was not found.\n"))

    def test_publish_success_refusal_and_unknown_tag(self):
        collection = self.create()
        self.write("ok/get.graphql", ENDPOINT)
        self.write("bad/list.graphql", NO_HTTP)
        for tag, pattern in (("good", "ok/*.graphql"), ("bad", "bad/*.graphql")):
            self.assertEqual(self.run_in_work("openapi", "upload", "--openapi-collection-id", collection,
                                              "--tag", tag, "-p", pattern)[0], 0)
        code, out, err = self.run_in_work("openapi", "publish", "--openapi-collection-id", collection,
                                          "--tag", "good", "--stage", "dev")
        self.assertEqual(code, 0, err)
        self.assertEqual(list(json.loads(out)), ["stage", "status", "requestId"])
        self.assertIn("├── Your request is queued. The current position in the queue is 1.\n", err)
        self.assertTrue(err.endswith("└── ✓ Published successfully.\n"), err)
        [req] = self.sent("PublishOpenApiCollectionCommandMutation")
        self.assertEqual(req["variables"]["input"], {"openApiCollectionId": collection, "stage": "dev",
                                                     "tag": "good", "waitForApproval": False, "force": False,
                                                     "source": None})
        self.assertEqual([bool(v["stages"]) for v in self.versions()], [True, False], "good is published, bad not")

        code, out, err = self.run_in_work("openapi", "publish", "--openapi-collection-id", collection,
                                          "--tag", "bad", "--stage", "dev", "--force")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ OpenAPI collection version was rejected.\n", err)
        self.assertTrue(err.endswith("error: OpenAPI collection publish failed.\n"), err)

        code, out, err = self.run_in_work("openapi", "publish", "--openapi-collection-id", collection,
                                          "--tag", "nope", "--stage", "dev")
        self.assertEqual((code, out, err), (1, "", "error: The OpenAPI collection version 'nope' was not found.\n"))
        code, out, err = self.run_in_work("openapi", "publish", "--openapi-collection-id", collection,
                                          "--tag", "good", "--stage", "dev", "--force", "--wait-for-approval")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("The '--force' and '--wait-for-approval' options are mutually exclusive.", err)

    def test_publish_waits_for_the_approval(self):
        collection = self.create()
        self.write("ok/get.graphql", ENDPOINT)
        self.assertEqual(self.run_in_work("openapi", "upload", "--openapi-collection-id", collection,
                                          "--tag", "v1", "-p", "ok/*.graphql")[0], 0)
        status, _, _ = self.emulator.http("POST", "/_emulator/stages", {"apiId": self.api_id, "stage": "dev"})
        self.assertEqual(status, 200)
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home, TMPDIR=self.tmp))
        proc = subprocess.Popen([str(h.NITRO_BIN), "openapi", "publish", "--openapi-collection-id", collection,
                                 "--tag", "v1", "--stage", "dev", "--wait-for-approval"], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, cwd=self.work)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())

        def waiting():
            _, _, body = self.emulator.http("GET", "/_emulator/approvals")
            return json.loads(body)
        h.wait_for(lambda: waiting(), timeout=15)
        [request] = waiting()
        self.assertEqual(request["kind"], "openapi-publish")
        status, _, _ = self.emulator.http("POST", "/_emulator/approvals", {"requestId": request["requestId"]})
        self.assertEqual(status, 200)
        out, err = proc.communicate(timeout=20)
        err = err.decode()
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("├── ⏳ Your request is waiting for approval. Check Nitro to approve the request.\n", err)
        self.assertIn("├── Your request has been approved.\n└── ✓ Published successfully.\n", err)

    def test_an_api_key_is_limited_to_its_api(self):
        collection = self.create()
        self.write("ok/get.graphql", ENDPOINT)
        other = self.emulator.create_api(self.team["id"], "elsewhere", ["c", "elsewhere"])
        own_key = self.remember_secret(self.emulator.create_api_key("ci", self.team["id"],
                                                                    api_id=self.api_id)["secret"])
        other_key = self.remember_secret(self.emulator.create_api_key("other", self.team["id"],
                                                                      api_id=other["id"])["secret"])
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", collection, "--tag", "v1",
                                          "-p", "ok/*.graphql", env={"NITRO_API_KEY": other_key})
        self.assertEqual((code, out), (4, ""))
        code, out, err = self.run_in_work("openapi", "upload", "--openapi-collection-id", collection, "--tag", "v1",
                                          "-p", "ok/*.graphql", env={"NITRO_API_KEY": own_key})
        self.assertEqual(code, 0, err)
        code, out, err = self.run_in_work("openapi", "publish", "--openapi-collection-id", collection,
                                          "--tag", "v1", "--stage", "dev", env={"NITRO_API_KEY": own_key})
        self.assertEqual(code, 0, err)

    def test_ctrl_c_during_the_upload_removes_the_archive(self):
        collection = self.create()
        self.write("ok/get.graphql", ENDPOINT)
        self.fault("slow", delayMs=30000, operation="UploadOpenApiCollectionCommandMutation")
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home, TMPDIR=self.tmp))
        proc = subprocess.Popen([str(h.NITRO_BIN), "openapi", "upload", "--openapi-collection-id", collection,
                                 "--tag", "v1", "-p", "ok/*.graphql"], env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                cwd=self.work)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        h.wait_for(lambda: self.requests("UploadOpenApiCollectionCommandMutation"), timeout=15)
        self.assertEqual(len(os.listdir(self.tmp)), 1, "the archive exists while it is sent")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        self.assertEqual((proc.returncode, out), (130, b""))
        self.assertIn("Interrupted.\n", err.decode())


class McpTests(CollectionCase):
    def create(self, name="assistant"):
        code, out, err = self.run_in_work("mcp", "create", "--api-id", self.api_id, "--name", name)
        self.assertEqual((code, err), (0, ""))
        return json.loads(out)["id"]

    def test_create_list_and_delete(self):
        code, out, err = self.run_in_work("mcp", "create", "--api-id", self.api_id,
                                          env={"NITRO_MCP_FEATURE_COLLECTION_NAME": "assistant"})
        self.assertEqual(code, 0, err)
        made = json.loads(out)
        self.assertEqual(made["name"], "assistant")
        self.assertEqual(len(self.sent("CreateMcpFeatureCollectionCommandMutation")), 1)
        code, out, err = self.run_in_work("mcp", "list", "--api-id", self.api_id)
        self.assertEqual((code, json.loads(out)["values"]), (0, [made]))
        self.assertEqual(len(self.sent("ListMcpFeatureCollectionCommandQuery")), 1)
        code, out, err = self.run_in_work("mcp", "delete", made["id"], "--force")
        self.assertEqual((code, json.loads(out)), (0, made))
        self.assertEqual(len(self.sent("DeleteMcpFeatureCollectionByIdCommandMutation")), 1)

    def test_upload_puts_prompts_and_tools_in_their_folders(self):
        collection = self.create()
        self.write("mcp/prompts/greet.json", '{"name": "greet"}\n')
        self.write("mcp/tools/users.graphql", "query Users { hello }\n")
        code, out, err = self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v1",
                                          "-p", "mcp/prompts/*.json", "-t", "mcp/**/*.graphql")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(list(json.loads(out)), ["mcpFeatureCollectionVersionId", "tag"])
        [req] = self.sent("UploadMcpFeatureCollectionCommandMutation")
        self.assertEqual(self.parts(req)[2], ("0", "collection.zip"))
        [version] = self.versions()
        self.assertEqual(version["entries"], ["prompts/mcp/prompts/greet.json", "tools/mcp/tools/users.graphql"])

        # Tools alone are enough; neither is a usage error, nothing sent.
        code, out, err = self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v2",
                                          "--tool-pattern", "mcp/tools/*.graphql")
        self.assertEqual(code, 0, err)
        self.clear_requests()
        code, out, err = self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v3")
        self.assertEqual((code, out, err),
                         (2, "", "error: Missing required option '--prompt-pattern' or '--tool-pattern'.\n"))
        code, out, err = self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v3",
                                          "-t", "mcp/tools/*.graphql", "-p", "nothing*.json")
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("error: The pattern 'nothing*.json' given by --prompt-pattern matches no "
                                       "file.\n"), err)
        self.assertNothingSent()

    def test_validate_and_publish(self):
        collection = self.create()
        self.write("prompts/greet.json", '{"name": "greet"}\n')
        self.write("tools/users.graphql", "query Users { hello }\n")
        self.write("broken/bad.json", "not json\n")
        self.write("broken/bad.graphql", "this is not GraphQL\n")
        code, out, err = self.run_in_work("mcp", "validate", "--mcp-feature-collection-id", collection,
                                          "--stage", "dev", "-p", "prompts/*.json", "-t", "tools/*.graphql")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["status"], "success")
        self.assertEqual(len(self.sent("ValidateMcpFeatureCollectionCommandMutation")), 1)
        self.assertEqual(len(self.sent("ValidateMcpFeatureCollectionCommandSubscription")), 1)

        code, out, err = self.run_in_work("mcp", "validate", "--mcp-feature-collection-id", collection,
                                          "--stage", "dev", "-p", "broken/*.json", "-t", "broken/*.graphql")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("MCP feature collection 'assistant' (ID: ", err)
        self.assertIn("Prompt 'bad'", err)
        self.assertIn("The prompt is not JSON", err)
        self.assertIn("Tool 'bad'", err)
        self.assertTrue(err.endswith("error: MCP feature collection validation failed.\n"), err)

        self.assertEqual(self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v1",
                                          "-p", "prompts/*.json", "-t", "tools/*.graphql")[0], 0)
        code, out, err = self.run_in_work("mcp", "publish", "--mcp-feature-collection-id", collection,
                                          "--tag", "v1", "--stage", "dev")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["stage"], "dev")
        self.assertEqual(len(self.sent("PublishMcpFeatureCollectionCommandMutation")), 1)
        self.assertTrue(all(v["stages"] for v in self.versions()))

        self.assertEqual(self.run_in_work("mcp", "upload", "--mcp-feature-collection-id", collection, "--tag", "v2",
                                          "-p", "broken/*.json")[0], 0)
        code, out, err = self.run_in_work("mcp", "publish", "--mcp-feature-collection-id", collection,
                                          "--tag", "v2", "--stage", "dev")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ MCP feature collection version was rejected.\n", err)
