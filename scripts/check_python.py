"""Does the interpreter running this meet requirements.txt? Exit 0 when it does; otherwise print what is
missing or too old on one line and exit 1. Standard library only, and old-Python syntax, so that any python3
can be asked.

    python3 scripts/check_python.py [--only NAME...] [requirements.txt]
"""

import os
import re
import sys

REQUIREMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "requirements.txt")


def version_tuple(text):
    """The leading numbers of a version: "3.2.6" -> (3, 2, 6), Debian's "1:2.2.2-3+deb12u1" -> (2, 2, 2)."""
    text = text.split(":", 1)[-1]
    match = re.match(r"\d+(\.\d+)*", text.strip())
    return tuple(int(part) for part in match.group(0).split(".")) if match else ()


def read(path=REQUIREMENTS):
    """[(name, minimum text)], the interpreter first as ("python", ...)."""
    wanted = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            python = re.match(r"#\s*python\s*>=\s*([\d.]+)\s*$", line, re.I)
            if python:
                wanted.insert(0, ("python", python.group(1)))
                continue
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            requirement = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([\d.]+)$", line)
            if not requirement:
                raise ValueError("%s: not NAME>=VERSION: %r" % (path, line))
            wanted.append((requirement.group(1), requirement.group(2)))
    return wanted


def installed(name):
    if name == "python":
        return "%d.%d.%d" % sys.version_info[:3]
    try:
        from importlib import metadata
    except ImportError:  # older than 3.8: certainly too old
        return None
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def unmet(path=REQUIREMENTS, only=None):
    """What this interpreter lacks: ["needs Werkzeug >= 2.3, found 2.2.2", ...]."""
    problems = []
    for name, minimum in read(path):
        if only and name.lower() not in {n.lower() for n in only} and name != "python":
            continue
        found = installed(name)
        if found is None or version_tuple(found) < version_tuple(minimum):
            problems.append("needs %s >= %s, found %s" % (name, minimum, found or "none"))
    return problems


def main(argv):
    only, path = [], REQUIREMENTS
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--only":
            while args and not args[0].startswith("-") and not args[0].endswith(".txt"):
                only.append(args.pop(0))
        else:
            path = arg
    problems = unmet(path, only or None)
    if problems:
        print("%s %s" % (sys.executable, "; ".join(problems)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
