"""Authentication and the global options (--api-key, --cloud-url, client version)."""

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

COMMANDS = [
    ["pat", "create", "--description", "no auth"],
    ["pat", "list"],
    ["pat", "list", "--all"],
    ["pat", "revoke", "some-id", "--force"],
    ["workspace", "list"],
]


class AuthTests(h.E2ETestCase):

    def test_no_credential_exit_4_and_nothing_sent(self):
        for argv in COMMANDS:
            with self.subTest(argv=argv):
                self.clear_requests()
                result = self.nitro(*argv, auth=False, env={"NITRO_CLOUD_URL": self.emulator.base_url})
                self.assertFailure(result, 4)
                self.assertIn(h.MSG_AUTH_REQUIRED, result[2].splitlines())
                self.assertNothingSent()

    def test_no_credential_is_detected_before_connecting(self):
        # Nothing listens on that port: a binary that connected first would fail with exit 1 instead.
        dead = f"http://127.0.0.1:{h.free_port()}"
        result = self.nitro("pat", "list", auth=False, env={"NITRO_CLOUD_URL": dead}, timeout=10)
        self.assertFailure(result, 4)
        self.assertIn(h.MSG_AUTH_REQUIRED, result[2].splitlines())

    def test_blank_api_key_env_counts_as_none(self):
        result = self.nitro("pat", "list", env={"NITRO_API_KEY": ""})
        self.assertFailure(result, 4)
        self.assertIn(h.MSG_AUTH_REQUIRED, result[2].splitlines())
        self.assertNothingSent()

    def test_unknown_key_is_rejected(self):
        bad = "nitro-e2e-unknown-key-0123456789"
        self.remember_secret(bad)
        for argv in (["pat", "list"], ["workspace", "list"], ["pat", "create", "--description", "x"]):
            with self.subTest(argv=argv):
                self.clear_requests()
                result = self.nitro(*argv, env={"NITRO_API_KEY": bad})
                self.assertFailure(result, 4, h.MSG_NOT_ACCEPTED)
                reqs = self.requests()
                self.assertEqual(len(reqs), 1)
                self.assertEqual(reqs[0]["headers"].get("ccc-api-key"), bad)

    def test_expired_pat_is_rejected(self):
        past = h.days_from_now(-1)
        expired = self.emulator.admin_token(description="expired", expires_at=past)["secret"]
        self.remember_secret(expired)
        self.clear_requests()
        result = self.nitro("pat", "list", env={"NITRO_API_KEY": expired})
        self.assertFailure(result, 4, h.MSG_NOT_ACCEPTED)
        self.assertEqual(len(self.requests()), 1)

    def test_auth_error_faults(self):
        for code in ("AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHORIZED"):
            for argv, op in ((["pat", "list"], h.LIST_PATS),
                             (["pat", "create", "--description", "fault"], h.CREATE),
                             (["pat", "revoke", "some-id", "--force"], h.REVOKE),
                             (["workspace", "list"], h.LIST_WORKSPACES)):
                with self.subTest(code=code, argv=argv):
                    self.clear_requests()
                    self.fault("auth_error", code=code)
                    result = self.nitro(*argv)
                    self.clear_faults()
                    self.assertFailure(result, 4, h.MSG_NOT_ACCEPTED if code == "AUTH_NOT_AUTHENTICATED"
                                       else h.MSG_NOT_ALLOWED)
                    self.assertEqual(len(self.requests(op)), 1)

    def test_api_key_option_beats_env(self):
        code, out, err = self.nitro("pat", "list", "--api-key", self.pat,
                                    env={"NITRO_API_KEY": "nitro-e2e-wrong-key"})
        self.assertEqual(code, 0, err)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_PATS, key=self.pat)

    def test_api_key_option_selects_the_user(self):
        code, out, err = self.nitro("pat", "list", "--api-key", self.other_pat)
        self.assertEqual(code, 0, err)
        self.assertRequest(self.requests()[0], h.LIST_PATS, key=self.other_pat)

    def test_legacy_barista_api_key(self):
        code, out, err = self.nitro("pat", "list", env={"NITRO_API_KEY": None, "BARISTA_API_KEY": self.pat})
        self.assertEqual(code, 0, err)
        self.assertRequest(self.requests()[0], h.LIST_PATS, key=self.pat)
        self.clear_requests()
        code, out, err = self.nitro("pat", "list", env={"BARISTA_API_KEY": "nitro-e2e-wrong-key"})
        self.assertEqual(code, 0, err)
        self.assertRequest(self.requests()[0], h.LIST_PATS, key=self.pat)

    def test_bearer_is_not_sent_with_an_api_key(self):
        self.nitro("workspace", "list")
        self.assertNotIn("authorization", self.requests()[0]["headers"])


class CloudUrlTests(h.E2ETestCase):

    def ok(self, *argv, env=None):
        code, out, err = self.nitro(*argv, env=env)
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        return reqs[0]

    def test_cloud_url_option_beats_env(self):
        dead = f"http://127.0.0.1:{h.free_port()}"
        req = self.ok("workspace", "list", "--cloud-url", self.emulator.base_url, env={"NITRO_CLOUD_URL": dead})
        self.assertRequest(req, h.LIST_WORKSPACES)

    def test_legacy_barista_cloud_url(self):
        req = self.ok("workspace", "list", env={"NITRO_CLOUD_URL": None, "BARISTA_CLOUD_URL": self.emulator.base_url})
        self.assertRequest(req, h.LIST_WORKSPACES)

    def test_path_query_fragment_and_user_info_are_dropped(self):
        url = f"http://someone:hunter2@127.0.0.1:{self.emulator.port}/some/path?x=1#frag"
        self.remember_secret("hunter2")
        req = self.ok("workspace", "list", "--cloud-url", url)
        self.assertRequest(req, h.LIST_WORKSPACES)   # path /graphql, no Authorization header

    def test_endpoint_url_with_graphql_path(self):
        req = self.ok("workspace", "list", "--cloud-url", self.emulator.endpoint)
        self.assertRequest(req, h.LIST_WORKSPACES)

    def test_client_version_override(self):
        req = self.ok("workspace", "list", env={"NITRO_CLIENT_VERSION": "9.8.7"})
        self.assertEqual(req["headers"].get("graphql-client-version"), "9.8.7")
        self.assertEqual(req["headers"].get("ccc-agent"), "Nitro CLI/9.8.7")

    def test_output_format_env(self):
        code, out, err = self.nitro("workspace", "list", env={"NITRO_OUTPUT_FORMAT": "json"})
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["values", "cursor"])
