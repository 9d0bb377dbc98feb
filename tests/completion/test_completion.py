"""The completion scripts in real shells: bash (with bash-completion), zsh
(compinit, _nitro on $fpath) and fish, with the built binary first on PATH
(NITRO_BIN) and, for token IDs, the Nitro emulator behind NITRO_CLOUD_URL.

bash and zsh run interactively in a pseudo-terminal (pexpect): the test types
a line and TAB, then Ctrl-A and `echo 'LINE:'` + Enter, so the shell prints the
line as completion left it; listings are read from the screen. fish answers
`complete -C LINE` directly. bash also runs without bash-completion (the
script's own fallback), and fish also with the qmark-noglob feature that fish 4
turns on (`?` is no wildcard there). Server values that are shell code are
completed in all three shells and the line is run with Enter.

    python3 -m unittest discover -s tests/completion -t . -v
"""

import os
import re
import sys
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import unittest
from pathlib import Path

from tests.completion.hostile_server import TokenServer, token
from tests.e2e.harness import OPERATIONS_DIR as OPERATIONS, SANITIZER_VARS, Emulator, NITRO_BIN, binary_problem

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

    def tab(self, line, quiet=0.4):
        """Types `line` and TAB; returns (the line after completion, the screen text it showed once quiet for
        `quiet` seconds)."""
        self.child.send(line + "\t")
        screen = ANSI.sub("", settle(self.child, quiet=quiet))
        self.child.send("\x01echo 'LI''NE:'\r")
        self.child.expect(r"LINE:([^\r\n]*)\r?\n")
        completed = ANSI.sub("", self.child.match.group(1))
        self.child.expect_exact(PROMPT)
        settle(self.child, quiet=0.2)
        return completed, screen

    def close(self):
        self.child.close(force=True)


def bash_shell(env, equals_breaks_words=True, bash_completion=True, script=None):
    """bash with bash-completion loaded (or, bash_completion=False, without it: plain `complete -F`) and the
    script sourced (`script`: a command that does, such as `source <(nitro completion bash)`)."""
    need("bash")
    if not BASH_COMPLETION.exists():
        raise AssertionError(f"{BASH_COMPLETION} is missing (apt-get install bash-completion)")
    setup = (f"PS1='{PROMPT[:2]}''{PROMPT[2:]}'; bind 'set show-all-if-ambiguous on'; "
             "bind 'set bell-style none'; bind 'set completion-query-items 0'; bind 'set page-completions off'; ")
    if bash_completion:
        setup += f"source {BASH_COMPLETION}; "
    setup += script or f"source {COMPLETIONS / 'nitro.bash'}"
    if not equals_breaks_words:
        setup += "; COMP_WORDBREAKS=${COMP_WORDBREAKS//=/}"
    if not bash_completion:
        setup += "; declare -F _init_completion _filedir >/dev/null && echo 'bash-completion is loaded'"
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


# fish 4 (Debian 13) turns this feature on for good; fish 3.6 has it as an option.
FISH4_FEATURES = ["--features", "qmark-noglob"]


