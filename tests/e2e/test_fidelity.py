"""Failure messages worded as the Nitro CLI words them (facts 2.3): HTTP statuses by their .NET names, 413
explained, the persisted-operation codes HC0067 and HC0020, other GraphQL errors with and without a code.

Each case runs `pat list --output json` (a query: retried on 502/503) and `pat create --description x --output
json` (a mutation: sent once; after a 5xx its outcome is unknown and stderr says so) and asserts the exit code,
an empty stdout, the whole of stderr and how many requests were made.
"""

import json

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

LIST = ("pat", "list", "--output", "json")
CREATE = ("pat", "create", "--description", "x", "--output", "json")

MAYBE_CREATED = ("  hint: the server may have carried out the request before it failed; nitro never sends it twice: "
                 "run 'nitro pat list' to check before trying again.\n")
TOO_LARGE = ("error: The server returned a 413 (Request Entity Too Large) HTTP status code. If you are running a "
             "self-hosted instance, check your ingress controller body-size limits, reverse proxy settings, or "
             "load balancer request size limits.\n")
HC0067 = ("error: The server rejected the persisted operation of the command. Make sure your Nitro backend is on "
          "the latest version.\n")
HC0020 = ("error: The server rejected the persisted operation of the command.\n"
          "  If you are targeting a self-hosted instance, make sure it's running the latest version, or downgrade "
          "your CLI to match.\n")


def status_line(status, name):
    return f"error: The server returned an unexpected HTTP status code ({status} - {name})\n"


class FidelityTests(h.E2ETestCase):

    def check(self, argv, stderr, requests, server=None):
        """Exit 1, nothing on stdout, exactly `stderr`, and `requests` requests at the emulator (or `server`)."""
        code, out, err = self.nitro(*argv, env={"NITRO_CLOUD_URL": server.url} if server else None)
        where = f"nitro {' '.join(argv)}"
        self.assertEqual(code, h.EXIT_FAILED, f"exit code of {where}; stderr={err!r}")
        self.assertEqual(out, "", f"stdout of {where}")
        self.assertEqual(err, stderr, f"stderr of {where}")
        sent = server.count if server else len(self.requests())
        self.assertEqual(sent, requests, f"requests sent by {where}")

    def check_status(self, status, list_stderr, create_stderr, list_tries=1):
        for argv, stderr, tries in ((LIST, list_stderr, list_tries), (CREATE, create_stderr, 1)):
            with self.subTest(status=status, command=argv[1]):
                self.clear_faults()
                self.clear_requests()
                self.fault("http_status", status=status)
                self.check(argv, stderr, tries)

    def stub(self, respond):
        server = h.StubServer(respond)
        self.addCleanup(server.stop)
        return server

    # -- HTTP statuses: .NET's HttpStatusCode names --

    def test_500(self):
        line = status_line(500, "InternalServerError")
        self.check_status(500, line, line + MAYBE_CREATED)

    def test_502_retried_then_reported(self):
        line = status_line(502, "BadGateway")
        self.check_status(502, line, line + MAYBE_CREATED, list_tries=3)

    def test_503_after_the_retries_are_exhausted(self):
        line = status_line(503, "ServiceUnavailable")
        self.check_status(503, line, line + MAYBE_CREATED, list_tries=3)

    def test_404(self):
        line = status_line(404, "NotFound")
        self.check_status(404, line, line)

    def test_413_has_its_own_message(self):
        self.check_status(413, TOO_LARGE, TOO_LARGE)

    def test_599_has_no_name_and_shows_the_number(self):
        line = status_line(599, "599")
        self.check_status(599, line, line + MAYBE_CREATED)

    def test_302_is_reported_not_followed(self):
        """The redirect points at the working emulator; following it would have succeeded."""
        server = self.stub(lambda n: (302, {"Location": self.emulator.endpoint}, b""))
        for argv in (LIST, CREATE):
            with self.subTest(command=argv[1]):
                server.count = 0
                self.check(argv, status_line(302, "Found"), 1, server=server)
        self.assertNothingSent()

    # -- GraphQL errors --

    def check_graphql_error(self, code, stderr):
        for argv in (LIST, CREATE):
            with self.subTest(code=code, command=argv[1]):
                self.clear_faults()
                self.clear_requests()
                self.fault("graphql_error", code=code, message="The operation is not known.")
                self.check(argv, stderr, 1)

    def test_hc0067(self):
        self.check_graphql_error("HC0067", HC0067)

    def test_hc0020_on_two_lines(self):
        self.check_graphql_error("HC0020", HC0020)

    def test_another_code(self):
        self.check_graphql_error(
            "E2E_OTHER", "error: The server returned an unexpected GraphQL error: The operation is not known. "
                         "(E2E_OTHER)\n")

    def test_no_code(self):
        body = json.dumps({"data": None, "errors": [{"message": "Something went wrong."}]}).encode()
        server = self.stub(lambda n: (200, {"Content-Type": "application/json"}, body))
        for argv in (LIST, CREATE):
            with self.subTest(command=argv[1]):
                server.count = 0
                self.check(argv, "error: The server returned an unexpected GraphQL error: Something went wrong.\n",
                           1, server=server)


