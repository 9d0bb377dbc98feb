"""The generated docs, man pages and completions: the pat page against the
Nitro docs page (tests/docs/fixtures/pat-command.txt, a copy of the public
page as text) table by table, mandoc -Tlint over every man page, the install
layout, and regeneration from the spec (fragments, freshness, hidden commands).

    python3 -m unittest discover -s tests/docs -t . -v

NITRO_BUILD_DIR names a configured build directory for the install test
(ctest sets it); without it the test configures and builds one of its own.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
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
        self.assertFalse([n for n in names if "__" in n or n == "nitro-pat.1"], names)
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
        self.assertRegex(bash, r"'pat create'/--from-file\)\s+_filedir")
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
    EXPECTED = ["bin/nitro", "share/man/man1/nitro.1", "share/man/man1/nitro-pat-create.1",
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
            result = subprocess.run(["cmake", "--install", str(build), "--prefix", prefix], capture_output=True,
                                    text=True, timeout=300)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            installed = sorted(str(p.relative_to(prefix)) for p in Path(prefix).rglob("*") if p.is_file())
            for name in self.EXPECTED:
                self.assertIn(name, installed)
            man_pages = {p.name for p in (GENERATED / "man").glob("*.1")}
            self.assertEqual({Path(p).name for p in installed if p.startswith("share/man/man1/")}, man_pages)
            self.assertTrue(os.access(Path(prefix) / "bin" / "nitro", os.X_OK))
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
