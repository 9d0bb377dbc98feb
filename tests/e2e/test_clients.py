"""nitro client create | delete | show | list in every mode (no terminal, --output json, a pseudo-terminal) against
the emulator: options and their environment variables, the JSON shape the Nitro CLI prints, paging, the
confirmation of a delete, every payload error, and an API key scoped to another API."""

import json
import re

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r


class ClientCreateTests(r.RegistryTestCase):

    def test_shape_and_request(self):
        result = self.nitro("client", "create", "--api-id", self.api["id"], "--name", "web", "--output", "json")
        self.assertRequests((r.CREATE_CLIENT, {"input": {"apiId": self.api["id"], "name": "web"}}))
        [client] = self.clients()
        doc = self.assertJsonResult(result, client)
        self.assertEqual(list(doc), ["id", "name", "api"])
        self.assertEqual(doc["api"], {"name": "registry"})
        # Byte for byte as the Nitro CLI writes it: two-space indent, camelCase keys.
        self.assertEqual(result[1], json.dumps(client, indent=2) + "\n")

    def test_without_a_terminal(self):
        rc, out, err = self.nitro("client", "create", "--api-id", self.api["id"], "--name", "web")
        self.assertEqual((rc, err), (0, ""), out)
        [client] = self.clients()
        self.assertEqual(json.loads(out), client)

    def test_environment_variables(self):
        for env in ({"NITRO_API_ID": self.api["id"], "NITRO_CLIENT_NAME": "nitro"},
                    {"BARISTA_API_ID": self.api["id"], "BARISTA_CLIENT_NAME": "barista"}):
            with self.subTest(env=env):
                self.clear_requests()
                name = env.get("NITRO_CLIENT_NAME") or env["BARISTA_CLIENT_NAME"]
                rc, out, err = self.nitro("client", "create", env=env)
                self.assertEqual((rc, err), (0, ""), out)
                self.assertRequests((r.CREATE_CLIENT, {"input": {"apiId": self.api["id"], "name": name}}))

    def test_missing_options(self):
        result = self.nitro("client", "create", "--name", "web")
        self.assertResult(result, 2, stderr=h.usage_error("client create", "Missing required option '--api-id'."))
        result = self.nitro("client", "create", "--api-id", self.api["id"])
        self.assertResult(result, 2, stderr=h.usage_error("client create", "Missing required option '--name'."))
        self.assertNothingSent()

    def test_unknown_api(self):
        unknown = h.relay_id("Api", 999)
        kind, message = self.server_error(r.CREATE_CLIENT, {"input": {"apiId": unknown, "name": "web"}})
        self.assertEqual(kind, "ApiNotFoundError")
        result = self.nitro("client", "create", "--api-id", unknown, "--name", "web")
        self.assertResult(result, 1, stderr=f"error: {message}\n")

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        kind, message = self.server_error(r.CREATE_CLIENT, {"input": {"apiId": self.api["id"], "name": "web"}},
                                          key=key)
        self.assertEqual(kind, "UnauthorizedOperation")
        result = self.nitro("client", "create", "--api-id", self.api["id"], "--name", "web",
                            env={"NITRO_API_KEY": key})
        # nitro's rule: a refusal of the credentials is exit 4 (the Nitro CLI exits 1).
        self.assertResult(result, 4, stderr=f"error: {message}\n")
        self.assertEqual(self.clients(), [])

    def test_a_key_scoped_to_the_api_creates(self):
        key = self.scoped_key(self.api["id"])
        rc, out, err = self.nitro("client", "create", "--api-id", self.api["id"], "--name", "ci",
                                  "--output", "json", env={"NITRO_API_KEY": key})
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out)["name"], "ci")

    def test_unauthenticated(self):
        result = self.nitro("client", "create", "--api-id", self.api["id"], "--name", "web", auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    def test_interactive_picks_the_api_and_asks_the_name(self):
        self.set_default_workspace(self.team)
        child = self.spawn("client", "create")
        self.expect_exact(child, "For which API do you want to create a client?")
        self.expect(child, r"(\d+)\) registry  \(registry\)\r\n", what="the API in the picker, with its path")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)
        self.expect_exact(child, "Name")
        child.sendline("typed")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Created client 'typed'.", text)
        [client] = self.clients()
        self.assertEqual(client["name"], "typed")


