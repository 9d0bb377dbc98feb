"""Options whose empty value means nothing (`non-empty = true` in the spec: descriptions, names, the API path):
"" or only spaces, from the command line or the environment, is a usage error (exit 2) before anything is sent,
as a missing value is; at a prompt, such an answer is asked again."""

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h


class NonEmptyOptionTests(h.ResourceTestCase):

    def cases(self):
        """(argv without the value, the option, its env var or None, the rest of a valid command line)."""
        team = self.team["id"]
        return [
            (["pat", "create"], "--description", "NITRO_DESCRIPTION", []),
            (["workspace", "create"], "--name", None, ["--default", "false"]),
            (["api", "create"], "--name", "NITRO_API_NAME", ["--path", "/x", "--workspace-id", team]),
            (["api", "create"], "--path", "NITRO_API_PATH", ["--name", "x", "--workspace-id", team]),
            (["api-key", "create"], "--name", "NITRO_API_KEY_NAME", ["--workspace-id", team]),
        ]

    def assert_refused(self, result, option):
        code, out, err = result
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "")
        self.assertIn("error: invalid value", err)
        self.assertIn(f"'{option} <", err)
        self.assertIn("must not be empty", err)
        self.assertNothingSent()

    def test_an_empty_or_blank_value_is_a_usage_error(self):
        for command, option, _, rest in self.cases():
            for value in ("", "   ", "\t "):
                with self.subTest(command=command, option=option, value=value):
                    self.clear_requests()
                    self.assert_refused(self.nitro(*command, option, value, *rest), option)
                    self.assert_refused(self.nitro(*command, f"{option}={value}", *rest), option)

    def test_a_blank_value_from_the_environment_is_a_usage_error(self):
        for command, option, env, rest in self.cases():
            if env is None:
                continue
            with self.subTest(command=command, env=env):
                self.clear_requests()
                result = self.nitro(*command, *rest, env={env: "   "})
                self.assert_refused(result, option)
                self.assertIn(f"(from {env})", result[2])

    def test_a_real_value_with_spaces_around_is_sent_as_given(self):
        code, out, err = self.nitro("pat", "create", "--description", " padded ")
        self.assertEqual(code, 0, err)
        self.remember_secret(h.parse_json(out)["secret"])
        self.assertEqual(h.parse_json(out)["details"]["description"], " padded ")

    def test_a_blank_answer_at_the_prompt_is_asked_again(self):
        child = self.spawn("pat", "create")
        self.expect_exact(child, "Description of the Personal Access Token")
        child.sendline("   ")
        self.expect_exact(child, "Description of the Personal Access Token")
        self.assertNothingSent()
        child.sendline("typed")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual([r["variables"]["input"]["description"] for r in self.requests(h.CREATE)], ["typed"])
        for secret in __import__("re").findall(r"nitro_pat_[A-Za-z0-9]+", text):
            self.remember_secret(secret)


if __name__ == "__main__":
    import unittest
    unittest.main()
