"""Docs, man pages and shell completions from the linted spec.

    docs/<page>.md          markdown in the layout of the Nitro docs: one page per
                            top-level command (a group and its subcommands), plus
                            index, global options and exit codes
    man/<words>.1           roff: nitro(1), one page per command group and one
                            per leaf command
    completions/nitro.bash  bash (needs bash-completion)
    completions/_nitro      zsh
    completions/nitro.fish  fish
    completions/scripts.c   the three scripts again, for `nitro completion <shell>`

Hidden commands appear in none of them. Intro prose for a page lives beside
the spec, in spec/docs/<page>.md (markdown, used as is); a fragment that names
no page is a lint error.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import helptext
from spec import Arg, Command, Option, Spec, SpecError

SOURCE = "spec/nitro.toml"
SHELLS = ("bash", "zsh", "fish")
HELP_ROW = helptext.HELP_ROW
VERSION_ROW = helptext.VERSION_ROW
FIXED_PAGES = ("index", "global-options", "exit-codes")


# ---- the model the templates see ---------------------------------------------------------------

@dataclass
class OptionView:
    option: Option
    is_global: bool

    @property
    def name(self) -> str:
        return self.option.name

    @property
    def flag(self) -> str:
        return f"--{self.option.name}"

    @property
    def takes_value(self) -> bool:
        return self.option.type not in ("flag", "bool")

    @property
    def value_name(self) -> str | None:
        return self.option.value_name

    @property
    def left(self) -> str:
        """`--expires <expires>` or `--force`."""
        return helptext.option_left(self.option)

    @property
    def env(self) -> str | None:
        return self.option.env[0] if self.option.env else None

    @property
    def legacy_env(self) -> str | None:
        return self.option.env[1] if len(self.option.env) > 1 else None

    @property
    def help(self) -> str:
        return self.option.help

    @property
    def choices(self) -> list[str]:
        return self.option.choices

    @property
    def completer(self) -> str | None:
        return self.option.complete

    def notes(self) -> list[str]:
        """Required, default and possible values, as sentences."""
        out = []
        if self.option.required and self.option.kept:
            out.append("Required: given, or the one kept.")
        elif self.option.required:
            out.append("Required.")
        if self.option.default is not None:
            out.append(f"Default: {self.option.default}.")
        if self.option.choices:
            out.append(f"Possible values: {', '.join(self.option.choices)}.")
        if self.option.type == "int" and (self.option.min is not None or self.option.max is not None):
            if self.option.min is not None and self.option.max is not None:
                out.append(f"A whole number from {self.option.min} to {self.option.max}.")
            elif self.option.min is not None:
                out.append(f"A whole number of at least {self.option.min}.")
            else:
                out.append(f"A whole number of at most {self.option.max}.")
        return out

    @property
    def description(self) -> str:
        return " ".join([self.help] + self.notes())


@dataclass
class ArgView:
    arg: Arg
    index: int

    @property
    def name(self) -> str:
        return self.arg.value_name

    @property
    def required(self) -> bool:
        return self.arg.required

    @property
    def help(self) -> str:
        return self.arg.help

    @property
    def choices(self) -> list[str]:
        return self.arg.choices

    @property
    def completer(self) -> str | None:
        return self.arg.complete

    @property
    def description(self) -> str:
        parts = [self.arg.help]
        if self.arg.required:
            parts.append("Required.")
        if self.arg.choices:
            parts.append(f"Possible values: {', '.join(self.arg.choices)}.")
        return " ".join(parts)


@dataclass
class CommandView:
    command: Command
    spec: Spec
    options: list[OptionView] = field(default_factory=list)  # its own, in spec order
    args: list[ArgView] = field(default_factory=list)

    def __post_init__(self):
        # The global options a command takes because of what it is (--cursor of a list, --jq) are
        # documented as its own; the others on the global options page.
        scoped = [o for o in self.spec.global_options if o.scope and self.command.runs and o.applies_to(self.command)]
        self.options = [OptionView(o, False) for o in self.command.options + scoped if not o.hidden]
        self.args = [ArgView(a, i) for i, a in enumerate(self.command.args)]

    @property
    def path(self) -> str:
        """"pat create"; "" for the program itself."""
        return " ".join(self.command.path)

    @property
    def words(self) -> str:
        return helptext.command_words(self.spec, self.command)

    @property
    def man_name(self) -> str:
        return self.words.replace(" ", "-")

    @property
    def name(self) -> str:
        return self.command.name

    @property
    def is_leaf(self) -> bool:
        return self.command.is_leaf

    @property
    def runs(self) -> bool:
        """A leaf, or a group that also runs itself (documented as a command, with its subcommands)."""
        return self.command.runs

    @property
    def is_root(self) -> bool:
        return not self.command.path

    @property
    def summary(self) -> str:
        return self.command.summary

    @property
    def description(self) -> str:
        return self.command.description

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.command.description)

    @property
    def auth_required(self) -> bool:
        return self.command.auth == "required"

    @property
    def examples(self) -> list[str]:
        return self.command.examples

    @property
    def subcommands(self) -> list[Command]:
        return self.command.visible_subcommands

    @property
    def completion_forward(self) -> list[OptionView]:
        """What the completion scripts pass on to `__complete` from the line being completed: the options that
        say which server and credentials to ask (--cloud-url, --api-key, --output), never a list's or a result's
        (--limit, --cursor, --jq), which __complete does not take."""
        forward = [o for o in self.global_options if o.takes_value and not o.option.scope]
        # And what a completer's list needs from the line (--api-id, --workspace-id): __complete's own options.
        hidden = next((c for c in self.spec.root.subcommands if c.name == "__complete"), None)
        return forward + [OptionView(o, False) for o in (hidden.options if hidden else [])
                          if o.type not in ("flag", "bool")]

    @property
    def global_options(self) -> list[OptionView]:
        """The global options this command takes before a subcommand's name:
        for a group the ones every command takes (the parser refuses a list's
        or a result's --cursor, --all, --limit, --jq there: they are each
        leaf's own), for a command that runs the applicable ones."""
        if not self.command.runs:
            return [OptionView(o, True) for o in self.spec.global_options if not o.scope]
        return [OptionView(o, True) for o in helptext.shown_options(self.spec, self.command)
                if o.is_global and not o.scope]

    @property
    def ignored(self) -> list[str]:
        """The global options it accepts and ignores, as flags."""
        return ["--" + name for name in self.command.ignores]

    @property
    def ignored_sentence(self) -> str:
        return helptext.ignored_sentence(self.command)

    @property
    def leaves(self) -> list["CommandView"]:
        """A group's leaf commands, in spec order."""
        return [CommandView(c, self.spec) for c in self.command.walk_visible() if c.runs and c is not self.command]

    @property
    def parent_man_name(self) -> str | None:
        """The page of the group it belongs to (nitro-pat), None for a top-level command."""
        return "-".join([self.spec.name] + self.command.path[:-1]) if len(self.command.path) > 1 else None

    @property
    def all_options(self) -> list[OptionView]:
        """What this command accepts: its own, then the globals (every level takes them), those it
        ignores too: a completion script must know that they take a value."""
        if not self.command.runs:
            return self.options + self.global_options
        return self.options + [OptionView(o, True) for o in helptext.leaf_options(self.spec, self.command)
                               if o.is_global and not o.scope]

    @property
    def value_options(self) -> list[OptionView]:
        return [o for o in self.all_options if o.takes_value]

    @property
    def usage(self) -> str:
        return helptext.usage_line(self.spec, self.command)

    @property
    def synopsis_block(self) -> list[str]:
        """The seed's usage block: the command with its required inputs and the
        options that always take effect (those with a default), one a line."""
        parts = [f'"<{a.name}>"' for a in self.args if a.required]
        head = " ".join([self.words] + parts)
        lines = [head]
        for o in self.options:
            if o.option.required or o.option.default is not None:
                lines.append(f'--{o.name} "<{o.value_name}>"')
        if len(lines) == 1:
            return lines
        return [lines[0] + " \\"] + [f"  {line} \\" for line in lines[1:-1]] + [f"  {lines[-1]}"]

    @property
    def options_have_env(self) -> bool:
        return any(o.env for o in self.options)


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in text.strip().split("\n\n") if p.strip()]


