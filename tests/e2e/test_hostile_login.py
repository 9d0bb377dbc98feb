"""Sign-in against a hostile identity server and hostile local peers (issue 13, items 1, 6, 7 and 8; issue 14,
item 4): the loopback listener, the trust nitro puts in a discovery document, the browser it starts, the device
flow's numbers, the identity server's text on the terminal, and what logout says about the end-session call.

HostileIdentityServer is a small OpenID Connect server on 127.0.0.1 whose every answer a test can change. Its
access tokens are the emulator's dev-user access token, so a sign-in that gets through reaches the real API."""

import base64
import http.server
import json
import os
import socket
import stat
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

CLIENT_ID = "nitro-hostile-tests"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# Terminal attacks: an OSC title change, a screen clear, a CSI through the C1 byte U+009B, and a C1 OSC.
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\u009b31m\u009d0;x\u009c"


def unsigned_jwt(claims):
    def part(value):
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.c2ln"


class HostileIdentityServer:
    """An OpenID Connect provider on 127.0.0.1. Every request is recorded in `log` as (method, path, params).

    Knobs (plain attributes, changed by tests): `discovery` (entries replace the document's; None removes one),
    `authorize_error` ((error, description) redirected instead of a code), `claims` (extra id token claims),
    `device` (entries replace the device authorization answer's), `device_polls` (how many polls answer
    authorization_pending before the tokens), `token_error` ((status, JSON object) answered by the token endpoint
    instead), `token_extra` (entries added to the token answer), `token_delay` (seconds the token endpoint
    takes), `end_session` ((status, content type, body))."""

    def __init__(self, access_token):
        self.access_token = access_token
        self.log = []
        self.discovery = {}
        self.authorize_error = None
        self.claims = {}
        self.device = {}
        self.device_polls = 0
        self.token_error = None
        self.token_extra = {}
        self.token_delay = 0
        self.end_session = (200, "application/json", b"{}")
        self.nonces = {}
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def base(self):
                return "http://" + (self.headers.get("Host") or f"127.0.0.1:{server.port}")

            def send(self, status, body, content_type="application/json", headers=()):
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # nitro gave up waiting (a delayed answer)
                    pass

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                params = dict(urllib.parse.parse_qsl(url.query))
                server.log.append(("GET", url.path, params))
                base = self.base()
                if url.path == "/.well-known/openid-configuration":
                    document = {"issuer": base, "authorization_endpoint": base + "/authorize",
                                "token_endpoint": base + "/token",
                                "device_authorization_endpoint": base + "/device",
                                "end_session_endpoint": base + "/endsession"}
                    for key, value in server.discovery.items():
                        if value is None:
                            document.pop(key, None)
                        else:
                            document[key] = value.replace("{base}", base)
                    self.send(200, document)
                elif url.path == "/authorize":
                    code = "code-" + os.urandom(6).hex()
                    server.nonces[code] = params.get("nonce")
                    answer = {"code": code} if not server.authorize_error else {
                        "error": server.authorize_error[0], "error_description": server.authorize_error[1]}
                    answer["state"] = params.get("state", "")
                    location = params["redirect_uri"] + "?" + urllib.parse.urlencode(answer)
                    self.send(302, b"", "text/plain", [("Location", location)])
                elif url.path == "/endsession":
                    status, content_type, body = server.end_session
                    self.send(status, body, content_type)
                else:
                    self.send(404, {"error": "not_found"})

            def do_POST(self):
                url = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                server.log.append(("POST", url.path, params))
                base = self.base()
                if url.path == "/device":
                    answer = {"device_code": "device-1", "user_code": "WXYZ-1234",
                              "verification_uri": base + "/verify", "expires_in": 600, "interval": 1}
                    answer.update(server.device)
                    self.send(200, answer)
                elif url.path == "/token":
                    time.sleep(server.token_delay)
                    if server.token_error:
                        self.send(*server.token_error)
                        return
                    if params.get("grant_type") == DEVICE_GRANT:
                        polls = sum(1 for m, p, q in server.log if p == "/token")
                        if polls <= server.device_polls:
                            self.send(400, {"error": "authorization_pending"})
                            return
                    claims = {"iss": base, "aud": CLIENT_ID, "sub": "VXNlcjox", "sid": "sid-hostile",
                              "exp": int(time.time()) + 3600, "email": "dev@nitro.local", "tenant": "nitro-dev"}
                    if server.nonces.get(params.get("code")):
                        claims["nonce"] = server.nonces[params["code"]]
                    claims.update(server.claims)
                    answer = {"access_token": server.access_token, "refresh_token": "refresh-hostile",
                              "id_token": unsigned_jwt(claims), "token_type": "Bearer", "expires_in": 3600}
                    answer.update(server.token_extra)
                    self.send(200, answer)
                else:
                    self.send(404, {"error": "not_found"})

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def calls(self, path):
        return [params for method, p, params in self.log if p == path]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class HostileLoginTestCase(h.E2ETestCase):
    """A hostile identity server per test, the emulator as the API, a fresh config directory."""

    def setUp(self):
        super().setUp()
        self.idp = HostileIdentityServer(self.access_token)
        self.addCleanup(self.idp.stop)
        self.config = tempfile.mkdtemp(prefix="nitro-e2e-hostile-", dir=h.scratch_dir())
        self.session_path = os.path.join(self.config, "nitro", "session.json")
        # A browser that follows the authorize redirect to nitro's listener, as a real one would.
        self.follower = self.script("follow", "#!/bin/sh\nexec '%s' -c 'import sys, urllib.request; "
                                    "urllib.request.urlopen(sys.argv[1], timeout=20).read()' \"$1\"\n"
                                    % h.python_interpreter())

    def script(self, name, text):
        path = os.path.join(self.config, name)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o700)
        return path

    def env(self, **extra):
        env = {"NITRO_API_KEY": None, "XDG_CONFIG_HOME": self.config, "BROWSER": self.follower}
        env.update(extra)
        return env

    def login(self, *args, url=None, timeout=30, **extra):
        return self.nitro("login", url or self.idp.url, "--client-id", CLIENT_ID, *args, auth=False,
                          env=self.env(**extra), timeout=timeout)

    def start_login(self, *args, **extra):
        """`nitro login --no-browser` in the background; returns (process, the authorize URL it printed)."""
        env = h.make_env(dict(self.env(**extra), NITRO_CLOUD_URL=self.emulator.base_url))
        proc = subprocess.Popen([str(h.NITRO_BIN), "login", self.idp.url, "--client-id", CLIENT_ID, "--no-browser",
                                 *args], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.addCleanup(self.stop_process, proc)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if "/authorize?" in line:
                return proc, line.strip()
            if not line:
                break
        self.fail("no sign-in URL was printed")

    @staticmethod
    def stop_process(proc):
        if proc.poll() is None:
            proc.kill()
        proc.communicate()

    @staticmethod
    def redirect_uri(authorize_url):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(authorize_url).query)
        return query["redirect_uri"][0], query["state"][0]

    def finish_login(self, proc, timeout=20):
        out, err = proc.communicate(timeout=timeout)
        self.assertEqual(proc.returncode, 0, f"exit {proc.returncode}\n{err}")
        self.assertTrue(os.path.exists(self.session_path))
        return out, err

    def write_session(self, identity_server):
        os.makedirs(os.path.dirname(self.session_path), mode=0o700, exist_ok=True)
        with open(self.session_path, "w") as f:
            json.dump({"sessionId": "sid-1", "subjectId": "VXNlcjox", "tenant": "nitro-dev",
                       "identityServer": identity_server, "apiUrl": self.emulator.base_url,
                       "email": "dev@nitro.local",
                       "tokens": {"accessToken": self.access_token, "idToken": "id.token.hint",
                                  "refreshToken": "unused", "expiresAt": "2099-01-01T00:00:00.0000000+00:00"}}, f)
        os.chmod(self.session_path, 0o600)


