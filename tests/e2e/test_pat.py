"""nitro pat create | list | revoke, non-interactive (stdin is /dev/null, stdout a pipe)."""

import math

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h


def payload_message(test, mode, operation, variables, **params):
    """Ask the emulator directly what message a fault produces, so the test does not hard-code the emulator's
    wording: arm the fault once, send the operation ourselves, read errors[0].message of the payload."""
    test.fault(mode, count=1, operation=operation, **params)
    _, doc = test.emulator.graphql(operation, variables, key=test.pat)
    test.clear_faults()
    test.clear_requests()
    field = "createPersonalAccessToken" if operation == h.CREATE else "revokePersonalAccessToken"
    try:
        errors = doc["data"][field]["errors"]
        return errors[0]["message"]
    except (KeyError, TypeError, IndexError):
        test.fail(f"fault {mode} {params} did not produce a payload error: {doc!r}")


def create_variables(description="probe"):
    return {"input": {"description": description, "expiresAt": "2099-01-01T00:00:00.000+00:00"}}


class ErrorLineMixin:
    def assertErrorLine(self, err, message):
        """A stderr line is exactly 'error: <message>' (possibly followed by more text on that line)."""
        lines = [l for l in err.splitlines() if l.startswith("error: ")]
        self.assertTrue(any(l.startswith("error: " + message) for l in lines),
                        f"expected a line 'error: {message}' on stderr, got:\n{err}")


