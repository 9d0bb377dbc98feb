"""nitro client unpublish (one request for each --tag) and client list versions | published-versions (the first
page from ShowClientCommandQuery, the next ones from PageClientVersionDetailQuery) against the emulator's
registry: real versions uploaded and published by nitro, the JSON shapes the Nitro CLI prints, paging, payload
errors, a failure after some tags (what the server did is named), and `client list` still a command of its own."""

import json
import os
import tempfile

import pexpect

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r

UNPUBLISH = "UnpublishClient"
h.OPERATION_FILES[UNPUBLISH] = "unpublish-client.graphql"
h.PUBLISHED_IDS[UNPUBLISH] = r._PUBLISHED[UNPUBLISH]["hash"]
SCHEMA = "type Query { hello: String }\n"


class ClientVersionsCase(r.RegistryTestCase):
    """An API with the stages dev and prod, its schema published on both, and a client `web`."""

    def setUp(self):
        super().setUp()
        self.set_stages([("dev", None), ("prod", None)])
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        schema = self.file("schema.graphql", SCHEMA)
        for args in (("schema", "upload", "--api-id", self.api["id"], "--tag", "s1", "--schema-file", schema),
                     ("schema", "publish", "--api-id", self.api["id"], "--tag", "s1", "--stage", "dev"),
                     ("schema", "publish", "--api-id", self.api["id"], "--tag", "s1", "--stage", "prod")):
            self.run_ok(*args)
        self.client = self.create_client("web")["id"]
        self.operations = self.file("operations.json", json.dumps({"h1": "query A { hello }"}))
        self.clear_requests()

    def file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def run_ok(self, *args):
        code, out, err = self.nitro(*args)
        self.assertEqual(code, 0, err)
        return out

    def upload(self, *tags):
        for tag in tags:
            self.run_ok("client", "upload", "--client-id", self.client, "--tag", tag,
                        "--operations-file", self.operations)
        self.clear_requests()

    def publish(self, tag, stage):
        self.run_ok("client", "publish", "--client-id", self.client, "--tag", tag, "--stage", stage)
        self.clear_requests()

    def versions(self, *extra, command="versions"):
        code, out, err = self.nitro("client", "list", command, "--client-id", self.client, *extra)
        self.assertEqual((code, err), (0, ""), out)
        return json.loads(out)

    def published(self, stage):
        """The tags published on a stage, from the emulator's REST download of its persisted queries."""
        status, _, body = self.emulator.http("GET", f"/api/v1/apis/{self.api['id']}/persistedQueries?stage={stage}",
                                             headers={"CCC-api-key": self.pat})
        self.assertEqual(status, 200, body)
        data = self.gql(r.SHOW_CLIENT, {"clientId": self.client})
        return sorted(e["node"]["tag"] for e in data["node"]["versions"]["edges"]
                      if stage in [p["stage"]["name"] for p in e["node"]["publishedTo"]])


