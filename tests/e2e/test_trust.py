"""What users trust the tool to tell them (issue: trust and interaction): the Nitro CLI's BARISTA_ names for
every variable, the help and version words people type, the server's own reason for a refused request, and
activity lines that name what they act on."""

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h


class BaristaNames(h.E2ETestCase):
    """Every NITRO_X variable has its BARISTA_X fallback, as the Nitro CLI reads them."""

    def test_barista_timeout_is_read_and_named_in_its_error(self):
        result = self.nitro("pat", "list", env={"BARISTA_TIMEOUT": "abc"})
        self.assertFailure(result, 2)
        self.assertIn("error: invalid value 'abc' for BARISTA_TIMEOUT: expected whole seconds from 1 to 3600",
                      result[2])
        self.assertNothingSent()

    def test_nitro_timeout_wins_over_barista_timeout(self):
        result = self.nitro("pat", "list", env={"NITRO_TIMEOUT": "30", "BARISTA_TIMEOUT": "abc"})
        self.assertEqual(result[0], 0, result[2])

    def test_barista_connect_timeout_is_read(self):
        result = self.nitro("pat", "list", env={"BARISTA_CONNECT_TIMEOUT": "0"})
        self.assertFailure(result, 2)
        self.assertIn("for BARISTA_CONNECT_TIMEOUT", result[2])

    def test_barista_client_version_is_sent(self):
        result = self.nitro("pat", "list", env={"BARISTA_CLIENT_VERSION": "9.9.9-ci"})
        self.assertEqual(result[0], 0, result[2])
        headers = self.requests("ListPersonalAccessTokenCommandQuery")[-1]["headers"]
        self.assertEqual(headers.get("graphql-client-version"), "9.9.9-ci")

    def test_barista_verbose_traces(self):
        result = self.nitro("pat", "list", env={"BARISTA_VERBOSE": "true"})
        self.assertEqual(result[0], 0, result[2])
        self.assertIn("POST", result[2])
        self.assertIn("/graphql", result[2])


class HelpAndVersionWords(h.E2ETestCase):
    """`nitro help <command>`, `nitro version` and `-v` work as users of gh and kubectl try them."""

    def test_help_word_prints_the_commands_help(self):
        for words in (["pat", "create"], ["pat"], []):
            with self.subTest(words=words):
                expected = self.nitro(*words, "--help", auth=False)
                result = self.nitro("help", *words, auth=False)
                self.assertEqual(result, expected)
                self.assertEqual(result[0], 0)
                self.assertTrue(result[1].startswith("Description:"), result[1][:80])

    def test_help_word_with_an_unknown_command_is_a_usage_error(self):
        result = self.nitro("help", "nope", auth=False)
        self.assertFailure(result, 2)
        self.assertIn("error: unrecognized subcommand 'nope'", result[2])

    def test_version_word_and_short_flag(self):
        expected = self.nitro("--version", auth=False)
        for argv in (["version"], ["-v"]):
            with self.subTest(argv=argv):
                self.assertEqual(self.nitro(*argv, auth=False), expected)
        self.assertRegex(expected[1], r"^nitro \d+\.\d+\.\d+\n$")