class PatCreateTests(ErrorLineMixin, h.E2ETestCase):

    def create(self, *args, env=None):
        """Run `nitro pat create ARGS`; on success return (parsed document, the request it sent, start time)."""
        now = h.utcnow()
        code, out, err = self.nitro("pat", "create", *args, env=env)
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["secret", "details"], "create result")
        self.assertIsInstance(doc["secret"], str)
        self.assertTrue(doc["secret"])
        self.remember_secret(doc["secret"])
        self.assertNoSecrets(err, "stderr of pat create")
        self.assertToken(doc["details"], "details")
        reqs = self.requests()
        self.assertEqual(len(reqs), 1, "pat create sends exactly one request")
        body = self.assertRequest(reqs[0], h.CREATE)
        self.assertEqual(list(body["variables"]), ["input"])
        self.assertEqual(sorted(body["variables"]["input"]), ["description", "expiresAt"])
        return doc, body["variables"]["input"], now

    def test_json_result_shape_and_secret_works_as_api_key(self):
        doc, sent, now = self.create("--description", "e2e create", "--expires", "30")
        self.assertEqual(sent["description"], "e2e create")
        self.assertExpiresAt(sent["expiresAt"], 30, now)
        details = doc["details"]
        self.assertEqual(details["description"], "e2e create")
        self.assertLessEqual(abs(h.parse_iso(details["expiresAt"]) - h.parse_iso(sent["expiresAt"])),
                             h.timedelta(seconds=1))
        self.assertIn(details["id"], [t["id"] for t in self.emulator.all_tokens()])

        # The secret authenticates later calls as the same user.
        self.clear_requests()
        code, out, err = self.nitro("workspace", "list", env={"NITRO_API_KEY": doc["secret"]})
        self.assertEqual(code, 0, err)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_WORKSPACES, key=doc["secret"])

    def test_output_json_flag_gives_the_same_shape(self):
        doc, sent, now = self.create("--description", "with flag", "--output", "json")
        self.assertEqual(doc["details"]["description"], "with flag")
        self.assertExpiresAt(sent["expiresAt"], 180, now)

    def test_default_expiry_is_180_days(self):
        doc, sent, now = self.create("--description", "default expiry")
        self.assertExpiresAt(sent["expiresAt"], 180, now)
        returned = h.parse_iso(doc["details"]["expiresAt"])
        self.assertLessEqual(abs(returned - (now + h.timedelta(days=180))), h.timedelta(minutes=5))

    def test_expires_1_day(self):
        _, sent, now = self.create("--description", "one day", "--expires", "1")
        self.assertExpiresAt(sent["expiresAt"], 1, now)

    def test_equals_syntax(self):
        _, sent, now = self.create("--description=equals form", "--expires=2")
        self.assertEqual(sent["description"], "equals form")
        self.assertExpiresAt(sent["expiresAt"], 2, now)

    def test_env_description_and_expires(self):
        _, sent, now = self.create(env={"NITRO_DESCRIPTION": "from env", "NITRO_EXPIRES": "7"})
        self.assertEqual(sent["description"], "from env")
        self.assertExpiresAt(sent["expiresAt"], 7, now)

    def test_legacy_barista_description(self):
        _, sent, _ = self.create(env={"BARISTA_DESCRIPTION": "legacy env"})
        self.assertEqual(sent["description"], "legacy env")

    def test_barista_expires_used_only_when_nitro_expires_unset(self):
        _, sent, now = self.create("--description", "barista", env={"BARISTA_EXPIRES": "5"})
        self.assertExpiresAt(sent["expiresAt"], 5, now)
        self.clear_requests()
        _, sent, now = self.create("--description", "both", env={"BARISTA_EXPIRES": "5", "NITRO_EXPIRES": "9"})
        self.assertExpiresAt(sent["expiresAt"], 9, now)

    def test_command_line_beats_env(self):
        _, sent, now = self.create("--description", "from argv", "--expires", "3",
                                   env={"NITRO_DESCRIPTION": "from env", "NITRO_EXPIRES": "9"})
        self.assertEqual(sent["description"], "from argv")
        self.assertExpiresAt(sent["expiresAt"], 3, now)

    def test_description_round_trips_unicode_and_quotes(self):
        text = 'Déploiement ✓ "quoted" back\\slash 日本'
        doc, sent, _ = self.create("--description", text)
        self.assertEqual(sent["description"], text)
        self.assertEqual(doc["details"]["description"], text)

    def test_invalid_expires_is_a_usage_error_and_nothing_is_sent(self):
        cases = [["--expires", "0"], ["--expires", "-5"], ["--expires=-5"], ["--expires", "abc"],
                 ["--expires", "1x"], ["--expires", "99999999999999999999"], ["--expires", "1.5"],
                 ["--expires", ""]]
        for extra in cases:
            with self.subTest(args=extra):
                self.clear_requests()
                code, out, err = self.nitro("pat", "create", "--description", "bad expiry", *extra)
                self.assertEqual(code, 2, f"stderr={err!r}")
                self.assertEqual(out, "")
                self.assertIn("--expires", err)
                self.assertTrue(err.startswith("error: "), err)
                self.assertNothingSent()

    def test_non_integer_expires_message(self):
        code, out, err = self.nitro("pat", "create", "--description", "x", "--expires", "abc")
        self.assertEqual(code, 2)
        self.assertIn("error: invalid value 'abc' for '--expires <expires>'", err)
        self.assertNothingSent()

    def test_missing_description(self):
        for extra in ([], ["--output", "json"], ["--expires", "30"]):
            with self.subTest(args=extra):
                self.clear_requests()
                code, out, err = self.nitro("pat", "create", *extra)
                self.assertEqual(code, 2, err)
                self.assertEqual(out, "")
                self.assertIn(h.MSG_MISSING_DESCRIPTION, err.splitlines())
                self.assertNothingSent()

    def test_payload_unauthorized_operation(self):
        message = payload_message(self, "payload_error", h.CREATE, create_variables(), type="UnauthorizedOperation")
        self.fault("payload_error", type="UnauthorizedOperation", operation=h.CREATE)
        result = self.nitro("pat", "create", "--description", "refused")
        self.assertFailure(result, 4)  # UnauthorizedOperation: the credentials were refused
        self.assertErrorLine(result[2], message)
        self.assertNotIn("Unexpected mutation error", result[2])
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_api_key_cannot_create_a_pat(self):
        # A non-user API key: the server itself answers UnauthorizedOperation in the payload.
        message = self.emulator.gql_ok(h.CREATE, create_variables(), key=self.api_key)[
            "createPersonalAccessToken"]["errors"][0]["message"]
        self.clear_requests()
        result = self.nitro("pat", "create", "--description", "by api key", env={"NITRO_API_KEY": self.api_key})
        self.assertFailure(result, 4)  # no user: the credentials were refused
        self.assertErrorLine(result[2], message)
        self.assertRequest(self.requests()[0], h.CREATE, key=self.api_key)

    def test_payload_validation_error(self):
        message = payload_message(self, "payload_error", h.CREATE, create_variables(), type="ValidationError")
        self.fault("payload_error", type="ValidationError", operation=h.CREATE)
        result = self.nitro("pat", "create", "--description", "invalid")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], "Unexpected mutation error: " + message)
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_payload_unknown_typename(self):
        message = payload_message(self, "unknown_typename", h.CREATE, create_variables())
        self.fault("unknown_typename", operation=h.CREATE)
        result = self.nitro("pat", "create", "--description", "future error type")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], "Unexpected mutation error: " + message)
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_null_payload(self):
        self.fault("null_payload", operation=h.CREATE)
        result = self.nitro("pat", "create", "--description", "nothing back")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], h.MSG_NO_DATA)
        self.assertEqual(len(self.requests(h.CREATE)), 1)


