"""The generated docs, man pages and completions: the pat page against the
Nitro docs page (tests/docs/fixtures/pat-command.txt, a copy of the public
page as text) table by table, mandoc -Tlint over every man page, nitro(1)'s
ENVIRONMENT against what the runtime reads and its FILES, the group pages,
what each page says about credentials, help, man pages, docs and the parser
agreeing on the options a command accepts, the install layout, and
regeneration from the spec (fragments, freshness, hidden commands).

    python3 -m unittest discover -s tests/docs -t . -v

NITRO_BUILD_DIR names a configured build directory for the install test
(ctest sets it); without it the test configures and builds one of its own.
NITRO_BIN is the binary the parser is asked (default <repo>/build/nitro).
"""

import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
RUNTIME = ROOT / "runtime"
NITRO_BIN = Path(os.environ.get("NITRO_BIN") or ROOT / "build" / "nitro")
GENERATE = ROOT / "generator" / "generate.py"
SEED = Path(__file__).resolve().parent / "fixtures" / "pat-command.txt"

# Where the spec words a help line differently from the seed page, and why.
# Every other sentence of the seed's descriptions must appear as is.
PARAPHRASES = {
    # The seed's text is 118 columns; help lines are kept within 78.
    ("nitro pat revoke", "--force"): (
        "Skip the confirmation prompt. Required when running non-interactively (for example in CI) or together "
        "with --output json.",
        "Skip the confirmation. Required without a terminal or with --output json."),
}


def sentences(text):
    return [s for s in re.split(r"(?<=\.)\s+", text.strip()) if s]


# ---- the seed page (plain text: table cells run together) -------------------------------------------------

SEED_OPTION_ROW = re.compile(r"^(--[a-z][a-z-]*(?: <[a-z-]+>)?)(NITRO_[A-Z_]+?(?=[A-Z][a-z]))?(.*)$")
SEED_ARG_ROW = re.compile(r"^(<[a-z-]+>)(.*)$")
SEED_HEADERS = {"OptionEnvDescription": "options", "OptionDescription": "options",
                "ArgumentDescription": "arguments"}


def parse_seed(text):
    """{command: {"options"|"arguments": {key: (env, description)}, "usage": [lines],
    "examples": [lines]}}, plus the title and intro under None."""
    pages = {None: {"title": None, "intro": []}}
    command = None
    table = None
    section = None
    lines = text.splitlines()
    for index, line in enumerate(lines):
        line = line.strip()
        if pages[None]["title"] is None and line:
            pages[None]["title"] = line
            continue
        if re.fullmatch(r"nitro pat [a-z-]+", line):
            command = line
            pages[command] = {"options": {}, "arguments": {}, "usage": [], "examples": [], "columns": {}}
            section = "description"
            continue
        if command is None:
            if line:
                pages[None]["intro"].append(line)
            continue
        if line in SEED_HEADERS:
            table = SEED_HEADERS[line]
            pages[command]["columns"][table] = line
            continue
        if not line:
            table = None
            continue
        if line in ("Options", "Arguments"):
            section = "table"
            continue
        if line == "Examples":
            section = "examples"
            continue
        if line.startswith("Last updated"):
            break
        if table == "options":
            match = SEED_OPTION_ROW.match(line)
            assert match, f"seed option row not understood: {line!r}"
            pages[command]["options"][match.group(1)] = (match.group(2), match.group(3).strip())
        elif table == "arguments":
            match = SEED_ARG_ROW.match(line)
            assert match, f"seed argument row not understood: {line!r}"
            pages[command]["arguments"][match.group(1)] = (None, match.group(2).strip())
        elif section == "description" and line.startswith("nitro pat"):
            section = "usage"
            pages[command]["usage"].append(line)
        elif section == "usage" and (line.startswith("--") or pages[command]["usage"][-1].endswith("\\")):
            pages[command]["usage"].append(line)
        elif section == "examples" and not line.endswith(":"):
            pages[command]["examples"].append(line)
    return pages


# ---- the generated markdown ----------------------------------------------------------------------------------

def split_row(line):
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip().replace("\\|", "|").replace("\\<", "<") for c in cells]


def unquote_code(cell):
    return cell[1:-1] if cell.startswith("`") and cell.endswith("`") else cell


def parse_markdown(text):
    pages = {None: {"title": None, "intro": []}}
    command = None
    kind = None
    header = None
    in_code = False
    code = []
    section = None
    for line in text.splitlines():
        if line.startswith("```"):
            if in_code and command and section in ("usage", "examples"):
                pages[command][section].extend(l.strip() for l in code)
                if section == "usage":
                    section = "description"
            in_code = not in_code
            code = []
            continue
        if in_code:
            code.append(line)
            continue
        if line.startswith("# "):
            pages[None]["title"] = line[2:].strip()
        elif line.startswith("## "):
            command = line[3:].strip()
            pages[command] = {"options": {}, "arguments": {}, "usage": [], "examples": [], "columns": {}}
            section = "usage"
        elif line.startswith("### "):
            kind = {"Options": "options", "Arguments": "arguments"}.get(line[4:].strip())
            section = "examples" if line[4:].strip() == "Examples" else "table"
            header = None
        elif line.startswith("|") and command and kind:
            cells = split_row(line)
            if header is None:
                header = cells
                pages[command]["columns"][kind] = "".join(cells)
            elif not set(line) <= set("|- "):
                row = dict(zip(header, cells))
                key = unquote_code(row.get("Option") or row.get("Argument"))
                env = unquote_code(row["Env"]) if row.get("Env") else None
                pages[command][kind][key] = (env, row["Description"])
        elif command is None and line.strip() and not line.startswith("<!--"):
            pages[None]["intro"].append(line.strip())
    return pages