# --------------------------------------------------------------------------------------------------------------
# Item 6: the loopback listener
# --------------------------------------------------------------------------------------------------------------

class LoopbackListenerTests(HostileLoginTestCase):

    def test_a_peer_that_hangs_up_cannot_end_the_login(self):
        proc, authorize = self.start_login()
        redirect, _ = self.redirect_uri(authorize)
        port = urllib.parse.urlsplit(redirect).port
        for linger in (False, True, False, True):
            # GET /favicon.ico and hang up at once (FIN, or RST): answering it raised SIGPIPE (exit 141).
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            if linger:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
            time.sleep(0.2)
            self.assertIsNone(proc.poll(), f"nitro ended (exit {proc.returncode}) after a peer hung up")
        urllib.request.urlopen(authorize, timeout=10).read()
        self.finish_login(proc)

    def test_a_foreign_state_gets_an_error_page_and_the_wait_goes_on(self):
        proc, authorize = self.start_login()
        redirect, state = self.redirect_uri(authorize)
        with self.assertRaises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(redirect + "?code=stolen&state=forged", timeout=10)
        page = caught.exception.read().decode()
        self.assertEqual(caught.exception.code, 400)
        self.assertIn("does not match", page)
        self.assertNotIn("complete", page)
        self.assertIsNone(proc.poll(), "the forged redirect ended the login")
        urllib.request.urlopen(authorize, timeout=10).read()
        self.finish_login(proc)
        codes = [params.get("code") for params in self.idp.calls("/token")]
        self.assertEqual(len(codes), 1)
        self.assertNotEqual(codes[0], "stolen")

    def test_idle_connections_do_not_delay_the_real_redirect(self):
        proc, authorize = self.start_login()
        redirect, _ = self.redirect_uri(authorize)
        port = urllib.parse.urlsplit(redirect).port
        idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(6)]
        self.addCleanup(lambda: [s.close() for s in idle])
        time.sleep(0.3)
        started = time.monotonic()
        urllib.request.urlopen(authorize, timeout=10).read()
        self.finish_login(proc)
        self.assertLess(time.monotonic() - started, 2.5 * h.TIME_FACTOR,
                        "the real redirect waited behind idle connections")


