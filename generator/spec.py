"""Load spec/nitro.toml, lint it strictly and build the command model.

tomllib reports no line numbers for values, so `KeyLines` maps every key path
back to the line that declares it; every lint error is `file:line: message`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HELP_COLUMNS = 78
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
# A hidden command's word starts with "__", so it never clashes with a public one.
HIDDEN_NAME_RE = re.compile(r"^__[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
ENV_RE = re.compile(r"^NITRO_[A-Z][A-Z0-9_]*$")
VARIABLE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")  # any variable, as libcurl's lower-case http_proxy
VALUE_RE = re.compile(r"^[a-z][a-z0-9-]*$")
OPTION_TYPES = {"string", "int", "flag", "bool"}
# Completers each shell has built in ("path": file names), besides the spec's [completers]; "none" says an
# option offers nothing although another of its name does (login's OAuth --client-id is no Nitro client).
FILE_COMPLETERS = {"path", "none"}
RESERVED_OPTIONS = {"help", "version"}
# Global options whose values the runtime reads by name.
REQUIRED_GLOBALS = ("cloud-url", "api-key", "output")

PROGRAM_KEYS = {"name", "version", "date", "summary", "description", "examples"}
EXIT_KEYS = {"code", "meaning", "payload-errors"}
TYPENAME_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
# What a command does (variables, data, result, messages...) is checked by
# behaviour.py against its operation.
BEHAVIOUR_KEYS = {
    "variables", "data", "connection", "result", "human", "table", "errors", "activity", "success",
    "no-data", "not-found", "confirm", "confirm-by-id", "declined", "notice", "recheck", "check", "one-of",
    "set-default-workspace", "not-a-user", "source", "replace", "inherit", "items", "json-error", "files",
    "follow", "exclusive", "rest-download", "select", "filter", "each", "next-page", "keep-if-any", "zip", "steps",
    "keep", "forget",
}
COMMAND_KEYS = {
    "summary", "description", "examples", "auth", "operation", "options", "args", "hidden", "name",
    "prints-json",  # a hand-written command whose result is JSON: it gets the `for = "results"` options
    "ignores",  # global options it accepts (the Nitro CLI takes them everywhere) and has no use for
    "explains",  # a command of the Nitro CLI that nitro does not do: what to use instead (exit 2)
} | BEHAVIOUR_KEYS
# Tables inside a command that are not subcommands.
COMMAND_TABLES = {"options", "args", "variables", "one-of", "table", "errors", "check", "replace", "inherit",
                  "files", "zip", "follow", "rest-download", "select", "filter", "each", "next-page", "steps", "keep"}
OPTION_KEYS = {
    "type", "value", "env", "default", "choices", "min", "max", "required",
    "prompt", "secret", "help", "complete", "pick", "confirm", "for", "prompt-default", "non-empty",
    "hidden",  # accepted, left out of help, docs, man pages and completions (the Nitro CLI's hidden options)
    "env-of",  # the option of another name whose env vars this one reads too (mock's --schema: NITRO_SCHEMA_FILE)
    "multiple",  # a string option given once or more (--tag a --tag b, --tag a b); a command's `each` runs per value
    "short",  # a one-letter alias, as the Nitro CLI's -p for --pattern
    "missing",  # a hint said when a required option is missing: how to get its value
    "kept",  # { by = [options] }: when not given, the value a command `keep`s (fusion publish begin's request ID)
}
# A global option `for` some commands only: every paged list, or every command
# that prints a JSON result. Its value lives in the global options struct.
OPTION_SCOPES = {"lists", "results"}
TOP_LEVEL_KEYS = {"program", "exit-codes", "global-options", "options", "commands", "environment", "shapes",
                  "pickers", "completers", "files"}
# What a command may override of a shared option: its wording, whether it is needed, how it is asked for.
# Its type, value name, env vars, choices, bounds and completer make it the option it is.
SHARED_OVERRIDES = {"help", "required", "default", "prompt", "prompt-default", "pick", "confirm", "non-empty"}
ARG_KEYS = {"value", "required", "prompt", "help", "complete", "choices"}
ENVIRONMENT_KEYS = {"help", "default", "also", "owner"}
FILE_KEYS = {"path", "help"}


class SpecError(Exception):
    """One or more lint errors, each already formatted as file:line: message."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