class PatPageMatchesTheSeed(unittest.TestCase):
    """generated/docs/pat.md against the Nitro docs page, table by table."""

    @classmethod
    def setUpClass(cls):
        cls.seed = parse_seed(SEED.read_text(encoding="utf-8"))
        cls.ours = parse_markdown((GENERATED / "docs" / "pat.md").read_text(encoding="utf-8"))
        cls.commands = [c for c in cls.seed if c]

    def test_the_seed_was_understood(self):
        self.assertEqual(self.commands, ["nitro pat create", "nitro pat list", "nitro pat revoke"])
        self.assertEqual(set(self.seed["nitro pat create"]["options"]),
                         {"--description <description>", "--expires <expires>"})
        self.assertEqual(self.seed["nitro pat create"]["options"]["--expires <expires>"][0], "NITRO_EXPIRES")
        self.assertEqual(set(self.seed["nitro pat revoke"]["arguments"]), {"<id>"})

    def test_title_and_intro(self):
        self.assertEqual(self.ours[None]["title"], self.seed[None]["title"])
        intro = " ".join(self.ours[None]["intro"]).replace("`", "")
        for key in ("Personal Access Tokens (PATs)", "--api-key (or NITRO_API_KEY)", "Treat a PAT like a password",
                    "prefer an API key scoped to a single API or workspace"):
            self.assertIn(key, intro)

    def test_same_commands_in_the_same_order(self):
        """The seed's commands, in its order; nitro's additions (README) follow them."""
        ours = [c for c in self.ours if c]
        self.assertEqual(ours[:len(self.commands)], self.commands)
        self.assertEqual(ours[len(self.commands):], ["nitro pat rotate"])

    def test_same_tables_and_columns(self):
        for command in self.commands:
            for kind in ("options", "arguments"):
                with self.subTest(command=command, table=kind):
                    self.assertEqual(bool(self.seed[command][kind]), bool(self.ours[command][kind]))
                    if self.seed[command][kind]:
                        self.assertEqual(self.ours[command]["columns"][kind], self.seed[command]["columns"][kind])

    def test_every_row_of_the_seed_with_the_same_meaning(self):
        for command in self.commands:
            for kind in ("options", "arguments"):
                for key, (env, description) in self.seed[command][kind].items():
                    with self.subTest(command=command, row=key):
                        self.assertIn(key, self.ours[command][kind])
                        our_env, our_description = self.ours[command][kind][key]
                        self.assertEqual(our_env, env, "env var")
                        ours = our_description.replace("`", "")
                        name = key.split(" ")[0]
                        if (command, name) in PARAPHRASES:
                            theirs, expected = PARAPHRASES[(command, name)]
                            self.assertEqual(theirs, description, "the seed changed; review PARAPHRASES")
                            self.assertTrue(ours.startswith(expected), ours)
                            continue
                        for sentence in sentences(description):
                            self.assertIn(sentence, sentences(ours), f"{command} {key}: {ours!r}")
                        # Required and Default: exactly when the seed says so.
                        self.assertEqual("Required." in sentences(ours), "Required." in sentences(description))
                        self.assertEqual(re.findall(r"Default: [^ ]+\.", ours),
                                         re.findall(r"Default: [^ ]+\.", description))

    def test_extra_rows_are_documented_options(self):
        """Rows the seed lacks (--all, --limit, --jq) are options nitro adds; none changes a seed row."""
        for command in self.commands:
            extra = set(self.ours[command]["options"]) - set(self.seed[command]["options"])
            self.assertLessEqual(extra, {"--all", "--limit <limit>", "--jq <expression>"}, command)

    def test_usage_blocks_name_the_same_options(self):
        for command in self.commands:
            with self.subTest(command=command):
                theirs = " ".join(self.seed[command]["usage"])
                ours = " ".join(self.ours[command]["usage"])
                self.assertTrue(ours.startswith(command), ours)
                self.assertEqual(re.findall(r"--[a-z-]+", ours), re.findall(r"--[a-z-]+", theirs))
                self.assertEqual(len(re.findall(r'"<[a-z-]+>"', ours.split("--")[0])),
                                 len(re.findall(r'"<[a-z-]+>"', theirs.split("--")[0])))

    def test_the_seed_examples_are_documented(self):
        pages = "\n".join(p.read_text(encoding="utf-8") for p in (GENERATED / "docs").glob("*.md"))
        flat = re.sub(r"\s+", " ", pages)
        for command in self.commands:
            text = " ".join(self.seed[command]["examples"])
            for example in re.split(r"(?=\bnitro pat |\bnitro workspace |SECRET=)", text):
                example = re.sub(r"\s+", " ", example).strip()
                if example:
                    with self.subTest(example=example):
                        self.assertIn(example, flat)


