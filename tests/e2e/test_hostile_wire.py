"""Hostile input on the wire (issue 13, items 3, 4 and 11), against a hostile server of our own
(hostile_wire_server.py) that records each request as it came off the wire and answers with any bytes:

- no value from stdin, the environment, an option or the session file becomes a header of its own: a line
  break or another control character is refused before anything is sent, naming the source, never showing
  the value;
- a body with bytes that are not UTF-8 has them replaced by U+FFFD (stdout stays valid UTF-8 and valid JSON);
  a NUL (raw or \\u0000) or anything after the JSON document is a malformed response;
- the credential in use, echoed back by the server raw or JSON-escaped, is redacted in the error line and in the
  --verbose trace."""

import json
import os
import subprocess
import tempfile
import unittest

from . import harness as h
from .hostile_wire_server import HostileServer

EDGE = {"__typename": "PersonalAccessTokensEdge", "cursor": "c1", "node": {
    "__typename": "PersonalAccessToken", "id": "pat-1", "description": "DESCRIPTION",
    "createdAt": "2025-01-01T00:00:00.000Z", "expiresAt": "2026-01-01T00:00:00.000Z"}}
PAGE = json.dumps({"data": {"me": {"__typename": "Viewer", "personalAccessTokens": {
    "__typename": "PersonalAccessTokensConnection", "edges": [EDGE],
    "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": False, "hasNextPage": False,
                 "startCursor": "c1", "endCursor": "c1"}}}}}).encode()
WORKSPACES = json.dumps({"data": {"me": {"__typename": "Viewer", "workspaces": {
    "__typename": "WorkspacesConnection", "edges": [],
    "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": False, "hasNextPage": False,
                 "startCursor": None, "endCursor": None}}}}}).encode()

NOT_JSON = "error: The server returned a response that is not valid JSON.\n"
NOT_IN_HEADER = "so it cannot be sent in an HTTP header."


class WireCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        problem = h.binary_problem()
        if problem:
            self.fail(problem)
        self.answer = PAGE
        self.server = HostileServer(lambda request, count: (200, self.answer))
        self.addCleanup(self.server.stop)
        self.config_home = tempfile.mkdtemp(dir=h.scratch_dir())

    def nitro(self, *args, env=None, input=None):
        """Runs the binary against the hostile server: (exit code, stdout bytes, stderr text)."""
        full = {"NITRO_CLOUD_URL": self.server.url, "NITRO_API_KEY": "plain-test-key-1",
                "XDG_CONFIG_HOME": self.config_home}
        full.update(env or {})
        proc = subprocess.run([str(h.NITRO_BIN), *args], env=h.make_env(full), input=input,
                              stdin=None if input is not None else subprocess.DEVNULL,
                              capture_output=True, timeout=30, cwd=h.scratch_dir(), start_new_session=True)
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


