"""Shared by the client, stage and environment tests: the documents these commands send (with their published
ids, from the published list the generator's MD5 test reads), direct calls to the emulator for setting up and
checking, and the JSON shapes the Nitro CLI prints."""

import json

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

CREATE_CLIENT = "CreateClientCommandMutation"
DELETE_CLIENT = "DeleteClientByIdCommandMutation"
SHOW_CLIENT = "ShowClientCommandQuery"
LIST_CLIENTS = "ListClientCommandQuery"
SELECT_CLIENT = "SelectClientPromptQuery"
PAGE_CLIENT_VERSIONS = "PageClientVersionDetailQuery"
LIST_STAGES = "ListStagesQuery"
UPDATE_STAGES = "UpdateStages"
DELETE_STAGE = "ForceDeleteStageByApiIdCommandMutation"
CREATE_ENVIRONMENT = "CreateEnvironmentCommandMutation"
LIST_ENVIRONMENTS = "ListEnvironmentCommandQuery"
SHOW_ENVIRONMENT = "ShowEnvironmentCommandQuery"

_FILES = {
    CREATE_CLIENT: "create-client.graphql", DELETE_CLIENT: "delete-client.graphql", SHOW_CLIENT: "show-client.graphql",
    LIST_CLIENTS: "list-clients.graphql", SELECT_CLIENT: "select-client.graphql",
    PAGE_CLIENT_VERSIONS: "page-client-versions.graphql", LIST_STAGES: "list-stages.graphql",
    UPDATE_STAGES: "update-stages.graphql", DELETE_STAGE: "delete-stage.graphql",
    CREATE_ENVIRONMENT: "create-environment.graphql", LIST_ENVIRONMENTS: "list-environments.graphql",
    SHOW_ENVIRONMENT: "show-environment.graphql",
}
_PUBLISHED = json.loads((h.REPO / "tests" / "generator" / "published-operations.json").read_text(encoding="utf-8"))
h.OPERATION_FILES.update(_FILES)
h.PUBLISHED_IDS.update({name: _PUBLISHED[name]["hash"] for name in _FILES})


def plain_client(node):
    """A client as the Nitro CLI prints it: {"id", "name", "api": {"name"} | null}."""
    return {"id": node["id"], "name": node["name"], "api": {"name": node["api"]["name"]} if node.get("api") else None}


def plain_environment(node):
    return {"id": node["id"], "name": node["name"], "workspace": {"name": node["workspace"]["name"]}}


def plain_stage(node):
    return {"id": node["id"], "name": node["name"],
            "conditions": [{"kind": "AfterStage", "name": c["afterStage"]["name"]} for c in node["conditions"]
                           if c.get("afterStage")]}


class RegistryTestCase(h.ResourceTestCase):
    """An API in Team Nitro to work on (self.api), and direct calls to the emulator."""

    def setUp(self):
        super().setUp()
        self.api = self.emulator.create_api(self.team["id"], "registry", ["registry"])
        self.clear_requests()

    def gql(self, operation, variables, key=None):
        data = self.emulator.gql_ok(operation, variables, key=key or self.pat)
        self.clear_requests()
        return data

    def create_client(self, name, api_id=None):
        data = self.gql(CREATE_CLIENT, {"input": {"apiId": api_id or self.api["id"], "name": name}})
        return plain_client(data["createClient"]["client"])

    def clients(self, api_id=None):
        data = self.gql(LIST_CLIENTS, {"apiId": api_id or self.api["id"], "after": None, "first": 50})
        return [plain_client(e["node"]) for e in data["node"]["clients"]["edges"]]

    def set_stages(self, stages, api_id=None):
        """stages: [(name, after or None)]."""
        updated = [{"name": n, "displayName": n.title(), "conditions": [{"afterStage": a}] if a else []}
                   for n, a in stages]
        data = self.gql(UPDATE_STAGES, {"input": {"apiId": api_id or self.api["id"], "updatedStages": updated}})
        self.assertFalse(data["updateStages"]["errors"], data)
        return [plain_stage(s) for s in data["updateStages"]["api"]["stages"]]

    def stages(self, api_id=None):
        data = self.gql(LIST_STAGES, {"apiId": api_id or self.api["id"]})
        return [plain_stage(s) for s in data["node"]["stages"]]

    def scoped_key(self, api_id):
        """An API key scoped to one API (what CI uses)."""
        key = self.emulator.create_api_key("ci", self.team["id"], api_id=api_id, key=self.pat)
        self.remember_secret(key["secret"])
        self.clear_requests()
        return key["secret"]
