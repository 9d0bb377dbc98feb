"""Ctrl-C anywhere nitro waits for the user: every prompt, confirmation and picker, and the login wait (browser
and device). Each is typed in a real pseudo-terminal (the terminal sends SIGINT to the foreground process group);
nitro must say `Interrupted.` once on stderr, exit 130 and leave the terminal as it found it (`stty -a` in the
same terminal afterwards). A sign-in that succeeded is kept when Ctrl-C comes at the workspace picker."""

import json
import os
import re
import time

try:
    from . import harness as h
    from .test_login import CLIENT_ID, SessionTestCase
except ImportError:  # run from inside tests/e2e
    import harness as h
    from test_login import CLIENT_ID, SessionTestCase

STTY_SANE = (re.compile(r"(?<![-\w])icanon\b"), re.compile(r"(?<![-\w])echo\b"), re.compile(r"(?<![-\w])isig\b"))


class InterruptCase:
    """Mixed into an E2ETestCase: nitro under bash in a pty, then the exit code and `stty -a`."""

    def interrupt_at(self, args, prompt, env=None, auth=True, before=None):
        if env is None and hasattr(self, "config_home"):
            env = {"XDG_CONFIG_HOME": self.config_home}  # the test's own session file
        quoted = " ".join("'" + str(a).replace("'", "'\\''") + "'" for a in args)
        script = f"stty -a; echo STTY-END; '{h.NITRO_BIN}' {quoted}; echo \"rc=$?\"; stty -a"
        child = self.spawn_program("bash", "-c", script, env=env, auth=auth, timeout=20)
        self.expect_exact(child, prompt)
        if before:
            before(child)
        time.sleep(0.3)  # waiting at the prompt
        child.sendintr()
        code, text = self.finish(child, timeout=20)
        self.assertEqual(code, 0, f"bash itself ends normally\n{text}")
        start = text.index("STTY-END")
        match = re.search(r"rc=(\d+)", text)
        self.assertIsNotNone(match, text)
        stty_before, stty_after = text[:start], text[match.end():]
        output = text[start + len("STTY-END"):match.start()]
        for pattern in STTY_SANE:
            self.assertRegex(stty_after, pattern, f"the terminal is restored:\n{stty_after}")
        self.assertEqual(self.modes(stty_before), self.modes(stty_after), "the same terminal modes as before")
        self.assertEqual(int(match.group(1)), 130, output)
        self.assertEqual(output.count("Interrupted."), 1, output)
        self.assertNoSecrets(output)
        return output

    @staticmethod
    def modes(stty):
        """The on/off flags of `stty -a` (the speed and the size lines aside)."""
        return sorted(w for w in stty.split() if re.fullmatch(r"-?[a-z0-9]+", w) and not w.isdigit())


class PromptInterruptTests(InterruptCase, h.ResourceTestCase):

    def test_the_description_prompt(self):
        self.interrupt_at(["pat", "create"], "Description of the Personal Access Token",
                          before=lambda child: child.send("half typed"))
        self.assertEqual(self.requests(h.CREATE), [])

    def test_an_option_prompt(self):
        for args in (["workspace", "create"], ["api-key", "create", "--workspace-id", self.team["id"]]):
            with self.subTest(args=args):
                self.clear_requests()
                self.interrupt_at(args, "Name: ")
                self.assertEqual([r for r in self.requests() if "Mutation" in r.get("operationName", "")], [])

    def test_the_revoke_confirmation(self):
        token = self.emulator.create_token("kept")
        self.remember_secret(token["secret"])
        self.interrupt_at(["pat", "revoke", token["id"]], "Do you really want to delete PAT")
        self.assertIn(token["id"], [t["id"] for t in self.emulator.all_tokens()])

    def test_the_delete_confirmations(self):
        team = self.team
        api = self.emulator.create_api(team["id"], "kept", ["kept"])
        key = self.emulator.create_api_key("kept", team["id"])
        self.remember_secret(key.get("secret", ""))
        for args, prompt in ((["api", "delete", api["id"]], "Do you really want to delete API"),
                             (["api-key", "delete", key["id"]], "Do you really want to delete API key")):
            with self.subTest(args=args):
                self.clear_requests()
                self.interrupt_at(args, prompt)
                self.assertEqual([r for r in self.requests() if "Mutation" in r.get("operationName", "")], [])

    def test_the_workspace_picker_of_set_default(self):
        self.interrupt_at(["workspace", "set-default"], "Number [")

    def test_the_api_picker(self):
        team = self.team
        self.emulator.create_api(team["id"], "picked", ["picked"])
        self.set_default_workspace(team)
        self.interrupt_at(["api-key", "create", "--name", "x"], "scoped to an API or the whole workspace",
                          before=lambda child: (self.expect_exact(child, "Number ["), child.sendline("1"),
                                                self.expect(child, "For which API"),
                                                self.expect_exact(child, "Number [")))
        self.assertEqual(self.requests(h.CREATE_API_KEY), [])


class LoginInterruptTests(InterruptCase, SessionTestCase):

    def login_args(self, *extra):
        return ["login", self.emulator.base_url, "--client-id", CLIENT_ID, *extra]

    def test_the_browser_wait(self):
        self.interrupt_at(self.login_args("--no-browser"), "Waiting for the sign-in", env=self.env(), auth=False)
        self.assertFalse(os.path.exists(self.session_path))

    def test_the_device_wait(self):
        self.interrupt_at(self.login_args("--device"), "enter the code", env=self.env(), auth=False)
        self.assertFalse(os.path.exists(self.session_path))

    def test_the_workspace_picker_after_a_sign_in_keeps_the_session(self):
        output = self.interrupt_at(self.login_args(), "Number [", env=self.env(), auth=False)
        self.assertIn("Which workspace do you want to use as default", output)
        self.assertIn("nitro workspace set-default", output, "the picker says how to set it later")
        session = self.session()
        for key in ("accessToken", "refreshToken", "idToken"):
            self.remember_secret(session["tokens"][key])
        self.assertEqual(session["email"], "dev@nitro.local")
        self.assertNotIn("workspace", session, "no default workspace was chosen")
        self.assert_private()
        code, out, err = self.run_nitro("pat", "list")
        self.remember_secret(self.session()["tokens"]["accessToken"])
        self.assertEqual(code, 0, f"the kept session works\n{err}")
        self.assertTrue(json.loads(out)["values"])


if __name__ == "__main__":
    import unittest
    unittest.main()
