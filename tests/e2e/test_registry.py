"""The registry commands (schema upload / validate / publish, client upload / validate / publish) over real HTTP
against a scripted registry server (registry_server.py): the multipart upload as sent, the files checked before
anything is sent, the subscription followed after the mutation (each event kind, an unknown event, a stream that
ends without a result, malformed and oversized events, a server that stops mid-event or goes silent, a JSON answer
instead of a stream), --force and --wait-for-approval, Ctrl-C, the JSON results and exit codes."""

import json
import os
import signal
import subprocess
import tempfile
import threading
import time
import unittest

from . import harness as h
from .registry_server import RegistryServer, sse_next

UPLOADED = {"data": {"uploadSchema": {"__typename": "UploadSchemaPayload",
                                      "schemaVersion": {"__typename": "SchemaVersion", "id": "sv-1"},
                                      "errors": None}}}
PUBLISHED = {"data": {"publishSchema": {"__typename": "PublishSchemaPayload", "id": "req-1", "errors": None}}}
VALIDATING = {"data": {"validateSchema": {"__typename": "ValidateSchemaPayload", "id": "req-2", "errors": None}}}


DOCUMENTS = {"UploadSchema": "upload-schema.graphql", "OnSchemaVersionPublishUpdated": "on-schema-publish.graphql"}


def document(name):
    """An operation's published text, as the binary sends it."""
    return (h.OPERATIONS_DIR / DOCUMENTS[name]).read_text(encoding="utf-8").rstrip("\n")


def event(typename, **fields):
    return {"data": {"onSchemaVersionPublishingUpdate": {"__typename": typename, **fields}}}


QUEUED = event("ProcessingTaskIsQueued", queued="ProcessingTaskIsQueued", queuePosition=3)
READY = event("ProcessingTaskIsReady", ready="ProcessingTaskIsReady")
PROCESSING = event("OperationInProgress", state="PROCESSING")
APPROVED = event("ProcessingTaskApproved", state="APPROVED")
SUCCESS = event("SchemaVersionPublishSuccess", state="SUCCESS")
CHANGES = [{"__typename": "SchemaVersionChangeViolationError", "changes": [
    {"__typename": "ObjectModifiedChange", "severity": "BREAKING", "coordinate": "Foo", "changes": [
        {"__typename": "FieldRemovedChange", "severity": "BREAKING", "coordinate": "Foo.baz",
         "typeName": "Int!", "fieldName": "baz"},
        {"__typename": "FieldAddedChange", "severity": "SAFE", "coordinate": "Foo.bar",
         "typeName": "String!", "fieldName": "bar"}]},
    {"__typename": "TypeSystemMemberAddedChange", "severity": "DANGEROUS", "coordinate": "New"}]}]
FAILED = event("SchemaVersionPublishFailed", state="FAILED", errors=CHANGES)
WAITING = event("WaitForApproval", state="WAITING_FOR_APPROVAL", deployment={
    "__typename": "SchemaDeployment", "errors": [{"__typename": "SchemaChangeViolationError",
                                                  "message": "Breaking changes need an approval.",
                                                  "changes": CHANGES[0]["changes"][:1]}]})

HEADER = "Publishing new schema version 'v1' to stage 'dev' of API 'api-1'\n"
CREATED = "├── Publish request created (ID: req-1).\n"
TREE = ("    └── Schema version change violation\n"
        "        ├── ✕ Object modified: Foo\n"
        "        │   ├── ✕ Field removed: Foo.baz\n"
        "        │   └── ✓ Field added: Foo.bar\n"
        "        └── ! Type system member added: New\n")
PUBLISH = ["schema", "publish", "--api-id", "api-1", "--tag", "v1", "--stage", "dev"]
HINT = ("  hint: The publish request req-1 may go on on the server: 'nitro schema download --api-id api-1 "
        "--stage dev' shows what the stage has.\n")


class RegistryCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        problem = h.binary_problem()
        if problem:
            self.fail(problem)
        self.server = RegistryServer()
        self.addCleanup(self.server.stop)
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        self.schema = os.path.join(self.dir, "schema.graphql")
        with open(self.schema, "w", encoding="utf-8") as f:
            f.write("type Query { hello: String }\n")

    def env(self, extra=None):
        env = {"NITRO_CLOUD_URL": self.server.url, "NITRO_API_KEY": "registry-test-key"}
        env.update(extra or {})
        return env

    def nitro(self, *args, env=None):
        return h.run(list(args), env=self.env(env))

    def upload(self, *extra, env=None):
        return self.nitro("schema", "upload", "--api-id", "api-1", "--tag", "v1", *extra, env=env)


class SchemaUploadTests(RegistryCase):
    def test_upload_sends_the_file_as_multipart_and_prints_the_result(self):
        self.server.answers["UploadSchema"] = UPLOADED
        code, out, err = self.upload("--schema-file", self.schema)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out), {"schemaVersionId": "sv-1", "tag": "v1"})
        [request] = self.server.requests
        self.assertEqual([(p["name"], p["filename"]) for p in request.parts],
                         [("operations", None), ("map", None), ("0", "schema.graphql")])
        self.assertEqual(request.parts[2]["data"], b"type Query { hello: String }\n")
        self.assertEqual(json.loads(request.parts[1]["data"]), {"0": ["variables.input.schema"]})
        self.assertEqual(request.variables, {"input": {"apiId": "api-1", "tag": "v1", "source": None, "schema": None}})
        self.assertEqual(request.json["query"], document("UploadSchema"))
        self.assertEqual(request.headers.get("graphql-preflight"), "1")

    def test_the_file_from_the_environment(self):
        self.server.answers["UploadSchema"] = UPLOADED
        code, out, _ = self.upload(env={"NITRO_SCHEMA_FILE": self.schema})
        self.assertEqual(code, 0)
        self.assertEqual(self.server.requests[0].parts[2]["size"], os.path.getsize(self.schema))

    def test_a_payload_error_is_printed_and_exits_1(self):
        self.server.answers["UploadSchema"] = {"data": {"uploadSchema": {
            "__typename": "UploadSchemaPayload", "schemaVersion": None, "errors": [
                {"__typename": "DuplicatedTagError", "message": "Tag 'v1' already exists."}]}}}
        self.assertEqual(self.upload("--schema-file", self.schema), (1, "", "error: Tag 'v1' already exists.\n"))

    def test_a_null_version_says_it_could_not_upload(self):
        self.server.answers["UploadSchema"] = {"data": {"uploadSchema": {
            "__typename": "UploadSchemaPayload", "schemaVersion": None, "errors": None}}}
        self.assertEqual(self.upload("--schema-file", self.schema), (1, "", "error: Could not upload schema.\n"))

    def test_bad_files_are_refused_before_anything_is_sent(self):
        directory = os.path.join(self.dir, "folder")
        os.mkdir(directory)
        latin1 = os.path.join(self.dir, "latin1.graphql")
        with open(latin1, "wb") as f:
            f.write(b"type Query { caf\xe9: String }\n")
        cut = os.path.join(self.dir, "cut.graphql")
        with open(cut, "wb") as f:
            f.write(b"type Query { a: String } # \xe2\x82")
        missing = os.path.join(self.dir, "nonexistent.graphql")
        below_a_file = os.path.join(self.schema, "x.graphql")  # even root cannot read it
        cases = [
            (missing, f"error: The file '{missing}' given by --schema-file does not exist.\n"),
            (directory, f"error: The file '{directory}' given by --schema-file is a directory, not a file.\n"),
            (latin1, f"error: The file '{latin1}' given by --schema-file is not UTF-8 text.\n"),
            (cut, f"error: The file '{cut}' given by --schema-file is not UTF-8 text.\n"),
            (below_a_file, f"error: The file '{below_a_file}' given by --schema-file cannot be read.\n"
                           "  reason: Not a directory\n"),
        ]
        for path, message in cases:
            with self.subTest(path=path):
                self.assertEqual(self.upload("--schema-file", path), (2, "", message))
        code, _, err = self.upload(env={"NITRO_SCHEMA_FILE": missing})
        self.assertEqual((code, err), (2, f"error: The file '{missing}' given by NITRO_SCHEMA_FILE does not exist.\n"))
        self.assertEqual(self.server.requests, [])

    def test_a_file_with_multibyte_text_across_chunks_is_utf8(self):
        self.server.answers["UploadSchema"] = UPLOADED
        big = os.path.join(self.dir, "big.graphql")
        with open(big, "w", encoding="utf-8") as f:
            f.write("# " + "é✓" * 40000 + "\ntype Query { a: Int }\n")
        code, _, err = self.upload("--schema-file", big)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(self.server.requests[0].parts[2]["size"], os.path.getsize(big))


