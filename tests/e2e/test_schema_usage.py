"""nitro schema clients | impact | operations | unused | usage against the emulator's analytics, which answers
from what was published (the stage's schema, the client versions published on it) and from usage recorded
through POST /_emulator/usage: the stage picked from the API's stages by --stage, the time window (--from,
--to; the 7 days up to now by default) sent as DateTimes, the JSON results, tables and labelled lines on a
terminal, and the failures: an unknown stage or coordinate, a coordinate that is no coordinate, a bad or
reversed window, missing options, an API key scoped to another API."""

import datetime as dt
import json
import os
import tempfile

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r

USAGE = "CoordinateUsageQuery"
CLIENTS = "CoordinateClientsQuery"
OPERATIONS = "CoordinateOperationsQuery"
IMPACT = "CoordinateImpactQuery"
UNUSED = "UnusedCoordinatesQuery"

_FILES = {USAGE: "schema-usage.graphql", CLIENTS: "schema-clients.graphql", OPERATIONS: "schema-operations.graphql",
          IMPACT: "schema-impact.graphql", UNUSED: "schema-unused.graphql"}
h.OPERATION_FILES.update(_FILES)
h.PUBLISHED_IDS.update({name: r._PUBLISHED[name]["hash"] for name in _FILES})

SCHEMA = ('type Query { user: User, legacy: Int @deprecated(reason: "gone") }\n'
          'type User { email: String, name: String, age: Int @deprecated(reason: "private") }\n')
WEB = {"h-me": "query Me { user { email } }", "h-names": "query Names { user { name email } }"}
IOS = {"h-ios": "query Profile { user { email age } }"}
FROM, TO = "2026-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z"
WINDOW = ("--from", "2026-01-01", "--to", "2100-01-01T00:00:00Z")


class AnalyticsTestCase(h.ResourceTestCase):
    """An API with the stage dev, SCHEMA published on it and the clients web and ios with their operations."""

    def setUp(self):
        super().setUp()
        self.dir = tempfile.mkdtemp(dir=h.scratch_dir())
        self.api = self.emulator.create_api(self.team["id"], "analytics", ["analytics"])["id"]
        self.ok("stage", "edit", "--api-id", self.api, "--configuration",
                '[{"name": "dev", "displayName": "Dev", "conditions": []}]')
        self.ok("schema", "upload", "--api-id", self.api, "--tag", "v1", "--schema-file", self.file("s", SCHEMA))
        self.ok("schema", "publish", "--api-id", self.api, "--tag", "v1", "--stage", "dev")
        self.clients = {}
        for name, operations in (("web", WEB), ("ios", IOS)):
            self.clients[name] = json.loads(self.ok("client", "create", "--api-id", self.api, "--name", name))["id"]
            self.ok("client", "upload", "--client-id", self.clients[name], "--tag", "1", "--operations-file",
                    self.file(name, json.dumps(operations)))
            self.ok("client", "publish", "--client-id", self.clients[name], "--tag", "1", "--stage", "dev")
        self.clear_requests()

    def ok(self, *args):
        rc, out, err = self.nitro(*args)
        self.assertEqual(rc, 0, (args, err))
        return out

    def file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def record(self, client, hash_, requests, errors=0, duration=10, at=None):
        body = {"apiId": self.api, "stage": "dev", "clientId": self.clients[client], "hash": hash_,
                "requests": requests, "errors": errors, "duration": duration}
        if at:
            body["at"] = at
        status, _, answer = self.emulator.http("POST", "/_emulator/usage", json.dumps(body).encode())
        self.assertEqual(status, 200, answer)

    def analytics(self, command, *args, env=None):
        return self.nitro("schema", command, "--api-id", self.api, "--stage", "dev", *args, env=env)


