"""nitro workspace create | show | set-default | current in every mode (no terminal, --output json, a
pseudo-terminal): the default workspace and the session file, payload errors, not-found answers, the picker, and
the published id of every document sent. (`workspace list` is covered by test_workspace.py.)"""

import json
import os
import re

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

MISSING_NAME = "Missing required option '--name'."
DEFAULT_QUESTION = "Set as default workspace?"
PICKER_QUESTION = "Which workspace do you want to use as your default?"
NO_DEFAULT = "No workspace selected. Run 'nitro workspace set-default' to set a default."


def not_found(workspace_id):
    return f"error: The workspace with ID '{workspace_id}' was not found.\n"


class WorkspaceTestCase(h.ResourceTestCase):

    def legacy_session(self, workspace=None):
        """A session file as the Nitro CLI writes it (signed in with the dev user's access token), with keys nitro
        does not know."""
        workspace = workspace or self.personal
        return {"sessionId": "sid-1", "subjectId": "VXNlcjox", "tenant": "nitro-dev",
                "identityServer": self.emulator.base_url, "apiUrl": self.emulator.base_url,
                "email": "dev@nitro.local",
                "tokens": {"accessToken": self.access_token, "idToken": "x.y.z", "refreshToken": "unused",
                           "expiresAt": "2099-01-01T00:00:00.0000000+00:00"},
                "workspace": {"id": workspace["id"], "name": workspace["name"]},
                "defaultApiId": "QXBpOjE=", "defaultStage": "production"}

    def clear_session(self):
        try:
            os.remove(h.session_file(self.config_home))
        except FileNotFoundError:
            pass

    def workspace_named(self, name):
        found = [w for w in self.emulator.list_workspaces() if w["name"] == name]
        self.clear_requests()
        self.assertEqual(len(found), 1, f"one workspace named {name!r}")
        return found[0]

    def workspace_names(self):
        names = [w["name"] for w in self.emulator.list_workspaces()]
        self.clear_requests()
        return names


