"""Tests of the emulator's schema registry (stages, clients, environments; schema and client versions,
their validation and publishing with events over server-sent events; the REST downloads; the test hooks),
run as a real subprocess over real HTTP.

    python3 -m unittest tests.emulator.test_registry -v     (from the repository root)
"""

from __future__ import annotations

try:
    from .test_apis import NOT_A_USER, TEAM, ApiTestCase
    from .test_emulator import gid, key, operation
except ImportError:  # discovered as a top-level module (without -t)
    from test_apis import NOT_A_USER, TEAM, ApiTestCase
    from test_emulator import gid, key, operation

LIST_STAGES = operation("list-stages.graphql")
UPDATE_STAGES = operation("update-stages.graphql")
DELETE_STAGE = operation("delete-stage.graphql")
CREATE_CLIENT = operation("create-client.graphql")
DELETE_CLIENT = operation("delete-client.graphql")
SHOW_CLIENT = operation("show-client.graphql")
LIST_CLIENTS = operation("list-clients.graphql")
SELECT_CLIENT = operation("select-client.graphql")
PAGE_CLIENT_VERSIONS = operation("page-client-versions.graphql")
CREATE_ENVIRONMENT = operation("create-environment.graphql")
LIST_ENVIRONMENTS = operation("list-environments.graphql")
SHOW_ENVIRONMENT = operation("show-environment.graphql")

NOT_AUTHORIZED = "The current user is not authorized to access this resource."


def stage(name: str, after: str | None = None, display: str | None = None) -> dict:
    return {"name": name, "displayName": display or name.title(),
            "conditions": [{"afterStage": after}] if after else []}


def stage_view(name: str, number: int, after: str | None = None, display: str | None = None) -> dict:
    """A stage as StageDetailPrompt_Stage shows it."""
    conditions = [{"__typename": "AfterStageCondition", "afterStage": {"__typename": "Stage", "name": after}}] \
        if after else []
    return {"__typename": "Stage", "id": gid("Stage", number), "name": name, "displayName": display or name.title(),
            "conditions": conditions}


class RegistryTestCase(ApiTestCase):
    """Shortcuts over the registry's published documents."""

    def update_stages(self, api: str, *stages: dict, auth: dict | None = None) -> dict:
        variables = {"input": {"apiId": api, "updatedStages": list(stages)}}
        return self.emulator.gql(UPDATE_STAGES, variables, auth)["data"]["updateStages"]

    def stages(self, api: str, auth: dict | None = None) -> list[dict]:
        return self.emulator.gql(LIST_STAGES, {"apiId": api}, auth)["data"]["node"]["stages"]

    def new_client(self, api: str, name: str = "web", auth: dict | None = None) -> dict:
        payload = self.emulator.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": name}}, auth)["data"]
        self.assertIsNone(payload["createClient"]["errors"], payload)
        return payload["createClient"]["client"]

    def api_with_stages(self, name: str = "catalog", *stages: dict) -> str:
        api = self.new_api(TEAM, name)["id"]
        payload = self.update_stages(api, *(stages or (stage("dev"), stage("prod", "dev"))))
        self.assertIsNone(payload["errors"], payload)
        return api

    def scoped_key(self, api: str) -> dict:
        """A key scoped to one API of Team Nitro."""
        return self.new_key(f"key for {api}", 2, apiId=api)[0]


