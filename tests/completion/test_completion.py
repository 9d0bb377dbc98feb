"""The completion scripts in real shells: bash (with bash-completion), zsh
(compinit, _nitro on $fpath) and fish, with the built binary first on PATH
(NITRO_BIN) and, for token IDs, the Nitro emulator behind NITRO_CLOUD_URL.

bash and zsh run interactively in a pseudo-terminal (pexpect): the test types
a line and TAB, then Ctrl-A and `echo 'LINE:'` + Enter, so the shell prints the
line as completion left it; listings are read from the screen. fish answers
`complete -C LINE` directly.

    python3 -m unittest discover -s tests/completion -t . -v
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import unittest
from pathlib import Path

from tests.e2e.harness import SANITIZER_VARS, Emulator, NITRO_BIN, binary_problem

ROOT = Path(__file__).resolve().parents[2]
COMPLETIONS = ROOT / "generated" / "completions"
BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>]|[\r\x07\x08]")
PROMPT = "READY> "


def need(program):
    if not shutil.which(program):
        raise AssertionError(f"{program} is not installed (apt-get install bash-completion zsh fish); "
                             f"the completion tests never skip")


def shell_env(extra=None):
    """A clean environment: the binary's directory first on PATH, a temporary HOME."""
    home = tempfile.mkdtemp(prefix="nitro-completion-home-")
    env = {
        "PATH": f"{NITRO_BIN.parent}:{os.environ.get('PATH', '/usr/bin:/bin')}",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "TERM": "xterm",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
    }
    for key in SANITIZER_VARS:
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra or {})
    return env, home


def settle(child, quiet=0.4, limit=15.0):
    """Everything the child prints until it is quiet for `quiet` seconds."""
    import pexpect
    chunks = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            chunks.append(child.read_nonblocking(65536, timeout=quiet))
        except pexpect.TIMEOUT:
            break
        except pexpect.EOF:
            break
    return "".join(chunks)


class InteractiveShell:
    """bash or zsh in a pty, ready at PROMPT with the completion loaded."""

    def __init__(self, argv, setup, env):
        import pexpect
        self.child = pexpect.spawn(argv[0], argv[1:], env=env, encoding="utf-8", codec_errors="replace",
                                   dimensions=(60, 400), timeout=20)
        self.child.sendline(setup)
        self.child.expect_exact(PROMPT)
        settle(self.child)

    def tab(self, line):
        """Types `line` and TAB; returns (the line after completion, the screen text it showed)."""
        self.child.send(line + "\t")
        screen = ANSI.sub("", settle(self.child))
        self.child.send("\x01echo 'LI''NE:'\r")
        self.child.expect(r"LINE:([^\r\n]*)\r?\n")
        completed = ANSI.sub("", self.child.match.group(1))
        self.child.expect_exact(PROMPT)
        settle(self.child, quiet=0.2)
        return completed, screen

    def close(self):
        self.child.close(force=True)


def bash_shell(env, equals_breaks_words=True):
    need("bash")
    if not BASH_COMPLETION.exists():
        raise AssertionError(f"{BASH_COMPLETION} is missing (apt-get install bash-completion)")
    setup = (f"PS1='{PROMPT[:2]}''{PROMPT[2:]}'; bind 'set show-all-if-ambiguous on'; "
             "bind 'set bell-style none'; bind 'set completion-query-items 0'; bind 'set page-completions off'; "
             f"source {BASH_COMPLETION}; source {COMPLETIONS / 'nitro.bash'}")
    if not equals_breaks_words:
        setup += "; COMP_WORDBREAKS=${COMP_WORDBREAKS//=/}"
    return InteractiveShell(["bash", "--norc", "--noprofile", "-i"], setup, env)


def zsh_shell(env, home):
    need("zsh")
    fpath = Path(home) / "site-functions"
    fpath.mkdir(exist_ok=True)
    shutil.copy(COMPLETIONS / "_nitro", fpath / "_nitro")
    setup = (f"PROMPT='{PROMPT[:2]}''{PROMPT[2:]}'; unsetopt BEEP PROMPT_SP LIST_AMBIGUOUS; bindkey -e; fpath=({fpath} $fpath); "
             f"autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' list-prompt ''; "
             "zstyle ':completion:*' menu no; LISTMAX=0")
    return InteractiveShell(["zsh", "-f", "-i"], setup, dict(env, ZDOTDIR=home))


