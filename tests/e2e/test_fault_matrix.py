"""The fault matrix: every fault mode of the emulator (and a refused connection) against every network command.

For each cell it asserts the exit code; on failure exactly one 'error: ' line on stderr (further lines only
indented hints) and nothing on stdout; no known secret on stdout or stderr; how many requests reached the emulator
(queries are retried on 429/502/503/504 and broken connections, at most 3 tries; a mutation is sent at most once)
and, after a mutation whose outcome is unknown, the hint pointing to `nitro pat list`. Faults that pass (payload
faults on queries, a fault that happens once before a retry) must give the normal result.

The class prints the matrix's size and result when it ends (ctest -V, or run this module directly).
"""

import json
import sys
import time

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

# Every mode tests/emulator/README.md documents: the matrix must use each at least once.
EMULATOR_MODES = {"slow", "http_status", "malformed_json", "truncated_json", "drop_connection", "payload_error",
                  "null_payload", "graphql_error", "auth_error", "unknown_typename"}

MUTATIONS = (h.CREATE, h.REVOKE)

# The network commands: name -> (argv builder, operation, is_mutation, is_all)
COMMANDS = {
    "pat create": (lambda t: ["pat", "create", "--description", "fault matrix"], h.CREATE, True, False),
    "pat revoke": (lambda t: ["pat", "revoke", t, "--force"], h.REVOKE, True, False),
    "pat list": (lambda t: ["pat", "list"], h.LIST_PATS, False, False),
    "pat list --all": (lambda t: ["pat", "list", "--all"], h.LIST_PATS, False, True),
    "workspace list": (lambda t: ["workspace", "list"], h.LIST_WORKSPACES, False, False),
    "workspace list --all": (lambda t: ["workspace", "list", "--all"], h.LIST_WORKSPACES, False, True),
}

HINT = "nitro pat list"
NOT_JSON = "The server returned a response that is not valid JSON."
TRIES = 3


class Fault:
    """One row: how to inject it, and what each kind of command must do under it.

    exit_query / exit_mutation: expected exit codes; tries_query: requests a query makes (1, or 3 when retried);
    needle: text the error line must hold; hint: whether a failed mutation must point to `nitro pat list`;
    mutation_sent: whether the mutation reaches the emulator at all."""

    def __init__(self, name, mode=None, params=None, env=None, exit_query=1, exit_mutation=1, tries_query=1,
                 needle=None, mutation_needle=None, hint=False, mutation_sent=True, refused=False):
        self.name, self.mode, self.params, self.env = name, mode, dict(params or {}), dict(env or {})
        self.exit_query, self.exit_mutation, self.tries_query = exit_query, exit_mutation, tries_query
        self.needle, self.mutation_needle, self.hint = needle, mutation_needle, hint
        self.mutation_sent, self.refused = mutation_sent, refused


def status_fault(status, reason, retried, hint, transient=False, **extra):
    params = {"status": status, **extra}
    if transient:
        params["count"] = 1
    name = f"http {status}" + (f" retryAfter={extra['retryAfter']}" if "retryAfter" in extra else "")
    name += " once" if transient else ""
    exit_query = 0 if transient and retried else (4 if status in (401, 403) else 1)
    return Fault(name, "http_status", params, exit_query=exit_query,
                 exit_mutation=4 if status in (401, 403) else 1,
                 tries_query=(2 if transient else TRIES) if retried else 1,
                 needle=h.MSG_NOT_ACCEPTED if status == 401 else h.MSG_NOT_ALLOWED if status == 403 else
                 "a 413 (Request Entity Too Large) HTTP status code" if status == 413 else f"({status} - {reason})",
                 hint=hint)


