"""The runtime's layering, read from this build's object files: no circle between files and no call from a
lower room into a higher one (core < net < auth < context < commands < app.c, main.c)."""

import os
import unittest
from pathlib import Path

from tests.layering import layers

BUILD = Path(os.environ.get("NITRO_BUILD_DIR", Path(__file__).resolve().parents[2] / "build"))


class BuiltRuntime(unittest.TestCase):
    def test_no_circle_and_no_upward_call(self):
        graph = layers.call_graph(BUILD)
        self.assertGreater(len(graph), 30, f"no runtime objects under {BUILD}")
        self.assertGreater(sum(map(len, graph.values())), 50, "the objects were read without their symbols")
        ups, rings, text = layers.report(graph)
        print(text)
        self.assertEqual((ups, rings), ([], []), text)

    def test_every_object_has_a_room(self):
        for source in layers.call_graph(BUILD):
            self.assertIn(layers.room_of(source), layers.ROOMS, source)


class TheChecks(unittest.TestCase):
    """The checker on graphs made up to fail: it must be able to say no."""

    def test_an_upward_call_is_found(self):
        graph = {"runtime/auth/credentials.c": {"runtime/app.c"}, "runtime/app.c": set()}
        self.assertEqual(layers.upward_edges(graph), [("runtime/auth/credentials.c", "runtime/app.c")])

    def test_a_call_down_or_across_a_room_is_allowed(self):
        graph = {"runtime/commands/list.c": {"runtime/commands/page.c", "runtime/core/args.c"},
                 "runtime/commands/page.c": set(), "runtime/core/args.c": set()}
        self.assertEqual(layers.upward_edges(graph), [])
        self.assertEqual(layers.circles(graph), [])

    def test_a_circle_is_found_however_long(self):
        graph = {"runtime/commands/a.c": {"runtime/commands/b.c"}, "runtime/commands/b.c": {"runtime/commands/c.c"},
                 "runtime/commands/c.c": {"runtime/commands/a.c"}, "runtime/commands/d.c": set()}
        self.assertEqual(layers.circles(graph),
                         [["runtime/commands/a.c", "runtime/commands/b.c", "runtime/commands/c.c"]])

    def test_two_files_calling_each_other_are_a_circle(self):
        graph = {"runtime/commands/executor.c": {"runtime/commands/list.c"},
                 "runtime/commands/list.c": {"runtime/commands/executor.c"}}
        self.assertEqual(len(layers.circles(graph)), 1)

    def test_generated_files_sit_in_rooms(self):
        self.assertEqual(layers.room_of("generated/graphql.c"), "net")
        self.assertEqual(layers.room_of("generated/cli.c"), "top")
        self.assertEqual(layers.room_of("runtime/context/operation.c"), "context")
        self.assertEqual(layers.room_of("runtime/main.c"), "top")


if __name__ == "__main__":
    unittest.main()
