"""Ctrl-C (SIGINT) and SIGTERM at any point: exit 130, the terminal restored, nothing half-written on stdout
beyond what is documented (`--all` leaves its document unterminated), and no mutation sent by an interrupted
prompt. In a pseudo-terminal Ctrl-C is typed (the terminal sends SIGINT to the foreground process group); the
terminal's state afterwards is read with `stty -a` in the same terminal."""

import os
import re
import signal
import subprocess
import time
import unittest

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

STTY_SANE = (re.compile(r"(?<![-\w])icanon\b"), re.compile(r"(?<![-\w])echo\b"))




class SignalTests(h.E2ETestCase):

    # -- helpers --
    def spawn_then_stty(self, *args, env=None):
        """nitro ARGS in a pty under bash, then `echo rc=$?` and `stty -a` in the same terminal."""
        quoted = " ".join("'" + str(a).replace("'", "'\\''") + "'" for a in args)
        script = f"'{h.NITRO_BIN}' {quoted}; echo \"rc=$?\"; stty -a"
        return self.spawn_program("bash", "-c", script, env=env)

    def finish_stty(self, child):
        code, text = self.finish(child)
        self.assertEqual(code, 0, f"bash itself ends normally\n{text}")
        match = re.search(r"rc=(\d+)", text)
        self.assertIsNotNone(match, text)
        stty = text[match.end():]
        for pattern in STTY_SANE:
            self.assertRegex(stty, pattern, f"the terminal is restored (stty -a after nitro):\n{stty}")
        return int(match.group(1)), text[:match.start()]

    def popen(self, *args, env=None):
        full = self.auth_env()
        full.update(env or {})
        proc = subprocess.Popen([str(h.NITRO_BIN), *map(str, args)], env=h.make_env(full), cwd=h.scratch_dir(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        return proc

    def signal_and_wait(self, proc, signo, limit=2.5):
        limit *= h.TIME_FACTOR
        start = time.monotonic()
        proc.send_signal(signo)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            self.fail(f"nitro did not end within 10 s of signal {signo}: {err!r}")
        elapsed = time.monotonic() - start
        self.assertLess(elapsed, limit, f"nitro ends promptly after signal {signo}")
        return proc.returncode, out.decode(), err.decode()

    def requests_arrived(self, n, operation=None):
        return h.wait_for(lambda: len(self.requests(operation)) >= n)

    # -- prompts --
    def test_ctrl_c_at_the_description_prompt(self):
        child = self.spawn_then_stty("pat", "create")
        self.expect_exact(child, "Description of the Personal Access Token")
        child.send("half typed")
        time.sleep(0.2)
        child.sendintr()
        code, text = self.finish_stty(child)
        self.assertEqual(code, 130, text)
        self.assertEqual(text.count("Interrupted."), 1, text)
        self.assertNothingSent()

    def test_ctrl_c_at_the_revoke_confirmation(self):
        token = self.emulator.create_token("not revoked")
        self.remember_secret(token["secret"])
        self.clear_requests()
        child = self.spawn_then_stty("pat", "revoke", token["id"])
        self.expect_exact(child, "Do you really want to delete PAT")
        time.sleep(0.2)
        child.sendintr()
        code, text = self.finish_stty(child)
        self.assertEqual(code, 130, text)
        self.assertEqual(text.count("Interrupted."), 1, text)
        self.assertEqual(self.requests(h.REVOKE), [], "an interrupted confirmation sends nothing")
        self.assertIn(token["id"], [t["id"] for t in self.emulator.all_tokens()])

    # -- requests --
    def test_sigint_and_sigterm_during_a_slow_request(self):
        for signo in (signal.SIGINT, signal.SIGTERM):
            for argv in (["pat", "list"], ["workspace", "list", "--all"]):
                with self.subTest(signal=signo.name, argv=argv):
                    self.clear_requests()
                    self.fault("slow", delayMs=8000)
                    proc = self.popen(*argv)
                    self.assertTrue(self.requests_arrived(1), "the request reached the emulator")
                    code, out, err = self.signal_and_wait(proc, signo)
                    self.clear_faults()
                    self.assertEqual(code, 130, err)
                    self.assertEqual(out, "", "nothing on stdout")
                    self.assertIn("Interrupted.", err)
                    self.assertNoSecrets(err)
                    self.assertEqual(len(self.requests()), 1, "an interrupted query is not retried")

    def test_interrupted_create_points_to_pat_list(self):
        self.fault("slow", delayMs=8000)
        proc = self.popen("pat", "create", "--description", "interrupted")
        self.assertTrue(self.requests_arrived(1, h.CREATE))
        code, out, err = self.signal_and_wait(proc, signal.SIGINT)
        self.assertEqual(code, 130, err)
        self.assertEqual(out, "")
        self.assertIn("Interrupted.", err)
        self.assertIn("nitro pat list", err, "the token may exist: say so")
        self.assertEqual(len(self.requests(h.CREATE)), 1)

    def test_ctrl_c_during_a_slow_request_in_a_terminal(self):
        self.fault("slow", delayMs=8000)
        child = self.spawn_then_stty("pat", "list")
        self.assertTrue(self.requests_arrived(1))
        time.sleep(0.5)  # the spinner is up
        start = time.monotonic()
        child.sendintr()
        code, text = self.finish_stty(child)
        self.assertLess(time.monotonic() - start, 3 * h.TIME_FACTOR)
        self.assertEqual(code, 130, text)
        self.assertIn("Interrupted.", text)

    def test_sigint_while_waiting_to_retry(self):
        self.fault("http_status", status=503, retryAfter=20, count=1)
        proc = self.popen("workspace", "list")
        self.assertTrue(self.requests_arrived(1))
        time.sleep(0.5)  # now in the Retry-After wait
        code, out, err = self.signal_and_wait(proc, signal.SIGINT, limit=1.5)
        self.assertEqual(code, 130, err)
        self.assertEqual(out, "")
        self.assertEqual(len(self.requests()), 1, "no retry after the interruption")

    # -- the interactive table --
    def test_ctrl_c_in_the_interactive_table(self):
        child = self.spawn_then_stty("pat", "list")
        self.expect_exact(child, "PersonalAccessTokens")
        self.expect(child, r"q quit")
        time.sleep(0.3)
        child.sendintr()
        code, text = self.finish_stty(child)
        self.assertEqual(code, 130, text)
        self.assertEqual(h.json_objects(text), [], "no JSON printed after Ctrl-C in the table")

    def test_a_second_signal_ends_at_once(self):
        self.fault("slow", delayMs=8000)
        proc = self.popen("pat", "list")
        self.assertTrue(self.requests_arrived(1))
        proc.send_signal(signal.SIGTERM)
        code, out, err = self.signal_and_wait(proc, signal.SIGTERM, limit=1.0)
        self.assertEqual(code, 130)
        self.assertEqual(out, "")


class PagingSignalTests(h.E2ETestCase):
    SEED_TOKENS = 160  # four pages of 50 with --all

    def test_sigterm_during_all_paging_leaves_the_document_unterminated(self):
        self.fault("slow", delayMs=1500)
        env = self.auth_env()
        proc = subprocess.Popen([str(h.NITRO_BIN), "pat", "list", "--all"], env=h.make_env(env), cwd=h.scratch_dir(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        self.assertTrue(h.wait_for(lambda: len(self.requests(h.LIST_PATS)) >= 2, timeout=15),
                        "the second page was requested")
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
        self.assertLess(time.monotonic() - start, 2.5 * h.TIME_FACTOR)
        out, err = out.decode(), err.decode()
        self.assertEqual(proc.returncode, 130, err)
        self.assertIn("Interrupted.", err)
        self.assertTrue(out.startswith('{\n  "values": [\n'), out[:200])
        self.assertTrue(out.endswith("\n"))
        self.assertEqual(out.count('"id":'), 50, "the first page, and nothing of the second")
        with self.assertRaises(ValueError, msg="an interrupted --all document must not parse as whole"):
            h.parse_json(out)
        self.assertEqual(len(self.requests(h.LIST_PATS)), 2)


if __name__ == "__main__":
    unittest.main()