def fish_complete(line, env, features=()):
    """fish's candidates for `line`: a list of (value, description)."""
    need("fish")
    script = f"source {COMPLETIONS / 'nitro.fish'}; complete -C {fish_literal(line)}"
    result = subprocess.run(["fish", "--no-config", *features, "-c", script], env=env, capture_output=True,
                            text=True, timeout=30)
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

    def bash(self, equals_breaks_words=True, bash_completion=True):
        shell = bash_shell(self.env, equals_breaks_words, bash_completion)
        self.addCleanup(shell.close)
        return shell

    def zsh(self):
        shell = zsh_shell(self.env, self.home)
        self.addCleanup(shell.close)
        return shell

    def fish(self, line, features=()):
        return fish_complete(line, self.env, features)


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

    def test_bash_without_bash_completion(self):
        """`source <(nitro completion bash)` in a bash without bash-completion: plain `complete -F`."""
        shell = bash_shell(self.env, bash_completion=False, script="source <(nitro completion bash)")
        self.addCleanup(shell.close)
        cases = self.CASES + [("nitro pat create --output=", "nitro pat create --output=json "),
                              ("nitro pat create --output=j", "nitro pat create --output=json "),
                              ("nitro pat revoke --f", "nitro pat revoke --force "),
                              ("nitro --api-key k pat rev", "nitro --api-key k pat revoke "),
                              ("nitro pat create --description 'a b' --e", "nitro pat create --description a b --expires ")]
        for line, expected in cases:
            with self.subTest(line=line):
                self.assertEqual(shell.tab(line)[0], expected.rstrip(" "))
        _, screen = shell.tab("nitro pat revoke --")
        for option in ("--force", "--api-key", "--help"):
            self.assertIn(option, screen)
        self.assertNotIn("bash-completion is loaded", screen)

    def test_bash_without_bash_completion_or_equals_in_comp_wordbreaks(self):
        shell = self.bash(equals_breaks_words=False, bash_completion=False)
        self.assertEqual(shell.tab("nitro pat create --output=")[0], "nitro pat create --output=json")
        self.assertEqual(shell.tab("nitro pat c")[0], "nitro pat create")

    def test_fish_with_the_features_of_fish_4(self):
        """fish 4 reads `?` literally (qmark-noglob): options must still be told from arguments."""
        for line, expected in self.CASES:
            with self.subTest(line=line):
                word = expected.rstrip(" ").rsplit(" ", 1)[-1]
                self.assertIn(word, [v for v, _ in self.fish(line, FISH4_FEATURES)])
        # An option's value is no command word: --output json pat <TAB> offers pat's subcommands.
        self.assertIn("create", [v for v, _ in self.fish("nitro --output json pat ", FISH4_FEATURES)])
        self.assertIn("--force", [v for v, _ in self.fish("nitro pat revoke --", FISH4_FEATURES)])
        # An option before a positional argument is not counted as one.
        self.assertIn("zsh", [v for v, _ in self.fish("nitro --verbose completion ", FISH4_FEATURES)])
        self.assertIn("zsh", [v for v, _ in self.fish("nitro completion --verbose z", FISH4_FEATURES)])

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

    def test_top_level_offers_only_what_is_accepted_there(self):
        """Before a command's name the parser takes --cloud-url, --api-key, --output, --verbose (and --help,
        --version): a list's --cursor, --all, --limit and a result's --jq only after it, so only there are they
        offered."""
        scoped = {"--cursor", "--all", "--limit", "--jq"}
        for line in ("nitro --", "nitro pat --"):
            with self.subTest(line=line):
                values = {v for v, _ in self.fish(line)}
                self.assertTrue({"--cloud-url", "--api-key", "--output", "--verbose", "--help"} <= values, values)
                self.assertFalse(scoped & values, values)
                for name, shell in (("bash", self.bash()), ("zsh", self.zsh())):
                    _, screen = shell.tab(line)
                    self.assertIn("--cloud-url", screen, name)
                    for option in scoped:
                        self.assertNotRegex(screen, rf"(?<![\w-]){option}(?![\w-])", f"{name}: {screen}")
        self.assertTrue(scoped <= {v for v, _ in self.fish("nitro pat list --")})

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

    def test_bash_without_bash_completion_offers_the_ids(self):
        _, screen = self.bash(bash_completion=False).tab("nitro pat revoke ")
        for token_ in self.tokens:
            self.assertIn(token_["id"], screen)

    def test_workspace_id_everywhere_it_exists(self):
        """--workspace-id <TAB> offers the workspaces on every command that has the option (from the spec)."""
        workspaces = self.emulator.list_workspaces()
        self.assertTrue(workspaces)
        commands = ["workspace set-default", "login", "api-key create", "api-key list", "api create", "api list"]
        for command in commands:
            with self.subTest(command=command):
                candidates = dict(self.fish(f"nitro {command} --workspace-id "))
                self.assertEqual({w["id"]: w["name"] for w in workspaces}, candidates)
        bash = self.bash()
        zsh = self.zsh()
        for command in ("workspace set-default", "login"):
            with self.subTest(command=command):
                for shell in (bash, zsh):
                    _, screen = shell.tab(f"nitro {command} --workspace-id ")
                    for workspace in workspaces:
                        self.assertIn(workspace["id"], screen)
                        self.assertIn(workspace["name"], screen)

    def test_options_of_lists_before_the_word_do_not_stop_it(self):
        """--limit, --cursor and --jq before the word are the list's, not the completion's: they are not passed
        on, and the workspaces are still offered in bash, zsh and fish."""
        workspaces = self.emulator.list_workspaces()
        line = "nitro api-key list --limit 5 --cursor abc --jq .id --all --workspace-id "
        self.assertEqual({w["id"]: w["name"] for w in workspaces}, dict(self.fish(line)))
        for name, shell in (("bash", self.bash()), ("zsh", self.zsh())):
            with self.subTest(shell=name):
                _, screen = shell.tab(line)
                for workspace in workspaces:
                    self.assertIn(workspace["id"], screen)

    def test_fish_4_passes_the_api_key_of_the_command_line_on(self):
        env = dict(self.env)
        key = env.pop("NITRO_API_KEY")
        ids = {t["id"] for t in self.tokens}
        for line in (f"nitro --api-key {key} pat revoke ", f"nitro pat revoke --api-key={key} ",
                     f"nitro pat revoke --force --api-key {key} "):
            with self.subTest(line=line):
                self.assertEqual(ids, {v for v, _ in fish_complete(line, env, FISH4_FEATURES)})

    def test_api_key_on_the_command_line_is_passed_on(self):
        env = dict(self.env)
        key = env.pop("NITRO_API_KEY")
        self.assertEqual(fish_complete("nitro pat revoke ", env), [])
        line = f"nitro --api-key {key} pat revoke "
        self.assertEqual({t["id"] for t in self.tokens}, {v for v, _ in fish_complete(line, env)})
        line = f"nitro pat revoke --api-key={key} "
        self.assertEqual({t["id"] for t in self.tokens}, {v for v, _ in fish_complete(line, env)})