class GlobalOptionsBeforeOrAfter(h.E2ETestCase):
    """The man page's promise: every command takes the global options before or after its name; a list's
    --cursor, --all, --limit and a result's --jq are its own, after its name, as the man page now says."""

    @staticmethod
    def leaves():
        import tomllib
        spec = tomllib.loads((h.REPO / "spec" / "nitro.toml").read_text(encoding="utf-8"))
        found = []

        def walk(words, table):
            subs = [k for k, v in table.items() if isinstance(v, dict) and "summary" in v]
            if not subs and words and not table.get("hidden"):
                found.append(words)
            for k in subs:
                walk(words + [k], table[k])
        walk([], spec["commands"])
        return found

    def test_every_command_takes_them_before_and_after_its_name(self):
        leaves = self.leaves()
        self.assertIn(["pat", "create"], leaves)
        self.assertIn(["status"], leaves)
        dead = {"NITRO_CLOUD_URL": "http://127.0.0.1:9"}  # nothing listens: whatever runs fails fast
        globals_ = ["--cloud-url", "http://127.0.0.1:9", "--api-key", "k", "--output", "json", "--verbose"]
        for words in leaves:
            for argv in (globals_ + words, words + globals_, words[:1] + globals_ + words[1:]):
                with self.subTest(argv=argv):
                    code, out, err = self.nitro(*argv, env=dead, input="", timeout=20)
                    self.assertNotIn("unexpected argument", err)
                    self.assertNotIn("unrecognized subcommand", err)

    def test_a_lists_options_come_after_its_name(self):
        for argv in (["--all", "pat", "list"], ["pat", "--limit", "2", "list"], ["--jq", ".id", "pat", "list"]):
            with self.subTest(argv=argv):
                result = self.nitro(*argv)
                self.assertFailure(result, 2, f"unexpected argument '{argv[0] if argv[0] != 'pat' else argv[1]}'")
                self.assertNothingSent()
        man = (h.REPO / "generated" / "man" / "nitro.1").read_text(encoding="utf-8")
        self.assertIn("Every command takes these options, before or after its name.", man)
        self.assertIn("taken after its name", man)


class ServerReasons(h.E2ETestCase):
    def test_a_400_with_a_graphql_error_shows_the_servers_message_and_code(self):
        self.fault("http_status", status=400, body="json", message="The query is too complex.",
                   code="HC0047")
        result = self.nitro("pat", "list")
        self.assertFailure(result, 1)
        self.assertIn("error: The server returned an unexpected HTTP status code (400 - BadRequest): "
                      "The query is too complex. (HC0047)", result[2])

    def test_a_500_without_a_graphql_body_shows_the_status_alone(self):
        self.fault("http_status", status=500)
        result = self.nitro("pat", "list")
        self.assertFailure(result, 1)
        self.assertIn("error: The server returned an unexpected HTTP status code (500 - InternalServerError)\n",
                      result[2])

    def test_the_servers_message_is_made_safe_for_a_terminal(self):
        self.fault("http_status", status=400, body="json", message="bad \x1b]0;owned\x07 request")
        result = self.nitro("pat", "list")
        self.assertFailure(result, 1)
        self.assertIn("(400 - BadRequest): bad \\x1b]0;owned\\x07 request", result[2])


class ActivityNamesTheItem(h.E2ETestCase):
    def test_pat_revoke_names_the_token_it_revokes(self):
        token = self.emulator.create_token("to revoke")
        self.fault("slow", delayMs=800, count=1)
        child = self.spawn("pat", "revoke", token["id"], "--force")
        self.expect_exact(child, f"Revoking personal access token '{token['id']}'")
        self.finish(child)


