"""A --jq filter that fails after a mutation is a failed write (the result is lost): `pat rotate` keeps the old
token, a create says what the server did and which item it made, and no secret reaches jq's messages on stderr.
`--all` stops fetching at the first failed filter."""

import os

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

CARRIED_OUT = "hint: the server may have carried out the request"


class FailingFilterAfterMutationTests(h.ResourceTestCase):

    def tokens(self, description):
        found = [t for t in self.emulator.all_tokens() if t["description"] == description]
        self.clear_requests()
        return found

    def test_rotate_with_a_failing_filter_keeps_the_old_token(self):
        old = self.emulator.create_token("rotate me", days=30)
        self.remember_secret(old["secret"])
        self.clear_requests()
        # jq cannot read the server's "+00:00" dates: the filter fails after the successor is made.
        code, out, err = self.nitro("pat", "rotate", old["id"], "--force", "--jq", ".details.expiresAt | fromdate")
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertIn("error: the --jq expression failed", err)
        ops = [r.get("operationName") for r in self.requests()]
        self.assertIn(h.CREATE, ops)
        self.assertNotIn(h.REVOKE, ops, "a failed filter is a failed write: the old token stays")
        self.assertTrue(self.emulator.key_works(old["secret"]), "the old token still works")
        new = [t for t in self.tokens("rotate me") if t["id"] != old["id"]]
        self.assertEqual(len(new), 1, "the successor exists")
        self.assertIn(new[0]["id"], err, "the error names the successor")
        self.assertIn("nitro pat list", err, "how to see it")
        self.assertIn(f'nitro pat revoke "{new[0]["id"]}"', err, "how to revoke it")
        self.assertIn(f"'{old['id']}' was not removed", err)

    def test_pat_create_with_a_failing_filter_says_what_was_made_and_hides_the_secret(self):
        for expression in (".secret | tonumber", ".secret | error", "error", ".secret + 1", ". | tostring | error"):
            with self.subTest(expression=expression):
                description = f"jq fails {expression}"
                code, out, err = self.nitro("pat", "create", "--description", description, "--jq", expression,
                                            check_secrets=False)
                made = self.tokens(description)
                self.assertEqual(len(made), 1, err)
                self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
                self.assertIn("error: the --jq expression failed", err)
                self.assertIn(CARRIED_OUT, err)
                self.assertIn(made[0]["id"], err, "the hint names the item made")
                self.assertIn("[redacted]", err)
                self.assertNoSecrets(err, "stderr")
                self.assertNotRegex(err, r"nitro_pat_\w{4}", "not even a piece of the one-time secret")

    def test_api_key_create_with_a_failing_filter(self):
        code, out, err = self.nitro("api-key", "create", "--name", "jq fails", "--workspace-id", self.team["id"],
                                    "--jq", ".secret | tonumber", check_secrets=False)
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertIn(CARRIED_OUT, err)
        self.assertEqual(len(self.requests(h.CREATE_API_KEY)), 1)
        self.assertIn("[redacted]", err)

    def test_the_credential_is_redacted_from_jq_messages(self):
        # A filter that quotes the credential it was given ($ENV) must not print it.
        code, out, err = self.nitro("pat", "list", "--jq", "$ENV.NITRO_API_KEY | error", check_secrets=False)
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertNoSecrets(err, "stderr")
        self.assertIn("[redacted]", err)


class AllStopsAtAFailedFilterTests(h.E2ETestCase):
    SEED_TOKENS = 120  # three pages of --all

    def test_all_with_a_failing_filter_fetches_no_more_pages(self):
        self.clear_requests()
        code, out, err = self.nitro("pat", "list", "--all", "--jq", 'error("x")')
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertIn("error: the --jq expression failed: x", err)
        self.assertEqual(len(self.requests(h.LIST_PATS)), 1, "no page after the one whose filter failed")
        self.assertEqual(err.count("error: "), 1, err)


class RunawayFilterTests(h.E2ETestCase):
    """A filter that yields for ever stops at a failed write and at the first SIGINT or SIGTERM."""

    def test_a_failed_write_stops_an_endless_filter(self):
        env = dict(self.auth_env(), NITRO=str(h.NITRO_BIN))
        # SIGPIPE ignored: the write fails with EPIPE instead of ending the process.
        code, out, err = h.run_shell("""trap '' PIPE; "$NITRO" pat list --jq 'repeat(.)' | head -c10 >/dev/null;
                                        echo "${PIPESTATUS[0]}" """, env=env, timeout=30 * h.TIME_FACTOR)
        self.assertEqual(code, 0, err)
        self.assertEqual(out.strip(), "1", err)
        self.assertIn("error: writing the result failed", err)

    def test_the_first_signal_stops_an_endless_filter(self):
        import signal
        import subprocess
        for sig, expression in ((signal.SIGINT, "repeat(.)"), (signal.SIGTERM, "repeat(.)"),
                                (signal.SIGINT, "def f: f; f"), (signal.SIGTERM, "def f: f; f")):
            with self.subTest(signal=sig.name, expression=expression):
                env = h.make_env(self.auth_env())
                with open(os.devnull, "wb") as sink:
                    proc = subprocess.Popen([str(h.NITRO_BIN), "pat", "list", "--jq", expression], env=env,
                                            stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.PIPE)
                    self.addCleanup(lambda p=proc: p.poll() is None and (p.kill(), p.wait()))
                    # The event: the page was asked for, so the filter is running.
                    self.assertTrue(h.wait_for(lambda: self.requests(h.LIST_PATS), timeout=30 * h.TIME_FACTOR))
                    proc.send_signal(sig)
                    _, err = proc.communicate(timeout=30 * h.TIME_FACTOR)
                self.assertEqual(proc.returncode, h.EXIT_INTERRUPTED,
                                 err)
                self.assertEqual(err.count(b"Interrupted."), 1, err)
                self.clear_requests()
