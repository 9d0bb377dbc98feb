"""Transport and server failures: exit 1, one clear error on stderr, empty stdout, no secret on stderr."""

import re
import time

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

COULD_NOT_CONNECT = re.compile(r"(?i)(could not|couldn't|cannot|can't|failed to|unable to) connect")


class FailureTests(h.E2ETestCase):

    def assertErrorLine(self, err, message):
        lines = [l for l in err.splitlines() if l.startswith("error: ")]
        self.assertTrue(any(l.startswith("error: " + message) for l in lines),
                        f"expected a line 'error: {message}' on stderr, got:\n{err}")

    def test_http_500_and_502(self):
        for status, reason in ((500, "InternalServerError"), (502, "BadGateway")):
            for argv in (["pat", "list"], ["workspace", "list"], ["pat", "list", "--all"]):
                with self.subTest(status=status, argv=argv):
                    self.fault("http_status", status=status)
                    result = self.nitro(*argv)
                    self.clear_faults()
                    self.assertFailure(result, 1)
                    self.assertErrorLine(
                        result[2], f"The server returned an unexpected HTTP status code ({status} - {reason})")

    def test_malformed_and_truncated_json(self):
        for mode in ("malformed_json", "truncated_json"):
            for argv in (["pat", "list"], ["workspace", "list"]):
                with self.subTest(mode=mode, argv=argv):
                    self.fault(mode)
                    result = self.nitro(*argv)
                    self.clear_faults()
                    self.assertFailure(result, 1)
                    self.assertIn(h.MSG_NOT_JSON, result[2].splitlines())

    def test_dropped_connection(self):
        self.fault("drop_connection")
        result = self.nitro("pat", "list")
        self.assertFailure(result, 1)

    def test_connection_refused(self):
        port = h.free_port()
        start = time.monotonic()
        result = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": f"http://127.0.0.1:{port}"}, timeout=20)
        self.assertLess(time.monotonic() - start, 10)
        self.assertFailure(result, 1)
        self.assertIn(f"http://127.0.0.1:{port}/graphql", result[2])
        self.assertRegex(result[2], COULD_NOT_CONNECT)

    def test_timeout(self):
        self.fault("slow", delayMs=3000)
        start = time.monotonic()
        result = self.nitro("pat", "list", env={"NITRO_TIMEOUT": "1"})
        elapsed = time.monotonic() - start
        self.assertFailure(result, 1, "timed out")
        self.assertLess(elapsed, 2.5, "NITRO_TIMEOUT=1 must stop the request after about one second")

    def test_graphql_error(self):
        code = "E2E_BOOM"
        self.fault("graphql_error", code=code, count=1)
        _, doc = self.emulator.graphql(h.LIST_PATS, {"after": None, "first": 10}, key=self.pat)
        self.clear_faults()
        self.clear_requests()
        try:
            self.assertIsNone(doc["data"])
            message = doc["errors"][0]["message"]
            self.assertEqual(doc["errors"][0]["extensions"]["code"], code)
        except (KeyError, TypeError, IndexError):
            self.fail(f"graphql_error fault did not answer data: null with errors: {doc!r}")
        for argv in (["pat", "list"], ["workspace", "list"], ["pat", "create", "--description", "x"]):
            with self.subTest(argv=argv):
                self.fault("graphql_error", code=code)
                result = self.nitro(*argv)
                self.clear_faults()
                self.assertFailure(result, 1)
                self.assertErrorLine(result[2], f"The server returned an unexpected GraphQL error: {message} ({code})")


class MutationFailureTests(h.E2ETestCase):
    """A mutation is sent at most once; when its outcome is unknown, stderr points to `nitro pat list`."""

    def create_fails(self, env=None, hint=True):
        result = self.nitro("pat", "create", "--description", "unknown outcome", env=env)
        self.assertFailure(result, 1)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1, "the create mutation must be sent exactly once (no retry)")
        self.assertRequest(reqs[0], h.CREATE)
        if hint:
            self.assertIn("nitro pat list", result[2])
        return result

    def test_create_502_is_sent_once_and_points_to_pat_list(self):
        self.fault("http_status", status=502)
        result = self.create_fails()
        self.assertIn("(502 - BadGateway)", result[2])

    def test_create_timeout_is_sent_once_and_points_to_pat_list(self):
        self.fault("slow", delayMs=3000)
        start = time.monotonic()
        result = self.create_fails(env={"NITRO_TIMEOUT": "1"})
        self.assertLess(time.monotonic() - start, 2.5)
        self.assertIn("timed out", result[2])

    def test_create_500_is_sent_once(self):
        self.fault("http_status", status=500)
        self.create_fails(hint=False)

    def test_create_dropped_connection_is_sent_once(self):
        self.fault("drop_connection")
        self.create_fails(hint=False)

    def test_create_503_with_retry_after_is_sent_once(self):
        self.fault("http_status", status=503, retryAfter=1)
        self.create_fails(hint=False)

    def test_revoke_failures_are_sent_once(self):
        token = self.emulator.create_token("revoke under fault")
        self.remember_secret(token["secret"])
        for mode, params in (("http_status", {"status": 502}), ("drop_connection", {}), ("malformed_json", {})):
            with self.subTest(mode=mode):
                self.clear_requests()
                self.fault(mode, **params)
                result = self.nitro("pat", "revoke", token["id"], "--force")
                self.clear_faults()
                self.assertFailure(result, 1)
                self.assertEqual(len(self.requests(h.REVOKE)), 1)
