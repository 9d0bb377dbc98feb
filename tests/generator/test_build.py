"""The build follows the spec: a help string changed in spec/nitro.toml shows
in `--help` after a rebuild with no C edit, and a broken spec fails the build
with file:line."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = ["CMakeLists.txt", "spec", "generator", "generated", "runtime", "requirements.txt", "scripts"]


def run(args, cwd, timeout=600):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def scratch_tree(tmp: str, edit_spec=None):
    """A copy of what the build needs under tmp/src (its spec changed by edit_spec), configured in tmp/build
    to regenerate from the spec; returns (src, build, the configure result)."""
    src, build = Path(tmp) / "src", Path(tmp) / "build"
    src.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, src / name)
    if edit_spec:
        toml = src / "spec" / "nitro.toml"
        toml.write_text(edit_spec(toml.read_text()))
    configure = run(["cmake", "-S", str(src), "-B", str(build), "-DBUILD_TESTING=OFF", "-DNITRO_REGENERATE=ON",
                     f"-DNITRO_PYTHON={sys.executable}"], cwd=tmp)
    return src, build, configure


class RebuildFromSpec(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.src, self.build, configure = scratch_tree(self.tmp.name)
        self.assertEqual(configure.returncode, 0, configure.stdout + configure.stderr)

    def make(self):
        return run(["cmake", "--build", str(self.build), "--target", "nitro", "-j", str(os.cpu_count() or 2)],
                   cwd=self.tmp.name)

    def help_text(self):
        return run([str(self.build / "nitro"), "pat", "create", "--help"], cwd=self.tmp.name).stdout

    def test_spec_edits_reach_the_binary_and_errors_stop_the_build(self):
        built = self.make()
        self.assertEqual(built.returncode, 0, built.stdout + built.stderr)
        self.assertIn("Expiration time of the token in days.", self.help_text())

        toml = self.src / "spec" / "nitro.toml"
        original = toml.read_text()
        toml.write_text(original.replace('help = "Expiration time of the token in days."',
                                         'help = "Days until the token stops working."'))
        rebuilt = self.make()
        self.assertEqual(rebuilt.returncode, 0, rebuilt.stdout + rebuilt.stderr)
        self.assertIn("Days until the token stops working.", self.help_text())

        lines = original.splitlines()
        broken_line = next(i for i, l in enumerate(lines, 1) if l.strip() == 'default = 180')
        toml.write_text(original.replace("default = 180", 'default = "soon"'))
        failed = self.make()
        self.assertNotEqual(failed.returncode, 0)
        self.assertIn(f"spec/nitro.toml:{broken_line}: default of int option '--expires' must be an integer",
                      failed.stdout + failed.stderr)


if __name__ == "__main__":
    unittest.main()


def runtime_files(src: Path) -> dict:
    """Every file below runtime/ (its folders included), by relative path."""
    return {str(p.relative_to(src)): p.read_bytes() for p in sorted((src / "runtime").rglob("*")) if p.is_file()}


def copy_command(toml: str, source: str, target: str) -> str:
    """The spec with every table of command `source` (dotted keys, e.g.
    "api-key.list") declared again as `target`."""
    out, copying = [], []
    for line in toml.splitlines():
        header = line.startswith("[")
        if header:
            copying = None
            if line.startswith(f"[commands.{source}]") or line.startswith(f"[commands.{source}."):
                copying = [line.replace(f"[commands.{source}", f"[commands.{target}", 1)]
                out.append(copying)
        elif copying is not None:
            copying.append(line)
    flat = [line for block in out for line in block]
    return toml + "\n\n# A copy, made by the acceptance test.\n" + "\n".join(flat) + "\n"


class CopyACommand(unittest.TestCase):
    """A new command is a spec change: a list and a show command copied under
    new names in a scratch tree build with no C edit and print exactly what the
    originals print against the emulator."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()

        def copies(text):
            return copy_command(copy_command(text, "api-key.list", "api-key.enumerate"),
                                "workspace.show", "workspace.describe")

        cls.src, build, configure = scratch_tree(cls.tmp.name, copies)
        runtime_before = runtime_files(cls.src)
        assert configure.returncode == 0, configure.stdout + configure.stderr
        built = run(["cmake", "--build", str(build), "--target", "nitro", "-j", str(os.cpu_count() or 2)],
                    cwd=cls.tmp.name)
        assert built.returncode == 0, built.stdout + built.stderr
        assert runtime_before == runtime_files(cls.src), \
            "the copies needed no C"
        cls.nitro_bin = build / "nitro"
        port_file = Path(cls.tmp.name) / "port"
        credentials = Path(cls.tmp.name) / "credentials.json"
        cls.emulator = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "emulator" / "emulator.py"), "--quiet", "--port-file",
             str(port_file), "--credentials-file", str(credentials)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        cls.env = dict(os.environ, NITRO_CLOUD_URL=f"http://127.0.0.1:{port_file.read_text().strip()}",
                       NITRO_API_KEY=json.loads(credentials.read_text())["pat"],
                       XDG_CONFIG_HOME=str(Path(cls.tmp.name) / "config"))

    @classmethod
    def tearDownClass(cls):
        cls.emulator.terminate()
        cls.emulator.wait(timeout=10)
        cls.tmp.cleanup()

    def nitro(self, *args):
        return subprocess.run([str(self.nitro_bin), *args], capture_output=True, text=True, timeout=30, env=self.env)

    def assert_same(self, original, copy):
        first, second = self.nitro(*original), self.nitro(*copy)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual((second.returncode, second.stdout, second.stderr),
                         (first.returncode, first.stdout, first.stderr))
        return first.stdout

    def test_the_copies_print_what_the_originals_print(self):
        workspaces = json.loads(self.nitro("workspace", "list", "--output", "json").stdout)["values"]
        team = next(w["id"] for w in workspaces if not w["personal"])
        listed = self.assert_same(["api-key", "list", "--workspace-id", team, "--output", "json"],
                                  ["api-key", "enumerate", "--workspace-id", team, "--output", "json"])
        self.assertTrue(json.loads(listed)["values"], "the team workspace has the bootstrap key")
        self.assert_same(["api-key", "list", "--workspace-id", team, "--all"],
                         ["api-key", "enumerate", "--workspace-id", team, "--all"])
        shown = self.assert_same(["workspace", "show", team, "--output", "json"],
                                 ["workspace", "describe", team, "--output", "json"])
        self.assertEqual(json.loads(shown)["id"], team)
        help_text = self.nitro("api-key", "enumerate", "--help").stdout
        self.assertIn("--workspace-id <workspace-id>", help_text)