class ClientShowTests(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.client = self.create_client("web")

    def test_every_mode(self):
        for args in ((), ("--output", "json")):
            with self.subTest(args=args):
                self.clear_requests()
                result = self.nitro("client", "show", self.client["id"], *args)
                self.assertJsonResult(result, self.client)
                self.assertRequests((r.SHOW_CLIENT, {"clientId": self.client["id"]}))

    def test_terminal(self):
        child = self.spawn("client", "show", self.client["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRegex(text, r"(?m)^Id:\s+" + self.client["id"] + "\r$")
        self.assertRegex(text, r"(?m)^Name:\s+web\r$")
        self.assertRegex(text, r"(?m)^Api:\s+registry\r$")

    def test_not_found(self):
        unknown = h.relay_id("Client", 999)
        result = self.nitro("client", "show", unknown)
        self.assertResult(result, 1, stderr=f"error: The client with ID '{unknown}' was not found.\n")

    def test_a_key_scoped_to_another_api_is_refused(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        rc, out, err = self.nitro("client", "show", self.client["id"], env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""), err)
        self.assertTrue(err.startswith("error: "), err)


class ClientListTests(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.made = [self.create_client(f"client-{n:02}") for n in range(12)]

    def test_first_page_and_cursor(self):
        rc, out, err = self.nitro("client", "list", "--api-id", self.api["id"], "--output", "json")
        self.assertEqual((rc, err), (0, ""), out)
        doc = json.loads(out)
        self.assertEqual(list(doc), ["values", "cursor"])
        self.assertEqual(doc["values"], self.made[:10])
        self.assertIsNotNone(doc["cursor"])
        self.assertRequests((r.LIST_CLIENTS, {"apiId": self.api["id"], "after": None, "first": 10}))
        self.clear_requests()
        rc, out, err = self.nitro("client", "list", "--api-id", self.api["id"], "--cursor", doc["cursor"],
                                  "--output", "json")
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out)["values"], self.made[10:])

    def test_all(self):
        rc, out, err = self.nitro("client", "list", "--api-id", self.api["id"], "--all", "--output", "json")
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out)["values"], self.made)

    def test_env_api_id(self):
        rc, out, err = self.nitro("client", "list", "--output", "json", env={"BARISTA_API_ID": self.api["id"]})
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(len(json.loads(out)["values"]), 10)

    def test_missing_api_id(self):
        self.assertResult(self.nitro("client", "list"), 2,
                          stderr=h.usage_error("client list", "Missing required option '--api-id'.",
                                               usage="nitro client list [<command>] [options]"))

    def test_unknown_api(self):
        unknown = h.relay_id("Api", 999)
        result = self.nitro("client", "list", "--api-id", unknown)
        self.assertResult(result, 1, stderr=f"error: The API with ID '{unknown}' was not found.\n")

    def test_table_on_a_terminal(self):
        child = self.spawn("client", "list", "--api-id", self.api["id"])
        self.expect_exact(child, "Clients of API")
        self.expect_exact(child, "client-09")
        child.send("q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)


class ClientDeleteTests(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.client = self.create_client("doomed")

    def test_force(self):
        for args in (("--force",), ("--force", "--output", "json")):
            with self.subTest(args=args):
                self.reset_client()
                result = self.nitro("client", "delete", self.client["id"], *args)
                self.assertJsonResult(result, self.client)
                self.assertRequests((r.DELETE_CLIENT, {"input": {"clientId": self.client["id"]}}))
                self.assertEqual(self.clients(), [])

    def reset_client(self):
        if not self.clients():
            self.client = self.create_client("doomed")
        self.clear_requests()

    def test_without_force_and_terminal(self):
        rc, out, err = self.nitro("client", "delete", self.client["id"])
        self.assertEqual((rc, out), (2, ""), err)
        self.assertIn(h.MSG_CONFIRM_NON_INTERACTIVE, err)
        self.assertNothingSent()

    def test_not_found(self):
        unknown = h.relay_id("Client", 999)
        kind, message = self.server_error(r.DELETE_CLIENT, {"input": {"clientId": unknown}})
        self.assertEqual(kind, "ClientNotFoundError")
        result = self.nitro("client", "delete", unknown, "--force")
        self.assertResult(result, 1, stderr=f"error: {message}\n")

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        kind, message = self.server_error(r.DELETE_CLIENT, {"input": {"clientId": self.client["id"]}}, key=key)
        self.assertEqual(kind, "UnauthorizedOperation")
        result = self.nitro("client", "delete", self.client["id"], "--force", env={"NITRO_API_KEY": key})
        self.assertResult(result, 4, stderr=f"error: {message}\n")
        self.assertEqual(self.clients(), [self.client])

    def test_declined_on_a_terminal(self):
        child = self.spawn("client", "delete", self.client["id"])
        # The question names the client, read with the published show query (only to ask: --force sends
        # nothing but the mutation).
        self.expect_exact(child, f"Do you want to delete the client '{self.client['name']}' with ID "
                                 f"{self.client['id']}?")
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("Aborted.", text)
        self.assertEqual([q["operationName"] for q in self.requests()], ["ShowClientCommandQuery"])
        self.assertEqual(self.clients(), [self.client])

    def test_confirmed_on_a_terminal(self):
        child = self.spawn("client", "delete", self.client["id"])
        self.expect_exact(child, f"Do you want to delete the client '{self.client['name']}' with ID "
                                 f"{self.client['id']}?")
        self.expect_exact(child, "]: ")
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn(f"✓ Deleted client '{self.client['id']}'.", text)
        self.assertEqual(self.clients(), [])
