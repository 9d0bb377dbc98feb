"""Which runtime file calls which, read from the build's object files, and the two rules the runtime keeps:
no call from a lower room into a higher one (core < net < auth < context < commands < the top), and no two
files calling each other, directly or round a longer circle.

    python3 tests/layering/layers.py <build-dir>     prints the graph's counts and every offending edge
"""

import subprocess
import sys
from pathlib import Path

# A room's rank: a file may use what files of its own rank or lower define. Generated code sits where what it
# references does: graphql.c (documents, decoders) beside net's GraphQL runtime; commands.c (the behaviour
# tables, pickers, completers) with the executors that read them; cli.c (the option tables, which name each
# command's handler) and the completion scripts at the top.
ROOT = Path(__file__).resolve().parents[2]
ROOMS = ["core", "net", "auth", "context", "commands", "top"]
GENERATED_ROOMS = {"graphql.c": "net", "commands.c": "commands", "cli.c": "top", "scripts.c": "commands"}


def room_of(source: str) -> str:
    parts = source.split("/")
    if parts[0] == "generated":
        return GENERATED_ROOMS[parts[-1]]
    if parts[0] == "runtime" and len(parts) == 2:
        return "top"  # app.c, main.c
    return parts[1]


def objects(build: Path) -> dict[str, Path]:
    """Source path (runtime/core/args.c) -> its object file, for the nitro binary's objects."""
    found = {}
    for obj in build.glob("CMakeFiles/nitro*.dir/**/*.o"):
        # CMakeFiles/<target>.dir/runtime/core/args.c.o -> runtime/core/args.c
        source = "/".join(obj.relative_to(build).parts[2:])[: -len(".o")]
        # An object whose source is gone (a file moved since this build directory was first used) is stale.
        if source.startswith(("runtime/", "generated/")) and (ROOT / source).exists():
            found[source] = obj
    return found


def symbols(obj: Path) -> tuple[set[str], set[str]]:
    """(defined, undefined) external symbols of an object file."""
    out = subprocess.run(["nm", "-P", str(obj)], capture_output=True, text=True, check=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        name, kind = fields[0], fields[1]
        if kind == "U":
            undefined.add(name)
        elif kind.isupper():
            defined.add(name)
    return defined, undefined


def call_graph(build: Path) -> dict[str, set[str]]:
    """File -> the files whose symbols it uses."""
    objs = objects(build)
    tables = {source: symbols(obj) for source, obj in objs.items()}
    owner = {}
    for source, (defined, _) in tables.items():
        for name in defined:
            owner[name] = source
    graph = {}
    for source, (_, undefined) in tables.items():
        graph[source] = {owner[name] for name in undefined if name in owner and owner[name] != source}
    return graph


def upward_edges(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    rank = {room: i for i, room in enumerate(ROOMS)}
    return sorted((a, b) for a, targets in graph.items() for b in targets
                  if rank[room_of(b)] > rank[room_of(a)])


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one file (Tarjan), each sorted."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def report(graph: dict[str, set[str]]) -> tuple[list, list, str]:
    ups, rings = upward_edges(graph), circles(graph)
    lines = [f"{len(graph)} files, {sum(map(len, graph.values()))} cross-file edges, "
             f"{len(rings)} circles, {len(ups)} upward calls"]
    for a, b in ups:
        lines.append(f"upward: {a} ({room_of(a)}) uses {b} ({room_of(b)})")
    for ring in rings:
        inner = [f"{a} -> {b}" for a in ring for b in sorted(graph[a]) if b in ring]
        lines.append("circle: " + ", ".join(inner))
    return ups, rings, "\n".join(lines)


if __name__ == "__main__":
    ups, rings, text = report(call_graph(Path(sys.argv[1])))
    print(text)
    sys.exit(1 if ups or rings else 0)