FAULTS = [
    Fault("slow, NITRO_TIMEOUT=1", "slow", {"delayMs": 2500}, env={"NITRO_TIMEOUT": "1"}, needle="timed out",
          hint=True),
    status_fault(500, "InternalServerError", retried=False, hint=True),
    status_fault(502, "BadGateway", retried=True, hint=True),
    status_fault(503, "ServiceUnavailable", retried=True, hint=True, retryAfter=1),
    status_fault(504, "GatewayTimeout", retried=True, hint=True),
    status_fault(429, "TooManyRequests", retried=True, hint=False),
    status_fault(413, "RequestEntityTooLarge", retried=False, hint=False),
    status_fault(401, "Unauthorized", retried=False, hint=False),
    status_fault(403, "Forbidden", retried=False, hint=False),
    status_fault(400, "BadRequest", retried=False, hint=False),
    status_fault(502, "BadGateway", retried=True, hint=True, transient=True),
    status_fault(503, "ServiceUnavailable", retried=True, hint=True, transient=True, retryAfter=1),
    status_fault(504, "GatewayTimeout", retried=True, hint=True, transient=True),
    status_fault(429, "TooManyRequests", retried=True, hint=False, transient=True),
    Fault("malformed_json", "malformed_json", needle=NOT_JSON, hint=True),
    Fault("truncated_json", "truncated_json", needle=NOT_JSON, hint=True),
    Fault("drop_connection", "drop_connection", tries_query=TRIES, needle="unexpected error", hint=True),
    Fault("drop_connection once", "drop_connection", {"count": 1}, exit_query=0, tries_query=2,
          needle="unexpected error", hint=True),
    Fault("payload_error", "payload_error", exit_query=0, exit_mutation=4, needle="not authorized"),
    Fault("payload_error ValidationError", "payload_error", {"type": "ValidationError", "message": "Too long."},
          exit_query=0, mutation_needle={h.CREATE: "Unexpected mutation error: Too long.",
                                         # not in revoke's error union: graphql-core makes it a field error
                                         h.REVOKE: "unexpected GraphQL error"}),
    Fault("null_payload", "null_payload", exit_query=0, needle=None,
          mutation_needle={h.CREATE: h.MSG_NO_DATA, h.REVOKE: h.MSG_COULD_NOT_REVOKE}),
    Fault("graphql_error", "graphql_error", {"code": "E2E_FAULT"}, needle="(E2E_FAULT)"),
    Fault("auth_error", "auth_error", exit_query=4, exit_mutation=4, needle=h.MSG_NOT_ACCEPTED),
    Fault("auth_error AUTH_NOT_AUTHORIZED", "auth_error", {"code": "AUTH_NOT_AUTHORIZED"}, exit_query=4,
          exit_mutation=4, needle=h.MSG_NOT_ALLOWED),
    Fault("unknown_typename", "unknown_typename", exit_query=0, needle="Unexpected mutation error"),
    Fault("connection refused", refused=True, tries_query=TRIES, needle="connect", mutation_sent=False),
]


class FaultMatrixTests(h.E2ETestCase):
    """faults x network commands; see the module docstring."""

    results = {}  # (fault, command) -> None when passed, else the failure text

    @classmethod
    def tearDownClass(cls):
        cells = len(FAULTS) * len(COMMANDS)
        done = len(cls.results)
        failed = sorted(k for k, v in cls.results.items() if v is not None)
        sys.stderr.write(f"\nfault matrix: {len(FAULTS)} faults x {len(COMMANDS)} commands = {cells} cells; "
                         f"{done - len(failed)} passed, {len(failed)} failed"
                         + (f", {cells - done} not run" if done < cells else "") + "\n")
        for fault, command in failed:
            sys.stderr.write(f"  FAILED: {fault} x {command}\n")
        super().tearDownClass()

    def test_every_emulator_mode_is_in_the_matrix(self):
        used = {f.mode for f in FAULTS if f.mode}
        self.assertEqual(EMULATOR_MODES - used, set(), "fault modes of the emulator missing from the matrix")

    def run_cell(self, fault, command):
        build, operation, is_mutation, is_all = COMMANDS[command]
        self.clear_faults()
        token_id = ""
        if operation == h.REVOKE:
            token = self.emulator.create_token("revoked under a fault")
            self.remember_secret(token["secret"])
            token_id = token["id"]
        self.clear_requests()
        env = dict(fault.env)
        if fault.refused:
            env["NITRO_CLOUD_URL"] = f"http://127.0.0.1:{h.free_port()}"
        else:
            self.fault(fault.mode, **fault.params)
        started = time.monotonic()
        code, out, err = self.nitro(*build(token_id), env=env, timeout=60)
        elapsed = time.monotonic() - started
        self.clear_faults()
        reqs = self.requests()
        where = f"[{fault.name} x {command}] exit {code}\nstdout: {out!r}\nstderr: {err!r}"
        self.assertNoSecrets(out if not (is_mutation and code == 0) else "", f"stdout {where}")
        self.assertNoSecrets(err, f"stderr {where}")
        mutations = [r for r in reqs if r.get("operationName") in MUTATIONS]
        if is_mutation:
            expected = fault.exit_mutation
            self.assertEqual(code, expected, f"exit code {where}")
            self.assertEqual(len(mutations), 1 if fault.mutation_sent else 0,
                             f"mutations received (a mutation is sent at most once) {where}")
            self.assertEqual(len(reqs), len(mutations), f"requests {where}")
            if fault.hint:
                self.assertIn(HINT, err, f"a failed mutation with an unknown outcome points to `nitro pat list` "
                                         f"{where}")
                self.assertRegex(err, r"may have carried out the request.*run 'nitro pat list' to check", where)
            else:
                self.assertNotIn("hint: the server may have carried out", err, where)
        else:
            expected = fault.exit_query
            self.assertEqual(code, expected, f"exit code {where}")
            self.assertEqual(mutations, [], f"a query sent a mutation {where}")
            if not fault.refused:
                self.assertEqual(len(reqs), fault.tries_query, f"requests (tries) {where}")
            self.assertNotIn("hint: the server may have carried out", err, where)
        if code == 0:
            self.assertEqual(err, "", f"a command that succeeds is silent on stderr {where}")
            doc = self.assertJsonDocument(out)
            self.assertIn("values", doc)
            if is_all:
                self.assertIsNone(doc["cursor"])
            return
        self.assertEqual(out, "", f"nothing on stdout after a failure {where}")
        lines = err.splitlines()
        errors = [l for l in lines if l.startswith("error: ")]
        self.assertEqual(len(errors), 1, f"exactly one error line {where}")
        self.assertTrue(all(l.startswith("error: ") or l.startswith("  ") for l in lines),
                        f"other lines on stderr are indented explanations or hints {where}")
        needle = fault.needle
        if is_mutation and fault.mutation_needle:
            needle = fault.mutation_needle[operation]
        if needle:
            self.assertIn(needle, errors[0], where)
        if fault.mode == "slow":
            self.assertLess(elapsed, 2.3 * h.TIME_FACTOR,
                            f"NITRO_TIMEOUT=1 bounds the whole operation, retries included {where}")

    def check_fault(self, fault):
        for command in COMMANDS:
            with self.subTest(fault=fault.name, command=command):
                key = (fault.name, command)
                try:
                    self.run_cell(fault, command)
                except AssertionError as e:
                    type(self).results[key] = str(e)
                    raise
                type(self).results[key] = None