def fish_complete(line, env):
    """fish's candidates for `line`: a list of (value, description)."""
    need("fish")
    script = f"source {COMPLETIONS / 'nitro.fish'}; complete -C {fish_literal(line)}"
    result = subprocess.run(["fish", "--no-config", "-c", script], env=env, capture_output=True, text=True,
                            timeout=30)
    if result.returncode != 0:
        raise AssertionError(f"fish failed: {result.stderr}")
    return [tuple((l.split("\t", 1) + [""])[:2]) for l in result.stdout.splitlines() if l]


def fish_literal(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class CompletionCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        problem = binary_problem()
        if problem:
            self.fail(problem)
        self.env, self.home = shell_env(self.extra_env())
        self.addCleanup(shutil.rmtree, self.home, True)

    def extra_env(self):
        return {}

    def bash(self, equals_breaks_words=True):
        shell = bash_shell(self.env, equals_breaks_words)
        self.addCleanup(shell.close)
        return shell

    def zsh(self):
        shell = zsh_shell(self.env, self.home)
        self.addCleanup(shell.close)
        return shell

    def fish(self, line):
        return fish_complete(line, self.env)


class StaticCompletions(CompletionCase):
    """Commands, options and option values: no server involved (and none reachable)."""

    def extra_env(self):
        # A port nothing listens on: nothing here may need the server.
        return {"NITRO_CLOUD_URL": "http://127.0.0.1:9"}

    CASES = [
        ("nitro pat c", "nitro pat create "),
        ("nitro pat create --e", "nitro pat create --expires "),
        ("nitro pat create --output ", "nitro pat create --output json "),
        ("nitro comp", "nitro completion "),
        ("nitro completion z", "nitro completion zsh "),
        ("nitro --output json pat l", "nitro --output json pat list "),
        ("nitro workspace list --cu", "nitro workspace list --cursor "),
    ]

    def test_bash(self):
        shell = self.bash()
        for line, expected in self.CASES + [("nitro pat create --output=", "nitro pat create --output=json ")]:
            with self.subTest(line=line):
                self.assertEqual(shell.tab(line)[0], expected.rstrip(" "))

    def test_bash_without_equals_in_comp_wordbreaks(self):
        shell = self.bash(equals_breaks_words=False)
        self.assertEqual(shell.tab("nitro pat create --output=")[0], "nitro pat create --output=json")
        self.assertEqual(shell.tab("nitro pat create --output=j")[0], "nitro pat create --output=json")
        self.assertEqual(shell.tab("nitro pat c")[0], "nitro pat create")

    def test_zsh(self):
        shell = self.zsh()
        for line, expected in self.CASES + [("nitro pat create --output=", "nitro pat create --output=json ")]:
            with self.subTest(line=line):
                self.assertEqual(shell.tab(line)[0], expected.rstrip(" "))

    def test_fish(self):
        for line, expected in self.CASES:
            with self.subTest(line=line):
                word = expected.rstrip(" ").rsplit(" ", 1)[-1]
                values = [v for v, _ in self.fish(line)]
                self.assertIn(word, values)
        self.assertIn("--output=json", [v for v, _ in self.fish("nitro pat create --output=")])

    def test_options_per_command_include_the_globals(self):
        values = {v for v, _ in self.fish("nitro pat create --")}
        self.assertTrue({"--description", "--expires", "--api-key", "--cloud-url", "--output", "--help"} <= values,
                        values)
        self.assertNotIn("--force", values)
        self.assertIn("--force", {v for v, _ in self.fish("nitro pat revoke --")})
        _, screen = self.bash().tab("nitro pat revoke --")
        for option in ("--force", "--api-key", "--cloud-url", "--output", "--help"):
            self.assertIn(option, screen)
        self.assertNotIn("--expires", screen)

    def test_subcommands_with_descriptions_and_no_hidden_command(self):
        candidates = dict(self.fish("nitro "))
        self.assertEqual(candidates.get("pat"), "Manage personal access tokens.")
        self.assertFalse([v for v in candidates if v.startswith("__")], candidates)
        _, screen = self.zsh().tab("nitro ")
        self.assertIn("Manage personal access tokens.", screen)
        self.assertNotIn("__complete", screen)
        _, screen = self.bash().tab("nitro ")
        self.assertIn("workspace", screen)
        self.assertNotIn("__complete", screen)

    def test_option_values_without_completions_offer_no_files(self):
        Path(self.home, "some-file").write_text("x")
        self.assertEqual(self.fish("nitro pat create --description "), [])
        self.assertEqual(self.bash().tab("nitro pat create --description ")[0], "nitro pat create --description")

    def test_no_credentials_no_ids_quickly(self):
        env = dict(self.env)
        env.pop("NITRO_API_KEY", None)
        started = time.monotonic()
        self.assertEqual(fish_complete("nitro pat revoke ", env), [])
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(self.bash().tab("nitro pat revoke ")[0], "nitro pat revoke")


class DynamicCompletions(CompletionCase):
    """`nitro pat revoke <TAB>` offers the IDs of the emulator's tokens."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.emulator = Emulator()
        cls.addClassCleanup(cls.emulator.stop)
        cls.emulator.start()
        for i in range(3):
            cls.emulator.create_token(f"completion-{i}")
        cls.tokens = cls.emulator.all_tokens()
        assert len(cls.tokens) >= 3, cls.tokens

    def extra_env(self):
        return {"NITRO_CLOUD_URL": self.emulator.base_url, "NITRO_API_KEY": self.emulator.credentials["pat"]}

    def test_bash_offers_the_ids(self):
        _, screen = self.bash().tab("nitro pat revoke ")
        for token in self.tokens:
            self.assertIn(token["id"], screen)

    def test_bash_completes_one_id(self):
        token = self.tokens[-1]
        prefix = unique_prefix(token["id"], [t["id"] for t in self.tokens])
        self.assertEqual(self.bash().tab(f"nitro pat revoke {prefix}")[0], f"nitro pat revoke {token['id']}")

    def test_zsh_offers_the_ids_with_descriptions(self):
        _, screen = self.zsh().tab("nitro pat revoke ")
        for token in self.tokens:
            self.assertIn(token["id"], screen)
            self.assertIn(token["description"], screen)

    def test_fish_offers_the_ids_with_descriptions(self):
        candidates = dict(self.fish("nitro pat revoke "))
        for token in self.tokens:
            self.assertEqual(candidates.get(token["id"]), token["description"])

    def test_api_key_on_the_command_line_is_passed_on(self):
        env = dict(self.env)
        key = env.pop("NITRO_API_KEY")
        self.assertEqual(fish_complete("nitro pat revoke ", env), [])
        line = f"nitro --api-key {key} pat revoke "
        self.assertEqual({t["id"] for t in self.tokens}, {v for v, _ in fish_complete(line, env)})
        line = f"nitro pat revoke --api-key={key} "
        self.assertEqual({t["id"] for t in self.tokens}, {v for v, _ in fish_complete(line, env)})


def unique_prefix(text, others):
    for n in range(1, len(text) + 1):
        if sum(1 for o in others if o.startswith(text[:n])) == 1:
            return text[:n]
    return text


class CompleteProtocol(unittest.TestCase):
    """The hidden `nitro __complete`: one `value<TAB>description` a line, silent, quick."""

    def run_complete(self, *args, env=None, timeout=20):
        full, home = shell_env(env)
        self.addCleanup(shutil.rmtree, home, True)
        started = time.monotonic()
        result = subprocess.run([str(NITRO_BIN), "__complete", *args], env=full, capture_output=True, text=True,
                                timeout=timeout, stdin=subprocess.DEVNULL)
        return result, time.monotonic() - started

    def test_without_credentials_nothing_at_once(self):
        result, elapsed = self.run_complete("--", "pat-ids")
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))
        self.assertLess(elapsed, 2)

    def test_unreachable_server_nothing(self):
        result, elapsed = self.run_complete("pat-ids", env={"NITRO_API_KEY": "k",
                                                             "NITRO_CLOUD_URL": "http://127.0.0.1:9"})
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))
        self.assertLess(elapsed, 3)

    def test_a_server_that_never_answers_is_given_up_within_the_timeout(self):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        self.addCleanup(server.close)
        accepted = []

        def accept():
            try:
                while True:
                    accepted.append(server.accept()[0])  # read nothing, answer nothing
            except OSError:
                pass
        threading.Thread(target=accept, daemon=True).start()
        self.addCleanup(lambda: [c.close() for c in accepted])
        port = server.getsockname()[1]
        result, elapsed = self.run_complete(
            "pat-ids", env={"NITRO_API_KEY": "k", "NITRO_CLOUD_URL": f"http://127.0.0.1:{port}",
                            "NITRO_TIMEOUT": "30"})
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))
        self.assertLess(elapsed, 4.5)

    def test_an_unknown_completer_is_a_usage_error(self):
        result, _ = self.run_complete("bogus")
        self.assertEqual(result.returncode, 2)
        self.assertIn("invalid value 'bogus' for '<completer>'", result.stderr)

    def test_hidden_from_help(self):
        result = subprocess.run([str(NITRO_BIN), "--help"], capture_output=True, text=True, timeout=20)
        self.assertNotIn("__complete", result.stdout)
        self.assertIn("completion", result.stdout)


class CompleteAgainstTheEmulator(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = Emulator()
        cls.addClassCleanup(cls.emulator.stop)
        cls.emulator.start()
        cls.emulator.create_token("with\ttab")
        cls.tokens = cls.emulator.all_tokens()

    def run_complete(self, *args):
        env, home = shell_env({"NITRO_CLOUD_URL": self.emulator.base_url,
                               "NITRO_API_KEY": self.emulator.credentials["pat"]})
        self.addCleanup(shutil.rmtree, home, True)
        return subprocess.run([str(NITRO_BIN), "__complete", *args], env=env, capture_output=True, text=True,
                              timeout=20, stdin=subprocess.DEVNULL)

    def test_one_candidate_a_line(self):
        result = self.run_complete("--", "pat-ids")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        expected = [f"{t['id']}\t{t['description'].replace(chr(9), ' ')}" for t in self.tokens]
        self.assertEqual(sorted(result.stdout.splitlines()), sorted(expected))

    def test_prefix(self):
        token = self.tokens[0]
        prefix = unique_prefix(token["id"], [t["id"] for t in self.tokens])
        result = self.run_complete("pat-ids", prefix)
        self.assertEqual([l.split("\t")[0] for l in result.stdout.splitlines()], [token["id"]])

    def test_workspace_ids(self):
        result = self.run_complete("workspace-ids")
        self.assertEqual(result.returncode, 0, result.stderr)
        workspaces = self.emulator.list_workspaces()
        self.assertEqual(sorted(result.stdout.splitlines()),
                         sorted(f"{w['id']}\t{w['name']}" for w in workspaces))


class CompletionCommand(unittest.TestCase):
    def test_prints_the_generated_scripts(self):
        for shell, name in (("bash", "nitro.bash"), ("zsh", "_nitro"), ("fish", "nitro.fish")):
            with self.subTest(shell=shell):
                result = subprocess.run([str(NITRO_BIN), "completion", shell], capture_output=True, text=True,
                                        timeout=20)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stdout, (COMPLETIONS / name).read_text())

    def test_unknown_shell(self):
        result = subprocess.run([str(NITRO_BIN), "completion", "tcsh"], capture_output=True, text=True, timeout=20)
        self.assertEqual(result.returncode, 2)
        self.assertIn("invalid value 'tcsh' for '<shell>'", result.stderr)
        self.assertIn("[possible values: bash, zsh, fish]", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_a_sourced_script_works(self):
        """`source <(nitro completion bash)` and `nitro completion fish | source`, as the help says."""
        env, home = shell_env()
        self.addCleanup(shutil.rmtree, home, True)
        script = (f"source {BASH_COMPLETION}; source <(nitro completion bash); complete -p nitro")
        result = subprocess.run(["bash", "--norc", "-c", script], env=env, capture_output=True, text=True,
                                timeout=30)
        self.assertIn("complete -F _nitro nitro", result.stdout, result.stderr)
        result = subprocess.run(["fish", "--no-config", "-c", "nitro completion fish | source; complete -C 'nitro pat c'"],
                                env=env, capture_output=True, text=True, timeout=30)
        self.assertIn("create", result.stdout, result.stderr)


if __name__ == "__main__":
    unittest.main()