class KeyLines:
    """Maps TOML key paths (tuples) to the 1-based line that declares them."""

    HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")
    KEY = re.compile(r'^\s*("[^"]*"|[A-Za-z0-9_-]+)\s*=')

    def __init__(self, text: str):
        self.lines: dict[tuple, int] = {}
        table: tuple = ()
        in_multiline = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = self.HEADER.match(line)
            if header:
                table = tuple(self._split(header.group(1)))
                self.lines.setdefault(table, number)
                continue
            key = self.KEY.match(line)
            if key:
                self.lines.setdefault(table + (key.group(1).strip('"'),), number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote

    @staticmethod
    def _split(dotted: str) -> list[str]:
        return [part.strip().strip('"') for part in dotted.split(".")]

    def line(self, path: tuple) -> int:
        """The line of path, or of its nearest declared ancestor."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


@dataclass
class Option:
    name: str
    type: str
    value_name: str | None
    env: list[str]
    default: object
    choices: list[str]
    min: int | None
    max: int | None
    required: bool
    prompt: str | None
    secret: bool
    help: str
    complete: str | None
    is_global: bool = False
    pick: str | None = None      # a picker that fills it on a terminal
    confirm: str | None = None   # a bool option asked as this yes/no question on a terminal
    scope: str | None = None     # a global option's `for`: "lists", "results", or every command
    prompt_default: str | None = None  # the answer an empty line at its prompt gives
    non_empty: bool = False  # an empty value, or only spaces, is a usage error (names, descriptions)
    hidden: bool = False  # accepted, but left out of help, docs, man pages and completions
    env_of: str | None = None  # another option's name: its env vars are this one's too, as in the Nitro CLI
    multiple: bool = False  # given once or more; the command runs its operation once for each value (`each`)
    short: str | None = None  # a one-letter alias: -p
    missing: str | None = None  # the hint after "Missing required option": how to get its value
    kept: list[str] | None = None  # when not given: the value kept between runs, keyed by these options

    def applies_to(self, command: "Command") -> bool:
        """Whether a global option is one of this leaf command's options."""
        if self.scope == "lists":
            return "connection" in command.raw
        if self.scope == "results":
            return any(k in command.raw for k in ("data", "connection", "items", "source", "replace", "rest-download",
                                                  "steps")) \
                or command.raw.get("prints-json") is True
        return True

    @property
    def c_name(self) -> str:
        return c_identifier(self.name)


def c_identifier(name: str) -> str:
    """A kebab-case name as a C member name; C keywords get a trailing underscore."""
    name = name.replace("-", "_")
    return name + "_" if name in C_KEYWORDS else name


C_KEYWORDS = {"auto", "bool", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
              "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict",
              "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
              "unsigned", "void", "volatile", "while", "true", "false"}


@dataclass
class Arg:
    name: str
    value_name: str
    required: bool
    prompt: str | None
    help: str
    complete: str | None
    choices: list[str] = field(default_factory=list)

    @property
    def c_name(self) -> str:
        return c_identifier(self.name)


@dataclass
class Command:
    path: list[str]  # the words typed after the program name
    summary: str
    description: str
    examples: list[str]
    auth: str = "none"
    operation: str | None = None
    raw: dict = field(default_factory=dict)  # its spec table, for behaviour.py
    options: list[Option] = field(default_factory=list)
    args: list[Arg] = field(default_factory=list)
    subcommands: list["Command"] = field(default_factory=list)
    # The TOML table keys leading to it; they differ from `path` only for a
    # hidden command, whose word is its declared `name`.
    keys: list[str] = field(default_factory=list)
    hidden: bool = False
    ignores: list[str] = field(default_factory=list)  # global options accepted and ignored
    runs_itself: bool = False  # a group that declares what it does besides its subcommands
    explains: str | None = None  # a command nitro does not do: what it says instead (exit 2)

    @property
    def name(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def key_path(self) -> tuple:
        return ("commands", *self.keys)

    @property
    def visible_subcommands(self) -> list["Command"]:
        return [s for s in self.subcommands if not s.hidden]

    @property
    def is_leaf(self) -> bool:
        return not self.subcommands

    @property
    def runs(self) -> bool:
        """Whether it does something itself: a leaf, or a group that also runs (`client list`, whose
        subcommands are `versions` and `published-versions`; `fusion publish`, which runs them in turn), which
        has options, a run and a help of both."""
        return not self.subcommands or self.runs_itself

    @property
    def c_name(self) -> str:
        return "_".join(p.replace("-", "_") for p in self.keys) or "root"

    def walk(self):
        yield self
        for sub in self.subcommands:
            yield from sub.walk()

    def walk_visible(self):
        """The tree without hidden commands: what help, docs, man pages and completions show."""
        yield self
        for sub in self.visible_subcommands:
            yield from sub.walk_visible()


@dataclass
class ExitCode:
    name: str
    code: int
    meaning: str
    payload_errors: list[str] = field(default_factory=list)  # a mutation's payload errors that end with it


@dataclass
class EnvVar:
    """An environment variable the runtime reads that no option declares."""
    name: str
    help: str
    default: object
    also: list[str] = field(default_factory=list)  # read in its place, as HTTPS_PROXY for https_proxy


@dataclass
class FileEntry:
    """A file the runtime reads or writes (man page FILES)."""
    path: str
    help: str


@dataclass
class Spec:
    name: str
    version: str
    date: str
    summary: str
    description: str
    examples: list[str]
    exit_codes: list[ExitCode]
    global_options: list[Option]
    root: Command
    environment: list[EnvVar] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)

    def leaves(self):
        """Every command that runs: the leaves and the groups that also run."""
        return [c for c in self.root.walk() if c.runs and c.path]

    def visible_leaves(self):
        return [c for c in self.root.walk_visible() if c.runs and c.path]


class Linter:
    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = KeyLines(text)
        self.errors: list[str] = []
        # A command's option that takes a shared one (`shared = true`): the keys it does not override are
        # declared under [options.<name>], and a mistake in one is reported there, once.
        self.redirects: dict[tuple, tuple[tuple, set]] = {}

    def error(self, key_path: tuple, message: str) -> None:
        for prefix, (target, overridden) in self.redirects.items():
            n = len(prefix)
            if key_path[:n] == prefix and len(key_path) > n and key_path[n] not in overridden:
                key_path = target + key_path[n:]
                break
        line = f"{self.path}:{self.lines.line(key_path)}: {message}"
        if line not in self.errors:
            self.errors.append(line)

    def unknown_keys(self, table: dict, allowed: set, key_path: tuple, what: str) -> None:
        for key in table:
            if key not in allowed:
                self.error(key_path + (key,), f"unknown key '{key}' in {what}")

    def text(self, table: dict, key: str, key_path: tuple, required: bool = True,
             one_line: bool = False) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.error(key_path, f"missing required key '{key}'")
            return None
        if not isinstance(value, str) or not value.strip():
            self.error(key_path + (key,), f"'{key}' must be a non-empty string")
            return None
        if one_line:
            if "\n" in value:
                self.error(key_path + (key,), f"'{key}' must be one line")
            elif len(value) > HELP_COLUMNS:
                self.error(key_path + (key,),
                           f"'{key}' is {len(value)} columns; keep it within {HELP_COLUMNS}")
        return value

    def flag(self, table: dict, key: str, key_path: tuple, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.error(key_path + (key,), f"'{key}' must be true or false")
            return default
        return value

    def examples(self, table: dict, key_path: tuple) -> list[str]:
        examples = table.get("examples")
        if not examples:
            self.error(key_path, "a command needs at least one example ('examples')")
            return []
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            self.error(key_path + ("examples",), "'examples' must be a list of strings")
            return []
        for example in examples:
            for line in example.splitlines():
                if len(line) > HELP_COLUMNS - 2:
                    self.error(key_path + ("examples",),
                               f"example line is {len(line)} columns; keep it within "
                               f"{HELP_COLUMNS - 2} (continue with a backslash)")
            if not example.startswith("nitro ") and "$(nitro " not in example \
                    and "| nitro " not in example:
                self.error(key_path + ("examples",), f"example does not run nitro: {example!r}")
        return examples


def load_spec(spec_path: Path) -> Spec:
    raw = spec_path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = match.group(1) if match else "1"
        raise SpecError([f"{spec_path}:{line}: {exc}"]) from None
    except UnicodeDecodeError as exc:
        raise SpecError([f"{spec_path}:1: not UTF-8: {exc}"]) from None

    lint = Linter(spec_path, raw.decode("utf-8"))
    lint.unknown_keys(data, TOP_LEVEL_KEYS, (), "the spec")
    completers = set(data.get("completers") or {})

    program = data.get("program") or {}
    if not data.get("program"):
        lint.error((), "missing [program] table")
    lint.unknown_keys(program, PROGRAM_KEYS, ("program",), "[program]")
    name = lint.text(program, "name", ("program",)) or "nitro"
    version = lint.text(program, "version", ("program",)) or "0.0.0"
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        lint.error(("program", "version"), f"version must be MAJOR.MINOR.PATCH, not {version!r}")
    # The date of the man pages (.TH): in the spec, so the output stays deterministic.
    date = lint.text(program, "date", ("program",), required=False) or "1970-01-01"
    if not DATE_RE.match(date):
        lint.error(("program", "date"), f"date must be YYYY-MM-DD, not {date!r}")
    summary = lint.text(program, "summary", ("program",), one_line=True) or ""
    description = lint.text(program, "description", ("program",)) or ""
    examples = lint.examples(program, ("program",))

    exit_codes = load_exit_codes(lint, data.get("exit-codes") or {})
    shared = load_shared_options(lint, data.get("options") or {}, completers)
    global_options = [
        load_option(lint, oname, otable, ("global-options", oname), is_global=True)
        for oname, otable in (data.get("global-options") or {}).items()
    ]
    for required in REQUIRED_GLOBALS:
        if required not in {o.name for o in global_options}:
            lint.error(("global-options",), f"the runtime needs the global option '{required}'")

    root = Command(path=[], summary=summary, description=description, examples=examples)
    commands = data.get("commands") or {}
    if not commands:
        lint.error((), "the spec declares no commands")
    for cname, ctable in commands.items():
        root.subcommands.append(load_command(lint, [cname], ctable, [], completers, shared))
    check_shared_options(lint, root, shared)

    check_env_vars(lint, root, global_options)
    environment = load_environment(lint, data.get("environment") or {}, root, global_options)
    check_completers_alike(lint, root)
    check_ignores(lint, root, global_options)
    spec = Spec(name=name, version=version, date=date, summary=summary, description=description,
                examples=examples, exit_codes=exit_codes, global_options=global_options,
                root=root, environment=environment, files=load_files(lint, data.get("files") or {}))
    if lint.errors:
        raise SpecError(lint.errors)
    spec.raw, spec.lint = data, lint  # behaviour.py lints the rest with the same positions
    return spec


def load_environment(lint: Linter, table: dict, root: Command,
                     global_options: list[Option]) -> list[EnvVar]:
    """[environment.X]: variables the runtime (or libcurl for it) reads that are no option's."""
    declared = {env for option in global_options for env in option.env}
    declared |= {env for command in root.walk() for option in command.options for env in option.env}
    variables = []
    for vname, vtable in table.items():
        key_path = ("environment", vname)
        if not isinstance(vtable, dict):
            lint.error(key_path, f"environment variable '{vname}' must be a table")
            continue
        lint.unknown_keys(vtable, ENVIRONMENT_KEYS, key_path, f"environment variable '{vname}'")
        also = vtable.get("also", [])
        if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            lint.error(key_path + ("also",), "'also' must be a list of variable names")
            also = []
        # A variable nitro does not define (libcurl's, POSIX's...) names who does, so that a misspelt
        # NITRO_ variable is not taken for one.
        owner = vtable.get("owner")
        if owner is not None and (not isinstance(owner, str) or not owner.strip() or vname.startswith("NITRO_")):
            lint.error(key_path + ("owner",), "'owner' names who defines a variable that is not NITRO_")
        for variable in [vname] + also:
            if not VARIABLE_RE.match(variable):
                lint.error(key_path, f"'{variable}' is not an environment variable name")
            elif variable == "BARISTA_" + vname.removeprefix("NITRO_") and vname.startswith("NITRO_"):
                pass  # the Nitro CLI's name of the same variable, read after it
            elif not ENV_RE.match(variable) and not owner:
                lint.error(key_path, f"environment variable '{variable}' must be NITRO_ and upper case, or name "
                                     "who defines it ('owner')")
        if vname in declared:
            lint.error(key_path, f"{vname} is an option's env var; describe it with the option")
        default = vtable.get("default")
        if default is not None and (isinstance(default, bool) or not isinstance(default, (str, int))):
            lint.error(key_path + ("default",), "'default' must be a string or an integer")
        help_text = lint.text(vtable, "help", key_path, one_line=True) or ""
        variables.append(EnvVar(name=vname, help=help_text, default=default, also=also))
    return variables  # in the spec's order: related variables stay together


def load_files(lint: Linter, table: dict) -> list[FileEntry]:
    """[files.<name>]: the files nitro keeps, with their paths, for the man page."""
    files = []
    for fname, ftable in table.items():
        key_path = ("files", fname)
        if not isinstance(ftable, dict):
            lint.error(key_path, f"file '{fname}' must be a table")
            continue
        lint.unknown_keys(ftable, FILE_KEYS, key_path, f"file '{fname}'")
        path = lint.text(ftable, "path", key_path, one_line=True) or ""
        files.append(FileEntry(path=path, help=lint.text(ftable, "help", key_path) or ""))
    return files


def check_ignores(lint: Linter, root: Command, global_options: list[Option]) -> None:
    """`ignores`: global options every leaf accepts (scripts pass them everywhere) but this one has no
    use for; help, docs and man pages name them apart from its options."""
    plain = [o.name for o in global_options if not o.scope]
    for command in root.walk():
        if command.explains:  # it reads no option or argument at all
            command.ignores = [o.name for o in global_options]
            continue
        ignores = command.raw.get("ignores")
        if ignores is None:
            continue
        key_path = command.key_path + ("ignores",)
        if not command.runs or not isinstance(ignores, list) or \
                not all(isinstance(i, str) and i in plain for i in ignores) or len(set(ignores)) != len(ignores):
            lint.error(key_path, f"'ignores' lists global options of a leaf command, each once (of {plain})")
            continue
        command.ignores = [name for name in plain if name in ignores]  # in the globals' order


def load_exit_codes(lint: Linter, table: dict) -> list[ExitCode]:
    codes = []
    seen: dict[int, str] = {}
    claimed: dict[str, str] = {}  # payload error type -> the exit code that has it
    for ename, etable in table.items():
        key_path = ("exit-codes", ename)
        if not isinstance(etable, dict):
            lint.error(key_path, f"exit code '{ename}' must be a table")
            continue
        lint.unknown_keys(etable, EXIT_KEYS, key_path, f"exit code '{ename}'")
        code = etable.get("code")
        if not isinstance(code, int) or isinstance(code, bool) or not 0 <= code <= 255:
            lint.error(key_path + ("code",), "'code' must be an integer from 0 to 255")
            continue
        if code in seen:
            lint.error(key_path + ("code",), f"exit code {code} is already used by '{seen[code]}'")
        seen[code] = ename
        meaning = lint.text(etable, "meaning", key_path) or ""
        payload_errors = etable.get("payload-errors", [])
        if not isinstance(payload_errors, list) or not all(isinstance(t, str) and TYPENAME_RE.match(t)
                                                           for t in payload_errors):
            lint.error(key_path + ("payload-errors",), "'payload-errors' is a list of GraphQL type names")
            payload_errors = []
        for typename in payload_errors:
            if typename in claimed or code in (0, 1):
                lint.error(key_path + ("payload-errors",),
                           f"'{typename}' cannot end with exit {code}" + (f": '{claimed[typename]}' has it"
                                                                         if typename in claimed else ""))
            claimed.setdefault(typename, ename)
        codes.append(ExitCode(name=ename, code=code, meaning=meaning, payload_errors=payload_errors))
    # The runtime returns these by name (NITRO_EXIT_<NAME>, generated into cli.h).
    for needed, name in ((0, "ok"), (1, "failure"), (2, "usage"), (4, "auth"), (130, "interrupted")):
        if seen.get(needed) != name:
            lint.error(("exit-codes",), f"the exit-code table needs {needed} named '{name}'")
    return sorted(codes, key=lambda e: e.code)


def load_option(lint: Linter, oname: str, table, key_path: tuple, is_global=False,
                completers: set | None = None) -> Option:
    what = f"option '--{oname}'"
    if not isinstance(table, dict):
        lint.error(key_path, f"{what} must be a table")
        table = {}
    lint.unknown_keys(table, OPTION_KEYS, key_path, what)
    if not NAME_RE.match(oname):
        lint.error(key_path, f"option name '{oname}' must be lower-case kebab-case")
    if oname in RESERVED_OPTIONS:
        lint.error(key_path, f"'--{oname}' is built in and cannot be declared")
    otype = table.get("type", "string")
    if otype not in OPTION_TYPES:
        lint.error(key_path + ("type",), f"unknown type '{otype}' (one of {sorted(OPTION_TYPES)})")
        otype = "string"
    value_name = table.get("value")
    if otype in ("flag", "bool"):
        for key in ("value", "default", "choices", "min", "max", "required", "prompt"):
            if key in table:
                lint.error(key_path + (key,), f"a {'flag' if otype == 'flag' else 'bool option'} takes no '{key}'")
        value_name = None
    elif not isinstance(value_name, str) or not VALUE_RE.match(value_name):
        lint.error(key_path + ("value",), f"{what} needs a lower-case value name ('value')")
        value_name = oname

    env = table.get("env", [])
    if not isinstance(env, list) or not all(isinstance(e, str) for e in env):
        lint.error(key_path + ("env",), "'env' must be a list of names")
        env = []
    check_env_list(lint, env, key_path + ("env",))

    choices = table.get("choices", [])
    if not isinstance(choices, list) or not all(isinstance(c, str) and c for c in choices):
        lint.error(key_path + ("choices",), "'choices' must be a list of strings")
        choices = []
    if choices and otype != "string":
        lint.error(key_path + ("choices",), "only string options take 'choices'")
    if len(set(choices)) != len(choices):
        lint.error(key_path + ("choices",), "'choices' lists a value twice")

    bounds = {}
    for key in ("min", "max"):
        if key in table:
            value = table[key]
            if otype != "int":
                lint.error(key_path + (key,), f"only int options take '{key}'")
            elif not isinstance(value, int) or isinstance(value, bool):
                lint.error(key_path + (key,), f"'{key}' must be an integer")
            else:
                bounds[key] = value
    if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
        lint.error(key_path + ("min",), "'min' is greater than 'max'")

    default = table.get("default")
    if default is not None:
        if otype == "int":
            if not isinstance(default, int) or isinstance(default, bool):
                lint.error(key_path + ("default",), f"default of int {what} must be an integer")
            elif not bounds.get("min", default) <= default <= bounds.get("max", default):
                lint.error(key_path + ("default",), f"default {default} is outside min/max")
        elif not isinstance(default, str):
            lint.error(key_path + ("default",), f"default of {what} must be a string")
        elif choices and default not in choices:
            lint.error(key_path + ("default",),
                       f"default '{default}' is not one of the choices {choices}")

    required = lint.flag(table, "required", key_path, False)
    if required and default is not None:
        lint.error(key_path + ("required",), f"{what} is required and has a default")
    prompt = table.get("prompt")
    if prompt is not None:
        prompt = lint.text(table, "prompt", key_path, one_line=True)
    secret = lint.flag(table, "secret", key_path, False)
    complete = check_completer(lint, table, key_path, completers or set())
    pick = table.get("pick")
    if pick is not None and (otype != "string" or not prompt):
        lint.error(key_path + ("pick",), f"a picked {what} is a string option with a 'prompt' (the picker's title)")
    confirm = table.get("confirm")
    if confirm is not None:
        if otype != "bool":
            lint.error(key_path + ("confirm",), f"only a bool option can be confirmed ({what})")
        confirm = lint.text(table, "confirm", key_path, one_line=True)
    prompt_default = table.get("prompt-default")
    if prompt_default is not None and (not isinstance(prompt_default, str) or prompt is None):
        lint.error(key_path + ("prompt-default",), f"'prompt-default' is a string, for an option with a 'prompt'")
        prompt_default = None
    multiple = lint.flag(table, "multiple", key_path, False)
    if multiple and (otype != "string" or pick is not None):
        lint.error(key_path + ("multiple",), f"'multiple' is for a string option without a picker ({what})")
        multiple = False
    non_empty = lint.flag(table, "non-empty", key_path, False)
    if non_empty and (otype != "string" or choices):
        lint.error(key_path + ("non-empty",), f"'non-empty' is for a string option without 'choices' ({what})")
        non_empty = False
    scope = table.get("for")
    if scope is not None and (not is_global or scope not in OPTION_SCOPES):
        lint.error(key_path + ("for",), f"'for' is for global options: one of {sorted(OPTION_SCOPES)}")
        scope = None
    help_text = lint.text(table, "help", key_path, one_line=True) or ""
    missing = table.get("missing")
    if missing is not None:
        missing = lint.text(table, "missing", key_path, one_line=True)
        if not required:
            lint.error(key_path + ("missing",), f"'missing' is the hint for a required option ({what})")
    kept = table.get("kept")
    if kept is not None:
        by = kept.get("by") if isinstance(kept, dict) else None
        if not (isinstance(by, list) and all(isinstance(b, str) and NAME_RE.match(b) for b in by)) \
                or set(kept) != {"by"} or otype != "string" or not required:
            lint.error(key_path + ("kept",), f"'kept' is {{ by = [option names] }}, for a required string option "
                                             f"({what}): the value kept between runs, keyed by those options")
            kept = None
        else:
            kept = by
    short = table.get("short")
    if short is not None and (not isinstance(short, str) or len(short) != 1 or not short.isalpha()
                              or short in "hv"):
        lint.error(key_path + ("short",), f"'short' is one letter other than h and v ({what})")
        short = None
    return Option(short=short, name=oname, type=otype, value_name=value_name, env=env, default=default,
                  choices=choices, min=bounds.get("min"), max=bounds.get("max"),
                  required=required, prompt=prompt, secret=secret, help=help_text,
                  complete=complete, is_global=is_global, pick=pick, confirm=confirm, scope=scope,
                  prompt_default=prompt_default, non_empty=non_empty,
                  hidden=lint.flag(table, "hidden", key_path, False), multiple=multiple,
                  env_of=env_of(lint, table, key_path, env), missing=missing, kept=kept)


def env_of(lint: Linter, table: dict, key_path: tuple, env: list[str]) -> str | None:
    """`env-of = "schema-file"`: this option reads the env vars of that option too (checked against it in
    check_env_vars)."""
    value = table.get("env-of")
    if value is None:
        return None
    if not isinstance(value, str) or not NAME_RE.match(value) or not env:
        lint.error(key_path + ("env-of",), "'env-of' names another option, for an option with 'env'")
        return None
    return value


def check_completer(lint: Linter, table: dict, key_path: tuple, completers: set) -> str | None:
    """An option's or argument's `complete`: a completer of [completers], or one each shell has."""
    complete = table.get("complete")
    known = completers | FILE_COMPLETERS
    if complete is not None and complete not in known:
        lint.error(key_path + ("complete",), f"unknown completer '{complete}' (one of {sorted(known)})")
    return complete


def check_completers_alike(lint: Linter, root: "Command") -> None:
    """Options of the same name complete alike: a command that gains --workspace-id gets its completer from
    the spec, not from a script edited by hand."""
    declared: dict[str, str] = {}
    for command in root.walk_visible():  # a hidden command's options are never completed
        for option in command.options:
            if option.complete not in (None, "none"):
                declared.setdefault(option.name, option.complete)
    for command in root.walk_visible():
        for option in command.options:
            if option.complete == "none":
                continue
            want = declared.get(option.name)
            if want is not None and option.complete != want:
                lint.error(command.key_path + ("options", option.name),
                           f"--{option.name} completes with '{want}' elsewhere: declare complete = \"{want}\" "
                           "(or \"none\" for an option of another meaning)")


def check_env_list(lint: Linter, env: list[str], key_path: tuple) -> None:
    """NITRO_X first, then optionally its legacy twin BARISTA_X, as the real CLI reads them."""
    if not env:
        return
    if not ENV_RE.match(env[0]):
        lint.error(key_path, f"first env var '{env[0]}' must be NITRO_ and upper case")
        return
    legacy = "BARISTA_" + env[0][len("NITRO_"):]
    for extra in env[1:]:
        if extra != legacy:
            lint.error(key_path, f"env var '{extra}' should be the legacy name '{legacy}'")
    if len(env) > 2:
        lint.error(key_path, "at most two env vars: NITRO_X and its legacy BARISTA_X")


class SharedOptions:
    """The options declared once under [options.<name>] and which commands took them."""

    def __init__(self, tables: dict[str, dict]):
        self.tables = tables
        self.used: set[str] = set()


def load_shared_options(lint: Linter, table, completers: set) -> SharedOptions:
    if not isinstance(table, dict):
        lint.error(("options",), "[options] must be a table of options")
        table = {}
    tables = {}
    for oname, otable in table.items():
        load_option(lint, oname, otable, ("options", oname), completers=completers)
        if "for" in (otable if isinstance(otable, dict) else {}):
            lint.error(("options", oname, "for"), "'for' is for global options, not shared ones")
        tables[oname] = otable if isinstance(otable, dict) else {}
    return SharedOptions(tables)


def take_shared_option(lint: Linter, oname: str, otable: dict, key_path: tuple, shared: SharedOptions) -> dict:
    """The declaration of a command's option that says `shared = true`: [options.<name>] with the fields the
    command overrides (help wording, required, prompt...)."""
    overrides = {k: v for k, v in otable.items() if k != "shared"}
    if otable["shared"] is not True:
        lint.error(key_path + ("shared",), "'shared' is true or absent")
        return overrides
    if oname not in shared.tables:
        lint.error(key_path + ("shared",), f"no shared option [options.{oname}] to take")
        return overrides
    shared.used.add(oname)
    base = shared.tables[oname]
    for key, value in overrides.items():
        if key in base and base[key] == value:
            lint.error(key_path + (key,), f"'{key}' says again what [options.{oname}] says: leave it out")
        elif key in OPTION_KEYS and key not in SHARED_OVERRIDES:
            lint.error(key_path + (key,), f"'{key}' of [options.{oname}] cannot be overridden: a command may "
                                          f"override {', '.join(sorted(SHARED_OVERRIDES))}; an option "
                                          "that differs in more is another one, declared in full")
    lint.redirects[key_path] = (("options", oname), set(overrides))
    return {**base, **overrides}


def check_shared_options(lint: Linter, root: "Command", shared: SharedOptions) -> None:
    """Every shared option is taken by some command, and no two option declarations are word for word the
    same (two commands', or a command's and [options]'): one declaration, taken by each."""
    for oname in shared.tables:
        if oname not in shared.used:
            lint.error(("options", oname), f"shared option '--{oname}' is taken by no command")
    seen: dict[tuple, str] = {(oname, repr(sorted(otable.items()))): f"[options.{oname}]"
                              for oname, otable in shared.tables.items()}
    for command in root.walk():
        for oname, otable in (command.raw.get("options") or {}).items() if command.raw else ():
            if not isinstance(otable, dict) or "shared" in otable:
                continue
            key = (oname, repr(sorted(otable.items())))
            if key in seen and seen[key].startswith("[options."):
                lint.error(command.key_path + ("options", oname),
                           f"'--{oname}' repeats {seen[key]} word for word: take it with shared = true")
            elif key in seen:
                lint.error(command.key_path + ("options", oname),
                           f"'--{oname}' repeats the declaration in {seen[key]} word for word: declare it once "
                           f"as [options.{oname}] and take it with shared = true")
            else:
                seen[key] = f"'{' '.join(command.path)}'"


def load_command(lint: Linter, keys: list[str], table, parent_words: list[str], completers: set,
                 shared: SharedOptions) -> Command:
    """`keys` are the TOML keys of the command's table; its words are the
    parent's plus its own name (the key, or a hidden command's `name`)."""
    key_path = ("commands",) + tuple(keys)
    what = f"command '{' '.join(parent_words + keys[-1:])}'"
    if not isinstance(table, dict):
        lint.error(key_path, f"{what} must be a table")
        table = {}
    if not NAME_RE.match(keys[-1]):
        lint.error(key_path, f"command name '{keys[-1]}' must be lower-case kebab-case")
    for key, value in table.items():
        if key not in COMMAND_KEYS and (not isinstance(value, dict) or key in COMMAND_TABLES):
            lint.error(key_path + (key,), f"unknown key '{key}' in {what}")
    # Hidden commands (`hidden = true`) are entry points for scripts, such as
    # `nitro __complete` for the completion scripts: parsed like any command,
    # but left out of help, docs, man pages and completions. Each declares
    # its word with `name`, which must start with "__"; no other command may.
    hidden = lint.flag(table, "hidden", key_path, False)
    word = keys[-1]
    if "name" in table:
        declared = table["name"]
        if not hidden:
            lint.error(key_path + ("name",), f"only a hidden command may declare 'name' ({what})")
        elif not isinstance(declared, str) or not HIDDEN_NAME_RE.match(declared):
            lint.error(key_path + ("name",),
                       f"hidden command name {declared!r} must be '__' and lower-case kebab-case")
        else:
            word = declared
    elif hidden:
        lint.error(key_path + ("hidden",), f"hidden {what} needs a 'name' starting with '__'")
    if hidden and len(keys) > 1:
        lint.error(key_path + ("hidden",), f"only a top-level command can be hidden ({what})")
    command = Command(
        path=parent_words + [word],
        summary=lint.text(table, "summary", key_path, one_line=True) or "",
        description=lint.text(table, "description", key_path) or "",
        examples=lint.examples(table, key_path),
        keys=keys,
        hidden=hidden,
        raw=table,
    )
    for key, value in table.items():
        if key not in COMMAND_KEYS and isinstance(value, dict):
            command.subcommands.append(load_command(lint, keys + [key], value, command.path, completers, shared))
    if hidden and command.subcommands:
        lint.error(key_path + ("hidden",), f"hidden {what} must be a leaf command")

    if command.subcommands:
        # A group may also run itself (`client list` and `client list versions`): it then declares what it
        # does as a leaf would. Its words after the group's are subcommands, so it takes no arguments.
        own = [key for key in ("options", "operation", "auth", *BEHAVIOUR_KEYS) if key in table]
        if "args" in table:
            lint.error(key_path + ("args", *list(table["args"] if isinstance(table["args"], dict) else [])[:1]),
                       f"{what} has subcommands: the word after it names one, so it "
                                             "takes no arguments")
        if not own:
            return command
        command.runs_itself = True
        if "explains" in table:
            lint.error(key_path + ("explains",), f"{what} has subcommands and cannot take 'explains'")

    if "explains" in table:
        command.explains = lint.text(table, "explains", key_path)
        for key in ("options", "args", "operation", "auth", "prints-json", "ignores", *BEHAVIOUR_KEYS):
            if key in table:
                lint.error(key_path + (key,), f"{what} explains what to use instead and takes no '{key}'")
        return command
    auth = table.get("auth", "none")
    if auth not in ("none", "required"):
        lint.error(key_path + ("auth",), "'auth' must be 'none' or 'required'")
    command.auth = auth
    operation = table.get("operation")
    if operation is not None and not isinstance(operation, str):
        lint.error(key_path + ("operation",), "'operation' must be an operation name")
        operation = None
    if operation is None and auth == "required" and not {"replace", "rest-download", "steps"} & set(table):
        lint.error(key_path, f"{what} requires auth but names no 'operation'")
    command.operation = operation

    options = table.get("options", {})
    for oname, otable in options.items():
        if isinstance(otable, dict) and "shared" in otable:
            otable = take_shared_option(lint, oname, otable, key_path + ("options", oname), shared)
        command.options.append(load_option(lint, oname, otable, key_path + ("options", oname),
                                           completers=completers))
    args = table.get("args", {})
    for aname, atable in args.items():
        command.args.append(load_arg(lint, aname, atable, key_path + ("args", aname), completers))
    seen_optional = False
    for arg in command.args:
        if arg.required and seen_optional:
            lint.error(key_path + ("args", arg.name), "a required argument follows an optional one")
        seen_optional |= not arg.required
    return command


def load_arg(lint: Linter, aname: str, table, key_path: tuple, completers: set) -> Arg:
    what = f"argument '<{aname}>'"
    if not isinstance(table, dict):
        lint.error(key_path, f"{what} must be a table")
        table = {}
    lint.unknown_keys(table, ARG_KEYS, key_path, what)
    if not NAME_RE.match(aname):
        lint.error(key_path, f"argument name '{aname}' must be lower-case kebab-case")
    value_name = table.get("value", aname)
    complete = check_completer(lint, table, key_path, completers)
    choices = table.get("choices", [])
    if not isinstance(choices, list) or not all(isinstance(c, str) and c for c in choices):
        lint.error(key_path + ("choices",), "'choices' must be a list of strings")
        choices = []
    if len(set(choices)) != len(choices):
        lint.error(key_path + ("choices",), "'choices' lists a value twice")
    if choices and complete is not None:
        lint.error(key_path + ("complete",), f"{what} has 'choices', which are its completions; "
                                             "drop 'complete'")
    prompt = table.get("prompt")
    if prompt is not None:
        prompt = lint.text(table, "prompt", key_path, one_line=True)
    return Arg(name=aname, value_name=value_name,
               required=lint.flag(table, "required", key_path, False), prompt=prompt,
               help=lint.text(table, "help", key_path, one_line=True) or "", complete=complete,
               choices=choices)


def check_env_vars(lint: Linter, root: Command, global_options: list[Option]) -> None:
    """An env var names one option: never two options of one command, never two
    different option names anywhere (NITRO_CURSOR may serve every --cursor), unless
    one says `env-of` the other (the Nitro CLI reads NITRO_SCHEMA_FILE for both
    --schema-file and mock's --schema), whose env vars it then reads, all of them."""
    owner: dict[str, str] = {}
    borrowed: list[tuple[Option, tuple]] = []

    def claim(option: Option, key_path: tuple, local: dict[str, str]) -> None:
        if option.env_of is not None:
            borrowed.append((option, key_path))
        for env in option.env:
            if env in local:
                lint.error(key_path, f"env var {env} is used twice in one command "
                                     f"('--{local[env]}' and '--{option.name}')")
            local[env] = option.name
            if option.env_of is None and owner.setdefault(env, option.name) != option.name:
                lint.error(key_path, f"env var {env} already names option '--{owner[env]}'")

    globals_seen: dict[str, str] = {}
    for option in global_options:
        claim(option, ("global-options", option.name, "env"), globals_seen)
    global_names = {o.name for o in global_options}
    for command in root.walk():
        local = dict(globals_seen)
        names = set()
        for option in command.options:
            key_path = command.key_path + ("options", option.name)
            if option.name in global_names:
                lint.error(key_path, f"'--{option.name}' is already a global option")
            if option.name in names:
                lint.error(key_path, f"option '--{option.name}' is declared twice")
            names.add(option.name)
            claim(option, key_path + ("env",), local)
    for option, key_path in borrowed:
        for env in option.env:
            if owner.get(env) != option.env_of:
                lint.error(key_path[:-1] + ("env-of",), f"'--{option.env_of}' does not read {env}; "
                                                       f"'env-of' borrows another option's env vars")
                break
