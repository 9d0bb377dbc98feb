"""Sign-in and the session: login (browser, device code, token), refresh, logout, status, the default
workspace, and the session file (shape, permissions, atomic writes)."""

import json
import os
import random
import signal
import stat
import subprocess
import tempfile
import threading
import time

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

CLIENT_ID = "nitro-cli-tests"
ACCESS_TOKEN_LIFETIME = 2  # seconds: refresh tests wait this out


class SessionTestCase(h.E2ETestCase):
    """An emulator that is also the identity provider, and a fresh config directory per test."""

    EMULATOR_ARGS = ("--access-token-lifetime", str(ACCESS_TOKEN_LIFETIME), "--device-interval", "1")

    def setUp(self):
        super().setUp()
        self.config = tempfile.mkdtemp(prefix="nitro-e2e-config-", dir=h.scratch_dir())
        self.session_path = os.path.join(self.config, "nitro", "session.json")
        self.workspaces = {w["name"]: w["id"] for w in self.emulator.list_workspaces(key=self.pat)}
        # The browser: follows the authorize redirect to nitro's loopback listener, like a real one would.
        self.browser = os.path.join(self.config, "browser")
        with open(self.browser, "w") as f:
            f.write("#!/bin/sh\nexec '%s' -c 'import sys, urllib.request; "
                    "urllib.request.urlopen(sys.argv[1], timeout=20).read()' \"$1\"\n" % h.python_interpreter())
        os.chmod(self.browser, 0o700)

    def env(self, **extra):
        """No API key: the session is the credential."""
        env = {"NITRO_CLOUD_URL": None, "NITRO_API_KEY": None, "XDG_CONFIG_HOME": self.config,
               "BROWSER": self.browser}
        env.update(extra)
        return env

    def run_nitro(self, *args, input=None, timeout=30, **extra):
        return self.nitro(*args, auth=False, env=self.env(**extra), input=input, timeout=timeout)

    def session(self):
        with open(self.session_path) as f:
            return json.load(f)

    def write_session(self, document):
        os.makedirs(os.path.dirname(self.session_path), mode=0o700, exist_ok=True)
        with open(self.session_path, "w") as f:
            json.dump(document, f)

    def oidc_log(self):
        return self.emulator.control("GET", "/_emulator/oidc")

    def login(self, *args, **extra):
        code, out, err = self.run_nitro("login", self.emulator.base_url, "--client-id", CLIENT_ID, *args, **extra)
        self.assertEqual(code, 0, err)
        session = self.session()
        for key in ("accessToken", "refreshToken", "idToken"):
            self.remember_secret(session["tokens"][key])
        return out, err, session

    def assert_private(self):
        self.assertEqual(stat.S_IMODE(os.stat(self.session_path).st_mode), 0o600)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.dirname(self.session_path)).st_mode), 0o700)