class RefusedCredentialsByCauseAndSource(h.ResourceTestCase):
    """A refused credential is worded by its cause and names where it came from."""

    def test_an_unknown_key_from_the_environment(self):
        bad = "nitro-e2e-unknown-key-trust-0001"
        self.remember_secret(bad)
        for variable in ("NITRO_API_KEY", "BARISTA_API_KEY"):
            with self.subTest(variable=variable):
                result = self.nitro("pat", "list", env={"NITRO_API_KEY": None, variable: bad})
                self.assertFailure(result, 4)
                self.assertIn(f"error: The API key from {variable} was not accepted (unknown, revoked or expired).\n",
                              result[2])
                self.assertIn(f"  hint: the request went to {self.emulator.endpoint} (from NITRO_CLOUD_URL); "
                              "check that it names the right server.", result[2])

    def test_an_unknown_key_from_the_command_line(self):
        bad = "nitro-e2e-unknown-key-trust-0002"
        self.remember_secret(bad)
        result = self.nitro("pat", "list", "--api-key", bad, env={"NITRO_API_KEY": None})
        self.assertFailure(result, 4)
        self.assertIn("error: The API key from --api-key was not accepted (unknown, revoked or expired).", result[2])

    def test_the_sessions_key_and_the_way_back(self):
        bad = "nitro-e2e-unknown-key-trust-0003"
        self.remember_secret(bad)
        self.write_session({"apiKey": bad, "apiUrl": self.emulator.base_url})
        result = self.nitro("pat", "list", env={"NITRO_API_KEY": None, "NITRO_CLOUD_URL": None})
        self.assertFailure(result, 4)
        self.assertIn("error: The session file's API key was not accepted (unknown, revoked or expired).", result[2])
        self.assertIn("(from the session's apiUrl)", result[2])
        # A session from `login --with-token` knows no OAuth client id: the sign-in that works is a token.
        self.assertIn("  hint: run 'nitro login --with-token' to sign in again.", result[2])

    def test_a_key_outside_its_scope_is_a_permission_not_a_bad_key(self):
        self.fault("auth_error", code="AUTH_NOT_AUTHORIZED")
        result = self.nitro("workspace", "list")
        self.assertFailure(result, 4)
        self.assertIn("error: The API key from NITRO_API_KEY may not do this: the server refused it the permission",
                      result[2])
        self.assertNotIn("was not accepted", result[2])
        self.assertNotIn("hint: the request went to", result[2])

    def test_an_empty_api_key_option_is_a_usage_error(self):
        for argv in (["--api-key", ""], ["--api-key="], ["--api-key", "  "]):
            with self.subTest(argv=argv):
                result = self.nitro("pat", "list", *argv)
                self.assertFailure(result, 2)
                self.assertIn("for '--api-key <api-key>': it must not be empty", result[2])
                self.assertNothingSent()


class SpinnerAnimates(h.E2ETestCase):
    def test_the_spinner_turns_while_a_request_hangs(self):
        """Ten frames a second, not one: libcurl alone checks in about once a second while nothing arrives."""
        self.fault("slow", delayMs=2500, count=1)
        child = self.spawn("pat", "list", "--all", env={"LANG": "C.UTF-8"})
        self.expect_exact(child, "Fetching personal access tokens")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        frames = set(ch for ch in text if ch in "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
        self.assertGreaterEqual(len(frames), 6, f"frames drawn: {sorted(frames)}")


class ListsOnATerminal(h.E2ETestCase):
    def test_expiry_reads_as_pat_create_reported_it(self):
        """A token made for 3 days reads "3 days" in the table minutes later, not "2 days"."""
        made_minutes_ago = h.iso_utc(h.utcnow() + h._dt.timedelta(days=3, minutes=-2))
        self.emulator.admin_token(description="three days", expires_at=made_minutes_ago)
        child = self.spawn("pat", "list", dimensions=(40, 200))
        self.expect(child, r"three days\s+\d+ days?", what="the token's row")
        self.assertRegex(child.after, r"three days\s+3 days")
        child.send("q")
        self.finish(child)


class LongListsOnATerminal(h.E2ETestCase):
    """--limit and --all on a terminal, the footer's moves, PgUp/PgDn, and the page kept after q."""

    SEED_TOKENS = 60

    def test_limit_on_a_terminal_is_a_table_of_that_many_rows(self):
        for terminal in AWKWARD:
            with self.subTest(terminal=terminal):
                child = self.spawn("pat", "list", "--limit", "3", env=terminal["env"],
                                   dimensions=terminal["dimensions"])
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                lines = text.replace("\r\n", "\n").splitlines()
                self.assertEqual(lines[0], "PersonalAccessTokens", text)
                rows = [line for line in lines if line.startswith("  UGVy")]
                self.assertEqual(len(rows), 3, text)
                self.assertNotIn("{", text, "a table, not JSON")
                self.assertNotIn("Page ", text, "printed, not paged")
                self.assertRegex(text, r"More items follow: '--cursor [^']+' resumes after the last one\.")
        # Without a terminal, --limit is still the JSON document.
        doc = self.assertJsonDocument(self.nitro("pat", "list", "--limit", "3")[1])
        self.assertEqual(len(doc["values"]), 3)

    def test_all_on_a_terminal_counts_what_it_has_fetched(self):
        self.fault("slow", delayMs=1500, count=2, operation=h.LIST_PATS)
        child = self.spawn("pat", "list", "--all", dimensions=(24, 100))
        self.expect_exact(child, "Fetching personal access tokens: 0 fetched")
        self.expect_exact(child, "Fetching personal access tokens: 50 fetched")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)

    def test_the_footer_offers_only_the_moves_there_are_and_pgdn_pgup_page(self):
        child = self.spawn("pat", "list", dimensions=(30, 120))
        self.expect(child, r"Page 1  [^\r\n]*q quit", what="the first footer")
        self.assertIn("n next", child.after)
        self.assertNotIn("p previous", child.after, "nothing before the first page")
        for _ in range(6):  # PgDn to the last page (61 tokens, 10 a page)
            child.send("\x1b[6~")
            self.expect(child, r"Page \d+[^\r\n]*q quit", what="a footer after PgDn")
        self.assertIn("Page 7 (last)", child.after)
        self.assertNotIn("n next", child.after, "no next on the last page")
        self.assertIn("p previous", child.after)
        child.send("\x1b[5~")
        self.expect(child, r"Page 6  [^\r\n]*q quit", what="the footer after PgUp")
        child.send("q")
        code, text = self.finish(child)
        self.assertEqual(code, 0)
        # After q the page stays readable: printed plain (no escape sequence) once the alternate screen is left.
        raw = "".join(child.transcript)
        self.assertIn("\x1b[?1049l", raw)
        kept = raw.rsplit("\x1b[?1049l", 1)[1]
        self.assertNotIn("\x1b", kept)
        lines = kept.replace("\r\n", "\n").strip("\n").split("\n")
        self.assertEqual(lines[0], "PersonalAccessTokens", kept)
        self.assertEqual(len([line for line in lines if line.startswith("  UGVy")]), 10, kept)
        self.assertNotIn("Page 6", kept)


