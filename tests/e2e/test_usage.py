"""Help, version and usage errors (clap layout, exit 2). Nothing is ever sent for these."""

import errno
import os
import re
import subprocess

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

GLOBAL_OPTIONS = ["--cloud-url", "--api-key", "--output", "-h, --help",
                  "[env: NITRO_CLOUD_URL]", "[env: NITRO_API_KEY]", "[env: NITRO_OUTPUT_FORMAT]"]


class HelpTests(h.E2ETestCase):
    RESET_EACH_TEST = False

    def help(self, *argv):
        code, out, err = self.nitro(*argv)
        self.assertEqual(code, 0, f"nitro {' '.join(argv)}: stderr={err!r}")
        self.assertEqual(err, "", "help goes to stdout only")
        self.assertTrue(out.strip(), "help text on stdout")
        self.assertIn("Usage:", out)
        self.assertNothingSent()
        return out

    def test_version(self):
        code, out, err = self.nitro("--version")
        self.assertEqual((code, out, err), (0, "nitro 0.1.0\n", ""))

    def test_top_level_help(self):
        out = self.help("--help")
        for word in ("pat", "workspace"):
            self.assertIn(word, out)

    def test_pat_help(self):
        out = self.help("pat", "--help")
        for word in ("create", "list", "revoke"):
            self.assertIn(word, out)

    def test_pat_create_help_shows_every_option_env_default_and_example(self):
        out = self.help("pat", "create", "--help")
        for needle in ["--description <description>", "--expires <expires>", "[env: NITRO_DESCRIPTION]",
                       "[env: NITRO_EXPIRES]", "[default: 180]", "nitro pat create --description"] + GLOBAL_OPTIONS:
            self.assertIn(needle, out)

    def test_pat_list_help(self):
        out = self.help("pat", "list", "--help")
        for needle in ["--cursor <cursor>", "[env: NITRO_CURSOR]", "--all", "nitro pat list"] + GLOBAL_OPTIONS:
            self.assertIn(needle, out)

    def test_pat_revoke_help(self):
        out = self.help("pat", "revoke", "--help")
        for needle in ["--force", "nitro pat revoke"] + GLOBAL_OPTIONS:
            self.assertIn(needle, out)
        self.assertIn("id", out.lower())

    def test_workspace_list_help(self):
        out = self.help("workspace", "list", "--help")
        for needle in ["--cursor <cursor>", "[env: NITRO_CURSOR]", "nitro workspace list"] + GLOBAL_OPTIONS:
            self.assertIn(needle, out)

    def test_short_help_flags_are_the_same(self):
        for argv in (["pat", "create"], ["pat"], []):
            with self.subTest(argv=argv):
                long = self.help(*argv, "--help")
                self.assertEqual(self.help(*argv, "-h"), long)
                self.assertEqual(self.help(*argv, "-?"), long)

    def test_help_needs_no_credentials(self):
        code, out, err = self.nitro("pat", "create", "--help", auth=False)
        self.assertEqual(code, 0, err)
        self.assertIn("--description", out)


class UsageErrorTests(h.E2ETestCase):
    RESET_EACH_TEST = False

    def usage_error(self, *argv):
        code, out, err = self.nitro(*argv)
        self.assertEqual(code, 2, f"nitro {' '.join(argv)}: stderr={err!r}")
        self.assertEqual(out, "")
        self.assertNothingSent()
        return err

    def test_misspelled_option_gets_a_tip(self):
        err = self.usage_error("pat", "create", "--descripton", "x")
        expected = ("error: unexpected argument '--descripton' found\n"
                    "\n"
                    "  tip: a similar argument exists: '--description'\n"
                    "\n"
                    "Usage: nitro pat create [options]\n"
                    "\n"
                    "For more information, try 'nitro pat create --help'.\n")
        self.assertEqual(err.rstrip("\n") + "\n", expected)

    def test_long_options_are_not_abbreviated(self):
        err = self.usage_error("pat", "create", "--desc", "x")
        self.assertIn("error: unexpected argument '--desc'", err)

    def test_option_missing_its_value(self):
        err = self.usage_error("pat", "create", "--description", "x", "--expires")
        self.assertIn("--expires", err)
        self.assertTrue(err.startswith("error: "), err)

    def test_output_yaml(self):
        for argv in (["pat", "list"], ["pat", "create", "--description", "x"], ["workspace", "list"]):
            with self.subTest(argv=argv):
                err = self.usage_error(*argv, "--output", "yaml")
                self.assertIn("error: invalid value 'yaml' for '--output <format>'", err)
                self.assertIn("  [possible values: json]", err.splitlines())

    def test_unknown_subcommand(self):
        err = self.usage_error("pat", "bogus")
        self.assertIn("error: unrecognized subcommand 'bogus'", err)
        tips = [l for l in err.splitlines() if "tip" in l]
        self.assertTrue(tips, f"a tip line:\n{err}")
        self.assertTrue(any(s in l for l in tips for s in ("create", "list", "revoke")),
                        f"the tip names a real subcommand:\n{err}")

    def test_misspelled_subcommand_tip_names_the_close_one(self):
        for typo, real in (("lst", "list"), ("creat", "create"), ("revok", "revoke")):
            with self.subTest(typo=typo):
                err = self.usage_error("pat", typo)
                self.assertIn(f"error: unrecognized subcommand '{typo}'", err)
                self.assertIn(f"'{real}'", "\n".join(l for l in err.splitlines() if "tip" in l))

    def test_unknown_top_level_command(self):
        err = self.usage_error("bogus")
        self.assertIn("error: unrecognized subcommand 'bogus'", err)

    def test_group_without_subcommand_prints_help_on_stderr(self):
        err = self.usage_error("pat")
        self.assertIn("Usage:", err)
        for word in ("create", "list", "revoke"):
            self.assertIn(word, err)

    def test_revoke_too_many_arguments(self):
        err = self.usage_error("pat", "revoke", "a", "b", "--force")
        self.assertTrue(err.startswith("error: "), err)