class ClientUnpublishTests(ClientVersionsCase):

    def unpublish(self, *args, env=None):
        return self.nitro("client", "unpublish", "--client-id", self.client, "--stage", "dev", *args, env=env)

    def test_each_tag_is_one_request_and_says_its_line(self):
        self.upload("v1", "v2", "v3")
        for tag in ("v1", "v2", "v3"):
            self.publish(tag, "dev")
        result = self.unpublish("--tag", "v1", "--tag", "v3", "--force")
        # Progress on stderr in every mode; the closing line of success is a terminal's (as for every command).
        self.assertResult(result, 0, stdout="{}\n",
                          stderr="✓ Unpublished web:v1 from dev\n✓ Unpublished web:v3 from dev\n")
        self.assertRequests(
            (UNPUBLISH, {"input": {"clientId": self.client, "stage": "dev", "tag": "v1"}}),
            (UNPUBLISH, {"input": {"clientId": self.client, "stage": "dev", "tag": "v3"}}))
        self.assertEqual(self.published("dev"), ["v2"])

    def test_several_values_after_one_option_and_from_the_environment(self):
        self.upload("v1", "v2", "v3")
        for tag in ("v1", "v2", "v3"):
            self.publish(tag, "dev")
        code, out, err = self.unpublish("--tag", "v1", "v2", "--force", "--output", "json")
        self.assertEqual((code, out), (0, "{}\n"), err)
        self.assertEqual([b["variables"]["input"]["tag"] for b in self.assertRequests(
            (UNPUBLISH, None), (UNPUBLISH, None))], ["v1", "v2"])
        self.clear_requests()
        code, out, err = self.unpublish("--force", env={"NITRO_TAG": "v3"})
        self.assertEqual((code, out), (0, "{}\n"), err)
        self.assertRequests((UNPUBLISH, {"input": {"clientId": self.client, "stage": "dev", "tag": "v3"}}))
        self.assertEqual(self.published("dev"), [])

    def test_a_failure_after_some_tags_names_what_the_server_did(self):
        self.upload("v1", "v2")
        self.publish("v1", "dev")
        result = self.unpublish("--tag", "v1", "v2", "v1", "--force")
        message = "The client version 'v2' was not found."
        self.assertResult(result, 1, stderr=(
            "✓ Unpublished web:v1 from dev\n"
            f"error: {message}\n"
            "  hint: Unpublished from stage 'dev' before this failure: v1.\n"))
        # The first failure ends it: the third tag is never sent.
        self.assertEqual(len(self.requests(UNPUBLISH)), 2)

    def test_the_first_failing_tag_says_no_hint(self):
        self.upload("v1")
        result = self.unpublish("--tag", "v1", "--force")
        self.assertResult(result, 1, stderr="error: The client version 'v1' was not found.\n")

    def test_an_unknown_stage_and_a_key_outside_its_scope(self):
        self.upload("v1")
        self.publish("v1", "dev")
        result = self.nitro("client", "unpublish", "--client-id", self.client, "--stage", "qa", "--tag", "v1",
                            "--force")
        self.assertEqual(result[0], 1)
        self.assertIn("qa", result[2])
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        code, _, err = self.unpublish("--tag", "v1", "--force", env={"NITRO_API_KEY": key})
        self.assertEqual(code, 4, err)
        self.assertEqual(self.published("dev"), ["v1"])

    def test_missing_options_and_the_confirmation(self):
        self.assertResult(self.nitro("client", "unpublish", "--client-id", self.client, "--stage", "dev"), 2,
                          stderr=h.usage_error("client unpublish", "Missing required option '--tag'."))
        code, _, err = self.unpublish("--tag", "")
        self.assertEqual(code, 2, err)
        self.assertIn("it must not be empty", err)
        code, _, err = self.unpublish("--tag", "v1")  # no terminal, no --force
        self.assertEqual(code, 2, err)
        self.assertIn("--force", err)
        self.assertNothingSent()

    def test_help_shows_the_repeatable_option(self):
        code, out, _ = self.nitro("client", "unpublish", "--help")
        self.assertEqual(code, 0)
        self.assertIn("--tag <tag>...", out)
        self.assertIn("One or more client version tags to unpublish.", out)

    def test_a_terminal_confirms_and_enter_declines(self):
        self.upload("v1")
        self.publish("v1", "dev")
        child = self.spawn("client", "unpublish", "--client-id", self.client, "--stage", "dev", "--tag", "v1")
        child.expect_exact("Do you want to unpublish the given tags of client")
        child.sendline("")
        child.expect_exact("Aborted.")
        child.expect(pexpect.EOF)
        child.close()
        self.assertEqual(child.exitstatus, 1)
        self.assertEqual(self.published("dev"), ["v1"])
        child = self.spawn("client", "unpublish", "--client-id", self.client, "--stage", "dev", "--tag", "v1")
        child.expect_exact("Do you want to unpublish the given tags of client")
        child.sendline("y")
        child.expect_exact("Unpublished web:v1 from dev")
        child.expect_exact(f"Unpublished client '{self.client}' from stage 'dev'.")
        child.expect(pexpect.EOF)
        child.close()
        self.assertEqual(child.exitstatus, 0)
        self.assertEqual(self.published("dev"), [])