class SourceMetadataTests(RegistryCase):
    GITHUB = {"actor": "octo", "commitHash": "abc", "workflowName": "ci", "runNumber": "7", "runId": "99",
              "repositoryUrl": "https://github.com/o/r"}

    def test_github_and_azure_devops_metadata_are_sent_as_the_oneof_input(self):
        self.server.answers["UploadSchema"] = UPLOADED
        azure = {"type": "azure-devops", "actor": {"name": "Ann", "email": "ann@x"}, "pipelineName": "p",
                 "runNumber": "1", "runId": "2", "projectUrl": "https://dev.azure.com/o/p", "jobId": "j"}
        for meta, expected in ((self.GITHUB, {"github": self.GITHUB}),
                               (dict(self.GITHUB, type="github", jobId="5"),
                                {"github": dict(self.GITHUB, jobId="5")}),
                               (azure, {"azureDevOps": {"pipelineName": "p", "runNumber": "1", "runId": "2",
                                                        "projectUrl": "https://dev.azure.com/o/p", "jobId": "j",
                                                        "actor": {"name": "Ann", "email": "ann@x"}}})):
            with self.subTest(meta=meta):
                self.server.requests.clear()
                code, _, err = self.upload("--schema-file", self.schema, "--source-metadata", json.dumps(meta))
                self.assertEqual((code, err), (0, ""))
                self.assertEqual(self.server.requests[0].variables["input"]["source"], expected)

    def test_broken_metadata_is_a_usage_error_before_anything_is_sent(self):
        cases = [
            ("{broken}", "the value is not valid JSON (at character 3)."),
            ("[1]", "the value must be a JSON object."),
            ('{"type": "gitlab"}', "the type 'gitlab' is unknown: \"github\" or \"azure-devops\"."),
            ('{"actor": "a"}', "the property 'commitHash' is required."),
            (json.dumps(dict(self.GITHUB, runId=99)), "the property 'runId' must be a string."),
            ('{"type": "azure-devops", "actor": "Ann"}', "the property 'actor' must be an object with a 'name'."),
        ]
        for value, reason in cases:
            with self.subTest(value=value):
                self.assertEqual(self.upload("--schema-file", self.schema, "--source-metadata", value),
                                 (2, "", f"error: Failed to parse --source-metadata: {reason}\n"))
        self.assertEqual(self.server.requests, [])

    def test_the_option_is_hidden_from_help(self):
        code, out, _ = self.nitro("schema", "publish", "--help")
        self.assertEqual(code, 0)
        self.assertNotIn("source-metadata", out)
        self.assertIn("--wait-for-approval", out)


class DownloadCutShortTests(RegistryCase):
    """A server that stops in the middle of a download's body: exit 1, and neither a half file nor a temporary
    one is left; a file that was there stays as it was."""

    def test_schema_and_client_downloads(self):
        cut = (b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n"
               b"Connection: close\r\n\r\n" + b"type Query { hello: String }\n" * 100)
        self.server.raw["/api/v1/apis/api-1/schemas/latest/download"] = cut
        self.server.raw["/api/v1/apis/api-1/persistedQueries"] = cut
        target = os.path.join(self.dir, "out")
        os.mkdir(target)
        kept = os.path.join(target, "schema.graphqls")
        with open(kept, "w", encoding="utf-8") as f:
            f.write("kept\n")
        for args, path in ((("schema", "download", "--output-file", kept), kept),
                           (("client", "download", "--path", os.path.join(target, "ops.json")), None)):
            with self.subTest(command=args[0]):
                code, out, err = self.nitro(*args, "--api-id", "api-1", "--stage", "dev")
                self.assertEqual((code, out), (1, ""), err)
                self.assertRegex(err, r"^error: The download from http://127\.0\.0\.1:\d+/graphql was cut short "
                                      r"after 2900 bytes \(.+\); .+ was not written\.\n$")
                self.assertEqual(sorted(os.listdir(target)), ["schema.graphqls"], "no half or temporary file")
                with open(kept, encoding="utf-8") as f:
                    self.assertEqual(f.read(), "kept\n")