class BrowserLoginTests(SessionTestCase):

    def test_browser_login_stores_a_private_session_and_pat_create_uses_it(self):
        workspace = self.workspaces["Dev User"]
        out, err, session = self.login("--workspace-id", workspace)
        self.assertIn("/connect/authorize?", err)  # the URL is always printed
        result = json.loads(out)
        self.assertEqual(list(result), ["email", "tenant", "identityServer", "apiUrl", "workspace"])
        self.assertEqual(result["email"], "dev@nitro.local")
        self.assertEqual(result["identityServer"], self.emulator.base_url)
        self.assertEqual(result["workspace"], {"id": workspace, "name": "Dev User"})
        self.assert_private()
        # The Nitro CLI's shape, camelCase, compact.
        for key in ("sessionId", "subjectId", "tenant", "identityServer", "apiUrl", "email", "tokens", "workspace"):
            self.assertIn(key, session)
        self.assertEqual(set(session["tokens"]), {"accessToken", "refreshToken", "idToken", "expiresAt"})
        h.parse_iso(session["tokens"]["expiresAt"])
        with open(self.session_path) as f:
            self.assertNotIn("\n", f.read().strip())

        authorize = [c for c in self.oidc_log() if "authorize" in c.get("endpoint", "")][-1]
        params = authorize.get("params") or authorize.get("parameters") or {}
        self.assertEqual(params.get("code_challenge_method"), "S256")
        self.assertTrue(params.get("redirect_uri", "").startswith("http://127.0.0.1:"))

        self.clear_requests()
        code, out, err = self.run_nitro("pat", "create", "--description", "from the session", "--output", "json")
        self.assertEqual(code, 0, err)
        self.remember_secret(json.loads(out)["secret"])
        request = self.requests("CreatePersonalAccessTokenCommandMutation")[0]
        # The token lives 2 s here, so it may have been renewed first: the session holds the one used.
        current = self.session()["tokens"]["accessToken"]
        self.remember_secret(current)
        self.assertEqual(request["headers"].get("authorization"), "Bearer " + current)
        self.assertNotIn("ccc-api-key", request["headers"])

    def test_several_workspaces_without_a_terminal_leave_the_default_unset(self):
        out, err, session = self.login()
        self.assertIsNone(json.loads(out)["workspace"])
        self.assertIn("nitro workspace set-default", err)
        self.assertNotIn("workspace", session)

    def test_several_workspaces_on_a_terminal_get_a_picker(self):
        child = self.spawn("login", self.emulator.base_url, "--client-id", CLIENT_ID, auth=False, env=self.env())
        self.expect(child, "Which workspace do you want to use as default")
        self.expect(child, r"2\) Team Nitro")
        self.expect(child, r"Number \[\d+\]: ")
        child.sendline("7")
        self.expect(child, "a number from 1 to 2")
        child.sendline("2")
        code, output = self.finish(child, timeout=20)
        self.assertEqual(code, 0, output)
        self.assertIn("Logged in as dev@nitro.local (nitro-dev on " + self.emulator.base_url + ")", output)
        self.assertEqual(self.session()["workspace"]["name"], "Team Nitro")
        self.remember_secret(self.session()["tokens"]["accessToken"])

    def test_no_browser_prints_the_url_and_waits(self):
        env = h.make_env(dict(self.env(), NITRO_CLOUD_URL=None))
        proc = subprocess.Popen([str(h.NITRO_BIN), "login", self.emulator.base_url, "--client-id", CLIENT_ID,
                                 "--no-browser", "--output", "json"], env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            url = None
            deadline = time.monotonic() + 15
            while url is None and time.monotonic() < deadline:
                line = proc.stderr.readline()
                if "/connect/authorize?" in line:
                    url = line.strip()
            self.assertIsNotNone(url, "the sign-in URL was not printed")
            h.run_shell(f"'{self.browser}' '{url}'")
            out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        self.assertEqual(proc.returncode, 0, err)
        self.assertEqual(json.loads(out)["email"], "dev@nitro.local")
        self.remember_secret(self.session()["tokens"]["accessToken"])

    def test_denied_sign_in_stores_nothing(self):
        self.emulator.control("POST", "/_emulator/oidc", {"deny": True})
        self.addCleanup(self.emulator.control, "POST", "/_emulator/oidc", {"deny": False})
        code, out, err = self.run_nitro("login", self.emulator.base_url, "--client-id", CLIENT_ID)
        self.assertEqual(code, 4, err)
        self.assertIn("access_denied", err)
        self.assertEqual(out, "")
        self.assertFalse(os.path.exists(self.session_path))

    def test_a_redirect_with_a_foreign_state_is_refused(self):
        forger = os.path.join(self.config, "forger")
        with open(forger, "w") as f:
            f.write("#!/bin/sh\nexec '%s' -c '\n"
                    "import sys, urllib.parse, urllib.request\n"
                    "query = urllib.parse.parse_qs(urllib.parse.urlparse(sys.argv[1]).query)\n"
                    "target = query[\"redirect_uri\"][0] + \"?code=stolen&state=forged\"\n"
                    "urllib.request.urlopen(target, timeout=20).read()\n' \"$1\"\n" % h.python_interpreter())
        os.chmod(forger, 0o700)
        # The forgery gets an error page and the wait goes on (here until --timeout); nothing is stored.
        code, out, err = self.run_nitro("login", self.emulator.base_url, "--client-id", CLIENT_ID, "--timeout", "2",
                                        BROWSER=forger)
        self.assertEqual(code, 1, err)
        self.assertIn("did not complete within 2 seconds", err)
        self.assertFalse(os.path.exists(self.session_path))

    def test_login_needs_a_client_id(self):
        code, out, err = self.run_nitro("login", self.emulator.base_url)
        self.assertEqual(code, 2)
        self.assertIn("--client-id", err)
        self.assertIn("NITRO_CLIENT_ID", err)

    def test_interrupting_the_wait_leaves_no_session(self):
        child = self.spawn("login", self.emulator.base_url, "--client-id", CLIENT_ID, "--no-browser", auth=False,
                           env=self.env())
        self.expect(child, "Waiting for the sign-in")
        child.kill(signal.SIGINT)
        code, _ = self.finish(child)
        self.assertEqual(code, 130)
        self.assertFalse(os.path.exists(self.session_path))


class DeviceLoginTests(SessionTestCase):

    def start_device_login(self, *args):
        """Starts `nitro login --device` and returns (process, the user code it printed)."""
        proc = subprocess.Popen([str(h.NITRO_BIN), "login", self.emulator.base_url, "--client-id", CLIENT_ID,
                                 "--device", *args], env=h.make_env(self.env()), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.addCleanup(self.stop, proc)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if "enter the code" in line:
                self.assertIn(f"{self.emulator.base_url}/device", line)
                return proc, line.strip().rsplit(" ", 1)[-1]
        self.fail("no user code was printed")

    @staticmethod
    def stop(proc):
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

    def test_device_login_after_approval(self):
        proc, user_code = self.start_device_login("--workspace-id", self.workspaces["Team Nitro"])
        time.sleep(1.5)  # let it poll at least once while pending
        self.emulator.control("POST", "/_emulator/device/approve", {"user_code": user_code})
        out, err = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, err)
        result = json.loads(out)
        self.assertEqual(result["email"], "dev@nitro.local")
        self.assertEqual(result["workspace"]["name"], "Team Nitro")
        self.assert_private()
        self.remember_secret(self.session()["tokens"]["accessToken"])
        polls = [c for c in self.oidc_log() if "token" in c.get("endpoint", "")]
        self.assertGreaterEqual(len(polls), 2, "it should have polled while the code was pending")

    def test_denied_device_code(self):
        proc, user_code = self.start_device_login()
        self.emulator.control("POST", "/_emulator/device/approve", {"user_code": user_code, "deny": True})
        out, err = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 4, err)
        self.assertIn("access_denied", err)
        self.assertFalse(os.path.exists(self.session_path))