class StatusTellsTheTruth(h.ResourceTestCase):
    """`status` asks the server whom the credential in use acts for (nitro's own NitroIdentityQuery) and shows
    that, not the stored session's user, when --api-key or NITRO_API_KEY overrides the session."""

    SESSION_KEY = "nitro-e2e-session-key-trust-0100"

    def setUp(self):
        super().setUp()
        self.remember_secret(self.SESSION_KEY)
        self.other_ws = self.emulator.create_workspace("Session's Team")

    def session_of(self, email="someone.else@example.com"):
        """A session signed in as `email` (a sign-in's fields), whose default workspace is not the team's."""
        self.write_session({"email": email, "tenant": "acme", "apiKey": self.SESSION_KEY,
                            "apiUrl": self.emulator.base_url,
                            "workspace": {"id": self.other_ws["id"], "name": self.other_ws["name"]}})

    def status(self, *args, key, variable="NITRO_API_KEY"):
        self.clear_requests()
        env = {"NITRO_API_KEY": None, variable: key}
        return self.nitro("status", *args, env=env)

    def shown(self, *args, key, variable="NITRO_API_KEY"):
        """What `status` prints on a terminal (labelled lines), and its exit code."""
        self.clear_requests()
        child = self.spawn("status", *args, env={"NITRO_API_KEY": None, variable: key})
        code, text = self.finish(child)
        return code, text.replace("\r\n", "\n")

    def test_a_workspace_key_from_the_environment(self):
        key = self.emulator.create_api_key("ci key", self.team["id"])
        self.remember_secret(key["secret"])
        self.session_of()
        code, out = self.shown(key=key["secret"])
        self.assertEqual(code, 0, out)
        self.assertEqual(out, f"API key:    ci key ({key['id']})\n"
                              "Scope:      the whole workspace\n"
                              f"Workspace:  Team Nitro ({self.team['id']})\n"
                              f"API:        {self.emulator.endpoint}\n"
                              "Credential: NITRO_API_KEY\n"
                              "Session:    not in use while NITRO_API_KEY is set (signed in as "
                              "someone.else@example.com)\n")
        self.assertEqual([r["operationName"] for r in self.requests()], [h.IDENTITY])
        self.assertRequest(self.requests()[0], h.IDENTITY, {}, key=key["secret"])
        code, out, err = self.status("--output", "json", key=key["secret"], variable="BARISTA_API_KEY")
        self.assertEqual(code, 0, err)
        self.assertEqual(h.parse_json(out), {
            "email": None, "tenant": None, "workspace": {"id": self.team["id"], "name": "Team Nitro"},
            "apiUrl": self.emulator.endpoint, "credential": "BARISTA_API_KEY", "expiresAt": None, "user": None,
            "apiKey": {"id": key["id"], "name": "ci key", "workspace": {"id": self.team["id"], "name": "Team Nitro"},
                       "api": None},
            "sessionOverridden": True})

    def test_an_api_scoped_key_names_its_api_and_path(self):
        api = self.emulator.create_api(self.team["id"], "catalog", ["products", "catalog"])
        key = self.emulator.create_api_key("catalog key", self.team["id"], api_id=api["id"])
        self.remember_secret(key["secret"])
        code, out = self.shown("--api-key", key["secret"], key=None)
        self.assertEqual(code, 0, out)
        self.assertIn(f"Scope:      the API catalog (products/catalog, {api['id']})\n", out)
        self.assertIn("Credential: --api-key\n", out)
        self.assertNotIn("Session:", out, "there is no session to override")
        code, out, err = self.nitro("status", "--api-key", key["secret"], "--jq", ".apiKey.api",
                                    env={"NITRO_API_KEY": None})
        self.assertEqual(h.parse_json(out), {"id": api["id"], "name": "catalog", "path": "products/catalog"})

    def test_another_users_pat_is_that_user_and_gets_no_session_workspace(self):
        self.session_of("dev@nitro.local")
        code, out, err = self.status("--output", "json", key=self.other_pat)
        self.assertEqual(code, 0, err)
        doc = h.parse_json(out)
        self.assertEqual(doc["email"], "other@nitro.local")
        self.assertEqual(doc["user"]["name"], "Other User")
        self.assertIsNone(doc["tenant"], "the session's tenant is its sign-in's")
        self.assertIsNone(doc["workspace"], "the session's default workspace is dev's")
        code, out = self.shown(key=self.other_pat)
        self.assertTrue(out.startswith("User:       Other User <other@nitro.local>\nWorkspace:  (none)\n"), out)
        self.assertIn("Session:    not in use while NITRO_API_KEY is set (signed in as dev@nitro.local)\n", out)

    def test_the_sessions_own_user_keeps_its_workspace(self):
        self.session_of("dev@nitro.local")
        code, out, err = self.status("--output", "json", key=self.pat)
        self.assertEqual(code, 0, err)
        doc = h.parse_json(out)
        self.assertEqual((doc["email"], doc["tenant"]), ("dev@nitro.local", "acme"))
        self.assertEqual(doc["workspace"], {"id": self.other_ws["id"], "name": "Session's Team"})

    def test_a_token_session_is_asked_for_too(self):
        # `login --with-token` stores no user: the server says whose the token is; the session's workspace is
        # its own, so it stays.
        self.write_session({"apiKey": self.pat, "apiUrl": self.emulator.base_url,
                            "workspace": {"id": self.other_ws["id"], "name": self.other_ws["name"]}})
        code, out = self.shown(key=None)
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[:2], ["User:       Dev User <dev@nitro.local>",
                                                f"Workspace:  Session's Team ({self.other_ws['id']})"])
        self.assertIn("Credential: session token (from login --with-token)\n", out)
        self.assertNotIn("Session:", out)
        self.assertRequest(self.requests()[0], h.IDENTITY, {}, key=self.pat)

    def test_a_bogus_key_is_told_by_its_cause(self):
        bad = "nitro-e2e-unknown-key-trust-0101"
        self.remember_secret(bad)
        self.session_of()
        code, out, err = self.status(key=bad)
        self.assertEqual((code, out), (4, ""))
        self.assertIn("error: The API key from NITRO_API_KEY was not accepted (unknown, revoked or expired).\n", err)
        self.assertNotIn("someone.else", err)

    def test_a_server_without_current_api_key_still_tells_a_user(self):
        # A server that knows only `me` refuses nitro's question as invalid (a 400 with a GraphQL error):
        # `me` alone is asked then.
        self.fault("http_status", status=400, body="json", message="The field `currentApiKey` does not exist.",
                   count=1, operation=h.IDENTITY)
        code, out = self.shown(key=self.pat)
        self.assertEqual(code, 0, out)
        self.assertTrue(out.startswith("User:       Dev User <dev@nitro.local>\n"), out)
        self.assertEqual([r["operationName"] for r in self.requests()], [h.IDENTITY, "NitroViewerQuery"])
        key = self.emulator.create_api_key("old server key", self.team["id"])
        self.remember_secret(key["secret"])
        self.fault("http_status", status=400, body="json", message="The field `currentApiKey` does not exist.",
                   count=1, operation=h.IDENTITY)
        code, out = self.shown(key=key["secret"])
        self.assertEqual(code, 0, out)
        self.assertTrue(out.startswith("API key:    (the server does not say what it acts for)\nWorkspace:  (none)\n"),
                        out)


