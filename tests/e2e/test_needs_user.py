"""Commands that need a user, run with an API key (credentials that are no user's): every one ends with exit 4,
"authentication needed or rejected", whether the server says so with a null list (pat list) or with an
UnauthorizedOperation in the mutation's payload (pat create, workspace create, ...). The spec maps the payload
error to the exit code once ([exit-codes.auth] payload-errors), for every command."""

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h


class NeedsUserTests(h.ResourceTestCase):

    def commands(self):
        team = self.team["id"]
        token = self.emulator.create_token("not for a key")
        self.remember_secret(token["secret"])
        api = self.emulator.create_api(team, "for keys", ["for", "keys"])
        key = self.emulator.create_api_key("existing", team)
        self.remember_secret(key["secret"])
        return [
            ["pat", "create", "--description", "by a key"],
            ["pat", "list"],
            ["pat", "revoke", token["id"], "--force"],
            ["pat", "rotate", token["id"], "--force"],
            ["workspace", "create", "--name", "by a key", "--default", "false"],
            ["workspace", "list"],
            ["api", "create", "--name", "by-key", "--path", "/by/key", "--workspace-id", team],
            ["api", "delete", api["id"], "--force"],
            ["api-key", "create", "--name", "by a key", "--workspace-id", team],
            ["api-key", "delete", key["id"], "--force"],
        ]

    def test_every_command_that_needs_a_user_exits_4_with_an_api_key(self):
        commands = self.commands()
        for argv in commands:
            with self.subTest(argv=argv):
                code, out, err = self.nitro(*argv, env={"NITRO_API_KEY": self.api_key})
                self.assertEqual(code, 4, f"{argv}: {err}")
                self.assertEqual(out, "")
                self.assertEqual([l for l in err.splitlines() if l.startswith("error: ")].__len__(), 1, err)
                self.assertNoSecrets(err)
        # Nothing was changed by the key.
        self.assertIn("not for a key", [t["description"] for t in self.emulator.all_tokens()])

    def test_a_refused_user_is_exit_4_as_well(self):
        """The same payload error for a user (a right it lacks) is the same status: the credentials were refused."""
        self.fault("payload_error", type="UnauthorizedOperation", message="Not for you.", operation=h.CREATE)
        code, out, err = self.nitro("pat", "create", "--description", "refused")
        self.assertEqual((code, out), (4, ""), err)
        self.assertIn("error: Not for you.", err)

    def test_other_payload_errors_stay_exit_1(self):
        self.fault("payload_error", type="ValidationError", message="Too long.", operation=h.CREATE)
        code, out, err = self.nitro("pat", "create", "--description", "invalid")
        self.assertEqual((code, out), (1, ""), err)


if __name__ == "__main__":
    import unittest
    unittest.main()