# --------------------------------------------------------------------------------------------------------------
# Item 7: what nitro trusts of the identity server, and the browser it starts
# --------------------------------------------------------------------------------------------------------------

class IdentityServerTrustTests(HostileLoginTestCase):

    def test_a_plaintext_identity_server_elsewhere_is_warned_about(self):
        proxy = h.RecordingProxy(self.idp.port)  # http://idp.example.test reaches the hostile server
        self.addCleanup(proxy.stop)
        code, out, err = self.login("--no-browser", "--timeout", "1", url="http://idp.example.test",
                                    http_proxy=proxy.url)
        self.assertEqual(code, 1, err)
        self.assertIn("warning: http://idp.example.test is not encrypted: credentials would travel in clear "
                      "text.\n", err)
        self.assertIn(("GET", "http://idp.example.test/.well-known/openid-configuration"), proxy.log)
        # The same words as for the API; a loopback identity server gets none.
        code, out, err = self.login("--no-browser", "--timeout", "1")
        self.assertNotIn("warning:", err)

    def test_a_token_endpoint_elsewhere_over_http_never_gets_the_code(self):
        # http://elsewhere.example.test reaches a second server through a proxy (the identity server is direct).
        elsewhere = HostileIdentityServer(self.access_token)
        self.addCleanup(elsewhere.stop)
        proxy = h.RecordingProxy(elsewhere.port)
        self.addCleanup(proxy.stop)
        route = {"http_proxy": proxy.url, "NO_PROXY": "127.0.0.1"}
        for name in ("token_endpoint", "device_authorization_endpoint", "end_session_endpoint"):
            with self.subTest(endpoint=name):
                self.idp.log.clear()
                self.idp.discovery = {name: "http://elsewhere.example.test/token"}
                for args in ([], ["--device"]):
                    code, out, err = self.login(*args, **route)
                    self.assertEqual(code, 1, err)
                    self.assertIn(f"the discovery document's {name} (http://elsewhere.example.test/token) is plain "
                                  "http on another address", err)
                    self.assertFalse(os.path.exists(self.session_path))
                self.assertEqual((proxy.log, elsewhere.log), ([], []), "the other host received a request")
                self.assertEqual(self.idp.calls("/authorize") + self.idp.calls("/token"), [])
        # https elsewhere, or http on a loopback address (it never leaves the machine), is taken.
        for endpoint in ("https://elsewhere.example.test/token", elsewhere.url + "/token"):
            with self.subTest(endpoint=endpoint):
                self.idp.discovery = {"end_session_endpoint": endpoint}
                code, out, err = self.login("--no-browser", "--timeout", "1", **route)
                self.assertIn("did not complete within 1 seconds", err)
                self.assertNotIn("discovery document", err)

    def test_endpoints_that_are_not_web_addresses_are_refused(self):
        recorder = self.script("recorder", "#!/bin/sh\necho \"$@\" >> '%s/argv'\n" % self.config)
        for endpoint in ("--version", "-x {base}/authorize", "{base}/authorize --new-window", "file:///etc/passwd",
                         "javascript:alert(1)", "{base}/authorize\x1b]0;t\x07", "http://a@127.0.0.1/authorize"):
            with self.subTest(endpoint=endpoint):
                self.idp.discovery = {"authorization_endpoint": endpoint}
                code, out, err = self.login(BROWSER=recorder)
                self.assertEqual(code, 1, err)
                self.assertIn("the discovery document's authorization_endpoint", err)
                self.assertFalse(os.path.exists(os.path.join(self.config, "argv")), "the browser was started")

    def test_the_browser_gets_one_url_no_descriptor_and_no_secret(self):
        browser = self.script("browser", "#!/bin/sh\n"
                              "ls -l /proc/$$/fd > '%(d)s/fds'\n"
                              "env > '%(d)s/env'\n"
                              "for a in \"$@\"; do echo \"$a\"; done > '%(d)s/argv'\n"
                              "exec '%(py)s' -c 'import sys, urllib.request; "
                              "urllib.request.urlopen(sys.argv[1], timeout=20).read()' \"$1\"\n"
                              % {"d": self.config, "py": h.python_interpreter()})
        secret = "nitro-test-secret-in-the-environment"
        self.secrets.add(secret)
        code, out, err = self.login("--output", "json", BROWSER=browser, NITRO_API_KEY=secret,
                                    BARISTA_API_KEY=secret, NITRO_CLOUD_URL=self.emulator.base_url)
        self.assertEqual(code, 0, err)
        with open(os.path.join(self.config, "argv")) as f:
            argv = f.read().splitlines()
        self.assertEqual(len(argv), 1, argv)
        self.assertTrue(argv[0].startswith(self.idp.url + "/authorize?"), argv)
        with open(os.path.join(self.config, "env")) as f:
            env = f.read()
        self.assertNotIn(secret, env)
        self.assertNotIn("NITRO_API_KEY", env)
        self.assertIn("XDG_CONFIG_HOME=", env)  # the rest of the environment is kept
        with open(os.path.join(self.config, "fds")) as f:
            # "lrwx------ 1 user group 64 Dec  1 12:00 3 -> socket:[1234]"
            fds = dict(line.split(" -> ")[0].split()[-1:] + line.split(" -> ")[1:]
                       for line in f.read().splitlines() if " -> " in line)
        # Besides stdio on /dev/null only the shell's own: its script, and stdout redirected (and saved) for ls.
        own = {browser, os.path.join(self.config, "fds"), "/dev/null"}
        self.assertEqual({fd: target for fd, target in fds.items() if target not in own}, {}, fds)
        self.assertEqual((fds["0"], fds["2"]), ("/dev/null", "/dev/null"))