class TokenLoginTests(SessionTestCase):

    def test_with_token_reads_stdin_checks_and_stores(self):
        code, out, err = self.run_nitro("login", "--with-token", "--workspace-id", self.workspaces["Dev User"],
                                        input=self.pat + "\n", NITRO_CLOUD_URL=self.emulator.base_url)
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertEqual(result["workspace"]["name"], "Dev User")
        self.assertNotIn(self.pat, out)
        self.assert_private()
        self.assertEqual(self.session()["apiKey"], self.pat)
        self.clear_requests()
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.requests()[0]["headers"].get("ccc-api-key"), self.pat)

    def test_with_token_refuses_a_bad_token_and_stores_nothing(self):
        bad = self.remember_secret("nitro_pat_not-a-real-token-000000")
        code, out, err = self.run_nitro("login", "--with-token", input=bad, NITRO_CLOUD_URL=self.emulator.base_url)
        self.assertEqual(code, 4, err)
        self.assertFalse(os.path.exists(self.session_path))

    def test_with_token_never_takes_the_token_from_a_terminal(self):
        child = self.spawn("login", "--with-token", auth=False, env=self.env())
        code, output = self.finish(child)
        self.assertEqual(code, 2)
        self.assertIn("standard input", output)


class SessionLifecycleTests(SessionTestCase):

    def test_an_expired_access_token_is_refreshed_and_saved(self):
        _, _, before = self.login("--workspace-id", self.workspaces["Dev User"])
        time.sleep(ACCESS_TOKEN_LIFETIME + 1)
        self.clear_requests()
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 0, err)
        after = self.session()
        self.remember_secret(after["tokens"]["accessToken"])
        self.remember_secret(after["tokens"]["refreshToken"])
        self.assertNotEqual(after["tokens"]["accessToken"], before["tokens"]["accessToken"])
        self.assertEqual(self.requests()[0]["headers"]["authorization"], "Bearer " + after["tokens"]["accessToken"])
        self.assertEqual(after["workspace"]["name"], "Dev User")
        self.assert_private()

    def test_a_failed_refresh_asks_for_login(self):
        _, _, session = self.login()
        session["tokens"]["expiresAt"] = "2020-01-01T00:00:00.000+00:00"
        session["tokens"]["refreshToken"] = "nitro_rt_revoked"
        self.write_session(session)
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 4)
        self.assertIn("nitro login", err)
        self.assertEqual(out, "")

    def test_logout_ends_the_session_and_removes_the_file(self):
        _, _, session = self.login()
        code, out, err = self.run_nitro("logout", "--output", "json")
        self.assertEqual(code, 0, err)
        self.assertFalse(os.path.exists(self.session_path))
        self.assertTrue(any("endsession" in c.get("endpoint", "") for c in self.oidc_log()))
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 4)
        # The access token was revoked at the identity server too.
        status, _, body = self.emulator.http(
            "POST", "/graphql", {"query": h.operation_document("ListWorkspaceCommandQuery"),
                                 "variables": {"first": 1}},
            headers={"Authorization": "Bearer " + session["tokens"]["accessToken"]})
        self.assertIn(b"AUTH_NOT_AUTHENTICATED", body)

    def test_logout_when_signed_out(self):
        code, out, err = self.run_nitro("logout")
        self.assertEqual(code, 0)
        self.assertIn("not logged in", err)

    def test_status_shows_the_session_and_never_a_secret(self):
        _, _, session = self.login("--workspace-id", self.workspaces["Dev User"])
        code, out, err = self.run_nitro("status", "--output", "json")
        self.assertEqual(code, 0, err)
        status = json.loads(out)
        self.assertEqual(list(status), ["email", "tenant", "workspace", "apiUrl", "credential", "expiresAt", "user",
                                        "apiKey", "sessionOverridden"])
        self.assertEqual(status["email"], "dev@nitro.local")
        self.assertEqual(status["apiUrl"], self.emulator.endpoint)
        self.assertEqual(status["credential"], "session access token")
        for secret in session["tokens"].values():
            if secret != session["tokens"]["expiresAt"]:
                self.assertNotIn(secret, out + err)
        code, out, err = self.run_nitro("status", NITRO_API_KEY=self.pat)
        self.assertEqual(code, 0, err)
        self.assertIn("NITRO_API_KEY", out)
        self.assertNotIn(self.pat, out + err)

    def test_status_when_signed_out(self):
        code, out, err = self.run_nitro("status")
        self.assertEqual(code, 4)
        self.assertEqual(out, "")
        self.assertIn("not logged in", err)


