"""nitro stage list in every mode against the emulator: the stages with their conditions as the Nitro CLI prints
them ({"values": [...], "cursor": null}: the list is not paged), the API from the option or its environment
variables, an unknown API, an API key scoped to the API and one scoped to another."""

import json

try:
    from . import harness as h
    from . import registry_crud as r
except ImportError:  # run from inside tests/e2e
    import harness as h
    import registry_crud as r


class StageListTests(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.made = self.set_stages([("dev", None), ("staging", "dev"), ("production", "staging")])

    def test_shape_in_every_mode(self):
        expected = {"values": self.made, "cursor": None}
        self.assertEqual(self.made[1]["conditions"], [{"kind": "AfterStage", "name": "dev"}])
        for args in ((), ("--output", "json")):
            with self.subTest(args=args):
                self.clear_requests()
                result = self.nitro("stage", "list", "--api-id", self.api["id"], *args)
                self.assertJsonResult(result, expected)
                # Byte for byte as the Nitro CLI writes it.
                self.assertEqual(result[1], json.dumps(expected, indent=2) + "\n")
                self.assertRequests((r.LIST_STAGES, {"apiId": self.api["id"]}))

    def test_no_stages(self):
        api = self.emulator.create_api(self.team["id"], "bare", ["bare"])
        self.clear_requests()
        self.assertJsonResult(self.nitro("stage", "list", "--api-id", api["id"]), {"values": [], "cursor": None})

    def test_environment_variables(self):
        for var in ("NITRO_API_ID", "BARISTA_API_ID"):
            with self.subTest(var=var):
                result = self.nitro("stage", "list", env={var: self.api["id"]})
                self.assertJsonResult(result, {"values": self.made, "cursor": None})

    def test_no_paging_options(self):
        result = self.nitro("stage", "list", "--api-id", self.api["id"], "--all")
        self.assertEqual(result[0], 2, result)
        self.assertNothingSent()

    def test_jq(self):
        rc, out, err = self.nitro("stage", "list", "--api-id", self.api["id"], "--jq", ".values[].name")
        self.assertEqual((rc, out, err), (0, "dev\nstaging\nproduction\n", ""))

    def test_missing_api_id(self):
        result = self.nitro("stage", "list")
        self.assertResult(result, 2, stderr=h.usage_error("stage list", "Missing required option '--api-id'."))

    def test_unknown_api(self):
        unknown = h.relay_id("Api", 999)
        result = self.nitro("stage", "list", "--api-id", unknown)
        self.assertResult(result, 1, stderr=f"error: The API with ID '{unknown}' was not found.\n")

    def test_keys(self):
        key = self.scoped_key(self.api["id"])
        result = self.nitro("stage", "list", "--api-id", self.api["id"], env={"NITRO_API_KEY": key})
        self.assertJsonResult(result, {"values": self.made, "cursor": None})
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        rc, out, err = self.nitro("stage", "list", "--api-id", self.api["id"], env={"NITRO_API_KEY": key})
        self.assertEqual((rc, out), (4, ""), err)
        self.assertTrue(err.startswith("error: "), err)

    def test_table_and_api_picker_on_a_terminal(self):
        self.set_default_workspace(self.team)
        child = self.spawn("stage", "list")
        self.expect(child, r"(\d+)\) registry  \(registry\)\r\n", what="the API in the picker, with its path")
        number = child.match.group(1)
        self.expect_exact(child, "Number [")
        child.sendline(number)
        self.expect_exact(child, "Stages of API")
        self.expect_exact(child, "production")
        child.send("q")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)


class StageDeleteTests(r.RegistryTestCase):

    def setUp(self):
        super().setUp()
        self.made = self.set_stages([("dev", None), ("staging", "dev"), ("production", "staging")])

    def variables(self, stage):
        return {"input": {"apiId": self.api["id"], "stageName": stage}}

    def test_force_in_every_mode(self):
        for args in (("--force",), ("--force", "--output", "json")):
            with self.subTest(args=args):
                self.set_stages([("dev", None), ("staging", "dev"), ("production", "staging")])
                result = self.nitro("stage", "delete", "--api-id", self.api["id"], "--stage", "staging", *args)
                remaining = self.stages()
                # The condition naming the deleted stage goes with it.
                self.assertEqual([s["name"] for s in remaining], ["dev", "production"])
                self.assertEqual(remaining[1]["conditions"], [])
                expected = {"values": remaining, "cursor": None}
                self.assertJsonResult(result, expected)
                self.assertEqual(result[1], json.dumps(expected, indent=2) + "\n")

    def test_request_and_env(self):
        result = self.nitro("stage", "delete", "--force", env={"NITRO_API_ID": self.api["id"],
                                                               "BARISTA_STAGE": "production"})
        self.assertEqual(result[0], 0, result)
        self.assertRequests((r.DELETE_STAGE, self.variables("production")))

    def test_without_force_and_terminal(self):
        rc, out, err = self.nitro("stage", "delete", "--api-id", self.api["id"], "--stage", "dev")
        self.assertEqual((rc, out), (2, ""), err)
        self.assertIn(h.MSG_CONFIRM_NON_INTERACTIVE, err)
        self.assertNothingSent()
        self.assertEqual(self.stages(), self.made)

    def test_unknown_stage_and_api(self):
        kind, message = self.server_error(r.DELETE_STAGE, self.variables("nope"))
        self.assertEqual(kind, "StageNotFoundError")
        result = self.nitro("stage", "delete", "--api-id", self.api["id"], "--stage", "nope", "--force")
        self.assertResult(result, 1, stderr=f"error: {message}\n")
        unknown = h.relay_id("Api", 999)
        kind, message = self.server_error(r.DELETE_STAGE, {"input": {"apiId": unknown, "stageName": "dev"}})
        self.assertEqual(kind, "ApiNotFoundError")
        result = self.nitro("stage", "delete", "--api-id", unknown, "--stage", "dev", "--force")
        self.assertResult(result, 1, stderr=f"error: {message}\n")

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        kind, message = self.server_error(r.DELETE_STAGE, self.variables("dev"), key=key)
        self.assertEqual(kind, "UnauthorizedOperation")
        result = self.nitro("stage", "delete", "--api-id", self.api["id"], "--stage", "dev", "--force",
                            env={"NITRO_API_KEY": key})
        self.assertResult(result, 4, stderr=f"error: {message}\n")
        self.assertEqual(self.stages(), self.made)

    def test_declined_on_a_terminal(self):
        child = self.spawn("stage", "delete", "--api-id", self.api["id"], "--stage", "dev")
        self.expect_exact(child, "Do you really want to force delete stage dev")
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, 1, text)
        self.assertIn("Stage was not deleted.", text)
        self.assertNothingSent()
        self.assertEqual(self.stages(), self.made)

    def test_confirmed_on_a_terminal_asks_the_stage(self):
        child = self.spawn("stage", "delete", "--api-id", self.api["id"])
        self.expect_exact(child, "Stage")
        child.sendline("production")
        self.expect_exact(child, "Do you really want to force delete stage production")
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn("✓ Deleted stage 'production'.", text)
        self.assertEqual([s["name"] for s in self.stages()], ["dev", "staging"])


