"""The generator: every lint rule fails with file:line, the real spec passes,
output is deterministic, and --check catches stale files."""

import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECT = re.compile(r"#\s*expect:\s*(?:(\d+):\s*)?(.+?)\s*$")


def run_generator(spec_dir: Path, out_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(GENERATE), "--spec-dir", str(spec_dir), "--out", str(out_dir),
                           *extra], capture_output=True, text=True, timeout=60)


class SpecDir:
    """A throw-away copy of spec/ whose nitro.toml or operations a test replaces."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = Path(self.tmp.name) / "spec"
        shutil.copytree(ROOT / "spec", self.path)
        self.out = Path(self.tmp.name) / "generated"

    def close(self):
        self.tmp.cleanup()


def expectation(text: str) -> tuple[int, str]:
    """(line, message) from the fixture's `# expect:` marker."""
    for number, line in enumerate(text.splitlines(), start=1):
        match = EXPECT.search(line)
        if match:
            return int(match.group(1) or number), match.group(2)
    raise AssertionError("fixture has no '# expect:' marker")


class LintRules(unittest.TestCase):
    def setUp(self):
        self.spec = SpecDir()
        self.addCleanup(self.spec.close)
        # The fixtures replace nitro.toml: the real spec's intro fragments name pages they lack.
        shutil.rmtree(self.spec.path / "docs", ignore_errors=True)

    def assert_lint_error(self, file: Path, text: str):
        line, message = expectation(text)
        result = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"{file}:{line}:", result.stderr)
        located = [l for l in result.stderr.splitlines() if l.startswith(f"{file}:{line}:")]
        self.assertTrue(any(message in l for l in located),
                        f"expected '{message}' at {file}:{line}, got:\n{result.stderr}")
        self.assertFalse(self.spec.out.exists(), "nothing may be written when the spec is broken")

    def test_each_toml_fixture_fails_at_its_line(self):
        base = (FIXTURES / "base.toml").read_text()
        fixtures = sorted(FIXTURES.glob("*.toml"))
        self.assertGreater(len(fixtures), 20)
        for fixture in fixtures:
            if fixture.name == "base.toml":
                continue
            with self.subTest(fixture=fixture.name):
                shutil.rmtree(self.spec.path / "operations")
                (self.spec.path / "operations").mkdir()
                text = base + "\n" + fixture.read_text()
                target = self.spec.path / "nitro.toml"
                target.write_text(text)
                self.assert_lint_error(target, text)

    def test_each_behaviour_fixture_fails_at_its_line(self):
        """What a command does (variables, result, errors, messages) is linted
        against its operation: one fixture per rule, with the real operations."""
        base = (FIXTURES / "base.toml").read_text()
        fixtures = sorted((FIXTURES / "behaviour").glob("*.toml"))
        self.assertGreaterEqual(len(fixtures), 10)
        for fixture in fixtures:
            with self.subTest(fixture=fixture.name):
                text = base + "\n" + fixture.read_text()
                target = self.spec.path / "nitro.toml"
                target.write_text(text)
                self.assert_lint_error(target, text)

    def test_each_operation_fixture_fails_at_its_line(self):
        for fixture in sorted(FIXTURES.glob("*.graphql")):
            with self.subTest(fixture=fixture.name):
                target = self.spec.path / "operations" / fixture.name
                target.write_text(fixture.read_text())
                try:
                    self.assert_lint_error(target, fixture.read_text())
                finally:
                    target.unlink()

    def test_base_fixture_passes(self):
        shutil.rmtree(self.spec.path / "operations")
        (self.spec.path / "operations").mkdir()
        (self.spec.path / "nitro.toml").write_text((FIXTURES / "base.toml").read_text())
        result = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(result.returncode, 0, result.stderr)


