"""Paged list commands: each command whose result is `values[].<field>` plus
`cursor` gets a generated fetcher that runs its operation for one page and
maps the connection's nodes to runtime list items (runtime/list.h)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gql import Field, Operation, Struct
from spec import Command, KeyLines, Spec, SpecError

MAX_FIELDS = 4  # NITRO_LIST_MAX_FIELDS


@dataclass
class ListAdapter:
    command: Command
    operation: Operation
    chain: list[Field]        # data -> ... -> the connection
    connection: Struct
    node: Struct
    fields: list[Field]       # node fields, in the result's order

    @property
    def c_name(self) -> str:
        return self.command.c_name

    @property
    def progress(self) -> str:
        return self.command.progress or self.command.summary

    @property
    def connection_expression(self) -> str:
        """`data->me && data->me->x ? data->me->x : NULL`: every link may be null."""
        paths, path = [], "data"
        for field in self.chain:
            path = f"{path}->{field.c_name}"
            paths.append(path)
        return f"{' && '.join(paths)} ? {paths[-1]} : NULL" if paths else "data"


def find_connection(struct: Struct, chain: list[Field]):
    """Depth first: the first struct with `edges { node }` and `pageInfo`."""
    keys = {f.key: f for f in struct.fields}
    edges, page_info = keys.get("edges"), keys.get("pageInfo")
    if edges and edges.list and edges.struct and page_info and page_info.struct:
        node = {f.key: f for f in edges.struct.fields}.get("node")
        if node and node.struct:
            return chain, struct, node.struct
    for field in struct.fields:
        if field.struct and not field.list:
            found = find_connection(field.struct, chain + [field])
            if found:
                return found
    return None


def list_adapters(spec: Spec, spec_path: Path, operations: list[Operation]) -> list[ListAdapter]:
    lines = KeyLines(spec_path.read_text(encoding="utf-8"))
    by_name = {op.name: op for op in operations}
    adapters, errors = [], []
    for command in spec.leaves():
        values = [r[len("values[]."):] for r in command.result if r.startswith("values[].")]
        if not values or command.operation not in by_name:
            continue
        where = f"{spec_path}:{lines.line(command.key_path + ('result',))}"
        operation = by_name[command.operation]
        variables = {v.key for v in operation.variables}
        found = find_connection(operation.structs[-1], [])
        if not found or not {"after", "first"} <= variables:
            errors.append(f"{where}: {command.operation} is not a paged list (a connection with edges.node and "
                          f"pageInfo, and $after and $first)")
            continue
        chain, connection, node = found
        node_fields = {f.key: f for f in node.fields}
        fields = []
        for name in values:
            field = node_fields.get(name)
            if not field or field.list or field.kind not in ("string", "bool"):
                errors.append(f"{where}: result field 'values[].{name}' is not a string or boolean field that "
                              f"{command.operation} selects on its nodes")
            else:
                fields.append(field)
        if "cursor" not in command.result:
            errors.append(f"{where}: a paged list's result needs 'cursor'")
        if len(fields) > MAX_FIELDS:
            errors.append(f"{where}: at most {MAX_FIELDS} values[] fields")
        adapters.append(ListAdapter(command, operation, chain, connection, node, fields))
    if errors:
        raise SpecError(errors)
    return adapters