class UsageTests(AnalyticsTestCase):

    def test_usage_of_a_coordinate_in_the_window(self):
        self.record("web", "h-me", 30, errors=3, duration=20, at="2026-03-01T10:00:00Z")
        self.record("ios", "h-ios", 10, duration=40, at="2026-03-02T10:00:00Z")
        self.record("web", "h-names", 50, at="2025-06-01T00:00:00Z")  # before the window
        rc, out, err = self.analytics("usage", "--coordinate", "User.email", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out), {
            "coordinate": "User.email", "isDeprecated": False, "totalRequests": 40, "clientCount": 2,
            "operationCount": 2, "firstSeen": "2026-03-01T10:00:00+00:00", "lastSeen": "2026-03-02T10:00:00+00:00",
            "errorRate": 0.075, "meanDuration": 25})
        self.assertRequests((USAGE, {"apiId": self.api, "coordinate": "User.email", "from": FROM, "to": TO}))

    def test_the_default_window_is_the_last_seven_days(self):
        self.record("web", "h-me", 4)
        before = dt.datetime.now(dt.timezone.utc)
        rc, out, err = self.analytics("usage", "--coordinate", "Query.user")
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out)["totalRequests"], 4)
        [req] = self.requests()
        sent = {k: h.parse_iso(req["variables"][k]) for k in ("from", "to")}
        self.assertLessEqual(abs((sent["to"] - before).total_seconds()), 5)
        self.assertEqual(sent["to"] - sent["from"], dt.timedelta(days=7))

    def test_environment_variables(self):
        for prefix in ("NITRO", "BARISTA"):
            with self.subTest(prefix=prefix):
                rc, out, err = self.nitro("schema", "usage", "--coordinate", "User.name",
                                          env={f"{prefix}_API_ID": self.api, f"{prefix}_STAGE": "dev"})
                self.assertEqual((rc, err), (0, ""), out)
                self.assertEqual(json.loads(out)["coordinate"], "User.name")

    def test_terminal(self):
        self.record("web", "h-me", 1234)
        child = self.spawn("schema", "usage", "--api-id", self.api, "--stage", "dev", "--coordinate", "User.email")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRegex(text, r"(?m)^Coordinate:\s+User\.email\r$")
        self.assertRegex(text, r"(?m)^Deprecated:\s+No\r$")
        self.assertRegex(text, r"(?m)^Total requests:\s+1234\r$")

    def test_failures(self):
        result = self.nitro("schema", "usage", "--api-id", self.api, "--stage", "prod", "--coordinate", "User.email")
        self.assertResult(result, 1, stderr=f"error: Stage 'prod' was not found on API '{self.api}'.\n")
        result = self.analytics("usage", "--coordinate", "User.nope")
        self.assertResult(result, 1, stderr="error: Coordinate 'User.nope' was not found on stage 'dev'.\n")
        rc, out, err = self.analytics("usage", "--coordinate", "not a coordinate")
        self.assertEqual((rc, out), (1, ""))
        self.assertIn("'not a coordinate' is not a schema coordinate", err)
        unknown = h.relay_id("Api", 999)
        result = self.nitro("schema", "usage", "--api-id", unknown, "--stage", "dev", "--coordinate", "User.email")
        self.assertResult(result, 1, stderr=f"error: Stage 'dev' was not found on API '{unknown}'.\n")
        self.clear_requests()
        result = self.analytics("usage", "--coordinate", "User.email", "--from", "2026-05-01", "--to", "2026-04-01")
        self.assertResult(result, 2, stderr="error: Invalid time window: '--from' must be earlier than or equal to "
                                            "'--to'.\n")
        rc, out, err = self.analytics("usage", "--coordinate", "User.email", "--to", "last week")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("invalid value 'last week' for '--to'", err)
        result = self.analytics("usage")
        self.assertResult(result, 2, stderr=h.usage_error("schema usage", "Missing required option '--coordinate'."))
        result = self.nitro("schema", "usage", "--api-id", self.api, "--coordinate", "User.email")
        self.assertResult(result, 2, stderr=h.usage_error("schema usage", "Missing required option '--stage'."))
        self.assertNothingSent()

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.emulator.create_api_key("ci", self.team["id"], api_id=other["id"], key=self.pat)["secret"]
        self.remember_secret(key)
        rc, out, err = self.analytics("usage", "--coordinate", "User.email", env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""), err)
        self.assertTrue(err.startswith("error: "), err)
        own = self.emulator.create_api_key("own", self.team["id"], api_id=self.api, key=self.pat)["secret"]
        self.remember_secret(own)
        rc, out, err = self.analytics("usage", "--coordinate", "User.email", env={"NITRO_API_KEY": own})
        self.assertEqual((rc, err), (0, ""), out)


