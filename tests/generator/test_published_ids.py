"""Every document in spec/operations/ is the one the Nitro CLI publishes: the
published id of an operation is the MD5 of its exact text (no trailing
newline), so a hand edit of one character fails here. The registry's and the
rest of the tree's documents are checked against the Nitro CLI's persisted
operations (published-operations.json: document, MD5 and the commands that use
each), byte for byte."""

import hashlib
import json
import re
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = ROOT / "spec" / "operations"
README = (ROOT / "README.md").read_text(encoding="utf-8")
PUBLISHED_FILE = Path(__file__).resolve().parent / "published-operations.json"
REGISTRY = json.loads(PUBLISHED_FILE.read_text(encoding="utf-8"))

# operationName -> published id, as the Nitro CLI's persisted operations list them.
PUBLISHED = {
    "ListPersonalAccessTokenCommandQuery": "8403a76012480cacf4ff791dfdf9ab03",
    "CreatePersonalAccessTokenCommandMutation": "46cc5ecdb98af795749ecb6f2d419092",
    "RevokePersonalAccessTokenCommandMutation": "147298b7a2e237b07f06e5a7c2b1ef84",
    "ListWorkspaceCommandQuery": "81090212b99490332c1b0614e4509b64",
    "CreateApiKeyCommandMutation": "992b8ab9fd5e45569fda61f616659e1a",
    "ListApiKeyCommandQuery": "73d47ef547275fb8b3364106fa956029",
    "DeleteApiKeyCommandMutation": "1dc6ae2e10cfb2219195df7ca38bf4bf",
    "CreateWorkspaceCommandMutation": "2320b839fb4e97010cfe6a4ccdd34287",
    "ShowWorkspaceCommandQuery": "c46bc0ec07d6718f937f666a59f957b0",
    "SetDefaultWorkspaceCommand_SelectWorkspace_Query": "bb47ed5730c7751c64b0f1fdcc3f0bf5",
    "ListApiCommandQuery": "4457adbf3d9f1a7ca591ced02a6e97c0",
    "SelectApiPromptQuery": "a99c8cea1f4c187c4b1a8f615aa22fac",
    "CreateApiCommandMutation": "011734b7fcf646d45b21a4e46309ba9f",
    "ShowApiCommandQuery": "42881a9198879d969b1951404e14b13a",
    "DeleteApiCommandQuery": "3b4f426d4f45f7b8d9472110f137e869",
    "DeleteApiCommandMutation": "dff3ece7aa10daff0067410c52faf6d7",
}
# nitro's own documents: questions the Nitro CLI never asks, so none is published (the README names them).
# Each is named "Nitro..." so that it is never mistaken for, nor collides with, one of the Nitro CLI's.
NITRO_OWN = {"NitroIdentityQuery", "NitroViewerQuery"}
# The commands whose documents are all here: the schema registry's.
REGISTRY_COMMANDS = ("schema upload", "schema validate", "schema publish", "client ", "stage ", "environment ")
PUBLISHED.update({name: entry["hash"] for name, entry in REGISTRY.items()})


class PublishedDocuments(unittest.TestCase):
    def test_every_document_has_its_published_id(self):
        files = sorted(OPERATIONS.glob("*.graphql"))
        seen = set()
        for path in files:
            with self.subTest(file=path.name):
                text = path.read_text(encoding="utf-8")
                self.assertTrue(text.endswith("\n") and not text.endswith("\n\n"), "one line and its newline")
                document = text[:-1]
                self.assertNotIn("\n", document, "the published documents are one line")
                name = re.match(r"(?:query|mutation|subscription) (\w+)", document).group(1)
                if name in NITRO_OWN:
                    self.assertTrue(name.startswith("Nitro") and document.startswith("query "), name)
                    self.assertNotIn(name, PUBLISHED)
                    self.assertIn(f"`{path.name}`", README, f"the README names nitro's own {path.name}")
                    continue
                self.assertIn(name, PUBLISHED, f"{name} is not a published operation")
                self.assertEqual(hashlib.md5(document.encode("utf-8")).hexdigest(), PUBLISHED[name])
                if name in REGISTRY:
                    self.assertEqual(document, REGISTRY[name]["document"])
                seen.add(name)
        # Every document the commands of this round use is there (the rest of the tree's come with its commands).
        registry_round = {name for name, entry in REGISTRY.items()
                          if any(use.startswith(REGISTRY_COMMANDS) for use in entry["usedBy"])}
        self.assertEqual(registry_round - seen, set())
        self.assertEqual(set(PUBLISHED) - set(REGISTRY) - seen, set())

    def test_every_published_document_has_its_md5(self):
        """The whole reference: each of its documents hashes to the id it is published under."""
        self.assertEqual(len(REGISTRY), 58)
        for name, entry in REGISTRY.items():
            with self.subTest(operation=name):
                self.assertEqual(entry["hashAlgorithm"], "md5")
                self.assertEqual(hashlib.md5(entry["document"].encode("utf-8")).hexdigest(), entry["hash"])
                kind = re.match(r"(query|mutation|subscription) (\w+)", entry["document"])
                self.assertEqual((kind.group(1), kind.group(2)), (entry["kind"], name))

    def test_a_changed_character_changes_the_id(self):
        document = (OPERATIONS / "list-workspaces.graphql").read_text(encoding="utf-8")[:-1]
        self.assertNotEqual(hashlib.md5(document.replace("  ", " ").replace(" }", "}").encode()).hexdigest(),
                            PUBLISHED["ListWorkspaceCommandQuery"])


if __name__ == "__main__":
    unittest.main()