class SessionFileTests(SessionTestCase):

    def legacy_session(self):
        """A session.json as the Nitro CLI writes it, with keys nitro does not know."""
        return {"sessionId": "sid-1", "subjectId": "VXNlcjox", "tenant": "nitro-dev",
                "identityServer": self.emulator.base_url, "apiUrl": self.emulator.base_url,
                "email": "dev@nitro.local",
                "tokens": {"accessToken": self.access_token, "idToken": "x.y.z", "refreshToken": "unused",
                           "expiresAt": "2099-01-01T00:00:00.0000000+00:00"},
                "workspace": {"id": self.workspaces["Dev User"], "name": "Dev User"},
                "defaultApiId": "QXBpOjE=", "defaultStage": "production", "defaultFormat": "json"}

    def test_a_session_file_of_the_nitro_cli_works_as_is(self):
        self.write_session(self.legacy_session())
        self.clear_requests()
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.requests()[0]["headers"]["authorization"], "Bearer " + self.access_token)
        code, out, err = self.run_nitro("workspace", "current", "--output", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"id": self.workspaces["Dev User"], "name": "Dev User"})

    def test_set_default_keeps_what_nitro_does_not_know(self):
        self.write_session(self.legacy_session())
        code, out, err = self.run_nitro("workspace", "set-default", "--workspace-id", self.workspaces["Team Nitro"])
        self.assertEqual(code, 0, err)
        session = self.session()
        self.assertEqual(session["workspace"], {"id": self.workspaces["Team Nitro"], "name": "Team Nitro"})
        self.assertEqual(session["defaultApiId"], "QXBpOjE=")
        self.assertEqual(session["tokens"]["accessToken"], self.access_token)
        self.assert_private()

    def test_set_default_refuses_a_workspace_that_is_not_yours(self):
        self.write_session(self.legacy_session())
        code, out, err = self.run_nitro("workspace", "set-default", "--workspace-id", "V29ya3NwYWNlOjM=")
        self.assertEqual(code, 1)
        self.assertEqual(err, "error: The workspace with ID 'V29ya3NwYWNlOjM=' was not found.\n")
        self.assertEqual(self.session()["workspace"]["name"], "Dev User")

    def test_precedence_api_key_over_session_and_cloud_url_over_session(self):
        self.write_session(self.legacy_session())
        self.clear_requests()
        code, out, err = self.run_nitro("pat", "list", NITRO_API_KEY=self.pat)
        self.assertEqual(code, 0, err)
        headers = self.requests()[0]["headers"]
        self.assertEqual(headers.get("ccc-api-key"), self.pat)
        self.assertNotIn("authorization", headers)
        # NITRO_CLOUD_URL beats the session's apiUrl: nothing listens there.
        dead = f"http://127.0.0.1:{h.free_port()}"
        code, out, err = self.run_nitro("pat", "list", NITRO_CLOUD_URL=dead)
        self.assertEqual(code, 1)
        self.assertIn(dead, err)

    def test_a_damaged_session_file_gives_a_way_forward(self):
        os.makedirs(os.path.dirname(self.session_path), mode=0o700)
        with open(self.session_path, "w") as f:
            f.write('{"tokens": {"accessToken": "trunc')
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 4)
        self.assertIn(self.session_path, err)
        self.assertIn("nitro logout", err)
        code, out, err = self.run_nitro("logout")
        self.assertEqual(code, 0, err)
        self.assertFalse(os.path.exists(self.session_path))

    def test_killed_writers_leave_the_old_or_the_new_file(self):
        self.write_session(self.legacy_session())
        ids = [self.workspaces["Dev User"], self.workspaces["Team Nitro"]]
        env = h.make_env(self.env())
        rng = random.Random(1234)
        for attempt in range(30):
            proc = subprocess.Popen([str(h.NITRO_BIN), "workspace", "set-default", "--workspace-id",
                                     ids[attempt % 2]], env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, 0.08))
            proc.kill()
            proc.wait(timeout=10)
            session = self.session()  # always whole JSON
            self.assertIn(session["workspace"]["id"], ids)
            self.assertEqual(session["defaultApiId"], "QXBpOjE=")
        leftovers = [n for n in os.listdir(os.path.dirname(self.session_path)) if n != "session.json"]
        # A killed writer may leave its temporary file, never a damaged session.json.
        self.assertTrue(all(n == "session.json.lock" or n.startswith(".session.json.") for n in leftovers), leftovers)

    def test_concurrent_writers_never_tear_the_file(self):
        self.write_session(self.legacy_session())
        ids = [self.workspaces["Dev User"], self.workspaces["Team Nitro"]]
        env = h.make_env(self.env())
        procs = [subprocess.Popen([str(h.NITRO_BIN), "workspace", "set-default", "--workspace-id", ids[i % 2]],
                                  env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE) for i in range(8)]
        for proc in procs:
            proc.communicate(timeout=30)
            self.assertEqual(proc.returncode, 0)
        self.assertIn(self.session()["workspace"]["id"], ids)
        self.assert_private()