# --------------------------------------------------------------------------------------------------------------
# Item 8: the device flow's numbers
# --------------------------------------------------------------------------------------------------------------

class DeviceArithmeticTests(HostileLoginTestCase):

    def test_a_long_interval_never_sleeps_past_the_timeout(self):
        self.idp.device = {"interval": 86400}
        self.idp.device_polls = 10 ** 6
        started = time.monotonic()
        code, out, err = self.login("--device", "--timeout", "5", timeout=20)
        elapsed = time.monotonic() - started
        self.assertEqual(code, 1, err)
        self.assertIn("error: The sign-in did not complete within 5 seconds.\n", err)
        self.assertLess(elapsed, 6.5 * h.TIME_FACTOR)
        self.assertGreater(elapsed, 4.5)

    def test_huge_and_odd_numbers_give_sane_waits(self):
        self.idp.device_polls = 10 ** 6
        for interval in (1e18, 1e300, -5, "5", 0.001):
            with self.subTest(interval=interval):
                self.idp.log.clear()
                self.idp.device = {"interval": interval, "expires_in": 9e18}
                started = time.monotonic()
                code, out, err = self.login("--device", "--timeout", "3", timeout=20)
                elapsed = time.monotonic() - started
                self.assertEqual(code, 1, err)
                self.assertIn("error: The sign-in did not complete within 3 seconds.\n", err)
                self.assertNotIn("out of memory", err)
                self.assertLess(elapsed, 4.5 * h.TIME_FACTOR)
                # At most one poll a second: no storm.
                self.assertLessEqual(len(self.idp.calls("/token")), 3, err)

    def test_a_slow_token_endpoint_does_not_hold_past_the_timeout(self):
        self.idp.device = {"interval": 1}
        self.idp.token_delay = 20
        started = time.monotonic()
        code, out, err = self.login("--device", "--timeout", "3", timeout=30)
        self.assertEqual(code, 1, err)
        self.assertIn("error: The sign-in did not complete within 3 seconds.\n", err)
        self.assertLess(time.monotonic() - started, 5 * h.TIME_FACTOR)

    def test_a_short_code_life_ends_with_the_expiry_message(self):
        self.idp.device = {"expires_in": 2, "interval": 1}
        self.idp.device_polls = 10 ** 6
        code, out, err = self.login("--device", "--timeout", "30", timeout=20)
        self.assertEqual(code, 4, err)
        self.assertIn("the code WXYZ-1234 has expired", err)

    def test_a_huge_token_lifetime_is_stored_within_bounds(self):
        self.idp.device = {"interval": 1, "expires_in": 9e18}
        self.idp.device_polls = 1
        for lifetime in (9e18, 1e300):
            with self.subTest(expires_in=lifetime):
                self.idp.log.clear()
                self.idp.token_extra = {"expires_in": lifetime}
                code, out, err = self.login("--device", "--output", "json", timeout=20,
                                            NITRO_CLOUD_URL=self.emulator.base_url)
                self.assertEqual(code, 0, err)
                with open(self.session_path) as f:
                    expires = h.parse_iso(json.load(f)["tokens"]["expiresAt"])
                self.assertGreater(expires, h.utcnow() + h.timedelta(days=1))
                self.assertLess(expires, h.utcnow() + h.timedelta(days=400))


