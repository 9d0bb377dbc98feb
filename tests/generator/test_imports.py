"""The generator's modules import each other without a circle: a shared helper lives in a module that
imports nothing of the generator, so each module can be read (and changed) from the bottom up."""

import ast
import tempfile
import unittest
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[2] / "generator"


def import_graph(directory: Path) -> dict[str, set[str]]:
    """Module name -> the generator modules it imports (at any depth of its code, functions included)."""
    modules = {path.stem: path for path in directory.glob("*.py")}
    graph = {}
    for name, path in modules.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
        graph[name] = {m for m in imported if m in modules and m != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of the graph as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


class GeneratorImports(unittest.TestCase):
    def test_no_import_cycle(self):
        cycle = find_cycle(import_graph(GENERATOR))
        self.assertIsNone(cycle, "generator modules import each other in a circle: " + " -> ".join(cycle or []))

    def test_the_check_finds_a_circle(self):
        self.assertEqual(find_cycle({"emit": {"docs"}, "docs": {"cstring", "emit"}, "cstring": set()}),
                         ["docs", "emit", "docs"])
        self.assertIsNone(find_cycle({"emit": {"docs", "cstring"}, "docs": {"cstring"}, "cstring": set()}))

    def test_a_deferred_import_counts(self):
        # The circle this test was written for hid inside a function body.
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        tmp = Path(scratch.name)
        (tmp / "a.py").write_text("import b\n")
        (tmp / "b.py").write_text("def f():\n    from a import g\n    return g\n")
        self.assertEqual(find_cycle(import_graph(tmp)), ["a", "b", "a"])


if __name__ == "__main__":
    unittest.main()