class WorkspaceCreateTests(WorkspaceTestCase):

    def create(self, *args, name="New Team", stderr="", env=None):
        """`workspace create ARGS` succeeds: the one request, the JSON of the new workspace; returns it."""
        result = self.nitro("workspace", "create", *args, env=env)
        self.assertEqual(result[0], 0, result)
        self.assertRequests((h.CREATE_WORKSPACE, {"input": {"name": name}}))
        created = self.workspace_named(name)
        self.assertFalse(created["personal"])
        self.assertJsonResult(result, created, stderr=stderr)
        return created

    def test_default_false_leaves_the_session_alone(self):
        self.create("--name", "New Team", "--default", "false")
        self.assertIsNone(self.session())

    def test_without_default_and_without_a_terminal_it_is_not_the_default(self):
        self.set_default_workspace(self.team)
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                self.reset()
                self.clear_requests()
                self.create("--name", "New Team", *args)
                self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})

    def test_default_makes_it_the_default_workspace(self):
        for args in (["--default"], ["--default=true"], ["--default", "true"], ["--default", "--output", "json"]):
            with self.subTest(args=args):
                self.reset()
                self.clear_requests()
                self.set_default_workspace(self.team)
                created = self.create("--name", "New Team", *args, stderr="New Team set as default workspace\n")
                self.assertEqual(self.session(), {"workspace": {"id": created["id"], "name": "New Team"}})

    def test_default_equals_false(self):
        self.set_default_workspace(self.team)
        self.create("--name", "New Team", "--default=false")
        self.assertEqual(self.session()["workspace"]["id"], self.team["id"])

    def test_default_keeps_what_nitro_does_not_know_in_the_session(self):
        legacy = self.legacy_session()
        self.write_session(legacy)
        created = self.create("--name", "New Team", "--default", stderr="New Team set as default workspace\n",
                              env={"NITRO_API_KEY": self.pat})
        session = self.session()
        self.assertEqual(session["workspace"], {"id": created["id"], "name": "New Team"})
        legacy.pop("workspace")
        session.pop("workspace")
        self.assertEqual(session, legacy)

    def test_signed_in_with_a_session_instead_of_an_api_key(self):
        self.write_session(self.legacy_session())
        result = self.nitro("workspace", "create", "--name", "Via Session", "--default", "false",
                            env={"NITRO_API_KEY": None})
        self.assertEqual(result[0], 0, result)
        reqs = self.requests()
        self.assertEqual([r["operationName"] for r in reqs], [h.CREATE_WORKSPACE])
        self.assertEqual(reqs[0]["headers"].get("authorization"), f"Bearer {self.access_token}")
        self.assertNotIn("ccc-api-key", reqs[0]["headers"])
        self.assertEqual(reqs[0]["json"]["query"], h.operation_document(h.CREATE_WORKSPACE))
        self.assertEqual(reqs[0]["json"]["variables"], {"input": {"name": "Via Session"}})
        self.assertPublished(reqs[0])
        self.clear_requests()
        self.assertJsonResult(result, self.workspace_named("Via Session"))

    def test_the_name_round_trips(self):
        name = 'Équipe ✓ "quoted" back\\slash'
        self.create("--name", name, "--default", "false", name=name)

    def test_missing_name(self):
        for args in ([], ["--default"], ["--default", "false", "--output", "json"]):
            with self.subTest(args=args):
                self.assertResult(self.nitro("workspace", "create", *args), 2,
                                  stderr=h.usage_error("workspace create", MISSING_NAME))
                self.assertNothingSent()

    def test_without_credentials(self):
        result = self.nitro("workspace", "create", "--name", "x", "--default", "false", auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    # -- payload errors --
    def refused(self, name, expected_type, key=None):
        variables = {"input": {"name": name}}
        typename, message = self.server_error(h.CREATE_WORKSPACE, variables, key=key)
        self.assertEqual(typename, expected_type)
        self.set_default_workspace(self.team)
        env = {"NITRO_API_KEY": key} if key else None
        result = self.nitro("workspace", "create", "--name", name, "--default", env=env)
        refused = expected_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
        self.assertResult(result, 4 if refused else 1, stderr=f"error: {message}\n")  # both types are verbatim
        self.assertRequests((h.CREATE_WORKSPACE, variables), key=key)
        self.assertEqual(self.workspace_names(), ["Dev User", "Team Nitro"])
        self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})

    def test_blank_name(self):
        # Refused before anything is sent (`non-empty` in the spec).
        code, out, err = self.nitro("workspace", "create", "--name", "   ", "--default", "false")
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn("must not be empty", err)
        self.assertNothingSent()

    def test_an_api_key_cannot_create_workspaces(self):
        self.refused("By Key", "UnauthorizedOperation", key=self.api_key)

    def test_injected_errors(self):
        for error_type in ("UnauthorizedOperation", "ValidationError"):
            with self.subTest(type=error_type):
                message = f"Injected {error_type} for the test."
                self.fault("payload_error", type=error_type, message=message, operation=h.CREATE_WORKSPACE)
                result = self.nitro("workspace", "create", "--name", "x", "--default", "false")
                self.clear_faults()
                refused = error_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertResult(result, 4 if refused else 1, stderr=f"error: {message}\n")
                self.assertRequests((h.CREATE_WORKSPACE, {"input": {"name": "x"}}))
                self.clear_requests()

    def test_an_error_type_nitro_does_not_know(self):
        self.fault("unknown_typename", message="A future failure.", operation=h.CREATE_WORKSPACE)
        result = self.nitro("workspace", "create", "--name", "x", "--default", "false")
        self.assertResult(result, 1, stderr="error: Unexpected mutation error: A future failure.\n")

    def test_null_payload(self):
        self.fault("null_payload", operation=h.CREATE_WORKSPACE)
        result = self.nitro("workspace", "create", "--name", "x", "--default")
        self.assertResult(result, 1, stderr=f"error: {h.MSG_NO_DATA}\n")
        self.assertRequests((h.CREATE_WORKSPACE, {"input": {"name": "x"}}))
        self.assertIsNone(self.session())