class ClientsAndOperationsTests(AnalyticsTestCase):

    def setUp(self):
        super().setUp()
        self.record("web", "h-me", 7, at="2026-02-01T00:00:00Z")
        self.record("web", "h-names", 3, errors=3, at="2026-02-01T00:00:00Z")
        self.record("ios", "h-ios", 20, duration=30, at="2026-02-01T00:00:00Z")

    def test_clients(self):
        rc, out, err = self.analytics("clients", "--coordinate", "User.email", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out), {"values": [
            {"name": "ios", "clientId": self.clients["ios"], "totalVersions": 1, "totalOperations": 1,
             "totalRequests": 20},
            {"name": "web", "clientId": self.clients["web"], "totalVersions": 1, "totalOperations": 2,
             "totalRequests": 10}], "cursor": None})
        self.assertRequests((CLIENTS, {"apiId": self.api, "coordinate": "User.email", "from": FROM, "to": TO}))
        rc, out, err = self.analytics("clients", "--coordinate", "User.name", *WINDOW, "--jq", ".values[].name")
        self.assertEqual((rc, out, err), (0, "web\n", ""))

    def test_clients_table(self):
        child = self.spawn("schema", "clients", "--api-id", self.api, "--stage", "dev", "--coordinate", "User.email",
                           *WINDOW)
        self.expect_exact(child, "Clients")
        self.expect(child, r"ios\s+1\s+1\s+20")
        child.send("q")
        code, _text = self.finish(child)
        self.assertEqual(code, 0)

    def test_operations(self):
        rc, out, err = self.analytics("operations", "--coordinate", "User.email", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        values = json.loads(out)["values"]
        self.assertEqual([(v["name"], v["clientId"]) for v in values],
                         [("ios", self.clients["ios"]), ("web", self.clients["web"])])
        web = values[1]["operations"]
        self.assertEqual([(o["operationName"], o["hash"], o["kind"], o["totalCount"], o["totalCountWithErrors"])
                          for o in web], [("Me", "h-me", "QUERY", 7, 0), ("Names", "h-names", "QUERY", 3, 3)])
        self.assertEqual(list(web[0]), ["operationName", "hash", "kind", "opm", "totalCount", "totalCountWithErrors",
                                        "errorRate", "averageLatency", "impact", "totalVersions"])
        self.assertEqual((web[0]["impact"], web[1]["errorRate"]), (0.7, 1))
        self.assertRequests((OPERATIONS, {"apiId": self.api, "coordinate": "User.email", "from": FROM, "to": TO,
                                          "operationsPerClient": 100}))

    def test_a_coordinate_no_operation_uses(self):
        rc, out, err = self.analytics("clients", "--coordinate", "Query.legacy", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        self.assertEqual(json.loads(out), {"values": [], "cursor": None})
        result = self.analytics("operations", "--coordinate", "Query.nope")
        self.assertResult(result, 1, stderr="error: Coordinate 'Query.nope' was not found on stage 'dev'.\n")


class ImpactTests(AnalyticsTestCase):

    def test_impact_of_removing_a_field(self):
        self.record("ios", "h-ios", 5, errors=1, at="2026-02-01T00:00:00Z")
        rc, out, err = self.analytics("impact", "--coordinate", "User.age", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        doc = json.loads(out)
        self.assertEqual(list(doc), ["coordinate", "isDeprecated", "usage", "clients"])
        self.assertEqual((doc["coordinate"], doc["isDeprecated"]), ("User.age", True))
        self.assertEqual(doc["usage"]["totalRequests"], 5)
        self.assertEqual(doc["usage"]["errorRate"], 0.2)
        [client] = doc["clients"]
        self.assertEqual((client["name"], client["totalRequests"], [o["operationName"] for o in client["operations"]]),
                         ("ios", 5, ["Profile"]))
        self.assertRequests((IMPACT, {"apiId": self.api, "coordinate": "User.age", "from": FROM, "to": TO,
                                      "operationsPerClient": 100}))

    def test_terminal(self):
        child = self.spawn("schema", "impact", "--api-id", self.api, "--stage", "dev", "--coordinate", "Query.legacy")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertRegex(text, r"(?m)^Deprecated:\s+Yes\r$")
        self.assertRegex(text, r"(?m)^Total requests:\s+0\r$")


class UnusedTests(AnalyticsTestCase):

    def test_fields_nothing_used(self):
        self.record("web", "h-me", 1, at="2026-02-01T00:00:00Z")
        rc, out, err = self.analytics("unused", *WINDOW)
        self.assertEqual((rc, err), (0, ""), out)
        doc = json.loads(out)
        # h-me used Query.user and User.email; the other fields are unused (h-names was published, not used).
        self.assertEqual([v["coordinate"] for v in doc["values"]], ["Query.legacy", "User.name", "User.age"])
        self.assertEqual(doc["values"][0], {"coordinate": "Query.legacy", "isDeprecated": True, "totalRequests": 0,
                                            "clientCount": 0, "operationCount": 0, "lastSeen": None})
        self.assertRequests((UNUSED, {"apiId": self.api, "from": FROM, "to": TO, "kinds": ["FIELD"],
                                      "isDeprecated": None, "first": 100}))

    def test_deprecated_only(self):
        for args, env in ((("--deprecated-only",), None), ((), {"NITRO_DEPRECATED_ONLY": "true"})):
            with self.subTest(args=args, env=env):
                self.clear_requests()
                rc, out, err = self.analytics("unused", *args, env=env)
                self.assertEqual((rc, err), (0, ""), out)
                self.assertEqual([v["coordinate"] for v in json.loads(out)["values"]], ["Query.legacy", "User.age"])
                [req] = self.requests()
                self.assertIs(req["variables"]["isDeprecated"], True)

    def test_table_and_unknown_stage(self):
        child = self.spawn("schema", "unused", "--api-id", self.api, "--stage", "dev")
        self.expect_exact(child, "Unused coordinates")
        self.expect(child, r"Query\.legacy\s+Yes")
        child.send("q")
        self.assertEqual(self.finish(child)[0], 0)
        result = self.nitro("schema", "unused", "--api-id", self.api, "--stage", "qa")
        self.assertResult(result, 1, stderr=f"error: Stage 'qa' was not found on API '{self.api}'.\n")
