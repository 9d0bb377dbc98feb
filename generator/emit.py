"""Turn the linted spec (and the GraphQL operations) into generated files."""

from __future__ import annotations

from pathlib import Path

import jinja2

import behaviour_c
from cstring import c_string
import docs
import helptext
from gql import load_operations
from behaviour import build_model
from spec import Command, Option, Spec, SpecError, load_spec

TEMPLATES = Path(__file__).resolve().parent / "templates"


def c_default(value) -> str:
    return "NULL" if value is None else c_string(str(value))


def value_type(option: Option) -> str:
    if option.multiple:
        return "nitro_list_value"
    return {"string": "nitro_str_value", "int": "nitro_int_value",
            "flag": "nitro_flag_value", "bool": "nitro_flag_value"}[option.type]


def opt_type(option: Option) -> str:
    if option.multiple:
        return "NITRO_OPT_STRING_LIST"
    return {"string": "NITRO_OPT_STRING", "int": "NITRO_OPT_INT",
            "flag": "NITRO_OPT_FLAG", "bool": "NITRO_OPT_BOOL"}[option.type]


def opt_flags(option: Option) -> str:
    # A kept option's value may come after parsing (the kept file): the executor says when it is missing.
    flags = [name for name, on in (("NITRO_OPT_REQUIRED", option.required and not option.kept),
                                   ("NITRO_OPT_SECRET", option.secret),
                                   ("NITRO_OPT_GLOBAL", option.is_global)) if on]
    return " | ".join(flags) or "0"


def cmd_flags(command: Command) -> str:
    flags = []
    if command.auth == "required":
        flags.append("NITRO_CMD_AUTH_REQUIRED")
    if command.hidden:
        flags.append("NITRO_CMD_HIDDEN")
    return " | ".join(flags) or "0"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             autoescape=False)
    env.filters.update(c_string=c_string, c_default=c_default, value_type=value_type,
                       opt_type=opt_type, opt_flags=opt_flags, cmd_flags=cmd_flags)
    return env


class CommandView:
    """What the C template needs of one command, computed once."""

    def __init__(self, spec: Spec, command: Command):
        self.command = command
        self.words = helptext.command_words(spec, command)
        self.usage = helptext.usage_line(spec, command)
        help_text = helptext.render_help(spec, command)
        self.help_lines = [line + "\n" for line in help_text.rstrip("\n").split("\n")]
        self.too_wide = [line for line in help_text.split("\n") if len(line) > helptext.HELP_COLUMNS]
        options = helptext.leaf_options(spec, command) if command.runs else []
        self.table = sorted(options, key=lambda o: o.name)  # for bsearch

    def __getattr__(self, name):
        return getattr(self.command, name)


def check_help_width(spec: Spec, commands: list[CommandView]) -> None:
    """Help is wrapped at 78 columns; what cannot wrap (a long default, a long
    option name) must still fit, so it is reported at the command's line."""
    for c in commands:
        for line in c.too_wide:
            spec.lint.error(c.command.key_path, f"help of '{c.words}' has a line of {len(line)} columns "
                                                f"(at most {helptext.HELP_COLUMNS}): {line.strip()!r}")


def render_all(spec_dir: Path) -> dict[str, str]:
    spec_path = spec_dir / "nitro.toml"
    spec = load_spec(spec_path)
    env = environment()
    source = "spec/nitro.toml"
    # Children before parents is not needed: parents declare them extern.
    commands = [CommandView(spec, c) for c in spec.root.walk()]
    check_help_width(spec, commands)
    context = dict(spec=spec, leaves=spec.leaves(), commands=commands, source=source,
                   ids={c.c_name: i for i, c in enumerate(commands)},
                   globals_sorted=sorted([o for o in spec.global_options if not o.scope], key=lambda o: o.name))
    operations = load_operations(spec_dir)
    model = build_model(spec, operations)
    if spec.lint.errors:
        raise SpecError(spec.lint.errors)
    context.update(operations=operations, model=model,
                   behaviours={b.command.c_name: b for b in model.behaviours})
    files = {
        name: env.get_template(f"{name}.j2").render(context)
        for name in ("cli.h", "cli.c", "graphql.h", "graphql.c", "commands.h")
    }
    files["commands.c"] = behaviour_c.render(spec, model, source)
    # docs/, man/ and completions/ (generator/docs.py).
    files.update(docs.render(env, spec, spec_dir))
    return files
