"""What a hostile server can do to nitro's output, and what nitro's output can do to its caller.

- Server text (a PAT description, a workspace name, error messages) carrying OSC / CSI sequences and C1
  controls (the raw byte 0x9b and the UTF-8 encoded U+009B) reaches a real pseudo-terminal only as visible
  escapes, on every human path; JSON keeps the exact value.
- `--all` refuses a server whose cursors repeat (A, B, A, B) or that says there is a next page without a cursor.
- nitro is not dumpable and has no core size while it holds a secret.
- stdout trouble: a closed stdout after a mutation says the request may have been carried out; `--all` stops at
  the first failed write; one SIGINT is honoured while blocked on a full pipe.

The servers are hostile_output_server.py's (answers handed over by each test) and, for volume, the emulator."""

import io
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest

try:
    from . import harness as h
    from . import hostile_output_server as hs
except ImportError:  # run from inside tests/e2e
    import harness as h
    import hostile_output_server as hs

# An OSC that sets the window title, a CSI that clears the screen, then CSI as the raw C1 byte 0x9b (RAW(9b):
# not UTF-8) and as U+009B encoded in UTF-8.
PAYLOAD = "T\u001b]0;pwned\u0007\u001b[2JRAW(9b)31m\u009b32m"
# The same as nitro shows it: every control a visible escape. The raw byte is shown as "\x9b" or, where the
# response's invalid UTF-8 is replaced as it is read, as U+FFFD.
RAW_SHOWN = "(?:" + re.escape("\\x9b") + "|\ufffd)"
VISIBLE = re.escape("T\\x1b]0;pwned\\x07\\x1b[2J") + RAW_SHOWN + re.escape("31m\\u009b32m")
# Bidi marks and zero-width characters: shown as nothing, or reordering what follows.
INVISIBLE = "\u200e\u200f\u061c\u200b\ufeff\u202e\u2066"
# What JSON can carry exactly (the raw byte is not UTF-8, so not a JSON string).
JSON_PAYLOAD = "J\u001b]0;pwned\u0007\u001b[2J\u009b32m"

# The only sequences nitro itself writes on these paths: the spinner's line clear, and the table's alternate
# screen, cursor positions and line clears.
OWN_SEQUENCES = re.compile(rb"\r\x1b\[K|\x1b\[\d+A\r\x1b\[J|\x1b\[\?1049[hl]|\x1b\[\d+;\d+H|\x1b\[[02]?[JK]")


def is_control(ch):
    code = ord(ch)
    return (code < 0x20 and ch not in "\r\n\t") or code == 0x7F or 0x80 <= code <= 0x9F


class HostileServerCase(unittest.TestCase):
    """A hostile server per test, answering with self.answers[operationName] (a document, or a function of the
    variables)."""

    maxDiff = None

    def setUp(self):
        problem = h.binary_problem()
        if problem:
            self.fail(problem)
        self.answers = {}
        self.server = hs.HostileServer(self.answer)
        self.server.__enter__()
        self.addCleanup(self.server.__exit__, None, None, None)

    def answer(self, operation, variables):
        reply = self.answers.get(operation)
        return reply(variables) if callable(reply) else reply or hs.graphql_error("no answer", "TEST")

    def env(self, **extra):
        env = {"NITRO_CLOUD_URL": self.server.url, "NITRO_API_KEY": "hostile-test-key"}
        env.update(extra)
        return env

    def list_requests(self):
        return [op for op in self.server.operations() if op == "ListPersonalAccessTokenCommandQuery"]

    def assertError(self, err, needle):
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        self.assertEqual(len(errors), 1, f"one error line:\n{err}")
        self.assertIn(needle, errors[0])


