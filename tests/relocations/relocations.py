"""Load-time relocations that the generated tables would cost. A pointer in a static table of a
position-independent executable is an absolute relocation in the object file and a relative one the dynamic
loader applies at every start, on a page it must copy: thousands of them were most of nitro's start-up.
The generated code fills its tables by code instead (generator/behaviour_c.py); this reads the object files
to keep it so."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

# The relocation types that store an absolute address, by machine.
ABSOLUTE = {"R_X86_64_64", "R_AARCH64_ABS64", "R_386_32", "R_ARM_ABS32", "R_RISCV_64", "R_PPC64_ADDR64"}

# The one static table of the generated code: the root command, where the parser starts.
ALLOWED = {"nitro_root_command"}


def _readelf(obj: Path, *flags: str) -> str:
    return subprocess.run(["readelf", "-W", *flags, str(obj)], capture_output=True, text=True, check=True).stdout


def absolute_relocations(obj: Path) -> list[tuple[str, int]]:
    """(section, offset) of each absolute relocation of an object's data (code, unwind tables and debug
    information excluded: they are not relocated at load time or not by pointer)."""
    found, section = [], None
    for line in _readelf(obj, "-r").splitlines():
        match = re.match(r"Relocation section '\.rela?(\.[^']*)'", line)
        if match:
            name = match.group(1)
            skipped = name.startswith((".text", ".debug", ".eh_frame", ".note", ".comment"))
            section = None if skipped else name
            continue
        fields = line.split()
        if section and len(fields) >= 3 and fields[2] in ABSOLUTE:
            found.append((section, int(fields[0], 16)))
    return found


def owners(obj: Path) -> list[tuple[str, int, int, str]]:
    """(section, start, end, symbol) of each data symbol of an object."""
    sections = {}
    for line in _readelf(obj, "-S").splitlines():
        match = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)", line)
        if match:
            sections[match.group(1)] = match.group(2)
    found = []
    for line in _readelf(obj, "-s").splitlines():
        fields = line.split()
        if len(fields) == 8 and fields[3] == "OBJECT" and fields[6] in sections:
            start, size = int(fields[1], 16), int(fields[2])
            found.append((sections[fields[6]], start, start + size, fields[7]))
    return found


def instrumented(obj: Path) -> bool:
    """Built with AddressSanitizer or UndefinedBehaviorSanitizer, whose own tables of pointers (the globals
    they watch, the places they report) are anonymous data of every object."""
    out = subprocess.run(["nm", "-P", str(obj)], capture_output=True, text=True, check=True).stdout
    return any(line.startswith(("__asan_", "__ubsan_")) for line in out.splitlines())


def unexpected(obj: Path, allowed: set[str] = ALLOWED) -> list[str]:
    """The symbols of `obj` holding absolute relocations, but for the allowed ones; and, unless the object is
    instrumented, the places in anonymous data (a template the compiler made to copy a table from)."""
    symbols = owners(obj)
    anonymous_too = not instrumented(obj)
    problems = set()
    for section, offset in absolute_relocations(obj):
        owner = next((name for s, start, end, name in symbols if s == section and start <= offset < end), None)
        if owner is None and anonymous_too:
            owner = f"{section}+{offset:#x}"
        if owner is not None and owner not in allowed:
            problems.add(owner)
    return sorted(problems)
