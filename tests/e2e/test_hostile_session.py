"""The session file is trusted only when nitro's user alone can change it (as ssh treats its configuration): one
owned by another user, or writable by group or others, or in such a directory, is refused before anything is sent.
And nitro never writes a session file that loading would refuse."""

import os

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

NOBODY = 65534


class ForeignSessionFileTests(h.ResourceTestCase):

    def setUp(self):
        super().setUp()
        # A session as an attacker would leave it: its apiUrl gets whatever credential the command line gives.
        self.write_session({"apiUrl": self.emulator.base_url,
                            "workspace": {"id": self.team["id"], "name": self.team["name"]}})
        self.path = h.session_file(self.config_home)
        self.directory = os.path.dirname(self.path)

    def assertRefused(self, fix):
        self.clear_requests()
        code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": None})
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertEqual(err.count("error: "), 1, err)
        self.assertIn(f"error: The session file {self.path} cannot be trusted", err)
        self.assertIn(fix, err)
        self.assertEqual(self.requests(), [], "nothing sent")

    def test_a_private_session_is_used(self):
        code, out, err = self.nitro("workspace", "list", env={"NITRO_CLOUD_URL": None})
        self.assertEqual(code, 0, err)
        self.assertEqual(len(self.requests(h.LIST_WORKSPACES)), 1)

    def test_file_writable_by_group_or_others(self):
        for mode in (0o620, 0o602, 0o666):
            with self.subTest(mode=oct(mode)):
                os.chmod(self.path, mode)
                self.assertRefused(f"chmod 600 {self.path}")

    def test_directory_writable_by_group_or_others(self):
        for mode in (0o770, 0o707, 0o777):
            with self.subTest(mode=oct(mode)):
                os.chmod(self.directory, mode)
                self.assertRefused(f"chmod 700 {self.directory}")

    def test_owned_by_another_user(self):
        os.chown(self.path, NOBODY, NOBODY)
        self.assertRefused("owned by another user")
        os.chown(self.path, os.getuid(), os.getgid())
        os.chown(self.directory, NOBODY, NOBODY)
        self.assertRefused("owned by another user")

    def test_logout_removes_it(self):
        os.chmod(self.path, 0o666)
        code, out, err = self.nitro("logout")
        self.assertEqual(code, 0, err)
        self.assertFalse(os.path.exists(self.path))


class SessionTooBigToReadBackTests(h.ResourceTestCase):

    def test_a_default_workspace_too_big_is_not_stored(self):
        huge = self.emulator.create_workspace("w" * (2 << 20))
        self.set_default_workspace(self.team)
        before = open(h.session_file(self.config_home), "rb").read()
        self.clear_requests()
        code, out, err = self.nitro("workspace", "set-default", "--workspace-id", huge["id"])
        self.assertEqual(code, h.EXIT_FAILED, err[:2000])
        self.assertIn("larger than 1 MiB", err[:2000])
        self.assertIn("not saved", err[:2000])
        self.assertEqual(open(h.session_file(self.config_home), "rb").read(), before, "the old session is kept")
        # And it still loads.
        code, out, err = self.nitro("workspace", "current", "--output", "json")
        self.assertEqual(code, 0, err[:2000])
        self.assertIn(self.team["id"], out)
