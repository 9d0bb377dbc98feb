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


class RegistryEmulatorCase(h.ResourceTestCase):
    """An API of Team Nitro with the stage dev, made for each test."""

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



class RegistryEmulatorTests(RegistryEmulatorCase):
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


class RegistryDownloadTests(RegistryEmulatorCase):
    """schema download and client download: not found, success, formats, auth, and no partial file."""

    def test_schema_download(self):
        out_file = os.path.join(self.dir, "schema.graphqls")
        args = ("schema", "download", "--api-id", self.api_id, "--stage", "dev", "--output-file", out_file)
        with open(out_file, "w", encoding="utf-8") as f:
            f.write("kept\n")
        self.assertEqual(self.nitro(*args), (1, "", "error: Could not find a published schema on stage 'dev'.\n"))
        with open(out_file, encoding="utf-8") as f:
            self.assertEqual(f.read(), "kept\n", "a failed download leaves the file as it was")
        self.assertEqual(os.listdir(self.dir), ["schema.graphqls"], "no temporary file left behind")
        self.assertEqual(self.upload("v1", V1)[0], 0)
        self.assertEqual(self.publish("v1")[0], 0)
        self.assertEqual(self.nitro(*args), (0, "{}\n", ""))
        with open(out_file, encoding="utf-8") as f:
            self.assertEqual(f.read(), V1)
        gets = [r for r in self.requests() if r.get("method") == "GET"]
        self.assertEqual(len(gets), 2, gets)
        self.assertTrue(all(r["path"] == f"/api/v1/apis/{self.api_id}/schemas/latest/download" for r in gets), gets)

    def test_schema_download_default_file_and_escaped_values(self):
        self.assertEqual(self.upload("v1", V1)[0], 0)
        self.assertEqual(self.publish("v1")[0], 0)
        code, out, err = h.run(["schema", "download", "--api-id", self.api_id, "--stage", "dev"],
                               env=self.auth_env(XDG_CONFIG_HOME=self.config_home))
        self.assertEqual((code, out, err), (0, "{}\n", ""))
        with open(os.path.join(h.scratch_dir(), "schema.graphqls"), encoding="utf-8") as f:
            self.assertEqual(f.read(), V1)
        code, _, err = self.nitro("schema", "download", "--api-id", self.api_id, "--stage", "dev&x=/../",
                                  "--output-file", os.path.join(self.dir, "x"))
        self.assertEqual((code, err), (1, "error: Could not find a published schema on stage 'dev&x=/../'.\n"))

    def test_client_download_relay_and_folder(self):
        self.assertEqual(self.upload("v1", V1)[0], 0)
        self.assertEqual(self.publish("v1")[0], 0)
        _, doc = self.emulator.graphql("CreateClientCommandMutation", {"input": {"apiId": self.api_id,
                                                                                "name": "web"}},
                                       key=self.pat, query=CREATE_CLIENT)
        client_id = doc["data"]["createClient"]["client"]["id"]
        operations = self.schema_file("operations.json", json.dumps({"h1": "query A { hello }",
                                                                     "h2": "query B { count }"}))
        self.assertEqual(self.nitro("client", "upload", "--client-id", client_id, "--tag", "1",
                                    "--operations-file", operations)[0], 0)
        self.assertEqual(self.nitro("client", "publish", "--client-id", client_id, "--tag", "1",
                                    "--stage", "dev")[0], 0)
        relay = os.path.join(self.dir, "relay.json")
        code, out, err = self.nitro("client", "download", "--api-id", self.api_id, "--stage", "dev",
                                    "--path", relay)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out), {"file": relay, "format": "relay"})
        with open(relay, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(json.loads(text), {"h1": "query A { hello }", "h2": "query B { count }"})
        self.assertTrue(text.startswith('{\n  "h1": '), text)
        folder = os.path.join(self.dir, "queries")
        code, out, err = self.nitro("client", "download", "--api-id", self.api_id, "--stage", "dev",
                                    "--path", folder, "--format", "folder")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(sorted(os.listdir(folder)), ["h1.graphql", "h2.graphql"])
        with open(os.path.join(folder, "h2.graphql"), encoding="utf-8") as f:
            self.assertEqual(f.read(), "query B { count }")
        self.assertNotIn("relay.json.nitro-download", os.listdir(self.dir))
        code, out, err = self.nitro("client", "download", "--api-id", self.api_id, "--stage", "prod",
                                    "--path", os.path.join(self.dir, "none.json"))
        self.assertEqual((code, out, err), (1, "", "error: Could not find a published client on stage 'prod'.\n"))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "none.json")))

    def test_download_outside_a_keys_scope_is_an_auth_error(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other", self._testMethodName])
        key = self.emulator.create_api_key("scoped", self.team["id"], api_id=other["id"])["secret"]
        self.secrets.add(key)
        target = os.path.join(self.dir, "schema.graphqls")
        code, out, err = self.nitro("schema", "download", "--api-id", self.api_id, "--stage", "dev",
                                    "--output-file", target, env={"NITRO_API_KEY": key})
        self.assertEqual((code, out), (4, ""))
        self.assertIn("may not do this", err)
        self.assertFalse(os.path.exists(target))