class ManPages(unittest.TestCase):
    def test_mandoc_lint_is_silent(self):
        if not shutil.which("mandoc"):
            self.fail("mandoc is not installed (apt-get install mandoc); this test never skips")
        pages = sorted((GENERATED / "man").glob("*.1"))
        self.assertGreater(len(pages), 5)
        result = subprocess.run(["mandoc", "-Tlint", *map(str, pages)], capture_output=True, text=True, timeout=60)
        self.assertEqual(result.stdout + result.stderr, "")
        self.assertEqual(result.returncode, 0)

    def test_one_page_per_leaf_and_the_sections(self):
        names = {p.name for p in (GENERATED / "man").glob("*.1")}
        for name in ("nitro.1", "nitro-pat-create.1", "nitro-pat-list.1", "nitro-pat-revoke.1",
                     "nitro-workspace-list.1", "nitro-completion.1"):
            self.assertIn(name, names)
        self.assertFalse([n for n in names if "__" in n], names)
        page = (GENERATED / "man" / "nitro-pat-create.1").read_text()
        for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES",
                        "SEE ALSO"):
            self.assertIn(f"\n.SH {section}\n", page)
        rendered = subprocess.run(["mandoc", "-Tascii", "-Owidth=200"], input=page, capture_output=True, text=True,
                                  timeout=60).stdout
        rendered = re.sub(r".\x08", "", rendered)
        for text in ("--expires expires", "NITRO_EXPIRES", "BARISTA_EXPIRES", "Default: 180.", "130",
                     'nitro pat create --description "<description>" --expires "30"', "nitro-pat-list(1)"):
            self.assertIn(text, rendered)