class WorkspaceOfTheCredentialInUse(h.ResourceTestCase):
    """The session's default workspace is its sign-in's: never applied to an API key or another user's PAT; a
    workspace-scoped key needs no --workspace-id; the advice for a script's credential never says "log in"."""

    def key(self, workspace, api_id=None):
        key = self.emulator.create_api_key("ws key", workspace["id"], api_id=api_id)
        self.remember_secret(key["secret"])
        self.clear_requests()
        return key["secret"]

    def test_a_workspace_key_needs_no_workspace_id(self):
        self.emulator.create_api(self.team["id"], "catalog", ["catalog"])
        secret = self.key(self.team)
        code, out, err = self.nitro("api", "list", env={"NITRO_API_KEY": secret})
        self.assertEqual(code, 0, err)
        self.assertEqual([a["name"] for a in h.parse_json(out)["values"]], ["catalog"])
        self.assertEqual([r["operationName"] for r in self.requests()], [h.IDENTITY, h.LIST_APIS])
        self.assertEqual(self.requests()[1]["json"]["variables"]["workspaceId"], self.team["id"])

    def test_a_keys_workspace_wins_over_the_sessions_default(self):
        other = self.emulator.create_workspace("Session's Team")
        self.set_default_workspace(other)
        secret = self.key(self.team)
        code, out, err = self.nitro("api-key", "list", env={"NITRO_API_KEY": secret})
        self.assertEqual(code, 0, err)
        self.assertEqual(self.requests()[-1]["json"]["variables"]["workspaceId"], self.team["id"])
        # An explicit --workspace-id still wins, and nothing is asked.
        self.clear_requests()
        code, out, err = self.nitro("api-key", "list", "--workspace-id", self.team["id"],
                                    env={"NITRO_API_KEY": secret})
        self.assertEqual(code, 0, err)
        self.assertEqual([r["operationName"] for r in self.requests()], [h.LIST_API_KEYS])

    def test_another_users_pat_does_not_take_the_sessions_workspace(self):
        self.write_session({"email": "dev@nitro.local", "workspace": {"id": self.team["id"], "name": "Team Nitro"}})
        code, out, err = self.nitro("api", "list", env={"NITRO_API_KEY": self.other_pat})
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "error: Could not determine workspace: the session's default workspace is "
                              "dev@nitro.local's, and the credential from NITRO_API_KEY acts for other@nitro.local. "
                              "Specify the '--workspace-id' option or set NITRO_WORKSPACE_ID.\n")
        self.assertNotIn("login", err)
        self.assertOnlyIdentityAsked()

    def test_a_pat_without_a_workspace_is_not_told_to_log_in(self):
        code, out, err = self.nitro("environment", "list", "--output", "json")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, f"error: {h.MSG_NO_WORKSPACE_FOR_KEY}\n")
        self.assertNotIn("log in", err.lower().replace("login", "log in"))

    def test_a_key_the_server_cannot_place(self):
        secret = self.key(self.team)
        self.fault("http_status", status=400, body="json", message="The field `currentApiKey` does not exist.",
                   count=1, operation=h.IDENTITY)
        code, out, err = self.nitro("api", "list", env={"NITRO_API_KEY": secret})
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "error: Could not determine workspace: the server does not say which workspace the "
                              "API key from NITRO_API_KEY is for. Specify the '--workspace-id' option or set "
                              "NITRO_WORKSPACE_ID.\n")


