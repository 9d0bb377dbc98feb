"""A shared option ([options.<name>], taken with `shared = true`) is the same as
writing it out: the real spec renders, byte for byte, every file it renders with
each `shared = true` replaced by the fields of [options.<name>] it does not
override. The written-out spec is what the lint against repeats refuses."""

import json
import re
import subprocess
import sys
import tomllib
import unittest

from tests.generator.test_generator import ROOT, SpecDir, run_generator

# Every generated file of a spec directory, as JSON, without the lint against
# repeated declarations (the written-out spec repeats --force four times).
RENDER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import spec
spec.check_shared_options = lambda *args: None
from emit import render_all
from pathlib import Path
json.dump(render_all(Path(sys.argv[2])), sys.stdout)
"""
HEADER = re.compile(r"^\s*\[([^\[\]]+)\]")


def render(spec_dir) -> dict[str, str]:
    result = subprocess.run([sys.executable, "-c", RENDER, str(ROOT / "generator"), str(spec_dir)],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


def toml_value(value) -> str:
    """A value as TOML: JSON's strings, numbers, booleans and lists, and inline tables (`kept = { by = [...] }`)."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


def written_out(text: str) -> tuple[str, int]:
    """The spec with each `shared = true` replaced by the fields of [options.<name>]
    its table does not override, and [options] dropped; and how many it replaced."""
    data = tomllib.loads(text)
    shared = data.get("options", {})
    out, taken, table = [], 0, ""
    for line in text.splitlines(keepends=True):
        header = HEADER.match(line)
        if header:
            table = header.group(1).strip()
        if table.split(".")[0] == "options":
            continue
        if re.match(r"^shared = true\s*$", line):
            taken += 1
            here = data
            for key in table.split("."):
                here = here[key]
            out.extend(f"{key} = {toml_value(value)}\n"
                       for key, value in shared[table.split(".")[-1]].items() if key not in here)
            continue
        out.append(line)
    return "".join(out), taken


class SharedOptions(unittest.TestCase):
    def setUp(self):
        self.spec = SpecDir()
        self.addCleanup(self.spec.close)

    def test_taking_a_shared_option_renders_what_writing_it_out_does(self):
        text, taken = written_out((ROOT / "spec" / "nitro.toml").read_text(encoding="utf-8"))
        self.assertGreaterEqual(taken, 10)
        self.assertFalse(re.search(r"^(shared = |\[options\.)", text, re.M), "a shared option is left")
        (self.spec.path / "nitro.toml").write_text(text, encoding="utf-8")
        taking, writing = render(ROOT / "spec"), render(self.spec.path)
        self.assertGreater(len(taking), 10)
        self.assertEqual(sorted(taking), sorted(writing))
        for name in sorted(taking):
            self.assertEqual(taking[name], writing[name], f"{name} differs when the shared options are written out")
        result = run_generator(self.spec.path, self.spec.out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("'--force' repeats the declaration in 'pat revoke' word for word", result.stderr)


if __name__ == "__main__":
    unittest.main()
