"""The build follows the spec: a help string changed in spec/nitro.toml shows
in `--help` after a rebuild with no C edit, and a broken spec fails the build
with file:line."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = ["CMakeLists.txt", "spec", "generator", "generated", "runtime"]


def run(args, cwd, timeout=600):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)


class RebuildFromSpec(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.src = Path(self.tmp.name) / "src"
        self.build = Path(self.tmp.name) / "build"
        self.src.mkdir()
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.src / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, self.src / name)
        configure = run(["cmake", "-S", str(self.src), "-B", str(self.build), "-DBUILD_TESTING=OFF",
                         "-DNITRO_REGENERATE=ON", f"-DNITRO_PYTHON={sys.executable}"], cwd=self.tmp.name)
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
