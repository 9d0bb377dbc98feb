"""C string literals for the emitters. Imports nothing of the generator, so every emitter can use it
without an import cycle."""


def c_string(value) -> str:
    """A C string literal (UTF-8 kept as is), or NULL for None."""
    if value is None:
        return "NULL"
    out = ['"']
    for ch in str(value):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\{ord(ch):03o}")
        elif ch == "?":
            out.append("\\?")  # never a trigraph
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