class StageTest(RegistryTestCase):

    def test_a_new_api_has_no_stages(self):
        api = self.new_api(TEAM, "catalog")["id"]
        self.assertEqual(self.stages(api), [])

    def test_update_stages_sets_the_whole_list(self):
        api = self.new_api(TEAM, "catalog")["id"]
        payload = self.update_stages(api, stage("dev"), stage("staging", "dev", "Staging area"),
                                     stage("prod", "staging"))
        expected = [stage_view("dev", 1), stage_view("staging", 2, "dev", "Staging area"),
                    stage_view("prod", 3, "staging")]
        self.assertEqual(payload, {"__typename": "UpdateStagesPayload", "errors": None,
                                   "api": {"__typename": "Api", "stages": expected}})
        self.assertEqual(self.stages(api), expected)
        # Kept stages keep their id; a left-out stage goes, and conditions naming it with it.
        payload = self.update_stages(api, stage("prod", "dev", "Production"), stage("dev"))
        self.assertEqual(payload["api"]["stages"], [stage_view("prod", 3, "dev", "Production"), stage_view("dev", 1)])
        self.assertEqual(self.update_stages(api)["api"]["stages"], [])

    def test_update_stages_errors(self):
        api = self.new_api(TEAM, "catalog")["id"]
        cases = [
            ((stage("dev"), stage("dev")), "StageValidationError", "The stage name 'dev' is used more than once."),
            ((stage("bad name"),), "StageValidationError",
             "The stage name 'bad name' is not valid: letters, digits, '-', '_' and '.', starting with a letter "
             "or digit."),
            (({"name": "dev", "displayName": " ", "conditions": []},), "StageValidationError",
             "The stage 'dev' needs a display name."),
            ((stage("dev", "dev"),), "StageValidationError", "The stage 'dev' cannot come after itself."),
            ((stage("a", "b"), stage("b", "a")), "StageValidationError",
             "The conditions of the stage 'a' go round in a circle."),
            ((stage("prod", "dev"),), "StageNotFoundError", "Stage 'dev' was not found."),
        ]
        for stages, type_name, message in cases:
            with self.subTest(message=message):
                payload = self.update_stages(api, *stages)
                self.assertIsNone(payload["api"])
                self.assertEqual([(e["__typename"], e["message"]) for e in payload["errors"]], [(type_name, message)])
        self.assertEqual(self.stages(api), [])
        missing = gid("Api", 99)
        self.assertEqual(self.update_stages(missing, stage("dev"))["errors"], [
            {"__typename": "ApiNotFoundError", "message": f"The API with ID '{missing}' was not found.",
             "apiId": missing}])

    def test_force_delete_stage(self):
        e = self.emulator
        api = self.api_with_stages()
        payload = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}})["data"]["forceDeleteStageByApiId"]
        self.assertEqual(payload["api"]["stages"], [stage_view("prod", 2)])
        self.assertIsNone(payload["errors"])
        payload = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}})["data"]["forceDeleteStageByApiId"]
        self.assertEqual(payload["errors"], [{"__typename": "StageNotFoundError", "message": "Stage 'dev' was not found.",
                                              "name": "dev"}])
        self.assertIsNone(payload["api"])

    def test_scoped_key_manages_the_stages_of_its_api_only(self):
        e = self.emulator
        api, other = self.api_with_stages("catalog"), self.api_with_stages("reviews")
        scoped = self.scoped_key(api)
        self.assertEqual([s["name"] for s in self.stages(api, scoped)], ["dev", "prod"])
        self.assertIsNone(self.update_stages(api, stage("dev"), auth=scoped)["errors"])
        deleted = e.gql(DELETE_STAGE, {"input": {"apiId": api, "stageName": "dev"}}, scoped)["data"]
        self.assertEqual(deleted["forceDeleteStageByApiId"]["api"]["stages"], [])
        # Outside its scope: reading is refused, changing too.
        result = e.gql(LIST_STAGES, {"apiId": other}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in result["errors"]], [(NOT_AUTHORIZED, ["node"])])
        self.assertEqual(self.update_stages(other, stage("x"), auth=scoped)["errors"][0]["__typename"],
                         "ApiNotFoundError")
        refused = e.gql(DELETE_STAGE, {"input": {"apiId": other, "stageName": "dev"}}, scoped)["data"]
        self.assertEqual(refused["forceDeleteStageByApiId"]["errors"][0]["__typename"], "UnauthorizedOperation")
        self.assertEqual([s["name"] for s in self.stages(other)], ["dev", "prod"])
        # The workspace's key acts on every API of the workspace; another user on none.
        workspace_key = key(e.credentials["apiKey"])
        self.assertIsNone(self.update_stages(other, stage("qa"), auth=workspace_key)["errors"])
        foreign = self.update_stages(other, stage("x"), auth=key(e.credentials["otherPat"]))
        self.assertEqual(foreign["errors"][0]["__typename"], "ApiNotFoundError")
        self.assertEqual([s["name"] for s in self.stages(other)], ["qa"])