def render_man(name):
    """A page as mandoc prints it, without overstrikes, on one long line per paragraph."""
    result = subprocess.run(["mandoc", "-Tascii", "-Owidth=500", str(GENERATED / "man" / name)],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return re.sub(r".\x08", "", result.stdout)


def man_sections(text):
    """{"NAME": body, ...}: headings start at column 0."""
    sections = {}
    current = None
    for line in text.splitlines()[1:]:
        if line and not line[0].isspace() and line.upper() == line and not line.startswith("NITRO"):
            current = line.strip()
            sections[current] = ""
        elif current:
            sections[current] += line.strip() + "\n"
    return sections


def load_product_spec():
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        from spec import load_spec
    finally:
        sys.path.pop(0)
    return load_spec(ROOT / "spec" / "nitro.toml")


# ---- what the runtime reads from the environment -------------------------------------------------------

ENV_CALL = re.compile(r"\b(\w*env\w*)\s*\(([^;{}]*?)\)", re.S)  # getenv(...), getenv_fn(data, ...), env(ctx, ...)
LITERAL = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"')
WRITERS = {"setenv", "unsetenv", "putenv"}
# libcurl reads these itself, unless a proxy is set with CURLOPT_PROXY (curl_getenv in lib/url.c).
CURL_PROXY_VARIABLES = {"http_proxy", "https_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"}
# setlocale(category, "") reads these (POSIX).
LOCALE_VARIABLES = {"LC_ALL", "LC_CTYPE", "LANG"}


def variables_read(sources):
    """The environment variables C sources read: literal arguments of a call to a function whose name
    has "env" in it, and the literals assigned to a variable or array named in such a call (the names
    of a table, `variable = a ? "X" : "Y"`), libcurl's proxy variables when it is used without
    CURLOPT_PROXY, the locale's with setlocale(..., "")."""
    found = set()
    for text in sources:
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        for function, args in ENV_CALL.findall(text):
            if function in WRITERS:
                continue
            found.update(LITERAL.findall(args))
            for word in set(re.findall(r"\b[A-Za-z_]\w*\b", args)):
                for value in re.findall(rf"\b{word}\s*(?:\[[^\]]*\])?\s*=(?!=)\s*([^;]*);", text):
                    found.update(LITERAL.findall(value))
        if re.search(r"\bcurl_easy_init\b|\bNITRO_LIBCURL\b", text) and "CURLOPT_PROXY," not in text:
            found |= CURL_PROXY_VARIABLES
        if re.search(r'\bsetlocale\s*\([^;]*,\s*""\s*\)', text):
            found |= LOCALE_VARIABLES
    return found


def runtime_sources():
    return [p.read_text(encoding="utf-8") for p in sorted(RUNTIME.rglob("*.[ch]"))]


class ProgramPage(unittest.TestCase):
    """nitro(1): ENVIRONMENT lists every variable nitro reads, FILES the session and its lock."""

    @classmethod
    def setUpClass(cls):
        cls.sections = man_sections(render_man("nitro.1"))
        cls.environment = cls.sections.get("ENVIRONMENT", "")
        # The names of each item: the tag line after .TP in the section's source.
        source = (GENERATED / "man" / "nitro.1").read_text(encoding="utf-8")
        section = source.split("\n.SH ENVIRONMENT\n", 1)[1].split("\n.SH ", 1)[0]
        tags = re.findall(r"^\.TP\n(.*)$", section, re.M)
        cls.listed = {name for tag in tags for name in re.findall(r"\\fB([A-Za-z_][A-Za-z0-9_]*)\\fR", tag)}
        cls.docs = (GENERATED / "docs" / "global-options.md").read_text(encoding="utf-8")

    def test_the_reader_finds_what_the_runtime_reads(self):
        """Not vacuous: each way the runtime reads a variable today is found, and a new read is too."""
        found = variables_read(runtime_sources())
        for name in ("NO_COLOR", "TERM", "XDG_CONFIG_HOME", "HOME", "BROWSER", "CURL_CA_BUNDLE", "SSL_CERT_FILE",
                     "NITRO_TIMEOUT", "NITRO_CONNECT_TIMEOUT", "NITRO_CLIENT_VERSION", "CLAUDECODE", "AIDER",
                     "GNUTLS_NO_IMPLICIT_INIT", "https_proxy", "no_proxy"):
            self.assertIn(name, found)
        for not_a_variable in ("JQ_LIBRARY_PATH", "AUTH_NOT_AUTHORIZED", "HC0020", "S256"):
            self.assertNotIn(not_a_variable, found)
        extra = variables_read(['static const char *x(nitro_ctx *ctx) { return ctx->getenv_fn(ctx->env_data,\n'
                                '    "NITRO_SOMETHING_NEW"); }', 'setlocale(LC_CTYPE, "");',
                                'const char *v = flag ? "ONE_WAY" : "OTHER_WAY"; use(getenv(v));'])
        self.assertEqual(extra, {"NITRO_SOMETHING_NEW", "ONE_WAY", "OTHER_WAY"} | LOCALE_VARIABLES)
        self.assertNotIn("NITRO_SOMETHING_NEW", self.listed)

    def test_environment_lists_every_variable_the_runtime_reads(self):
        # A BARISTA_X is listed as the legacy name of its NITRO_X.
        listed = self.listed | {"BARISTA_" + name.removeprefix("NITRO_") for name in self.listed
                                if name.startswith("NITRO_")}
        missing = sorted(variables_read(runtime_sources()) - listed)
        self.assertEqual(missing, [], "declare them under [environment] in spec/nitro.toml")

    def test_environment_lists_every_option_variable(self):
        cli = (GENERATED / "cli.c").read_text(encoding="utf-8")
        names = set(re.findall(r'\benv_\w+\[\d+\] = "(NITRO_[A-Z_]+)";', cli))
        self.assertIn("NITRO_API_KEY", names)
        self.assertEqual(sorted(names - self.listed), [])
        for legacy in re.findall(r'"(BARISTA_[A-Z_]+)"', cli):
            self.assertIn(f"The legacy name {legacy} is read when", self.environment)

    def test_the_variables_the_issue_names(self):
        for name in ("NO_COLOR", "SSL_CERT_FILE", "CURL_CA_BUNDLE", "http_proxy", "https_proxy", "HTTPS_PROXY",
                     "ALL_PROXY", "NO_PROXY", "NITRO_TIMEOUT", "NITRO_CONNECT_TIMEOUT", "NITRO_LOGIN_TIMEOUT",
                     "BROWSER", "XDG_CONFIG_HOME", "HOME", "TERM", "LANG", "LC_ALL", "LC_CTYPE"):
            with self.subTest(name=name):
                self.assertIn(name, self.listed)
                self.assertIn(f"`{name}`", self.docs)
        self.assertIn("Default: 30.", self.environment)
        self.assertNotIn("HTTP_PROXY", self.listed, "libcurl never reads it (httpoxy)")

    def test_files_name_the_session_and_its_lock(self):
        files = self.sections.get("FILES", "")
        self.assertIn("$XDG_CONFIG_HOME/nitro/session.json\n", files)
        self.assertIn("$XDG_CONFIG_HOME/nitro/session.json.lock\n", files)
        self.assertIn("else ~/.config", files)
        self.assertIn("0600", files)
        # The path rule the page states is the runtime's.
        session = (RUNTIME / "auth" / "session.c").read_text(encoding="utf-8")
        self.assertIn('"XDG_CONFIG_HOME"', session)
        self.assertIn('"/.config"', session)
        self.assertIn("/nitro/session.json", session)
        self.assertIn("| `$XDG_CONFIG_HOME/nitro/session.json.lock` |", self.docs)
        order = list(self.sections)
        self.assertLess(order.index("ENVIRONMENT"), order.index("FILES"))
        self.assertLess(order.index("FILES"), order.index("EXIT STATUS"))


class GroupPages(unittest.TestCase):
    """nitro-pat(1) and one page per command group, listing its commands."""

    GROUPS = {"pat": ["create", "list", "revoke", "rotate"],
              "fusion": ["compose", "publish", "publish-begin", "publish-start", "publish-validate", "publish-commit",
                         "publish-cancel", "download", "upload", "validate"],
              "workspace": ["create", "show", "list", "current", "set-default"],
              "api": ["create", "list", "show", "delete"],
              "api-key": ["create", "list", "delete"],
              "schema": ["upload", "validate", "download", "publish", "clients", "impact", "operations", "unused",
                         "usage"],
              "client": ["create", "delete", "show", "list", "list-versions", "list-published-versions", "upload",
                         "validate", "publish", "unpublish", "download"],
              "stage": ["list", "edit", "delete"],
              "environment": ["create", "list", "show"],
              "mock": ["create", "list", "update"],
              "openapi": ["create", "delete", "list", "upload", "validate", "publish"],
              "mcp": ["create", "delete", "list", "upload", "validate", "publish"]}

    def test_each_group_has_a_page_listing_its_commands(self):
        # Each command's page names its own group's (nitro-fusion-publish(1) for nitro-fusion-publish-begin(1)).
        parents = {"-".join(["nitro"] + c.path): "-".join(["nitro"] + c.path[:-1])
                   for c in load_product_spec().visible_leaves()}
        for group, leaves in self.GROUPS.items():
            with self.subTest(group=group):
                sections = man_sections(render_man(f"nitro-{group}.1"))
                self.assertIn(f"nitro-{group} - ", sections["NAME"])
                self.assertIn(f"nitro {group} command", sections["SYNOPSIS"])
                listed = re.findall(r"^(nitro-[a-z-]+)\(1\)$", sections["COMMANDS"], re.M)
                self.assertEqual(listed, [f"nitro-{group}-{leaf}" for leaf in leaves])
                for leaf in leaves:
                    self.assertTrue((GENERATED / "man" / f"nitro-{group}-{leaf}.1").is_file())
                    self.assertIn(f"{parents[f'nitro-{group}-{leaf}']}(1)",
                                  man_sections(render_man(f"nitro-{group}-{leaf}.1"))["SEE ALSO"])
                self.assertIn(f"nitro-{group}(1)", man_sections(render_man("nitro.1"))["COMMANDS"])

    def test_every_group_of_the_spec_has_one(self):
        spec = load_product_spec()
        groups = {c.name for c in spec.root.visible_subcommands if not c.is_leaf}
        self.assertEqual(groups, set(self.GROUPS))
        pages = {p.name for p in (GENERATED / "man").glob("*.1")}
        self.assertLessEqual({f"nitro-{g}.1" for g in groups}, pages)


class Credentials(unittest.TestCase):
    """Each page of a command that sends a request says where its credentials come from."""

    SENTENCE = re.compile(r"credentials from --api-key, else from NITRO_API_KEY \(an API key or a personal access "
                          r"token in either\), else from the session that nitro-login\(1\) stored\.")

    def test_leaf_pages(self):
        spec = load_product_spec()
        leaves = [c for c in spec.visible_leaves()]
        self.assertGreater(len([c for c in leaves if c.auth == "required"]), 10)
        for command in leaves:
            with self.subTest(command=" ".join(command.path)):
                text = re.sub(r"\s+", " ", man_sections(render_man("-".join(["nitro"] + command.path) + ".1"))
                              ["DESCRIPTION"])
                self.assertEqual(bool(self.SENTENCE.search(text)), command.auth == "required", text)

    def test_program_and_group_pages(self):
        for name in ("nitro.1", "nitro-pat.1", "nitro-api-key.1"):
            text = re.sub(r"\s+", " ", man_sections(render_man(name))["DESCRIPTION"])
            self.assertRegex(text, self.SENTENCE)


# ---- the options a command accepts: parser, help, man page and docs ---------------------------------------

def run_nitro(*args, env=None):
    if not NITRO_BIN.is_file():
        raise AssertionError(f"no nitro binary at {NITRO_BIN}: build it or set NITRO_BIN (this test never skips)")
    with tempfile.TemporaryDirectory() as home:
        base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "XDG_CONFIG_HOME": home,
                "LANG": "C.UTF-8", "NO_COLOR": "1"}
        return subprocess.run([str(NITRO_BIN), *args], capture_output=True, text=True, timeout=30,
                              stdin=subprocess.DEVNULL, env=dict(base, **(env or {})))