@dataclass
class Page:
    """One markdown page: a top-level command with the leaves under it."""
    name: str
    title: str
    top: CommandView
    intro: str | None
    sections: list[CommandView]


# ---- fragments -----------------------------------------------------------------------------------

def load_fragments(spec_dir: Path, page_names: set[str]) -> dict[str, str]:
    """spec/docs/<page>.md: intro prose for a page, in markdown."""
    fragments = {}
    errors = []
    docs_dir = spec_dir / "docs"
    if docs_dir.is_dir():
        for path in sorted(docs_dir.iterdir()):
            if path.suffix != ".md" or not path.is_file():
                errors.append(f"{path}:1: only <page>.md fragments belong in {docs_dir}")
                continue
            if path.stem not in page_names:
                errors.append(f"{path}:1: fragment names no docs page (one of {sorted(page_names)})")
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                errors.append(f"{path}:1: not UTF-8: {exc}")
                continue
            if not text.strip():
                errors.append(f"{path}:1: fragment is empty")
                continue
            fenced = False
            for number, line in enumerate(text.splitlines(), start=1):
                if line.startswith("```"):
                    fenced = not fenced
                elif line.startswith("#") and not fenced:
                    errors.append(f"{path}:{number}: no headings in a fragment: the page has its title")
            fragments[path.stem] = text.strip() + "\n"
    if errors:
        raise SpecError(errors)
    return fragments