class RealSpec(unittest.TestCase):
    def setUp(self):
        self.spec = SpecDir()
        self.addCleanup(self.spec.close)

    def test_committed_generated_files_are_fresh(self):
        result = run_generator(ROOT / "spec", ROOT / "generated", "--check")
        self.assertEqual(result.returncode, 0,
                         "generated/ is stale; run generator/generate.py and commit:\n" + result.stderr)

    def test_output_is_deterministic(self):
        first = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(first.returncode, 0, first.stderr)
        snapshot = {p.name: p.read_bytes() for p in self.spec.out.rglob("*") if p.is_file()}
        shutil.rmtree(self.spec.out)
        second = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(second.returncode, 0, second.stderr)
        again = {p.name: p.read_bytes() for p in self.spec.out.rglob("*") if p.is_file()}
        self.assertEqual(snapshot, again)

    def test_check_reports_a_stale_file(self):
        self.assertEqual(run_generator(self.spec.path, self.spec.out).returncode, 0)
        (self.spec.out / "cli.c").write_text("/* edited by hand */\n")
        result = run_generator(self.spec.path, self.spec.out, "--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn("cli.c: stale", result.stderr)
        self.assertEqual((self.spec.out / "cli.c").read_text(), "/* edited by hand */\n")

    def test_a_help_string_in_the_spec_reaches_the_c_tables(self):
        toml = self.spec.path / "nitro.toml"
        text = toml.read_text()
        old = 'help = "Expiration time of the token in days."'
        self.assertIn(old, text)
        toml.write_text(text.replace(old, 'help = "Days until the token stops working."'))
        result = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(result.returncode, 0, result.stderr)
        generated = (self.spec.out / "cli.c").read_text()
        self.assertIn("Days until the token stops working.", generated)
        self.assertNotIn("Expiration time of the token in days.", generated)

    def test_non_empty_reaches_the_option_table(self):
        """`non-empty = true` sets NITRO_OPT_NON_EMPTY on that option's row, and only there."""
        toml = self.spec.path / "nitro.toml"
        text = toml.read_text()
        old = 'value = "description"\nenv = ["NITRO_DESCRIPTION", "BARISTA_DESCRIPTION"]\nrequired = true\nnon-empty = true\n'
        self.assertIn(old, text)
        for declared in (True, False):
            with self.subTest(declared=declared):
                toml.write_text(text if declared else text.replace(old, old.replace("non-empty = true\n", "")))
                result = run_generator(self.spec.path, self.spec.out)
                self.assertEqual(result.returncode, 0, result.stderr)
                generated = (self.spec.out / "cli.c").read_text()
                row = re.search(r'\.name = "description",.*?\.flags = ([^,]*),', generated, re.S)
                self.assertIsNotNone(row)
                self.assertEqual("NITRO_OPT_NON_EMPTY" in row.group(1), declared, row.group(1))

    def test_shape_fields_must_be_fields_the_operation_selects(self):
        """A shape is checked against every operation that prints it, at the shape's line."""
        toml = self.spec.path / "nitro.toml"
        text = toml.read_text()
        old = 'fields = ["id", "description", "createdAt", "expiresAt"]'
        self.assertIn(old, text)
        line = text[:text.index(old)].count("\n") + 1
        toml.write_text(text.replace(old, old.replace('"createdAt"', '"secret"')))
        result = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"nitro.toml:{line}: result field 'secret': the operation does not select 'secret' on "
                      "PersonalAccessToken", result.stderr)

    def test_behaviour_tables_are_generated_from_the_spec(self):
        self.assertEqual(run_generator(self.spec.path, self.spec.out).returncode, 0)
        tables = (self.spec.out / "commands.c").read_text()
        self.assertIn("const nitro_behaviour *nitro_behaviour_pat_list(void) {", tables)
        self.assertIn("behaviour_pat_list = (nitro_behaviour){", tables)
        self.assertIn('static const char *path_pat_list_data[3]; /* NULL-terminated */', tables)
        self.assertIn('path_pat_list_data[0] = "me";\n        path_pat_list_data[1] = "personalAccessTokens";', tables)
        self.assertIn('{"expiresAt", path_pat_list_result_expiresAt, NITRO_VALUE_STRING, NITRO_FMT_DATETIME, NULL, 0, '
                      'NULL, false, 0, NITRO_OPT_STRING}',
                      tables)
        self.assertIn('{"personal", path_workspace_list_result_personal, NITRO_VALUE_BOOL, NITRO_FMT_NONE, NULL, 0, '
                      'NULL, false, 0, NITRO_OPT_STRING}', tables)

    def test_operations_are_sent_byte_for_byte(self):
        self.assertEqual(run_generator(self.spec.path, self.spec.out).returncode, 0)
        generated = (self.spec.out / "graphql.c").read_text()
        for operation in sorted((ROOT / "spec" / "operations").glob("*.graphql")):
            document = operation.read_text().rstrip("\n")
            literal = '"' + document.replace("\\", "\\\\").replace('"', '\\"') + '"'
            self.assertIn(literal, generated, operation.name)


if __name__ == "__main__":
    unittest.main()
