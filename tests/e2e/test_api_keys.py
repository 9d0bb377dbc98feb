"""nitro api-key create | list | delete in every mode (no terminal, --output json, a pseudo-terminal): options and
their environment variables, the workspace resolution, result shapes, paging, confirmations, every payload error
of the mutations, the scope of a created key, and the published id of every document sent."""

import re

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

MISSING_NAME = "Missing required option '--name'."
MISSING_SCOPE = "error: Missing required option '--workspace-id' or '--api-id'.\n"
CONFIRM_REFUSED = (f"error: {h.MSG_CONFIRM_NON_INTERACTIVE}\n\n"
                   "  tip: pass '--force' to skip the confirmation (required without a terminal and with "
                   "--output json)\n")
SCOPE_QUESTION = "Do you want to create the API key scoped to an API or the whole workspace?"
API_QUESTION = "For which API do you want to create an API key?"
SECRET_WARNING = ("warning: store the secret now, for example in a secret manager: it is shown only once and "
                  "cannot be shown again.")


def create_variables(name, workspace_id, api_id=None, stage=None):
    """The variables of CreateApiKeyCommandMutation as the Nitro CLI sends them."""
    return {"input": {
        "name": name,
        "workspaceId": workspace_id,
        "permissionScope": {"apiId": api_id} if api_id is not None else {"workspaceId": workspace_id},
        "roleAssigmentCondition": None if stage is None else {"stageAuthorizationCondition": {"name": stage}},
    }}


class ApiKeyTestCase(h.ResourceTestCase):

    def setUp(self):
        super().setUp()
        self.api = self.emulator.create_api(self.team["id"], "products", ["products"])
        self.clear_requests()

    def keys(self, workspace=None):
        """Every API key of a workspace (default Team Nitro) as nitro prints them (asked directly: the request
        log is cleared afterwards, so assert it first)."""
        workspace = workspace or self.team
        keys = [k for nodes, _ in self.emulator.api_key_pages(workspace["id"], page_size=50) for k in nodes]
        self.clear_requests()
        return keys

    def created(self, result, variables, workspace=None):
        """A successful create: exit 0, empty stderr, exactly the one request with `variables`, and on stdout
        {secret, details} with the new key; returns (secret, details)."""
        workspace = workspace or self.team
        name = variables["input"]["name"]
        code, out, err = result
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["secret", "details"], "api-key create result")
        secret = self.remember_secret(doc["secret"])
        self.assertRegex(secret, r"^\S{16,}$")
        self.assertRequests((h.CREATE_API_KEY, variables))
        new = [k for k in self.keys(workspace) if k["name"] == name]
        self.assertEqual(len(new), 1, f"one key named {name!r} in {workspace['name']}")
        self.assertJsonResult(result, {"secret": secret, "details": new[0]})
        return secret, new[0]