class WorkspaceCreateInteractiveTests(WorkspaceTestCase):

    def test_ctrl_c_at_the_default_question(self):
        child = self.spawn("workspace", "create", "--name", "interrupted")
        self.expect_exact(child, DEFAULT_QUESTION)
        child.sendintr()
        code, text = self.finish(child)
        self.assertEqual(code, 130, text)
        self.assertEqual(text.count("Interrupted."), 1, text)
        self.assertNothingSent()

    def test_prompts_for_the_name_and_the_default(self):
        for answer, becomes_default in (("y", True), ("n", False), ("", False)):
            with self.subTest(answer=answer):
                self.reset()
                self.set_default_workspace(self.team)
                self.clear_requests()
                child = self.spawn("workspace", "create")
                self.expect_exact(child, "Name")
                self.assertNothingSent()
                child.sendline(f"Typed {answer or 'enter'}")
                self.expect_exact(child, DEFAULT_QUESTION)
                self.assertNothingSent()
                child.sendline(answer)
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                name = f"Typed {answer or 'enter'}"
                self.assertIn(f"✓ Created workspace '{name}'.", text)
                self.assertRequests((h.CREATE_WORKSPACE, {"input": {"name": name}}))
                created = self.workspace_named(name)
                expected = created if becomes_default else self.team
                self.assertEqual(self.session(), {"workspace": {"id": expected["id"], "name": expected["name"]}})
                self.assertEqual(f"{name} set as default workspace" in text, becomes_default, text)

    def test_default_given_on_the_command_line_is_not_asked(self):
        for args, becomes_default in ((["--default"], True), (["--default", "false"], False)):
            with self.subTest(args=args):
                self.reset()
                self.clear_session()
                self.clear_requests()
                child = self.spawn("workspace", "create", "--name", "Given", *args)
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                self.assertNotIn(DEFAULT_QUESTION, text)
                self.assertRequests((h.CREATE_WORKSPACE, {"input": {"name": "Given"}}))
                session = self.session()
                self.assertEqual(session is not None and session["workspace"]["name"] == "Given", becomes_default)

    def test_output_json_in_a_terminal_asks_nothing(self):
        child = self.spawn("workspace", "create", "--name", "Quiet", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn(DEFAULT_QUESTION, text)
        self.assertEqual(h.json_objects(text), [self.workspace_named("Quiet")])
        self.assertIsNone(self.session())
        child = self.spawn("workspace", "create", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: " + MISSING_NAME, text)
        self.assertNotIn("Name:", text)

    def test_the_default_is_announced_after_the_workspace_is_created(self):
        child = self.spawn("workspace", "create", "--name", "Ordered", "--default")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        created = text.find("✓ Created workspace 'Ordered'.")
        announced = text.find("Ordered set as default workspace")
        self.assertGreaterEqual(created, 0, text)
        self.assertGreater(announced, created, f"the workspace is made the default once it exists:\n{text}")

    def test_the_created_workspace_is_shown(self):
        child = self.spawn("workspace", "create", "--name", "Shown", "--default", "false")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        created = self.workspace_named("Shown")
        self.assertRegex(text, rf"Id:\s+{re.escape(created['id'])}\r\n")
        self.assertRegex(text, r"Name:\s+Shown\r\n")
        self.assertRegex(text, r"Personal:\s+No\r\n")


class WorkspaceShowTests(WorkspaceTestCase):

    def test_show(self):
        for workspace in (self.team, self.personal):
            for args in ([], ["--output", "json"]):
                with self.subTest(workspace=workspace["name"], args=args):
                    self.clear_requests()
                    result = self.nitro("workspace", "show", workspace["id"], *args)
                    self.assertJsonResult(result, workspace)
                    self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": workspace["id"]}))

    def test_a_hostile_name_reaches_no_terminal_raw(self):
        """A name is anyone's text: JSON keeps it exactly, a terminal gets its control characters as escapes
        (an OSC would set the window title, CSI 2J clear the screen)."""
        name = "evil\x1b]0;owned\x07\x1b[2J\u009b31m"
        hostile = self.emulator.create_workspace(name)
        self.assertEqual(json.loads(self.nitro("workspace", "show", hostile["id"])[1])["name"], name)
        for words in (["workspace", "show", hostile["id"]], ["workspace", "list"],
                      ["workspace", "create", "--name", name, "--default"]):
            with self.subTest(command=words[:2]):
                child = self.spawn(*words)
                if words[1] == "list":
                    self.expect_exact(child, "Page")
                    child.send("q")
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                self.assertIn("evil\\x1b]0;owned\\x07\\x1b[2J\\u009b31m", text)
                self.assertNotIn("\x1b]0;", text)
                self.assertNotIn("\x1b[2J", text)

    def test_not_found(self):
        api = self.emulator.create_api(self.team["id"], "not a workspace", ["x"])
        for unknown in (h.relay_id("Workspace", 999), h.relay_id("Workspace", 3), api["id"], "not-an-id"):
            with self.subTest(id=unknown):
                self.clear_requests()
                self.assertResult(self.nitro("workspace", "show", unknown), 1, stderr=not_found(unknown))
                self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": unknown}))

    def test_missing_id(self):
        result = self.nitro("workspace", "show")
        self.assertResult(result, 2, stderr=h.usage_error("workspace show", "Missing required argument '<id>'.",
                                                          usage="nitro workspace show <id> [options]"))
        self.assertNothingSent()

    def test_without_credentials(self):
        self.assertResult(self.nitro("workspace", "show", self.team["id"], auth=False), 4,
                          stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    def test_in_a_terminal(self):
        child = self.spawn("workspace", "show", self.team["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRegex(text, rf"Id:\s+{re.escape(self.team['id'])}\r\n")
        self.assertRegex(text, r"Name:\s+Team Nitro\r\n")
        self.assertRegex(text, r"Personal:\s+No\r\n")
        self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": self.team["id"]}))

    def test_not_found_in_a_terminal(self):
        unknown = h.relay_id("Workspace", 999)
        child = self.spawn("workspace", "show", unknown)
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertEqual(text, not_found(unknown).replace("\n", "\r\n"))


class WorkspaceSetDefaultTests(WorkspaceTestCase):

    def test_workspace_id_saves_the_session(self):
        for args, env in ((["--workspace-id", self.team["id"]], None), ([f"--workspace-id={self.team['id']}"], None),
                          ([], {"NITRO_WORKSPACE_ID": self.team["id"]}),
                          ([], {"BARISTA_WORKSPACE_ID": self.team["id"]}),
                          (["--workspace-id", self.team["id"]], {"NITRO_WORKSPACE_ID": self.personal["id"]}),
                          (["--workspace-id", self.team["id"], "--output", "json"], None)):
            with self.subTest(args=args, env=env):
                self.set_default_workspace(self.personal)
                self.clear_requests()
                result = self.nitro("workspace", "set-default", *args, env=env)
                self.assertJsonResult(result, {"id": self.team["id"], "name": "Team Nitro"})
                self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": self.team["id"]}))
                self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})

    def test_without_a_session_file_one_is_written(self):
        result = self.nitro("workspace", "set-default", "--workspace-id", self.team["id"])
        self.assertJsonResult(result, {"id": self.team["id"], "name": "Team Nitro"})
        self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})

    def test_unknown_workspace_leaves_the_session_unchanged(self):
        self.write_session(self.legacy_session())
        with open(h.session_file(self.config_home), "rb") as f:
            before = f.read()
        api = self.emulator.create_api(self.team["id"], "not a workspace", ["x"])
        for unknown in (h.relay_id("Workspace", 999), h.relay_id("Workspace", 3), api["id"]):
            with self.subTest(id=unknown):
                self.clear_requests()
                result = self.nitro("workspace", "set-default", "--workspace-id", unknown,
                                    env={"NITRO_API_KEY": self.pat})
                self.assertResult(result, 1, stderr=not_found(unknown))
                self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": unknown}))
                with open(h.session_file(self.config_home), "rb") as f:
                    self.assertEqual(f.read(), before, "the session file is untouched")

    def test_without_workspace_id_and_without_a_terminal(self):
        self.set_default_workspace(self.personal)
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                result = self.nitro("workspace", "set-default", *args)
                self.assertResult(result, 2, stderr=h.usage_error("workspace set-default",
                                                                  "Missing required option '--workspace-id'."))
                self.assertNothingSent()
        self.assertEqual(self.session()["workspace"]["id"], self.personal["id"])

    def test_without_credentials(self):
        result = self.nitro("workspace", "set-default", "--workspace-id", self.team["id"], auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()
        self.assertIsNone(self.session())

    # -- the picker --
    def pick(self, child, name):
        self.expect_exact(child, PICKER_QUESTION)
        self.expect(child, r"(\d+)\) " + re.escape(name) + r"\r\n", what=f"the choice {name!r}")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)

    def test_picker_in_a_terminal(self):
        self.set_default_workspace(self.personal)
        child = self.spawn("workspace", "set-default")
        self.pick(child, "Team Nitro")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("Dev User", text, "every workspace is offered")
        self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})
        reqs = self.requests()
        self.assertGreaterEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.SELECT_WORKSPACE, {"after": None, "first": 5})
        # Once chosen, the workspace may be read back by its id; nothing else is sent.
        for req in reqs[1:]:
            self.assertRequest(req, h.SHOW_WORKSPACE, {"workspaceId": self.team["id"]})
        self.assertLessEqual(len(reqs), 2)
        for req in reqs:
            self.assertPublished(req)

    def test_picker_pages_of_five(self):
        made = [self.emulator.create_workspace(f"Team {i}") for i in range(1, 6)]
        self.clear_requests()
        child = self.spawn("workspace", "set-default")
        self.pick(child, "Team 5")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(self.session(), {"workspace": {"id": made[-1]["id"], "name": "Team 5"}})
        reqs = self.requests()
        data = self.emulator.gql_ok(h.SELECT_WORKSPACE, {"after": None, "first": 5}, key=self.pat)
        self.clear_requests()
        first_cursor = data["me"]["workspaces"]["pageInfo"]["endCursor"]
        self.assertIn(len(reqs), (2, 3), [r["operationName"] for r in reqs])
        self.assertRequest(reqs[0], h.SELECT_WORKSPACE, {"after": None, "first": 5})
        self.assertRequest(reqs[1], h.SELECT_WORKSPACE, {"after": first_cursor, "first": 5})
        # Once chosen, the workspace may be read back by its id; nothing else is sent.
        for req in reqs[2:]:
            self.assertRequest(req, h.SHOW_WORKSPACE, {"workspaceId": made[-1]["id"]})
        for req in reqs:
            self.assertPublished(req)

    def test_workspace_id_in_a_terminal_needs_no_picker(self):
        child = self.spawn("workspace", "set-default", "--workspace-id", self.team["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn(PICKER_QUESTION, text)
        self.assertIn("Team Nitro", text)
        self.assertRequests((h.SHOW_WORKSPACE, {"workspaceId": self.team["id"]}))
        self.assertEqual(self.session(), {"workspace": {"id": self.team["id"], "name": "Team Nitro"}})

    def test_output_json_in_a_terminal_has_no_picker(self):
        child = self.spawn("workspace", "set-default", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: Missing required option '--workspace-id'.", text)
        self.assertNotIn(PICKER_QUESTION, text)
        self.assertNothingSent()


class WorkspaceCurrentTests(WorkspaceTestCase):

    def test_the_session_workspace_as_json(self):
        self.set_default_workspace(self.team)
        for args, auth in (([], True), (["--output", "json"], True), ([], False)):
            with self.subTest(args=args, auth=auth):
                result = self.nitro("workspace", "current", *args, auth=auth)
                self.assertJsonResult(result, {"id": self.team["id"], "name": "Team Nitro"})
        self.assertNothingSent()

    def test_a_session_of_the_nitro_cli(self):
        self.write_session(self.legacy_session(self.team))
        result = self.nitro("workspace", "current", env={"NITRO_API_KEY": None})
        self.assertJsonResult(result, {"id": self.team["id"], "name": "Team Nitro"})
        self.assertNothingSent()

    def test_no_default_workspace(self):
        session = self.legacy_session()
        session.pop("workspace")
        for setup in ("no session", "a session without a workspace"):
            with self.subTest(setup=setup):
                if setup != "no session":
                    self.write_session(session)
                for args in ([], ["--output", "json"]):
                    result = self.nitro("workspace", "current", *args)
                    self.assertResult(result, 1, stderr=f"error: {NO_DEFAULT}\n")
        self.assertNothingSent()

    def test_in_a_terminal(self):
        self.set_default_workspace(self.team)
        child = self.spawn("workspace", "current")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("Team Nitro", text)
        self.assertNothingSent()


class PublishedIdTests(WorkspaceTestCase):

    def test_every_document_hashes_to_its_published_id(self):
        seen = set()

        def collect():
            for req in self.requests():
                self.assertPublished(req)
                seen.add(req["operationName"])
            self.clear_requests()

        for args in (["create", "--name", "Hashed", "--default"], ["show", self.team["id"]],
                     ["set-default", "--workspace-id", self.team["id"]], ["list", "--all"], ["current"]):
            self.assertEqual(self.nitro("workspace", *args)[0], 0, args)
            collect()
        child = self.spawn("workspace", "set-default")
        self.expect_exact(child, PICKER_QUESTION)
        self.expect(child, r"(\d+)\) Dev User")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        collect()
        self.assertEqual(seen, {h.CREATE_WORKSPACE, h.SHOW_WORKSPACE, h.SELECT_WORKSPACE, h.LIST_WORKSPACES})