class EscapesInUsageErrors(h.E2ETestCase):
    """A value echoed by a usage error is made safe for a terminal, as every other error is: one path."""

    def test_values_from_argv_and_the_environment(self):
        escape = "\x1b]0;owned\x07"
        cases = [
            (["pat", "list", "--limit", escape], {}, "invalid value '\\x1b]0;owned\\x07' for '--limit <limit>'"),
            (["pat", "list", "--output", escape], {}, "invalid value '\\x1b]0;owned\\x07' for '--output <format>'"),
            (["api", "create", "--name", "n", "--path", "/p", "--kind", escape], {},
             "invalid value '\\x1b]0;owned\\x07' for '--kind <kind>'"),
            (["pat", "list", "--" + escape], {}, "unexpected argument '--\\x1b]0;owned\\x07'"),
            (["pat", escape], {}, "unrecognized subcommand '\\x1b]0;owned\\x07'"),
            (["pat", "create", "--description", "d"], {"NITRO_EXPIRES": "1" + escape},
             "invalid value '1\\x1b]0;owned\\x07' for '--expires <expires>' (from NITRO_EXPIRES)"),
        ]
        for argv, env, expected in cases:
            with self.subTest(argv=argv, env=env):
                code, out, err = self.nitro(*argv, env=env)
                self.assertEqual(code, 2, err)
                self.assertIn(f"error: {expected}", err)
                self.assertNotIn("\x1b", err)
                self.assertNothingSent()


class StartupTests(h.E2ETestCase):
    """Commands that send nothing do not read the locale: only text measured or drawn for a terminal needs it.
    The locale's LC_CTYPE is a FIFO here, so a process that opens it waits until someone opens the other end:
    a command that read it would not finish."""

    RESET_EACH_TEST = False

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.locales = os.path.join(h.scratch_dir(), "fifo-locales")
        os.makedirs(os.path.join(cls.locales, "xx_XX.UTF-8"), exist_ok=True)
        cls.fifo = os.path.join(cls.locales, "xx_XX.UTF-8", "LC_CTYPE")
        if not os.path.exists(cls.fifo):
            os.mkfifo(cls.fifo)

    def locale_env(self):
        return {"LANG": "xx_XX.UTF-8", "LC_ALL": None, "LOCPATH": self.locales}

    LOCAL = [(("--version",), 0), (("pat", "create", "--help"), 0), (("pat", "create", "--descripton", "x"), 2),
             (("pat",), 2), (("completion", "bash"), 0), (("__complete", "pat-ids", "t"), 0)]

    def libraries(self, *argv, auth):
        """The exit code and the libraries the dynamic loader opened (its LD_DEBUG=files report on stderr)."""
        code, _, err = self.nitro(*argv, env={"LD_DEBUG": "files"}, auth=auth, timeout=30)
        return code, set(re.findall(r"\bfile=(\S+)", err))

    def test_local_commands_load_no_library_but_libc(self):
        for argv, expected in self.LOCAL:
            with self.subTest(argv=argv):
                code, libraries = self.libraries(*argv, auth=False)
                self.assertEqual(code, expected)
                self.assertIn("libc.so.6", libraries)
                self.assertEqual([name for name in libraries if re.match(r"lib(cjson|curl|jq)", name)], [])
        code, libraries = self.libraries("pat", "list", "--output", "json", auth=True)
        self.assertEqual(code, 0)
        self.assertLessEqual({"libcjson.so.1", "libcurl.so.4"}, libraries)

    def test_local_commands_never_open_the_locale(self):
        for argv, expected in self.LOCAL:
            with self.subTest(argv=argv):
                code, out, err = self.nitro(*argv, env=self.locale_env(), auth=False, timeout=10)
                self.assertEqual(code, expected, err)
        self.assertNothingSent()

    def test_a_request_still_sets_the_locale_first(self):
        """The FIFO catches a read: a request opens the locale before libcurl is loaded, and still succeeds when
        the locale turns out unreadable (a UTF-8 name falls back to C.UTF-8)."""
        env = h.make_env({**self.auth_env(), **self.locale_env()})
        # glibc's setlocale keeps 53 bytes of a locale it failed to load (__argz_add_sep): not nitro's to free,
        # and a sanitizer build would otherwise report it as nitro's leak.
        suppressions = os.path.join(h.scratch_dir(), "glibc-setlocale.supp")
        with open(suppressions, "w") as f:
            f.write("leak:__argz_add_sep\n")
        env["LSAN_OPTIONS"] = f"suppressions={suppressions}"
        proc = subprocess.Popen([str(h.NITRO_BIN), "pat", "list", "--output", "json"], env=env, cwd=h.scratch_dir(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        writer = []

        def opened():  # succeeds once the child has the FIFO open for reading
            try:
                writer.append(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))
                return True
            except OSError as error:
                if error.errno != errno.ENXIO:
                    raise
                return False

        try:
            self.assertTrue(h.wait_for(opened, timeout=10), "the request never opened the locale's LC_CTYPE")
        finally:
            for fd in writer:
                os.close(fd)
            try:
                out, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn('"values"', out.decode())
