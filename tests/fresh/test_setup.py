"""The set-up the README's two commands do, as far as it can be tested on one machine: which Python step
scripts/common.sh chooses (with a stand-in apt-cache, in its dry-run mode), that requirements.txt is the one list
of minimums, and the C-only build without Python. tests/fresh/run does the whole of it in a fresh chroot.

    python3 -m unittest discover -s tests/fresh -t . -v     (from the repository root)
"""

import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import check_python  # noqa: E402

PYTHON_APT = ["python3", "python3-graphql-core", "python3-jinja2", "python3-werkzeug", "python3-pexpect",
              "python3-joserfc"]
# `apt-cache policy` as Debian 12 and Debian 13 answer it (candidates of 2025).
BOOKWORM = {"python3": "3.11.2-1+b1", "python3-graphql-core": "2.3.2-1", "python3-jinja2": "3.1.2-1+deb12u2",
            "python3-werkzeug": "2.2.2-3+deb12u1", "python3-pexpect": "4.8.0-4", "python3-joserfc": None}
TRIXIE = {"python3": "3.13.5-1", "python3-graphql-core": "3.2.6-1", "python3-jinja2": "3.1.6-1",
          "python3-werkzeug": "3.1.3-2", "python3-pexpect": "4.9.0-2", "python3-joserfc": "1.1.0-1"}
DISTRIBUTIONS = {"graphql-core": "3.2.6", "Jinja2": "3.1.6", "Werkzeug": "3.1.3", "joserfc": "1.1.0",
                 "pexpect": "4.9.0"}


def write(path, text, mode=0o755):
    path.write_text(textwrap.dedent(text))
    path.chmod(mode)


def fake_site(directory, versions):
    """A directory of bare distribution metadata, as an interpreter's site-packages would hold it."""
    for name, version in versions.items():
        info = directory / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")


class Machine:
    """A stand-in Debian machine on PATH: python3 (and python3.11 to .13) is the real interpreter without its
    site-packages, plus what `site` puts first; apt-cache answers `policy` from `candidates`; dpkg-query knows
    `installed`; apt-get must never run (dry-run mode prints instead)."""

    def __init__(self, tmp, candidates, installed=(), site=None, ensurepip=True):
        self.tmp = Path(tmp)
        self.bin = self.tmp / "bin"
        self.bin.mkdir()
        shadow = self.tmp / "shadow"
        shadow.mkdir()
        if not ensurepip:  # Debian's python3 without python3-venv
            (shadow / "ensurepip.py").write_text("raise ImportError('ensurepip is not available')\n")
        self.pythonpath = os.pathsep.join(str(p) for p in (shadow, site) if p)
        for name in ("python3", "python3.11", "python3.12", "python3.13"):
            write(self.bin / name, f"""\
                #!/bin/sh
                PYTHONPATH={self.pythonpath} exec {sys.executable} -S "$@"
                """)
        policy = "".join(f"{p}:\n  Installed: (none)\n  Candidate: {v or '(none)'}\n"
                         for p, v in candidates.items())
        (self.tmp / "policy").write_text(policy)
        write(self.bin / "apt-cache", f"""\
            #!/bin/sh
            [ "$1" = policy ] && exec cat {self.tmp / "policy"}
            exit 100
            """)
        write(self.bin / "dpkg-query", f"""\
            #!/bin/sh
            for p in {' '.join(installed)}; do [ "$3" = "$p" ] && {{ printf 'install ok installed'; exit 0; }}; done
            exit 1
            """)
        write(self.bin / "apt-get", "#!/bin/sh\necho apt-get ran >&2\nexit 99\n")
        self.venv = self.tmp / "venv"

    def find_python(self, **env):
        environment = {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.tmp), "NITRO_SETUP_DRY_RUN": "1",
                       "NITRO_VENV": str(self.venv), **env}
        return subprocess.run(["bash", "-c", "source scripts/common.sh && find_python"], cwd=ROOT, env=environment,
                              capture_output=True, text=True, timeout=60)


