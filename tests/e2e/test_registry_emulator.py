"""The registry commands against the emulator's registry: a schema uploaded and published to a stage, a breaking
change refused with the change named (and published with --force), a stage that needs an approval waited through
(approved by the emulator's hook once the request waits: no sleep), a client uploaded and published, payload errors
from the server, and an API key scoped to the API doing the whole CI job."""

import json
import os
import subprocess
import tempfile

from . import harness as h

UPDATE_STAGES = (h.OPERATIONS_DIR / "update-stages.graphql").read_text(encoding="utf-8").rstrip("\n")
CREATE_CLIENT = (h.OPERATIONS_DIR / "create-client.graphql").read_text(encoding="utf-8").rstrip("\n")

V1 = "type Query { hello: String, count: Int }\n"
V2_BREAKING = "type Query { hello: String }\n"


class RegistryEmulatorTests(h.ResourceTestCase):
    def setUp(self):
        super().setUp()
        self.api = self.emulator.create_api(self.team["id"], f"registry-{self._testMethodName}",
                                            ["registry", self._testMethodName])
        self.api_id = self.api["id"]
        status, doc = self.emulator.graphql("UpdateStages", {"input": {"apiId": self.api_id, "updatedStages": [
            {"name": "dev", "displayName": "Development", "conditions": []}]}}, key=self.pat, query=UPDATE_STAGES)
        self.assertEqual(status, 200, doc)
        self.assertFalse(doc["data"]["updateStages"]["errors"], doc)
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        self.clear_requests()

    def schema_file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def upload(self, tag, text, env=None):
        return self.nitro("schema", "upload", "--api-id", self.api_id, "--tag", tag,
                          "--schema-file", self.schema_file(f"{tag}.graphql", text), env=env)

    def publish(self, tag, *extra, env=None):
        return self.nitro("schema", "publish", "--api-id", self.api_id, "--tag", tag, "--stage", "dev", *extra,
                          env=env)

    def download(self):
        status, _, body = self.emulator.http(
            "GET", f"/api/v1/apis/{self.api_id}/schemas/latest/download?stage=dev",
            headers={"CCC-api-key": self.pat})
        return status, body

    def test_upload_publish_and_a_breaking_change_refused_then_forced(self):
        code, out, err = self.upload("v1", V1)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out)["tag"], "v1")
        [sent] = [r for r in self.requests() if r.get("operationName") == "UploadSchema"]
        code, out, err = self.publish("v1")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["status"], "success")
        self.assertIn("├── Your request is queued. The current position in the queue is 1.\n", err)
        self.assertTrue(err.endswith("└── ✓ Published successfully.\n"), err)
        self.assertEqual(self.download(), (200, V1.encode()))

        self.assertEqual(self.upload("v2", V2_BREAKING)[0], 0)
        code, out, err = self.publish("v2")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ The new schema version was rejected.\n", err)
        self.assertIn("✕ Field removed: Query.count", err)
        self.assertTrue(err.endswith("error: Schema publish failed.\n"), err)
        self.assertEqual(self.download(), (200, V1.encode()))

        code, out, err = self.publish("v2", "--force")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.download(), (200, V2_BREAKING.encode()))
        publishes = [r for r in self.requests() if r.get("operationName") == "PublishSchemaVersion"]
        self.assertEqual([r["variables"]["input"]["force"] for r in publishes], [False, False, True])

    def test_a_duplicate_tag_and_an_unknown_stage_are_the_servers_words(self):
        self.assertEqual(self.upload("v1", V1)[0], 0)
        self.assertEqual(self.upload("v1", V1), (1, "", "error: A schema version with the tag 'v1' already "
                                                        "exists.\n"))
        code, out, err = self.nitro("schema", "publish", "--api-id", self.api_id, "--tag", "v1", "--stage", "prod")
        self.assertEqual((code, out, err), (1, "", "error: Stage 'prod' was not found.\n"))

    def test_wait_for_approval_waits_until_the_hook_approves(self):
        self.assertEqual(self.upload("v1", V1)[0], 0)
        status, _, _ = self.emulator.http("POST", "/_emulator/stages", {"apiId": self.api_id, "stage": "dev"})
        self.assertEqual(status, 200)
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home))
        proc = subprocess.Popen([str(h.NITRO_BIN), "schema", "publish", "--api-id", self.api_id, "--tag", "v1",
                                 "--stage", "dev", "--wait-for-approval"], env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                cwd=h.scratch_dir())
        self.addCleanup(lambda: proc.poll() is None and proc.kill())

        def waiting():
            _, _, body = self.emulator.http("GET", "/_emulator/approvals")
            return json.loads(body)
        h.wait_for(lambda: waiting(), timeout=15)
        [request] = waiting()
        self.assertEqual(proc.poll(), None, "it waits for the approval")
        status, _, _ = self.emulator.http("POST", "/_emulator/approvals", {"requestId": request["requestId"]})
        self.assertEqual(status, 200)
        out, err = proc.communicate(timeout=20)
        err = err.decode()
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("├── ⏳ Your request is waiting for approval. Check Nitro to approve the request.\n", err)
        self.assertIn("├── Your request has been approved.\n└── ✓ Published successfully.\n", err)
        self.assertEqual(json.loads(out)["stage"], "dev")

    def test_a_client_is_uploaded_validated_and_published_with_an_api_key(self):
        key = self.emulator.create_api_key("ci", self.team["id"], api_id=self.api_id)["secret"]
        self.secrets.add(key)
        env = {"NITRO_API_KEY": key}
        self.assertEqual(self.upload("v1", V1, env=env)[0], 0)
        self.assertEqual(self.publish("v1", env=env)[0], 0)
        status, doc = self.emulator.graphql("CreateClientCommandMutation", {"input": {"apiId": self.api_id,
                                                                                     "name": "web"}},
                                            key=self.pat, query=CREATE_CLIENT)
        client_id = doc["data"]["createClient"]["client"]["id"]
        operations = self.schema_file("operations.json", json.dumps({"h1": "query A { hello }"}))
        code, out, err = self.nitro("client", "upload", "--client-id", client_id, "--tag", "1.0.0",
                                    "--operations-file", operations, env=env)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["tag"], "1.0.0")
        code, out, err = self.nitro("client", "validate", "--client-id", client_id, "--stage", "dev",
                                    "--operations-file", operations, env=env)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["status"], "success")
        code, out, err = self.nitro("client", "publish", "--client-id", client_id, "--tag", "1.0.0",
                                    "--stage", "dev", env=env)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"stage": "dev", "status": "success",
                                           "requestId": json.loads(out)["requestId"]})
        # A schema that breaks the published client is refused, naming the client's operation.
        self.assertEqual(self.upload("v2", "type Query { other: Int }\n", env=env)[0], 0)
        code, _, err = self.publish("v2", env=env)
        self.assertEqual(code, 1)
        self.assertIn("Operation 'h1' (Deployed tags: 1.0.0)", err)