class RegistryCompletions(CompletionCase):
    """--api-id, --client-id and --stage offer the server's APIs, clients and stages: each completer's list
    takes what it needs (the workspace, the API) from the line being completed or the environment."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.emulator = Emulator()
        cls.addClassCleanup(cls.emulator.stop)
        cls.emulator.start()
        cls.team = next(w for w in cls.emulator.list_workspaces() if w["name"] == "Team Nitro")
        cls.apis = {}
        for name in ("catalog", "orders"):
            cls.apis[cls.emulator.create_api(cls.team["id"], name, ["completion", name])["id"]] = name
        cls.api = next(iter(cls.apis))
        stages = [{"name": n, "displayName": n, "conditions": []} for n in ("dev", "prod")]
        key = cls.emulator.credentials["pat"]
        status, doc = cls.emulator.graphql("UpdateStages", {"input": {"apiId": cls.api, "updatedStages": stages}},
                                           key=key, query=(OPERATIONS / "update-stages.graphql").read_text().strip())
        assert status == 200 and not doc["data"]["updateStages"]["errors"], doc
        cls.clients = {}
        for name in ("web", "ios"):
            status, doc = cls.emulator.graphql("CreateClientCommandMutation",
                                               {"input": {"apiId": cls.api, "name": name}}, key=key,
                                               query=(OPERATIONS / "create-client.graphql").read_text().strip())
            cls.clients[doc["data"]["createClient"]["client"]["id"]] = name

    def extra_env(self):
        return {"NITRO_CLOUD_URL": self.emulator.base_url, "NITRO_API_KEY": self.emulator.credentials["pat"]}

    def without(self, *names):
        return {k: v for k, v in self.env.items() if k not in names}

    def test_api_ids_of_the_workspace_on_the_line_or_in_the_environment(self):
        line = f"nitro api-key create --workspace-id {self.team['id']} --api-id "
        self.assertEqual(dict(self.fish(line)), self.apis)
        env = dict(self.env, NITRO_WORKSPACE_ID=self.team["id"])
        for command in ("schema publish", "client create", "stage list", "client download"):
            with self.subTest(command=command):
                self.assertEqual(dict(fish_complete(f"nitro {command} --api-id ", env)), self.apis)
        # No workspace anywhere (no session either): nothing, quietly.
        self.assertEqual(fish_complete("nitro schema publish --api-id ", self.without("NITRO_WORKSPACE_ID")), [])

    def test_stage_names_of_the_api_on_the_line(self):
        self.assertEqual(fish_complete(f"nitro schema publish --api-id {self.api} --stage ", self.env),
                         [("dev", ""), ("prod", "")])
        self.assertEqual([v for v, _ in fish_complete(f"nitro stage delete --api-id={self.api} --stage ",
                                                      self.env)], ["dev", "prod"])
        # client publish has no --api-id: the API comes from NITRO_API_ID, else nothing is offered.
        self.assertEqual(fish_complete("nitro client publish --stage ", dict(self.env, NITRO_API_ID=self.api)),
                         [("dev", ""), ("prod", "")])
        self.assertEqual(fish_complete("nitro client publish --stage ", self.env), [])
        for name, shell in (("bash", self.bash()), ("zsh", self.zsh())):
            with self.subTest(shell=name):
                _, screen = shell.tab(f"nitro schema download --api-id {self.api} --stage ")
                self.assertIn("dev", screen)
                self.assertIn("prod", screen)

    def test_client_ids_of_the_api_in_the_environment(self):
        env = dict(self.env, NITRO_API_ID=self.api)
        for command in ("client publish", "client unpublish", "client list versions", "client upload"):
            with self.subTest(command=command):
                self.assertEqual(dict(fish_complete(f"nitro {command} --client-id ", env)), self.clients)
        _, screen = self.bash().tab(f"nitro --api-key {self.emulator.credentials['pat']} client validate "
                                    "--client-id ")
        self.assertNotIn(next(iter(self.clients)), screen)  # no API known
        # login's --client-id is an OAuth client id, not a Nitro client: nothing from the server.
        self.assertEqual(fish_complete("nitro login --client-id ", env), [])

    def test_protocol(self):
        full = dict(self.env)
        result = subprocess.run([str(NITRO_BIN), "__complete", "--api-id", self.api, "--", "stage-names", "p"],
                                env=full, capture_output=True, text=True, timeout=20, stdin=subprocess.DEVNULL)
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "prod\t\n", ""))
        result = subprocess.run([str(NITRO_BIN), "__complete", "--", "client-ids"], env=full, capture_output=True,
                                text=True, timeout=20, stdin=subprocess.DEVNULL)
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))


class NewestFirst(CompletionCase):
    """More tokens than one page: the newest are offered first, with descriptions, a token created a moment
    ago among them (the list is oldest first and the documents can only page forward)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.emulator = Emulator(seed_tokens=130)
        cls.addClassCleanup(cls.emulator.stop)
        cls.emulator.start()
        cls.fresh = [cls.emulator.create_token(f"fresh-{i}") for i in range(2)]
        cls.tokens = cls.emulator.all_tokens()
        assert len(cls.tokens) > 100, len(cls.tokens)
        newest = sorted(cls.tokens, key=lambda t: (t["createdAt"], t["id"]), reverse=True)
        cls.newest = [t for t in cls.tokens if t["id"] in {f["id"] for f in cls.fresh}][::-1]
        assert {t["id"] for t in newest[:2]} == {t["id"] for t in cls.newest}, (newest[:2], cls.newest)

    def extra_env(self):
        return {"NITRO_CLOUD_URL": self.emulator.base_url, "NITRO_API_KEY": self.emulator.credentials["pat"]}

    def test_protocol_newest_first(self):
        result = subprocess.run([str(NITRO_BIN), "__complete", "--", "pat-ids"], env=self.env, capture_output=True,
                                text=True, timeout=20, stdin=subprocess.DEVNULL)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        lines = [line.split("\t") for line in result.stdout.splitlines()]
        self.assertEqual(len(lines), 50)
        by_id = {t["id"]: t for t in self.tokens}
        self.assertEqual([l[0] for l in lines[:2]], [t["id"] for t in self.newest])
        self.assertEqual(lines[0][1], self.newest[0]["description"])
        created = [parse_date(by_id[l[0]]["createdAt"]) for l in lines]
        self.assertEqual(created, sorted(created, reverse=True))
        # The 50 newest: nothing left out is newer than the last one offered.
        offered = {l[0] for l in lines}
        self.assertFalse([t for t in self.tokens if t["id"] not in offered and parse_date(t["createdAt"]) > created[-1]])

    def test_fish_newest_first_with_descriptions(self):
        candidates = self.fish("nitro pat revoke ")
        self.assertEqual(candidates[:2], [(t["id"], t["description"]) for t in self.newest])

    def test_zsh_newest_first_with_descriptions(self):
        _, screen = self.zsh().tab("nitro pat revoke ", quiet=1.5)
        first, second = (screen.find(t["id"]) for t in self.newest)
        self.assertTrue(0 <= first < second, screen)
        self.assertIn(self.newest[0]["description"], screen)

    def check_bash_menu(self, shell):
        """One `id  description` row a candidate, newest first; the common start of the ids is inserted."""
        line, screen = shell.tab("nitro pat revoke ", quiet=1.5)
        rows = [r.strip() for r in screen.splitlines() if r.strip().startswith(self.newest[0]["id"][:20])]
        self.assertGreaterEqual(len(rows), 2, screen)
        for row, fresh in zip(rows, self.newest):
            self.assertRegex(row, "^" + re.escape(fresh["id"]) + r" {2,}" + re.escape(fresh["description"]) + "$")
        common = os.path.commonprefix([t["id"] for t in self.tokens])
        self.assertEqual(line, f"nitro pat revoke {common}".rstrip())

    def test_bash_menu_newest_first(self):
        self.check_bash_menu(self.bash())

    def test_bash_without_bash_completion_menu_newest_first(self):
        self.check_bash_menu(self.bash(bash_completion=False))

    def test_bash_inserts_one_id_without_its_description(self):
        fresh = self.newest[0]["id"]
        prefix = unique_prefix(fresh, [t["id"] for t in self.tokens])
        for shell in (self.bash(), self.bash(bash_completion=False)):
            self.assertEqual(shell.tab(f"nitro pat revoke {prefix}")[0], f"nitro pat revoke {fresh}")