class HeaderInjectionTests(WireCase):
    """Item 3: CR, LF and other control characters never reach a header; the source is named, exit 2 for what
    the user gave, 4 for a stored credential; nothing is sent."""

    def assertRefused(self, result, code, message, *secrets):
        # The sessions here hold no OAuth client id: the sign-in that works for them is a token on stdin.
        again = " Run 'nitro login --with-token' to sign in again." if code == h.EXIT_AUTH else ""
        self.assertEqual(result, (code, b"", f"error: {message} {NOT_IN_HEADER}{again}\n"))
        self.assertEqual(self.server.requests, [], "a request was sent")
        for secret in secrets:
            self.assertNotIn(secret, result[2])

    def test_a_second_line_on_stdin_to_login_with_token_is_refused(self):
        for token in (b"tok-one\r\nX-Injected: yes\n", b"tok-one\nX-Injected: yes", b"tok-one\rX-Injected: y"):
            with self.subTest(token=token):
                result = self.nitro("login", "--with-token", env={"NITRO_API_KEY": None}, input=token)
                self.assertRefused(result, h.EXIT_USAGE, "The token read from standard input contains a line break,",
                                   "tok-one", "X-Injected")
                self.assertIsNone(h.read_session(self.config_home))

    def test_a_nul_or_a_control_character_in_the_stdin_token_is_refused(self):
        for token in (b"zq-tok\x00en\n", b"zq-tok\x1b[31men\n"):
            with self.subTest(token=token):
                result = self.nitro("login", "--with-token", env={"NITRO_API_KEY": None}, input=token)
                self.assertRefused(result, h.EXIT_USAGE,
                                   "The token read from standard input contains a control character,", "zq-")

    def test_a_token_longer_than_the_limit_gets_a_message(self):
        for size in (8193, 70000):
            with self.subTest(size=size):
                result = self.nitro("login", "--with-token", env={"NITRO_API_KEY": None}, input=b"t" * size + b"\n")
                self.assertRefused(result, h.EXIT_USAGE,
                                   "The token read from standard input is longer than 8192 bytes,")
        # one of the limit is sent as it is
        self.answer = WORKSPACES
        code, out, err = self.nitro("login", "--with-token", "--output", "json", env={"NITRO_API_KEY": None},
                                    input=b"t" * 8192 + b"\n")
        self.assertEqual(code, h.EXIT_OK, err)
        self.assertEqual(self.server.requests[0].header("CCC-api-key"), b"t" * 8192)

    def test_nitro_client_version_with_crlf_injects_no_header(self):
        result = self.nitro("pat", "list", env={"NITRO_CLIENT_VERSION": "1.0\r\nCCC-api-key: stolen"})
        self.assertRefused(result, h.EXIT_USAGE, "NITRO_CLIENT_VERSION contains a line break,", "stolen")

    def test_an_api_key_from_the_environment_or_an_option(self):
        cases = [
            ({"NITRO_API_KEY": "key\x1b]0;title\x07"}, (), "The API key from NITRO_API_KEY contains a control "
                                                          "character,"),
            ({"NITRO_API_KEY": None, "BARISTA_API_KEY": "key\r\nX-Injected: 1"}, (),
             "The API key from BARISTA_API_KEY contains a line break,"),
            ({}, ("--api-key", "key\nX-Injected: 1"), "The API key from --api-key contains a line break,"),
            ({"NITRO_API_KEY": "key\tkey"}, (), "The API key from NITRO_API_KEY contains a control character,"),
            ({"NITRO_API_KEY": "kéy-value"}, (),
             "The API key from NITRO_API_KEY contains a byte that is not printable ASCII,"),
        ]
        for env, options, message in cases:
            with self.subTest(message=message):
                result = self.nitro("pat", "list", *options, env=env)
                self.assertRefused(result, h.EXIT_USAGE, message, "X-Injected", "title")

    def test_a_credential_from_the_session_file(self):
        future = h.iso_utc(h.utcnow().replace(year=h.utcnow().year + 1))
        cases = [
            ({"apiUrl": self.server.url, "tokens": {"accessToken": "acc\r\nX-Injected: 1", "expiresAt": future}},
             "The session file's access token contains a line break,"),
            ({"apiUrl": self.server.url, "apiKey": "key\u0085\nX-Injected: 1"},
             "The session file's API key contains a line break,"),
            ({"apiUrl": self.server.url, "apiKey": "key\u007fkey"},
             "The session file's API key contains a control character,"),
        ]
        for document, message in cases:
            with self.subTest(message=message):
                h.write_session(self.config_home, document)
                result = self.nitro("pat", "list", env={"NITRO_API_KEY": None, "NITRO_CLOUD_URL": None})
                self.assertRefused(result, h.EXIT_AUTH, message, "X-Injected")

    def test_a_session_access_token_past_the_limit(self):
        future = h.iso_utc(h.utcnow().replace(year=h.utcnow().year + 1))
        h.write_session(self.config_home, {"apiUrl": self.server.url,
                                           "tokens": {"accessToken": "a" * 8193, "expiresAt": future}})
        result = self.nitro("pat", "list", env={"NITRO_API_KEY": None, "NITRO_CLOUD_URL": None})
        self.assertRefused(result, h.EXIT_AUTH, "The session file's access token is longer than 8192 bytes,")
        # one of the limit goes out whole, after its scheme
        h.write_session(self.config_home, {"apiUrl": self.server.url,
                                           "tokens": {"accessToken": "a" * 8192, "expiresAt": future}})
        code, out, err = self.nitro("pat", "list", "--output", "json", env={"NITRO_API_KEY": None,
                                                                           "NITRO_CLOUD_URL": None})
        self.assertEqual((code, err), (h.EXIT_OK, ""))
        self.assertEqual(self.server.requests[0].header("Authorization"), b"Bearer " + b"a" * 8192)


