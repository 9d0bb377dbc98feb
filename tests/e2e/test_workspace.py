"""nitro workspace list, non-interactive."""

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h


class WorkspaceListTests(h.E2ETestCase):

    def list_doc(self, *args, env=None):
        code, out, err = self.nitro("workspace", "list", *args, env=env)
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["values", "cursor"], "workspace list result")
        for i, value in enumerate(doc["values"]):
            self.assertKeys(value, ["id", "name", "personal"], f"values[{i}]")
            self.assertIsInstance(value["id"], str)
            self.assertIsInstance(value["name"], str)
            self.assertIsInstance(value["personal"], bool)
        return doc

    def test_lists_both_workspaces(self):
        doc = self.list_doc()
        by_name = {v["name"]: v for v in doc["values"]}
        self.assertIn("Dev User", by_name)
        self.assertIn("Team Nitro", by_name)
        self.assertIs(by_name["Dev User"]["personal"], True)
        self.assertIs(by_name["Team Nitro"]["personal"], False)
        self.assertIsNotNone(doc["cursor"], "the page's endCursor, as the Nitro CLI prints it")
        expected = self.emulator.list_workspaces()
        self.assertEqual(doc["values"], [{"id": w["id"], "name": w["name"], "personal": w["personal"]}
                                         for w in expected])

    def test_request(self):
        self.list_doc()
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        self.assertRequest(reqs[0], h.LIST_WORKSPACES, {"after": None, "first": 10})

    def test_output_json_and_all(self):
        end_cursor = self.emulator.gql_ok(h.LIST_WORKSPACES, {"after": None, "first": 10},
                                          key=self.pat)["me"]["workspaces"]["pageInfo"]["endCursor"]
        for extra in (["--output", "json"], ["--all"]):
            with self.subTest(args=extra):
                self.clear_requests()
                doc = self.list_doc(*extra)
                self.assertEqual({"Dev User", "Team Nitro"} - {v["name"] for v in doc["values"]}, set())
                # One page keeps the server's endCursor; --all has consumed every page.
                if "--all" in extra:
                    self.assertIsNone(doc["cursor"])
                else:
                    self.assertEqual(doc["cursor"], end_cursor)
                reqs = self.requests()
                self.assertEqual(len(reqs), 1)
                self.assertRequest(reqs[0], h.LIST_WORKSPACES)

    def test_cursor_option_is_sent(self):
        # Resuming after the first workspace returns the rest.
        data = self.emulator.gql_ok(h.LIST_WORKSPACES, {"after": None, "first": 1}, key=self.pat)
        conn = data["me"]["workspaces"]
        cursor = conn["pageInfo"]["endCursor"]
        rest = self.emulator.gql_ok(h.LIST_WORKSPACES, {"after": cursor, "first": 10}, key=self.pat)
        expected = [h.plain_workspace(e["node"]) for e in rest["me"]["workspaces"]["edges"]]
        self.clear_requests()
        for how in ("option", "env"):
            with self.subTest(how=how):
                self.clear_requests()
                if how == "option":
                    doc = self.list_doc("--cursor", cursor)
                else:
                    doc = self.list_doc(env={"NITRO_CURSOR": cursor})
                self.assertEqual(doc["values"], expected)
                self.assertRequest(self.requests()[0], h.LIST_WORKSPACES, {"after": cursor, "first": 10})

    def test_with_a_created_pat(self):
        token = self.emulator.create_token("workspace reader")
        self.remember_secret(token["secret"])
        self.clear_requests()
        doc = self.list_doc("--api-key", token["secret"])
        self.assertIn("Team Nitro", [v["name"] for v in doc["values"]])
        self.assertRequest(self.requests()[0], h.LIST_WORKSPACES, key=token["secret"])