def build_pages(spec: Spec, fragments: dict[str, str]) -> list[Page]:
    pages = []
    for top in spec.root.visible_subcommands:
        view = CommandView(top, spec)
        leaves = [CommandView(c, spec) for c in top.walk_visible() if c.runs]
        intro = fragments.get(top.name)
        if intro is None and not top.is_leaf:
            intro = top.description.strip() + "\n"
        pages.append(Page(name=top.name, title=f"{top.name} Command", top=view, intro=intro,
                          sections=leaves))
    return pages


# ---- escaping --------------------------------------------------------------------------------------

def md_text(text: str) -> str:
    """Prose: a '<' would open an HTML tag ("<scheme>://<host>")."""
    return text.replace("\\", "\\\\").replace("<", "\\<")


def md_cell(text: str) -> str:
    return md_text(text).replace("|", "\\|").replace("\n", " ")


def md_code(text: str) -> str:
    """Inline code, with a fence longer than any backtick run inside."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def roff_escape(text: str, code: bool = False) -> str:
    """Text for a roff text line (never a request): backslashes, dashes that
    start an option (every dash in code), non-ASCII as \\[uXXXX]."""
    out = []
    for i, ch in enumerate(text):
        if ch == "\\":
            out.append("\\e")
        elif ch == "-" and (code or i == 0 or not text[i - 1].isalnum()):
            out.append("\\-")
        elif ord(ch) > 0x7E or (ord(ch) < 0x20 and ch != "\t"):
            out.append(f"\\[u{ord(ch):04X}]")
        else:
            out.append(ch)
    line = "".join(out)
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line


ROFF_WIDTH = 78  # mandoc -Tlint flags text lines over 80 bytes


def roff_wrap(escaped: str) -> str:
    """Escaped roff text as lines within ROFF_WIDTH; escapes hold no spaces."""
    lines = textwrap.wrap(escaped, width=ROFF_WIDTH, break_long_words=False, break_on_hyphens=False)
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in lines)


def roff_lines(text: str) -> str:
    """A paragraph as text lines, each sentence on a new line (roff's convention)."""
    sentences = re.split(r"(?<=[.!?:;])\s+(?=[A-Z0-9`'\"(<-])", re.sub(r"\s+", " ", text).strip())
    return "\n".join(roff_wrap(roff_escape(s)) for s in sentences if s)


def roff_code(text: str) -> str:
    return "\n".join(roff_escape(line, code=True) for line in text.splitlines())


def zsh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def zsh_desc(text: str) -> str:
    """Text inside an _arguments [description]."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def zsh_describe_item(name: str, text: str) -> str:
    """name:description for _describe: colons in the name are escaped."""
    return name.replace("\\", "\\\\").replace(":", "\\:") + ":" + text


def sh_quote(text: str) -> str:
    """Single-quoted for bash and fish alike (fish also escapes \\ and ' with a backslash)."""
    return "'" + text.replace("'", "'\\''") + "'"


def fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


FILTERS = dict(md_text=md_text, md_cell=md_cell, md_code=md_code, roff=roff_escape, roff_lines=roff_lines, roff_wrap=roff_wrap,
               roff_code=roff_code, zsh_quote=zsh_quote, zsh_desc=zsh_desc,
               zsh_describe_item=zsh_describe_item, sh_quote=sh_quote, fish_quote=fish_quote)


# ---- rendering -------------------------------------------------------------------------------------

def render(env, spec: Spec, spec_dir: Path) -> dict[str, str]:
    env.filters.update(FILTERS)
    check_completion_shells(spec, spec_dir / "nitro.toml")
    page_names = {c.name for c in spec.root.visible_subcommands} | set(FIXED_PAGES)
    fragments = load_fragments(spec_dir, page_names)
    pages = build_pages(spec, fragments)
    root = CommandView(spec.root, spec)
    commands = [CommandView(c, spec) for c in spec.root.walk_visible()]
    leaves = [c for c in commands if c.runs and not c.is_root]
    environment = environment_rows(spec, commands)
    context = dict(spec=spec, root=root, pages=pages, commands=commands, leaves=leaves,
                   environment=environment, fragments=fragments,
                   source=SOURCE, help_row=HELP_ROW, version_row=VERSION_ROW, ignored_lead=helptext.IGNORED_LEAD,
                   dynamic=set(spec.raw.get("completers") or {}), shells=SHELLS)
    files: dict[str, str] = {}

    for page in pages:
        files[f"docs/{page.name}.md"] = env.get_template("docs/page.md.j2").render(context, page=page)
    for name in FIXED_PAGES:
        files[f"docs/{name}.md"] = env.get_template(f"docs/{name}.md.j2").render(context)

    files[f"man/{spec.name}.1"] = env.get_template("man/program.1.j2").render(context)
    for group in (c for c in commands if not c.runs and not c.is_root):
        files[f"man/{group.man_name}.1"] = env.get_template("man/group.1.j2").render(context, command=group)
    for leaf in leaves:
        siblings = [c for c in leaves if c is not leaf and c.command.path[:-1] == leaf.command.path[:-1]]
        # The pages of the groups above it: nitro-client and nitro-client-list for client list versions.
        see_also = [spec.name] + ["-".join([spec.name] + leaf.command.path[:n])
                                  for n in range(1, len(leaf.command.path))]
        files[f"man/{leaf.man_name}.1"] = env.get_template("man/leaf.1.j2").render(
            context, command=leaf, see_also=see_also + [c.man_name for c in siblings]
            + [CommandView(s, spec).man_name for s in leaf.subcommands],
            environment_rows=environment_rows(spec, [leaf], with_program=False))

    scripts = {
        "bash": ("completions/nitro.bash", "completions/nitro.bash.j2"),
        "zsh": ("completions/_nitro", "completions/_nitro.j2"),
        "fish": ("completions/nitro.fish", "completions/nitro.fish.j2"),
    }
    rendered = {}
    for shell, (name, template) in scripts.items():
        rendered[shell] = files[name] = env.get_template(template).render(context)
    files["completions/scripts.c"] = env.get_template("completions/scripts.c.j2").render(
        context, scripts=[(shell, rendered[shell].rstrip("\n").split("\n")) for shell in SHELLS])
    return files


@dataclass
class EnvRow:
    name: str
    legacy: str | None
    text: str
    also: list[str] = field(default_factory=list)  # read in the same place (HTTPS_PROXY beside https_proxy)

    @property
    def names(self) -> list[str]:
        return [self.name] + self.also


def environment_rows(spec: Spec, commands: list[CommandView], with_program: bool = True) -> list[EnvRow]:
    """Every variable the commands read: their options', the globals', then, for nitro(1) and the
    docs, [environment] (timeouts, certificates, proxies, the terminal...), which a leaf page leaves
    to nitro(1)."""
    rows: dict[str, EnvRow] = {}
    for command in commands:
        for option in command.options + command.global_options:
            if not option.env:
                continue
            text = f"Sets {option.left}: {option.help}"
            if option.env not in rows:
                rows[option.env] = EnvRow(option.env, option.legacy_env, text)
            elif text not in rows[option.env].text:
                # Two options read it (env-of): the one it belongs to first, then the one that borrows it.
                row = rows[option.env]
                row.text = f"{row.text} Also: {text}" if option.option.env_of else f"{text} Also: {row.text}"
    for variable in spec.environment if with_program else []:
        text = variable.help
        if variable.default is not None:
            text += f" Default: {variable.default}."
        rows[variable.name] = EnvRow(variable.name, None, text, list(variable.also))
    return list(rows.values())


def check_completion_shells(spec: Spec, spec_path: Path) -> None:
    """`nitro completion <shell>` offers exactly the shells there are scripts for."""
    from spec import KeyLines
    for command in spec.root.walk():
        for arg in command.args:
            if command.keys == ["completion"] and arg.name == "shell" and sorted(arg.choices) != sorted(SHELLS):
                line = KeyLines(spec_path.read_text(encoding="utf-8")).line(
                    command.key_path + ("args", arg.name, "choices"))
                raise SpecError([f"{spec_path}:{line}: the shells are {list(SHELLS)}, the ones the "
                                 f"generator writes scripts for; not {arg.choices}"])
