"""Interactive mode: the binary in a real pseudo-terminal (pexpect), stdin and stdout are terminals."""

import re
import time

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

DOWN = "\x1b[B"
ESC = "\x1b"
SECRET_CANDIDATE = re.compile(r"[A-Za-z0-9_\-.~+/=:]{16,}")


class InteractiveCreateTests(h.E2ETestCase):

    def find_secret(self, text):
        """The one string in `text` that the emulator accepts as an API key (the new secret)."""
        known = {self.pat, self.other_pat, self.api_key, self.access_token}
        candidates = {c.strip(".:") for c in SECRET_CANDIDATE.findall(text)} - known
        working = [c for c in candidates if self.emulator.key_works(c)]
        self.assertEqual(len(working), 1, f"expected the new secret on the screen once:\n{text}")
        return working[0]

    def test_prompts_for_description_and_shows_secret_once(self):
        child = self.spawn("pat", "create")
        self.expect_exact(child, "Description of the Personal Access Token")
        self.assertNothingSent()
        child.sendline("typed in a terminal")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        body = self.assertRequest(reqs[0], h.CREATE)
        self.assertEqual(body["variables"]["input"]["description"], "typed in a terminal")
        self.assertExpiresAt(body["variables"]["input"]["expiresAt"], 180)
        self.assertIn("✓ Created personal access token 'typed in a terminal'.", text)
        secret = self.find_secret(text)
        self.assertEqual(text.count(secret), 1, f"the secret is shown exactly once:\n{text}")
        self.assertRegex(text, r"(?i)again|only once", "a warning that the secret cannot be shown again")
        token = [t for t in self.emulator.all_tokens() if t["description"] == "typed in a terminal"]
        self.assertEqual(len(token), 1)

    def test_no_prompt_when_description_given(self):
        child = self.spawn("pat", "create", "--description", "given on argv", "--expires", "30")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Description of the Personal Access Token", text)
        body = self.assertRequest(self.requests()[0], h.CREATE)
        self.assertEqual(body["variables"]["input"]["description"], "given on argv")
        self.assertExpiresAt(body["variables"]["input"]["expiresAt"], 30)
        self.find_secret(text)

    def test_output_json_never_prompts(self):
        child = self.spawn("pat", "create", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn(h.MSG_MISSING_DESCRIPTION, text)
        self.assertNotIn("Description of the Personal Access Token", text)
        self.assertNothingSent()

    def test_output_json_in_a_terminal_prints_the_document(self):
        child = self.spawn("pat", "create", "--description", "json in tty", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        docs = [d for d in h.json_objects(text) if "secret" in d]
        self.assertEqual(len(docs), 1, text)
        self.assertKeys(docs[0], ["secret", "details"])
        self.remember_secret(docs[0]["secret"])
        self.assertEqual(docs[0]["details"]["description"], "json in tty")

    def test_agent_variables_make_it_non_interactive(self):
        for var in h.AGENT_VARS:
            with self.subTest(var=var):
                self.clear_requests()
                child = self.spawn("pat", "create", env={var: "1"})
                code, text = self.finish(child)
                self.assertEqual(code, 2, text)
                self.assertIn(h.MSG_MISSING_DESCRIPTION, text)
                self.assertNotIn("Description of the Personal Access Token", text)
                self.assertNothingSent()

    def test_ctrl_c_at_the_prompt(self):
        child = self.spawn("pat", "create")
        self.expect_exact(child, "Description of the Personal Access Token")
        child.sendintr()
        code, text = self.finish(child)
        self.assertEqual(code, 130, text)
        self.assertNothingSent()


class InteractiveRevokeTests(h.E2ETestCase):
    """The question names the token by its description, found in pat list's pages: the lookup is all that is
    sent before the answer, and nothing of it with --force or without a terminal."""

    def setUp(self):
        super().setUp()
        self.token = self.emulator.create_token("revoke me in a tty")
        self.remember_secret(self.token["secret"])
        self.clear_requests()

    def question(self, token=None):
        token = token or self.token
        return f"Do you really want to delete PAT '{token['description']}' with ID {token['id']}"

    def assertOnlyLookedUp(self):
        names = [r.get("operationName") for r in self.requests()]
        self.assertTrue(names, "the token is looked up in pat list")
        self.assertEqual(set(names), {h.LIST_PATS}, "nothing but the lookup was sent")

    def prompt(self, *extra):
        child = self.spawn("pat", "revoke", self.token["id"], *extra)
        self.expect_exact(child, self.question())
        self.expect_exact(child, "[y/N]")
        self.assertOnlyLookedUp()
        return child

    def test_answer_n_keeps_the_token(self):
        child = self.prompt()
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("PAT was not deleted.", text)
        self.assertOnlyLookedUp()
        self.assertTrue(self.emulator.key_works(self.token["secret"]))

    def test_answer_y_revokes(self):
        child = self.prompt()
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        reqs = self.requests()
        self.assertEqual([r.get("operationName") for r in reqs], [h.LIST_PATS, h.REVOKE])
        self.assertRequest(reqs[-1], h.REVOKE, {"input": {"id": self.token["id"]}})
        self.assertFalse(self.emulator.key_works(self.token["secret"]))

    def test_enter_means_no(self):
        """A revoke cannot be undone: Enter alone keeps the token."""
        child = self.prompt()
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("PAT was not deleted.", text)
        self.assertOnlyLookedUp()
        self.assertTrue(self.emulator.key_works(self.token["secret"]))

    def test_y_revokes(self):
        child = self.prompt()
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(len(self.requests(h.REVOKE)), 1)
        self.assertFalse(self.emulator.key_works(self.token["secret"]))

    def test_found_on_a_later_page(self):
        """The lookup pages through pat list until the token is found."""
        self.make_tokens(55, prefix="older")
        newest = self.emulator.create_token("the newest one")
        self.remember_secret(newest["secret"])
        self.clear_requests()
        child = self.spawn("pat", "revoke", newest["id"])
        self.expect_exact(child, self.question(newest))
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertEqual([r.get("operationName") for r in self.requests()], [h.LIST_PATS, h.LIST_PATS])
        self.assertTrue(self.emulator.key_works(newest["secret"]))

    def test_a_token_not_listed_is_not_found_and_nothing_is_revoked(self):
        child = self.spawn("pat", "revoke", "no-such-token")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("error: The personal access token with ID 'no-such-token' was not found.", text)
        self.assertNotIn("Do you really want", text)
        self.assertOnlyLookedUp()

    def test_the_description_is_made_safe(self):
        """The description is the server's: its control bytes never reach the terminal."""
        token = self.emulator.create_token("evil\x1b]0;owned\x07 name")
        self.remember_secret(token["secret"])
        self.clear_requests()
        child = self.spawn("pat", "revoke", token["id"])
        self.expect_exact(child, f"with ID {token['id']}")
        child.sendline("")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        raw = "".join(child.transcript)
        self.assertNotIn("\x1b]0;owned", raw)
        self.assertIn("Do you really want to delete PAT 'evil", text)

    def test_force_does_not_ask_and_looks_nothing_up(self):
        child = self.spawn("pat", "revoke", self.token["id"], "--force")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Do you really want", text)
        self.assertEqual([r.get("operationName") for r in self.requests()], [h.REVOKE])

    def test_output_json_without_force_is_refused(self):
        child = self.spawn("pat", "revoke", self.token["id"], "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 2, text)
        self.assertIn("--force", text)
        self.assertNotIn("Do you really want", text)
        self.assertNothingSent()

    def test_ctrl_c_at_the_confirmation(self):
        child = self.prompt()
        child.sendintr()
        code, text = self.finish(child)
        self.assertEqual(code, 130, text)
        self.assertOnlyLookedUp()
        self.assertTrue(self.emulator.key_works(self.token["secret"]))


class InteractiveListTests(h.E2ETestCase):

    def setUp(self):
        super().setUp()
        self.make_tokens(25, prefix="tty")
        self.pages = self.emulator.list_tokens(page_size=10)
        self.clear_requests()
        self.assertGreaterEqual(len(self.pages), 3)

    def open_table(self):
        child = self.spawn("pat", "list")
        self.expect_exact(child, "PersonalAccessTokens")
        for column in ("Id", "Description", "Expires in"):
            self.expect_exact(child, column)
        for token in self.pages[0][0]:
            self.expect_exact(child, token["description"])
        return child

    def test_table_pages_forward_and_back_then_quits(self):
        child = self.open_table()
        self.assertRegex(h.transcript(child), r"\d+ days")
        self.press(child, "n")
        for token in self.pages[1][0]:
            self.expect_exact(child, token["description"])
        reqs = self.requests(h.LIST_PATS)
        self.assertEqual(len(reqs), 2)
        self.assertRequest(reqs[0], h.LIST_PATS, {"after": None, "first": 10})
        self.assertRequest(reqs[1], h.LIST_PATS, {"after": self.pages[0][1], "first": 10})
        self.press(child, "p")
        for token in self.pages[0][0]:
            self.expect_exact(child, token["description"])
        self.press(child, "q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNoSecrets(text, "the table")

    def test_enter_prints_the_selected_token(self):
        child = self.open_table()
        self.press(child, "\r")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        docs = h.json_objects(text)
        self.assertTrue(docs, f"no JSON after Enter:\n{text}")
        self.assertToken(docs[-1])
        self.assertEqual(docs[-1], self.pages[0][0][0])

    def test_moving_down_selects_the_next_row(self):
        for keys in ("j", DOWN):
            with self.subTest(keys=keys):
                child = self.open_table()
                self.press(child, keys)
                self.press(child, "\r")
                code, text = self.finish(child)
                self.assertEqual(code, 0, text)
                docs = h.json_objects(text)
                self.assertTrue(docs, f"no JSON after Enter:\n{text}")
                self.assertEqual(docs[-1], self.pages[0][0][1])

    def test_enter_on_the_second_page(self):
        child = self.open_table()
        self.press(child, "n")
        for token in self.pages[1][0]:
            self.expect_exact(child, token["description"])
        self.press(child, "\r")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(h.json_objects(text)[-1], self.pages[1][0][0])

    def test_escape_quits(self):
        child = self.open_table()
        self.press(child, ESC)
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)

    def test_ctrl_c_quits_with_130(self):
        child = self.open_table()
        time.sleep(0.1)
        child.sendintr()
        code, text = self.finish(child)
        self.assertEqual(code, 130, text)

    def test_output_json_in_a_terminal_is_not_a_table(self):
        child = self.spawn("pat", "list", "--output", "json")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("PersonalAccessTokens", text)
        doc = h.json_objects(text)[0]
        self.assertKeys(doc, ["values", "cursor"])
        self.assertEqual(doc["values"], self.pages[0][0])


class EmptyListTests(h.E2ETestCase):
    """`There was no data found.` when the page has no tokens.

    Every user of the emulator owns at least the PAT it authenticates with, so a truly empty account cannot be
    listed with a PAT; the page after the last token (resuming with the last endCursor) is empty instead."""

    def after_last_cursor(self):
        self.make_tokens(3, prefix="empty")
        pages = self.emulator.list_tokens(page_size=10)
        nodes, cursor, has_next = pages[-1]
        self.assertFalse(has_next)
        self.assertTrue(cursor)
        self.clear_requests()
        return cursor

    def test_no_data_in_a_terminal(self):
        cursor = self.after_last_cursor()
        child = self.spawn("pat", "list", "--cursor", cursor)
        self.expect_exact(child, "There was no data found.")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_PATS, {"after": cursor, "first": 10})

    def test_no_data_as_json(self):
        cursor = self.after_last_cursor()
        code, out, err = self.nitro("pat", "list", env={"NITRO_CURSOR": cursor})
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertEqual(doc, {"values": [], "cursor": None})


class ExpiryColumnTests(h.E2ETestCase):
    """`Expires in` shows `N days`, or `Expired` for a token past its expiry."""

    def test_expired_and_live_tokens(self):
        past = h.days_from_now(-2)
        old = self.emulator.admin_token(description="old-one", expires_at=past)
        self.remember_secret(old["secret"])
        self.make_tokens(1, prefix="new-one")
        child = self.spawn("pat", "list")
        self.expect_exact(child, "PersonalAccessTokens")
        self.expect(child, r"old-one\s+Expired")
        self.expect(child, r"new-one-000\s+\d+ days")
        self.press(child, "q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertFalse(h.has_colour("".join(child.transcript)), "no colour with NO_COLOR=1")

    def test_no_colour_with_term_dumb(self):
        child = self.spawn("workspace", "list", env={"NO_COLOR": None, "TERM": "dumb"})
        self.expect_exact(child, "Team Nitro")
        self.press(child, "q")
        code, _ = self.finish(child)
        self.assertEqual(code, 0)
        self.assertFalse(h.has_colour("".join(child.transcript)), "no colour with TERM=dumb")


class WorkspaceTableTests(h.E2ETestCase):

    def test_workspace_table(self):
        child = self.spawn("workspace", "list")
        self.expect_exact(child, "Workspaces")
        for text in ("Id", "Name", "IsPersonal", "Dev User", "Team Nitro"):
            self.expect_exact(child, text)
        self.press(child, "q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_WORKSPACES, {"after": None, "first": 10})

    def test_workspace_enter_prints_json(self):
        child = self.spawn("workspace", "list")
        for text in ("Workspaces", "Dev User", "Team Nitro"):
            self.expect_exact(child, text)
        self.press(child, "\r")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        doc = h.json_objects(text)[-1]
        self.assertKeys(doc, ["id", "name", "personal"])
        self.assertEqual(doc, self.emulator.list_workspaces()[0])
