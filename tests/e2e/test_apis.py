"""nitro api create | list | show | delete in every mode (no terminal, --output json, a pseudo-terminal): options
and their environment variables, the path and the kind, the workspace resolution, result shapes, paging, the
confirmation of a delete, every error of the mutations, and the published id of every document sent."""

import re

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

CONFIRM_REFUSED = (f"error: {h.MSG_CONFIRM_NON_INTERACTIVE}\n\n"
                   "  tip: pass '--force' to skip the confirmation (required without a terminal and with "
                   "--output json)\n")
NAME_PROMPT = "Name"
PATH_PROMPT = "Path (e.g. /foo/bar)"


def create_variables(workspace_id, path, name, kind=None):
    return {"workspaceId": workspace_id, "path": path, "name": name, "kind": kind}


def not_found(api_id):
    return f"error: The API with ID '{api_id}' was not found.\n"


def invalid_path(path):
    return f"error: The path '{path}' is invalid. It must start with '/'.\n"


class ApiTestCase(h.ResourceTestCase):

    def apis(self, workspace=None):
        """Every API of a workspace (default Team Nitro) as nitro prints them (asked directly: the request log is
        cleared afterwards, so assert it first)."""
        apis = [a for nodes, _ in self.emulator.api_pages((workspace or self.team)["id"], page_size=50) for a in nodes]
        self.clear_requests()
        return apis

    def assertApiShown(self, text, api):
        """A terminal shows the API as labelled lines."""
        for label, value in (("Id", api["id"]), ("Name", api["name"]), ("Path", api["path"]),
                             ("Workspace", api["workspace"]["name"])):
            self.assertRegex(text, rf"(?m)^{label}:\s+{re.escape(value)}\r$", f"{label} of the API:\n{text}")

    def api_named(self, name, workspace=None):
        found = [a for a in self.apis(workspace) if a["name"] == name]
        self.assertEqual(len(found), 1, f"one API named {name!r}")
        return found[0]