class PatListTests(h.E2ETestCase):

    def setUp(self):
        super().setUp()
        self.made = self.make_tokens(25, prefix="list")

    def list_page(self, *args, env=None):
        code, out, err = self.nitro("pat", "list", *args, env=env)
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["values", "cursor"], "pat list result")
        self.assertIsInstance(doc["values"], list)
        for i, value in enumerate(doc["values"]):
            self.assertToken(value, f"values[{i}]")
        self.assertNoSecretKey(doc)
        self.assertNoSecrets(out, "stdout of pat list")
        return doc

    def assertNoSecretKey(self, node, path="$"):
        if isinstance(node, dict):
            self.assertNotIn("secret", node, f"a 'secret' key at {path}")
            for k, v in node.items():
                self.assertNoSecretKey(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                self.assertNoSecretKey(v, f"{path}[{i}]")

    def test_first_page_of_ten(self):
        doc = self.list_page()
        pages = self.emulator.list_tokens(page_size=10)
        self.clear_requests()
        first_nodes, first_cursor, has_next = pages[0]
        self.assertTrue(has_next)
        self.assertEqual(len(doc["values"]), 10)
        self.assertEqual(doc["values"], first_nodes)
        self.assertIsInstance(doc["cursor"], str)
        self.assertEqual(doc["cursor"], first_cursor)

    def test_request(self):
        self.list_page()
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_PATS, {"after": None, "first": 10})

    def test_output_json_flag(self):
        doc = self.list_page("--output", "json")
        self.assertEqual(len(doc["values"]), 10)

    def walk(self, how):
        expected = [t["id"] for t in self.emulator.all_tokens()]
        self.clear_requests()
        seen, cursor = [], None
        for page in range(1, 100):
            if cursor is None:
                doc = self.list_page()
            elif how == "option":
                doc = self.list_page("--cursor", cursor)
            else:
                doc = self.list_page(env={"NITRO_CURSOR": cursor})
            reqs = self.requests()
            self.assertEqual(len(reqs), 1, f"page {page}: one request per invocation")
            self.assertRequest(reqs[0], h.LIST_PATS, {"after": cursor, "first": 10})
            self.clear_requests()
            ids = [v["id"] for v in doc["values"]]
            # As a script for the Nitro CLI pages: until `values` is empty. Every
            # page, the last one too, carries its endCursor.
            if not ids:
                self.assertIsNone(doc["cursor"], "an empty page has no endCursor")
                break
            if seen:
                self.assertEqual(len(seen) % 10, 0, f"page {page - 1} is not the last one, so it is full")
            seen.extend(ids)
            cursor = doc["cursor"]
            self.assertIsNotNone(cursor)
        else:
            self.fail("the pages never became empty")
        self.assertEqual(len(seen), len(set(seen)), "a token was listed twice")
        self.assertEqual(seen, expected, "walking the pages yields every token once, in order")
        self.assertGreaterEqual(len(seen), 25)
        for t in self.made:
            self.assertIn(t["id"], seen)

    def test_walk_all_pages_with_cursor_option(self):
        self.walk("option")

    def test_walk_all_pages_with_nitro_cursor_env(self):
        self.walk("env")

    def test_cursor_option_beats_env(self):
        pages = self.emulator.list_tokens(page_size=10)
        self.clear_requests()
        c1, c2 = pages[0][1], pages[1][1]
        doc = self.list_page("--cursor", c1, env={"NITRO_CURSOR": c2})
        self.assertEqual(doc["values"], pages[1][0])
        self.assertRequest(self.requests()[0], h.LIST_PATS, {"after": c1, "first": 10})

    def test_all_over_120_tokens(self):
        self.make_tokens(95, prefix="bulk")
        expected = [t["id"] for t in self.emulator.all_tokens()]
        self.clear_requests()
        self.assertGreaterEqual(len(expected), 120)
        doc = self.list_page("--all")
        ids = [v["id"] for v in doc["values"]]
        self.assertIsNone(doc["cursor"])
        self.assertEqual(len(ids), len(set(ids)), "a token was listed twice")
        self.assertEqual(ids, expected)
        reqs = self.requests()
        self.assertEqual(len(reqs), math.ceil(len(expected) / 50), "pages of 50")
        afters = []
        for r in reqs:
            body = self.assertRequest(r, h.LIST_PATS)
            self.assertEqual(body["variables"]["first"], 50)
            afters.append(body["variables"]["after"])
        self.assertIsNone(afters[0])
        self.assertTrue(all(isinstance(a, str) for a in afters[1:]))
        self.assertEqual(len(set(afters)), len(afters))

    def test_last_page_keeps_its_cursor(self):
        """The Nitro CLI prints the page's endCursor on the last page too; null only on an empty page."""
        pages = self.emulator.list_tokens(page_size=10)
        self.clear_requests()
        before_last = pages[-2][1]
        doc = self.list_page("--cursor", before_last)
        self.assertEqual(doc["values"], pages[-1][0])
        self.assertEqual(doc["cursor"], pages[-1][1])
        self.assertIsNotNone(doc["cursor"])
        after = self.list_page("--cursor", doc["cursor"])
        self.assertEqual(after, {"values": [], "cursor": None})

    def test_other_user_does_not_see_dev_tokens(self):
        doc = self.list_page("--all", env={"NITRO_API_KEY": self.other_pat})
        mine = {t["id"] for t in self.made}
        self.assertFalse(mine & {v["id"] for v in doc["values"]})
        self.assertRequest(self.requests()[0], h.LIST_PATS, key=self.other_pat)