class ClientTest(RegistryTestCase):

    def client_view(self, client: dict) -> dict:
        return {"__typename": "Client", "id": client["id"], "name": client["name"],
                "api": {"__typename": "Api", "name": "catalog", "path": []},
                "versions": {"__typename": "ClientVersionsConnection", "edges": [],
                             "pageInfo": {"__typename": "PageInfo", "hasNextPage": False, "endCursor": None}}}

    def test_create_show_list_delete(self):
        e = self.emulator
        api = self.new_api(TEAM, "catalog")["id"]
        web = self.new_client(api, "web")
        self.assertEqual(web, self.client_view({"id": gid("Client", 1), "name": "web"}))
        mobile = self.new_client(api, "mobile")
        self.assertEqual(e.gql(SHOW_CLIENT, {"clientId": web["id"]})["data"]["node"], web)
        for document, field in ((LIST_CLIENTS, "node"), (SELECT_CLIENT, "apiById")):
            page = e.gql(document, {"apiId": api, "after": None, "first": 1})["data"][field]["clients"]
            self.assertEqual([edge["node"]["name"] for edge in page["edges"]], ["web"])
            self.assertTrue(page["pageInfo"]["hasNextPage"])
            rest = e.gql(document, {"apiId": api, "after": page["pageInfo"]["endCursor"], "first": 10})
            self.assertEqual([edge["node"] for edge in rest["data"][field]["clients"]["edges"]], [mobile])
        deleted = e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}})["data"]["deleteClientById"]
        self.assertEqual((deleted["client"]["name"], deleted["errors"]), ("web", None))
        self.assertIsNone(e.gql(SHOW_CLIENT, {"clientId": web["id"]})["data"]["node"])
        again = e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}})["data"]["deleteClientById"]
        self.assertEqual(again["errors"], [{"__typename": "ClientNotFoundError",
                                            "message": f"The client with ID '{web['id']}' was not found.",
                                            "clientId": web["id"]}])

    def test_create_client_errors(self):
        e = self.emulator
        missing = gid("Api", 42)
        payload = e.gql(CREATE_CLIENT, {"input": {"apiId": missing, "name": "web"}})["data"]["createClient"]
        self.assertEqual(payload["errors"], [{"__typename": "ApiNotFoundError", "apiId": missing,
                                              "message": f"The API with ID '{missing}' was not found."}])
        api = self.new_api(TEAM, "catalog")["id"]
        other_user = e.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": "web"}}, key(e.credentials["otherPat"]))
        self.assertEqual(other_user["data"]["createClient"]["errors"][0]["__typename"], "ApiNotFoundError")
        blank = e.gql(CREATE_CLIENT, {"input": {"apiId": api, "name": " "}})
        self.assertEqual(blank["errors"][0]["message"], "The name must not be empty.")

    def test_scoped_key_manages_the_clients_of_its_api_only(self):
        e = self.emulator
        api, other = self.new_api(TEAM, "catalog")["id"], self.new_api(TEAM, "reviews")["id"]
        scoped = self.scoped_key(api)
        web = self.new_client(api, "web", scoped)
        self.assertEqual(e.gql(SHOW_CLIENT, {"clientId": web["id"]}, scoped)["data"]["node"]["name"], "web")
        foreign = self.new_client(other, "foreign")
        refused = e.gql(CREATE_CLIENT, {"input": {"apiId": other, "name": "x"}}, scoped)["data"]["createClient"]
        self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
        refused = e.gql(DELETE_CLIENT, {"input": {"clientId": foreign["id"]}}, scoped)["data"]["deleteClientById"]
        self.assertEqual(refused["errors"][0]["__typename"], "UnauthorizedOperation")
        shown = e.gql(SHOW_CLIENT, {"clientId": foreign["id"]}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in shown["errors"]], [(NOT_AUTHORIZED, ["node"])])
        listed = e.gql(LIST_CLIENTS, {"apiId": other, "after": None, "first": 5}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in listed["errors"]], [(NOT_AUTHORIZED, ["node"])])
        self.assertIsNone(e.gql(DELETE_CLIENT, {"input": {"clientId": web["id"]}}, scoped)["data"]
                          ["deleteClientById"]["errors"])