class MalformedResponseTests(WireCase):
    """Item 4: bytes that are not UTF-8 become U+FFFD (valid JSON out); a NUL or trailing garbage is a malformed
    response (exit 1, the message for a body that is not JSON)."""

    def page(self, description):
        return PAGE.replace(b"DESCRIPTION", description)

    def assertValidJson(self, out):
        """What `| python3 -c 'import json,sys; json.load(...)'` would say: strict UTF-8, then JSON."""
        return json.loads(out.decode("utf-8", "strict"))

    def test_bytes_that_are_not_utf8_become_u_fffd(self):
        # a lone continuation byte, a truncated sequence, an overlong '/', a surrogate, a byte past U+10FFFF,
        # beside valid text of two, three and four bytes a character, which is kept
        self.answer = self.page(b"a\x80b\xe2\x82c\xc0\xafd\xed\xa0\x80e\xf5f " + "Zürich – 東京 🚀".encode())
        code, out, err = self.nitro("pat", "list", "--output", "json")
        self.assertEqual((code, err), (h.EXIT_OK, ""))
        value = self.assertValidJson(out)
        self.assertEqual(value["values"][0]["description"],
                         "a\ufffdb\ufffd\ufffdc\ufffd\ufffdd\ufffd\ufffd\ufffde\ufffdf Zürich – 東京 🚀")

    def test_the_pipe_through_a_json_parser(self):
        self.answer = self.page(b"caf\xe9 \xff")
        script = (f"'{h.NITRO_BIN}' pat list --all --output json | python3 -c "
                  "'import json,sys; print(json.loads(sys.stdin.buffer.read().decode(\"utf-8\"))"
                  "[\"values\"][0][\"description\"])'")
        code, out, err = h.run_shell(script, env={"NITRO_CLOUD_URL": self.server.url,
                                                  "NITRO_API_KEY": "plain-test-key-1"})
        self.assertEqual((code, out, err), (0, "caf\ufffd \ufffd\n", ""))

    def test_a_nul_is_a_malformed_response(self):
        for description in (b"cut \\u0000 here", b"cut \x00 here"):
            with self.subTest(description=description):
                self.answer = self.page(description)
                self.assertEqual(self.nitro("pat", "list", "--output", "json"), (h.EXIT_FAILED, b"", NOT_JSON))
        # an escaped backslash before u0000 is text
        self.answer = self.page(b"not a nul: \\\\u0000")
        code, out, err = self.nitro("pat", "list", "--output", "json")
        self.assertEqual((code, err), (h.EXIT_OK, ""))
        self.assertEqual(self.assertValidJson(out)["values"][0]["description"], "not a nul: \\u0000")

    def test_anything_after_the_document_is_a_malformed_response(self):
        for tail in (b"garbage", b"\n{\"data\": null}", b"}", b" x", b"\x00"):
            with self.subTest(tail=tail):
                self.answer = self.page(b"text") + tail
                self.assertEqual(self.nitro("pat", "list", "--output", "json"), (h.EXIT_FAILED, b"", NOT_JSON))
        # whitespace after it is fine
        self.answer = self.page(b"text") + b" \r\n\t\n"
        code, out, err = self.nitro("pat", "list", "--output", "json")
        self.assertEqual((code, err), (h.EXIT_OK, ""))
        self.assertEqual(self.assertValidJson(out)["values"][0]["description"], "text")

    def test_a_mutation_answered_with_garbage_after_the_document(self):
        payload = {"data": {"createPersonalAccessToken": {"__typename": "CreatePersonalAccessTokenPayload",
                                                          "result": None, "errors": []}}}
        self.answer = json.dumps(payload).encode() + b"{}"
        code, out, err = self.nitro("pat", "create", "--description", "d", "--output", "json")
        self.assertEqual((code, out), (h.EXIT_FAILED, b""))
        self.assertTrue(err.startswith(NOT_JSON), err)


KEY = "Open/Sesame.42"  # not token-shaped: only knowing it can redact it


