"""Validate the GraphQL operations against the schema and model their C bindings.

Each spec/operations/*.graphql file holds one named operation (and its
fragments) exactly as it is sent on the wire. Selections are flattened through
fragments; fields under a type condition that may not apply are optional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    FragmentDefinitionNode,
    build_schema,
    is_abstract_type,
    parse,
    type_from_ast,
    validate,
)
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode

from spec import SpecError

SCALARS = {"String": "string", "ID": "string", "DateTime": "string", "Int": "int",
           "Float": "float", "Boolean": "bool"}


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).lower().strip("_")


@dataclass
class Field:
    key: str          # the JSON response key
    c_name: str
    kind: str         # string | int | float | bool | object
    list: bool
    nullable: bool    # JSON null allowed
    optional: bool    # may be absent: selected only under some type conditions
    path: str         # for decode errors: me.personalAccessTokens.edges.node.id
    struct: "Struct | None" = None
    element_nullable: bool = False
    scalar: str | None = None  # the GraphQL scalar or enum name of a leaf


@dataclass
class Struct:
    c_name: str
    graphql_type: str
    path: str
    fields: list[Field] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)  # (enum constant, typename)
    other_kind: str | None = None

    @property
    def abstract(self) -> bool:
        return bool(self.kinds)


@dataclass
class Operation:
    name: str
    prefix: str        # C prefix: gql_create_pat
    file: str
    kind: str          # query | mutation
    document: str
    variables: dict  # name -> graphql-core input type, as the operation declares it
    structs: list[Struct]  # children first; the last one is the data root

    @property
    def root(self) -> Struct:
        return self.structs[-1]


class OperationLoader:
    def __init__(self, spec_dir: Path):
        self.spec_dir = spec_dir
        schema_path = spec_dir / "schema.graphql"
        try:
            self.schema: GraphQLSchema = build_schema(schema_path.read_text(encoding="utf-8"))
        except GraphQLError as exc:
            raise SpecError([located(schema_path, exc)]) from None
        self.errors: list[str] = []

    def load_all(self) -> list[Operation]:
        operations = []
        names: dict[str, str] = {}
        for path in sorted((self.spec_dir / "operations").glob("*.graphql")):
            operation = self.load(path)
            if operation is None:
                continue
            if operation.name in names:
                self.errors.append(f"{path}:1: operation {operation.name} is also in {names[operation.name]}")
            names[operation.name] = str(path)
            operations.append(operation)
        if self.errors:
            raise SpecError(self.errors)
        return operations

    def load(self, path: Path) -> Operation | None:
        text = path.read_text(encoding="utf-8")
        document_text = text.rstrip("\n")
        try:
            document = parse(document_text)
        except GraphQLError as exc:
            self.errors.append(located(path, exc))
            return None
        errors = validate(self.schema, document)
        if errors:
            self.errors.extend(located(path, e) for e in errors)
            return None
        ops = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        if len(ops) != 1 or ops[0].name is None:
            self.errors.append(f"{path}:1: a file must hold exactly one named operation")
            return None
        op = ops[0]
        self.fragments = {d.name.value: d for d in document.definitions
                          if isinstance(d, FragmentDefinitionNode)}
        prefix = "gql_" + snake(path.stem)
        root_type = self.schema.get_root_type(op.operation)
        self.structs: list[Struct] = []
        self.build_struct(f"{prefix}_data", root_type, [op.selection_set], "")
        variables = {v.variable.name.value: type_from_ast(self.schema, v.type) for v in op.variable_definitions}
        return Operation(name=op.name.value, prefix=prefix, file=f"spec/operations/{path.name}",
                         kind=op.operation.value, document=document_text, variables=variables,
                         structs=self.structs)

    # ---- responses -----------------------------------------------------------
    def collect(self, selection_sets, parent_type, owner=None, conditional=False, out=None):
        """Response key -> (field nodes, conditional, owner type) through fragments.

        The owner is the type the field was selected on (a fragment's type
        condition), which holds its definition even when the parent is a union."""
        out = {} if out is None else out
        owner = owner or parent_type
        for selection_set in selection_sets:
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode):
                    key = selection.alias.value if selection.alias else selection.name.value
                    nodes, was_conditional, first_owner = out.get(key, ([], True, owner))
                    out[key] = (nodes + [selection], was_conditional and conditional, first_owner)
                    continue
                if isinstance(selection, FragmentSpreadNode):
                    fragment = self.fragments[selection.name.value]
                    condition, sub = fragment.type_condition, fragment.selection_set
                else:
                    condition, sub = selection.type_condition, selection.selection_set
                applies = condition is None or self.always_applies(condition.name.value, parent_type)
                inner_owner = self.schema.get_type(condition.name.value) if condition else owner
                self.collect([sub], parent_type, inner_owner, conditional or not applies, out)
        return out

    def always_applies(self, condition: str, parent_type) -> bool:
        if condition == parent_type.name:
            return True
        condition_type = self.schema.get_type(condition)
        if isinstance(parent_type, GraphQLObjectType):
            return is_abstract_type(condition_type) and self.schema.is_sub_type(condition_type, parent_type)
        return is_abstract_type(condition_type) and all(
            self.schema.is_sub_type(condition_type, t) for t in self.schema.get_possible_types(parent_type))

    def build_struct(self, c_name: str, graphql_type, selection_sets, path: str) -> Struct:
        struct = Struct(c_name=c_name, graphql_type=graphql_type.name, path=path or "data")
        if is_abstract_type(graphql_type):
            for possible in sorted(self.schema.get_possible_types(graphql_type), key=lambda t: t.name):
                struct.kinds.append((f"{c_name.upper()}_{snake(possible.name).upper()}", possible.name))
            struct.other_kind = f"{c_name.upper()}_OTHER"
        for key, (nodes, conditional, owner) in self.collect(selection_sets, graphql_type).items():
            name = nodes[0].name.value
            if name == "__typename":
                continue  # decoded into `typename` for abstract types only
            field_def = owner.fields[name]
            field_type = field_def.type
            nullable = not isinstance(field_type, GraphQLNonNull)
            inner = field_type.of_type if not nullable else field_type
            inner = inner.of_type if isinstance(inner, GraphQLNonNull) else inner
            is_list = isinstance(inner, GraphQLList)
            element_nullable = False
            if is_list:
                element = inner.of_type
                element_nullable = not isinstance(element, GraphQLNonNull)
                inner = element.of_type if isinstance(element, GraphQLNonNull) else element
                if isinstance(inner, (GraphQLList, GraphQLNonNull)):
                    raise SpecError([f"{path or 'data'}.{key}: nested lists are not supported"])
            field_path = f"{path}.{key}" if path else key
            # On an abstract type every field is optional: a member the client
            # does not know yet may lack it, and must still decode.
            f = Field(key=key, c_name=snake(key), kind="object", list=is_list, nullable=nullable,
                      optional=conditional or struct.abstract, path=field_path,
                      element_nullable=element_nullable)
            if isinstance(inner, GraphQLScalarType):
                f.kind = SCALARS.get(inner.name, "string")
                f.scalar = inner.name
            elif isinstance(inner, GraphQLEnumType):
                f.kind = "string"  # unknown enum values must not break old clients
                f.scalar = inner.name
            else:
                sub_sets = [n.selection_set for n in nodes if n.selection_set]
                f.struct = self.build_struct(f"{c_name}_{snake(key)}", inner, sub_sets, field_path)
            struct.fields.append(f)
        self.structs.append(struct)
        return struct


def located(path: Path, error: GraphQLError) -> str:
    line = error.locations[0].line if error.locations else 1
    column = f"{error.locations[0].column}:" if error.locations else ""
    return f"{path}:{line}:{column} {error.message}"


def load_operations(spec_dir: Path) -> list[Operation]:
    return OperationLoader(spec_dir).load_all()
