"""The C tables of generated/commands.c: one nitro_behaviour per command
(runtime/commands/behaviour.h), written from the model that behaviour.py checked.
Every array gets a name derived from what it describes, so the output is
deterministic and readable.

The tables are not initialised statically: a static table of pointers in a
position-independent executable is relocated by the loader at every start,
whatever the command. Each behaviour (and picker, completer) is a function that
fills its static storage by code the first time it is asked for and returns it;
what it points at is filled in the same call. Compound literals are only ever
assigned, never pointed at: inside a function they would not outlive it. An array
inside a row is filled element by element, and CMakeLists.txt keeps the compiler
from copying the tables from relocated constants of its own (tests/relocations)."""

from __future__ import annotations

from behaviour import Behaviour, Binding, HumanLine, Model, OutField, Part, Picker, Request, ValueRef
from cstring import c_string
from spec import Spec


# The trailing fields of a nitro_field_def read from the response.
NOT_INPUT = "NULL, false, 0, NITRO_OPT_STRING"


class Writer:
    def __init__(self, spec: Spec):
        self.spec = spec
        self.storage: list[str] = []  # the current unit's static objects
        self.lines: list[str] = []  # the statements that fill them
        self.names: set[str] = set()

    def take(self, result: str, indent: str = "") -> tuple[list[str], list[str]]:
        """The current unit: its storage, and a block that fills it once and returns `result`."""
        body = [f"{indent}        {line}" for statement in self.lines for line in statement.split("\n")]
        # Marked filled first: what it fills may ask for it again.
        block = [f"{indent}    static atomic_bool filled;", f"{indent}    if (!nitro_filled_already(&filled)) {{",
                 *body, f"{indent}    }}", f"{indent}    return {result};"]
        storage, self.storage, self.lines = self.storage, [], []
        return storage, block

    def unit(self, comment: str, signature: str, result: str) -> list[str]:
        """The function `signature` that fills the current unit's storage once and returns `result`."""
        storage, block = self.take(result)
        return [comment, *storage, f"{signature} {{", *block, "}", ""]

    def words(self, command) -> str:
        """A command as typed: "nitro pat list"."""
        return " ".join([self.spec.name, *command.path])

    def array(self, c_type: str, base: str, rows: list[str]) -> str:
        """A static array of `c_type` filled a row a statement, under a unique name made from `base`."""
        name = self.unique(base)
        space = "" if c_type.endswith("*") else " "
        self.storage.append(f"static {c_type}{space}{name}[{len(rows)}];")
        self.lines += [f"{name}[{i}] = ({c_type}){row};" if row.startswith("{") else f"{name}[{i}] = {row};"
                       for i, row in enumerate(rows)]
        return name

    def unique(self, name: str) -> str:
        base, n = name, 2
        while name in self.names:
            name, n = f"{base}_{n}", n + 1
        self.names.add(name)
        return name

    def struct(self, ctype: str, name: str, fields: dict[str, str]) -> str:
        """A static <ctype> filled with `(<ctype>){.key = value, ...}`; returns its address."""
        variable = self.unique(name)
        self.storage.append(f"static {ctype} {variable};")
        self.lines.append("\n".join([f"{variable} = ({ctype}){{", *(f"    .{k} = {v}," for k, v in fields.items()),
                                     "};"]))
        return "&" + variable

    def path(self, name: str, path: list[str] | None) -> str:
        if not path:
            return "NULL"
        name = self.unique(f"path_{name}")
        self.storage.append(f"static const char *{name}[{len(path) + 1}]; /* NULL-terminated */")
        self.lines += [f"{name}[{i}] = {c_string(p)};" for i, p in enumerate(path)]
        return name

    def value_ref(self, name: str, ref: ValueRef | None) -> str:
        if ref is None:
            return "{0}"
        return f"{{{self.path(name, ref.path)}, {fmt(ref.format)}}}"

    def fields(self, name: str, node: OutField, opts: str | None = None) -> str:
        """Writes the field array of an object and returns '{key, path, kind, format, fields, n}'."""
        if node.kind == "constant":  # a constant of None is written as null
            return (f"{{{c_string(node.key)}, NULL, NITRO_VALUE_CONSTANT, NITRO_FMT_NONE, NULL, 0, "
                    f"{c_string(node.constant)}, false, 0, NITRO_OPT_STRING}}")
        if node.constant is not None:
            return (f"{{{c_string(node.key)}, NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, "
                    f"{c_string(node.constant)}, false, 0, NITRO_OPT_STRING}}")
        if node.input is not None:
            return (f"{{{c_string(node.key)}, NULL, NITRO_VALUE_STRING, NITRO_FMT_NONE, NULL, 0, NULL, true, "
                    f"offsetof({opts}, {member(node.input)}), {opt_type(node.input)}}}")
        if node.kind == "string_list" and node.fields:  # plucked: one string from each object of the list
            array = self.array("nitro_field_def", f"fields_{name}", [self.fields(f"{name}_item", node.fields[0], opts)])
            return (f"{{{c_string(node.key)}, {self.path(name, node.path)}, {kind(node.kind)}, NITRO_FMT_NONE, "
                    f"{array}, 1, {NOT_INPUT}}}")
        if node.kind not in ("object", "object_list"):
            return (f"{{{c_string(node.key)}, {self.path(name, node.path)}, {kind(node.kind)}, {fmt(node.format)}, "
                    f"NULL, 0, {NOT_INPUT}}}")
        rows = [self.fields(f"{name}_{child.key}", child, opts) for child in node.fields]
        if not rows:
            return f"{{{c_string(node.key or None)}, NULL, {kind(node.kind)}, NITRO_FMT_NONE, NULL, 0, {NOT_INPUT}}}"
        array = self.array("nitro_field_def", f"fields_{name}", rows)
        return (f"{{{c_string(node.key or None)}, {self.path(name, node.path)}, {kind(node.kind)}, NITRO_FMT_NONE, "
                f"{array}, {len(rows)}, {NOT_INPUT}}}")

    def text(self, name: str, parts: list[Part] | None, opts: str) -> str:
        if not parts:
            return "{NULL, 0}"
        rows = []
        for i, part in enumerate(parts):
            if part.kind == "TEXT":
                rows.append(f"{{NITRO_PART_TEXT, {c_string(part.text)}, {{0}}, 0, 0}}")
            elif part.kind in ("DATA", "CHECK"):
                rows.append(f"{{NITRO_PART_{part.kind}, NULL, {self.value_ref(f'{name}_{i}', part.value)}, 0, 0}}")
            elif part.kind == "WORKSPACE":
                rows.append("{NITRO_PART_WORKSPACE, NULL, {0}, 0, 0}")
            else:
                rows.append(f"{{NITRO_PART_INPUT, NULL, {{0}}, offsetof({opts}, {member(part.input)}), "
                            f"{opt_type(part.input)}}}")
        array = self.array("nitro_text_part", f"text_{name}", rows)
        return f"{{{array}, {len(rows)}}}"

    def bindings(self, name: str, request: Request, opts: str | None) -> str:
        rows = []
        for i, b in enumerate(request.bindings):
            path = self.path(f"{name}_var_{i}", b.path)
            offset = f"offsetof({opts}, {member(b.input)})" if b.input is not None else "0"
            rows.append(
                f"{{{path}, NITRO_BIND_{b.kind}, {offset}, {opt_type(b.input) if b.input else 'NITRO_OPT_STRING'}, "
                f"{transform(b.transform)}, {c_string(b.constant)}, {b.absent_depth}, "
                f"{'true' if b.omit else 'false'}, {'true' if b.one_of else 'false'}, "
                f"{c_string(b.input.name if b.input else None)}, "
                f"{offset_of(opts, b.other) if b.other else 'NITRO_NO_OPTION'}, {b.days}, "
                f"{c_string(b.other.name if b.other else None)}}}")
        if not rows:
            return f"{{{request.operation.prefix}_operation(), NULL, 0}}"
        array = self.array("nitro_binding", f"bindings_{name}", rows)
        return f"{{{request.operation.prefix}_operation(), {array}, {len(rows)}}}"

    def picker(self, picker: Picker) -> list[str]:
        name = picker.name.replace("-", "_")
        request = self.bindings(f"picker_{name}", picker.request, None)
        connection = self.path(f"picker_{name}_connection", picker.connection)
        value = self.value_ref(f"picker_{name}_value", picker.value)
        label = self.value_ref(f"picker_{name}_label", picker.label)
        detail = self.value_ref(f"picker_{name}_detail", picker.detail)
        variable = self.struct("nitro_picker", f"picker_{name}", {
            "name": c_string(picker.name), "request": request, "connection": connection,
            "page_size": str(picker.page_size), "value": value, "label": label, "detail": detail,
            "empty": c_string(picker.empty), "marks_default": "true" if picker.marks_default else "false"})
        return self.unit(f"/* ---- picker {picker.name} ---- */", f"const nitro_picker *nitro_picker_{name}(void)",
                         variable)

    def behaviour(self, b: Behaviour) -> str:
        """Fills the behaviour (and what it alone points at) in the current unit; returns its address."""
        name = b.name
        opts = f"nitro_opts_{b.command.c_name}"
        fields = {}
        fields["kind"] = f"NITRO_KIND_{b.kind.upper()}"
        if b.request:
            fields["request"] = self.bindings(name, b.request, opts)
        fields["data"] = self.path(f"{name}_data", b.data)
        fields["data_type"] = c_string(b.data_type)
        fields["result"] = self.fields(f"{name}_result", b.result, opts)
        if b.errors:
            paths = [self.path(f"{name}_errors_{i}", p) for i, p in enumerate(b.errors)]
            array = self.array("const char *const *", f"errors_{name}", paths)
            fields["errors"], fields["n_errors"] = array, str(len(paths))
        if b.verbatim:
            array = self.array("const char *", f"verbatim_{name}", [c_string(v) for v in b.verbatim])
            fields["verbatim"], fields["n_verbatim"] = array, str(len(b.verbatim))
        fields["all_errors"] = "true" if b.all_errors else "false"
        fields["not_a_user"] = "true" if b.not_a_user else "false"
        if b.only_to_confirm:
            fields["only_to_confirm"] = "true"
        for text in ("activity", "success", "no-data", "not-found", "confirm", "confirm-by-id", "declined", "notice"):
            if text in b.texts:
                fields[text.replace("-", "_")] = self.text(f"{name}_{text.replace('-', '_')}", b.texts[text], opts)
        fields["recheck"] = c_string(b.recheck)
        if b.human:
            rows = [self.human_line(f"{name}_human_{i}", line, opts) for i, line in enumerate(b.human)]
            array = self.array("nitro_human_line", f"human_{name}", rows)
            fields["human"], fields["n_human"] = array, str(len(rows))
        if b.columns:
            rows = [f"{{{c_string(label)}, {self.value_ref(f'{name}_column_{i}', ref)}}}"
                    for i, (label, ref) in enumerate(b.columns)]
            array = self.array("nitro_column", f"columns_{name}", rows)
            fields["table_title"] = c_string(b.table_title)
            fields["columns"], fields["n_columns"] = array, str(len(rows))
        if b.check:
            fields["check"] = self.behaviour(b.check)
        if b.find:
            variable = self.unique(f"find_{name}")
            self.storage.append(f"static nitro_find_def {variable};")
            self.lines.append(f"{variable} = (nitro_find_def)"
                              f"{self.find(name, b.find.list, b.find.id_ref, offset_of(opts, b.find.id_input))};")
            fields["find"] = "&" + variable
        if b.picks:
            rows = [f"{{offsetof({opts}, {member(o)}), {c_string(o.name)}, nitro_picker_{p.name.replace('-', '_')}(), "
                    f"{c_string(title)}}}" for o, p, title in b.picks]
            array = self.array("nitro_pick_def", f"picks_{name}", rows)
            fields["picks"], fields["n_picks"] = array, str(len(rows))
        if b.one_of:
            fields["one_of"] = self.one_of(name, b, opts)
        fields["save_workspace"] = f"NITRO_SAVE_WORKSPACE_{b.save_workspace.upper()}"
        fields["save_workspace_offset"] = offset_of(opts, b.save_workspace_option)
        for field_name, option in (("force_offset", "force"), ("cursor_offset", "cursor"), ("all_offset", "all"),
                                   ("limit_offset", "limit"), ("workspace_offset", "workspace-id")):
            fields[field_name] = offset_of(opts, b.option(option))
        if b.replace:
            fields["replace"] = self.replacement(name, b, opts)
        fields["confirm_offset"] = offset_of(opts, b.confirm_option)
        fields["confirm_question"] = c_string(b.confirm_option.confirm if b.confirm_option else None)
        if b.uploads:
            rows = []
            for i, u in enumerate(b.uploads):
                if u.entries:
                    entries = self.array("nitro_zip_entry_def", f"zip_{name}_{i}", [
                        f"{{offsetof({opts}, {member(e.input)}), "
                        f"{'NITRO_OPT_STRING_LIST' if e.input.multiple else 'NITRO_OPT_STRING'}, {c_string(e.input.name)}, "
                        f"{c_string(e.folder)}, {c_string(e.rename)}}}" for e in u.entries])
                    rows.append(f"{{{self.path(f'{name}_upload_{i}', u.path)}, NITRO_NO_OPTION, NULL, "
                                f"{c_string(u.file_name)}, {entries}, {len(u.entries)}, false, NULL}}")
                    continue
                rows.append(f"{{{self.path(f'{name}_upload_{i}', u.path)}, offsetof({opts}, {member(u.input)}), "
                            f"{c_string(u.input.name)}, {c_string(u.file_name)}, NULL, 0, "
                            f"{'true' if u.binary else 'false'}, {c_string(u.member)}}}")
            array = self.array("nitro_upload_def", f"uploads_{name}", rows)
            fields["uploads"], fields["n_uploads"] = array, str(len(rows))
        if b.follow:
            fields["follow"] = self.follow(name, b, opts)
        if b.download:
            d = b.download
            path = self.text(f"{name}_download_path", d.path, opts)
            not_found = self.text(f"{name}_download_not_found", d.not_found, opts)
            fields["download"] = self.struct("nitro_download_def", f"download_{name}", {
                "path": path, "file_offset": offset_of(opts, d.file), "not_found": not_found,
                "format_offset": offset_of(opts, d.format)})
        if b.steps:
            fields["steps"] = self.sequence(name, b, opts)
        if b.keep:
            names = self.array("const char *", f"keep_by_{name}", [c_string(o.name) for o in b.keep.by] + ["NULL"])
            offsets = self.array("size_t", f"keep_offsets_{name}", [offset_of(opts, o) for o in b.keep.by] + ["0"])
            fields["keep"] = self.struct("nitro_kept_def", f"keep_{name}", {
                "name": c_string(b.keep.name), "by": names, "by_offsets": offsets, "n_by": str(len(b.keep.by))})
            fields["keep_path"] = self.path(f"{name}_keep", b.keep.path)
        if b.kept:
            names = self.array("const char *", f"kept_by_{name}", [c_string(n) for n in b.kept.kept] + ["NULL"])
            offsets = self.array("size_t", f"kept_offsets_{name}",
                                 [offset_of(opts, o) for o in b.kept_by] + ["0"])
            fields["kept"] = self.struct("nitro_kept_def", f"kept_{name}", {
                "name": c_string(b.kept.name), "by": names, "by_offsets": offsets, "n_by": str(len(b.kept_by))})
            fields["kept_offset"] = offset_of(opts, b.kept)
            fields["kept_missing"] = c_string(b.kept.missing)
            fields["forget"] = "true" if b.forget else "false"
        if b.select:
            path = self.path(f"{name}_select", b.select.list)
            not_found = self.text(f"{name}_select_not_found", b.select.not_found, opts)
            fields["select"] = self.struct("nitro_select_def", f"select_{name}", {
                "list": path, "field": c_string(b.select.field), "offset": offset_of(opts, b.select.input),
                "not_found": not_found})
        if b.filter:
            fields["filter_path"] = self.path(f"{name}_filter", b.filter[0])
            fields["filter_equals"] = c_string(b.filter[1])
        if b.each:
            say = self.text(f"{name}_each_say", b.each.say, opts)
            done = self.text(f"{name}_each_done", b.each.done, opts)
            fields["each"] = self.struct("nitro_each_def", f"each_{name}", {
                "offset": offset_of(opts, b.each.option), "option": c_string(b.each.option.name), "say": say,
                "done": done})
        if b.next_page:
            request = self.bindings(f"{name}_next_page", b.next_page.request, opts)
            connection = self.path(f"{name}_next_page_connection", b.next_page.connection)
            fields["next_page"] = self.struct("nitro_next_page_def", f"next_page_{name}", {
                "request": request, "connection": connection})
        if b.keep_if_any:
            fields["keep_if_any"] = self.path(f"{name}_keep_if_any", b.keep_if_any)
        if b.exclusive:
            fields["exclusive_offsets"] = "{" + ", ".join(offset_of(opts, o) for o in b.exclusive) + "}"
            fields["exclusive_names"] = "{" + ", ".join(c_string(o.name) for o in b.exclusive) + "}"
        return self.struct("nitro_behaviour", f"behaviour_{name}", fields)

    def follow(self, name: str, b: Behaviour, opts: str) -> str:
        f = b.follow
        var_paths = [self.path(f"{name}_follow_var_{i}", v[0]) for i, v in enumerate(f.variables)]
        value_paths = [self.path(f"{name}_follow_value_{i}", v[1]) for i, v in enumerate(f.variables)]
        variables = self.array("const char *const *", f"follow_variables_{name}", var_paths or ["NULL"])
        values = self.array("const char *const *", f"follow_values_{name}", value_paths or ["NULL"])
        from_options = any(v[2] is not None for v in f.variables)
        offsets = None
        if from_options:
            offsets = self.array("size_t", f"follow_offsets_{name}", [offset_of(opts, v[2]) for v in f.variables])
        rows = []
        for i, e in enumerate(f.events):
            say = self.text(f"{name}_event_{i}_say", e.say, opts)
            errors = self.path(f"{name}_event_{i}_errors", e.errors)
            details = self.path(f"{name}_event_{i}_details", e.details)
            rows.append(f"{{{c_string(e.typename)}, {say}, {errors}, NITRO_OUTCOME_{e.outcome.upper()}, "
                        f"{'true' if e.waiting else 'false'}, {details}}}")
        events = self.array("nitro_event_def", f"events_{name}", rows)
        texts = {k: self.text(f"{name}_follow_{k}", f.texts.get(k), opts)
                 for k in ("created", "failed", "ended", "stopped")}
        data = self.path(f"{name}_follow_data", f.data)
        return self.struct("nitro_follow_def", f"follow_{name}", {
            "operation": f"{f.operation.prefix}_operation()", "variable_paths": variables, "value_paths": values,
            **({"value_offsets": offsets} if offsets else {}), "n_variables": str(len(f.variables)), "data": data,
            "events": events, "n_events": str(len(rows)), **texts, "wait_offset": offset_of(opts, f.wait)})

    def step(self, name: str, step, opts: str) -> str:
        """One step's row: its behaviour, its options struct and how it is filled."""
        step_opts = f"nitro_opts_{step.behaviour.command.c_name}"
        copies = "NULL"
        if step.copies:
            copies = self.array("nitro_option_copy", f"copies_{name}", [
                f"{{{offset_of(opts, mine)}, {offset_of(step_opts, theirs)}, {opt_type(mine)}}}"
                for mine, theirs in step.copies])
        return (f"{{nitro_behaviour_{step.behaviour.name}(), sizeof({step_opts}), {copies}, {len(step.copies)}, "
                f"{offset_of(step_opts, step.carried)}, {offset_of(opts, step.skip)}, {offset_of(opts, step.passes)}}}")

    def sequence(self, name: str, b: Behaviour, opts: str) -> str:
        s = b.steps
        rows = [self.step(f"{name}_{i}", step, opts) for i, step in enumerate(s.steps)]
        steps = self.array("nitro_step_def", f"steps_{name}", rows)
        undo = self.step(f"{name}_undo", s.undo, opts) if s.undo else "{0}"
        undo_words = self.words(s.undo.behaviour.command) if s.undo else None
        carry_path = self.path(f"{name}_carry", s.carry_path)
        return self.struct("nitro_steps_def", f"sequence_{name}", {
            "steps": steps, "n_steps": str(len(rows)), "carry_from": str(s.carry_from), "carry_path": carry_path,
            "carry_name": c_string(s.carry_name), "undo": undo, "undo_words": c_string(undo_words)})

    def find(self, name: str, listed: Behaviour, id_ref, id_offset: str) -> str:
        """A nitro_find_def's initializer: the list paged through, a listed item's id, the command's <id>."""
        return (f"{{nitro_behaviour_{listed.name}(), {self.value_ref(f'{name}_id', id_ref)}, {id_offset}}}")

    def replacement(self, name: str, b: Behaviour, opts: str) -> str:
        r = b.replace
        create_opts = f"nitro_opts_{r.create.command.c_name}"
        remove_opts = f"nitro_opts_{r.remove.command.c_name}"
        rows = [f"{{offsetof({create_opts}, {member(row.target)}), {opt_type(row.target)}, "
                f"{offset_of(opts, row.own)}, NITRO_INHERIT_{row.transform.upper()}, {{{{0}}}}}}" for row in r.inherit]
        array = self.array("nitro_inherit", f"inherit_{name}", rows or ["{0}"])
        # Each value by itself: an array inside a compound literal is copied from a relocated constant by some
        # compilers even without optimisation.
        for i, row in enumerate(r.inherit):
            for j, ref in enumerate(row.values):
                self.lines.append(f"{array}[{i}].values[{j}] = (nitro_value_ref)"
                                  f"{self.value_ref(f'{name}_inherit_{i}_{j}', ref)};")
        return self.struct("nitro_replace", f"replace_{name}", {
            "find": self.find(name, r.find, r.id_ref, f"offsetof({opts}, id)"),
            "create": f"nitro_behaviour_{r.create.name}()", "remove": f"nitro_behaviour_{r.remove.name}()",
            "find_words": c_string(self.words(r.find.command)), "remove_words": c_string(self.words(r.remove.command)),
            "create_opts_size": f"sizeof(nitro_opts_{r.create.command.c_name})",
            "remove_opts_size": f"sizeof({remove_opts})", "inherit": array, "n_inherit": str(len(rows)),
            "remove_id_offset": f"offsetof({remove_opts}, {member(r.remove_id)})",
            "remove_force_offset": f"offsetof({remove_opts}, {member(r.remove_force)})"})

    def human_line(self, name: str, line: HumanLine, opts: str) -> str:
        if line.label is not None:
            return f"{{{c_string(line.label)}, {self.value_ref(name, line.value)}, {{NULL, 0}}}}"
        return f"{{NULL, {{0}}, {self.text(name, line.template, opts)}}}"

    def one_of(self, name: str, b: Behaviour, opts: str) -> str:
        offsets = self.array("size_t", f"one_of_offsets_{name}",
                             [f"offsetof({opts}, {member(o)})" for o in b.one_of.options])
        rows = []
        for choice in b.one_of.choices:
            picker = f"nitro_picker_{choice.picker.name.replace('-', '_')}()" if choice.picker else "NULL"
            rows.append(f"{{{c_string(choice.label)}, offsetof({opts}, {member(choice.input)}), {picker}, "
                        f"{c_string(choice.title)}}}")
        choices = self.array("nitro_choice", f"one_of_choices_{name}", rows)
        missing = " or ".join(f"'--{o.name}'" for o in b.one_of.options)
        return self.struct("nitro_one_of", f"one_of_{name}", {
            "missing": c_string(missing), "offsets": offsets, "n_offsets": str(len(b.one_of.options)),
            "question": c_string(b.one_of.question), "choices": choices, "n_choices": str(len(b.one_of.choices))})