class SignInThatRecovers(SessionTestCase):
    """A sign-in that can be done again without knowing what the first one was given."""

    def test_login_again_reuses_the_sessions_client_id_and_identity_server(self):
        self.login("--workspace-id", self.workspaces["Dev User"])
        code, out, err = self.run_nitro("login", "--workspace-id", self.workspaces["Dev User"])
        self.assertEqual(code, 0, err)
        self.assertNotIn("needs the OAuth client id", err)
        self.assertEqual(self.session()["clientId"], CLIENT_ID)
        self.assertEqual(self.session()["identityServer"].rstrip("/"), self.emulator.base_url.rstrip("/"))
        for key in ("accessToken", "refreshToken", "idToken"):
            self.remember_secret(self.session()["tokens"][key])

    def test_with_token_warns_when_the_environment_overrides_it(self):
        code, out, err = self.run_nitro("login", "--with-token", "--workspace-id", self.workspaces["Dev User"],
                                        input=self.pat + "\n", NITRO_CLOUD_URL=self.emulator.base_url,
                                        NITRO_API_KEY=self.pat)
        self.assertEqual(code, 0, err)
        self.assertIn("warning: NITRO_API_KEY is set: commands use it instead of this session until it is unset.",
                      err)

    def test_a_token_sessions_advice_is_login_with_token(self):
        # A session from `login --with-token` has no OAuth client id: a browser sign-in could not work.
        bad = self.remember_secret("nitro_pat_revoked-since-0000000000")
        self.write_session({"apiKey": bad, "apiUrl": self.emulator.base_url})
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 4, err)
        self.assertIn("  hint: run 'nitro login --with-token' to sign in again.", err)
        code, out, err = self.run_nitro("pat", "list", NITRO_CLIENT_ID=CLIENT_ID)
        self.assertIn("  hint: run 'nitro login' to sign in again.", err)