class StageEditTests(r.RegistryTestCase):

    CONFIGURATION = [{"name": "dev", "displayName": "Dev", "conditions": []},
                     {"name": "prod", "displayName": "Prod", "conditions": [{"afterStage": "dev"}]}]

    def test_every_mode(self):
        for args in ((), ("--output", "json")):
            with self.subTest(args=args):
                self.set_stages([("old", None)])
                result = self.nitro("stage", "edit", "--api-id", self.api["id"], "--configuration",
                                    json.dumps(self.CONFIGURATION), *args)
                stages = self.stages()
                self.assertEqual([(s["name"], s["conditions"]) for s in stages],
                                 [("dev", []), ("prod", [{"kind": "AfterStage", "name": "dev"}])])
                expected = {"values": stages, "cursor": None}
                self.assertJsonResult(result, expected)
                self.assertEqual(result[1], json.dumps(expected, indent=2) + "\n")

    def test_request_sends_the_configuration_as_is(self):
        result = self.nitro("stage", "edit", "--configuration", json.dumps(self.CONFIGURATION),
                            env={"BARISTA_API_ID": self.api["id"]})
        self.assertEqual(result[0], 0, result)
        self.assertRequests((r.UPDATE_STAGES, {"input": {"apiId": self.api["id"],
                                                         "updatedStages": self.CONFIGURATION}}))

    def test_bad_configuration(self):
        for text in ("{broken", '{"name": "dev"}', "[] trailing", "", "null"):
            with self.subTest(text=text):
                result = self.nitro("stage", "edit", "--api-id", self.api["id"], "--configuration", text)
                self.assertEqual(result[0], 2, result)
                self.assertEqual(result[1], "")
                self.assertIn("error: ", result[2])
                if text:
                    self.assertEqual(result[2], "error: Could not parse stage configuration\n")
                self.assertNothingSent()

    def test_server_refusals(self):
        self.set_stages([("dev", None)])
        cases = [
            ([{"name": "bad name", "displayName": "Bad", "conditions": []}], "StageValidationError"),
            ([{"name": "a", "displayName": "A", "conditions": [{"afterStage": "missing"}]}], "StageNotFoundError"),
        ]
        for configuration, kind in cases:
            with self.subTest(kind=kind):
                variables = {"input": {"apiId": self.api["id"], "updatedStages": configuration}}
                server_kind, message = self.server_error(r.UPDATE_STAGES, variables)
                self.assertEqual(server_kind, kind)
                result = self.nitro("stage", "edit", "--api-id", self.api["id"], "--configuration",
                                    json.dumps(configuration))
                self.assertResult(result, 1, stderr=f"error: {message}\n")
                self.assertEqual([s["name"] for s in self.stages()], ["dev"])

    def test_a_key_scoped_to_another_api(self):
        other = self.emulator.create_api(self.team["id"], "other", ["other"])
        key = self.scoped_key(other["id"])
        result = self.nitro("stage", "edit", "--api-id", self.api["id"], "--configuration",
                            json.dumps(self.CONFIGURATION), env={"NITRO_API_KEY": key})
        self.assertNotEqual(result[0], 0, result)
        self.assertTrue(result[2].startswith("error: "), result)
        self.assertEqual(self.stages(), [])

    def test_a_key_scoped_to_the_api(self):
        key = self.scoped_key(self.api["id"])
        result = self.nitro("stage", "edit", "--api-id", self.api["id"], "--configuration",
                            json.dumps(self.CONFIGURATION), "--output", "json", env={"NITRO_API_KEY": key})
        self.assertEqual(result[0], 0, result)
        self.assertEqual([s["name"] for s in json.loads(result[1])["values"]], ["dev", "prod"])

    def test_interactive_asks_the_configuration(self):
        child = self.spawn("stage", "edit", "--api-id", self.api["id"])
        self.expect_exact(child, "Configuration (a JSON array of stages)")
        child.sendline(json.dumps(self.CONFIGURATION[:1]))
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertIn(f"✓ Updated stages for API '{self.api['id']}'.", text)
        self.assertEqual([s["name"] for s in self.stages()], ["dev"])