def fmt(name: str | None) -> str:
    return "NITRO_FMT_" + (name or "none").upper().replace("-", "_")


def kind(name: str) -> str:
    return "NITRO_VALUE_" + name.upper()


def transform(name: str | None) -> str:
    return "NITRO_XF_" + (name or "none").upper().replace("-", "_")


def opt_type(item) -> str:
    return {"string": "NITRO_OPT_STRING", "int": "NITRO_OPT_INT", "flag": "NITRO_OPT_FLAG",
            "bool": "NITRO_OPT_BOOL"}[getattr(item, "type", "string")]


def member(option) -> str:
    """The option's member in a command's options struct (globals live in `global`)."""
    return f"global.{option.c_name}" if getattr(option, "is_global", False) else option.c_name


def offset_of(opts: str, option) -> str:
    return f"offsetof({opts}, {member(option)})" if option is not None else "NITRO_NO_OPTION"


def render(spec: Spec, model: Model, source: str) -> str:
    writer = Writer(spec)
    out = [
        f"/* Generated from {source} by generator/generate.py. Do not edit. */",
        "/* Each table is filled by code the first time it is asked for (generator/behaviour_c.py says why). */",
        "#include <stddef.h>",
        "#include <string.h>",
        "",
        '#include "generated/commands.h"',
        '#include "generated/cli.h"',
        '#include "generated/graphql.h"',
        "",
    ]
    for picker in model.pickers:
        out += writer.picker(picker)
    for b in model.behaviours:
        variable = writer.behaviour(b)
        out += writer.unit(f"/* ---- {' '.join(b.command.path)} ---- */",
                           f"const nitro_behaviour *nitro_behaviour_{b.name}(void)", variable)
    payload_exits = [(t, e.code) for e in spec.exit_codes for t in e.payload_errors]
    array = writer.array("nitro_payload_exit", "payload_exits",
                         [f"{{{c_string(t)}, {code}}}" for t, code in payload_exits] + ["{NULL, 0}"])
    out += writer.unit("/* The payload error types that end a command with another status than 1. */",
                       "const nitro_payload_exit *nitro_payload_exits(void)", array)
    out.append(f"const size_t nitro_payload_exit_count = {len(payload_exits)};")
    out.append("")
    out.append("const nitro_behaviour *nitro_behaviour_at(size_t index) {")
    out.append("    switch (index) {")
    out += [f"    case {i}: return nitro_behaviour_{b.name}();" for i, b in enumerate(model.behaviours)]
    out += ["    }", "    return NULL;", "}", f"const size_t nitro_behaviour_count = {len(model.behaviours)};", ""]
    # A completer is filled only when asked for by name: __complete needs one, and it pulls in a list command.
    storage, blocks = [], []
    for completer in model.completers:
        tag = completer.name.replace("-", "_")
        value = writer.value_ref(f"completer_{tag}_value", completer.value)
        description = writer.value_ref(f"completer_{tag}_description", completer.description)
        newest = writer.value_ref(f"completer_{tag}_newest", completer.newest)
        opts = f"nitro_opts_{completer.list.command.c_name}"
        inputs = "NULL"
        if completer.inputs:
            inputs = writer.array("nitro_completer_input", f"completer_{tag}_inputs",
                                  [f"{{offsetof({opts}, {member(o)}), {c_string(o.name)}}}" for o in completer.inputs])
        variable = writer.struct("nitro_completer", f"completer_{tag}", {
            "name": c_string(completer.name), "list": f"nitro_behaviour_{completer.list.name}()", "value": value,
            "description": description, "newest": newest, "opts_size": f"sizeof({opts})", "inputs": inputs,
            "n_inputs": str(len(completer.inputs))})
        unit_storage, block = writer.take(variable, "    ")
        storage += unit_storage
        blocks += [f"    if (strcmp(name, {c_string(completer.name)}) == 0) {{", *block, "    }"]
    out += ["/* ---- completers ---- */", *storage, "const nitro_completer *nitro_completer_named(const char *name) {",
            *blocks, "    return NULL;", "}"]
    return "\n".join(out) + "\n"