def help_sections(text):
    sections = {}
    current = None
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            current = line[:-1]
            sections[current] = ""
        elif current:
            sections[current] += line + "\n"
    return sections


class AcceptedOptions(unittest.TestCase):
    """A global option a command has no use for is accepted (the Nitro CLI accepts them everywhere, so scripts
    pass them) and ignored; help, man page and docs name it apart from the options that take effect."""

    NO_REQUEST = {"completion": ["--cloud-url", "--api-key", "--output", "--verbose"],
                  "logout": ["--cloud-url", "--api-key", "--verbose"],
                  "workspace current": ["--cloud-url", "--api-key", "--verbose"]}

    def test_help_parser_man_and_docs_agree_for_every_command(self):
        spec = load_product_spec()
        globals_ = spec.global_options
        for command in spec.visible_leaves():
            words = command.path
            help_text = run_nitro(*words, "--help")
            self.assertEqual(help_text.returncode, 0, help_text.stderr)
            sections = help_sections(help_text.stdout)
            shown = set(re.findall(r"^  (--[a-z-]+)", sections["Options"], re.M))
            ignored = set(re.findall(r"--[a-z-]+", re.sub(r"\s+", " ", sections.get("Ignored options", ""))))
            man = man_sections(render_man("-".join(["nitro"] + words) + ".1"))
            man_options = set(re.findall(r"^(--[a-z-]+)", man["OPTIONS"], re.M))
            man_ignored = set(re.findall(r"--[a-z-]+", "".join(re.findall(r"^Accepted and ignored.*$", man["OPTIONS"],
                                                                         re.M))))
            for option in globals_:
                flag = f"--{option.name}"
                value = [] if option.type in ("flag", "bool") else ["1" if option.type == "int" else "json"]
                accepted = run_nitro(*words, flag, *value, "--help").returncode == 0
                with self.subTest(command=" ".join(words), option=flag):
                    self.assertEqual(accepted, flag in shown or flag in ignored)
                    self.assertFalse(flag in shown and flag in ignored)
                    self.assertEqual(flag in man_options, flag in shown)
                    self.assertEqual(flag in man_ignored, flag in ignored)

    def test_commands_that_send_no_request_list_only_what_they_use(self):
        for words, ignored in self.NO_REQUEST.items():
            with self.subTest(command=words):
                sections = help_sections(run_nitro(*words.split(), "--help").stdout)
                for flag in ignored:
                    self.assertNotIn(flag, sections["Options"])
                    self.assertIn(flag, sections["Ignored options"])
                self.assertIn("Accepted and ignored, as the Nitro CLI accepts them everywhere:",
                              re.sub(r"\s+", " ", sections["Ignored options"]))
        page = (GENERATED / "docs" / "completion.md").read_text(encoding="utf-8")
        self.assertIn("Accepted and ignored, as the Nitro CLI accepts them everywhere: `--cloud-url`, `--api-key`, "
                      "`--output`, `--verbose`.", page)
        status = help_sections(run_nitro("status", "--help").stdout)["Options"]
        for flag in ("--api-key <api-key>", "--cloud-url <cloud-url>", "--output <format>", "--jq <expression>"):
            self.assertIn(flag, status)

    def test_ignored_options_change_nothing(self):
        plain = run_nitro("completion", "bash")
        self.assertEqual(plain.returncode, 0, plain.stderr)
        for args in (["--api-key", "k", "--cloud-url", "http://127.0.0.1:9", "--output", "json", "--verbose"],
                     ["--verbose", "--output=json"]):
            with self.subTest(args=args):
                given = run_nitro(*args[:2], "completion", "bash", *args[2:])
                self.assertEqual((given.returncode, given.stdout, given.stderr), (0, plain.stdout, ""))
        logout = run_nitro("logout", "--cloud-url", "http://127.0.0.1:9", "--api-key", "k", "--verbose")
        self.assertEqual((logout.returncode, logout.stdout, logout.stderr), (0, "", "You are not logged in.\n"))
        # Still checked as anywhere: a bad value is a usage error, an unknown option too.
        self.assertEqual(run_nitro("completion", "bash", "--output", "yaml").returncode, 2)
        self.assertEqual(run_nitro("completion", "bash", "--jq", ".").returncode, 2)