if __name__ == "__main__":
    __import__("unittest").main()


class ServerTextTests(h.E2ETestCase):
    """What a server sends, written as the Nitro CLI writes it: dates through .NET's DateTimeOffset, the
    cursor exactly as sent, on the last page too; a refused persisted operation sent with HTTP 400."""

    PAGE = {"data": {"me": {"__typename": "Viewer", "personalAccessTokens": {
        "__typename": "PersonalAccessTokensConnection",
        "edges": [
            {"__typename": "PersonalAccessTokensEdge", "cursor": "c1", "node": {
                "__typename": "PersonalAccessToken", "id": "pat-1", "description": "zero fraction",
                "createdAt": "2025-01-01T00:00:00.000Z", "expiresAt": "2026-11-27T10:11:38.589Z"}},
            {"__typename": "PersonalAccessTokensEdge", "cursor": "c2", "node": {
                "__typename": "PersonalAccessToken", "id": "pat-2", "description": "offsets",
                "createdAt": "2026-11-27T10:11:38.5890000+02:00", "expiresAt": "2026-11-27T10:11:38-05:00"}},
        ],
        "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": False, "hasNextPage": False,
                     "startCursor": "c1", "endCursor": "c2"}}}}}

    def stub(self, status, document):
        server = h.StubServer(lambda n: (status, {"Content-Type": "application/json"},
                                         json.dumps(document).encode()))
        self.addCleanup(server.stop)
        return server

    def test_dates_and_the_last_cursor(self):
        server = self.stub(200, self.PAGE)
        code, out, err = self.nitro("pat", "list", "--output", "json", env={"NITRO_CLOUD_URL": server.url})
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out), {"values": [
            {"id": "pat-1", "description": "zero fraction", "createdAt": "2025-01-01T00:00:00+00:00",
             "expiresAt": "2026-11-27T10:11:38.589+00:00"},
            {"id": "pat-2", "description": "offsets", "createdAt": "2026-11-27T10:11:38.589+02:00",
             "expiresAt": "2026-11-27T10:11:38-05:00"},
        ], "cursor": "c2"})

    def test_a_refused_persisted_operation_with_http_400(self):
        document = {"errors": [{"message": "The persisted operation was not found.",
                                "extensions": {"code": "HC0020"}}]}
        server = self.stub(400, document)
        code, out, err = self.nitro(*LIST, env={"NITRO_CLOUD_URL": server.url})
        self.assertEqual((code, out), (h.EXIT_FAILED, ""))
        self.assertEqual(err, "error: The server rejected the persisted operation of the command.\n"
                              "  If you are targeting a self-hosted instance, make sure it's running the latest "
                              "version, or downgrade your CLI to match.\n")