# --------------------------------------------------------------------------------------------------------------
# Item 1: the identity server's text reaches the terminal made safe
# --------------------------------------------------------------------------------------------------------------

class SignInTextTests(HostileLoginTestCase):

    def assertSafe(self, text):
        for raw in ("\x1b", "\x07", "\u009b", "\u009d", "\u009c"):
            self.assertNotIn(raw, text)
        self.assertIn("\\x1b", text)

    def test_device_code_and_page(self):
        self.idp.device = {"user_code": "CODE" + ESCAPES, "verification_uri": "{base}/verify" + ESCAPES,
                           "verification_uri_complete": "{base}/v" + ESCAPES, "expires_in": 1}
        self.idp.device = {k: v.replace("{base}", self.idp.url) if isinstance(v, str) else v
                           for k, v in self.idp.device.items()}
        self.idp.device_polls = 10 ** 6
        code, out, err = self.login("--device", "--timeout", "5", timeout=20)
        self.assertEqual(code, 4, err)
        self.assertSafe(err)
        self.assertIn(f"To sign in, open {self.idp.url}/verify\\x1b]0;pwned\\x07", err)
        self.assertIn("enter the code CODE\\x1b]0;pwned", err)
        self.assertIn(f"(or open {self.idp.url}/v\\x1b", err)

    def test_oauth_errors_in_the_redirect_and_in_json(self):
        self.idp.authorize_error = ("access_denied" + ESCAPES, "Denied" + ESCAPES)
        code, out, err = self.login()
        self.assertEqual(code, 4, err)
        self.assertSafe(err)
        self.assertIn("The sign-in was refused: access_denied\\x1b]0;pwned", err)
        self.assertIn(": Denied\\x1b]0;pwned", err)

        self.idp.authorize_error = None
        self.idp.token_error = (400, {"error": "invalid_grant" + ESCAPES, "error_description": "Bad" + ESCAPES})
        for args in ([], ["--device"]):
            code, out, err = self.login(*args)
            self.assertEqual(code, 4, err)
            self.assertSafe(err)
            self.assertIn("The sign-in failed: Bad\\x1b]0;pwned", err)
            self.assertIn("(invalid_grant\\x1b]0;pwned", err)
        self.idp.token_error = (400, {"error": "invalid_grant" + ESCAPES})
        code, out, err = self.login()
        self.assertSafe(err)
        self.assertIn("the identity server answered invalid_grant\\x1b]0;pwned", err)

    def test_email_and_tenant_on_the_terminal(self):
        self.idp.claims = {"email": "dev@nitro.local" + ESCAPES, "tenant": "t" + ESCAPES}
        child = self.spawn("login", self.idp.url, "--client-id", CLIENT_ID, "--workspace-id",
                           self.emulator.list_workspaces(key=self.pat)[0]["id"], auth=False, env=self.env())
        code, _ = self.finish(child, timeout=20)
        out = "".join(child.transcript)
        self.assertEqual(code, 0, out)
        self.assertSafe(out)
        self.assertIn("Logged in as dev@nitro.local\\x1b]0;pwned\\x07", out)
        self.assertIn("(t\\x1b]0;pwned", out)