class RevokeConfirmation(unittest.TestCase):
    """pat revoke names the token: no published query finds one token by its ID, so it is found in pat list's
    pages, and only when the question is asked."""

    def test_no_published_query_finds_a_token_by_id(self):
        documents = sorted((ROOT / "spec" / "operations").glob("*.graphql"))
        self.assertGreater(len(documents), 10)
        reaching = []
        for path in documents:
            text = path.read_text(encoding="utf-8")
            if text.lstrip().startswith("query") and re.search(r"\bon PersonalAccessToken\b", text):
                reaching.append(path.name)
                variables = set(re.findall(r"\$(\w+)\s*:", text))
                self.assertLessEqual(variables, {"after", "first"}, f"{path.name} takes an ID: name the token "
                                     "in pat revoke's confirmation with a check that asks for it")
        self.assertEqual(reaching, ["list-pats.graphql"])

    def test_the_confirmation_names_the_token_found_in_pat_list_only_to_confirm(self):
        spec = load_product_spec()
        revoke = next(c for c in spec.leaves() if c.path == ["pat", "revoke"])
        self.assertEqual(revoke.raw["check"].get("find"), "pat list")
        self.assertIs(revoke.raw["check"].get("only-to-confirm"), True)
        self.assertIn("{check.description}", revoke.raw["confirm"])
        self.assertIn("{id}", revoke.raw["confirm"])