def parse_date(text):
    from tests.e2e.harness import parse_iso
    return parse_iso(text)


class ServerValuesThatAreShellCode(CompletionCase):
    """A token ID that is shell code is never offered, so TAB and Enter cannot run it; the other IDs still
    are (issue: a server's ID completed in bash ran its command substitution). `nitro __complete` leaves such
    values out: quoting is not enough in bash, whose readline inserts the common start of several candidates
    unquoted."""

    def setUp(self):
        super().setUp()
        self.marker = os.path.join(self.home, "pwned")
        self.hostile = "Uabc$(touch${IFS}" + self.marker + ");x"
        self.server = TokenServer([[token(self.hostile, "hostile"), token(self.hostile + "y", "hostile too"),
                                    token("Uabc`touch${IFS}" + self.marker + "`", "backquotes"),
                                    token("Uabc;touch " + self.marker, "separator"),
                                    token("Uabd-ok", "a plain one")]])
        self.server.__enter__()
        self.addCleanup(self.server.__exit__)
        self.env.update(NITRO_CLOUD_URL=self.server.url, NITRO_API_KEY="hostile-test-key")

    def complete_and_run(self, shell):
        """`nitro pat revoke --force Uab<TAB>` then Enter: only the plain ID fits, and it is what nitro sends."""
        shell.child.send("nitro pat revoke --force Uab\t")
        settle(shell.child)
        shell.child.send("\r")
        shell.child.expect_exact(PROMPT)
        settle(shell.child, quiet=0.2)
        self.assertFalse(os.path.exists(self.marker), "the server's ID ran as a command")
        self.assertEqual(self.server.revoked_ids(), ["Uabd-ok"])

    def test_bash(self):
        self.complete_and_run(self.bash())

    def test_bash_without_bash_completion(self):
        self.complete_and_run(self.bash(bash_completion=False))

    def test_zsh(self):
        self.complete_and_run(self.zsh())

    def test_fish(self):
        self.complete_and_run(fish_shell(self.env, self))

    def test_fish_4(self):
        self.complete_and_run(fish_shell(self.env, self, FISH4_FEATURES))

    def test_not_listed_either(self):
        line, screen = self.bash().tab("nitro pat revoke ", quiet=1.5)
        self.assertEqual(line, "nitro pat revoke Uabd-ok")  # the one candidate left
        self.assertNotIn("touch", screen)
        self.assertEqual(self.fish("nitro pat revoke "), [("Uabd-ok", "a plain one")])


