"""Render help and usage text at generation time, so the runtime only prints it."""

from __future__ import annotations

import re
import textwrap

from spec import HELP_COLUMNS, Command, Option, Spec

LEFT_MAX = 30
HELP_ROW = ("-?, -h, --help", "Show help and usage information.")
VERSION_ROW = ("--version", "Show version information.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        if lines:
            lines.append("")
        # Not str.split(): it would split at the no-break spaces too.
        text_line = re.sub(r"[ \t\n]+", " ", paragraph).strip()
        # A list of possible values longer than a whole line may break between values.
        text_line = " ".join(word.replace("," + NBSP, ", ") if len(word) > width and word.startswith("[possible")
                             else word for word in text_line.split(" "))
        lines.extend(textwrap.wrap(text_line, width=width,
                                   break_on_hyphens=False, break_long_words=False) or [""])
    return lines


def section(title: str, body: list[str]) -> list[str]:
    return [f"{title}:"] + [f"  {line}" if line else "" for line in body] + [""]


def rows(pairs: list[tuple[str, str]]) -> list[str]:
    """Two aligned columns, the right one wrapped within HELP_COLUMNS."""
    left_width = min(max(len(left) for left, _ in pairs), LEFT_MAX) + 2
    out = []
    for left, right in pairs:
        right_lines = wrap(right, HELP_COLUMNS - 2 - left_width) if right else [""]
        if len(left) + 2 > left_width:
            out.append(left)
            out.extend(" " * left_width + line for line in right_lines)
        else:
            out.append(left.ljust(left_width) + right_lines[0])
            out.extend(" " * left_width + line for line in right_lines[1:])
    return [line.rstrip().replace(NBSP, " ") for line in out]


def option_left(option: Option) -> str:
    alias = f"-{option.short}, " if option.short else ""
    if option.type in ("flag", "bool"):
        return f"{alias}--{option.name}"
    # One or more values (`multiple`): --tag <tag>... as clap shows them.
    return f"{alias}--{option.name} <{option.value_name}>{'...' if option.multiple else ''}"


NBSP = "\u00a0"  # keeps "[env: X]" on one line; textwrap only breaks ASCII space


def option_right(option: Option) -> str:
    parts = [option.help]
    if option.env:
        parts.append(f"[env:{NBSP}{option.env[0]}]")
    if option.default is not None:
        parts.append(f"[default:{NBSP}{str(option.default).replace(' ', NBSP)}]")
    if option.choices:
        parts.append(possible_values(option.choices).lstrip())
    if option.required and not option.kept:  # a kept one may come from the kept file
        parts.append("(REQUIRED)")
    return " ".join(parts)


def possible_values(choices: list[str]) -> str:
    """" [possible values: a, b]" (kept on one line), or "" without choices."""
    if not choices:
        return ""
    return f" [possible{NBSP}values:{NBSP}{(','+NBSP).join(choices)}]"


def command_words(spec: Spec, command: Command) -> str:
    return " ".join([spec.name] + command.path)


def usage_line(spec: Spec, command: Command) -> str:
    words = command_words(spec, command)
    if not command.runs:
        return f"{words} [command] [options]"
    if command.subcommands:  # a group that also runs itself: a subcommand word, or its own options
        return f"{words} [<command>] [options]"
    args = " ".join(f"<{a.value_name}>" if a.required else f"[<{a.value_name}>]"
                    for a in command.args)
    return f"{words} {args + ' ' if args else ''}[options]"


def leaf_options(spec: Spec, command: Command) -> list[Option]:
    """What the parser accepts."""
    # The options a command takes because of what it is (--cursor, --jq) read as its own: before the others.
    scoped = [o for o in spec.global_options if o.scope and o.applies_to(command)]
    return command.options + scoped + [o for o in spec.global_options if not o.scope]


def shown_options(spec: Spec, command: Command) -> list[Option]:
    """What help, docs and man pages describe: the accepted options less those the command ignores."""
    return [o for o in leaf_options(spec, command) if o.name not in command.ignores and not o.hidden]


# Global options a command accepts but has no use for (`ignores`): scripts written for the Nitro CLI, which
# takes them everywhere, may pass them; they are named, not described.
IGNORED_TITLE = "Ignored options"
IGNORED_LEAD = "Accepted and ignored, as the Nitro CLI accepts them everywhere:"


def ignored_sentence(command: Command) -> str:
    """"Accepted and ignored, ...: --cloud-url, --verbose.", or "" when it ignores none."""
    if not command.ignores:
        return ""
    if command.explains:
        return ("Accepted and ignored, as every other option and argument (the command says what to use "
                f"instead): {', '.join('--' + name for name in command.ignores)}.")
    return f"{IGNORED_LEAD} {', '.join('--' + name for name in command.ignores)}."


def render_help(spec: Spec, command: Command) -> str:
    is_root = not command.path
    out = section("Description", wrap(command.description, HELP_COLUMNS - 2))
    out += section("Usage", [usage_line(spec, command)])
    if command.args:
        out += section("Arguments", rows([
            (f"<{a.value_name}>", a.help + possible_values(a.choices)
             + (" (REQUIRED)" if a.required else ""))
            for a in command.args]))
    option_rows = [(option_left(o), option_right(o)) for o in
                   (shown_options(spec, command) if command.runs else [])]
    if is_root:
        option_rows.append(VERSION_ROW)
    option_rows.append(HELP_ROW)
    out += section("Options", rows(option_rows))
    if command.ignores:
        out += section(IGNORED_TITLE, wrap(ignored_sentence(command), HELP_COLUMNS - 2))
    if command.visible_subcommands:  # hidden commands are for scripts
        out += section("Commands", rows([(s.name, s.summary) for s in command.visible_subcommands]))
    if is_root:
        out += section("Exit codes", rows([(str(e.code), e.meaning) for e in spec.exit_codes]))
    out += section("Examples", [line for example in command.examples
                                for line in example.splitlines()])
    return "\n".join(out).rstrip("\n") + "\n"