class HiddenCommands(unittest.TestCase):
    def test_not_in_docs_or_man_pages(self):
        for path in sorted((GENERATED / "docs").glob("*.md")) + sorted((GENERATED / "man").glob("*.1")):
            self.assertNotIn("__complete", path.read_text(encoding="utf-8"), path)
            self.assertNotIn("complete", path.name.replace("completion", ""), path)

    def test_the_scripts_only_call_it(self):
        """Comments and the one line that runs it; the completion tests check what the shells offer."""
        for name in ("nitro.bash", "_nitro", "nitro.fish"):
            lines = [line.strip() for line in (GENERATED / "completions" / name).read_text().splitlines()
                     if "__complete" in line]
            calls = [line for line in lines if not line.startswith("#")]
            self.assertEqual(len(calls), 1, (name, calls))
            self.assertIn(" __complete ", calls[0])
            self.assertIn("2>/dev/null", calls[0])


def run_generator(spec_dir, out_dir, *extra):
    return subprocess.run([sys.executable, str(GENERATE), "--spec-dir", str(spec_dir), "--out", str(out_dir),
                           *extra], capture_output=True, text=True, timeout=120)


class FromTheSpec(unittest.TestCase):
    """Docs and completions come from the spec and its fragments, and --check watches them."""

    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.spec = Path(tmp.name) / "spec"
        shutil.copytree(ROOT / "spec", self.spec)
        self.out = Path(tmp.name) / "generated"

    def generate(self, *extra):
        result = run_generator(self.spec, self.out, *extra)
        return result

    def test_a_help_string_reaches_docs_man_pages_and_completions(self):
        toml = self.spec / "nitro.toml"
        old = 'help = "Expiration time of the token in days."'
        self.assertIn(old, toml.read_text())
        toml.write_text(toml.read_text().replace(old, 'help = "Days until the token stops working."'))
        result = self.generate()
        self.assertEqual(result.returncode, 0, result.stderr)
        for name in ("docs/pat.md", "man/nitro-pat-create.1", "completions/_nitro", "completions/nitro.fish",
                     "completions/scripts.c"):
            text = (self.out / name).read_text()
            self.assertIn("Days until the token stops working.", text, name)
            self.assertNotIn("Expiration time of the token in days.", text, name)

    def test_a_path_option_completes_files(self):
        toml = self.spec / "nitro.toml"
        toml.write_text(toml.read_text() + '\n[commands.pat.create.options.from-file]\nvalue = "file"\n'
                        'complete = "path"\nhelp = "Read the description from a file."\n')
        result = self.generate()
        self.assertEqual(result.returncode, 0, result.stderr)
        bash = (self.out / "completions" / "nitro.bash").read_text()
        self.assertRegex(bash, r"'pat create'/--from-file\)\s+(_filedir|_nitro_files)")
        self.assertIn("--from-file=[Read the description from a file.]:file:_files", (self.out / "completions" /
                                                                                     "_nitro").read_text())
        self.assertRegex((self.out / "completions" / "nitro.fish").read_text(), r"-l from-file -r -F")
        with tempfile.TemporaryDirectory() as home:
            Path(home, "notes.txt").write_text("x")
            script = (f"source {self.out / 'completions' / 'nitro.fish'}; cd {home}; "
                      "complete -C 'nitro pat create --from-file no'")
            result = subprocess.run(["fish", "--no-config", "-c", script], capture_output=True, text=True,
                                    timeout=30, env={"PATH": os.environ["PATH"], "HOME": home})
            self.assertIn("notes.txt", result.stdout, result.stderr)

    def test_an_intro_fragment_for_no_page_fails_with_its_file(self):
        fragment = self.spec / "docs" / "patt.md"
        fragment.write_text("A typo in the name.\n")
        result = self.generate()
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{fragment}:1: fragment names no docs page", result.stderr)
        self.assertFalse(self.out.exists())

    def test_a_heading_in_a_fragment_fails_at_its_line(self):
        fragment = self.spec / "docs" / "pat.md"
        fragment.write_text("Intro.\n\n## A heading\n")
        result = self.generate()
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{fragment}:3: no headings in a fragment", result.stderr)

    def test_the_man_page_date_is_checked(self):
        toml = self.spec / "nitro.toml"
        lines = toml.read_text().splitlines()
        number = next(i for i, line in enumerate(lines, 1) if line.startswith("date = "))
        lines[number - 1] = 'date = "May 13, 2026"'
        toml.write_text("\n".join(lines) + "\n")
        result = self.generate()
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{toml}:{number}: date must be YYYY-MM-DD", result.stderr)

    def test_ignores_names_global_options_of_a_leaf(self):
        toml = self.spec / "nitro.toml"
        old = 'ignores = ["cloud-url", "api-key", "output", "verbose"]'
        self.assertIn(old, toml.read_text())
        toml.write_text(toml.read_text().replace(old, 'ignores = ["api-key", "jq"]'))
        result = self.generate()
        self.assertEqual(result.returncode, 1)
        self.assertIn("'ignores' lists global options of a leaf command, each once", result.stderr)

    def test_a_variable_that_is_not_nitros_names_its_owner(self):
        toml = self.spec / "nitro.toml"
        text = toml.read_text()
        self.assertIn('[environment.BROWSER]\nowner = "the BROWSER convention"\n', text)
        toml.write_text(text.replace('[environment.BROWSER]\nowner = "the BROWSER convention"\n',
                                     "[environment.BROWSER]\n"))
        result = self.generate()
        self.assertEqual(result.returncode, 1)
        self.assertIn("environment variable 'BROWSER' must be NITRO_ and upper case, or name who defines it",
                      result.stderr)

    def test_the_fragment_is_the_intro(self):
        (self.spec / "docs" / "pat.md").write_text("Tokens, explained differently.\n")
        self.assertEqual(self.generate().returncode, 0)
        page = (self.out / "docs" / "pat.md").read_text()
        self.assertIn("# pat Command\n\nTokens, explained differently.\n\n## nitro pat create", page)

    def test_check_covers_docs_man_pages_and_completions(self):
        self.assertEqual(self.generate().returncode, 0)
        for name in ("docs/pat.md", "man/nitro-pat-create.1", "completions/nitro.bash", "completions/scripts.c"):
            with self.subTest(name=name):
                path = self.out / name
                original = path.read_text()
                path.write_text(original + "edited by hand\n")
                result = self.generate("--check")
                self.assertEqual(result.returncode, 1)
                self.assertIn(f"{name}: stale", result.stderr)
                path.write_text(original)
        for name in ("docs/old-command.md", "man/nitro-old.1", "completions/nitro.tcsh"):
            with self.subTest(name=name):
                stray = self.out / name
                stray.write_text("left behind\n")
                result = self.generate("--check")
                self.assertEqual(result.returncode, 1)
                self.assertIn(f"{name}: not produced by the spec", result.stderr)
                self.assertEqual(self.generate().returncode, 0)
                self.assertFalse(stray.exists(), "a run without --check deletes stray files")
        self.assertEqual(self.generate("--check").returncode, 0)

    def test_committed_docs_are_fresh(self):
        result = run_generator(ROOT / "spec", GENERATED, "--check")
        self.assertEqual(result.returncode, 0, result.stderr)