# --------------------------------------------------------------------------------------------------------------
# Issue 14, item 4: logout and the end-session call
# --------------------------------------------------------------------------------------------------------------

class LogoutNoteTests(HostileLoginTestCase):
    NOTE = "note: the identity server could not be told.\n"

    def logout(self):
        return self.nitro("logout", auth=False, env=self.env())

    def test_any_2xx_is_success(self):
        for answer in ((200, "application/json", b"{}"), (200, "text/html", b"<p>Signed out</p>"),
                       (200, "text/plain", b""), (204, "text/plain", b""), (202, "application/json", b"[1")):
            with self.subTest(answer=answer):
                self.idp.log.clear()
                self.idp.end_session = answer
                self.write_session(self.idp.url)
                code, out, err = self.logout()
                self.assertEqual((code, out, err), (0, "{}\n", ""))
                self.assertEqual([p.get("id_token_hint") for p in self.idp.calls("/endsession")], ["id.token.hint"])
                self.assertFalse(os.path.exists(self.session_path))

    def test_the_note_only_when_the_server_could_not_be_told(self):
        for status in (400, 500, 302):
            with self.subTest(status=status):
                self.idp.end_session = (status, "application/json", b'{"error": "server_error"}')
                self.write_session(self.idp.url)
                code, out, err = self.logout()
                self.assertEqual((code, out, err), (0, "{}\n", self.NOTE))
                self.assertFalse(os.path.exists(self.session_path))
        # Nobody listening: the session still ends here, with the note.
        self.write_session(f"http://127.0.0.1:{h.free_port()}")
        code, out, err = self.logout()
        self.assertEqual((code, out, err), (0, "{}\n", self.NOTE))
        self.assertFalse(os.path.exists(self.session_path))
        self.assertEqual(stat.S_IMODE(os.stat(os.path.dirname(self.session_path)).st_mode), 0o700)
