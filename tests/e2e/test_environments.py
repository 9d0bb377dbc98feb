"""nitro environment create | list | show in every mode against the emulator: the workspace from the option,
its environment variables or the session, the JSON shape the Nitro CLI prints, paging, the change errors, an
API key (which may not create environments) and one scoped to an API (which may not read them)."""

import json
import re

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r


class EnvironmentTestCase(r.RegistryTestCase):

    def create_environment(self, name, workspace=None):
        data = self.gql(r.CREATE_ENVIRONMENT, {"workspaceId": (workspace or self.team)["id"], "name": name})
        return r.plain_environment(data["pushWorkspaceChanges"]["changes"][0]["result"])

    def environments(self, workspace=None):
        data = self.gql(r.LIST_ENVIRONMENTS, {"workspaceId": (workspace or self.team)["id"], "after": None,
                                              "first": 50})
        return [r.plain_environment(e["node"]) for e in data["workspaceById"]["environments"]["edges"]]


class EnvironmentCreateTests(EnvironmentTestCase):

    def test_every_mode(self):
        for n, args in enumerate(((), ("--output", "json"))):
            with self.subTest(args=args):
                self.clear_requests()
                result = self.nitro("environment", "create", "--name", f"env-{n}", "--workspace-id",
                                    self.team["id"], *args)
                self.assertRequests((r.CREATE_ENVIRONMENT, {"workspaceId": self.team["id"], "name": f"env-{n}"}))
                created = self.environments()[-1]
                doc = self.assertJsonResult(result, created)
                self.assertEqual(list(doc), ["id", "name", "workspace"])
                self.assertEqual(result[1], json.dumps(created, indent=2) + "\n")

    def test_workspace_from_env_and_session(self):
        other = self.emulator.create_workspace("Other Team")
        self.set_default_workspace(other)
        self.clear_requests()
        rc, out, err = self.nitro("environment", "create", "--name", "from-session")
        self.assertEqual((rc, err), (0, ""), out)
        self.assertRequests((r.CREATE_ENVIRONMENT, {"workspaceId": other["id"], "name": "from-session"}))
        for var in ("NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID"):
            with self.subTest(var=var):
                self.clear_requests()
                rc, out, err = self.nitro("environment", "create", "--name", var, env={var: self.team["id"]})
                self.assertEqual((rc, err), (0, ""), out)
                self.assertRequests((r.CREATE_ENVIRONMENT, {"workspaceId": self.team["id"], "name": var}))

    def test_duplicate_name(self):
        self.create_environment("production")
        rc, out, err = self.nitro("environment", "create", "--name", "production", "--workspace-id",
                                  self.team["id"])
        self.assertResult((rc, out, err), 1,
                          stderr="error: An environment named 'production' already exists.\n")

    def test_missing_name(self):
        result = self.nitro("environment", "create", "--workspace-id", self.team["id"])
        self.assertResult(result, 2, stderr=h.usage_error("environment create", "Missing required option '--name'."))
        self.assertNothingSent()

    def test_interactive_asks_the_name(self):
        self.set_default_workspace(self.team)
        child = self.spawn("environment", "create")
        self.expect_exact(child, "Name")
        child.sendline("typed")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Created environment 'typed'.", text)
        self.assertRegex(text, r"(?m)^Workspace:\s+Team Nitro\r$")
        self.assertEqual([e["name"] for e in self.environments()], ["typed"])


class EnvironmentListShowTests(EnvironmentTestCase):

    def setUp(self):
        super().setUp()
        self.made = [self.create_environment(f"env-{n:02}") for n in range(11)]

    def test_list_pages(self):
        rc, out, err = self.nitro("environment", "list", "--workspace-id", self.team["id"], "--output", "json")
        self.assertEqual((rc, err), (0, ""), out)
        doc = json.loads(out)
        self.assertEqual(list(doc), ["values", "cursor"])
        self.assertEqual(doc["values"], self.made[:10])
        self.assertRequests((r.LIST_ENVIRONMENTS, {"workspaceId": self.team["id"], "after": None, "first": 10}))
        rc, out, err = self.nitro("environment", "list", "--workspace-id", self.team["id"], "--cursor",
                                  doc["cursor"], "--output", "json")
        self.assertEqual(json.loads(out)["values"], self.made[10:])
        rc, out, err = self.nitro("environment", "list", "--all", "--output", "json",
                                  env={"NITRO_WORKSPACE_ID": self.team["id"]})
        self.assertEqual(json.loads(out)["values"], self.made)

    def test_list_without_workspace(self):
        rc, out, err = self.nitro("environment", "list")
        self.assertEqual((rc, out), (2, ""), err)
        self.assertIn(h.MSG_NO_WORKSPACE_FOR_KEY, err)
        self.assertOnlyIdentityAsked()

    def test_list_table(self):
        self.set_default_workspace(self.team)
        child = self.spawn("environment", "list")
        self.expect_exact(child, "Environments")
        self.expect_exact(child, "env-09")
        child.send("q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)

    def test_show(self):
        env = self.made[3]
        for args in ((), ("--output", "json")):
            with self.subTest(args=args):
                self.clear_requests()
                self.assertJsonResult(self.nitro("environment", "show", env["id"], *args), env)
                self.assertRequests((r.SHOW_ENVIRONMENT, {"workspaceId": env["id"]}))
        child = self.spawn("environment", "show", env["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRegex(text, r"(?m)^Name:\s+env-03\r$")

    def test_show_not_found(self):
        unknown = h.relay_id("Environment", 999)
        result = self.nitro("environment", "show", unknown)
        self.assertResult(result, 1, stderr=f"error: The environment with ID '{unknown}' was not found.\n")

    def test_a_key_scoped_to_an_api_may_not_read_them(self):
        key = self.scoped_key(self.api["id"])
        rc, out, err = self.nitro("environment", "list", "--workspace-id", self.team["id"],
                                  env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""), err)
        self.assertTrue(err.startswith("error: "), err)

    def test_an_api_key_may_not_create_them(self):
        key = self.emulator.create_api_key("ws", self.team["id"], key=self.pat)
        self.remember_secret(key["secret"])
        self.clear_requests()
        rc, out, err = self.nitro("environment", "create", "--name", "by-key", "--workspace-id", self.team["id"],
                                  env={"NITRO_API_KEY": key["secret"]})
        self.assertNotEqual(rc, 0, (out, err))
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("error: "), err)
        self.assertEqual(len(self.environments()), 11)