class SchemaPublishTests(RegistryCase):
    def publish(self, *steps, extra=(), env=None):
        self.server.answers["PublishSchemaVersion"] = PUBLISHED
        self.server.streams["OnSchemaVersionPublishUpdated"] = list(steps)
        return self.nitro(*PUBLISH, *extra, env=env)

    def test_success_follows_every_progress_event(self):
        code, out, err = self.publish(":", QUEUED, READY, PROCESSING, SUCCESS, "complete")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out), {"stage": "dev", "status": "success", "requestId": "req-1"})
        self.assertEqual(err, HEADER + CREATED +
                         "├── Your request is queued. The current position in the queue is 3.\n"
                         "├── Your request is ready for processing.\n"
                         "├── Your request is being processed.\n"
                         "└── ✓ Published successfully.\n")
        publish, follow = self.server.requests
        self.assertEqual(publish.variables, {"input": {"apiId": "api-1", "stage": "dev", "tag": "v1",
                                                       "waitForApproval": False, "force": False,
                                                       "source": None}})
        self.assertEqual(follow.operation, "OnSchemaVersionPublishUpdated")
        self.assertEqual(follow.variables, {"requestId": "req-1"})
        self.assertEqual(follow.json["query"], document("OnSchemaVersionPublishUpdated"))
        self.assertIn("text/event-stream", follow.headers["accept"])

    def test_a_progress_line_that_repeats_the_last_is_not_said_again(self):
        second = event("ProcessingTaskIsQueued", queued="ProcessingTaskIsQueued", queuePosition=2)
        code, out, err = self.publish(QUEUED, QUEUED, second, PROCESSING, ":", PROCESSING, PROCESSING, SUCCESS,
                                      "complete")
        self.assertEqual((code, json.loads(out)["status"]), (0, "success"), err)
        self.assertEqual(err, HEADER + CREATED +
                         "├── Your request is queued. The current position in the queue is 3.\n"
                         "├── Your request is queued. The current position in the queue is 2.\n"
                         "├── Your request is being processed.\n"
                         "└── ✓ Published successfully.\n")

    def test_failure_shows_the_changes_and_exits_1(self):
        code, out, err = self.publish(PROCESSING, FAILED, "complete")
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, HEADER + CREATED + "├── Your request is being processed.\n"
                         "└── ✕ The new schema version was rejected.\n" + TREE + "error: Schema publish failed.\n")

    def test_an_unknown_event_warns_and_waiting_goes_on(self):
        code, _, err = self.publish(event("SomethingNew", state="X"), SUCCESS)
        self.assertEqual(code, 0)
        self.assertIn("├── ! Received an unknown server response. Ensure your CLI is on the latest version.\n"
                      "└── ✓ Published successfully.\n", err)

    def test_a_stream_that_ends_without_a_result_fails(self):
        for ending in ("complete", "close"):
            with self.subTest(ending=ending):
                code, out, err = self.publish(PROCESSING, ending)
                self.assertEqual((code, out), (1, ""))
                expected = ("└── ✕ Processing failed: the server ended the stream without a result.\n"
                            if ending == "complete" else
                            "error: The server closed the stream before its end.\n")
                self.assertTrue(err.startswith(HEADER + CREATED + "├── Your request is being processed.\n"), err)
                self.assertTrue(err.endswith(HINT), err)
                if ending == "complete":
                    self.assertIn(expected, err)

    def test_force_is_sent_and_wait_for_approval_waits(self):
        code, _, _ = self.publish(SUCCESS, "complete", extra=("--force",))
        self.assertEqual(code, 0)
        self.assertTrue(self.server.requests[0].variables["input"]["force"])
        approve = threading.Event()
        self.server.requests.clear()
        code, out, err = self.publish(WAITING, ("wait", approve), APPROVED, SUCCESS, "complete",
                                      extra=("--wait-for-approval",))
        # The run waits for the approval: it is given only once the waiting event was shown (no sleep: the
        # stream stays open until the test approves).
        self.assertEqual(code, 0, err)
        self.assertIn("├── ⏳ Your request is waiting for approval. Check Nitro to approve the request.\n"
                      "│   └── Breaking changes need an approval.\n"
                      "│       └── ✕ Object modified: Foo\n", err)
        self.assertIn("├── Your request has been approved.\n└── ✓ Published successfully.\n", err)
        self.assertTrue(self.server.requests[0].variables["input"]["waitForApproval"])

    def test_force_with_wait_for_approval_is_refused(self):
        code, out, err = self.nitro(*PUBLISH, "--force", "--wait-for-approval")
        self.assertEqual((code, out, err), (2, "", "error: The '--force' and '--wait-for-approval' options are "
                                                   "mutually exclusive.\n"))
        code, _, _ = self.nitro(*PUBLISH, "--force", env={"NITRO_WAIT_FOR_APPROVAL": "true"})
        self.assertEqual(code, 2)
        self.assertEqual(self.server.requests, [])

    def test_mutation_errors_exit_1_without_following(self):
        for typename, message in (("ApiNotFoundError", "API 'api-1' was not found."),
                                  ("StageNotFoundError", "Stage 'dev' was not found."),
                                  ("SchemaNotFoundError", "Schema not found.")):
            with self.subTest(typename=typename):
                self.server.requests.clear()
                self.server.answers["PublishSchemaVersion"] = {"data": {"publishSchema": {
                    "__typename": "PublishSchemaPayload", "id": "req-refused",
                    "errors": [{"__typename": typename, "message": message}]}}}
                self.assertEqual(self.nitro(*PUBLISH), (1, "", f"error: {message}\n"))
                self.assertEqual([r.operation for r in self.server.requests], ["PublishSchemaVersion"])
        self.server.answers["PublishSchemaVersion"] = {"data": {"publishSchema": {
            "__typename": "PublishSchemaPayload", "id": "req-refused",
            "errors": [{"__typename": "UnauthorizedOperation", "message": "Unauthorized."}]}}}
        self.assertEqual(self.nitro(*PUBLISH), (4, "", "error: Unauthorized.\n"))

    def test_malformed_events_fail_with_the_hint(self):
        cases = [
            b"event: next\ndata: {not json\n\n",
            sse_next({"data": {"onSchemaVersionPublishingUpdate": {"__typename": "OperationInProgress",
                                                                   "state": 42}}}),
            b"event: next\ndata: {\"data\": {\"onSchemaVersionPub",  # the server stops mid-event
        ]
        for raw in cases:
            with self.subTest(raw=raw[:40]):
                code, out, err = self.publish(PROCESSING, raw)
                self.assertEqual((code, out), (1, ""))
                self.assertIn("error: ", err)
                self.assertTrue(err.endswith(HINT), err)

    def test_an_oversized_event_is_refused(self):
        huge = b"event: next\ndata: " + b"x" * (20 << 20) + b"\n\n"
        code, out, err = self.publish(PROCESSING, huge)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("error: ", err)
        self.assertLess(len(err), 2000)
        self.assertTrue(err.endswith(HINT), err)

    def test_an_event_of_200_mb_stops_at_the_cap(self):
        """A 200 MB event, streamed as nitro reads it: nitro stops at its 16 MiB cap and says so, exit 1, nothing
        on stdout, and hangs up long before the server could send it all (its memory never holds the event)."""
        size = 200 << 20
        chunk = b"x" * (1 << 20)
        event = [b"event: next\ndata: "] + [chunk] * (size // len(chunk)) + [b"\n\n"]
        code, out, err = self.publish(PROCESSING, ("chunks", event), SUCCESS, "complete")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("error: The server sent an event larger than 16 MiB; the stream was stopped.\n", err)
        self.assertTrue(err.endswith(HINT), err)
        self.assertNotIn("Published", err)
        self.assertTrue(self.server.stream_ended.wait(30), "the server never learned that nitro hung up")
        # What nitro took before it stopped: the cap and what the socket buffers hold, nowhere near 200 MB.
        self.assertLess(self.server.stream_sent, 64 << 20)

    def test_a_silent_server_times_out(self):
        never = threading.Event()
        self.addCleanup(never.set)
        start = time.monotonic()
        code, out, err = self.publish(PROCESSING, ("wait", never), env={"NITRO_TIMEOUT": "1"})
        self.assertEqual((code, out), (1, ""))
        self.assertIn("error: ", err)
        self.assertTrue(err.endswith(HINT), err)
        self.assertLess(time.monotonic() - start, 15)

    def test_a_json_answer_instead_of_a_stream(self):
        self.server.answers["PublishSchemaVersion"] = PUBLISHED
        self.server.answers["OnSchemaVersionPublishUpdated"] = SUCCESS
        code, out, err = self.nitro(*PUBLISH)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["status"], "success")

    def test_ctrl_c_while_following_says_the_request_may_go_on(self):
        never = threading.Event()
        self.addCleanup(never.set)
        self.server.answers["PublishSchemaVersion"] = PUBLISHED
        self.server.streams["OnSchemaVersionPublishUpdated"] = [PROCESSING, ("wait", never)]
        proc = subprocess.Popen([str(h.NITRO_BIN), *PUBLISH], env=h.make_env(self.env()),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, cwd=h.scratch_dir())
        self.assertTrue(self.server.stream_started.wait(10))
        h.wait_for(lambda: len(self.server.requests) == 2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        self.assertEqual(proc.returncode, 130)
        self.assertEqual(out, b"")
        self.assertTrue(err.decode().endswith("Interrupted.\n" + HINT), err)


class ValidateAndClientTests(RegistryCase):
    def test_schema_validate_uploads_and_follows(self):
        self.server.answers["ValidateSchemaVersion"] = VALIDATING
        ev = lambda typename, **f: {"data": {"onSchemaVersionValidationUpdate": {"__typename": typename, **f}}}
        self.server.streams["OnSchemaVersionValidationUpdated"] = [
            ev("ValidationInProgress", state="PROCESSING"),
            ev("SchemaVersionValidationSuccess", state="SUCCESS", changes=[]), "complete"]
        code, out, err = self.nitro("schema", "validate", "--api-id", "api-1", "--stage", "prod",
                                    "--schema-file", self.schema)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"requestId": "req-2", "status": "success"})
        self.assertEqual(err, "Validating schema against stage 'prod' of API 'api-1'\n"
                              "├── Validation request created (ID: req-2).\n├── Validating...\n"
                              "└── ✓ Validation passed.\n")
        self.assertEqual(self.server.requests[0].parts[2]["filename"], "schema.graphql")
        self.assertEqual(self.server.requests[1].variables, {"requestId": "req-2"})

    def test_schema_validate_shows_the_changes_with_verbose_only(self):
        ev = {"data": {"onSchemaVersionValidationUpdate": {
            "__typename": "SchemaVersionValidationSuccess", "state": "SUCCESS",
            "changes": [{"__typename": "TypeSystemMemberAddedChange", "severity": "SAFE", "coordinate": "New"}]}}}
        args = ("schema", "validate", "--api-id", "api-1", "--stage", "prod", "--schema-file", self.schema)
        for verbose in (False, True):
            with self.subTest(verbose=verbose):
                self.server.answers["ValidateSchemaVersion"] = VALIDATING
                self.server.streams["OnSchemaVersionValidationUpdated"] = [ev, "complete"]
                code, _, err = self.nitro(*args, *(("--verbose",) if verbose else ()))
                self.assertEqual(code, 0, err)
                self.assertEqual("└── ✓ Validation passed.\n    └── ✓ Type system member added: New\n" in err,
                                 verbose, err)

    def test_schema_validate_failure(self):
        self.server.answers["ValidateSchemaVersion"] = VALIDATING
        self.server.streams["OnSchemaVersionValidationUpdated"] = [
            {"data": {"onSchemaVersionValidationUpdate": {
                "__typename": "SchemaVersionValidationFailed", "state": "FAILED", "errors": [
                    {"__typename": "InvalidGraphQLSchemaError", "message": "The schema is invalid.",
                     "errors": [{"__typename": "SchemaError", "message": "No implementation.",
                                 "code": "SCHEMA_INTERFACE_NO_IMPL"}]}]}}}, "complete"]
        code, out, err = self.nitro("schema", "validate", "--api-id", "api-1", "--stage", "prod",
                                    "--schema-file", self.schema)
        self.assertEqual((code, out), (1, ""))
        self.assertTrue(err.endswith("└── ✕ Validation failed.\n    └── The schema is invalid.\n"
                                     "        └── No implementation. (SCHEMA_INTERFACE_NO_IMPL)\n"
                                     "error: Schema validation failed.\n"), err)

    def test_client_upload_and_publish(self):
        operations = os.path.join(self.dir, "operations.json")
        with open(operations, "w", encoding="utf-8") as f:
            json.dump({"abc": "query A { a }"}, f)
        self.server.answers["UploadClient"] = {"data": {"uploadClient": {
            "__typename": "UploadClientPayload", "clientVersion": {"__typename": "ClientVersion", "id": "cv-1"},
            "errors": None}}}
        code, out, err = self.nitro("client", "upload", "--client-id", "c-1", "--tag", "v1",
                                    "--operations-file", operations)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out), {"clientVersionId": "cv-1", "clientId": "c-1", "tag": "v1"})
        self.assertEqual(self.server.requests[0].parts[2]["filename"], "operations.graphql")
        self.assertEqual(json.loads(self.server.requests[0].parts[1]["data"]),
                         {"0": ["variables.input.operations"]})
        self.server.answers["PublishClientVersion"] = {"data": {"publishClient": {
            "__typename": "PublishClientPayload", "id": "req-3", "errors": None}}}
        self.server.streams["OnClientVersionPublishUpdated"] = [
            {"data": {"onClientVersionPublishingUpdate": {"__typename": "ClientVersionPublishFailed",
                                                          "state": "FAILED", "errors": [
                {"__typename": "PersistedQueryValidationError", "message": "Invalid operations.",
                 "client": {"__typename": "Client", "id": "c-1", "name": "web"},
                 "queries": [{"__typename": "PersistedQueryError", "hash": "abc", "message": "Invalid operation.",
                              "deployedTags": ["1.0.0"], "errors": [
                                  {"__typename": "QueryError", "message": "foo", "code": None, "path": None,
                                   "locations": [{"__typename": "Location", "line": 10, "column": 10}]}]}]}]}}},
            "complete"]
        code, out, err = self.nitro("client", "publish", "--client-id", "c-1", "--tag", "v1", "--stage", "dev")
        self.assertEqual((code, out), (1, ""))
        self.assertTrue(err.endswith("└── ✕ The client version was rejected.\n"
                                     "    └── Invalid operations. (client 'web', ID: c-1)\n"
                                     "        └── Operation 'abc' (Deployed tags: 1.0.0)\n"
                                     "            └── foo (10:10)\n"
                                     "error: Client publish failed.\n"), err)


class PlainTerminalTests(RegistryCase):
    def test_ascii_marks_outside_utf8(self):
        self.server.answers["PublishSchemaVersion"] = PUBLISHED
        self.server.streams["OnSchemaVersionPublishUpdated"] = [FAILED, "complete"]
        code, _, err = self.nitro(*PUBLISH, env={"LANG": "C", "LC_ALL": "C"})
        self.assertEqual(code, 1)
        self.assertIn("`-- x The new schema version was rejected.\n"
                      "    `-- Schema version change violation\n"
                      "        |-- x Object modified: Foo\n"
                      "        |   |-- x Field removed: Foo.baz\n"
                      "        |   `-- ok Field added: Foo.bar\n", err)


if __name__ == "__main__":
    unittest.main()
