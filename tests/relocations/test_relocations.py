"""The generated tables cost the dynamic loader nothing at start-up: no generated object holds a pointer in a
static table but the root command (tests/relocations/relocations.py says why)."""

import os
import subprocess
import tempfile
import unittest
from pathlib import Path

from tests.layering import layers
from tests.relocations import relocations

BUILD = Path(os.environ.get("NITRO_BUILD_DIR", Path(__file__).resolve().parents[2] / "build"))


class GeneratedObjects(unittest.TestCase):
    def test_no_static_table_of_pointers(self):
        objects = {source: obj for source, obj in layers.objects(BUILD).items() if source.startswith("generated/")}
        self.assertEqual(sorted(objects), ["generated/cli.c", "generated/commands.c",
                                           "generated/completions/scripts.c", "generated/graphql.c"],
                         f"the generated objects under {BUILD}")
        for source, obj in objects.items():
            with self.subTest(source):
                self.assertEqual(relocations.unexpected(obj), [])

    def test_the_root_is_the_one_table(self):
        cli = layers.objects(BUILD)["generated/cli.c"]
        owners = {owner for section, offset in relocations.absolute_relocations(cli)
                  for s, start, end, owner in relocations.owners(cli) if s == section and start <= offset < end}
        self.assertEqual(owners, {"nitro_root_command"})


class TheCheck(unittest.TestCase):
    """The check on an object made up to fail: it must be able to say no."""

    def compile(self, source: str, *flags: str) -> Path:
        folder = Path(tempfile.mkdtemp())
        (folder / "table.c").write_text(source)
        # As the build compiles the generated tables (CMakeLists.txt says why the vectorizer is off).
        subprocess.run(["cc", "-c", "-fPIE", "-O2", "-fno-tree-slp-vectorize", *flags, "-o", str(folder / "table.o"),
                        str(folder / "table.c")], check=True)
        return folder / "table.o"

    def test_a_static_table_of_strings_is_found(self):
        obj = self.compile('const char *const names[] = {"a", "b"};\n'
                           'static const char *const hidden[] = {"c", "d"};\n'
                           'const char *pick(int i) { return i > 1 ? hidden[i & 1] : names[i]; }\n')
        self.assertEqual(relocations.unexpected(obj), ["hidden", "names"])

    def test_a_template_the_compiler_copies_a_table_from_is_found(self):
        rows = ", ".join(f'{{"n{i}", "p{i}"}}' for i in range(40))
        obj = self.compile("#include <string.h>\n"
                           "typedef struct { const char *name, *prompt; } row;\n"
                           "static row table[40];\n"
                           f"const row *load(void) {{ memcpy(table, (const row[]){{{rows}}}, sizeof table); "
                           "return table; }\n")
        self.assertTrue(relocations.unexpected(obj))
        self.assertTrue(all("+0x" in place for place in relocations.unexpected(obj)))

    def test_a_sanitizer_s_own_tables_are_not_counted_but_ours_are(self):
        obj = self.compile('const char *const names[] = {"a", "b"};\n'
                           'static const char *filled[3];\n'
                           'const char *pick(int i) { filled[0] = "c"; return i > 1 ? filled[0] : names[i]; }\n',
                           "-fsanitize=address,undefined")
        self.assertTrue(relocations.instrumented(obj))
        self.assertEqual(relocations.unexpected(obj), ["names"])

    def test_a_table_filled_by_code_is_not(self):
        obj = self.compile('static const char *names[3];\n'
                           'const char *const *load(void) { names[0] = "a"; names[1] = "b"; return names; }\n'
                           'static const char text[] = "a table of characters holds no pointer";\n'
                           'const char *say(void) { return text; }\n')
        self.assertEqual(relocations.unexpected(obj), [])


if __name__ == "__main__":
    unittest.main()