def escaped_forms(key):
    """The key as a server may write it in a JSON string: raw, "/" as "\\/", every character as \\u00xx
    (lower-case hex), mixed-case hex, and a mix of escaped and raw characters."""
    lower = "".join(f"\\u{ord(c):04x}" for c in key)
    mixed = "".join(f"\\u{ord(c):04X}" if i % 2 else f"\\u{ord(c):04x}" for i, c in enumerate(key))
    partly = "".join(f"\\u{ord(c):04x}" if c in "OS4" else c for c in key).replace("/", "\\/")
    return [key, key.replace("/", "\\/"), lower, mixed, partly]


class CredentialRedactionTests(WireCase):
    """Item 11: the credential in use, echoed in a GraphQL error and in a payload error in any JSON spelling,
    never shows on stderr, in the error line or in the --verbose trace."""

    def assertNoKey(self, err, form):
        self.assertNotIn(KEY, err)
        self.assertNotIn(form, err)
        self.assertNotIn("Sesame", err)

    def test_a_graphql_error_echoing_the_key(self):
        for form in escaped_forms(KEY):
            with self.subTest(form=form):
                self.answer = ('{"errors": [{"message": "invalid key ' + form + '", "extensions": {"code": '
                               '"BAD_KEY"}}], "data": null}').encode()
                code, out, err = self.nitro("pat", "list", env={"NITRO_API_KEY": KEY})
                self.assertEqual((code, out, err), (h.EXIT_FAILED, b"", "error: The server returned an unexpected "
                                                    "GraphQL error: invalid key [redacted] (BAD_KEY)\n"))
                code, out, err = self.nitro("pat", "list", "--verbose", env={"NITRO_API_KEY": KEY})
                self.assertEqual(code, h.EXIT_FAILED)
                self.assertIn("< {", err)  # the body was traced
                self.assertNoKey(err, form)

    def test_a_payload_error_echoing_the_key(self):
        for form in escaped_forms(KEY):
            with self.subTest(form=form):
                self.answer = ('{"data": {"createPersonalAccessToken": {"__typename": '
                               '"CreatePersonalAccessTokenPayload", "result": null, "errors": [{"__typename": '
                               '"UnauthorizedOperation", "message": "key ' + form + ' may not"}]}}}').encode()
                code, out, err = self.nitro("pat", "create", "--description", "d", env={"NITRO_API_KEY": KEY})
                # (the exit code of an UnauthorizedOperation is not this test's business)
                self.assertIn(code, (h.EXIT_FAILED, h.EXIT_AUTH))
                self.assertEqual((out, err), (b"", "error: key [redacted] may not\n"))
                code, out, err = self.nitro("pat", "create", "--description", "d", "--verbose",
                                            env={"NITRO_API_KEY": KEY})
                self.assertIn(code, (h.EXIT_FAILED, h.EXIT_AUTH))
                self.assertIn("< {", err)
                self.assertNoKey(err, form)

    def test_a_response_header_echoing_the_key(self):
        echo = escaped_forms(KEY)[2]
        self.server.stop()
        self.server = HostileServer(lambda request, count: (200, {"X-Echo": echo, "X-Raw": KEY}, PAGE))
        code, out, err = self.nitro("pat", "list", "--verbose", "--output", "json", env={"NITRO_API_KEY": KEY})
        self.assertEqual(code, h.EXIT_OK, err)
        self.assertIn("< X-Echo: [redacted]\n", err)
        self.assertNoKey(err, echo)

    def test_a_bearer_token_from_the_session_is_redacted_too(self):
        token = "sess/Token.99"
        future = h.iso_utc(h.utcnow().replace(year=h.utcnow().year + 1))
        h.write_session(self.config_home, {"apiUrl": self.server.url,
                                           "tokens": {"accessToken": token, "expiresAt": future}})
        escaped = "".join(f"\\u{ord(c):04x}" for c in token)
        self.answer = ('{"errors": [{"message": "bad ' + escaped + '"}], "data": null}').encode()
        code, out, err = self.nitro("pat", "list", "--verbose", env={"NITRO_API_KEY": None, "NITRO_CLOUD_URL": None})
        self.assertEqual(code, h.EXIT_FAILED)
        self.assertTrue(err.endswith("error: The server returned an unexpected GraphQL error: bad [redacted]\n"), err)
        self.assertNotIn(token, err)
        self.assertNotIn(escaped, err)
        self.assertEqual(self.server.requests[0].header("Authorization"), ("Bearer " + token).encode())


if __name__ == "__main__":
    unittest.main()