# The terminals people have: narrow and short, without a UTF-8 locale, or without cursor movement.
AWKWARD = [
    {"dimensions": (8, 40), "env": {}},
    {"dimensions": (24, 80), "env": {"TERM": "dumb"}},
    {"dimensions": (8, 40), "env": {"LANG": "C", "LC_ALL": "C"}},
]


class ForgivingPrompts(h.ResourceTestCase):
    """An invalid answer asks again with the reason; pickers mark the default, take it (or the first) on Enter,
    still take numbers, and list what tells items apart (an API's path beside its name)."""

    def test_an_empty_name_and_a_path_without_a_slash_are_asked_again(self):
        for i, terminal in enumerate(AWKWARD):
            with self.subTest(terminal=terminal):
                self.set_default_workspace(self.team)
                name = f"カタログ {i}" if "LANG" not in terminal["env"] else f"catalog {i}"
                child = self.spawn("api", "create", env=terminal["env"], dimensions=terminal["dimensions"])
                self.expect_exact(child, "Name")
                child.sendline("   ")
                self.expect_exact(child, "An answer is needed: it must not be empty.")
                self.expect_exact(child, "Name")
                child.sendline(name)
                self.expect_exact(child, "Path (e.g. /foo/bar)")
                child.sendline("shop/カタログ")
                self.expect_exact(child, "It must start with '/'. Try again.")
                self.expect_exact(child, "Path (e.g. /foo/bar)")
                child.sendline(f"/shop/{i}")
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                made = [r["json"]["variables"] for r in self.requests(h.CREATE_API)]
                self.assertEqual((made[-1]["name"], made[-1]["path"]), (name, ["shop", str(i)]))

    def test_the_workspace_picker_marks_the_default_and_enter_takes_it(self):
        for terminal in AWKWARD:
            with self.subTest(terminal=terminal):
                self.set_default_workspace(self.team)
                child = self.spawn("workspace", "set-default", env=terminal["env"],
                                   dimensions=terminal["dimensions"])
                self.expect(child, r"(\d+)\) Team Nitro  \(default\)\r\n", what="the default, marked")
                number = child.match.group(1)
                self.expect_exact(child, f"Number [{number}]: ")
                child.sendline("")
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                self.assertIn(f"Default workspace: Team Nitro ({self.team['id']})", text)
                self.assertEqual(self.session()["workspace"]["id"], self.team["id"])

    def test_numbers_still_work_and_a_wrong_one_is_explained(self):
        self.set_default_workspace(self.team)
        child = self.spawn("workspace", "set-default", dimensions=(8, 40))
        self.expect(child, r"(\d+)\) Dev User\r\n", what="the personal workspace")
        number = child.match.group(1)
        self.expect(child, r"Number \[\d+\]: ")
        child.sendline("99")
        self.expect_exact(child, "Please answer with a number from 1 to")
        child.sendline(number)
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(self.session()["workspace"]["id"], self.personal["id"])

    def test_the_api_picker_shows_paths_and_enter_takes_the_first(self):
        first = self.emulator.create_api(self.team["id"], "catalog", ["shop", "catalog"])
        self.emulator.create_api(self.team["id"], "catalog", ["admin", "catalog"])
        self.set_default_workspace(self.team)
        for terminal in AWKWARD:
            with self.subTest(terminal=terminal):
                self.clear_requests()
                child = self.spawn("stage", "list", env=terminal["env"], dimensions=terminal["dimensions"])
                self.expect(child, r"1\) catalog  \(shop/catalog\)\r\n", what="the first API with its path")
                self.expect(child, r"2\) catalog  \(admin/catalog\)\r\n", what="the second API with its path")
                self.expect_exact(child, "Number [1]: ")
                child.sendline("")
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                self.assertEqual(self.requests("ListStagesQuery")[-1]["json"]["variables"]["apiId"], first["id"])