def _add_fault_tests():
    for i, fault in enumerate(FAULTS):
        slug = "".join(c if c.isalnum() else "_" for c in fault.name).strip("_")
        setattr(FaultMatrixTests, f"test_{i:02d}_{slug}", lambda self, f=fault: self.check_fault(f))


_add_fault_tests()


class LimitTests(h.E2ETestCase):
    """Responses over the size cap (32 MiB) or nested deeper than 64 levels are refused cleanly."""

    def stub(self, respond):
        server = h.StubServer(respond)
        self.addCleanup(server.stop)
        return server

    def test_response_over_32_mib_is_refused(self):
        big = b'{"data":{"me":null},"pad":"' + b"x" * (33 << 20) + b'"}'
        server = self.stub(lambda n: (200, {"Content-Type": "application/json"}, big))
        for argv in (["pat", "list"], ["pat", "create", "--description", "big"]):
            with self.subTest(argv=argv):
                result = self.nitro(*argv, env={"NITRO_CLOUD_URL": server.url}, timeout=60)
                self.assertFailure(result, 1, "larger than 32 MiB")
        self.assertEqual(server.count, 2, "a size refusal is not retried")

    def test_response_nested_too_deep_is_refused(self):
        deep = b'{"data":' + b"[" * 5000 + b"]" * 5000 + b"}"
        server = self.stub(lambda n: (200, {"Content-Type": "application/json"}, deep))
        result = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": server.url})
        self.assertFailure(result, 1, "nested deeper than 64 levels")
        create = self.nitro("pat", "create", "--description", "deep", env={"NITRO_CLOUD_URL": server.url})
        self.assertFailure(create, 1, "nested deeper than 64 levels")
        self.assertIn(HINT, create[2])

    def test_a_response_of_64_levels_is_still_read(self):
        """The cap refuses nothing the API sends: 64 levels pass (and here fail only for their shape)."""
        body = b'{"data":{"me":' + b"[" * 61 + b"]" * 61 + b"}}"
        server = self.stub(lambda n: (200, {"Content-Type": "application/json"}, body))
        result = self.nitro("pat", "list", env={"NITRO_CLOUD_URL": server.url})
        self.assertFailure(result, 1)
        self.assertNotIn("nested deeper", result[2])


class RetryAfterTests(h.E2ETestCase):
    """Retry-After is honoured, within the timeout."""

    def stub(self, respond):
        server = h.StubServer(respond)
        self.addCleanup(server.stop)
        return server

    def page(self):
        return json.dumps({"data": {"me": {"__typename": "Viewer", "workspaces": {
            "edges": [], "pageInfo": {"hasPreviousPage": False, "hasNextPage": False, "endCursor": None,
                                     "startCursor": None}}}}}).encode()

    def test_retry_after_is_waited_for(self):
        server = self.stub(lambda n: (503, {"Retry-After": "2"}, b"busy") if n == 1 else
                           (200, {"Content-Type": "application/json"}, self.page()))
        code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": server.url})
        self.assertEqual(code, 0, err)
        self.assertEqual(server.count, 2)
        self.assertGreaterEqual(server.times[1] - server.times[0], 1.9, "the retry waited for Retry-After: 2")

    def test_retry_after_beyond_the_timeout_is_not_waited_for(self):
        server = self.stub(lambda n: (503, {"Retry-After": "120"}, b"busy"))
        start = time.monotonic()
        result = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": server.url, "NITRO_TIMEOUT": "5"})
        self.assertLess(time.monotonic() - start, 3 * h.TIME_FACTOR)
        self.assertFailure(result, 1, "(503 - ServiceUnavailable)")
        self.assertEqual(server.count, 1)

    def test_retry_after_as_a_date(self):
        when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 2))
        server = self.stub(lambda n: (429, {"Retry-After": when}, b"slow down") if n == 1 else
                           (200, {"Content-Type": "application/json"}, self.page()))
        code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": server.url})
        self.assertEqual(code, 0, err)
        self.assertGreaterEqual(server.times[1] - server.times[0], 0.9)


if __name__ == "__main__":
    __import__("unittest").main()
