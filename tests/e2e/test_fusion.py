"""The Fusion commands against the emulator's Fusion publishing (tests/emulator/fusion.py): the steps of a
request (begin, start, validate, commit, cancel) in order and out of order, an unknown request, a missing
archive, a refused archive, an approval waited through, the stage's queue, an API key of another API, the
archive downloaded back byte for byte, `fusion compose`, which says what to use instead, `fusion upload`, and
`fusion validate` (the gateway schema read out of the archive and validated as `schema validate` does)."""

import io
import json
import os
import signal
import subprocess
import tempfile
import zipfile

from . import harness as h

UPDATE_STAGES = (h.OPERATIONS_DIR / "update-stages.graphql").read_text(encoding="utf-8").rstrip("\n")

V1 = "type Query { hello: String, count: Int }\n"
V2_BREAKING = "type Query { hello: String }\n"


def archive_bytes(sdl, extra=b"\x00\xff binary"):
    """A Fusion archive as the composer writes one (a zip with gateway/<version>/gateway.graphqls), with a
    member that is not text, as real archives have."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("archive-metadata.json", '{"supportedGatewayFormats": ["2.0.0"]}')
        archive.writestr("gateway/2.0.0/gateway.graphqls", sdl)
        archive.writestr("gateway/2.0.0/gateway-settings.json", extra)
    return buffer.getvalue()


class FusionCase(h.ResourceTestCase):
    """An API of Team Nitro with the stage dev, made for each test."""

    def setUp(self):
        super().setUp()
        self.api = self.emulator.create_api(self.team["id"], f"fusion-{self._testMethodName}",
                                            ["fusion", self._testMethodName])
        self.api_id = self.api["id"]
        status, doc = self.emulator.graphql("UpdateStages", {"input": {"apiId": self.api_id, "updatedStages": [
            {"name": "dev", "displayName": "Development", "conditions": []}]}}, key=self.pat, query=UPDATE_STAGES)
        self.assertEqual(status, 200, doc)
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        self.clear_requests()

    def archive(self, sdl, name="gateway.far"):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(archive_bytes(sdl))
        return path

    def begin(self, *extra, env=None):
        return self.nitro("fusion", "publish", "begin", "--api-id", self.api_id, "--tag", "v1", "--stage", "dev",
                          *extra, env=env)

    def step(self, name, request_id, *extra, env=None):
        return self.nitro("fusion", "publish", name, "--request-id", request_id, *extra, env=env)

    def begun(self, *extra):
        code, out, err = self.begin(*extra)
        self.assertEqual(code, 0, err)
        return json.loads(out)["requestId"]

    def started(self, *extra):
        request_id = self.begun(*extra)
        code, out, err = self.step("start", request_id)
        self.assertEqual((code, out, err), (0, "{}\n", ""))
        return request_id

    def download(self, *extra):
        return self.nitro("fusion", "download", "--api-id", self.api_id, "--stage", "dev", *extra)


class FusionStepTests(FusionCase):
    def test_the_steps_in_order_publish_the_archive_and_download_gives_it_back(self):
        code, out, err = self.begin()
        self.assertEqual(code, 0, err)
        request_id = json.loads(out)["requestId"]
        self.assertEqual(err, "Requesting a deployment slot for stage 'dev' of API '%s'\n"
                              "├── Publication request created (ID: %s).\n"
                              "├── Queued at position 1.\n"
                              "└── ✓ Ready for processing.\n" % (self.api_id, request_id))
        [sent] = self.requests("BeginFusionConfigurationPublish")
        self.assertEqual(sent["variables"]["input"], {"apiId": self.api_id, "stageName": "dev", "tag": "v1",
                                                      "waitForApproval": False, "source": None})
        self.assertEqual(self.step("start", request_id), (0, "{}\n", ""))
        archive = self.archive(V1)
        code, out, err = self.step("validate", request_id, "--archive", archive)
        self.assertEqual((code, out), (0, "{}\n"), err)
        self.assertTrue(err.endswith("├── Validating...\n└── ✓ Validation passed.\n"), err)
        [validated] = [r for r in self.requests() if r.get("operationName") == "ValidateFusionConfigurationPublish"]
        self.assertEqual([(p["name"], p.get("filename")) for p in validated["multipart"]["parts"]][2:],
                         [("0", "gateway.fgp")])
        code, out, err = self.step("commit", request_id, "--archive", archive)
        self.assertEqual((code, out), (0, "{}\n"), err)
        self.assertTrue(err.endswith("├── Your request is being processed.\n└── ✓ Published successfully.\n"), err)

        target = os.path.join(self.dir, "downloaded.far")
        code, out, err = self.download("--output-file", target)
        self.assertEqual((code, out, err), (0, "{}\n", ""))
        with open(target, "rb") as f, open(archive, "rb") as g:
            self.assertEqual(f.read(), g.read())

    def test_a_step_out_of_order_is_refused_with_the_servers_words(self):
        request_id = self.begun()
        archive = self.archive(V1)
        code, out, err = self.step("validate", request_id, "--archive", archive)
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, f"error: The request '{request_id}' is READY: it must be started before it is "
                              "validated.\n")
        code, _, err = self.step("commit", request_id, "--archive", archive)
        self.assertEqual(code, 1)
        self.assertIn("must be started before it is committed", err)
        self.assertEqual(self.step("start", request_id)[0], 0)
        code, _, err = self.step("start", request_id)
        self.assertEqual((code, err), (1, f"error: The request '{request_id}' is PROCESSING and cannot be "
                                          "started: a request is started once it is READY.\n"))

    def test_an_unknown_request_id(self):
        for name in ("start", "cancel"):
            code, out, err = self.step(name, "UmVxdWVzdDo5OTk=")
            self.assertEqual((code, out, err), (1, "", "error: The request with ID 'UmVxdWVzdDo5OTk=' was not "
                                                       "found.\n"), name)

    def test_a_missing_archive_says_how_to_make_one_and_sends_nothing(self):
        request_id = self.started()
        self.clear_requests()
        code, out, err = self.step("commit", request_id)
        self.assertEqual((code, out), (2, ""))
        self.assertIn("error: Missing required option '--archive'.\n"
                      "  hint: build it with the Fusion composer: 'nitro fusion compose' says how.\n", err)
        code, out, err = self.step("validate", request_id, "--archive", os.path.join(self.dir, "none.far"))
        self.assertEqual((code, out), (2, ""))
        self.assertIn("does not exist", err)
        self.assertEqual(self.requests(), [])

    def test_a_request_id_from_the_environment(self):
        request_id = self.begun()
        code, _, err = self.nitro("fusion", "publish", "start", env={"NITRO_REQUEST_ID": request_id})
        self.assertEqual(code, 0, err)
        code, _, err = self.nitro("fusion", "publish", "cancel", env={"BARISTA_REQUEST_ID": request_id})
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")

    def test_a_breaking_change_fails_validation_and_commit_publishes_it_as_forced(self):
        request_id = self.started()
        self.assertEqual(self.step("commit", request_id, "--archive", self.archive(V1))[0], 0)
        request_id = self.started()
        breaking = self.archive(V2_BREAKING, "v2.far")
        code, out, err = self.step("validate", request_id, "--archive", breaking)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ Fusion configuration failed validation.\n", err)
        self.assertIn("✕ Field removed: Query.count", err)
        self.assertTrue(err.endswith("error: The validation failed.\n"), err)
        code, _, err = self.step("commit", request_id, "--archive", breaking)
        self.assertEqual(code, 0, err)
        target = os.path.join(self.dir, "now.far")
        self.assertEqual(self.download("--output-file", target)[0], 0)
        with open(target, "rb") as f:
            self.assertEqual(zipfile.ZipFile(f).read("gateway/2.0.0/gateway.graphqls").decode(), V2_BREAKING)

    def test_an_archive_that_is_no_zip_is_rejected_at_commit(self):
        request_id = self.started()
        path = os.path.join(self.dir, "not.far")
        with open(path, "wb") as f:
            f.write(b"\x89PNG not a zip")
        code, out, err = self.step("commit", request_id, "--archive", path)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ Fusion configuration version was rejected.\n"
                      "    └── The configuration is not a Fusion archive (a zip file).\n", err)
        self.assertTrue(err.endswith("error: Fusion configuration version was rejected.\n"), err)
        self.assertEqual(self.download()[0], 1)

    def test_cancel_gives_the_slot_to_the_next_request_in_the_queue(self):
        first = self.started()
        self.clear_requests()
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home))
        proc = subprocess.Popen([str(h.NITRO_BIN), "fusion", "publish", "begin", "--api-id", self.api_id, "--tag",
                                 "v2", "--stage", "dev"], env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                cwd=h.scratch_dir())
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        h.wait_for(lambda: self.requests("OnFusionConfigurationPublishingTaskChanged"), timeout=15)
        self.assertEqual(proc.poll(), None, "it waits in the queue")
        code, out, err = self.step("cancel", first)
        self.assertEqual((code, out, err), (0, "{}\n", ""))
        out, err = proc.communicate(timeout=20)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("├── Queued at position 2.\n", err.decode())
        self.assertTrue(err.decode().endswith("└── ✓ Ready for processing.\n"), err)
        second = json.loads(out)["requestId"]
        self.assertNotEqual(second, first)
        code, _, err = self.step("cancel", first)
        self.assertEqual((code, err), (1, f"error: The request '{first}' is CANCELLED and cannot be cancelled.\n"))

    def test_wait_for_approval_waits_through_the_approval(self):
        request_id = self.started("--wait-for-approval")
        status, _, _ = self.emulator.http("POST", "/_emulator/stages", {"apiId": self.api_id, "stage": "dev"})
        self.assertEqual(status, 200)
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home))
        proc = subprocess.Popen([str(h.NITRO_BIN), "fusion", "publish", "commit", "--request-id", request_id,
                                 "--archive", self.archive(V1)], env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                cwd=h.scratch_dir())
        self.addCleanup(lambda: proc.poll() is None and proc.kill())

        def waiting():
            _, _, body = self.emulator.http("GET", "/_emulator/approvals")
            return json.loads(body)
        h.wait_for(lambda: waiting(), timeout=15)
        self.assertEqual([r["requestId"] for r in waiting()], [request_id])
        status, _, _ = self.emulator.http("POST", "/_emulator/approvals", {"requestId": request_id})
        self.assertEqual(status, 200)
        out, err = proc.communicate(timeout=20)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("├── ⏳ Waiting for approval. Approve in Nitro to continue.\n"
                      "├── Your request has been approved.\n"
                      "└── ✓ Published successfully.\n", err.decode())

    def test_an_api_key_of_another_api_may_not_touch_the_request(self):
        request_id = self.begun()
        other = self.emulator.create_api(self.team["id"], "other", ["fusion", "other"])
        key = self.emulator.create_api_key("ci", self.team["id"], api_id=other["id"])["secret"]
        self.remember_secret(key)
        code, out, err = self.step("start", request_id, env={"NITRO_API_KEY": key})
        self.assertEqual((code, out), (4, ""), err)
        own = self.emulator.create_api_key("ci", self.team["id"], api_id=self.api_id)["secret"]
        self.remember_secret(own)
        self.assertEqual(self.step("start", request_id, env={"NITRO_API_KEY": own})[0], 0)
        code, _, err = self.nitro("fusion", "download", "--api-id", self.api_id, "--stage", "dev",
                                  env={"NITRO_API_KEY": key})
        self.assertEqual(code, 4, err)

    def test_download_of_a_stage_without_a_configuration(self):
        code, out, err = self.download("--output-file", os.path.join(self.dir, "x.far"))
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, "error: The API with the given ID does not exist or does not have a download URL.\n")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x.far")))


class FusionComposeTests(h.E2ETestCase):
    def test_compose_says_what_to_use_and_sends_nothing(self):
        code, out, err = self.nitro("fusion", "compose", "--source-schema-file", "a.graphqls", "--archive",
                                    "gateway.far")
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("error: nitro does not compose Fusion configurations"), err)
        self.assertIn("nitro fusion compose --source-schema-file <schema.graphqls> ... --archive gateway.far", err)
        self.assertEqual(self.requests(), [])


class FusionPublishTests(FusionCase):
    """`fusion publish` in one go: its steps in turn, what a failure in the middle leaves on the server."""

    def publish(self, *extra, env=None):
        return self.nitro("fusion", "publish", "--api-id", self.api_id, "--tag", "v1", "--stage", "dev", *extra,
                          env=env)

    def operations(self):
        return [r.get("operationName") for r in self.requests()]

    def test_one_go_runs_each_step_and_publishes(self):
        archive = self.archive(V1)
        code, out, err = self.publish("--archive", archive)
        self.assertEqual((code, out), (0, "{}\n"), err)
        self.assertEqual(self.operations(), [
            "BeginFusionConfigurationPublish", "OnFusionConfigurationPublishingTaskChanged",
            "StartFusionConfigurationPublish", "ValidateFusionConfigurationPublish",
            "OnFusionConfigurationPublishingTaskChanged", "CommitFusionConfigurationPublish",
            "OnFusionConfigurationPublishingTaskChanged"])
        request_id = self.requests("BeginFusionConfigurationPublish") and \
            self.requests("OnFusionConfigurationPublishingTaskChanged")[0]["variables"]["requestId"]
        self.assertEqual([r["variables"]["input"]["requestId"] for r in self.requests()
                          if r.get("operationName", "").endswith("Publish") and "requestId" in
                          r["variables"].get("input", {})], [request_id] * 3)
        self.assertIn("├── Queued at position 1.\n└── ✓ Ready for processing.\n"
                      f"✓ Deployment slot ready (request {request_id}).\n"
                      "✓ Started composition of Fusion configuration.\n", err)
        self.assertTrue(err.endswith("└── ✓ Published successfully.\n✓ Fusion composition was successful.\n"
                                     "✓ Published configuration 'v1' to 'dev'.\n"), err)
        target = os.path.join(self.dir, "back.far")
        self.assertEqual(self.download("--output-file", target)[0], 0)
        with open(target, "rb") as f, open(archive, "rb") as g:
            self.assertEqual(f.read(), g.read())

    def test_wait_for_approval_leaves_validation_to_the_commit(self):
        code, _, err = self.publish("--archive", self.archive(V1), "--wait-for-approval")
        self.assertEqual(code, 0, err)
        self.assertNotIn("ValidateFusionConfigurationPublish", self.operations())
        self.assertTrue(self.requests("BeginFusionConfigurationPublish")[0]["variables"]["input"]["waitForApproval"])

    def test_force_and_wait_for_approval_together_are_refused(self):
        code, out, err = self.publish("--archive", self.archive(V1), "--force", "--wait-for-approval")
        self.assertEqual((code, out, err), (2, "", "error: The '--force' and '--wait-for-approval' options are "
                                                   "mutually exclusive.\n"))
        self.assertEqual(self.requests(), [])

    def test_a_failed_validation_cancels_the_request_and_force_commits(self):
        self.assertEqual(self.publish("--archive", self.archive(V1))[0], 0)
        self.clear_requests()
        breaking = self.archive(V2_BREAKING, "v2.far")
        code, out, err = self.publish("--archive", breaking)
        self.assertEqual((code, out), (1, ""))
        [request_id] = {r["variables"]["requestId"] for r in self.requests("OnFusionConfigurationPublishingTaskChanged")}
        self.assertIn("error: The validation failed.\n"
                      f"Cancelling the request {request_id}, begun and not committed...\n", err)
        self.assertTrue(err.endswith(f"  hint: the request {request_id} was cancelled: nothing of it was "
                                     "published.\n"), err)
        self.assertEqual(self.operations()[-1], "CancelFusionConfigurationPublish")
        self.assertNotIn("CommitFusionConfigurationPublish", self.operations())
        # The slot is free again: the forced publish goes through at once.
        code, _, err = self.publish("--archive", breaking, "--force")
        self.assertEqual(code, 0, err)
        self.assertIn("! Going on despite the failure above (--force).\n", err)

    def test_a_cancel_that_fails_after_a_failure_says_how_to_cancel(self):
        self.assertEqual(self.publish("--archive", self.archive(V1))[0], 0)
        self.fault("payload_error", type="InvalidProcessingStateTransitionError", message="Not now.",
                   operation="CancelFusionConfigurationPublish")
        code, out, err = self.publish("--archive", self.archive(V2_BREAKING, "v2.far"))
        self.assertEqual((code, out), (1, ""))
        [request_id] = {r["variables"]["requestId"]
                        for r in self.requests("OnFusionConfigurationPublishingTaskChanged")[-2:]}
        self.assertTrue(err.endswith(f"Cancelling the request {request_id}, begun and not committed...\n"
                                     "error: Not now.\n"
                                     f"  hint: the request {request_id} may still hold the stage's slot: "
                                     f"'nitro fusion publish cancel --request-id {request_id}' gives it back.\n"), err)

    def test_a_missing_archive_says_how_to_make_one_and_sends_nothing(self):
        code, out, err = self.publish()
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("error: Missing required option '--archive'.\n"
                                       "  hint: build it with the Fusion composer: 'nitro fusion compose' says "
                                       "how.\n"), err)
        self.assertEqual(self.requests(), [])

    def test_ctrl_c_after_begin_says_how_to_cancel_and_sends_nothing_more(self):
        holder = self.started()
        self.clear_requests()
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home))
        proc = subprocess.Popen([str(h.NITRO_BIN), "fusion", "publish", "--api-id", self.api_id, "--tag", "v2",
                                 "--stage", "dev", "--archive", self.archive(V1)], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, cwd=h.scratch_dir())
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        h.wait_for(lambda: self.requests("OnFusionConfigurationPublishingTaskChanged"), timeout=15)
        [waiting] = self.requests("OnFusionConfigurationPublishingTaskChanged")
        request_id = waiting["variables"]["requestId"]
        self.assertNotEqual(request_id, holder)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        err = err.decode()
        self.assertEqual((proc.returncode, out), (130, b""), err)
        self.assertIn("Interrupted.\n", err)
        self.assertIn(f"'nitro fusion publish cancel --request-id {request_id}'", err)
        self.assertEqual(self.operations(), ["BeginFusionConfigurationPublish",
                                             "OnFusionConfigurationPublishingTaskChanged"])


class FusionKeptRequestTests(FusionCase):
    """The request ID 'fusion publish begin' keeps for the steps after it (kept.json beside the session)."""

    def kept_file(self):
        return os.path.join(self.config_home, "nitro", "kept.json")

    def test_the_kept_id_is_used_by_each_step_and_cleared_by_commit(self):
        request_id = self.begun()
        self.assertEqual(os.stat(self.kept_file()).st_mode & 0o777, 0o600)
        used = f"Using --request-id {request_id}, kept by an earlier command.\n"
        code, out, err = self.nitro("fusion", "publish", "start")
        self.assertEqual((code, out, err), (0, "{}\n", used))
        archive = self.archive(V1)
        for step in ("validate", "commit"):
            code, _, err = self.nitro("fusion", "publish", step, "--archive", archive)
            self.assertEqual(code, 0, err)
            self.assertTrue(err.startswith(used), err)
        self.assertEqual([r["variables"]["input"]["requestId"] for r in self.requests()
                          if r.get("operationName", "").startswith(("Start", "Validate", "Commit"))],
                         [request_id] * 3)
        with open(self.kept_file(), encoding="utf-8") as f:
            self.assertNotIn(request_id, f.read())
        self.clear_requests()
        code, out, err = self.nitro("fusion", "publish", "cancel")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "error: Missing required option '--request-id'.\n"
                              "  hint: pass --request-id or NITRO_REQUEST_ID, or run 'fusion publish begin' first.\n")
        self.assertEqual(self.requests(), [])

    def test_cancel_clears_it_and_an_explicit_id_wins(self):
        kept = self.begun()
        code, _, err = self.step("cancel", "UmVxdWVzdDo5OTk=")
        self.assertEqual(code, 1, err)
        self.assertNotIn("Using", err)
        self.assertEqual(self.nitro("fusion", "publish", "cancel")[0], 0)
        with open(self.kept_file(), encoding="utf-8") as f:
            self.assertNotIn(kept, f.read())

    def test_two_apis_do_not_mix(self):
        first = self.begun()
        other = self.emulator.create_api(self.team["id"], "other", ["fusion", "other-api"])
        self.emulator.graphql("UpdateStages", {"input": {"apiId": other["id"], "updatedStages": [
            {"name": "dev", "displayName": "Development", "conditions": []}]}}, key=self.pat, query=UPDATE_STAGES)
        code, out, err = self.nitro("fusion", "publish", "begin", "--api-id", other["id"], "--tag", "v1", "--stage",
                                    "dev")
        self.assertEqual(code, 0, err)
        second = json.loads(out)["requestId"]
        self.clear_requests()
        code, out, err = self.nitro("fusion", "publish", "start")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "error: Several values of --request-id are kept for this API: pass --request-id.\n"
                              "  hint: or choose with --api-id and --stage.\n")
        self.assertEqual(self.requests(), [])
        code, _, err = self.nitro("fusion", "publish", "start", env={"NITRO_API_ID": other["id"]})
        self.assertEqual((code, err), (0, f"Using --request-id {second}, kept by an earlier command.\n"))
        code, _, err = self.nitro("fusion", "publish", "start", "--api-id", self.api_id, "--stage", "dev")
        self.assertEqual((code, err), (0, f"Using --request-id {first}, kept by an earlier command.\n"))

    def test_a_kept_file_others_may_write_is_not_read(self):
        self.begun()
        os.chmod(self.kept_file(), 0o666)
        code, _, err = self.nitro("fusion", "publish", "start")
        self.assertEqual(code, 2)
        self.assertIn(f"warning: {self.kept_file()} is not read: another user owns it or may write it (the file or its directory).\n", err)


class FusionUploadTests(FusionCase):
    """fusion upload: the source schema zipped into source-schema.zip (as schema.graphqls) and uploaded."""

    def source(self, text, name="schema.graphqls"):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def upload(self, *extra, tag="v1"):
        return self.nitro("fusion", "upload", "--api-id", self.api_id, "--tag", tag, *extra)

    def test_the_schema_is_zipped_and_uploaded(self):
        path = self.source(V1, "products.graphqls")
        code, out, err = self.upload("-f", path)
        self.assertEqual((code, out), (0, "{}\n"), err)
        [sent] = self.requests("UploadFusionSubgraph")
        self.assertEqual([(p["name"], p.get("filename")) for p in sent["multipart"]["parts"]][2:],
                         [("0", "source-schema.zip")])
        self.assertEqual(sent["variables"]["input"]["tag"], "v1")
        # The server opened the zip and kept the schema under its name and tag: the same tag again is refused.
        code, out, err = self.upload("--source-schema-file", path)
        self.assertEqual((code, out, err), (1, "", "error: The source schema 'schema' already has a version tagged "
                                                   "'v1'.\n"))

    def test_an_invalid_schema_is_the_servers_refusal(self):
        code, out, err = self.upload("-f", self.source("type Query {"))
        self.assertEqual((code, out), (1, ""))
        self.assertTrue(err.startswith("error: The source schema 'schema.graphqls' is not valid: "), err)

    def test_a_missing_file_is_a_usage_error_and_sends_nothing(self):
        code, out, err = self.upload("-f", os.path.join(self.dir, "none.graphqls"))
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn("none.graphqls", err)
        self.assertEqual(self.requests(), [])


class FusionValidateTests(FusionCase):
    """fusion validate: the gateway schema read out of the archive (gateway/2.0.0/gateway.graphqls) and validated
    against the stage as `schema validate` does (ValidateSchemaVersion with schema.graphql, then its events)."""

    GATEWAY_SCHEMA = "gateway/2.0.0/gateway.graphqls"

    def setUp(self):
        super().setUp()
        schema = os.path.join(self.dir, "v1.graphql")
        with open(schema, "w", encoding="utf-8") as f:
            f.write(V1)
        code, _, err = self.nitro("schema", "upload", "--api-id", self.api_id, "--tag", "v1", "--schema-file", schema)
        self.assertEqual(code, 0, err)
        code, _, err = self.nitro("schema", "publish", "--api-id", self.api_id, "--tag", "v1", "--stage", "dev")
        self.assertEqual(code, 0, err)
        # The member is read out into a private directory under TMPDIR: it must be gone after every run.
        self.tmp = os.path.join(self.dir, "tmp")
        os.mkdir(self.tmp)
        self.clear_requests()

    def tearDown(self):
        try:
            self.assertEqual(os.listdir(self.tmp), [], "the member read out is removed")
        finally:
            super().tearDown()

    def validate(self, *extra, env=None):
        return self.nitro("fusion", "validate", "--api-id", self.api_id, "--stage", "dev", *extra,
                          env={"TMPDIR": self.tmp, **(env or {})})

    def test_the_gateway_schema_is_validated_against_the_stage(self):
        sdl = "type Query { hello: String, count: Int, extra: Int }\n"
        code, out, err = self.validate("--archive", self.archive(sdl), "--verbose")
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertEqual(result["status"], "success")
        self.assertIn(f"Validation request created (ID: {result['requestId']}).", err)
        self.assertIn("Validation passed.", err)
        self.assertIn("Field added: Query.extra", err)
        [sent] = self.requests("ValidateSchemaVersion")
        self.assertEqual(sent["variables"]["input"]["apiId"], self.api_id)
        self.assertEqual(sent["variables"]["input"]["stage"], "dev")
        # The member alone is sent, as schema.graphql: not the archive.
        self.assertEqual([(p["name"], p["filename"], p["size"]) for p in sent["multipart"]["parts"]][2:],
                         [("0", "schema.graphql", len(sdl))])
        self.assertEqual([r["operationName"] for r in self.requests() if r["operationName"] != h.IDENTITY],
                         ["ValidateSchemaVersion", "OnSchemaVersionValidationUpdated"])
        # -a and NITRO_FUSION_CONFIG_FILE name the archive too.
        self.assertEqual(self.validate("-a", self.archive(V1))[0], 0)
        code, _, err = self.validate(env={"NITRO_FUSION_CONFIG_FILE": self.archive(V1)})
        self.assertEqual(code, 0, err)

    def test_a_breaking_change_fails_with_the_change_named(self):
        code, out, err = self.validate("--archive", self.archive(V2_BREAKING))
        self.assertEqual((code, out), (1, ""))
        self.assertIn("└── ✕ Validation failed.\n", err)
        self.assertIn("✕ Field removed: Query.count", err)
        self.assertTrue(err.endswith("error: Schema validation failed.\n"), err)

    def assertRefusedSendingNothing(self, result, problem, given="--archive"):
        code, out, err = result
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn(f"error: Could not read '{self.GATEWAY_SCHEMA}' from '", err)
        self.assertIn(f"' given by {given}: {problem}.\n", err)
        self.assertEqual(self.requests(), [])

    def test_a_missing_archive_is_a_usage_error_and_sends_nothing(self):
        self.assertRefusedSendingNothing(self.validate("--archive", os.path.join(self.dir, "none.far")),
                                         "the file does not exist")
        code, out, err = self.validate()
        self.assertEqual((code, out), (2, ""))
        self.assertIn("error: Missing required option '--archive'.\n"
                      "  hint: build it with the Fusion composer: 'nitro fusion compose' says how.\n", err)
        self.assertEqual(self.requests(), [])

    def test_an_archive_that_is_no_zip_is_a_usage_error_and_sends_nothing(self):
        path = os.path.join(self.dir, "not.far")
        with open(path, "wb") as f:
            f.write(b"\x89PNG not a zip")
        self.assertRefusedSendingNothing(self.validate(env={"NITRO_FUSION_CONFIG_FILE": path}),
                                         "the file is not a zip archive", given="NITRO_FUSION_CONFIG_FILE")
        self.assertRefusedSendingNothing(self.validate("-a", self.dir), "it is a directory, not a zip archive")

    def test_an_archive_without_the_gateway_schema_is_a_usage_error_and_sends_nothing(self):
        path = os.path.join(self.dir, "v1.fgp")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("schema.graphqls", V1)  # a legacy archive's layout: no gateway/2.0.0/
            archive.writestr("gateway/2.0.0/gateway-settings.json", "{}")
        self.assertRefusedSendingNothing(self.validate("--archive", path), "the archive has no such member")

    def test_a_gateway_schema_that_is_not_utf8_is_a_usage_error_and_sends_nothing(self):
        self.assertRefusedSendingNothing(self.validate("--archive", self.archive(b"type Query { a: Int } \xff\n")),
                                         "it is not UTF-8 text")

    def test_a_gateway_schema_that_inflates_past_the_cap_is_refused_and_sends_nothing(self):
        # About 260 KB of deflated zeros that inflate to 257 MiB: read out until the cap, then refused.
        path = os.path.join(self.dir, "bomb.far")
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            with archive.open(self.GATEWAY_SCHEMA, "w") as member:
                chunk = b"\0" * (1 << 20)
                for _ in range(257):
                    member.write(chunk)
        self.assertLess(os.path.getsize(path), 1 << 20)
        self.assertRefusedSendingNothing(self.validate("--archive", path), "it inflates to more than 256 MiB, more than any schema")

    def test_ctrl_c_during_the_upload_removes_the_member_read_out(self):
        self.fault("slow", delayMs=30000, operation="ValidateSchemaVersion")
        env = h.make_env(self.auth_env(XDG_CONFIG_HOME=self.config_home, TMPDIR=self.tmp))
        proc = subprocess.Popen([str(h.NITRO_BIN), "fusion", "validate", "--api-id", self.api_id, "--stage", "dev",
                                 "-a", self.archive(V1)], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True, cwd=self.dir)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        h.wait_for(lambda: self.requests("ValidateSchemaVersion"), timeout=15)
        [made] = os.listdir(self.tmp)
        self.assertEqual(os.stat(os.path.join(self.tmp, made)).st_mode & 0o777, 0o700)
        self.assertEqual(os.listdir(os.path.join(self.tmp, made)), ["schema.graphql"], "read out while it is sent")
        self.assertEqual(os.stat(os.path.join(self.tmp, made, "schema.graphql")).st_mode & 0o777, 0o600)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        self.assertEqual((proc.returncode, out), (130, b""))
        self.assertIn("Interrupted.\n", err.decode())