class InstallLayout(unittest.TestCase):
    EXPECTED = ["bin/nitro", "share/man/man1/nitro.1", "share/man/man1/nitro-pat.1",
                "share/man/man1/nitro-api-key.1", "share/man/man1/nitro-pat-create.1",
                "share/man/man1/nitro-pat-revoke.1", "share/bash-completion/completions/nitro",
                "share/zsh/site-functions/_nitro", "share/fish/vendor_completions.d/nitro.fish"]

    def build_dir(self):
        configured = os.environ.get("NITRO_BUILD_DIR")
        if configured:
            return Path(configured)
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        build = Path(tmp.name) / "build"
        for args in (["cmake", "-S", str(ROOT), "-B", str(build), "-DBUILD_TESTING=OFF", "-DNITRO_REGENERATE=OFF"],
                     ["cmake", "--build", str(build), "--target", "nitro", "-j", str(os.cpu_count() or 2)]):
            result = subprocess.run(args, capture_output=True, text=True, timeout=600)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        return build

    def test_cmake_install_puts_everything_where_it_is_looked_for(self):
        build = self.build_dir()
        with tempfile.TemporaryDirectory() as prefix:
            # Under a umask that leaves directories group-writable (as the package's staging install may run):
            # directories 0755, files 0644, the program 0755, whatever the builder's umask.
            result = subprocess.run(["sh", "-c", 'umask 002 && exec cmake --install "$1" --prefix "$2"', "sh",
                                     str(build), prefix], capture_output=True, text=True, timeout=300)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            installed = sorted(str(p.relative_to(prefix)) for p in Path(prefix).rglob("*") if p.is_file())
            for name in self.EXPECTED:
                self.assertIn(name, installed)
            man_pages = {p.name for p in (GENERATED / "man").glob("*.1")}
            self.assertEqual({Path(p).name for p in installed if p.startswith("share/man/man1/")}, man_pages)
            self.assertTrue(os.access(Path(prefix) / "bin" / "nitro", os.X_OK))
            modes = {str(p.relative_to(prefix)): stat.S_IMODE(p.stat().st_mode) for p in Path(prefix).rglob("*")}
            wrong = {name: oct(mode) for name, mode in modes.items()
                     if mode != (0o755 if (Path(prefix) / name).is_dir() or name == "bin/nitro" else 0o644)}
            self.assertEqual(wrong, {}, "modes that depend on the umask")
            self.assertEqual((Path(prefix) / "share/bash-completion/completions/nitro").read_text(),
                             (GENERATED / "completions" / "nitro.bash").read_text())
            # man finds the page through the prefix's share/man.
            if shutil.which("man"):
                shown = subprocess.run(["man", "-M", str(Path(prefix) / "share" / "man"), "-P", "cat",
                                        "nitro-pat-create"], capture_output=True, text=True, timeout=60,
                                       env=dict(os.environ, MANWIDTH="100"))
                self.assertIn("NITRO_EXPIRES", re.sub(r".\x08", "", shown.stdout), shown.stderr)


if __name__ == "__main__":
    unittest.main()
