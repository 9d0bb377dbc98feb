#!/usr/bin/env python3
"""Generate nitro's C tables, help text and GraphQL bindings from spec/.

    generate.py [--spec-dir DIR] [--out DIR] [--check]

Lint errors are printed as file:line: message and exit with status 1.
--check writes nothing and exits 1 when a file under --out is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MIN_GRAPHQL_CORE = (3, 2)


def check_requirements() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"generate.py: Python >= 3.11 is needed (tomllib); this is {sys.version.split()[0]}")
    try:
        import graphql
        import jinja2  # noqa: F401
    except ImportError as exc:
        sys.exit(f"generate.py: {exc.name} is missing; install graphql-core >= 3.2 and Jinja2 >= 3.1")
    version = tuple(int(p) for p in graphql.__version__.split(".")[:2])
    if version < MIN_GRAPHQL_CORE:
        sys.exit(f"generate.py: graphql-core >= 3.2 is needed; this is {graphql.__version__}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-dir", type=Path, default=HERE.parent / "spec")
    parser.add_argument("--out", type=Path, default=HERE.parent / "generated")
    parser.add_argument("--check", action="store_true",
                        help="report stale files instead of writing them")
    args = parser.parse_args(argv)
    check_requirements()

    from emit import render_all
    from spec import SpecError

    try:
        files = render_all(args.spec_dir)
    except SpecError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 1

    stale = []
    for name, content in sorted(files.items()):
        target = args.out / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == content:
            continue
        stale.append(name)
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(content, encoding="utf-8")
            tmp.replace(target)
    known = set(files)
    extra = sorted(str(p.relative_to(args.out)) for p in args.out.rglob("*")
                   if p.is_file() and str(p.relative_to(args.out)) not in known) \
        if args.out.exists() else []
    if args.check:
        for name in stale:
            print(f"{args.out / name}: stale; run generator/generate.py and commit", file=sys.stderr)
        for name in extra:
            print(f"{args.out / name}: not produced by the spec; delete it", file=sys.stderr)
        return 1 if stale or extra else 0
    for name in extra:
        (args.out / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