def fish_shell(env, case, features=()):
    """An interactive fish in a pty with the script sourced, ready at PROMPT."""
    need("fish")
    shell = InteractiveShell(["fish", "--no-config", *features, "-i"],
                             f"function fish_prompt; printf '{PROMPT[:2]}''{PROMPT[2:]}'; end; "
                             f"source {COMPLETIONS / 'nitro.fish'}", env)
    case.addCleanup(shell.close)
    return shell


class CompletePaging(unittest.TestCase):
    """`nitro __complete` pages to the newest tokens within its 2 s budget, whatever the server does."""

    def run_complete(self, server):
        env, home = shell_env({"NITRO_CLOUD_URL": server.url, "NITRO_API_KEY": "k"})
        self.addCleanup(shutil.rmtree, home, True)
        started = time.monotonic()
        result = subprocess.run([str(NITRO_BIN), "__complete", "--", "pat-ids"], env=env, capture_output=True,
                                text=True, timeout=20, stdin=subprocess.DEVNULL)
        return result, time.monotonic() - started

    def test_a_slow_endless_list_is_cut_at_the_budget(self):
        pages = [[token(f"T{p}-{i}", f"page {p}", f"2026-01-{p + 1:02d}T00:00:00Z") for i in range(3)]
                 for p in range(30)]
        with TokenServer(pages, delay=0.3, endless=True) as server:
            result, elapsed = self.run_complete(server)
            requests = len(server.operations())
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        self.assertLess(elapsed, 2.6)
        self.assertGreater(requests, 1)
        self.assertLess(requests, 8)
        ids = [l.split("\t")[0] for l in result.stdout.splitlines()]
        # What the pages read gave, newest first: the last page answered (the last request, or the one before
        # it when that one outlived the budget), its items last to first.
        self.assertIn(ids[:3], ([f"T{requests - 1}-{i}" for i in (2, 1, 0)], [f"T{requests - 2}-{i}" for i in (2, 1, 0)]))
        self.assertEqual(len(ids), len(set(ids)))

    def test_cursors_that_cycle_end_the_paging(self):
        pages = [[token("A", "first")], [token("B", "second", "2026-02-01T00:00:00Z")]]
        with TokenServer(pages, cursors=["0", "1"], endless=True) as server:
            result, elapsed = self.run_complete(server)
            requests = len(server.operations())
        self.assertEqual(requests, 3)  # pages after null, "0", "1"; "0" again is not followed
        self.assertEqual(result.stdout, "B\tsecond\nA\tfirst\n")

    def test_values_that_are_not_text_are_left_out_descriptions_made_safe(self):
        pages = [[token("ok-1", "title \x1b]0;pwned\x07 here"), token("bad\x1b[2J", "escape in the id"),
                  token("bad\u009b", "C1 in the id"), token("tab\tid", "tab in the id"),
                  token("ok-2", "line\nbreak")]]
        with TokenServer(pages) as server:
            result, _ = self.run_complete(server)
        self.assertEqual(result.stdout.splitlines(), ["ok-2\tline break", "ok-1\ttitle \\x1b]0;pwned\\x07 here"])