class ClientListVersionsTests(ClientVersionsCase):

    def test_versions_and_their_stages(self):
        self.upload("v1", "v2", "v3")
        self.publish("v1", "dev")
        self.publish("v1", "prod")
        self.publish("v3", "dev")
        doc = self.versions()
        self.assertEqual(list(doc), ["values", "cursor"])
        self.assertEqual([(v["tag"], v["stages"]) for v in doc["values"]],
                         [("v1", ["dev", "prod"]), ("v2", []), ("v3", ["dev"])])
        self.assertEqual(list(doc["values"][0]), ["tag", "createdAt", "stages"])
        self.assertRegex(doc["values"][0]["createdAt"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$")
        self.assertRequests((r.SHOW_CLIENT, {"clientId": self.client}))
        doc = self.versions(command="published-versions")
        self.assertEqual([(v["tag"], v["stages"]) for v in doc["values"]], [("v1", ["dev", "prod"]), ("v3", ["dev"])])

    def test_pages_after_the_first_come_from_the_page_query(self):
        tags = [f"v{n:02}" for n in range(1, 13)]
        self.upload(*tags)
        self.publish("v12", "dev")
        first = self.versions()
        self.assertEqual([v["tag"] for v in first["values"]], tags[:10])
        self.clear_requests()
        second = self.versions("--cursor", first["cursor"])
        self.assertEqual([v["tag"] for v in second["values"]], tags[10:])
        self.assertRequests((r.PAGE_CLIENT_VERSIONS, {"id": self.client, "after": first["cursor"]}))
        self.clear_requests()
        everything = self.versions("--all")
        self.assertEqual([v["tag"] for v in everything["values"]], tags)
        self.assertIsNone(everything["cursor"])
        self.assertEqual([q["operationName"] for q in self.requests()], [r.SHOW_CLIENT, r.PAGE_CLIENT_VERSIONS])
        # published-versions filters each page: the first is empty, the second holds v12.
        page = self.versions(command="published-versions")
        self.assertEqual((page["values"], page["cursor"]), ([], first["cursor"]))
        self.assertEqual([v["tag"] for v in self.versions("--all", command="published-versions")["values"]],
                         ["v12"])
        limited = self.versions("--limit", "3")
        self.assertEqual([v["tag"] for v in limited["values"]], tags[:3])

    def test_an_unknown_client(self):
        unknown = h.relay_id("Client", 999)
        result = self.nitro("client", "list", "versions", "--client-id", unknown)
        self.assertResult(result, 1, stderr=f"error: The client with ID '{unknown}' was not found.\n")

    def test_client_list_is_still_a_command_and_a_group(self):
        code, out, err = self.nitro("client", "list", "--api-id", self.api["id"])
        self.assertEqual((code, err), (0, ""), out)
        self.assertEqual([c["name"] for c in json.loads(out)["values"]], ["web"])
        code, out, err = self.nitro("--output", "json", "client", "list", "--api-id", self.api["id"])
        self.assertEqual((code, err), (0, ""), out)
        code, out, _ = self.nitro("client", "list", "--help")
        self.assertEqual(code, 0)
        self.assertIn("nitro client list [<command>] [options]", out)
        self.assertIn("--api-id <api-id>", out)
        self.assertIn("Commands:", out)
        self.assertIn("published-versions", out)
        result = self.nitro("client", "list", "version", "--client-id", self.client)
        self.assertEqual(result[0], 2)
        self.assertIn("unexpected argument 'version'", result[2])
        result = self.nitro("client", "list", "versions")
        self.assertResult(result, 2, stderr=h.usage_error("client list versions",
                                                          "Missing required option '--client-id'."))

    def test_a_terminal_shows_a_table(self):
        self.upload("v1")
        child = self.spawn("client", "list", "versions", "--client-id", self.client)
        child.expect_exact("Versions of client")
        child.expect_exact("v1")
        child.send("q")
        child.expect(pexpect.EOF)
        child.close()
        self.assertEqual(child.exitstatus, 0)