class PatRevokeTests(ErrorLineMixin, h.E2ETestCase):

    def setUp(self):
        super().setUp()
        self.token = self.emulator.create_token("to be revoked")
        self.remember_secret(self.token["secret"])
        self.clear_requests()

    def test_force_revokes_and_secret_stops_working(self):
        self.assertTrue(self.emulator.key_works(self.token["secret"]))
        self.clear_requests()
        code, out, err = self.nitro("pat", "revoke", self.token["id"], "--force")
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertToken(doc, "revoke result")
        self.assertEqual(doc["id"], self.token["id"])
        self.assertEqual(doc["description"], "to be revoked")
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.REVOKE, {"input": {"id": self.token["id"]}})
        self.assertNotIn(self.token["id"], [t["id"] for t in self.emulator.all_tokens()])

        # The revoked secret is refused from now on.
        self.clear_requests()
        code, out, err = self.nitro("workspace", "list", env={"NITRO_API_KEY": self.token["secret"]})
        self.assertEqual(code, 4, err)
        self.assertEqual(out, "")
        self.assertIn(h.MSG_NOT_ACCEPTED, err)

    def test_force_before_id_and_output_json(self):
        code, out, err = self.nitro("pat", "revoke", "--force", "--output", "json", self.token["id"])
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertEqual(doc["id"], self.token["id"])

    def test_without_force_is_refused_and_nothing_sent(self):
        for extra in ([], ["--output", "json"]):
            with self.subTest(args=extra):
                code, out, err = self.nitro("pat", "revoke", self.token["id"], *extra)
                self.assertEqual(code, 2, err)
                self.assertEqual(out, "")
                self.assertIn("--force", err)
                self.assertTrue(err.startswith("error: "), err)
                self.assertNothingSent()
        self.assertTrue(self.emulator.key_works(self.token["secret"]), "the token must still exist")

    def test_missing_id_is_a_usage_error(self):
        code, out, err = self.nitro("pat", "revoke", "--force")
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "")
        self.assertNothingSent()

    def expected_not_found(self, token_id):
        payload = self.emulator.revoke_token(token_id)
        self.clear_requests()
        self.assertIsNone(payload.get("personalAccessToken"), payload)
        errors = payload.get("errors") or []
        self.assertTrue(errors and errors[0].get("__typename") == "PersonalAccessTokenNotFoundError", payload)
        return errors[0]["message"]

    def test_unknown_id(self):
        unknown = self.unknown_token_id()
        message = self.expected_not_found(unknown)
        result = self.nitro("pat", "revoke", unknown, "--force")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], message)
        self.assertNotIn("Unexpected mutation error", result[2])
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.REVOKE, {"input": {"id": unknown}})

    def test_another_users_token_is_not_found(self):
        theirs = self.emulator.create_token("not yours", key=self.other_pat)
        self.remember_secret(theirs["secret"])
        self.clear_requests()
        result = self.nitro("pat", "revoke", theirs["id"], "--force")
        self.assertFailure(result, 1)
        self.assertIn(theirs["id"], [t["id"] for t in self.emulator.all_tokens(key=self.other_pat)],
                      "another user's token must survive")
        self.assertTrue(self.emulator.key_works(theirs["secret"]))
        message = self.expected_not_found(theirs["id"])
        self.assertErrorLine(result[2], message)

    def test_payload_not_found_fault(self):
        variables = {"input": {"id": self.token["id"]}}
        message = payload_message(self, "payload_error", h.REVOKE, variables, type="PersonalAccessTokenNotFoundError")
        self.fault("payload_error", type="PersonalAccessTokenNotFoundError", operation=h.REVOKE)
        result = self.nitro("pat", "revoke", self.token["id"], "--force")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], message)

    def test_payload_other_errors(self):
        variables = {"input": {"id": self.token["id"]}}
        for mode, params in (("payload_error", {"type": "UnauthorizedOperation"}), ("unknown_typename", {})):
            with self.subTest(mode=mode, **params):
                message = payload_message(self, mode, h.REVOKE, variables, **params)
                self.fault(mode, operation=h.REVOKE, **params)
                result = self.nitro("pat", "revoke", self.token["id"], "--force")
                self.clear_faults()
                self.assertFailure(result, 4 if params.get("type") == "UnauthorizedOperation" else 1)
                self.assertErrorLine(result[2], "Unexpected mutation error: " + message)
                self.assertEqual(len(self.requests(h.REVOKE)), 1)
                self.clear_requests()

    def test_null_payload(self):
        self.fault("null_payload", operation=h.REVOKE)
        result = self.nitro("pat", "revoke", self.token["id"], "--force")
        self.assertFailure(result, 1)
        self.assertErrorLine(result[2], h.MSG_COULD_NOT_REVOKE)
        self.assertEqual(len(self.requests(h.REVOKE)), 1)