class TerminalEscapeTests(HostileServerCase):
    """Item 1: every human path in a real pseudo-terminal."""

    def setUp(self):
        super().setUp()
        self.config_home = tempfile.mkdtemp(prefix="nitro-hostile-", dir=h.scratch_dir())

    def env(self, **extra):
        return super().env(XDG_CONFIG_HOME=self.config_home, **extra)

    def pty(self, *args, keys=(), wait=None, env=None):
        """nitro ARGS in a pseudo-terminal; sends `keys` once `wait` (bytes) is on the screen; returns the exit
        code and every byte the terminal received."""
        import pexpect
        full = h.make_env(env or self.env())
        full["TERM"] = "xterm"
        child = pexpect.spawn(str(h.NITRO_BIN), [str(a) for a in args], env=full, cwd=h.scratch_dir(),
                              timeout=10 * h.TIME_FACTOR, dimensions=(40, 200))
        self.addCleanup(child.close, True)
        screen = io.BytesIO()
        child.logfile_read = screen
        try:
            if wait is not None:
                child.expect_exact(wait)
            for key in keys:
                time.sleep(0.2)
                child.send(key)
            child.expect(pexpect.EOF)
        except (pexpect.TIMEOUT, pexpect.EOF) as e:
            self.fail(f"nitro {' '.join(map(str, args))}: {type(e).__name__}\n{screen.getvalue()!r}")
        child.close()
        return child.exitstatus, screen.getvalue()

    def assertSafeScreen(self, raw, *visible):
        """No control byte of the server's reaches the terminal (only nitro's own sequences), every byte is
        UTF-8, and each of `visible` is on the screen."""
        try:
            text = OWN_SEQUENCES.sub(b"", raw).decode("utf-8")
        except UnicodeDecodeError as e:
            self.fail(f"bytes that are not UTF-8 reached the terminal ({e}):\n{raw!r}")
        controls = sorted({f"U+{ord(c):04X}" for c in text if is_control(c)})
        self.assertEqual(controls, [], f"control characters reached the terminal:\n{raw!r}")
        for pattern in visible:
            self.assertRegex(text, pattern)
        return text

    # -- lists --
    def test_pat_list_table_shows_escapes(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = hs.token_page(
            [hs.token("id-1", "T\u001b]0;pwned\u0007\u001b[2J"), hs.token("id-2", "URAW(9b)31m\u009b32m")],
            "id-2", False)
        code, raw = self.pty("pat", "list", keys=["q"], wait=b"Page 1")
        self.assertEqual(code, 0, raw)
        self.assertSafeScreen(raw, re.escape("T\\x1b]0;pwned\\x07\\x1b[2J"),
                             "U" + RAW_SHOWN + re.escape("31m\\u009b32m"))

    def test_json_keeps_the_exact_value(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = hs.token_page([hs.token("id-1", JSON_PAYLOAD)],
                                                                            "id-1", False)
        for args in (["pat", "list", "--output", "json"], ["pat", "list", "--all"]):
            code, out, err = h.run(args, env=self.env())
            self.assertEqual((code, err), (0, ""), out)
            self.assertEqual(json.loads(out)["values"][0]["description"], JSON_PAYLOAD)
            # In a terminal the document is the same value, with no control character on the screen.
            code, raw = self.pty(*args)
            self.assertEqual(code, 0, raw)
            text = self.assertSafeScreen(raw)
            self.assertEqual(json.loads(text.replace("\r\n", "\n"))["values"][0]["description"], JSON_PAYLOAD)

    # -- mutations --
    def test_human_create_and_revoke_show_escapes(self):
        self.answers["CreatePersonalAccessTokenCommandMutation"] = hs.created(PAYLOAD)
        code, raw = self.pty("pat", "create", "--description", "d", "--expires", "30")
        self.assertEqual(code, 0, raw)
        self.assertSafeScreen(raw, VISIBLE, "hostile-secret")
        self.answers["RevokePersonalAccessTokenCommandMutation"] = hs.revoked("id-1", PAYLOAD)
        code, raw = self.pty("pat", "revoke", "id-1", "--force")
        self.assertEqual(code, 0, raw)
        self.assertSafeScreen(raw, VISIBLE)

    # -- errors on stderr --
    def test_graphql_and_payload_errors_show_escapes(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = hs.graphql_error(PAYLOAD, "C" + PAYLOAD)
        self.answers["RevokePersonalAccessTokenCommandMutation"] = hs.payload_error("revokePersonalAccessToken",
                                                                                    PAYLOAD)
        for json_output in ([], ["--output", "json"]):
            code, raw = self.pty("pat", "list", *json_output)
            self.assertEqual(code, 1, raw)
            self.assertSafeScreen(raw, "error: The server returned an unexpected GraphQL error: " +
                                  VISIBLE + re.escape(" (C") + VISIBLE + re.escape(")"))
            code, raw = self.pty("pat", "revoke", "id-1", "--force", *json_output)
            self.assertNotEqual(code, 0, raw)  # which failure code is the error type's; not this test's concern
            self.assertSafeScreen(raw, "error: Unexpected mutation error: " + VISIBLE)

    def test_a_certificate_subject_in_a_tls_error_shows_escapes(self):
        """libcurl quotes the server certificate's subject name in its error: server text in nitro's message."""
        import shutil
        import socket
        import ssl
        import threading
        pki = tempfile.mkdtemp(prefix="nitro-hostile-pki-", dir=h.scratch_dir())

        def openssl(*argv):
            proc = subprocess.run(["openssl", *argv], cwd=pki, capture_output=True, timeout=60)
            self.assertEqual(proc.returncode, 0, proc.stderr)

        self.assertTrue(shutil.which("openssl"), "the openssl tool (apt-get install openssl)")
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=hostile test CA",
                "-keyout", "ca.key", "-out", "ca.pem", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        with open(os.path.join(pki, "ext"), "w") as f:
            f.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
        # No subjectAltName: libcurl compares the subject's CN, and names it when it does not match.
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-utf8", "-subj", "/CN=C\u001b]0;pwned\u0007\u009b2J",
                "-keyout", "server.key", "-out", "server.csr")
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "ext", "-out", "server.pem")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(pki, "server.pem"), os.path.join(pki, "server.key"))
        listener = socket.create_server(("127.0.0.1", 0))
        self.addCleanup(listener.close)

        def serve():
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                try:
                    conn.settimeout(10)
                    context.wrap_socket(conn, server_side=True).close()
                except (OSError, ssl.SSLError):
                    conn.close()

        threading.Thread(target=serve, daemon=True).start()
        env = self.env(NITRO_CLOUD_URL=f"https://127.0.0.1:{listener.getsockname()[1]}",
                       SSL_CERT_FILE=os.path.join(pki, "ca.pem"))
        code, raw = self.pty("pat", "list", env=env)
        self.assertEqual(code, 1, raw)
        self.assertSafeScreen(raw, re.escape("certificate subject name 'C\\x1b]0;pwned\\x07\\u009b2J'"))

    # -- the workspace picker, then status --
    def test_workspace_picker_and_status_show_escapes(self):
        workspaces = [{"id": "ws-1", "name": "W" + PAYLOAD}, {"id": "ws-2", "name": "plain"}]
        self.answers["SetDefaultWorkspaceCommand_SelectWorkspace_Query"] = hs.workspace_page(workspaces)
        self.answers["ShowWorkspaceCommandQuery"] = {"data": {"node": {
            "__typename": "Workspace", "id": "ws-1", "name": "W" + PAYLOAD, "personal": False}}}
        code, raw = self.pty("workspace", "set-default", keys=["1\r"], wait=b"Number")
        self.assertEqual(code, 0, raw)
        self.assertSafeScreen(raw, re.escape("1) W") + VISIBLE,
                             "Default workspace: W" + VISIBLE + re.escape(" (ws-1)"))
        # status asks whom NITRO_API_KEY acts for: the server's answer is shown escaped too.
        self.answers["NitroIdentityQuery"] = {"data": {"me": {"user": {
            "id": "u-1", "email": "e" + PAYLOAD, "name": "N" + PAYLOAD}}, "currentApiKey": None}}
        code, raw = self.pty("status")
        self.assertEqual(code, 0, raw)
        self.assertSafeScreen(raw, "User:       N" + VISIBLE + " <e" + VISIBLE + ">",
                              "Workspace:  W" + VISIBLE + re.escape(" (ws-1)"))


    def test_a_damaged_session_file_in_a_hostile_config_path(self):
        """The path comes from XDG_CONFIG_HOME: status's warning about the file shows it escaped."""
        config = os.path.join(self.config_home, "c\u001b]0;pwned\u0007")
        os.makedirs(os.path.join(config, "nitro"))
        with open(os.path.join(config, "nitro", "session.json"), "w") as f:
            f.write("not json")
        env = self.env()
        env.update(XDG_CONFIG_HOME=config, NITRO_API_KEY=None)
        code, raw = self.pty("status", env=env)
        self.assertEqual(code, 4, raw)
        self.assertSafeScreen(raw, re.escape("c\\x1b]0;pwned\\x07/nitro/session.json cannot be used"))

    # -- bidi marks and zero-width characters: shown escaped in the table, in the JSON Enter prints, and never
    #    offered for completion (two ids that look alike are not the same) --
    def answer_tokens(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = hs.token_page(
            [hs.token("id\u200b-1", "a\u200eb\u200fc\u061cd\u200be\ufefff\u202eg\u2066h")], "id\u200b-1", False)

    def assertNoInvisible(self, raw):
        text = self.assertSafeScreen(raw)
        shown = sorted(f"U+{ord(c):04X}" for c in set(text) & set(INVISIBLE))
        self.assertEqual(shown, [], f"invisible characters reached the terminal:\n{raw!r}")
        return text

    def test_the_table_shows_them_escaped(self):
        self.answer_tokens()
        code, raw = self.pty("pat", "list", keys=["q"], wait=b"Page 1")
        self.assertEqual(code, 0, raw)
        text = self.assertNoInvisible(raw)
        self.assertIn("id\\u200b-1", text)

    def test_enter_prints_the_json_with_them_escaped(self):
        self.answer_tokens()
        code, raw = self.pty("pat", "list", keys=["\r"], wait=b"Page 1")
        self.assertEqual(code, 0, raw)
        text = self.assertNoInvisible(raw)
        self.assertIn("a\\u200eb\\u200fc\\u061cd\\u200be\\ufefff\\u202eg\\u2066h", text)

    def test_the_json_of_a_pipe_keeps_the_same_value(self):
        self.answer_tokens()
        code, out, err = h.run(["pat", "list", "--output", "json"], env=self.env())
        self.assertEqual((code, err), (0, ""), out)
        self.assertNotIn("\u200b", out)
        self.assertEqual(json.loads(out)["values"][0]["id"], "id\u200b-1")

    def test_completion_does_not_offer_them(self):
        self.answer_tokens()
        code, out, err = h.run(["__complete", "pat-ids", ""], env=self.env())
        self.assertEqual(code, 0, err)
        self.assertNotIn("id\u200b-1", out)
        self.assertNotIn("\u200b", out)


class CursorTests(HostileServerCase):
    """Item 5: --all (and pat rotate's search) refuse pages in a circle and a next page without a cursor."""

    def cycle(self, variables):
        """Cursors A, B, A, B, ...; a server that cannot stop (here: stops after 40 pages, so that a client that
        does not notice ends too)."""
        n = len(self.list_requests())
        after = variables.get("after")
        following = {None: "A", "A": "B", "B": "A"}[after]
        return hs.token_page([hs.token(f"tok-{n}", f"page {n}")], following, n < 40)

    def test_all_stops_at_a_repeated_cursor(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = self.cycle
        for args, requests in ((["pat", "list", "--all"], 3), (["pat", "list", "--all", "--cursor", "A"], 2),
                               (["pat", "list", "--limit", "500"], 3)):
            self.server.requests.clear()
            code, out, err = h.run(args, env=self.env())
            self.assertEqual(code, 1, f"{args}: {out[:300]!r} {err!r}")
            self.assertError(err, "a page's cursor repeats an earlier one")
            self.assertEqual(len(self.list_requests()), requests, args)
            # What was printed is the start of a document that never ends: no parser takes it for the list.
            with self.assertRaises(ValueError, msg=out):
                json.loads(out)
            self.assertIn(f'"tok-{requests - 1}"', out, "the pages before it are")
            self.assertNotIn(f'"tok-{requests}"', out, "the page that repeats a cursor is not printed")

    def test_rotate_stops_at_a_repeated_cursor(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = self.cycle
        code, out, err = h.run(["pat", "rotate", "not-there", "--force"], env=self.env())
        self.assertEqual((code, out), (1, ""), err)
        self.assertError(err, "a page's cursor repeats an earlier one")
        self.assertEqual(self.server.operations(), ["ListPersonalAccessTokenCommandQuery"] * 3)

    def test_a_next_page_without_a_cursor_is_malformed(self):
        for cursor in (None, ""):
            self.answers["ListPersonalAccessTokenCommandQuery"] = hs.token_page([hs.token("tok-1", "one")],
                                                                                cursor, True)
            for args in (["pat", "list", "--all"], ["pat", "list", "--output", "json"],
                         ["pat", "list", "--limit", "5"], ["pat", "rotate", "tok-2", "--force"]):
                self.server.requests.clear()
                code, out, err = h.run(args, env=self.env())
                self.assertEqual((code, out), (1, ""), f"{args} {cursor!r}: {err}")
                self.assertError(err, "it says there is a next page but gives no cursor for it")
                self.assertEqual(len(self.server.operations()), 1)


class DumpableTests(HostileServerCase):
    """Item 10: while nitro holds a secret (here: blocked in a request), it is not dumpable and has no core
    size. A process that is not dumpable has its /proc entries owned by root; nitro runs as nobody."""

    def test_not_dumpable_and_no_core_while_in_a_request(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = hs.token_page([hs.token("tok-1", "one")], "x", False)
        # The answer waits until the checks are done: nitro is in its request for as long as they take.
        self.server.hold = True
        self.addCleanup(self.server.release.set)
        argv = [str(h.NITRO_BIN), "pat", "list", "--output", "json"]
        if os.geteuid() == 0:  # as root /proc entries are root's anyway: run it as nobody
            argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + argv
        proc = subprocess.Popen(argv, env=h.make_env(self.env()), cwd="/", stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(lambda: proc.poll() is None and (proc.kill(), proc.wait()))
        # The request's arrival is the event waited for; the bound only keeps a broken run from hanging.
        self.assertTrue(self.server.arrived.wait(60 * h.TIME_FACTOR), "nitro sent its request")
        self.assertIsNone(proc.poll(), "nitro is still in its request")
        with open(f"/proc/{proc.pid}/status") as f:
            status = f.read()
        uid = int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1))
        self.assertEqual(uid, 65534 if os.geteuid() == 0 else os.geteuid(), "the process is nitro, as nobody")
        self.assertEqual(os.stat(f"/proc/{proc.pid}/status").st_uid, 0,
                         "a dumpable process's /proc entries are its own user's")
        with open(f"/proc/{proc.pid}/limits") as f:
            core = [line.split() for line in f if line.startswith("Max core file size")]
        self.assertEqual(core[0][4:6], ["0", "0"], "soft and hard core size")
        self.server.release.set()
        self.assertEqual(proc.wait(30 * h.TIME_FACTOR), 0)


class StdoutTroubleTests(HostileServerCase):
    """Item 12: a closed stdout after a mutation, a broken pipe during --all, SIGINT while blocked on output."""

    BIG = "x" * 1500  # 50 of these per page: a page is larger than a pipe's buffer

    def endless(self, variables):
        n = len(self.list_requests())
        return hs.token_page([hs.token(f"tok-{n}-{i}", self.BIG) for i in range(50)], f"c{n}", n < 200)

    def test_closed_stdout_after_a_mutation_gives_the_hint(self):
        self.answers["CreatePersonalAccessTokenCommandMutation"] = hs.created("made")
        self.answers["RevokePersonalAccessTokenCommandMutation"] = hs.revoked("tok-1", "gone")
        for command, operation in (('"$NITRO" pat create --description d', "CreatePersonalAccessTokenCommandMutation"),
                                   ('"$NITRO" pat create --description d --jq .secret',
                                    "CreatePersonalAccessTokenCommandMutation"),
                                   ('"$NITRO" pat revoke tok-1 --force', "RevokePersonalAccessTokenCommandMutation")):
            self.server.requests.clear()
            code, out, err = h.run_shell(command + " >&-", env=self.env(NITRO=h.NITRO_BIN))
            self.assertEqual(code, 1, f"{command}: {err}")
            self.assertError(err, "writing the result failed")
            self.assertIn("hint: the server may have carried out the request; run 'nitro pat list' to check", err)
            self.assertEqual(self.server.operations(), [operation], "sent once")

    def test_all_stops_at_the_first_failed_write(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = self.endless
        script = 'trap "" PIPE; "$NITRO" pat list --all | head -c1 >/dev/null; echo "rc=${PIPESTATUS[0]}"'
        for extra in ("", " --jq .values[].id"):
            self.server.requests.clear()
            code, out, err = h.run_shell(script.replace("--all", "--all" + extra), env=self.env(NITRO=h.NITRO_BIN),
                                         timeout=60)
            self.assertIn("rc=1", out, err)
            self.assertError(err, "writing the result failed: Broken pipe")
            self.assertLessEqual(len(self.list_requests()), 2, "pages asked for after the pipe broke")

    def test_one_sigint_is_honoured_while_blocked_on_a_full_pipe(self):
        self.answers["ListPersonalAccessTokenCommandQuery"] = self.endless
        for extra in ([], ["--jq", ".values[].description"]):
            self.server.requests.clear()
            read_end, write_end = os.pipe()
            self.addCleanup(os.close, read_end)
            proc = subprocess.Popen([str(h.NITRO_BIN), "pat", "list", "--all", *extra], env=h.make_env(self.env()),
                                    cwd=h.scratch_dir(), stdin=subprocess.DEVNULL, stdout=write_end,
                                    stderr=subprocess.PIPE)
            os.close(write_end)
            self.addCleanup(lambda p=proc: p.poll() is None and (p.kill(), p.wait()))
            # Nobody reads the pipe: the first page fills it and nitro blocks writing it.
            deadline = time.monotonic() + 10 * h.TIME_FACTOR
            while not self.list_requests() and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1)
            self.assertIsNone(proc.poll(), "nitro is blocked on its output")
            self.assertEqual(len(self.list_requests()), 1)
            start = time.monotonic()
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=1 * h.TIME_FACTOR)
            except subprocess.TimeoutExpired:
                self.fail(f"nitro {extra} did not end within a second of one SIGINT while blocked on output")
            self.assertLess(time.monotonic() - start, 1 * h.TIME_FACTOR)
            err = proc.stderr.read().decode()
            proc.stderr.close()
            self.assertEqual(proc.returncode, 130, err)
            self.assertEqual(err, "Interrupted.\n")
            self.assertEqual(len(self.list_requests()), 1, "no page asked for after the interrupt")


if __name__ == "__main__":
    unittest.main()

