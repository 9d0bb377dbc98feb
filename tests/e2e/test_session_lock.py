"""One writer of session.json at a time: renewals and every read-modify-write of the session run under a flock
on session.json.lock, read the file again under it and merge, so that no process writes back a spent refresh
token; temporary files a killed writer left (they hold secrets) are removed; the wait for the lock is bounded.
Real nitro processes race each other against the emulator, whose refresh tokens are used once."""

import fcntl
import json
import os
import stat
import subprocess
import time

try:
    from . import harness as h
    from .test_login import SessionTestCase
except ImportError:  # run from inside tests/e2e
    import harness as h
    from test_login import SessionTestCase

SHOW_WORKSPACE = "ShowWorkspaceCommandQuery"




class LockTestCase(SessionTestCase):

    def popen(self, *args):
        proc = subprocess.Popen([str(h.NITRO_BIN), *args], env=h.make_env(self.env()), cwd=h.scratch_dir(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        return proc

    def finish(self, proc, timeout=60):
        out, err = proc.communicate(timeout=timeout)
        self.assertNoSecrets(err)
        return proc.returncode, out, err

    def refresh_grants(self):
        return [c for c in self.oidc_log() if c.get("endpoint") == "/connect/token"
                and (c.get("parameters") or {}).get("grant_type") == "refresh_token"]

    def remember_session(self):
        tokens = self.session().get("tokens", {})
        for key in ("accessToken", "refreshToken", "idToken"):
            if tokens.get(key):
                self.remember_secret(tokens[key])

    def expire_in_file(self):
        session = self.session()
        session["tokens"]["expiresAt"] = "2020-01-01T00:00:00.000+00:00"
        self.write_session(session)

    def assert_session_works(self):
        code, out, err = self.run_nitro("pat", "list")
        self.remember_session()
        self.assertEqual(code, 0, f"the session still works afterwards\n{err}")

    def directory(self):
        return sorted(os.listdir(os.path.dirname(self.session_path)))


class RenewalRaceTests(LockTestCase):
    """Access tokens live 2 s here, so every command renews (it renews 30 s ahead of expiry)."""

    def test_four_commands_renewing_at_once_all_succeed(self):
        self.login("--workspace-id", self.workspaces["Dev User"])
        for round_number in range(3):
            with self.subTest(round=round_number):
                self.expire_in_file()
                procs = [self.popen("pat", "list") for _ in range(4)]
                results = [self.finish(proc) for proc in procs]
                self.remember_session()
                for code, out, err in results:
                    self.assertEqual(code, 0, err)
                    self.assertEqual(len(json.loads(out)["values"]) > 0, True)
                refused = [c for c in self.refresh_grants() if c.get("status") != 200]
                self.assertEqual(refused, [], "no renewal with a spent refresh token")
        self.assert_session_works()
        self.assert_private()


class RenewalReuseTests(LockTestCase):
    """Access tokens live long here: a token another nitro renewed while this one waited is reused as it is."""

    EMULATOR_ARGS = ("--access-token-lifetime", "600", "--device-interval", "1")

    def test_set_default_racing_a_renewal_keeps_the_renewed_tokens(self):
        self.login("--workspace-id", self.workspaces["Dev User"])
        self.expire_in_file()
        # set-default renews, then waits on its workspace query while another nitro renews again.
        self.fault("slow", delayMs=2000, operation=SHOW_WORKSPACE, count=1)
        setter = self.popen("workspace", "set-default", "--workspace-id", self.workspaces["Team Nitro"])
        self.assertTrue(h.wait_for(lambda: self.requests(SHOW_WORKSPACE), timeout=15), "set-default sent its query")
        self.expire_in_file()
        grants = len(self.refresh_grants())
        code, out, err = self.run_nitro("pat", "list")
        self.assertEqual(code, 0, err)
        self.assertEqual(len(self.refresh_grants()), grants + 1, "pat list renewed while set-default waited")
        renewed = self.session()["tokens"]
        self.remember_session()
        code, out, err = self.finish(setter)
        self.assertEqual(code, 0, err)
        session = self.session()
        self.assertEqual(session["workspace"], {"id": self.workspaces["Team Nitro"], "name": "Team Nitro"})
        self.assertEqual(session["tokens"], renewed,
                         "set-default must not write back the tokens it read (their refresh token is spent)")
        self.assert_private()
        self.expire_in_file()  # the next renewal uses the refresh token in the file
        self.assert_session_works()

    def test_a_renewal_done_while_waiting_is_reused(self):
        self.login("--workspace-id", self.workspaces["Dev User"])
        for round_number in range(3):
            with self.subTest(round=round_number):
                self.expire_in_file()
                before = len(self.refresh_grants())
                procs = [self.popen("pat", "list") for _ in range(4)]
                results = [self.finish(proc) for proc in procs]
                self.remember_session()
                for code, out, err in results:
                    self.assertEqual(code, 0, err)
                grants = self.refresh_grants()[before:]
                self.assertEqual(len(grants), 1, f"one renewal for four commands, the others reuse it: {grants}")
                self.assertEqual(grants[0]["status"], 200)
        self.assert_session_works()


class LockFileTests(LockTestCase):

    def token_session(self):
        """A `login --with-token` session: no renewal, so only the session write takes the lock."""
        code, out, err = self.run_nitro("login", "--with-token", "--workspace-id", self.workspaces["Dev User"],
                                        input=self.pat + "\n", NITRO_CLOUD_URL=self.emulator.base_url)
        self.assertEqual(code, 0, err)

    def plant(self, name):
        path = os.path.join(os.path.dirname(self.session_path), name)
        with open(path, "w") as f:
            f.write('{"apiKey": "%s"}' % self.pat)
        os.chmod(path, 0o600)
        return path

    def test_the_lock_file_is_private(self):
        self.token_session()
        lock = self.session_path + ".lock"
        self.assertTrue(os.path.exists(lock), self.directory())
        self.assertEqual(stat.S_IMODE(os.stat(lock).st_mode), 0o600)

    def test_the_next_writer_removes_a_killed_writers_temporary_file(self):
        self.token_session()
        stale = [self.plant(".session.json.AbC123"), self.plant(".session.json.zz9ZZ9")]
        kept = self.plant("session.json.keep-me")  # not a name nitro makes
        code, out, err = self.run_nitro("workspace", "set-default", "--workspace-id", self.workspaces["Team Nitro"])
        self.assertEqual(code, 0, err)
        for path in stale:
            self.assertFalse(os.path.exists(path), self.directory())
        self.assertTrue(os.path.exists(kept))
        self.assertEqual(self.session()["workspace"]["name"], "Team Nitro")
        self.assertEqual(self.session()["apiKey"], self.pat)

    def test_logout_removes_a_killed_writers_temporary_file(self):
        self.token_session()
        stale = self.plant(".session.json.Q1w2E3")
        code, out, err = self.run_nitro("logout")
        self.assertEqual(code, 0, err)
        self.assertFalse(os.path.exists(self.session_path))
        self.assertFalse(os.path.exists(stale), self.directory())

    def test_logout_when_signed_out_still_removes_a_temporary_file(self):
        os.makedirs(os.path.dirname(self.session_path), mode=0o700, exist_ok=True)
        stale = self.plant(".session.json.Zx8Cv7")
        code, out, err = self.run_nitro("logout")
        self.assertEqual(code, 0, err)
        self.assertIn("You are not logged in.", err)
        self.assertFalse(os.path.exists(stale), self.directory())

    def test_a_held_lock_is_waited_for_then_refused_with_a_reason(self):
        self.token_session()
        with open(self.session_path + ".lock", "a") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            start = time.monotonic()
            code, out, err = self.run_nitro("workspace", "set-default", "--workspace-id",
                                            self.workspaces["Team Nitro"], NITRO_TIMEOUT="2")
            elapsed = time.monotonic() - start
        self.assertEqual(code, 1, err)
        self.assertIn("another nitro process", err)
        self.assertIn("session.json.lock", err)
        self.assertGreaterEqual(elapsed, 1.9, "it waited for the lock")
        self.assertLess(elapsed, 10 * h.TIME_FACTOR, "and then gave up")
        self.assertEqual(self.session()["workspace"]["name"], "Dev User", "the file is unchanged")

    def test_a_lock_released_while_waiting_is_taken(self):
        self.token_session()
        held = open(self.session_path + ".lock", "a")
        self.addCleanup(held.close)
        fcntl.flock(held, fcntl.LOCK_EX)
        setter = self.popen("workspace", "set-default", "--workspace-id", self.workspaces["Team Nitro"])
        time.sleep(1.0)
        self.assertIsNone(setter.poll(), "it waits while another process holds the lock")
        self.assertEqual(self.session()["workspace"]["name"], "Dev User")
        fcntl.flock(held, fcntl.LOCK_UN)
        code, out, err = self.finish(setter)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.session()["workspace"]["name"], "Team Nitro")


if __name__ == "__main__":
    import unittest
    unittest.main()
