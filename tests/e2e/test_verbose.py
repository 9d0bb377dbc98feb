"""--verbose / NITRO_VERBOSE: a request/response trace on stderr that never shows a secret.

Trace format: "> " lines for the request (POST <url>, the headers, ">" alone, the body), "< " lines for the
response (status line and headers when the transport reports them, "<" alone, the body), "* " lines for the
client's notes (retries). CCC-api-key and Authorization values are "[redacted]"; in bodies the string values of
secret keys ("secret", "accessToken", ...) and token-like strings are "[redacted]"; bodies are cut after 4 KiB.
"""

import json
import os
import re
import tempfile

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

REDACTED = "[redacted]"


class VerboseTests(h.E2ETestCase):

    def trace_lines(self, err):
        return [l for l in err.splitlines() if l[:1] in (">", "<", "*")]

    def assertTrace(self, err, operation):
        lines = self.trace_lines(err)
        self.assertIn(f"> POST {self.emulator.endpoint}", lines, err)
        self.assertIn(f"> CCC-api-key: {REDACTED}", lines, err)
        self.assertTrue(any(l.startswith("> {") and f'"operationName":"{operation}"' in l for l in lines), err)
        self.assertTrue(any(re.match(r"< HTTP(/[\d.]+)? 200", l) for l in lines), err)
        self.assertTrue(any(l.startswith('< {"data"') for l in lines), err)
        # Nothing but trace lines on stderr when the command succeeds non-interactively.
        self.assertEqual(len(lines), len(err.splitlines()), err)

    def test_create_trace_redacts_the_key_and_the_new_secret(self):
        code, out, err = self.nitro("pat", "create", "--description", "traced", "--verbose")
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        secret = self.remember_secret(doc["secret"])
        self.assertNotIn(secret, err)
        self.assertNotIn(self.pat, err)
        self.assertAtLeastOneRedactedSecretField(err)
        self.assertTrace(err, h.CREATE)
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def assertAtLeastOneRedactedSecretField(self, err):
        self.assertIn(f'"secret":"{REDACTED}"', err)

    def test_env_var_and_flag_before_the_subcommand(self):
        for argv, env in ((["pat", "list"], {"NITRO_VERBOSE": "1"}),
                          (["--verbose", "pat", "list"], {}),
                          (["pat", "list", "--verbose"], {"NITRO_VERBOSE": "true"})):
            with self.subTest(argv=argv, env=env):
                code, out, err = self.nitro(*argv, env=env)
                self.assertEqual(code, 0, err)
                self.assertJsonDocument(out)
                self.assertTrace(err, h.LIST_PATS)

    def test_off_values_and_a_bad_value(self):
        for value in ("0", "false", "no", "off"):
            with self.subTest(value=value):
                code, out, err = self.nitro("workspace", "list", env={"NITRO_VERBOSE": value})
                self.assertEqual(code, 0, err)
                self.assertEqual(err, "")
        self.clear_requests()
        result = self.nitro("workspace", "list", env={"NITRO_VERBOSE": "loud"})
        self.assertFailure(result, 2, "NITRO_VERBOSE", "--verbose")
        self.assertNothingSent()

    def test_retries_are_traced(self):
        self.fault("http_status", status=503, count=1)
        code, out, err = self.nitro("workspace", "list", "--verbose")
        self.assertEqual(code, 0, err)
        self.assertRegex(err, r"(?m)^\* retrying in \d+ ms \(try 2 of at most 3\)")
        self.assertEqual(len(self.requests(h.LIST_WORKSPACES)), 2)

    def test_a_failed_mutation_says_why_it_is_not_retried(self):
        self.fault("http_status", status=502)
        code, out, err = self.nitro("pat", "create", "--description", "x", "--verbose")
        self.assertEqual(code, 1)
        self.assertIn("* not retried: a mutation is sent at most once", err)
        self.assertIn("nitro pat list", err)
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_bearer_token_is_redacted(self):
        """A session's access token (Authorization: Bearer) is redacted like an API key."""
        config = tempfile.mkdtemp(prefix="nitro-e2e-config-")
        self.addCleanup(__import__("shutil").rmtree, config, True)
        os.makedirs(os.path.join(config, "nitro"), mode=0o700)
        path = os.path.join(config, "nitro", "session.json")
        with open(path, "w") as f:
            json.dump({"sessionId": "s", "apiUrl": self.emulator.base_url, "email": "dev@nitro.local",
                       "tokens": {"accessToken": self.access_token, "expiresAt": h.days_from_now(30)}}, f)
        os.chmod(path, 0o600)
        code, out, err = self.nitro("pat", "list", "--verbose",
                                    env={"NITRO_API_KEY": None, "XDG_CONFIG_HOME": config})
        self.assertEqual(code, 0, err)
        self.assertIn(f"> Authorization: {REDACTED}", err)
        self.assertNotIn(self.access_token, err)
        self.assertNotIn("CCC-api-key", err)

    def test_a_failure_keeps_one_error_line_besides_the_trace(self):
        self.fault("graphql_error", code="E2E")
        code, out, err = self.nitro("pat", "list", "--verbose")
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        other = [l for l in err.splitlines() if l[:1] not in (">", "<", "*")]
        self.assertEqual(len(other), 1, err)
        self.assertTrue(other[0].startswith("error: "), err)


class VerboseLongBodyTests(h.E2ETestCase):
    SEED_TOKENS = 60

    def test_long_bodies_are_cut(self):
        code, out, err = self.nitro("pat", "list", "--all", "--verbose")
        self.assertEqual(code, 0, err)
        self.assertRegex(err, r"(?m)^< … \(\d+ more bytes\)$")
        longest = max(len(l.encode()) for l in err.splitlines())
        self.assertLess(longest, 4200, "a trace line holds at most 4 KiB of body")
        doc = self.assertJsonDocument(out)
        self.assertEqual(len(doc["values"]), 61)


if __name__ == "__main__":
    __import__("unittest").main()