class ApiKeyCreateTests(ApiKeyTestCase):

    def test_workspace_key_shape_and_request(self):
        result = self.nitro("api-key", "create", "--name", "ci", "--workspace-id", self.team["id"])
        secret, key = self.created(result, create_variables("ci", self.team["id"]))
        self.assertEqual(key["workspace"], {"name": "Team Nitro"})
        # The secret is an API key of that workspace from now on.
        status, doc = self.emulator.graphql(h.SHOW_API, {"apiId": self.api["id"]}, key=secret)
        self.assertEqual(doc["data"]["node"]["name"], "products")

    def test_api_key_for_one_api(self):
        result = self.nitro("api-key", "create", "--name", "for products", "--api-id", self.api["id"],
                            "--workspace-id", self.team["id"])
        self.created(result, create_variables("for products", self.team["id"], self.api["id"]))

    def test_output_json_gives_the_same_document(self):
        result = self.nitro("api-key", "create", "--name", "json", "--workspace-id", self.team["id"],
                            "--output", "json")
        self.created(result, create_variables("json", self.team["id"]))

    def test_equals_syntax_and_stage_condition(self):
        result = self.nitro("api-key", "create", "--name=staged", f"--workspace-id={self.team['id']}",
                            "--stage-condition", "production")
        self.created(result, create_variables("staged", self.team["id"], stage="production"))

    def test_api_id_takes_the_workspace_from_the_session(self):
        self.set_default_workspace(self.team)
        result = self.nitro("api-key", "create", "--name", "from session", "--api-id", self.api["id"])
        self.created(result, create_variables("from session", self.team["id"], self.api["id"]))

    def test_workspace_id_beats_the_session(self):
        other = self.emulator.create_workspace("Other Team")
        self.set_default_workspace(other)
        self.clear_requests()
        result = self.nitro("api-key", "create", "--name", "explicit", "--workspace-id", self.team["id"])
        self.created(result, create_variables("explicit", self.team["id"]))
        self.assertEqual(self.keys(other), [])

    def test_environment_variables(self):
        cases = [
            ({"NITRO_API_KEY_NAME": "env name", "NITRO_WORKSPACE_ID": self.team["id"]}, [],
             create_variables("env name", self.team["id"])),
            ({"NITRO_API_KEY_NAME": "env api", "NITRO_API_ID": self.api["id"], "NITRO_WORKSPACE_ID": self.team["id"]},
             [], create_variables("env api", self.team["id"], self.api["id"])),
            ({"BARISTA_API_KEY_NAME": "legacy", "BARISTA_API_ID": self.api["id"],
              "BARISTA_WORKSPACE_ID": self.team["id"]}, [],
             create_variables("legacy", self.team["id"], self.api["id"])),
            ({"BARISTA_API_KEY_NAME": "barista", "NITRO_API_KEY_NAME": "nitro wins",
              "NITRO_WORKSPACE_ID": self.team["id"]}, [], create_variables("nitro wins", self.team["id"])),
            ({"NITRO_API_KEY_NAME": "env loses", "NITRO_WORKSPACE_ID": h.relay_id("Workspace", 999)},
             ["--name", "argv wins", "--workspace-id", self.team["id"]],
             create_variables("argv wins", self.team["id"])),
        ]
        for env, args, variables in cases:
            with self.subTest(env=env, args=args):
                self.clear_requests()
                result = self.nitro("api-key", "create", *args, env=env)
                self.created(result, variables)

    def test_missing_name_is_a_usage_error(self):
        for args in ([], ["--workspace-id", self.team["id"]], ["--api-id", self.api["id"], "--output", "json"]):
            with self.subTest(args=args):
                result = self.nitro("api-key", "create", *args)
                self.assertResult(result, 2, stderr=h.usage_error("api-key create", MISSING_NAME))
                self.assertNothingSent()

    def test_missing_scope_is_a_usage_error(self):
        for args in (["--name", "x"], ["--name", "x", "--output", "json"]):
            with self.subTest(args=args):
                self.assertResult(self.nitro("api-key", "create", *args), 2, stderr=MISSING_SCOPE)
                self.assertNothingSent()

    def test_missing_scope_even_with_a_session_workspace(self):
        # The Nitro CLI asks for the scope before it looks at the session: without a terminal, neither option
        # given is a usage error even when a default workspace exists.
        self.set_default_workspace(self.team)
        self.assertResult(self.nitro("api-key", "create", "--name", "x"), 2, stderr=MISSING_SCOPE)
        self.assertNothingSent()

    def test_api_id_without_any_workspace(self):
        result = self.nitro("api-key", "create", "--name", "x", "--api-id", self.api["id"])
        self.assertResult(result, 2, stderr=f"error: {h.MSG_NO_WORKSPACE_FOR_KEY}\n")
        self.assertOnlyIdentityAsked()

    def test_without_credentials(self):
        result = self.nitro("api-key", "create", "--name", "x", "--workspace-id", self.team["id"], auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    # -- payload errors the server gives for real --
    def refused(self, args, variables, expected_type, verbatim=True, key=None):
        typename, message = self.server_error(h.CREATE_API_KEY, variables, key=key)
        self.assertEqual(typename, expected_type)
        before = self.keys()
        env = {"NITRO_API_KEY": key} if key else None
        result = self.nitro("api-key", "create", *args, env=env)
        expected = message if verbatim else f"Unexpected mutation error: {message}"
        self.assertResult(result, 4 if expected_type == "UnauthorizedOperation" else 1, stderr=f"error: {expected}\n")
        self.assertRequests((h.CREATE_API_KEY, variables), key=key)
        self.assertEqual(self.keys(), before, "no key was created")

    def test_unknown_workspace(self):
        unknown = h.relay_id("Workspace", 999)
        self.refused(["--name", "x", "--workspace-id", unknown], create_variables("x", unknown), "WorkspaceNotFound")

    def test_another_users_workspace(self):
        theirs = h.relay_id("Workspace", 3)
        self.refused(["--name", "x", "--workspace-id", theirs], create_variables("x", theirs), "WorkspaceNotFound")

    def test_personal_workspace(self):
        personal = self.personal["id"]
        self.refused(["--name", "x", "--workspace-id", personal], create_variables("x", personal),
                     "PersonalWorkspaceNotSupportedError")

    def test_unknown_api(self):
        unknown = h.relay_id("Api", 999)
        self.refused(["--name", "x", "--api-id", unknown, "--workspace-id", self.team["id"]],
                     create_variables("x", self.team["id"], unknown), "ApiNotFoundError")

    def test_api_of_another_workspace(self):
        other = self.emulator.create_workspace("Other Team")
        self.clear_requests()
        self.refused(["--name", "x", "--api-id", self.api["id"], "--workspace-id", other["id"]],
                     create_variables("x", other["id"], self.api["id"]), "ApiNotFoundError")

    def test_blank_name(self):
        # Refused before anything is sent (`non-empty` in the spec).
        code, out, err = self.nitro("api-key", "create", "--name", "   ", "--workspace-id", self.team["id"])
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn("must not be empty", err)
        self.assertNothingSent()

    def test_an_api_key_cannot_create_keys(self):
        self.refused(["--name", "x", "--workspace-id", self.team["id"]], create_variables("x", self.team["id"]),
                     "UnauthorizedOperation", verbatim=False, key=self.api_key)

    # -- payload errors injected --
    def test_every_error_type_of_the_union(self):
        verbatim = ["ApiNotFoundError", "WorkspaceNotFound", "PersonalWorkspaceNotSupportedError",
                    "RoleNotFoundError", "ValidationError"]
        for error_type in verbatim + ["UnauthorizedOperation"]:
            with self.subTest(type=error_type):
                message = f"Injected {error_type} for the test."
                self.fault("payload_error", type=error_type, message=message, operation=h.CREATE_API_KEY)
                result = self.nitro("api-key", "create", "--name", "x", "--workspace-id", self.team["id"])
                self.clear_faults()
                expected = message if error_type in verbatim else f"Unexpected mutation error: {message}"
                refused = error_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertResult(result, 4 if refused else 1, stderr=f"error: {expected}\n")
                self.assertRequests((h.CREATE_API_KEY, create_variables("x", self.team["id"])))
                self.clear_requests()

    def test_an_error_type_nitro_does_not_know(self):
        self.fault("unknown_typename", message="A future failure.", operation=h.CREATE_API_KEY)
        result = self.nitro("api-key", "create", "--name", "x", "--workspace-id", self.team["id"])
        self.assertResult(result, 1, stderr="error: Unexpected mutation error: A future failure.\n")
        self.assertRequests((h.CREATE_API_KEY, None))

    def test_null_payload(self):
        self.fault("null_payload", operation=h.CREATE_API_KEY)
        result = self.nitro("api-key", "create", "--name", "x", "--workspace-id", self.team["id"])
        self.assertResult(result, 1, stderr=f"error: {h.MSG_NO_DATA}\n")
        self.assertRequests((h.CREATE_API_KEY, create_variables("x", self.team["id"])))


class ApiKeyCreateInteractiveTests(ApiKeyTestCase):

    def choose(self, child, label):
        """Answer a numbered choice with the number shown for `label`."""
        # An API is listed with its path beside its name.
        self.expect(child, r"(\d+)\) " + re.escape(label) + r"(?:  \([^)\r\n]*\))?\r\n", what=f"the choice {label!r}")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)

    def find_secret(self, text):
        secrets = set(re.findall(r"nitro_key_[A-Za-z0-9]+", text)) - {self.api_key}
        self.assertEqual(len(secrets), 1, f"the new secret on the screen:\n{text}")
        return self.remember_secret(secrets.pop())

    def test_ctrl_c_at_the_scope_choice_and_the_api_picker(self):
        """Interrupted at either question: exit 130, `Interrupted.` once, no key created."""
        self.set_default_workspace(self.team)
        for picks in ([], ["Api"]):
            with self.subTest(before=picks):
                self.clear_requests()
                child = self.spawn("api-key", "create", "--name", "interrupted")
                self.expect_exact(child, SCOPE_QUESTION)
                for choice in picks:
                    self.choose(child, choice)
                    self.expect_exact(child, API_QUESTION)
                child.sendintr()
                code, text = self.finish(child)
                self.assertEqual(code, 130, text)
                self.assertEqual(text.count("Interrupted."), 1, text)
                self.assertEqual(self.requests(h.CREATE_API_KEY), [])
        self.assertEqual([k["name"] for k in self.keys()], ["Bootstrap API key"])

    def test_name_then_scope_then_api(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "create")
        self.expect_exact(child, "Name")
        self.assertNothingSent()
        child.sendline("typed key")
        self.expect_exact(child, SCOPE_QUESTION)
        self.assertNothingSent()
        self.choose(child, "Api")
        self.expect_exact(child, API_QUESTION)
        self.choose(child, "products")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Created API key 'typed key'.", text)
        self.assertIn(SECRET_WARNING, text)
        secret = self.find_secret(text)
        self.assertEqual(text.count(secret), 1, "the secret is shown once")
        self.assertRequests(
            (h.SELECT_API, {"workspaceId": self.team["id"], "after": None, "first": 5}),
            (h.CREATE_API_KEY, create_variables("typed key", self.team["id"], self.api["id"])))
        self.assertEqual([k["name"] for k in self.keys()], ["Bootstrap API key", "typed key"])

    def test_workspace_scope_needs_no_api(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "create", "--name", "whole workspace")
        self.expect_exact(child, SCOPE_QUESTION)
        self.choose(child, "Workspace")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn(API_QUESTION, text)
        self.find_secret(text)
        self.assertRequests((h.CREATE_API_KEY, create_variables("whole workspace", self.team["id"])))

    def test_no_question_when_the_scope_is_given(self):
        child = self.spawn("api-key", "create", "--name", "given", "--workspace-id", self.team["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertTrue(text.startswith("Creating API key 'given'\r\n"), f"no question, no prompt:\n{text}")
        self.find_secret(text)
        self.assertRequests((h.CREATE_API_KEY, create_variables("given", self.team["id"])))

    def test_the_picker_pages_through_the_apis(self):
        for i in range(1, 7):
            self.emulator.create_api(self.team["id"], f"api-{i}", [f"api-{i}"])
        self.clear_requests()
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "create", "--name", "last api")
        self.expect_exact(child, SCOPE_QUESTION)
        self.choose(child, "Api")
        self.expect_exact(child, API_QUESTION)
        self.choose(child, "api-6")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.find_secret(text)
        reqs = [r for r in self.requests() if r["operationName"] != h.IDENTITY]
        pages = self.emulator.api_pages(self.team["id"], page_size=5)
        self.clear_requests()
        last = pages[-1][0][-1]
        self.assertEqual(last["name"], "api-6")
        self.assertEqual([r["operationName"] for r in reqs], [h.SELECT_API, h.SELECT_API, h.CREATE_API_KEY])
        self.assertRequest(reqs[0], h.SELECT_API, {"workspaceId": self.team["id"], "after": None, "first": 5})
        self.assertRequest(reqs[1], h.SELECT_API, {"workspaceId": self.team["id"], "after": pages[0][1], "first": 5})
        self.assertRequest(reqs[2], h.CREATE_API_KEY, create_variables("last api", self.team["id"], last["id"]))
        for req in reqs:
            self.assertPublished(req)

    def test_a_workspace_without_apis(self):
        other = self.emulator.create_workspace("Empty Team")
        self.set_default_workspace(other)
        self.clear_requests()
        child = self.spawn("api-key", "create", "--name", "nothing to pick")
        self.expect_exact(child, SCOPE_QUESTION)
        self.choose(child, "Api")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("error: The workspace has no APIs. Create one with `nitro api create`.", text)
        self.assertRequests((h.SELECT_API, {"workspaceId": other["id"], "after": None, "first": 5}))

    def test_no_workspace_after_the_choice(self):
        child = self.spawn("api-key", "create", "--name", "nowhere")
        self.expect_exact(child, SCOPE_QUESTION)
        self.choose(child, "Api")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: " + h.MSG_NO_WORKSPACE_FOR_KEY, text)
        self.assertNotIn(API_QUESTION, text)
        self.assertOnlyIdentityAsked()

    def test_output_json_never_asks(self):
        child = self.spawn("api-key", "create", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: " + MISSING_NAME, text)
        self.assertNotIn("Name:", text)
        self.assertNothingSent()
        child = self.spawn("api-key", "create", "--name", "x", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn(MISSING_SCOPE.strip(), text)
        self.assertNotIn(SCOPE_QUESTION, text)
        self.assertNothingSent()

    def test_output_json_in_a_terminal_prints_the_document(self):
        child = self.spawn("api-key", "create", "--name", "tty json", "--workspace-id", self.team["id"],
                           "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        docs = h.json_objects(text)
        self.assertEqual(len(docs), 1, text)
        self.remember_secret(docs[0]["secret"])
        key = [k for k in self.keys() if k["name"] == "tty json"][0]
        self.assertEqual(docs[0], {"secret": docs[0]["secret"], "details": key})
        self.assertEqual(list(docs[0]), ["secret", "details"])
        self.assertNotIn("Created API key", text)


class ApiKeyListTests(h.WorkspaceListCases, ApiKeyTestCase):
    words = ("api-key", "list")
    operation = h.LIST_API_KEYS

    def setUp(self):
        super().setUp()
        for i in range(1, 12):
            self.remember_secret(self.emulator.create_api_key(f"key-{i:02d}", self.team["id"])["secret"])
        self.pages = self.emulator.api_key_pages(self.team["id"])
        self.clear_requests()
        self.assertEqual([len(p[0]) for p in self.pages], [10, 2])

    def list_variables(self, after=None, first=10, workspace=None):
        return {"workspaceId": (workspace or self.team)["id"], "after": after, "first": first}

    def test_first_page(self):
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"])
        self.assertJsonResult(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})
        self.assertRequests((h.LIST_API_KEYS, self.list_variables()))

    def test_output_json(self):
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--output", "json")
        self.assertJsonResult(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})

    def test_next_page_with_cursor_option_and_environment(self):
        cursor = self.pages[0][1]
        for how in ("option", "NITRO_CURSOR", "BARISTA_CURSOR"):
            with self.subTest(how=how):
                self.clear_requests()
                args, env = (["--cursor", cursor], None) if how == "option" else ([], {how: cursor})
                result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], *args, env=env)
                # The last page keeps its endCursor, as the Nitro CLI prints it.
                self.assertJsonResult(result, {"values": self.pages[1][0], "cursor": self.pages[1][1]})
                self.assertRequests((h.LIST_API_KEYS, self.list_variables(after=cursor)))

    def test_cursor_option_beats_environment(self):
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--cursor", self.pages[0][1],
                            env={"NITRO_CURSOR": self.pages[1][1]})
        self.assertJsonResult(result, {"values": self.pages[1][0], "cursor": self.pages[1][1]})

    def test_after_the_last_page(self):
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--cursor", self.pages[1][1])
        self.assertJsonResult(result, {"values": [], "cursor": None})
        self.assertRequests((h.LIST_API_KEYS, self.list_variables(after=self.pages[1][1])))

    def test_all(self):
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--all")
        self.assertJsonResult(result, {"values": self.pages[0][0] + self.pages[1][0], "cursor": None})
        self.assertRequests((h.LIST_API_KEYS, self.list_variables(first=50)))

    def test_workspace_from_session_and_option_beats_session(self):
        other = self.emulator.create_workspace("Other Team")
        theirs = self.emulator.create_api_key("other key", other["id"])
        self.remember_secret(theirs["secret"])
        self.set_default_workspace(other)
        self.clear_requests()
        result = self.nitro("api-key", "list")
        self.assertRequests((h.LIST_API_KEYS, self.list_variables(workspace=other)))
        [(keys, cursor)] = self.emulator.api_key_pages(other["id"])
        self.assertEqual([k["name"] for k in keys], ["other key"])
        self.assertJsonResult(result, {"values": keys, "cursor": cursor})
        self.clear_requests()
        for args, env in ((["--workspace-id", self.team["id"]], None), ([], {"NITRO_WORKSPACE_ID": self.team["id"]}),
                          ([], {"BARISTA_WORKSPACE_ID": self.team["id"]})):
            with self.subTest(args=args, env=env):
                self.clear_requests()
                result = self.nitro("api-key", "list", *args, env=env)
                self.assertJsonResult(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})
                self.assertRequests((h.LIST_API_KEYS, self.list_variables()))

    def test_table_in_a_terminal(self):
        child = self.spawn("api-key", "list", "--workspace-id", self.team["id"])
        self.expect_exact(child, "API Keys")
        for text in ("Id", "Name", "Bootstrap API key", "key-09"):
            self.expect_exact(child, text)
        self.press(child, "n")
        self.expect_exact(child, "key-11")
        self.press(child, "\r")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        docs = h.json_objects(text)
        self.assertTrue(docs, text)
        self.assertEqual(docs[-1], self.pages[1][0][0])
        self.assertEqual(list(docs[-1]), ["id", "name", "workspace"])
        self.assertRequests((h.LIST_API_KEYS, self.list_variables()),
                            (h.LIST_API_KEYS, self.list_variables(after=self.pages[0][1])))

    def test_table_takes_the_session_workspace(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "list")
        self.expect_exact(child, "Bootstrap API key")
        self.press(child, "q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRequests((h.LIST_API_KEYS, self.list_variables()))


class ApiKeyDeleteTests(ApiKeyTestCase):

    def setUp(self):
        super().setUp()
        self.key = self.emulator.create_api_key("doomed", self.team["id"])
        self.remember_secret(self.key["secret"])
        self.clear_requests()

    def key_works(self, secret=None):
        status, doc = self.emulator.graphql(h.LIST_API_KEYS, {"workspaceId": self.team["id"], "after": None,
                                                              "first": 1}, key=secret or self.key["secret"])
        self.clear_requests()
        return isinstance(doc, dict) and not doc.get("errors") and bool((doc.get("data") or {}).get("workspaceById"))

    def expected_key(self):
        return h.plain_api_key({"id": self.key["id"], "name": "doomed", "workspace": {"name": "Team Nitro"}})

    def test_force_deletes_and_the_secret_stops_working(self):
        self.assertTrue(self.key_works())
        result = self.nitro("api-key", "delete", self.key["id"], "--force")
        self.assertJsonResult(result, self.expected_key())
        self.assertRequests((h.DELETE_API_KEY, {"input": {"apiKeyId": self.key["id"]}}))
        self.assertNotIn(self.key["id"], [k["id"] for k in self.keys()])
        self.assertFalse(self.key_works())

    def test_force_first_and_output_json(self):
        result = self.nitro("api-key", "delete", "--force", "--output", "json", self.key["id"])
        self.assertJsonResult(result, self.expected_key())

    def test_without_force_nothing_is_sent(self):
        self.set_default_workspace(self.team)  # the key could be looked up: it is not, without a terminal
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                self.assertResult(self.nitro("api-key", "delete", self.key["id"], *args), 2, stderr=CONFIRM_REFUSED)
                self.assertNothingSent()
        self.assertTrue(self.key_works())

    def test_missing_id(self):
        result = self.nitro("api-key", "delete", "--force")
        self.assertResult(result, 2, stderr=h.usage_error("api-key delete", "Missing required argument '<id>'.",
                                                          usage="nitro api-key delete <id> [options]"))
        self.assertNothingSent()

    def test_without_credentials(self):
        self.assertResult(self.nitro("api-key", "delete", self.key["id"], "--force", auth=False), 4,
                          stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    def refused(self, key_id, expected_type, verbatim=True, key=None):
        variables = {"input": {"apiKeyId": key_id}}
        typename, message = self.server_error(h.DELETE_API_KEY, variables, key=key)
        self.assertEqual(typename, expected_type)
        env = {"NITRO_API_KEY": key} if key else None
        result = self.nitro("api-key", "delete", key_id, "--force", env=env)
        expected = message if verbatim else f"Unexpected mutation error: {message}"
        self.assertResult(result, 4 if expected_type == "UnauthorizedOperation" else 1, stderr=f"error: {expected}\n")
        self.assertRequests((h.DELETE_API_KEY, variables), key=key)

    def test_unknown_id(self):
        self.refused(h.relay_id("ApiKey", 999), "ApiKeyNotFoundError")
        self.assertTrue(self.key_works())

    def test_a_key_of_another_users_workspace(self):
        theirs = self.emulator.create_workspace("Their Team", key=self.other_pat)
        their_key = self.emulator.create_api_key("theirs", theirs["id"], key=self.other_pat)
        self.remember_secret(their_key["secret"])
        self.clear_requests()
        self.refused(their_key["id"], "ApiKeyNotFoundError")
        self.assertEqual([k["id"] for nodes, _ in self.emulator.api_key_pages(theirs["id"], key=self.other_pat)
                          for k in nodes], [their_key["id"]], "their key survives")

    def test_an_api_key_cannot_delete_keys(self):
        self.refused(self.key["id"], "UnauthorizedOperation", verbatim=False, key=self.api_key)
        self.assertTrue(self.key_works())

    def test_injected_errors(self):
        for error_type, verbatim in (("ApiKeyNotFoundError", True), ("UnauthorizedOperation", False)):
            with self.subTest(type=error_type):
                message = f"Injected {error_type} for the test."
                self.fault("payload_error", type=error_type, message=message, operation=h.DELETE_API_KEY)
                result = self.nitro("api-key", "delete", self.key["id"], "--force")
                self.clear_faults()
                expected = message if verbatim else f"Unexpected mutation error: {message}"
                refused = error_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertResult(result, 4 if refused else 1, stderr=f"error: {expected}\n")
                self.assertRequests((h.DELETE_API_KEY, {"input": {"apiKeyId": self.key["id"]}}))
                self.clear_requests()
        self.assertTrue(self.key_works())

    def test_an_error_type_nitro_does_not_know(self):
        self.fault("unknown_typename", message="A future failure.", operation=h.DELETE_API_KEY)
        result = self.nitro("api-key", "delete", self.key["id"], "--force")
        self.assertResult(result, 1, stderr="error: Unexpected mutation error: A future failure.\n")

    def test_null_payload(self):
        self.fault("null_payload", operation=h.DELETE_API_KEY)
        result = self.nitro("api-key", "delete", self.key["id"], "--force")
        self.assertResult(result, 1, stderr=f"error: {h.MSG_NO_DATA}\n")
        self.assertRequests((h.DELETE_API_KEY, {"input": {"apiKeyId": self.key["id"]}}))

    # -- on a terminal --
    # The question names the key, found in api-key list's pages of the workspace the command resolves (the
    # session's default here: the credential, the dev user's PAT, asks the server whose it is first); when that
    # workspace is not known or does not list the key, it asks by ID as the Nitro CLI does.
    def named(self):
        return f"Do you really want to delete API key 'doomed' with ID '{self.key['id']}'?"

    def by_id(self):
        return f"Do you really want to delete API key with ID '{self.key['id']}'?"

    def assertLookedUp(self, workspace):
        reqs = self.requests()
        self.assertEqual([r.get("operationName") for r in reqs], [h.IDENTITY, h.LIST_API_KEYS],
                         "nothing but the lookup was sent")
        self.assertEqual(reqs[1]["variables"], {"workspaceId": workspace["id"], "after": None, "first": 50})

    def question(self, *extra, workspace=None):
        self.set_default_workspace(workspace or self.team)
        child = self.spawn("api-key", "delete", self.key["id"], *extra)
        self.expect_exact(child, self.named())
        self.expect_exact(child, "[y/N]")
        self.assertLookedUp(workspace or self.team)
        return child

    def test_answer_n_keeps_the_key(self):
        child = self.question()
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("API key was not deleted.", text)
        self.assertLookedUp(self.team)
        self.assertTrue(self.key_works())

    def test_enter_means_no(self):
        child = self.question()
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("API key was not deleted.", text)
        self.assertLookedUp(self.team)
        self.assertTrue(self.key_works())

    def test_answer_y_deletes(self):
        child = self.question()
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn(f"✓ Deleted API key '{self.key['id']}'.", text)
        self.assertEqual([r.get("operationName") for r in self.requests()],
                         [h.IDENTITY, h.LIST_API_KEYS, h.DELETE_API_KEY])
        self.assertRequest(self.requests()[-1], h.DELETE_API_KEY, {"input": {"apiKeyId": self.key["id"]}})
        self.assertFalse(self.key_works())

    def test_without_a_workspace_it_asks_by_id(self):
        """No default workspace, no --workspace-id to take: the key cannot be looked up, so the question is the
        Nitro CLI's, by ID, rather than a failure."""
        child = self.spawn("api-key", "delete", self.key["id"])
        self.expect_exact(child, self.by_id())
        self.expect_exact(child, "[y/N]")
        self.assertOnlyIdentityAsked()
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Could not determine workspace", text)
        self.assertEqual([r.get("operationName") for r in self.requests()], [h.IDENTITY, h.DELETE_API_KEY])
        self.assertFalse(self.key_works())

    def test_a_key_the_default_workspace_does_not_list_is_asked_by_id(self):
        """The key may be another workspace's: not listed in the default one, it is asked for by ID."""
        self.set_default_workspace(self.personal)
        child = self.spawn("api-key", "delete", self.key["id"])
        self.expect_exact(child, self.by_id())
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("API key was not deleted.", text)
        self.assertLookedUp(self.personal)
        self.assertTrue(self.key_works())

    def test_a_workspace_keys_own_workspace_names_it(self):
        """With a workspace's key as the credential (no session), the key's own workspace is listed."""
        ci = self.emulator.create_api_key("ci", self.team["id"])
        self.remember_secret(ci["secret"])
        self.clear_requests()
        child = self.spawn("api-key", "delete", self.key["id"], env={"NITRO_API_KEY": ci["secret"]})
        self.expect_exact(child, self.named())
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertEqual([r.get("operationName") for r in self.requests()], [h.IDENTITY, h.LIST_API_KEYS])
        self.assertEqual(self.requests()[1]["variables"]["workspaceId"], self.team["id"])
        self.assertTrue(self.key_works())

    def test_force_does_not_ask_and_looks_nothing_up(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "delete", self.key["id"], "--force")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Do you really want", text)
        self.assertRequests((h.DELETE_API_KEY, {"input": {"apiKeyId": self.key["id"]}}))

    def test_output_json_without_force_in_a_terminal(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api-key", "delete", self.key["id"], "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: " + h.MSG_CONFIRM_NON_INTERACTIVE, text)
        self.assertNotIn("Do you really want", text)
        self.assertNothingSent()


class ApiKeyScopeTests(ApiKeyTestCase):
    """A key made with `nitro api-key create` acts within its scope and nowhere else."""

    def setUp(self):
        super().setUp()
        self.other_api = self.emulator.create_api(self.team["id"], "orders", ["orders"])
        self.clear_requests()

    def make_key(self, *scope):
        code, out, err = self.nitro("api-key", "create", "--name", "scoped", *scope, "--output", "json")
        self.assertEqual(code, 0, err)
        secret = self.remember_secret(h.parse_json(out)["secret"])
        self.clear_requests()
        return secret

    def as_key(self, secret, *args):
        self.clear_requests()
        return self.nitro(*args, env={"NITRO_API_KEY": secret})

    def assertRefused(self, result, code, message):
        rc, out, err = result
        self.assertEqual((rc, out), (code, ""), f"stderr={err!r}")
        self.assertEqual(err.splitlines()[0], f"error: {message}", err)
        self.assertOneError(err)

    def test_an_api_key_reads_its_api_and_nothing_else(self):
        secret = self.make_key("--api-id", self.api["id"], "--workspace-id", self.team["id"])
        own = self.emulator.show_api(self.api["id"])
        self.clear_requests()

        self.assertJsonResult(self.as_key(secret, "api", "show", self.api["id"]), own)
        self.assertRequests((h.SHOW_API, {"apiId": self.api["id"]}), key=secret)

        result = self.as_key(secret, "api", "list", "--workspace-id", self.team["id"])
        self.assertRequests((h.LIST_APIS, {"workspaceId": self.team["id"], "after": None, "first": 10}), key=secret)
        doc = self.assertJsonResult(result, {"values": [own], "cursor": self.own_cursor(secret)})
        self.assertEqual([v["name"] for v in doc["values"]], ["products"], "only its own API is listed")

        self.assertRefused(self.as_key(secret, "api", "show", self.other_api["id"]), 4, h.MSG_NOT_ALLOWED)
        self.assertRequests((h.SHOW_API, {"apiId": self.other_api["id"]}), key=secret)
        self.assertRefused(self.as_key(secret, "api-key", "list", "--workspace-id", self.team["id"]), 4,
                           h.MSG_NOT_ALLOWED)
        self.assertRequests((h.LIST_API_KEYS, None), key=secret)

    def own_cursor(self, secret):
        data = self.emulator.gql_ok(h.LIST_APIS, {"workspaceId": self.team["id"], "after": None, "first": 10},
                                    key=secret)
        self.clear_requests()
        return data["workspaceById"]["apis"]["pageInfo"]["endCursor"]

    def test_an_api_key_creates_nothing(self):
        secret = self.make_key("--api-id", self.api["id"], "--workspace-id", self.team["id"])
        keys = self.keys()
        cases = [
            (["api-key", "create", "--name", "more", "--workspace-id", self.team["id"]], h.CREATE_API_KEY, True),
            (["api", "create", "--name", "more", "--path", "/more", "--workspace-id", self.team["id"]], h.CREATE_API,
             True),
            (["workspace", "create", "--name", "more", "--default", "false"], h.CREATE_WORKSPACE, False),
        ]
        for args, operation, unexpected in cases:
            with self.subTest(command=" ".join(args[:2])):
                result = self.as_key(secret, *args)
                reqs = self.requests()
                self.assertEqual([r["operationName"] for r in reqs], [operation])
                self.assertRequest(reqs[0], operation, key=secret)
                typename, message = self.server_error(operation, reqs[0]["json"]["variables"], key=secret)
                self.assertEqual(typename, "UnauthorizedOperation")
                expected = f"Unexpected mutation error: {message}" if unexpected else message
                self.assertResult(result, 4, stderr=f"error: {expected}\n")
        self.assertEqual([a["name"] for a in self.emulator.api_pages(self.team["id"])[0][0]], ["products", "orders"])
        self.assertEqual([w["name"] for w in self.emulator.list_workspaces()], ["Dev User", "Team Nitro"])
        self.assertEqual(self.keys(), keys)

    def test_deleting_the_api_ends_its_keys(self):
        secret = self.make_key("--api-id", self.api["id"], "--workspace-id", self.team["id"])
        code, out, err = self.nitro("api", "delete", self.api["id"], "--force")
        self.assertEqual(code, 0, err)
        self.assertRefused(self.as_key(secret, "api", "show", self.api["id"]), 4, h.MSG_NOT_ACCEPTED)

    def test_a_workspace_key_reads_the_workspace(self):
        secret = self.make_key("--workspace-id", self.team["id"])
        self.assertJsonResult(self.as_key(secret, "api", "show", self.other_api["id"]),
                              self.emulator.show_api(self.other_api["id"]))
        result = self.as_key(secret, "api-key", "list", "--workspace-id", self.team["id"])
        self.assertEqual(result[0], 0, result[2])
        self.assertIn("scoped", [k["name"] for k in h.parse_json(result[1])["values"]])
        self.assertRequests((h.LIST_API_KEYS, {"workspaceId": self.team["id"], "after": None, "first": 10}),
                            key=secret)
        self.assertRefused(self.as_key(secret, "workspace", "show", self.personal["id"]), 4, h.MSG_NOT_ALLOWED)

    def test_a_refusal_outside_the_scope_does_not_blame_the_server_address(self):
        # The key was accepted (it reads its own API on the same server): a refused read outside its scope is
        # a permission problem, and pointing at --cloud-url would send the user looking in the wrong place.
        secret = self.make_key("--api-id", self.api["id"], "--workspace-id", self.team["id"])
        result = self.as_key(secret, "api", "show", self.other_api["id"])
        self.assertResult(result, 4, stderr=f"error: {h.MSG_NOT_ALLOWED}\n")


class PublishedIdTests(ApiKeyTestCase):

    def test_every_document_hashes_to_its_published_id(self):
        self.set_default_workspace(self.team)
        seen = []

        def collect():
            for req in self.requests():
                self.assertPublished(req)
                if req["operationName"] != h.IDENTITY:
                    seen.append(req["operationName"])
            self.clear_requests()

        code, out, err = self.nitro("api-key", "create", "--name", "hashed", "--api-id", self.api["id"])
        self.assertEqual(code, 0, err)
        doc = h.parse_json(out)
        self.remember_secret(doc["secret"])
        key = doc["details"]["id"]
        collect()
        self.assertEqual(self.nitro("api-key", "list", "--all")[0], 0)
        collect()
        self.assertEqual(self.nitro("api-key", "delete", key, "--force")[0], 0)
        collect()
        child = self.spawn("api-key", "create", "--name", "picked")
        self.expect_exact(child, SCOPE_QUESTION)
        self.expect(child, r"(\d+)\) Api")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)
        self.expect(child, r"(\d+)\) products")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        for secret in re.findall(r"nitro_key_[A-Za-z0-9]+", text):
            self.remember_secret(secret)
        collect()
        self.assertEqual(sorted(set(seen)), sorted({h.CREATE_API_KEY, h.LIST_API_KEYS, h.DELETE_API_KEY,
                                                    h.SELECT_API}))
