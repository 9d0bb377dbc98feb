"""What each command does, from its spec tables, checked against its operation.

A command declares how every operation variable is bound (`variables`), where
its result object is (`data`, or `connection` for a paged list), the result's
fields (`result`, often a named shape), its human rendering (`human`, `table`),
its payload errors (`errors`), its messages (with {placeholders}) and, for
destructive commands, a confirmation. This module checks every one of those
against the schema and the operation's selections and reports each mistake as
`file:line: message`; the template generated/commands.c turns the model into
the tables of runtime/commands/behaviour.h.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from graphql import (
    Undefined,
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
)

from gql import Field, Operation, Struct
from spec import Arg, Command, Option, Spec

FIELD_RE = re.compile(
    r"^(?P<out>[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)"
    r"(?:\s*<-\s*(?P<src>[A-Za-z_][\w]*(?:\[\])?(?:\.[A-Za-z_][\w]*(?:\[\])?)*))?"
    r"(?:\s+as\s+(?P<shape>[a-z][a-z0-9-]*))?"
    r"(?:\s*\|\s*(?P<fmt>[a-z-]+))?$")
LABEL_RE = re.compile(r"^(?P<label>[^={}]+?)\s+=\s+(?P<ref>[\w.]+)(?:\s*\|\s*(?P<fmt>[a-z-]+))?$")
SHAPE_LINE_RE = re.compile(r"^(?P<out>[\w.]+)\s+as\s+(?P<shape>[a-z][a-z0-9-]*)$")
# A result field that is always the same text: `kind = "AfterStage"` (as the Nitro CLI names a condition).
# `cursor = null`: the null a list that is not paged prints as its cursor.
CONSTANT_FIELD_RE = re.compile(r'^(?P<out>[A-Za-z_]\w*)\s*=\s*(?:"(?P<text>[^"\\\x00-\x1f]*)"|(?P<null>null))$')
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
BINDING_RE = re.compile(r"^(?P<src>@?[a-z][a-z0-9-]*|=.+?)(?:\s*\|\s*(?P<xf>[a-z-]+)(?:\((?P<args>[^()]*)\))?)?$")
INPUT_FIELD_RE = re.compile(r'^(?P<out>[A-Za-z_]\w*)\s*(?:<-\s*@(?P<opt>[a-z][a-z0-9-]*)|=\s*"(?P<const>[^"\\]*)")$')
UPLOAD_RE = re.compile(r"^(?P<opt>[a-z][a-z0-9-]*)(?:\[(?P<member>[^\]]*)\])?\s+as\s+(?P<file>[A-Za-z0-9_.-]+)"
                       r"(?P<binary>\s+\(binary\))?$")
# A member of the zip an upload's option names ("archive[gateway/2.0.0/gateway.graphqls] as schema.graphql"):
# a relative path of plain names, none of them "." or "..".
MEMBER_RE = re.compile(r"^(?!\.\.?(?:/|$))[A-Za-z0-9_.-]+(?:/(?!\.\.?(?:/|$))[A-Za-z0-9_.-]+)*$")
# A zip's entry: "option", "option in folder/" or "option as entry-name".
ZIP_ENTRY_RE = re.compile(r"^(?P<opt>[a-z][a-z0-9-]*)(?:\s+in\s+(?P<folder>(?:[A-Za-z0-9_.-]+/)+)"
                          r"|\s+as\s+(?P<rename>[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*))?$")
ZIP_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]+\.zip$")
OUTCOMES = {"continue", "success", "failure"}
PATH_SEGMENT_RE = re.compile(r"^(?P<key>[A-Za-z_]\w*)(?P<index>\[\d+\])?$")

JSON_FORMATS = {"datetime", "join-path"}
HUMAN_FORMATS = JSON_FORMATS | {"expires-in", "with-expires-in", "yes-no"}
TRANSFORMS = {"days-from-now", "split-path", "upper", "json-list", "source-metadata", "date-time", "days-before",
              "true-or-null"}
# Transforms that always give a value: an absent option is still sent (now; the window's start; null).
ALWAYS_VALUED = {"date-time", "days-before", "true-or-null"}
SPECIAL_SOURCES = {"@workspace", "@after", "@first"}
BEHAVIOUR_KEYS = {
    "variables", "data", "connection", "result", "human", "table", "errors", "activity", "success",
    "no-data", "not-found", "confirm", "confirm-by-id", "declined", "notice", "recheck", "check", "one-of",
    "set-default-workspace", "not-a-user", "source", "replace", "inherit", "items", "json-error", "files", "zip",
    "follow", "exclusive", "rest-download", "select", "filter", "each", "next-page", "keep-if-any", "steps", "keep",
    "forget",
}
DEFAULT_NO_DATA = "The GraphQL mutation completed without errors, but the server did not return the expected data."


@dataclass
class OutField:
    key: str
    path: list[str]            # response path from the data object
    kind: str                  # string | bool | number | string_list | object
    format: str | None = None
    fields: list["OutField"] = field(default_factory=list)
    constant: str | None = None  # kind "constant": the text written (None: null); or `key = "text"`
    input: "Option | None" = None  # `key <- @option`: the option's value, not the response's

    def find(self, dotted: str) -> "OutField | None":
        node = self
        for part in dotted.split("."):
            node = next((f for f in node.fields if f.key == part), None)
            if node is None:
                return None
        return node


@dataclass
class ValueRef:
    path: list[str]
    format: str | None


@dataclass
class Part:
    kind: str                  # TEXT | DATA | INPUT | WORKSPACE | CHECK
    text: str | None = None
    value: ValueRef | None = None
    input: "Option | Arg | None" = None


@dataclass
class HumanLine:
    label: str | None
    value: ValueRef | None
    template: list[Part] | None


@dataclass
class Binding:
    path: list[str]
    kind: str                  # INPUT | WORKSPACE | AFTER | FIRST | CONST
    input: "Option | Arg | None" = None
    transform: str | None = None
    constant: str | None = None
    absent_depth: int = 0
    omit: bool = False
    one_of: bool = False
    may_be_absent: bool = False
    types: list = field(default_factory=list)
    source: str = ""
    other: "Option | None" = None  # days-before(to, N): the option that ends the window
    days: int = 0                  # days-before(to, N): N


@dataclass
class Request:
    operation: Operation
    bindings: list[Binding]


@dataclass
class Picker:
    name: str
    request: Request
    connection: list[str]
    page_size: int
    value: ValueRef
    label: ValueRef
    empty: str
    detail: ValueRef | None = None  # shown beside the label: what tells items of one name apart
    marks_default: bool = False     # its values are workspace ids: the session's default is marked and taken


@dataclass
class Choice:
    label: str
    input: Option
    picker: Picker | None
    title: str | None


@dataclass
class OneOf:
    options: list[Option]
    question: str
    choices: list[Choice]


@dataclass
class Behaviour:
    command: Command
    kind: str                  # list | mutation | query | local
    request: Request | None
    data: list[str]
    data_type: str | None
    result: OutField
    errors: list[list[str]] = field(default_factory=list)
    verbatim: list[str] = field(default_factory=list)
    all_errors: bool = False
    not_a_user: bool = False
    only_to_confirm: bool = False  # a check sent only to name the item in a confirmation (not with --force)
    texts: dict[str, list[Part]] = field(default_factory=dict)
    recheck: str | None = None
    human: list[HumanLine] = field(default_factory=list)
    table_title: str | None = None
    columns: list[tuple[str, ValueRef]] = field(default_factory=list)
    check: "Behaviour | None" = None
    find: "Find | None" = None  # a check that finds the item in a list command's pages
    item_struct: Struct | None = None  # a list's item, for a check that finds one in it
    picks: list[tuple[Option, Picker, str]] = field(default_factory=list)
    one_of: OneOf | None = None
    save_workspace: str = "never"
    save_workspace_option: Option | None = None
    confirm_option: Option | None = None
    replace: "Replace | None" = None
    check_struct: Struct | None = None  # a check's data object, for {check.*} placeholders
    uploads: list[UploadDef] = field(default_factory=list)
    follow: FollowDef | None = None
    exclusive: list[Option] = field(default_factory=list)
    download: DownloadDef | None = None
    select: "SelectDef | None" = None
    filter: tuple[list[str], str] | None = None  # items kept: (path in an item, the JSON value it must equal)
    each: "EachDef | None" = None
    next_page: "NextPage | None" = None
    keep_if_any: list[str] | None = None  # a list in each item: items where it is empty are left out
    steps: Steps | None = None
    keep: "Keep | None" = None         # a result field kept for the commands after it
    kept: Option | None = None         # its option filled from the kept file when not given
    kept_by: list[Option | None] = field(default_factory=list)  # the options keying it (None: it has none)
    forget: bool = False               # on success, the kept value it used is forgotten
    name: str = ""             # C name

    global_options: list = field(default_factory=list)  # the scoped globals it takes (--cursor, --jq...)

    def option(self, name: str) -> Option | None:
        return next((o for o in self.command.options + self.global_options if o.name == name), None)


@dataclass
class Inherit:
    """A create option of a replacement, from the replaced item (or the command's own option)."""
    target: Option             # the create command's option
    own: Option | None         # the replacing command's option of the same name: it wins when given
    values: list[ValueRef]     # from the found item
    transform: str             # "value" or "days"


@dataclass
class Find:
    """An item found by its ID in a list command's pages (a replacement's, or a check's)."""
    list: Behaviour
    id_ref: ValueRef           # a listed item's id
    id_input: "Arg | Option"   # the command's <id>


@dataclass
class Replace:
    find: Behaviour
    create: Behaviour
    remove: Behaviour
    id_ref: ValueRef           # the found item's id
    inherit: list[Inherit]
    remove_id: Arg | Option
    remove_force: Option


@dataclass
class Keep:
    name: str                  # the kept option's name
    path: list[str]            # the result field kept
    by: list[Option]           # this command's options that key it


@dataclass
class Step:
    behaviour: "Behaviour"
    copies: list[tuple[Option, Option]]  # (this command's option, the step's option of that name)
    carried: Option | None = None        # the step's option filled from an earlier step's result
    skip: Option | None = None           # this command's flag that leaves the step out
    passes: Option | None = None         # this command's flag that lets a failure of the step pass


@dataclass
class Steps:
    steps: list[Step]
    carry_from: int                      # the step whose result gives the carried value
    carry_path: list[str]                # in that step's result object
    carry_name: str                      # the carried option's name
    undo: Step | None                    # run after a failure before the last step (gives back what it holds)


@dataclass
class SelectDef:
    """`select`: the item of a list whose `field` equals an option's value; `data` / `items` are read below it."""
    list: list[str]
    field: str
    input: "Option | Arg"
    not_found: list[Part]
    struct: Struct


@dataclass
class UploadDef:
    path: list[str]            # the Upload variable
    input: Option | None       # the string option naming the file (None for a zip)
    file_name: str             # the multipart part's file name
    binary: bool = False       # any bytes (an archive); otherwise it must be UTF-8 text
    member: str | None = None  # the option names a zip: this member of it is sent
    entries: list["ZipEntry"] = field(default_factory=list)  # a zip: the files its options' patterns match


@dataclass
class ZipEntry:
    input: Option              # a string option of glob patterns (`multiple`: several)
    folder: str | None = None  # "in prompts/": each file under this folder, by its path
    rename: str | None = None  # "as schema.graphqls": the one file it matches, under this name


@dataclass
class EventDef:
    typename: str
    say: list[Part] | None
    errors: list[str] | None   # a list in the event, shown as a tree
    outcome: str               # continue | success | failure
    waiting: bool = False
    details: list[str] | None = None  # a list shown as a tree only with --verbose (a success's changes)


@dataclass
class FollowDef:
    operation: Operation
    # (variable path, path in the mutation's result object or None, the option it is bound to or None)
    variables: list[tuple[list[str], list[str] | None, Option | None]]
    data: list[str]
    events: list[EventDef]
    texts: dict[str, list[Part]]
    wait: Option | None


@dataclass
class DownloadDef:
    path: list[Part]           # the REST path; each placeholder's value is escaped
    file: Option               # the file (or folder) written
    not_found: list[Part]      # said for a 404
    format: Option | None      # persisted queries: --format relay|folder; None: the body as it is


@dataclass
class EachDef:
    """`each`: the operation runs once for each value of a `multiple` option."""
    option: Option
    say: list[Part]            # after each request, from its data object
    done: list[Part]           # a failure after some requests: what the server did, with the values done


@dataclass
class NextPage:
    """`next-page`: the pages after the first of a list come from another operation."""
    request: Request
    connection: list[str]


@dataclass
class Completer:
    name: str
    list: Behaviour
    value: ValueRef
    description: ValueRef | None
    newest: ValueRef | None = None  # a DateTime: candidates are offered newest first
    inputs: list[Option] = field(default_factory=list)  # the list's options __complete fills (--api-id)


@dataclass
class Model:
    behaviours: list[Behaviour]
    pickers: list[Picker]
    completers: list[Completer]


def split_path(text: str) -> list[str] | None:
    """'a.b[0].c' -> ['a', 'b', '[0]', 'c']."""
    parts = []
    for segment in text.split("."):
        match = PATH_SEGMENT_RE.match(segment)
        if not match:
            return None
        parts.append(match.group("key"))
        if match.group("index"):
            parts.append(match.group("index"))
    return parts


class Builder:
    def __init__(self, spec: Spec, operations: list[Operation]):
        self.spec = spec
        self.lint = spec.lint
        self.operations = {op.name: op for op in operations}
        self.error_types: set[str] = set()  # every payload error type a command's `errors` reaches
        self.raw = spec.raw
        self.shapes = spec.raw.get("shapes") or {}
        self.pickers: dict[str, Picker] = {}
        self.current_inputs: dict | None = None  # the inputs of the command being built (result entries)
        self.lists: dict[str, Behaviour] = {}  # the commands built so far by their words (a check's `find`)

    # ---- response paths ---------------------------------------------------------
    def walk(self, struct: Struct, path: list[str], where: tuple, what: str):
        """The Field at `path` below `struct`, or None (reported)."""
        current: Struct | None = struct
        found: Field | None = None
        indexed = False
        for segment in path:
            if segment.startswith("["):
                if not found or not found.list or indexed:
                    self.lint.error(where, f"{what}: '{segment}' indexes something that is not a list")
                    return None
                indexed = True
                continue
            if found is not None and found.list and not indexed:
                self.lint.error(where, f"{what}: '{found.key}' is a list; index it ('{found.key}[0]')")
                return None
            if current is None:
                self.lint.error(where, f"{what}: '{found.key}' has no fields")
                return None
            found = next((f for f in current.fields if f.key == segment), None)
            if found is None:
                self.lint.error(where, f"{what}: the operation does not select '{segment}' on "
                                       f"{current.graphql_type} (at {current.path})")
                return None
            current = found.struct
            indexed = False
        return found

    def object_at(self, struct: Struct, dotted: str, where: tuple, what: str, allow_list_index=True):
        """(path, struct, typename) of `a.b[0].c on Type` below struct."""
        text, _, on_type = dotted.partition(" on ")
        path = split_path(text.strip())
        if path is None:
            self.lint.error(where, f"{what}: '{dotted}' is not a path like a.b[0].c")
            return None
        found = self.walk(struct, path, where, what)
        if found is None:
            return None
        if found.struct is None:
            self.lint.error(where, f"{what}: '{text}' is a value, not an object")
            return None
        if found.list and path[-1][0] != "[":
            self.lint.error(where, f"{what}: '{text}' is a list; index it")
            return None
        on_type = on_type.strip() or None
        if on_type:
            names = {name for _, name in found.struct.kinds} or {found.struct.graphql_type}
            if on_type not in names:
                self.lint.error(where, f"{what}: '{text}' cannot be a {on_type} (one of {sorted(names)})")
                return None
        return path, found.struct, on_type

    # ---- results -------------------------------------------------------------------
    def leaf_kind(self, f: Field) -> str:
        if f.list:
            return "string_list" if f.kind == "string" and f.struct is None else "unsupported"
        return {"string": "string", "bool": "bool", "int": "number", "float": "number"}.get(f.kind, "object")

    def shape_fields(self, shape_name: str, where: tuple) -> list | None:
        shape = self.shapes.get(shape_name)
        if not isinstance(shape, dict) or not isinstance(shape.get("fields"), list):
            self.lint.error(where, f"unknown shape '{shape_name}' (declare [shapes.{shape_name}] with 'fields')")
            return None
        return shape["fields"]

    def build_result(self, entries, struct: Struct, where: tuple, depth=0) -> OutField:
        """The output object of `entries` (strings, or a shape's name) read from `struct`."""
        root = OutField(key="", path=[], kind="object")
        if isinstance(entries, str):
            name, entries = entries, self.shape_fields(entries, where) or []
            if name in self.shapes:
                where = ("shapes", name, "fields")  # a shape's mistakes are reported where it is declared
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            self.lint.error(where, "'result' must be a shape's name or a list of fields")
            return root
        for entry in entries:
            self.add_result_entry(root, entry, struct, where, depth)
        return root

    def add_result_entry(self, root: OutField, entry: str, struct: Struct, where: tuple, depth: int) -> None:
        constant = CONSTANT_FIELD_RE.match(entry.strip())
        if constant:
            if any(f.key == constant.group("out") for f in root.fields):
                self.lint.error(where, f"result field '{constant.group('out')}' is declared twice")
                return
            root.fields.append(OutField(key=constant.group("out"), path=[], kind="constant",
                                        constant=constant.group("text")))
            return
        special = INPUT_FIELD_RE.match(entry.strip())
        if special:
            key = special.group("out")
            if any(f.key == key for f in root.fields):
                self.lint.error(where, f"result field '{key}' is declared twice")
                return
            if special.group("const") is not None:
                root.fields.append(OutField(key=key, path=[], kind="string", constant=special.group("const")))
                return
            item = (self.current_inputs or {}).get(special.group("opt"))
            if item is None or getattr(item, "type", "string") != "string":
                self.lint.error(where, f"result field '{key}': '@{special.group('opt')}' is no string option "
                                       f"or argument of this command ({sorted(self.current_inputs or {})})")
                return
            root.fields.append(OutField(key=key, path=[], kind="string", input=item))
            return
        match = FIELD_RE.match(entry.strip())
        if not match:
            self.lint.error(where, f"result field {entry!r} is not 'out [<- in] [as shape] [| format]'")
            return
        out = match.group("out").split(".")
        if "[]" in (match.group("src") or ""):
            self.add_plucked(root, out, match.group("src"), match, struct, where)
            return
        src = split_path(match.group("src") or match.group("out"))
        shape, fmt = match.group("shape"), match.group("fmt")
        found = self.walk(struct, src, where, f"result field '{match.group('out')}'")
        if found is None:
            return
        parent = root
        for key in out[:-1]:
            child = next((f for f in parent.fields if f.key == key), None)
            if child is None:
                child = OutField(key=key, path=[], kind="object")
                parent.fields.append(child)
            elif child.kind != "object":
                self.lint.error(where, f"result field '{key}' is both a value and an object")
                return
            parent = child
        if any(f.key == out[-1] for f in parent.fields):
            self.lint.error(where, f"result field '{match.group('out')}' is declared twice")
            return
        if shape and found.list and found.struct is not None and len(out) == 1:
            # A list of objects: each item written in the shape, its fields read from the item.
            if depth > 4:
                self.lint.error(where, f"shape '{shape}' nests too deeply")
                return
            sub = self.build_result(shape, found.struct, where, depth + 1)
            self.null_paths(sub, found.struct)
            parent.fields.append(OutField(key=out[-1], path=src, kind="object_list", fields=sub.fields))
            return
        if shape:
            if found.struct is None or found.list:
                self.lint.error(where, f"'{match.group('src')}' is not an object, so it cannot be a {shape}")
                return
            if depth > 4:
                self.lint.error(where, f"shape '{shape}' nests too deeply")
                return
            sub = self.build_result(shape, found.struct, where, depth + 1)
            sub.key = out[-1]
            self.rebase(sub, src)
            parent.fields.append(sub)
            return
        kind = self.leaf_kind(found)
        if kind in ("object", "unsupported"):
            self.lint.error(where, f"result field '{match.group('out')}' is an object or a list of objects; "
                                   f"name its fields or a shape ('as <shape>')")
            return
        if fmt is None and found.scalar == "DateTime":
            fmt = "datetime"
        if fmt is not None and fmt not in JSON_FORMATS:
            self.lint.error(where, f"unknown JSON formatter '{fmt}' (one of {sorted(JSON_FORMATS)})")
            fmt = None
        if fmt == "join-path" and kind != "string_list":
            self.lint.error(where, f"'join-path' needs a list of strings; '{match.group('out')}' is not one")
        if fmt == "join-path":
            kind = "string"
        parent.fields.append(OutField(key=out[-1], path=src, kind=kind, format=fmt))

    def add_plucked(self, root: OutField, out: list[str], src: str, match, struct: Struct, where: tuple) -> None:
        """`stages <- publishedTo[].stage.name`: a list of strings, one read from each object of a list."""
        head, _, tail = src.partition("[].")
        if len(out) != 1 or not tail or "[]" in tail or match.group("shape") or match.group("fmt"):
            self.lint.error(where, f"result field {match.group(0)!r}: the values of a list are "
                                   "'out <- list[].field', with one '[]', a top-level out and no shape or format")
            return
        list_path, item_path = split_path(head), split_path(tail)
        found = list_path and self.walk(struct, list_path, where, f"result field '{out[0]}'")
        if not found:
            return
        if not found.list or found.struct is None:
            self.lint.error(where, f"result field '{out[0]}': '{head}' is not a list of objects")
            return
        leaf = item_path and self.walk(found.struct, item_path, where, f"result field '{out[0]}'")
        if not leaf:
            return
        if self.leaf_kind(leaf) != "string":
            self.lint.error(where, f"result field '{out[0]}': '{tail}' of each item is not a string")
            return
        if any(f.key == out[0] for f in root.fields):
            self.lint.error(where, f"result field '{out[0]}' is declared twice")
            return
        root.fields.append(OutField(key=out[0], path=list_path, kind="string_list",
                                    fields=[OutField(key="", path=item_path, kind="string")]))

    def rebase(self, node: OutField, prefix: list[str]) -> None:
        """Leaf paths of a shape read below `prefix` (objects get theirs from null_paths)."""
        for child in node.fields:
            if child.kind == "object":
                self.rebase(child, prefix)
            else:
                child.path = prefix + child.path

    def null_paths(self, node: OutField, struct: Struct) -> None:
        """An output object is null when the nullable response object above all its fields is."""
        for child in node.fields:
            if child.kind != "object":
                continue
            leaves = list(self.leaves(child))
            common = leaves[0] if leaves else []
            for leaf in leaves[1:]:
                n = 0
                while n < min(len(common), len(leaf)) and common[n] == leaf[n]:
                    n += 1
                common = common[:n]
            child.path = []
            for n in range(1, len(common)):  # objects only: never the leaf itself
                segment_field = self.quiet_walk(struct, common[:n])
                if segment_field is not None and segment_field.struct is not None and segment_field.nullable:
                    child.path = common[:n]
                    break
            self.null_paths(child, struct)

    def leaves(self, node: OutField):
        for child in node.fields:
            if child.kind == "object":
                yield from self.leaves(child)
            else:
                yield child.path

    def quiet_walk(self, struct: Struct, path: list[str]) -> Field | None:
        current, found = struct, None
        for segment in path:
            if segment.startswith("["):
                continue
            if current is None:
                return None
            found = next((f for f in current.fields if f.key == segment), None)
            if found is None:
                return None
            current = found.struct
        return found

    # ---- human output ------------------------------------------------------------------
    def value_ref(self, result: OutField, dotted: str, fmt: str | None, where: tuple, what: str):
        node = result.find(dotted)
        if node is None or node.kind in ("object", "object_list", "constant"):
            self.lint.error(where, f"{what}: '{dotted}' is not a result field")
            return None
        if fmt is not None and fmt not in HUMAN_FORMATS:
            self.lint.error(where, f"{what}: unknown formatter '{fmt}' (one of {sorted(HUMAN_FORMATS)})")
            return None
        if fmt in ("expires-in", "with-expires-in") and node.format != "datetime":
            self.lint.error(where, f"{what}: '{fmt}' needs a DateTime field; '{dotted}' is not one")
        if fmt == "yes-no" and node.kind != "bool":
            self.lint.error(where, f"{what}: 'yes-no' needs a boolean field; '{dotted}' is not one")
        return ValueRef(path=node.path, format=fmt or node.format)

    def human_lines(self, entries, result: OutField, inputs: dict, where: tuple, prefix="") -> list[HumanLine]:
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            self.lint.error(where, "'human' must be a list of lines")
            return []
        lines = []
        for entry in entries:
            shape_line = SHAPE_LINE_RE.match(entry)
            labelled = LABEL_RE.match(entry)
            if shape_line:
                shape = self.shapes.get(shape_line.group("shape"), {})
                if "human" not in shape:
                    self.lint.error(where, f"shape '{shape_line.group('shape')}' declares no 'human' lines")
                    continue
                lines += self.human_lines(shape["human"], result, inputs, where,
                                          prefix + shape_line.group("out") + ".")
            elif labelled:
                ref = self.value_ref(result, prefix + labelled.group("ref"), labelled.group("fmt"), where,
                                     f"human line {entry!r}")
                if ref:
                    lines.append(HumanLine(label=labelled.group("label"), value=ref, template=None))
            else:
                parts = self.text(entry, where, "human line", inputs, result=result, prefix=prefix)
                lines.append(HumanLine(label=None, value=None, template=parts))
        return lines

    def text(self, template, where: tuple, what: str, inputs: dict, result: OutField | None = None,
             check: Struct | None = None, prefix: str = "", workspace: bool = False) -> list[Part]:
        if not isinstance(template, str) or not template.strip() or "\n" in template:
            self.lint.error(where, f"{what} must be a one-line string")
            return []
        parts: list[Part] = []
        position = 0
        for match in PLACEHOLDER_RE.finditer(template):
            if match.start() > position:
                parts.append(Part("TEXT", text=template[position:match.start()]))
            name = match.group(1)
            part = None
            if name in inputs:
                part = Part("INPUT", input=inputs[name])
            elif name == "@workspace" and workspace:
                part = Part("WORKSPACE")
            elif name.startswith("check.") and check is not None:
                path = split_path(name[len("check."):])
                found = path and self.quiet_walk(check, path)
                if found is not None and found.struct is None and not found.list:
                    part = Part("CHECK", value=ValueRef(path=path, format=None))
            elif result is not None and result.find(prefix + name) is not None \
                    and result.find(prefix + name).kind != "object" \
                    and result.find(prefix + name).input is None and result.find(prefix + name).constant is None:
                node = result.find(prefix + name)
                part = Part("DATA", value=ValueRef(path=node.path, format=node.format))
            if part is None:
                known = sorted(inputs) + (["@workspace"] if workspace else [])
                self.lint.error(where, f"{what}: undefined placeholder '{{{name}}}' (inputs: {known}"
                                       f"{', result fields' if result else ''}{', check.<field>' if check else ''})")
                continue
            parts.append(part)
            position = match.end()
        if position < len(template):
            parts.append(Part("TEXT", text=template[position:]))
        return parts

    # ---- variables ----------------------------------------------------------------------
    def bindings(self, table, operation: Operation, command: Command | None, where: tuple,
                 paged: bool, uploads: list | None = None) -> list[Binding]:
        if table is None:
            table = {}
        if not isinstance(table, dict):
            self.lint.error(where, "'variables' must be a table of 'variable.path' = \"source\"")
            return []
        inputs = self.inputs(command) if command else {}
        bindings = []
        for dotted, source in table.items():
            key_where = where + (dotted,)
            binding = self.binding(dotted, source, operation, inputs, key_where, command)
            if binding:
                bindings.append(binding)
        for binding in bindings:
            if binding.may_be_absent:
                self.absent(binding, bindings, where + (".".join(binding.path),))
        self.check_required(operation, bindings, where, [u.path for u in uploads or []])
        sources = {b.kind for b in bindings}
        if paged and not {"AFTER", "FIRST"} <= sources:
            self.lint.error(where, f"a paged list binds its cursor and page size: {operation.name}'s "
                                   "variables need '@after' and '@first'")
        if not paged and sources & {"AFTER", "FIRST"}:
            self.lint.error(where, "'@after' and '@first' are for paged lists ('connection')")
        return bindings

    def inputs(self, command: Command) -> dict:
        named = {o.name: o for o in command.options}
        named.update({o.name: o for o in self.spec.global_options if o.scope and o.applies_to(command)})
        named.update({a.name: a for a in command.args})
        return named

    def binding(self, dotted, source, operation, inputs, where, command) -> Binding | None:
        path = dotted.split(".")
        types = []  # (graphql type, parent input object or None)
        var_type = operation.variables.get(path[0])
        if var_type is None:
            self.lint.error(where, f"{operation.name} has no variable '${path[0]}' "
                                   f"(it has {sorted(operation.variables) or 'none'})")
            return None
        types.append((var_type, None))
        current = var_type
        for key in path[1:]:
            named = current.of_type if isinstance(current, GraphQLNonNull) else current
            if not isinstance(named, GraphQLInputObjectType) or key not in named.fields:
                self.lint.error(where, f"'{dotted}': {named} has no input field '{key}'")
                return None
            current = named.fields[key].type
            types.append((current, named))
        if not isinstance(source, str):
            self.lint.error(where, f"the source of '{dotted}' must be a string")
            return None
        match = BINDING_RE.match(source.strip())
        if not match:
            self.lint.error(where, f"source {source!r} is not 'option', '@workspace', '@after', '@first' or "
                                   "'=<json>', with an optional '| transform'")
            return None
        src, transform, args = match.group("src"), match.group("xf"), match.group("args")
        if transform is not None and transform not in TRANSFORMS:
            self.lint.error(where, f"unknown transform '{transform}' (one of {sorted(TRANSFORMS)})")
            return None
        binding = Binding(path=path, kind="INPUT", transform=transform)
        if (args is not None) != (transform == "days-before"):
            self.lint.error(where, "'days-before(<option>, <days>)' takes the option that ends the window and its "
                                   "length in days; no other transform takes arguments")
            return None
        if args is not None:
            other, _, days = (a.strip() for a in args.partition(","))
            item = inputs.get(other)
            if getattr(item, "type", None) != "string" or not days.isdigit() or not 1 <= int(days) <= 36500:
                self.lint.error(where, f"'days-before({args})': '{other}' must be a string option of this "
                                       "command and the days a whole number from 1 to 36500")
                return None
            binding.other, binding.days = item, int(days)
        may_be_absent = False
        source_type = None
        if src.startswith("="):
            try:
                value = json.loads(src[1:])
            except ValueError:
                self.lint.error(where, f"constant {src[1:]!r} is not JSON")
                return None
            binding.kind, binding.constant = "CONST", json.dumps(value, separators=(",", ":"))
            source_type = {str: "String", bool: "Boolean", int: "Int", float: "Float", list: "[JSON]"}.get(type(value))
            if source_type is None:
                self.lint.error(where, f"constant {src[1:]!r} is no string, number, boolean or list")
                return None
        elif src in SPECIAL_SOURCES:
            binding.kind = src[1:].upper()
            if src == "@workspace":
                source_type = "ID"  # --workspace-id when the command has it, else the session's default
            elif src == "@after":
                source_type, may_be_absent = "String", True
            else:
                source_type = "Int"
        elif src.startswith("@"):
            self.lint.error(where, f"unknown source '{src}' (one of {sorted(SPECIAL_SOURCES)})")
            return None
        else:
            item = inputs.get(src)
            if item is None:
                self.lint.error(where, f"'{dotted}' is bound to '{src}', which is no option or argument "
                                       f"of this command ({sorted(inputs) or 'none'})")
                return None
            binding.input = item
            kind = getattr(item, "type", "string")
            source_type = {"string": "String", "int": "Int", "flag": "Boolean", "bool": "Boolean"}[kind]
            required = item.required or getattr(item, "default", None) is not None
            may_be_absent = kind in ("string", "int") and not required and transform not in ALWAYS_VALUED
        source_type = self.apply_transform(binding, source_type, where, dotted)
        if source_type is None:
            return None
        self.check_type(types[-1][0], source_type, binding, where, dotted)
        if types[-1][1] is not None and self.is_one_of(types[-1][1]):
            binding.one_of = True
        binding.may_be_absent, binding.types, binding.source = may_be_absent, types, src
        return binding

    def absent(self, binding: Binding, bindings: list[Binding], where: tuple) -> None:
        """What a missing value does: the member of a @oneOf input that other
        bindings can fill is omitted; otherwise the nearest nullable object (or
        the value itself) is sent as null."""
        types = binding.types
        for depth in range(len(types), 0, -1):
            gql_type, parent = types[depth - 1]
            if parent is not None and self.is_one_of(parent):
                siblings = [b for b in bindings if b is not binding and b.path[:depth - 1] == binding.path[:depth - 1]]
                if siblings:
                    binding.absent_depth, binding.omit = depth, True
                    return
                continue  # the @oneOf object would stay empty: it is absent too
            if not isinstance(gql_type, GraphQLNonNull):
                binding.absent_depth = depth
                return
        self.lint.error(where, f"'{'.'.join(binding.path)}' is required (non-null) but '{binding.source}' may be "
                               "absent: make the option required or give it a default")

    @staticmethod
    def is_one_of(input_type: GraphQLInputObjectType) -> bool:
        node = input_type.ast_node
        return bool(node and any(d.name.value == "oneOf" for d in node.directives or []))

    def apply_transform(self, binding: Binding, source_type: str, where, dotted):
        transform = binding.transform
        if transform is None:
            return source_type
        expected = {"days-from-now": "Int", "split-path": "String", "upper": "String", "json-list": "String",
                    "source-metadata": "String", "date-time": "String", "days-before": "String",
                    "true-or-null": "Boolean"}[transform]
        if source_type != expected:
            self.lint.error(where, f"'{transform}' takes a {expected.lower()} value; '{dotted}' gets a "
                                   f"{source_type.lower()}")
            return None
        if transform == "upper" and not (binding.input and getattr(binding.input, "choices", None)):
            self.lint.error(where, "'upper' maps an option's choices to enum values; the option has no choices")
            return None
        if transform == "true-or-null" and getattr(binding.input, "type", None) != "flag":
            self.lint.error(where, "'true-or-null' sends a flag as true, or null when it is not given: a flag")
            return None
        return {"days-from-now": "DateTime", "split-path": "[String]", "upper": "enum", "json-list": "[JSON]",
                "source-metadata": "SourceMetadataInput", "date-time": "DateTime", "days-before": "DateTime",
                "true-or-null": "Boolean"}[transform]

    def check_type(self, target, source_type: str, binding: Binding, where, dotted) -> None:
        named = target.of_type if isinstance(target, GraphQLNonNull) else target
        if source_type == "[JSON]":  # a JSON array typed by the user: the server checks its items
            if not isinstance(named, GraphQLList):
                self.lint.error(where, f"'json-list' gives a list; '{dotted}' is {target}")
            return
        if source_type == "SourceMetadataInput":
            # The CI's JSON (--source-metadata) made the @oneOf input {github | azureDevOps} by the runtime.
            members = set(getattr(named, "fields", {}) or {})
            if not (isinstance(named, GraphQLInputObjectType) and self.is_one_of(named)
                    and {"github", "azureDevOps"} <= members):
                self.lint.error(where, f"'source-metadata' fills a @oneOf input of 'github' and 'azureDevOps'; "
                                       f"'{dotted}' is {target}")
            return
        if source_type == "[String]":
            inner = named.of_type if isinstance(named, GraphQLList) else None
            inner = inner.of_type if isinstance(inner, GraphQLNonNull) else inner
            if not (isinstance(inner, GraphQLScalarType) and inner.name in ("String", "ID")):
                self.lint.error(where, f"'{dotted}' is {target}, not a list of strings")
            return
        if isinstance(named, GraphQLList):
            self.lint.error(where, f"'{dotted}' is a list ({target}); bind it with a list transform")
            return
        if source_type == "enum":
            if not isinstance(named, GraphQLEnumType):
                self.lint.error(where, f"'{dotted}' is {target}, not an enum")
                return
            missing = [c for c in binding.input.choices if c.upper() not in named.values]
            if missing:
                self.lint.error(where, f"choices {missing} of '--{binding.input.name}' are no {named.name} values")
            return
        if isinstance(named, GraphQLInputObjectType):
            self.lint.error(where, f"'{dotted}' is the input object {named.name}; bind its fields "
                                   f"('{dotted}.<field>')")
            return
        compatible = {
            "String": {"String", "ID", "Version"}, "ID": {"ID", "String"}, "Int": {"Int", "Float"},
            "Boolean": {"Boolean"}, "DateTime": {"DateTime"}, "Float": {"Float"},
        }
        name = getattr(named, "name", str(named))
        if name not in compatible.get(source_type, set()):
            self.lint.error(where, f"type mismatch: '{dotted}' is {target}, the source gives {source_type}")

    def check_required(self, operation: Operation, bindings: list[Binding], where: tuple,
                       extra: list | None = None) -> None:
        bound = [b.path for b in bindings] + list(extra or [])

        def visit(prefix: list[str], gql_type) -> None:
            if prefix in bound:  # the whole object is bound (a transform makes it)
                return
            named = gql_type.of_type if isinstance(gql_type, GraphQLNonNull) else gql_type
            if not isinstance(named, GraphQLInputObjectType):
                return
            under = [p for p in bound if p[:len(prefix)] == prefix and len(p) > len(prefix)]
            if self.is_one_of(named):
                if not under:
                    self.lint.error(where, f"'{'.'.join(prefix)}' (@oneOf {named.name}) has no bound member")
                return
            for key, input_field in named.fields.items():
                child = prefix + [key]
                if any(p[:len(child)] == child for p in bound):
                    visit(child, input_field.type)
                elif isinstance(input_field.type, GraphQLNonNull) and input_field.default_value is Undefined:
                    self.lint.error(where, f"required input field '{'.'.join(child)}' of {operation.name} "
                                           "is not bound")

        for name, var_type in operation.variables.items():
            if any(p[0] == name for p in bound):
                visit([name], var_type)
            elif isinstance(var_type, GraphQLNonNull):
                self.lint.error(where, f"required variable '${name}' of {operation.name} is not bound")

    # ---- commands ----------------------------------------------------------------------
    def operation_of(self, name, where) -> Operation | None:
        operation = self.operations.get(name) if isinstance(name, str) else None
        if operation is None:
            self.lint.error(where, f"unknown operation '{name}' (not in spec/operations/)")
        return operation

    def picker(self, name: str, where: tuple) -> Picker | None:
        if name in self.pickers:
            return self.pickers[name]
        table = (self.raw.get("pickers") or {}).get(name)
        key = ("pickers", name)
        if not isinstance(table, dict):
            self.lint.error(where, f"unknown picker '{name}' (declare [pickers.{name}])")
            return None
        self.lint.unknown_keys(table, {"operation", "connection", "variables", "page-size", "value", "label",
                                       "detail", "empty", "marks-default"}, key, f"picker '{name}'")
        operation = self.operation_of(table.get("operation"), key + ("operation",))
        if operation is None:
            return None
        found = self.object_at(operation.root, str(table.get("connection", "")), key + ("connection",),
                               f"picker '{name}'")
        node = self.connection_node(found[1], key + ("connection",)) if found else None
        bindings = self.bindings(table.get("variables"), operation, None, key + ("variables",), paged=True)
        size = table.get("page-size", 5)
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 50:
            self.lint.error(key + ("page-size",), "'page-size' must be a whole number from 1 to 50")
            size = 5
        if node is None:
            return None
        refs = []
        for role in ("value", "label", "detail"):
            if role == "detail" and "detail" not in table:
                refs.append(None)
                continue
            path = split_path(str(table.get(role, "")))
            found_field = path and self.walk(node, path, key + (role,), f"picker '{name}' {role}")
            # A detail may be a list of strings (an API's path, shown joined as its JSON has it).
            if found_field is not None and (found_field.struct or (found_field.list and role != "detail")):
                self.lint.error(key + (role,), f"picker '{name}' {role} must be a value")
            refs.append(ValueRef(path=path or [], format=None))
        empty = self.lint.text(table, "empty", key, one_line=False) or ""
        marks_default = table.get("marks-default", False)
        if not isinstance(marks_default, bool):
            self.lint.error(key + ("marks-default",), "'marks-default' must be true or false")
            marks_default = False
        picker = Picker(name=name, request=Request(operation, bindings), connection=found[0], page_size=size,
                        value=refs[0], label=refs[1], empty=empty, detail=refs[2], marks_default=marks_default)
        self.pickers[name] = picker
        return picker

    def json_error(self, request: Request, table: dict, where) -> None:
        """`json-error`: what a value bound with 'json-list' that is not a JSON array is told (it rides on the
        binding); declared exactly when such a binding is."""
        json_lists = [b for b in request.bindings if b.transform == "json-list"]
        if json_lists and "json-error" not in table:
            self.lint.error(where("variables"), "a 'json-list' binding needs 'json-error', the message for a value "
                                                "that is not a JSON array")
        elif "json-error" in table and not json_lists:
            self.lint.error(where("json-error"), "'json-error' is for a 'json-list' binding; there is none")
        elif json_lists:
            message = self.lint.text(table, "json-error", where(), one_line=True)
            for b in json_lists:
                b.constant = message

    def list_at(self, struct: Struct, dotted, where: tuple):
        """(path, item struct, None) of `items`: a list of objects that is not a connection, printed as one page
        ({"values": [...], "cursor": null}) and shown as a table on a terminal."""
        path = split_path(dotted) if isinstance(dotted, str) else None
        if path is None or any(p.startswith("[") for p in path):
            self.lint.error(where, f"'items': {dotted!r} is not a path like a.b.c to a list")
            return None
        found = self.walk(struct, path, where, "'items'")
        if found is None:
            return None
        if not found.list or found.struct is None:
            self.lint.error(where, f"'items': '{dotted}' is not a list of objects")
            return None
        return path, found.struct, None

    def select(self, table, operation: Operation, inputs: dict, where: tuple) -> SelectDef | None:
        """`select = { list = "apiById.stages", field = "name", equals = "stage", not-found = "..." }`."""
        if not isinstance(table, dict):
            self.lint.error(where, "'select' is { list, field, equals, not-found }")
            return None
        self.lint.unknown_keys(table, {"list", "field", "equals", "not-found"}, where, "'select'")
        found = self.list_at(operation.root, table.get("list"), where + ("list",))
        if found is None:
            return None
        path, struct, _ = found
        name = table.get("field")
        leaf = next((f for f in struct.fields if f.key == name), None)
        if leaf is None or leaf.struct is not None or leaf.list:
            self.lint.error(where + ("field",), f"'select': {name!r} is no value the operation selects on each "
                                                f"item of '{table.get('list')}'")
            return None
        item = inputs.get(table.get("equals"))
        if item is None or getattr(item, "type", "string") != "string" or not getattr(item, "required", False):
            self.lint.error(where + ("equals",), f"'select': {table.get('equals')!r} is no required string option "
                                                 "or argument of this command")
            return None
        if "not-found" not in table:
            self.lint.error(where, "'select' says what no such item is ('not-found')")
            return None
        not_found = self.text(table["not-found"], where + ("not-found",), "'select.not-found'", inputs)
        return SelectDef(list=path, field=name, input=item, not_found=not_found, struct=struct)

    def item_filter(self, table, struct: Struct, where: tuple) -> tuple[list[str], str] | None:
        """`filter = { field = "usage.totalRequests", equals = 0 }`: the items kept."""
        if not isinstance(table, dict) or set(table) != {"field", "equals"}:
            self.lint.error(where, "'filter' is { field, equals }")
            return None
        path = split_path(table["field"]) if isinstance(table["field"], str) else None
        found = self.walk(struct, path, where + ("field",), "'filter'") if path else None
        if found is None or found.struct is not None or found.list:
            if path is None or found is not None:
                self.lint.error(where + ("field",), f"'filter': {table['field']!r} is no value of an item")
            return None
        value = table["equals"]
        if not isinstance(value, (str, int, bool)):
            self.lint.error(where + ("equals",), "'filter': 'equals' is a string, a whole number or a boolean")
            return None
        return path, json.dumps(value)

    def connection_node(self, connection: Struct, where: tuple) -> Struct | None:
        fields = {f.key: f for f in connection.fields}
        edges, page_info = fields.get("edges"), fields.get("pageInfo")
        node = edges and edges.struct and {f.key: f for f in edges.struct.fields}.get("node")
        info = page_info and page_info.struct and {f.key for f in page_info.struct.fields}
        if not (edges and edges.list and node and node.struct and info and {"endCursor", "hasNextPage"} <= info):
            self.lint.error(where, f"{connection.graphql_type} is not a connection the operation pages through "
                                   "(edges { node } and pageInfo { hasNextPage endCursor })")
            return None
        return node.struct

    def build(self, command: Command, table: dict) -> Behaviour | None:
        key = command.key_path
        where = lambda *k: key + k  # noqa: E731
        inputs = self.inputs(command)
        self.current_inputs = inputs
        source = table.get("source")
        if source is not None and source != "session":
            self.lint.error(where("source"), "'source' can only be \"session\"")
        operation = None
        if "rest-download" in table:
            return self.download_command(command, table, inputs)
        if source != "session":
            operation = self.operation_of(command.operation, where("operation"))
            if operation is None:
                return None
        paged = "connection" in table
        items = "items" in table
        if paged and items:
            self.lint.error(where("items"), "'items' is a list that is not paged; 'connection' a paged one: "
                                            "one of them")
            return None
        if items and ("data" in table or operation.kind != "query"):
            self.lint.error(where("items"), "'items' is the list a query returns: no 'data', and a query")
            return None
        kind = "local" if source == "session" else "list" if paged or items else operation.kind
        if kind == "subscription":
            self.lint.error(where("operation"), "subscriptions are not supported")
            return None
        behaviour = Behaviour(command=command, kind=kind, request=None, data=[], data_type=None,
                              result=OutField(key="", path=[], kind="object"), name=command.c_name,
                              global_options=[o for o in self.spec.global_options
                                              if o.scope and o.applies_to(command)])
        data_struct: Struct | None = None  # the result object, or a list's item
        if kind == "local":
            behaviour.result = self.session_result(table.get("result"), str(table.get("data", "")), where("result"))
            behaviour.data = split_path(str(table.get("data", ""))) or []
        else:
            if "files" in table:
                behaviour.uploads = self.uploads(table["files"], operation, inputs, where("files"))
            if "zip" in table:
                behaviour.uploads += self.zips(table["zip"], operation, inputs, where("zip"))
            # A list whose later pages come from another operation (`next-page`) binds no cursor on its first.
            first_paged = paged and "next-page" not in table
            behaviour.request = Request(operation, self.bindings(table.get("variables"), operation, command,
                                                                 where("variables"), first_paged,
                                                                 behaviour.uploads))
            self.json_error(behaviour.request, table, where)
            data_key = "connection" if paged else "items" if items else "data"
            root = operation.root
            if "select" in table:
                behaviour.select = self.select(table["select"], operation, inputs, where("select"))
                if behaviour.select is None:
                    return behaviour
                root = behaviour.select.struct
            if items:
                found = self.list_at(root, table.get("items"), where("items"))
            else:
                found = self.object_at(root, str(table.get(data_key, "")), where(data_key), f"'{data_key}'")
            if found is None:
                return behaviour
            behaviour.data, struct, behaviour.data_type = found
            if "filter" in table:
                if not items:
                    self.lint.error(where("filter"), "'filter' keeps some items of a list that is not paged "
                                                     "('items')")
                else:
                    behaviour.filter = self.item_filter(table["filter"], struct, where("filter"))
            if paged:
                struct = self.connection_node(struct, where("connection"))
                if struct is None:
                    return behaviour
            behaviour.result = self.build_result(table.get("result"), struct, where("result"))
            self.null_paths(behaviour.result, struct)
            data_struct = struct
            if paged or items:
                behaviour.item_struct = struct
            if paged:
                for required in ("cursor", "all", "limit"):
                    if not behaviour.option(required):
                        self.lint.error(key, f"a paged list needs the option '--{required}' "
                                             "(a global option `for = \"lists\"`)")
            self.errors(behaviour, table.get("errors"), operation, where("errors"))
        behaviour.not_a_user = self.lint.flag(table, "not-a-user", key, False)
        if behaviour.not_a_user and not paged:
            self.lint.error(where("not-a-user"), "'not-a-user' is for paged lists")
        workspace = any(b.kind == "WORKSPACE" for b in (behaviour.request.bindings if behaviour.request else []))
        check_struct = None
        if "check" in table:
            behaviour.check = self.check(command, table["check"], where("check"))
            check_struct = behaviour.check and behaviour.check.check_struct
        self.confirm_by_id(behaviour, table, where)
        for name in ("activity", "success", "no-data", "not-found", "confirm", "confirm-by-id", "declined", "notice"):
            if name in table:
                result = behaviour.result if name in ("success",) else None
                behaviour.texts[name] = self.text(table[name], where(name), f"'{name}'", inputs, result=result,
                                                  check=check_struct if name == "confirm" else None,
                                                  workspace=workspace)
        if kind == "mutation" and "no-data" not in table:
            behaviour.texts["no-data"] = [Part("TEXT", text=DEFAULT_NO_DATA)]
        if "recheck" in table:
            behaviour.recheck = self.lint.text(table, "recheck", key, one_line=True)
            if behaviour.recheck and not behaviour.recheck.startswith("nitro "):
                self.lint.error(where("recheck"), "'recheck' is a nitro command line")
        elif kind == "mutation":
            self.lint.error(key, "a mutation names the command that shows its effect ('recheck'), for the hint "
                                 "after an unknown outcome")
        if "human" in table:
            behaviour.human = self.human_lines(table["human"], behaviour.result, inputs, where("human"))
        elif isinstance(table.get("result"), str) and "human" in self.shapes.get(table["result"], {}):
            behaviour.human = self.human_lines(self.shapes[table["result"]]["human"], behaviour.result, inputs,
                                               where("result"))
        if paged or items:
            self.table(behaviour, table.get("table"), where("table"))
        elif "table" in table:
            self.lint.error(where("table"), "'table' is for paged lists")
        self.destructive(behaviour, table, inputs, where)
        self.options(behaviour, table, where)
        if "follow" in table:
            if kind != "mutation":
                self.lint.error(where("follow"), "'follow' is for mutations: the subscription that follows the "
                                                 "request they make")
            else:
                behaviour.follow = self.follow(behaviour, table["follow"], inputs, where("follow"))
        if "next-page" in table:
            if not paged:
                self.lint.error(where("next-page"), "'next-page' is for paged lists ('connection')")
            elif data_struct is not None:
                behaviour.next_page = self.next_page(command, table["next-page"], data_struct, where("next-page"))
        if "keep-if-any" in table:
            if not (paged or items):
                self.lint.error(where("keep-if-any"), "'keep-if-any' is for lists ('connection' or 'items')")
            elif data_struct is not None:
                path = split_path(str(table["keep-if-any"]))
                found = path and self.walk(data_struct, path, where("keep-if-any"), "'keep-if-any'")
                if found and not found.list:
                    self.lint.error(where("keep-if-any"), f"'keep-if-any': '{table['keep-if-any']}' of an item "
                                                          "is not a list")
                elif found:
                    behaviour.keep_if_any = path
        if "each" in table:
            behaviour.each = self.each(behaviour, table["each"], inputs, data_struct, where("each"))
        zipped = {entry.input.name for upload in behaviour.uploads for entry in upload.entries}
        for option in command.options:
            if option.multiple and option.name not in zipped and (behaviour.each is None
                                                                   or behaviour.each.option is not option):
                self.lint.error(command.key_path + ("options", option.name),
                                f"'--{option.name}' takes several values ('multiple'): the command runs its "
                                f"operation for each ('each = {{ option = \"{option.name}\", ... }}')")
        self.kept(behaviour, table, where)
        if "exclusive" in table:
            names = table["exclusive"]
            if not (isinstance(names, list) and len(names) == 2 and all(isinstance(n, str) for n in names)):
                self.lint.error(where("exclusive"), "'exclusive' names two flags that cannot go together")
            else:
                for name in names:
                    option = behaviour.option(name)
                    if option is None or option.type != "flag":
                        self.lint.error(where("exclusive"), f"'exclusive': '--{name}' is no flag of this command")
                    else:
                        behaviour.exclusive.append(option)
        return behaviour

    def next_page(self, command: Command, table, node: Struct, where: tuple) -> NextPage | None:
        """`next-page = { operation, variables, connection }`: the query of the pages after the first (its
        cursor bound to '@after'), whose connection's items are read as the first page's are."""
        if not isinstance(table, dict):
            self.lint.error(where, "'next-page' is { operation, variables, connection }")
            return None
        self.lint.unknown_keys(table, {"operation", "variables", "connection"}, where, "'next-page'")
        operation = self.operation_of(table.get("operation"), where + ("operation",))
        if operation is None:
            return None
        if operation.kind != "query":
            self.lint.error(where + ("operation",), f"{operation.name} is a {operation.kind}, not a query")
            return None
        bindings = []
        for dotted, source in (table.get("variables") or {}).items():
            if source in ("@after", "@first"):
                binding = Binding(path=[dotted], kind=source[1:].upper(), source=source)
                if dotted not in operation.variables:
                    self.lint.error(where + ("variables", dotted), f"{operation.name} has no variable '${dotted}'")
                    continue
                bindings.append(binding)
                continue
            binding = self.binding(dotted, source, operation, self.inputs(command), where + ("variables", dotted),
                                   command)
            if binding:
                bindings.append(binding)
        if not any(b.kind == "AFTER" for b in bindings):
            self.lint.error(where + ("variables",), f"'next-page' binds the cursor: {operation.name}'s variables "
                                                   "need '@after'")
        self.check_required(operation, bindings, where + ("variables",), [])
        found = self.object_at(operation.root, str(table.get("connection", "")), where + ("connection",),
                               "'connection'")
        if found is None:
            return None
        struct = self.connection_node(found[1], where + ("connection",))
        if struct is None:
            return None
        if struct.graphql_type != node.graphql_type:
            self.lint.error(where + ("connection",), f"the items of 'next-page' are {struct.graphql_type}, those "
                                                     f"of the first page {node.graphql_type}")
            return None
        return NextPage(request=Request(operation, bindings), connection=found[0])

    def each(self, behaviour: Behaviour, table, inputs: dict, data: Struct | None, where: tuple) -> EachDef | None:
        """`each = { option, say, done }`: one request for each value of a `multiple` option, each saying a
        line from its data object; a failure after some says what was done (`done`, then the values)."""
        if not isinstance(table, dict):
            self.lint.error(where, "'each' is { option, say, done }")
            return None
        self.lint.unknown_keys(table, {"option", "say", "done"}, where, "'each'")
        if behaviour.kind != "mutation" or behaviour.follow is not None or behaviour.uploads or "follow" in \
                behaviour.command.raw or "files" in behaviour.command.raw:
            self.lint.error(where, "'each' is for a mutation without 'files' or 'follow': one request a value")
            return None
        option = inputs.get(str(table.get("option")))
        if not isinstance(option, Option) or not option.multiple:
            self.lint.error(where + ("option",), f"'each.option': '--{table.get('option')}' is no option of this "
                                                 "command that takes several values ('multiple = true')")
            return None
        if not any(b.input is option for b in behaviour.request.bindings):
            self.lint.error(where + ("option",), f"'each.option': '--{option.name}' is bound to no variable, so "
                                                 "every request would be the same")
            return None
        for name in ("say", "done"):
            if name not in table:
                self.lint.error(where, f"'each' needs '{name}'")
                return None
        fields = self.struct_fields(data) if data is not None else OutField(key="", path=[], kind="object")
        say = self.text(table["say"], where + ("say",), "'each.say'", inputs, result=fields)
        done = self.text(table["done"], where + ("done",), "'each.done'", inputs)
        return EachDef(option=option, say=say, done=done)

    def struct_fields(self, struct: Struct, prefix: list[str] | None = None, depth: int = 0) -> OutField:
        """Every value below a data object that is no list, as result fields (for a message's placeholders)."""
        node = OutField(key=prefix[-1] if prefix else "", path=[], kind="object")
        for f in struct.fields:
            path = (prefix or []) + [f.key]
            if f.list:
                continue
            if f.struct is not None:
                if depth < 4:
                    node.fields.append(self.struct_fields(f.struct, path, depth + 1))
            else:
                node.fields.append(OutField(key=f.key, path=path, kind=self.leaf_kind(f),
                                            format="datetime" if f.scalar == "DateTime" else None))
        return node

    # ---- downloads ------------------------------------------------------------------------
    def download_command(self, command: Command, table: dict, inputs: dict) -> Behaviour | None:
        """A REST download: `rest-download = { path, file, not-found, persisted-queries }`, no GraphQL operation."""
        key = command.key_path
        where = lambda *k: key + k  # noqa: E731
        for other in ("variables", "data", "connection", "errors", "files", "zip", "follow", "check", "source"):
            if other in table:
                self.lint.error(where(other), f"'{other}' is for GraphQL commands, not a download")
        behaviour = Behaviour(command=command, kind="download", request=None, data=[], data_type=None,
                              result=OutField(key="", path=[], kind="object"), name=command.c_name,
                              global_options=[o for o in self.spec.global_options
                                              if o.scope and o.applies_to(command)])
        spec = table["rest-download"]
        dwhere = where("rest-download")
        if not isinstance(spec, dict):
            self.lint.error(dwhere, "'rest-download' is { path, file, not-found, persisted-queries }")
            return None
        self.lint.unknown_keys(spec, {"path", "file", "not-found", "persisted-queries"}, dwhere, "'rest-download'")
        path = spec.get("path")
        if not isinstance(path, str) or not path.startswith("/"):
            self.lint.error(dwhere, "'rest-download.path' is a path on the server starting with '/'")
            return None
        parts = self.text(path, dwhere, "'rest-download.path'", inputs)
        if any(p.kind == "TEXT" and re.search(r"[^A-Za-z0-9/_.~?=&-]", p.text) for p in parts):
            self.lint.error(dwhere, "'rest-download.path': its fixed text may hold only unreserved characters, "
                                    "'/', '?', '=' and '&' (option values are escaped)")
        file = inputs.get(str(spec.get("file")))
        if not isinstance(file, Option) or file.type != "string" or not (file.required or file.default):
            self.lint.error(dwhere, f"'rest-download.file' names '{spec.get('file')}', which is no string option of "
                                    "this command that is required or has a default")
            return None
        not_found = self.text(spec.get("not-found"), dwhere, "'rest-download.not-found'", inputs)
        fmt = None
        if "persisted-queries" in spec:
            fmt = inputs.get(str(spec["persisted-queries"]))
            if not isinstance(fmt, Option) or sorted(fmt.choices or []) != ["folder", "relay"]:
                self.lint.error(dwhere, "'rest-download.persisted-queries' names the option of choices relay and "
                                        "folder")
                fmt = None
        behaviour.download = DownloadDef(path=parts, file=file, not_found=not_found, format=fmt)
        self.current_inputs = inputs
        behaviour.result = self.build_result(table.get("result", []), Struct(c_name="", graphql_type="", path=""),
                                             where("result"))
        for name in ("activity", "success"):
            if name in table:
                behaviour.texts[name] = self.text(table[name], where(name), f"'{name}'", inputs)
        if "recheck" in table:
            self.lint.error(where("recheck"), "a download changes nothing on the server: no 'recheck'")
        return behaviour

    # ---- uploads and follows -------------------------------------------------------------
    def upload_variable(self, dotted: str, operation: Operation, key_where: tuple):
        """The type of the Upload variable (or input field) at `dotted`, or None after a lint error."""
        path = dotted.split(".")
        current = operation.variables.get(path[0])
        if current is None:
            self.lint.error(key_where, f"{operation.name} has no variable '${path[0]}'")
            return None
        for key in path[1:]:
            named = current.of_type if isinstance(current, GraphQLNonNull) else current
            if not isinstance(named, GraphQLInputObjectType) or key not in named.fields:
                self.lint.error(key_where, f"'{dotted}': {named} has no input field '{key}'")
                return None
            current = named.fields[key].type
        named = current.of_type if isinstance(current, GraphQLNonNull) else current
        if getattr(named, "name", None) != "Upload":
            self.lint.error(key_where, f"'{dotted}' is {current}, not an Upload")
            return None
        return current

    def zips(self, table, operation: Operation, inputs: dict, where: tuple) -> list[UploadDef]:
        """`zip = { "input.collection" = { name = "collection.zip", entries = ["prompt-pattern in prompts/",
        "tool-pattern in tools/"] } }`: an Upload variable filled with a zip archive, made on the client of
        the files the options' glob patterns match (each pattern must match a file), streamed from a
        temporary file. An entry is "option" (each file by its path), "option in folder/" (under the
        folder) or "option as entry-name" (the one file the option names, under that name)."""
        if operation.kind != "mutation":
            self.lint.error(where, "'zip' is for mutations")
            return []
        shape = "'zip' must be a table of 'variable.path' = { name = \"x.zip\", entries = [\"option ...\"] }"
        if not isinstance(table, dict) or not table:
            self.lint.error(where, shape)
            return []
        uploads = []
        for dotted, spec in table.items():
            key_where = where + (dotted,)
            if not isinstance(spec, dict) or set(spec) != {"name", "entries"} \
                    or not isinstance(spec["entries"], list) or not spec["entries"]:
                self.lint.error(key_where, shape)
                continue
            if self.upload_variable(dotted, operation, key_where) is None:
                continue
            name = spec["name"]
            if not isinstance(name, str) or not ZIP_NAME_RE.match(name):
                self.lint.error(key_where + ("name",), f"the archive's name {name!r} is not a file name ending .zip")
                continue
            entries, any_required = [], False
            for text in spec["entries"]:
                match = ZIP_ENTRY_RE.match(text.strip()) if isinstance(text, str) else None
                if not match:
                    self.lint.error(key_where + ("entries",), f"the entry {text!r} is not 'option', "
                                                              "'option in folder/' or 'option as entry-name'")
                    continue
                item = inputs.get(match.group("opt"))
                if not isinstance(item, Option) or item.type != "string":
                    self.lint.error(key_where + ("entries",), f"the entry {text!r} names "
                                    f"'{match.group('opt')}', which is no string option of this command")
                    continue
                if match.group("rename") and item.multiple:
                    self.lint.error(key_where + ("entries",), f"'as' names one file: '--{item.name}' takes "
                                                              "several ('multiple')")
                    continue
                any_required = any_required or item.required
                entries.append(ZipEntry(input=item, folder=match.group("folder"), rename=match.group("rename")))
            if len({e.input.name for e in entries}) != len(entries):
                self.lint.error(key_where + ("entries",), "an option is named by two entries")
            if entries:
                uploads.append(UploadDef(path=dotted.split("."), input=None, file_name=name, entries=entries))
        return uploads

    def uploads(self, table, operation: Operation, inputs: dict, where: tuple) -> list[UploadDef]:
        """`files = { "input.schema" = "schema-file as schema.graphql" }`: an Upload variable filled from the
        file a string option names, sent as a multipart part with that file name; with
        `"archive[gateway/2.0.0/gateway.graphqls] as schema.graphql"`, from that member of the zip the option
        names (extracted to a private temporary file first)."""
        if operation.kind != "mutation":
            self.lint.error(where, "'files' is for mutations")
            return []
        if not isinstance(table, dict) or not table:
            self.lint.error(where, "'files' must be a table of 'variable.path' = \"option as file-name\"")
            return []
        uploads = []
        for dotted, source in table.items():
            key_where = where + (dotted,)
            path = dotted.split(".")
            current = operation.variables.get(path[0])
            if current is None:
                self.lint.error(key_where, f"{operation.name} has no variable '${path[0]}'")
                continue
            for key in path[1:]:
                named = current.of_type if isinstance(current, GraphQLNonNull) else current
                if not isinstance(named, GraphQLInputObjectType) or key not in named.fields:
                    self.lint.error(key_where, f"'{dotted}': {named} has no input field '{key}'")
                    current = None
                    break
                current = named.fields[key].type
            if current is None:
                continue
            named = current.of_type if isinstance(current, GraphQLNonNull) else current
            if getattr(named, "name", None) != "Upload":
                self.lint.error(key_where, f"'{dotted}' is {current}, not an Upload")
                continue
            match = UPLOAD_RE.match(source.strip()) if isinstance(source, str) else None
            if not match:
                self.lint.error(key_where, f"the upload {source!r} is not 'option as file-name [(binary)]' "
                                           "or 'option[member/of/the.zip] as file-name [(binary)]'")
                continue
            member = match.group("member")
            if member is not None and not MEMBER_RE.match(member):
                self.lint.error(key_where, f"the archive member {member!r} is not a relative path of names "
                                           "(letters, digits, '_', '.', '-'; no '.' or '..' segment)")
                continue
            item = inputs.get(match.group("opt"))
            if not isinstance(item, Option) or item.type != "string":
                self.lint.error(key_where, f"the upload '{dotted}' names '{match.group('opt')}', which is no "
                                           "string option of this command")
                continue
            if isinstance(current, GraphQLNonNull) and not (item.required or item.default is not None):
                self.lint.error(key_where, f"'{dotted}' is required (non-null) but '--{item.name}' may be absent")
                continue
            uploads.append(UploadDef(path=path, input=item, file_name=match.group("file"),
                                     binary=bool(match.group("binary")), member=member))
        return uploads

    def follow(self, behaviour: Behaviour, table, inputs: dict, where: tuple) -> FollowDef | None:
        if not isinstance(table, dict):
            self.lint.error(where, "'follow' is a table: operation, variables, data, events and messages")
            return None
        self.lint.unknown_keys(table, {"operation", "variables", "data", "events", "created", "failed", "ended",
                                       "stopped", "wait"}, where, "'follow'")
        operation = self.operation_of(table.get("operation"), where + ("operation",))
        if operation is None:
            return None
        if operation.kind != "subscription":
            self.lint.error(where + ("operation",), f"{operation.name} is a {operation.kind}, not a subscription")
            return None
        variables = []
        raw_variables = table.get("variables")
        if not isinstance(raw_variables, dict):
            self.lint.error(where + ("variables",), "'variables' binds the subscription's variables to "
                                                    "'@data.<path>' of the mutation's result")
            raw_variables = {}
        mutation_data = self.object_at(behaviour.request.operation.root, ".".join(behaviour.data) or "",
                                       where, "'data'") if behaviour.data else None
        for name, source in raw_variables.items():
            key_where = where + ("variables", name)
            if name not in operation.variables:
                self.lint.error(key_where, f"{operation.name} has no variable '${name}'")
                continue
            own = inputs.get(source) if isinstance(source, str) else None
            if isinstance(own, Option) and own.type == "string":
                # A step of a request made before (fusion publish start): the ID is the user's option.
                if not own.required:
                    self.lint.error(key_where, f"'{name}' is bound to '--{source}', which may be absent")
                    continue
                variables.append(([name], None, own))
                continue
            if not (isinstance(source, str) and source.startswith("@data.")):
                self.lint.error(key_where, f"'{name}' must be bound to '@data.<path>' (the mutation's result) "
                                           "or to a required string option of the command")
                continue
            path = split_path(source[len("@data."):])
            found = path and mutation_data and self.walk(mutation_data[1], path, key_where, f"'{name}'")
            if not found:
                continue
            if found.struct is not None or found.list:
                self.lint.error(key_where, f"'{source}' is not a value")
                continue
            variables.append(([name], path, None))
        bound = {v[0][0] for v in variables}
        for name, var_type in operation.variables.items():
            if isinstance(var_type, GraphQLNonNull) and name not in bound:
                self.lint.error(where + ("variables",), f"required variable '${name}' of {operation.name} "
                                                        "is not bound")
        found = self.object_at(operation.root, str(table.get("data", "")), where + ("data",), "'data'")
        if found is None:
            return None
        data_path, event_struct, _ = found
        members = {name for _, name in event_struct.kinds}
        events_table = table.get("events")
        if not isinstance(events_table, dict) or not events_table:
            self.lint.error(where + ("events",), "'events' maps each __typename of the stream to what it does")
            return None
        events = []
        leaves = OutField(key="", path=[], kind="object", fields=[
            OutField(key=f.key, path=[f.key], kind=self.leaf_kind(f)) for f in event_struct.fields
            if f.struct is None and not f.list])
        for typename, event in events_table.items():
            key_where = where + ("events", typename)
            if typename not in members:
                self.lint.error(key_where, f"'{typename}' is no member of {event_struct.graphql_type} "
                                           f"({sorted(members)})")
                continue
            if not isinstance(event, dict):
                self.lint.error(key_where, "an event is { say, errors, outcome, waiting }")
                continue
            self.lint.unknown_keys(event, {"say", "errors", "details", "outcome", "waiting"}, key_where,
                                   f"event '{typename}'")
            outcome = event.get("outcome", "continue")
            if outcome not in OUTCOMES:
                self.lint.error(key_where + ("outcome",), f"unknown outcome '{outcome}' (one of {sorted(OUTCOMES)})")
                continue
            say = self.text(event["say"], key_where + ("say",), "'say'", {}, result=leaves) \
                if "say" in event else None
            errors = None
            if "errors" in event:
                errors = split_path(str(event["errors"]))
                found_errors = errors and self.walk(event_struct, errors, key_where + ("errors",), "'errors'")
                if found_errors and not found_errors.list:
                    self.lint.error(key_where + ("errors",), f"'{event['errors']}' is not a list")
            details = None
            if "details" in event:
                details = split_path(str(event["details"]))
                found_details = details and self.walk(event_struct, details, key_where + ("details",), "'details'")
                if found_details and not found_details.list:
                    self.lint.error(key_where + ("details",), f"'{event['details']}' is not a list")
            if say is None and errors is None and outcome == "continue":
                self.lint.error(key_where, "an event that goes on says something ('say') or shows 'errors'")
            events.append(EventDef(typename=typename, say=say, errors=errors, outcome=outcome,
                                   waiting=self.lint.flag(event, "waiting", key_where, False), details=details))
        outcomes = {e.outcome for e in events}
        if not {"success", "failure"} <= outcomes:
            self.lint.error(where + ("events",), "a follow needs an event that succeeds and one that fails "
                                                 "(outcome = \"success\" / \"failure\")")
        texts = {}
        for name in ("created", "failed", "ended", "stopped"):
            if name not in table:
                self.lint.error(where, f"missing required key '{name}'")
                continue
            texts[name] = self.text(table[name], where + (name,), f"'{name}'", inputs, result=behaviour.result)
        wait = None
        if "wait" in table:
            wait = behaviour.option(str(table["wait"]))
            if wait is None or wait.type != "flag":
                self.lint.error(where + ("wait",), f"'wait': '--{table['wait']}' is no flag of this command")
                wait = None
        return FollowDef(operation=operation, variables=variables, data=data_path, events=events, texts=texts,
                         wait=wait)

    def replacement(self, command: Command, by_words: dict) -> Behaviour | None:
        """A command that replaces an item: find it through a list command,
        create its successor with a create command, remove it with a delete."""
        key = command.key_path
        table = command.raw
        replace = table.get("replace")
        if not isinstance(replace, dict):
            self.lint.error(key + ("replace",), "'replace' is { find, create, remove }: three commands")
            return None
        self.lint.unknown_keys(replace, {"find", "create", "remove"}, key + ("replace",), "'replace'")
        steps = {}
        for role, kind in (("find", "list"), ("create", "mutation"), ("remove", "mutation")):
            step = by_words.get(str(replace.get(role)))
            if step is None or step.kind != kind:
                self.lint.error(key + ("replace",), f"'{role}' must name a {kind} command (got {replace.get(role)!r})")
                return None
            steps[role] = step
        for k in table:
            if k in BEHAVIOUR_KEYS and k not in ("replace", "inherit", "not-found", "confirm", "declined"):
                self.lint.error(key + (k,), f"'{k}' belongs to the commands a replacement runs")
        inputs = self.inputs(command)
        behaviour = Behaviour(command=command, kind="replace", request=None, data=[], data_type=None,
                              result=OutField(key="", path=[], kind="object"), name=command.c_name)
        find, create, remove = steps["find"], steps["create"], steps["remove"]
        id_ref = self.value_ref(find.result, "id", None, key + ("replace",), "the found item")
        remove_id = next((a for a in remove.command.args if a.name == "id"), None)
        remove_force = remove.option("force")
        if own_id := inputs.get("id"):
            if not isinstance(own_id, Arg) or not own_id.required:
                self.lint.error(key, "a replacement takes the item's ID as the required argument <id>")
        else:
            self.lint.error(key, "a replacement takes the item's ID as the required argument <id>")
        if remove_id is None or remove_force is None:
            self.lint.error(key + ("replace",), "the remove command needs an <id> argument and --force")
        inherit_table = table.get("inherit") or {}
        rows = []
        for name, source in inherit_table.items() if isinstance(inherit_table, dict) else []:
            where = key + ("inherit", name)
            target = create.option(name)
            if target is None or target.is_global:
                self.lint.error(where, f"'{name}' is no option of '{' '.join(create.command.path)}'")
                continue
            match = re.fullmatch(r"days\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)", str(source))
            refs = [self.value_ref(find.result, f, None, where, f"inherit '{name}'")
                    for f in (match.groups() if match else [str(source)])]
            if not all(refs):
                continue
            if match and target.type != "int":
                self.lint.error(where, f"days(...) is a whole number; '--{name}' is a {target.type} option")
            if not match and target.type != "string":
                self.lint.error(where, f"'--{name}' takes a {target.type}: inherit it with days(start, end)")
            own = inputs.get(name)
            if own is not None and getattr(own, "type", "string") != target.type:
                self.lint.error(where, f"'--{name}' of this command must have the type of the created one's")
            rows.append(Inherit(target=target, own=own, values=refs, transform="days" if match else "value"))
        missing = [o.name for o in create.command.options
                   if o.required and o.name not in {r.target.name for r in rows}]
        if missing:
            self.lint.error(key + ("inherit",), f"the create command's required {missing} are not inherited")
        for name in ("not-found", "confirm", "declined"):
            if name in table:
                # The confirmation is asked once the item is found: it may name it by its fields.
                behaviour.texts[name] = self.text(table[name], key + (name,), f"'{name}'", inputs,
                                                  result=find.result if name == "confirm" else None)
        self.destructive(behaviour, table, inputs, lambda *k: key + k)
        behaviour.replace = Replace(find=find, create=create, remove=remove, id_ref=id_ref, inherit=rows,
                                    remove_id=remove_id, remove_force=remove_force)
        return behaviour

    def kept(self, behaviour: Behaviour, table: dict, where) -> None:
        """`keep = { option = "resultField" }`: the result field is kept for the commands after this one, whose
        option of that name (declared `kept = { by = [...] }`) takes it when not given; `forget = "option"`:
        the kept value used is forgotten once the command succeeds."""
        # The commands that take the kept option (the steps after this one) declare it (`kept = { by }`).
        declared = {o.name: o.kept for c in self.spec.root.walk() for o in c.options if o.kept is not None}
        if "keep" in table:
            keep = table["keep"]
            if not (isinstance(keep, dict) and len(keep) == 1):
                self.lint.error(where("keep"), "'keep' is one { option = \"resultField\" }")
                return
            [(name, field_name)] = keep.items()
            ref = behaviour.result.find(str(field_name))
            if name not in declared:
                self.lint.error(where("keep"), f"'{name}' is no option declared with 'kept' (of any command)")
            elif ref is None or ref.kind != "string" or behaviour.kind != "mutation":
                self.lint.error(where("keep"), f"'{field_name}' is no string field of this mutation's result")
            else:
                by = [behaviour.option(b) for b in declared[name]]
                if not all(by):
                    self.lint.error(where("keep"), f"a kept '{name}' is keyed by {declared[name]}: "
                                                   "this command must have those options")
                else:
                    behaviour.keep = Keep(name=name, path=ref.path, by=by)
        kept = next((o for o in behaviour.command.options if o.kept is not None), None)
        if kept is not None:
            behaviour.kept = kept
            behaviour.kept_by = [behaviour.option(b) for b in kept.kept]
        if "forget" in table:
            if kept is None or table["forget"] != kept.name:
                self.lint.error(where("forget"), "'forget' names the command's option declared with 'kept'")
            else:
                behaviour.forget = True

    def sequence(self, command: Command, by_words: dict) -> Behaviour | None:
        """A group that runs its subcommands in turn (fusion publish: begin, start, validate, commit), each with
        this command's options of the same names; `carry` gives the later steps an option from an earlier
        step's result, `skip` leaves a step out when a flag is given, `pass` lets a step's failure pass when a
        flag is given, `undo` is run after a failure before the last step."""
        key = command.key_path + ("steps",)
        table = command.raw["steps"]
        if not isinstance(table, dict):
            self.lint.error(key, "'steps' is { run, carry, skip, pass, undo }")
            return None
        self.lint.unknown_keys(table, {"run", "carry", "skip", "pass", "undo"}, key, "'steps'")
        for k in command.raw:
            if k in BEHAVIOUR_KEYS and k not in ("steps", "activity", "success", "exclusive"):
                self.lint.error(command.key_path + (k,), f"'{k}' belongs to the commands the steps run")
        own = {o.name: o for o in command.options}
        behaviour = Behaviour(command=command, kind="steps", request=None, data=[], data_type=None,
                              result=OutField(key="", path=[], kind="object"), name=command.c_name,
                              global_options=[o for o in self.spec.global_options
                                              if o.scope and o.applies_to(command)])
        sub = {c.name: c for c in command.subcommands}

        def step_of(word, what):
            found = sub.get(word) and by_words.get(" ".join(sub[word].path))
            if found is None or found.kind != "mutation":
                self.lint.error(key + (what,), f"'{word}' is no subcommand of '{' '.join(command.path)}' that runs "
                                               "a mutation")
            return found

        run = table.get("run")
        if not (isinstance(run, list) and len(run) >= 2 and all(isinstance(w, str) for w in run)):
            self.lint.error(key + ("run",), "'run' lists two or more subcommands, run in turn")
            return None
        found = [step_of(w, "run") for w in run]
        if not all(found):
            return None
        carry = table.get("carry")
        if not (isinstance(carry, dict) and len(carry) == 1):
            self.lint.error(key + ("carry",), "'carry' is one { option = \"step.resultField\" }: what the later "
                                              "steps take from an earlier one")
            return None
        [(carry_name, source)] = carry.items()
        origin, _, field_name = str(source).partition(".")
        if origin not in run or not field_name or not (ref := found[run.index(origin)].result.find(field_name)) \
                or ref.kind != "string":
            self.lint.error(key + ("carry",), f"'{source}' is not 'step.field' of a step's string result")
            return None
        carry_from = run.index(origin)
        flags = {}
        for role in ("skip", "pass"):
            entries = table.get(role) or {}
            if not isinstance(entries, dict):
                self.lint.error(key + (role,), f"'{role}' maps steps to flags of this command")
                continue
            for word, flag in entries.items():
                option = own.get(str(flag))
                if word not in run or option is None or option.type != "flag":
                    self.lint.error(key + (role,), f"'{role}': '{word}' = '{flag}' is not a step and a flag of "
                                                   "this command")
                    continue
                flags[(role, word)] = option
        used = set()

        def make_step(index, word, behaviour_of_step):
            copies, carried = [], None
            for option in behaviour_of_step.command.options:
                if option.name == carry_name and (index is None or index > carry_from):
                    carried = option
                    continue
                mine = own.get(option.name)
                if mine is None:
                    if option.required:
                        self.lint.error(key, f"step '{word}' needs '--{option.name}': this command has no such "
                                             "option and 'carry' does not give it")
                    continue
                if mine.type != option.type:
                    self.lint.error(command.key_path + ("options", mine.name),
                                    f"'--{mine.name}' must have the type of step '{word}''s")
                    continue
                used.add(mine.name)
                copies.append((mine, option))
            if index is not None and index <= carry_from and any(o.name == carry_name
                                                                 for o in behaviour_of_step.command.options):
                self.lint.error(key + ("carry",), f"step '{word}' takes '--{carry_name}' before it is carried")
            return Step(behaviour=behaviour_of_step, copies=copies, carried=carried,
                        skip=flags.get(("skip", word)), passes=flags.get(("pass", word)))

        steps = [make_step(i, w, b) for i, (w, b) in enumerate(zip(run, found))]
        undo = None
        if "undo" in table:
            undo_behaviour = step_of(str(table["undo"]), "undo")
            if undo_behaviour:
                undo = make_step(None, str(table["undo"]), undo_behaviour)
                if undo.carried is None:
                    self.lint.error(key + ("undo",), f"'undo' must take the carried '--{carry_name}'")
        used |= {o.name for o in flags.values()}
        for name, option in own.items():
            if name not in used:
                self.lint.error(command.key_path + ("options", name), f"'--{name}' is taken by no step")
        for name in ("activity", "success"):
            if name in command.raw:
                behaviour.texts[name] = self.text(command.raw[name], command.key_path + (name,), f"'{name}'",
                                                  self.inputs(command))
        names = command.raw.get("exclusive")
        if names is not None:
            if not (isinstance(names, list) and len(names) == 2 and all(
                    isinstance(own.get(n), Option) and own[n].type == "flag" for n in names)):
                self.lint.error(command.key_path + ("exclusive",), "'exclusive' names two flags that cannot go "
                                                                   "together")
            else:
                behaviour.exclusive = [own[n] for n in names]
        behaviour.steps = Steps(steps=steps, carry_from=carry_from, carry_path=ref.path, carry_name=carry_name,
                                undo=undo)
        return behaviour

    def session_result(self, entries, data: str, where) -> OutField:
        root = OutField(key="", path=[], kind="object")
        if not isinstance(entries, list) or not all(isinstance(e, str) and re.fullmatch(r"\w+", e)
                                                    for e in entries):
            self.lint.error(where, "a session command's result is a list of session field names")
            return root
        for entry in entries:
            root.fields.append(OutField(key=entry, path=[entry], kind="string"))
        return root

    def errors(self, behaviour: Behaviour, table, operation: Operation, where) -> None:
        if table is None:
            if behaviour.kind == "mutation":
                self.lint.error(where, "a mutation declares its payload errors ('errors = { from = [...] }')")
            return
        if not isinstance(table, dict):
            self.lint.error(where, "'errors' must be a table: { from = [...], verbatim = [...], all = bool }")
            return
        self.lint.unknown_keys(table, {"from", "verbatim", "all"}, where, "'errors'")
        members: set[str] = set()
        for text in table.get("from") or []:
            path = split_path(str(text))
            found = path and self.walk(operation.root, path, where, f"errors '{text}'")
            if not found:
                continue
            if found.struct is None or not found.struct.kinds:
                self.lint.error(where, f"errors '{text}' is not a union or interface of error types")
                continue
            if not any(f.key == "message" for f in found.struct.fields):
                self.lint.error(where, f"errors '{text}' does not select 'message'")
            members |= {name for _, name in found.struct.kinds}
            behaviour.errors.append(path)
        self.error_types |= members
        for typename in table.get("verbatim") or []:
            if typename not in members:
                self.lint.error(where, f"error type '{typename}' is not in the payload's union "
                                       f"({sorted(members)})")
            behaviour.verbatim.append(typename)
        behaviour.all_errors = bool(table.get("all", False))

    def check(self, command: Command, table, where) -> Behaviour | None:
        if not isinstance(table, dict):
            self.lint.error(where, "'check' must be a table: { operation, variables, data, not-found } or "
                                   "{ find, not-found }")
            return None
        if "find" in table:
            return self.find_check(command, table, where)
        self.lint.unknown_keys(table, {"operation", "variables", "data", "not-found", "only-to-confirm"}, where,
                               "'check'")
        operation = self.operation_of(table.get("operation"), where)
        if operation is None:
            return None
        if operation.kind != "query":
            self.lint.error(where, "a check runs a query")
        inputs = self.inputs(command)
        behaviour = Behaviour(command=command, kind="query", request=Request(
            operation, self.bindings(table.get("variables"), operation, command, where, paged=False)),
            data=[], data_type=None, result=OutField(key="", path=[], kind="object"),
            name=command.c_name + "_check")
        found = self.object_at(operation.root, str(table.get("data", "")), where, "check 'data'")
        if found:
            behaviour.data, behaviour.check_struct, behaviour.data_type = found
        if "not-found" in table:
            behaviour.texts["not-found"] = self.text(table["not-found"], where, "check 'not-found'", inputs)
        behaviour.only_to_confirm = self.lint.flag(table, "only-to-confirm", where, False)
        return behaviour

    def find_check(self, command: Command, table: dict, where) -> Behaviour | None:
        """`check = { find = "pat list", ... }`: the item is found by its ID in that list command's pages
        instead of asked for with a query of its own."""
        for other in ("operation", "variables", "data"):
            if other in table:
                self.lint.error(where, f"a check that finds its item in a list ('find') sends no '{other}' "
                                       "of its own")
                return None
        self.lint.unknown_keys(table, {"find", "not-found", "only-to-confirm"}, where, "'check'")
        listed = self.lists.get(str(table["find"]))
        if listed is None or listed.kind != "list":
            known = any(" ".join(c.path) == str(table["find"]) for c in self.spec.root.walk())
            self.lint.error(where, f"'find' names a list command whose pages hold the item; {table['find']!r} is "
                                   f"{'not a list' if known else 'no command'}")
            return None
        found = self.find_in(listed, command, where, "'find'")
        if found is None:
            return None
        behaviour = Behaviour(command=command, kind="query", request=None, data=[], data_type=None,
                              result=OutField(key="", path=[], kind="object"), name=command.c_name + "_check",
                              find=found, check_struct=listed.item_struct)
        if "not-found" in table:
            behaviour.texts["not-found"] = self.text(table["not-found"], where, "check 'not-found'",
                                                     self.inputs(command))
        behaviour.only_to_confirm = self.lint.flag(table, "only-to-confirm", where, False)
        return behaviour

    def find_in(self, listed: Behaviour, command: Command, where, what: str) -> Find | None:
        """The item of `listed` whose id is the command's <id>: the list is paged with nothing but the
        cursor, the page size and the workspace, so it may read no option of its own."""
        own = [b.source or b.kind for b in (listed.request.bindings if listed.request else [])
               if b.kind not in ("AFTER", "FIRST", "WORKSPACE", "CONST")]
        if own or listed.select is not None or listed.next_page is not None:
            self.lint.error(where, f"{what}: '{' '.join(listed.command.path)}' reads options of its own "
                                   f"({own or 'select/next-page'}): the item is looked up with none")
            return None
        id_ref = self.value_ref(listed.result, "id", None, where, f"{what}: the found item")
        id_input = self.inputs(command).get("id")
        if id_input is None or getattr(id_input, "type", "string") != "string":
            self.lint.error(where, f"{what}: the command takes the item's ID as <id> (or --id)")
            return None
        return Find(list=listed, id_ref=id_ref, id_input=id_input) if id_ref else None

    def confirm_by_id(self, behaviour: Behaviour, table: dict, where) -> None:
        """`confirm-by-id`: the question when a check that finds its item in a list cannot name it (the
        list's workspace is not known, or the item is not in it): asked by ID instead of failing."""
        check = behaviour.check
        finds = check is not None and check.find is not None
        if "confirm-by-id" in table:
            if not finds:
                self.lint.error(where("confirm-by-id"), "'confirm-by-id' is asked when a check that finds its "
                                                        "item in a list ('check = { find }') cannot name it")
            elif "not-found" in check.texts:
                self.lint.error(where("confirm-by-id"), "an item not found is either an error (the check's "
                                                        "'not-found') or asked by ID ('confirm-by-id'): one")
            elif "confirm" not in table:
                self.lint.error(where("confirm-by-id"), "'confirm-by-id' needs the 'confirm' it stands in for")
        elif finds and "not-found" not in check.texts:
            self.lint.error(where("check"), "a check that finds its item in a list says what an item not found "
                                            "is: the check's 'not-found', or 'confirm-by-id'")

    def table(self, behaviour: Behaviour, table, where) -> None:
        if not isinstance(table, dict):
            self.lint.error(where, "a paged list declares its interactive 'table' = { title, columns }")
            return
        self.lint.unknown_keys(table, {"title", "columns"}, where, "'table'")
        behaviour.table_title = self.lint.text(table, "title", where, one_line=True)
        columns = table.get("columns")
        if not isinstance(columns, list) or not columns:
            self.lint.error(where, "'columns' must be a non-empty list of 'Label = field [| formatter]'")
            return
        for column in columns:
            match = LABEL_RE.match(str(column))
            if not match:
                self.lint.error(where, f"column {column!r} is not 'Label = field [| formatter]'")
                continue
            ref = self.value_ref(behaviour.result, match.group("ref"), match.group("fmt"), where,
                                 f"column {column!r}")
            if ref:
                behaviour.columns.append((match.group("label"), ref))

    def destructive(self, behaviour: Behaviour, table, inputs, where) -> None:
        force = behaviour.option("force")
        if "confirm" in table:
            if force is None or force.type != "flag":
                self.lint.error(where("confirm"), "a command that asks for confirmation needs a '--force' flag")
            if "declined" not in table:
                self.lint.error(where("confirm"), "a confirmation needs the 'declined' message")
        elif force is not None and not any(b.input is force for b in (behaviour.request.bindings
                                                                        if behaviour.request else [])):
            # A --force sent to the server (publish: breaking changes allowed) is no confirmation's.
            self.lint.error(behaviour.command.key_path + ("options", "force"),
                            "'--force' skips a confirmation, but the command declares no 'confirm' "
                            "and sends it nowhere")

    def options(self, behaviour: Behaviour, table, where) -> None:
        command = behaviour.command
        for option in command.options:
            okey = command.key_path + ("options", option.name)
            if option.pick:
                picker = self.picker(option.pick, okey + ("pick",))
                if picker:
                    behaviour.picks.append((option, picker, option.prompt or option.help))
            if option.confirm:
                if behaviour.confirm_option is not None:
                    self.lint.error(okey + ("confirm",), "one option of a command can be confirmed")
                behaviour.confirm_option = option
        save = table.get("set-default-workspace")
        if save is not None:
            if save == "always":
                behaviour.save_workspace = "always"
            else:
                option = behaviour.option(str(save))
                if option is None or option.type != "bool":
                    self.lint.error(where("set-default-workspace"),
                                    "'set-default-workspace' is \"always\" or the name of a bool option")
                else:
                    behaviour.save_workspace, behaviour.save_workspace_option = "option", option
            if behaviour.kind == "list" or behaviour.result.find("id") is None \
                    or behaviour.result.find("name") is None:
                self.lint.error(where("set-default-workspace"), "the saved workspace is the result's id and name")
        one_of = table.get("one-of")
        if one_of is not None:
            behaviour.one_of = self.one_of(behaviour, one_of, where("one-of"))

    def one_of(self, behaviour: Behaviour, table, where) -> OneOf | None:
        if not isinstance(table, dict):
            self.lint.error(where, "'one-of' must be a table: { options, question, choices }")
            return None
        self.lint.unknown_keys(table, {"options", "question", "choices"}, where, "'one-of'")
        options = []
        for name in table.get("options") or []:
            option = behaviour.option(str(name))
            if option is None:
                self.lint.error(where, f"'one-of' names '--{name}', which the command does not have")
            elif option.required:
                self.lint.error(where, f"'--{name}' is required, so 'one-of' has nothing to choose")
            else:
                options.append(option)
        if len(options) < 2:
            self.lint.error(where, "'one-of' needs at least two options")
        question = self.lint.text(table, "question", where, one_line=True) or ""
        choices = []
        for entry in table.get("choices") or []:
            match = re.fullmatch(r"(?P<label>[^=]+?)\s*=\s*(?P<option>[a-z][a-z0-9-]*)", str(entry))
            option = match and behaviour.option(match.group("option"))
            if not option or option not in options:
                self.lint.error(where, f"choice {entry!r} is not 'Label = <one of the options>'")
                continue
            picker = next((p for o, p, _ in behaviour.picks if o is option), None)
            title = option.prompt if picker else None
            choices.append(Choice(label=match.group("label"), input=option, picker=picker, title=title))
        if len(choices) != len(options):
            self.lint.error(where, "'one-of' needs one choice per option")
        return OneOf(options=options, question=question, choices=choices)


def build_model(spec: Spec, operations: list[Operation]) -> Model:
    """What every command does, linted with the spec's positions (spec.lint)."""
    builder = Builder(spec, operations)
    lint, raw = spec.lint, spec.raw
    for name, shape in (raw.get("shapes") or {}).items():
        if not isinstance(shape, dict):
            lint.error(("shapes", name), f"shape '{name}' must be a table with 'fields'")
        else:
            lint.unknown_keys(shape, {"fields", "human"}, ("shapes", name), f"shape '{name}'")
    behaviours = []
    replacing = []
    finding = []  # commands whose check finds the item in a list (built after the lists)
    for command in spec.leaves():
        table = command.raw
        if "replace" in table:
            replacing.append(command)
            continue
        if "steps" in table:  # run after its subcommands are built (below)
            continue
        if not any(k in table for k in ("data", "connection", "items", "source", "rest-download")):
            # A hand-written command (login, status...): nothing here would be read.
            for key in table:
                if key == "operation" and not builder.operation_of(table[key], command.key_path + (key,)):
                    continue
                if key in BEHAVIOUR_KEYS or key == "operation":
                    lint.error(command.key_path + (key,), f"'{key}' needs 'data', 'connection', 'items' or 'source': "
                                                          "without them the command is hand-written")
            continue
        if isinstance(table.get("check"), dict) and "find" in table["check"]:
            finding.append(command)
            continue
        behaviour = builder.build(command, table)
        if behaviour:
            behaviours.append(behaviour)
    by_words = {" ".join(b.command.path): b for b in behaviours}
    # A check that finds its item in another command's list is built once every list is.
    builder.lists = by_words
    for command in finding:
        behaviour = builder.build(command, command.raw)
        if behaviour:
            behaviours.append(behaviour)
            by_words[" ".join(behaviour.command.path)] = behaviour
    for command in replacing:
        behaviour = builder.replacement(command, by_words)
        if behaviour:
            behaviours.append(behaviour)
    for command in spec.root.walk():
        if command.subcommands and "steps" in command.raw:
            behaviour = builder.sequence(command, by_words)
            if behaviour:
                behaviours.append(behaviour)
    for code in spec.exit_codes:
        for typename in code.payload_errors:
            if typename not in builder.error_types:
                lint.error(("exit-codes", code.name, "payload-errors"),
                           f"'{typename}' is no payload error type of any command's 'errors' "
                           f"({sorted(builder.error_types)})")
    completers = []
    for name, table in (raw.get("completers") or {}).items():
        key = ("completers", name)
        if not isinstance(table, dict):
            lint.error(key, f"completer '{name}' must be a table")
            continue
        lint.unknown_keys(table, {"command", "value", "description", "newest"}, key, f"completer '{name}'")
        listed = by_words.get(str(table.get("command")))
        if listed is None or listed.kind != "list":
            lint.error(key + ("command",), f"completer '{name}' names no paged list command")
            continue
        # The description is optional (a stage's name is all there is to say).
        refs = [builder.value_ref(listed.result, str(table.get(role, "")), None, key + (role,),
                                  f"completer '{name}' {role}") if role in table or role == "value" else None
                for role in ("value", "description")]
        newest = None
        if "newest" in table:
            newest = builder.value_ref(listed.result, str(table["newest"]), None, key + ("newest",),
                                       f"completer '{name}' newest")
            if newest is not None and newest.format != "datetime":
                lint.error(key + ("newest",), f"completer '{name}' newest: '{table['newest']}' is not a DateTime")
                newest = None
            if newest is None:
                continue
        # What the list needs from the command line (--api-id, --workspace-id) comes to __complete as its own
        # option of that name, which the completion scripts pass on from the line being completed.
        hidden = next((c for c in spec.root.subcommands if c.name == "__complete"), None)
        given = {o.name for o in hidden.options} if hidden else set()
        inputs = []
        for binding in listed.request.bindings:
            option = binding.input if binding.kind == "INPUT" else \
                listed.option("workspace-id") if binding.kind == "WORKSPACE" else None
            if not isinstance(option, Option) or option in inputs:
                continue
            if option.name not in given:
                lint.error(key + ("command",), f"completer '{name}': '{table.get('command')}' needs '--{option.name}'"
                                               f"; declare it as an option of __complete, which the completion "
                                               "scripts pass it to")
            inputs.append(option)
        if refs[0]:
            completers.append(Completer(name=name, list=listed, value=refs[0], description=refs[1], newest=newest,
                                        inputs=inputs))
    hidden = next((c for c in spec.root.subcommands if c.name == "__complete"), None)
    declared = set(raw.get("completers") or {})
    if hidden and hidden.args and set(hidden.args[0].choices) != declared:
        lint.error(hidden.key_path + ("args", hidden.args[0].name, "choices"),
                   f"__complete's completers must be the ones declared in [completers] ({sorted(declared)})")
    return Model(behaviours=behaviours, pickers=sorted(builder.pickers.values(), key=lambda p: p.name),
                 completers=completers)