class EnvironmentTest(RegistryTestCase):

    def create_environment(self, name: str, workspace: str = TEAM, auth: dict | None = None) -> dict:
        return self.emulator.gql(CREATE_ENVIRONMENT, {"workspaceId": workspace, "name": name}, auth)["data"][
            "pushWorkspaceChanges"]

    def test_create_list_show(self):
        e = self.emulator
        payload = self.create_environment("production")
        prod = {"__typename": "Environment", "name": "production", "id": gid("Environment", 1),
                "workspace": {"__typename": "Workspace", "name": "Team Nitro"}}
        self.assertEqual(payload["changes"], [{"__typename": "WorkspaceChangePayload", "referenceId": "env",
                                               "error": None, "result": prod}])
        self.assertIsNone(payload["errors"])
        self.create_environment("staging")
        page = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": None, "first": 1})["data"]["workspaceById"]
        self.assertEqual([edge["node"] for edge in page["environments"]["edges"]],
                         [{k: v for k, v in prod.items()}])
        after = page["environments"]["pageInfo"]["endCursor"]
        rest = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": after, "first": 5})["data"]["workspaceById"]
        self.assertEqual([edge["node"]["name"] for edge in rest["environments"]["edges"]], ["staging"])
        self.assertEqual(e.gql(SHOW_ENVIRONMENT, {"workspaceId": prod["id"]})["data"]["node"], prod)
        # The workspace's key reads them.
        workspace_key = key(e.credentials["apiKey"])
        self.assertEqual(e.gql(SHOW_ENVIRONMENT, {"workspaceId": prod["id"]}, workspace_key)["data"]["node"], prod)

    def test_create_errors_and_scopes(self):
        e = self.emulator
        self.create_environment("production")
        taken = self.create_environment("production")["changes"][0]
        self.assertEqual((taken["error"], taken["result"]), (
            {"__typename": "ChangeValidationFailed", "message": "An environment named 'production' already exists."},
            None))
        foreign = self.create_environment("x", gid("Workspace", 3))["changes"][0]["error"]
        self.assertEqual(foreign["__typename"], "WorkspaceNotFoundForChange")
        by_key = self.create_environment("x", auth=key(e.credentials["apiKey"]))
        self.assertEqual((by_key["changes"], by_key["errors"]), (None, NOT_A_USER))
        api = self.new_api(TEAM, "catalog")["id"]
        scoped = self.scoped_key(api)
        listed = e.gql(LIST_ENVIRONMENTS, {"workspaceId": TEAM, "after": None, "first": 5}, scoped)
        self.assertEqual([(x["message"], x["path"]) for x in listed["errors"]],
                         [(NOT_AUTHORIZED, ["workspaceById", "environments"])])
        other = e.gql(SHOW_ENVIRONMENT, {"workspaceId": gid("Environment", 1)}, key(e.credentials["otherPat"]))
        self.assertIsNone(other["data"]["node"])