class ChoosesThePythonStep(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def test_debian_12_creates_a_venv_and_pip_installs_the_requirements(self):
        machine = Machine(self.tmp.name, BOOKWORM, installed=["python3"], ensurepip=False)
        run = machine.find_python()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), f"{machine.venv}/bin/python")
        lines = [line for line in run.stderr.splitlines() if line.startswith("would run: ")]
        self.assertEqual(lines, [
            "would run: apt-get update -qq",
            "would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv",
            f"would run: python3 -m venv {machine.venv}",
            f"would run: {machine.venv}/bin/python -m pip install --disable-pip-version-check -q "
            "-r requirements.txt",
        ])
        self.assertIn("apt's python3-graphql-core (2.3.2-1) is older than 3.2", run.stderr)
        self.assertNotIn("apt-get ran", run.stderr)

    def test_debian_12_with_python3_venv_goes_straight_to_the_venv(self):
        machine = Machine(self.tmp.name, BOOKWORM, installed=["python3", "python3-venv"])
        run = machine.find_python()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn("apt-get install", run.stderr)
        self.assertIn(f"would run: python3 -m venv {machine.venv}\n", run.stderr)

    def test_debian_13_installs_the_distributions_packages(self):
        machine = Machine(self.tmp.name, TRIXIE)
        run = machine.find_python()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), "/usr/bin/python3")
        self.assertIn("would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
                      + " ".join(PYTHON_APT) + "\n", run.stderr)
        self.assertNotIn("venv", run.stderr)

    def test_debian_13_without_joserfc_in_apt_falls_back_to_the_venv(self):
        machine = Machine(self.tmp.name, dict(TRIXIE, **{"python3-joserfc": None}), installed=["python3"])
        run = machine.find_python()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), f"{machine.venv}/bin/python")
        self.assertNotIn("python3-graphql-core", run.stderr.replace("apt's python3-graphql", ""))

    def test_a_qualifying_python_is_used_and_nothing_installed(self):
        site = Path(self.tmp.name) / "site"
        fake_site(site, DISTRIBUTIONS)
        machine = Machine(self.tmp.name, BOOKWORM, site=site)
        run = machine.find_python()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), sys.executable)
        self.assertNotIn("would run", run.stderr)

    def test_nitro_python_comes_first(self):
        machine = Machine(self.tmp.name, BOOKWORM)
        run = machine.find_python(NITRO_PYTHON=sys.executable)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), sys.executable)
        self.assertNotIn("would run", run.stderr)

    def test_werkzeug_2_2_does_not_qualify(self):
        # The emulator needs Werkzeug 2.3: an interpreter with 2.2 (Debian 12's) is passed over with the reason.
        site = Path(self.tmp.name) / "site"
        fake_site(site, dict(DISTRIBUTIONS, Werkzeug="2.2.2"))
        machine = Machine(self.tmp.name, BOOKWORM, installed=["python3", "python3-venv"], site=site)
        run = machine.find_python(NITRO_PYTHON=str(machine.bin / "python3"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("needs Werkzeug >= 2.3, found 2.2.2", run.stderr)
        self.assertEqual(run.stdout.strip(), f"{machine.venv}/bin/python")


class OneListOfRequirements(unittest.TestCase):
    def test_the_checker_reads_the_minimums_from_requirements_txt(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            fake_site(site, dict(DISTRIBUTIONS, Werkzeug="2.3.0"))
            requirements = Path(tmp) / "requirements.txt"
            requirements.write_text("# python>=3.11\ngraphql-core>=3.2\nWerkzeug>=2.4\n")
            env = dict(os.environ, PYTHONPATH=str(site))
            check = [sys.executable, "-S", str(ROOT / "scripts" / "check_python.py")]
            ours = subprocess.run(check, env=env, capture_output=True, text=True, timeout=30)
            self.assertEqual(ours.returncode, 0, ours.stdout)
            other = subprocess.run(check + [str(requirements)], env=env, capture_output=True, text=True, timeout=30)
        self.assertEqual(other.returncode, 1)
        self.assertIn("needs Werkzeug >= 2.4, found 2.3.0", other.stdout)

    def test_the_emulator_refuses_what_requirements_txt_refuses(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            fake_site(site, dict(DISTRIBUTIONS, Werkzeug="2.2.2"))
            run = subprocess.run([sys.executable, "-S", str(ROOT / "tests" / "emulator" / "emulator.py")],
                                 env=dict(os.environ, PYTHONPATH=str(site)), capture_output=True, text=True,
                                 timeout=30)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("needs Werkzeug >= 2.3, found 2.2.2", run.stderr)

    def test_the_readme_states_the_same_minimums(self):
        readme = (ROOT / "README.md").read_text()
        setup = readme[readme.index("## Set-up"):]
        setup = setup[:setup.index("\n## ", 1)]
        for name, minimum in check_python.read():
            self.assertIn(f"{'Python' if name == 'python' else name} >= {minimum}", setup)
        self.assertIn("    ./scripts/demo\n", setup)
        self.assertIn("    ./scripts/test\n", setup)

    def test_the_tests_run_the_emulator_under_their_own_interpreter(self):
        sys.path.insert(0, str(ROOT / "tests" / "e2e"))
        try:
            import harness
        finally:
            sys.path.pop(0)
        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp) / "python3", "#!/bin/sh\necho /elsewhere/python3\n")
            path = os.environ["PATH"]
            os.environ["PATH"] = f"{tmp}:{path}"
            try:
                self.assertEqual(harness.python_interpreter(), sys.executable)
            finally:
                os.environ["PATH"] = path


class COnlyBuild(unittest.TestCase):
    def test_configure_without_python_turns_the_tests_off_and_builds_nitro(self):
        with tempfile.TemporaryDirectory() as tmp:
            fakes = Path(tmp) / "bin"
            fakes.mkdir()
            for name in ("python3", "python3.11", "python3.12", "python3.13"):
                write(fakes / name, "#!/bin/sh\nexit 1\n")
            env = {"PATH": f"{fakes}:/usr/bin:/bin", "HOME": tmp}
            build = Path(tmp) / "build"
            configure = subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build)], env=env, capture_output=True,
                                       text=True, timeout=300)
            self.assertEqual(configure.returncode, 0, configure.stdout + configure.stderr)
            notes = [line for line in configure.stdout.splitlines() if "Tests off" in line]
            self.assertEqual(notes, ["-- Tests off: no Python meets requirements.txt "
                                     "(run ./scripts/test, or set NITRO_PYTHON)"])
            self.assertNotIn("Warning", configure.stderr)
            built = subprocess.run(["cmake", "--build", str(build), "-j", str(os.cpu_count() or 2)], env=env,
                                   capture_output=True, text=True, timeout=900)
            self.assertEqual(built.returncode, 0, built.stdout[-3000:] + built.stderr[-3000:])
            version = subprocess.run([str(build / "nitro"), "--version"], capture_output=True, text=True,
                                     timeout=30)
            self.assertEqual(version.returncode, 0)
            self.assertRegex(version.stdout, r"\d+\.\d+\.\d+")
            self.assertFalse((build / "tests").exists())


if __name__ == "__main__":
    unittest.main()