class InstalledUnderAPrefix(CompletionCase):
    """The scripts installed under a custom prefix are found through XDG_DATA_DIRS, as the README says."""

    def setUp(self):
        super().setUp()
        self.prefix = Path(self.home, "prefix")
        bash_dir = self.prefix / "share" / "bash-completion" / "completions"
        fish_dir = self.prefix / "share" / "fish" / "vendor_completions.d"
        for directory, name in ((bash_dir, "nitro.bash"), (fish_dir, "nitro.fish")):
            directory.mkdir(parents=True)
        shutil.copy(COMPLETIONS / "nitro.bash", bash_dir / "nitro")
        shutil.copy(COMPLETIONS / "nitro.fish", fish_dir / "nitro.fish")
        self.env["XDG_DATA_DIRS"] = f"{self.prefix / 'share'}:/usr/local/share:/usr/share"
        self.env["NITRO_CLOUD_URL"] = "http://127.0.0.1:9"

    def test_bash_completion_loads_it_on_demand(self):
        shell = bash_shell(self.env, script="true")
        self.addCleanup(shell.close)
        self.assertEqual(shell.tab("nitro pat c")[0], "nitro pat create")

    def test_fish_loads_it(self):
        need("fish")
        result = subprocess.run(["fish", "-c", "complete -C 'nitro pat c'"], env=self.env, capture_output=True,
                                text=True, timeout=30)
        self.assertIn("create", result.stdout, result.stderr)


class SpecDeclaresCompleters(unittest.TestCase):
    def test_an_option_without_the_completer_of_its_namesakes_is_refused(self):
        """A command that gains --workspace-id without `complete` fails the generator, so no shell goes
        without the workspace IDs."""
        spec = Path(tempfile.mkdtemp(prefix="nitro-completion-spec-"))
        self.addCleanup(shutil.rmtree, spec, True)
        shutil.copytree(ROOT / "spec", spec, dirs_exist_ok=True)
        text = (spec / "nitro.toml").read_text()
        table = "[commands.workspace.set-default.options.workspace-id]"
        start = text.index(table)
        end = text.index("\n[", start + 1)
        # The command's own declaration, as the shared [options.workspace-id] but without its completer.
        section = text[start:end].replace(
            "shared = true\n", 'value = "workspace-id"\nenv = ["NITRO_WORKSPACE_ID", "BARISTA_WORKSPACE_ID"]\n')
        self.assertNotEqual(section, text[start:end])
        (spec / "nitro.toml").write_text(text[:start] + section + text[end:])
        result = subprocess.run([sys.executable, str(ROOT / "generator" / "generate.py"), "--spec-dir", str(spec),
                                 "--out", str(spec / "out")], capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn("--workspace-id completes with 'workspace-ids' elsewhere", result.stderr)


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
