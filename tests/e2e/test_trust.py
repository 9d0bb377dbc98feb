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