class ApiCreateTests(ApiTestCase):

    def created(self, result, variables, workspace=None):
        """Exit 0, empty stderr, exactly the one request, and the new API as JSON on stdout; returns it."""
        self.assertEqual(result[0], 0, result)
        self.assertRequests((h.CREATE_API, variables))
        api = self.api_named(variables["name"], workspace)
        self.assertJsonResult(result, api)
        return api

    def test_shape_and_request(self):
        result = self.nitro("api", "create", "--name", "catalog", "--path", "/products/catalog",
                            "--workspace-id", self.team["id"])
        api = self.created(result, create_variables(self.team["id"], ["products", "catalog"], "catalog"))
        self.assertEqual(api["path"], "products/catalog")
        self.assertEqual(api["workspace"], {"name": "Team Nitro"})
        self.assertEqual(list(api["apiDetailPromptSettings"]["apiDetailPromptSchemaRegistry"]),
                         ["treatDangerousAsBreaking", "allowBreakingSchemaChanges"])

    def test_output_json(self):
        result = self.nitro("api", "create", "--name", "json", "--path", "/json", "--workspace-id", self.team["id"],
                            "--output", "json")
        self.created(result, create_variables(self.team["id"], ["json"], "json"))

    def test_kinds_are_sent_in_upper_case(self):
        for kind in ("gateway", "collection", "service"):
            with self.subTest(kind=kind):
                self.clear_requests()
                result = self.nitro("api", "create", "--name", kind, "--path", f"/{kind}", "--kind", kind,
                                    "--workspace-id", self.team["id"])
                self.created(result, create_variables(self.team["id"], [kind], kind, kind.upper()))

    def test_unknown_kind(self):
        result = self.nitro("api", "create", "--name", "x", "--path", "/x", "--kind", "federated",
                            "--workspace-id", self.team["id"])
        self.assertResult(result, 2, stderr=h.usage_error(
            "api create",
            "invalid value 'federated' for '--kind <kind>'\n  [possible values: collection, gateway, service]"))
        self.assertNothingSent()

    def test_paths(self):
        for path, segments in (("/", []), ("/products", ["products"]), ("/products//catalog/", ["products", "catalog"]),
                               ("/ a / b ", ["a", "b"]), ("/a/b/c/d", ["a", "b", "c", "d"])):
            with self.subTest(path=path):
                self.reset()
                self.clear_requests()
                result = self.nitro("api", "create", "--name", "pathed", "--path", path,
                                    "--workspace-id", self.team["id"])
                api = self.created(result, create_variables(self.team["id"], segments, "pathed"))
                self.assertEqual(api["path"], "/".join(segments))

    def test_a_path_must_start_with_a_slash(self):
        for path in ("products", " /products", "products/catalog"):
            with self.subTest(path=path):
                result = self.nitro("api", "create", "--name", "x", "--path", path, "--workspace-id", self.team["id"])
                self.assertResult(result, 2, stderr=invalid_path(path))
                self.assertNothingSent()

    def test_environment_variables(self):
        team = self.team["id"]
        cases = [
            ({"NITRO_API_NAME": "env", "NITRO_API_PATH": "/env/path", "NITRO_API_KIND": "gateway",
              "NITRO_WORKSPACE_ID": team}, [], create_variables(team, ["env", "path"], "env", "GATEWAY")),
            ({"BARISTA_API_NAME": "legacy", "BARISTA_API_PATH": "/legacy", "BARISTA_API_KIND": "service",
              "BARISTA_WORKSPACE_ID": team}, [], create_variables(team, ["legacy"], "legacy", "SERVICE")),
            ({"BARISTA_API_NAME": "barista", "NITRO_API_NAME": "nitro wins", "NITRO_API_PATH": "/w",
              "NITRO_WORKSPACE_ID": team}, [], create_variables(team, ["w"], "nitro wins")),
            ({"NITRO_API_NAME": "env loses", "NITRO_API_PATH": "/env", "NITRO_API_KIND": "gateway",
              "NITRO_WORKSPACE_ID": h.relay_id("Workspace", 999)},
             ["--name", "argv", "--path", "/argv", "--kind", "collection", "--workspace-id", team],
             create_variables(team, ["argv"], "argv", "COLLECTION")),
        ]
        for env, args, variables in cases:
            with self.subTest(env=env, args=args):
                self.clear_requests()
                self.created(self.nitro("api", "create", *args, env=env), variables)

    def test_workspace_from_the_session_and_the_option_beats_it(self):
        other = self.emulator.create_workspace("Other Team")
        self.set_default_workspace(other)
        self.clear_requests()
        result = self.nitro("api", "create", "--name", "in session", "--path", "/s")
        self.created(result, create_variables(other["id"], ["s"], "in session"), workspace=other)
        for args, env in ((["--workspace-id", self.team["id"]], None), ([], {"NITRO_WORKSPACE_ID": self.team["id"]})):
            with self.subTest(args=args, env=env):
                self.reset()
                self.emulator.create_workspace("Other Team")
                self.clear_requests()
                result = self.nitro("api", "create", "--name", "explicit", "--path", "/e", *args, env=env)
                self.created(result, create_variables(self.team["id"], ["e"], "explicit"))
                self.assertEqual(self.apis(other), [])

    def test_no_workspace(self):
        for args in (["--name", "x", "--path", "/x"], ["--name", "x", "--path", "/x", "--output", "json"],
                     ["--name", "x", "--path", "not-checked-yet"]):
            with self.subTest(args=args):
                self.clear_requests()
                self.assertResult(self.nitro("api", "create", *args), 2,
                                  stderr=f"error: {h.MSG_NO_WORKSPACE_FOR_KEY}\n")
                self.assertOnlyIdentityAsked()

    def test_the_workspace_is_determined_before_the_name(self):
        # The Nitro CLI resolves the workspace first: with nothing given, that is what is missing.
        self.assertResult(self.nitro("api", "create"), 2, stderr=f"error: {h.MSG_NO_WORKSPACE_FOR_KEY}\n")
        self.assertOnlyIdentityAsked()
        # Without NITRO_API_KEY (the session's credential, or none), nothing is asked: the Nitro CLI's words.
        self.clear_requests()
        self.assertResult(self.nitro("api", "create", auth=False), 2, stderr=f"error: {h.MSG_NO_WORKSPACE}\n")
        self.assertNothingSent()

    def test_missing_name_and_path(self):
        self.set_default_workspace(self.team)
        for args, option in (([], "--name"), (["--path", "/x"], "--name"), (["--name", "x"], "--path"),
                             (["--name", "x", "--output", "json"], "--path")):
            with self.subTest(args=args):
                self.clear_requests()
                self.assertResult(self.nitro("api", "create", *args), 2,
                                  stderr=h.usage_error("api create", f"Missing required option '{option}'."))
                self.assertOnlyIdentityAsked()

    def test_without_credentials(self):
        result = self.nitro("api", "create", "--name", "x", "--path", "/x", "--workspace-id", self.team["id"],
                            auth=False)
        self.assertResult(result, 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    # -- errors the server gives for real --
    def refused(self, args, variables, expected_type, verbatim=True, key=None):
        typename, message = self.server_error(h.CREATE_API, variables, key=key)
        self.assertEqual(typename, expected_type)
        before = self.apis()
        env = {"NITRO_API_KEY": key} if key else None
        result = self.nitro("api", "create", *args, env=env)
        expected = message if verbatim else f"Unexpected mutation error: {message}"
        self.assertResult(result, 4 if expected_type == "UnauthorizedOperation" else 1, stderr=f"error: {expected}\n")
        self.assertRequests((h.CREATE_API, variables), key=key)
        self.assertEqual(self.apis(), before, "nothing was created")

    def test_duplicate_api(self):
        self.emulator.create_api(self.team["id"], "catalog", ["products", "catalog"])
        self.clear_requests()
        self.refused(["--name", "catalog", "--path", "/products/catalog", "--workspace-id", self.team["id"]],
                     create_variables(self.team["id"], ["products", "catalog"], "catalog"), "ChangeValidationFailed")

    def test_blank_name(self):
        # Refused before anything is sent (`non-empty` in the spec).
        code, out, err = self.nitro("api", "create", "--name", "  ", "--path", "/x", "--workspace-id", self.team["id"])
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn("must not be empty", err)
        self.assertNothingSent()

    def test_unknown_workspace(self):
        for workspace_id in (h.relay_id("Workspace", 999), h.relay_id("Workspace", 3)):
            with self.subTest(workspace=workspace_id):
                self.refused(["--name", "x", "--path", "/x", "--workspace-id", workspace_id],
                             create_variables(workspace_id, ["x"], "x"), "WorkspaceNotFoundForChange")

    def test_an_api_key_cannot_create_apis(self):
        self.refused(["--name", "x", "--path", "/x", "--workspace-id", self.team["id"]],
                     create_variables(self.team["id"], ["x"], "x"), "UnauthorizedOperation", verbatim=False,
                     key=self.api_key)

    # -- errors injected --
    def test_injected_errors(self):
        cases = [("ChangeValidationFailed", True), ("UnexpectedErrorOnChange", True),
                 ("WorkspaceNotFoundForChange", True), ("UnauthorizedOperation", False),
                 ("ChangeStructureInvalid", False)]
        for error_type, verbatim in cases:
            with self.subTest(type=error_type):
                message = f"Injected {error_type} for the test."
                self.fault("payload_error", type=error_type, message=message, operation=h.CREATE_API)
                result = self.nitro("api", "create", "--name", "x", "--path", "/x", "--workspace-id", self.team["id"])
                self.clear_faults()
                expected = message if verbatim else f"Unexpected mutation error: {message}"
                refused = error_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertResult(result, 4 if refused else 1, stderr=f"error: {expected}\n")
                self.assertRequests((h.CREATE_API, create_variables(self.team["id"], ["x"], "x")))
                self.assertEqual(self.apis(), [])

    def test_an_error_type_nitro_does_not_know(self):
        self.fault("unknown_typename", message="A future failure.", operation=h.CREATE_API)
        result = self.nitro("api", "create", "--name", "x", "--path", "/x", "--workspace-id", self.team["id"])
        self.assertResult(result, 1, stderr="error: Unexpected mutation error: A future failure.\n")

    def test_null_payload(self):
        self.fault("null_payload", operation=h.CREATE_API)
        result = self.nitro("api", "create", "--name", "x", "--path", "/x", "--workspace-id", self.team["id"])
        self.assertResult(result, 1, stderr=f"error: {h.MSG_NO_DATA}\n")
        self.assertRequests((h.CREATE_API, create_variables(self.team["id"], ["x"], "x")))


class ApiCreateInteractiveTests(ApiTestCase):

    def test_prompts_for_name_and_path(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api", "create", "--kind", "gateway")
        self.expect_exact(child, NAME_PROMPT)
        self.assertOnlyIdentityAsked()
        child.sendline("typed api")
        self.expect_exact(child, PATH_PROMPT)
        self.assertOnlyIdentityAsked()
        child.sendline("/typed/path")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Created API 'typed api'.", text)
        self.assertRequests((h.CREATE_API, create_variables(self.team["id"], ["typed", "path"], "typed api",
                                                            "GATEWAY")))
        self.assertApiShown(text, self.api_named("typed api"))

    def test_the_path_defaults_to_the_root(self):
        # The Nitro CLI offers '/' as the answer to take with Enter.
        self.set_default_workspace(self.team)
        child = self.spawn("api", "create", "--name", "at the root")
        self.expect_exact(child, PATH_PROMPT)
        child.sendline("")
        import pexpect
        again = self.expect(child, [re.escape(PATH_PROMPT), pexpect.EOF], what="the end or the question again")
        if again == 0:
            self.fail(f"Enter at the path question asked again instead of taking '/':\n{h.transcript(child)}")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRequests((h.CREATE_API, create_variables(self.team["id"], [], "at the root")))

    def test_no_prompt_before_the_workspace_is_known(self):
        # The Nitro CLI resolves the workspace before it asks for anything: nothing is typed in vain.
        child = self.spawn("api", "create")
        first = self.expect(child, [re.escape(h.MSG_NO_WORKSPACE_FOR_KEY), NAME_PROMPT + ":"],
                            what="the error or a question")
        if first == 1:
            self.fail(f"asked for the name with no workspace to create the API in:\n{h.transcript(child)}")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertEqual(text, f"error: {h.MSG_NO_WORKSPACE_FOR_KEY}\r\n")
        self.assertOnlyIdentityAsked()

    def test_a_typed_path_is_checked_and_asked_again(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api", "create", "--name", "x")
        self.expect_exact(child, PATH_PROMPT)
        child.sendline("no-slash")
        self.expect_exact(child, "The path 'no-slash' is invalid. It must start with '/'. Try again.")
        self.expect_exact(child, PATH_PROMPT)
        self.assertOnlyIdentityAsked()
        child.sendline("/now/right")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRequests((h.CREATE_API, create_variables(self.team["id"], ["now", "right"], "x")))

    def test_output_json_in_a_terminal_asks_nothing(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api", "create", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: Missing required option '--name'.", text)
        self.assertNotIn(NAME_PROMPT + ":", text)
        self.assertOnlyIdentityAsked()

    def test_output_json_in_a_terminal_prints_the_document(self):
        child = self.spawn("api", "create", "--name", "quiet", "--path", "/quiet", "--workspace-id", self.team["id"],
                           "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(h.json_objects(text), [self.api_named("quiet")])
        self.assertNotIn("Created API", text)


class ApiListTests(h.WorkspaceListCases, ApiTestCase):
    words = ("api", "list")
    operation = h.LIST_APIS

    def setUp(self):
        super().setUp()
        for i in range(1, 13):
            self.emulator.create_api(self.team["id"], f"api-{i:02d}", ["apis", f"n{i}"], kind="SERVICE")
        self.pages = self.emulator.api_pages(self.team["id"])
        self.clear_requests()
        self.assertEqual([len(p[0]) for p in self.pages], [10, 2])

    def list_variables(self, after=None, first=10, workspace=None):
        return {"workspaceId": (workspace or self.team)["id"], "after": after, "first": first}

    def test_first_page(self):
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                self.clear_requests()
                result = self.nitro("api", "list", "--workspace-id", self.team["id"], *args)
                doc = self.assertJsonResult(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})
                self.assertEqual(doc["values"][0]["path"], "apis/n1")
                self.assertRequests((h.LIST_APIS, self.list_variables()))

    def test_next_pages(self):
        cursor = self.pages[0][1]
        for how in ("option", "NITRO_CURSOR", "BARISTA_CURSOR"):
            with self.subTest(how=how):
                self.clear_requests()
                args, env = (["--cursor", cursor], None) if how == "option" else ([], {how: cursor})
                result = self.nitro("api", "list", "--workspace-id", self.team["id"], *args, env=env)
                self.assertJsonResult(result, {"values": self.pages[1][0], "cursor": self.pages[1][1]})
                self.assertRequests((h.LIST_APIS, self.list_variables(after=cursor)))
        self.clear_requests()
        result = self.nitro("api", "list", "--workspace-id", self.team["id"], "--cursor", self.pages[1][1])
        self.assertJsonResult(result, {"values": [], "cursor": None})

    def test_cursor_option_beats_environment(self):
        result = self.nitro("api", "list", "--workspace-id", self.team["id"], "--cursor", self.pages[0][1],
                            env={"NITRO_CURSOR": self.pages[1][1]})
        self.assertJsonResult(result, {"values": self.pages[1][0], "cursor": self.pages[1][1]})

    def test_all(self):
        result = self.nitro("api", "list", "--workspace-id", self.team["id"], "--all")
        self.assertJsonResult(result, {"values": self.pages[0][0] + self.pages[1][0], "cursor": None})
        self.assertRequests((h.LIST_APIS, self.list_variables(first=50)))

    def test_all_over_several_pages(self):
        for i in range(13, 56):
            self.emulator.create_api(self.team["id"], f"api-{i:02d}", ["apis", f"n{i}"])
        pages = self.emulator.api_pages(self.team["id"], page_size=50)
        self.clear_requests()
        self.assertEqual([len(p[0]) for p in pages], [50, 5])
        result = self.nitro("api", "list", "--workspace-id", self.team["id"], "--all")
        self.assertJsonResult(result, {"values": pages[0][0] + pages[1][0], "cursor": None})
        self.assertRequests((h.LIST_APIS, self.list_variables(first=50)),
                            (h.LIST_APIS, self.list_variables(after=pages[0][1], first=50)))

    def test_workspace_resolution(self):
        other = self.emulator.create_workspace("Other Team")
        only = self.emulator.create_api(other["id"], "lonely", ["lonely"])
        self.set_default_workspace(other)
        self.clear_requests()
        result = self.nitro("api", "list")
        self.assertRequests((h.LIST_APIS, self.list_variables(workspace=other)))
        cursor = self.emulator.api_pages(other["id"])[0][1]
        self.assertJsonResult(result, {"values": [h.plain_api(only)], "cursor": cursor})
        self.clear_requests()
        for args, env in ((["--workspace-id", self.team["id"]], None), ([], {"NITRO_WORKSPACE_ID": self.team["id"]}),
                          ([], {"BARISTA_WORKSPACE_ID": self.team["id"]})):
            with self.subTest(args=args, env=env):
                self.clear_requests()
                result = self.nitro("api", "list", *args, env=env)
                self.assertJsonResult(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})
                self.assertRequests((h.LIST_APIS, self.list_variables()))

    def test_table_in_a_terminal(self):
        self.set_default_workspace(self.team)
        child = self.spawn("api", "list")
        self.expect_exact(child, "APIs")
        for text in ("Id", "Name", "Path", "api-01", "apis/n1", "api-10"):
            self.expect_exact(child, text)
        self.press(child, "n")
        self.expect_exact(child, "api-12")
        self.press(child, "\r")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        docs = h.json_objects(text)
        self.assertTrue(docs, text)
        self.assertEqual(docs[-1], self.pages[1][0][0])
        self.assertEqual(list(docs[-1]), ["id", "name", "path", "workspace", "apiDetailPromptSettings"])
        self.assertRequests((h.LIST_APIS, self.list_variables()),
                            (h.LIST_APIS, self.list_variables(after=self.pages[0][1])))


class ApiShowTests(ApiTestCase):

    def setUp(self):
        super().setUp()
        self.api = h.plain_api(self.emulator.create_api(self.team["id"], "catalog", ["products", "catalog"],
                                                        kind="GATEWAY"))
        self.clear_requests()

    def test_show(self):
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                self.clear_requests()
                result = self.nitro("api", "show", self.api["id"], *args)
                self.assertJsonResult(result, self.api)
                self.assertRequests((h.SHOW_API, {"apiId": self.api["id"]}))
        self.assertEqual(self.api["path"], "products/catalog")

    def test_not_found(self):
        theirs = self.emulator.create_workspace("Their Team", key=self.other_pat)
        their_api = self.emulator.create_api(theirs["id"], "theirs", ["t"], key=self.other_pat)
        self.clear_requests()
        for unknown in (h.relay_id("Api", 999), their_api["id"], self.team["id"], "not-an-id"):
            with self.subTest(id=unknown):
                self.clear_requests()
                self.assertResult(self.nitro("api", "show", unknown), 1, stderr=not_found(unknown))
                self.assertRequests((h.SHOW_API, {"apiId": unknown}))

    def test_missing_id(self):
        self.assertResult(self.nitro("api", "show"), 2, stderr=h.usage_error(
            "api show", "Missing required argument '<id>'.", usage="nitro api show <id> [options]"))
        self.assertNothingSent()

    def test_without_credentials(self):
        self.assertResult(self.nitro("api", "show", self.api["id"], auth=False), 4, stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    def test_in_a_terminal(self):
        child = self.spawn("api", "show", self.api["id"])
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertApiShown(text, self.api)
        self.assertRequests((h.SHOW_API, {"apiId": self.api["id"]}))


class ApiDeleteTests(ApiTestCase):

    def setUp(self):
        super().setUp()
        self.api = h.plain_api(self.emulator.create_api(self.team["id"], "doomed", ["doomed"]))
        self.clear_requests()

    def exists(self):
        found = self.emulator.show_api(self.api["id"])
        self.clear_requests()
        return found is not None

    def both(self):
        return (h.DELETE_API_CHECK, {"apiId": self.api["id"]}), (h.DELETE_API, {"apiId": self.api["id"]})

    def test_force_deletes(self):
        for args in (["--force"], ["--force", "--output", "json"]):
            with self.subTest(args=args):
                self.reset()
                self.api = h.plain_api(self.emulator.create_api(self.team["id"], "doomed", ["doomed"]))
                self.clear_requests()
                result = self.nitro("api", "delete", self.api["id"], *args)
                self.assertJsonResult(result, self.api)
                self.assertRequests(*self.both())
                self.assertFalse(self.exists())

    def test_without_force_nothing_is_sent(self):
        for args in ([], ["--output", "json"]):
            with self.subTest(args=args):
                self.assertResult(self.nitro("api", "delete", self.api["id"], *args), 2, stderr=CONFIRM_REFUSED)
                self.assertNothingSent()
        self.assertTrue(self.exists())

    def test_unknown_api_is_looked_up_first(self):
        theirs = self.emulator.create_workspace("Their Team", key=self.other_pat)
        their_api = self.emulator.create_api(theirs["id"], "theirs", ["t"], key=self.other_pat)
        self.clear_requests()
        for unknown in (h.relay_id("Api", 999), their_api["id"], self.team["id"]):
            with self.subTest(id=unknown):
                self.clear_requests()
                self.assertResult(self.nitro("api", "delete", unknown, "--force"), 1, stderr=not_found(unknown))
                self.assertRequests((h.DELETE_API_CHECK, {"apiId": unknown}))
        self.assertIsNotNone(self.emulator.show_api(their_api["id"], key=self.other_pat))

    def test_missing_id(self):
        self.assertResult(self.nitro("api", "delete", "--force"), 2, stderr=h.usage_error(
            "api delete", "Missing required argument '<id>'.", usage="nitro api delete <id> [options]"))
        self.assertNothingSent()

    def test_without_credentials(self):
        self.assertResult(self.nitro("api", "delete", self.api["id"], "--force", auth=False), 4,
                          stderr=h.MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()

    def test_every_error_type_is_unexpected(self):
        for error_type in ("ApiNotFoundError", "UnauthorizedOperation", "ApiDeletionFailedError"):
            with self.subTest(type=error_type):
                message = f"Injected {error_type} for the test."
                self.fault("payload_error", type=error_type, message=message, operation=h.DELETE_API)
                result = self.nitro("api", "delete", self.api["id"], "--force")
                self.clear_faults()
                refused = error_type == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertResult(result, 4 if refused else 1, stderr=f"error: Unexpected mutation error: {message}\n")
                self.assertRequests(*self.both())
                self.clear_requests()
        self.assertTrue(self.exists())

    def test_an_api_key_cannot_delete(self):
        key = self.emulator.create_api_key("reader", self.team["id"], api_id=self.api["id"])
        self.remember_secret(key["secret"])
        typename, message = self.server_error(h.DELETE_API, {"apiId": self.api["id"]}, key=key["secret"])
        self.assertEqual(typename, "UnauthorizedOperation")
        result = self.nitro("api", "delete", self.api["id"], "--force", env={"NITRO_API_KEY": key["secret"]})
        self.assertResult(result, 4, stderr=f"error: Unexpected mutation error: {message}\n")
        self.assertRequests(*self.both(), key=key["secret"])
        self.assertTrue(self.exists())

    def test_an_error_type_nitro_does_not_know(self):
        self.fault("unknown_typename", message="A future failure.", operation=h.DELETE_API)
        result = self.nitro("api", "delete", self.api["id"], "--force")
        self.assertResult(result, 1, stderr="error: Unexpected mutation error: A future failure.\n")

    def test_null_payload(self):
        self.fault("null_payload", operation=h.DELETE_API)
        result = self.nitro("api", "delete", self.api["id"], "--force")
        self.assertResult(result, 1, stderr=f"error: {h.MSG_NO_DATA}\n")
        self.assertRequests(*self.both())

    # -- on a terminal --
    def question(self):
        child = self.spawn("api", "delete", self.api["id"])
        self.expect_exact(child, "Do you really want to delete API doomed")
        self.expect_exact(child, "[y/N]")
        # The API is looked up first: the question names it.
        self.assertRequests(self.both()[0])
        self.clear_requests()
        return child

    def test_answer_n_keeps_the_api(self):
        child = self.question()
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("The API was not deleted.", text)
        self.assertNothingSent()
        self.assertTrue(self.exists())

    def test_answer_y_deletes(self):
        child = self.question()
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn(f"✓ Deleted API '{self.api['id']}'.", text)
        self.assertApiShown(text, self.api)
        self.assertRequests(self.both()[1])
        self.assertFalse(self.exists())

    def test_force_does_not_ask(self):
        child = self.spawn("api", "delete", self.api["id"], "--force")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Do you really want", text)
        self.assertRequests(*self.both())
        self.assertFalse(self.exists())

    def test_unknown_api_is_not_asked_about(self):
        unknown = h.relay_id("Api", 999)
        child = self.spawn("api", "delete", unknown)
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertEqual(text, not_found(unknown).replace("\n", "\r\n"))
        self.assertRequests((h.DELETE_API_CHECK, {"apiId": unknown}))

    def test_output_json_without_force_in_a_terminal(self):
        child = self.spawn("api", "delete", self.api["id"], "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("error: " + h.MSG_CONFIRM_NON_INTERACTIVE, text)
        self.assertNotIn("Do you really want", text)
        self.assertNothingSent()
        self.assertTrue(self.exists())


class PublishedIdTests(ApiTestCase):

    def test_every_document_hashes_to_its_published_id(self):
        self.set_default_workspace(self.team)
        seen = set()

        def collect():
            for req in self.requests():
                self.assertPublished(req)
                if req["operationName"] != h.IDENTITY:
                    seen.add(req["operationName"])
            self.clear_requests()

        code, out, err = self.nitro("api", "create", "--name", "hashed", "--path", "/hashed", "--kind", "service")
        self.assertEqual(code, 0, err)
        api_id = h.parse_json(out)["id"]
        collect()
        for args in (["list"], ["list", "--all"], ["show", api_id], ["delete", api_id, "--force"]):
            self.assertEqual(self.nitro("api", *args)[0], 0, args)
            collect()
        self.assertEqual(seen, {h.CREATE_API, h.LIST_APIS, h.SHOW_API, h.DELETE_API_CHECK, h.DELETE_API})
