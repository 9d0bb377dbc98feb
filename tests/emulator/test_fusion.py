"""Tests of the emulator's Fusion publishing (fusion.py) over real HTTP: source schema uploads, a request's
steps in order and out of order, the subscription of each step, cancelling and the stage's queue.
    python3 -m unittest tests.emulator.test_fusion -v     (from the repository root)
"""

from __future__ import annotations

import io
import json
import zipfile

try:
    from .test_apis import TEAM
    from .test_emulator import operation
    from .test_registry import RegistryTestCase, stage
except ImportError:  # discovered as a top-level module (without -t)
    from test_apis import TEAM
    from test_emulator import operation
    from test_registry import RegistryTestCase, stage

UPLOAD = operation("fusion-upload.graphql")
BEGIN = operation("fusion-publish-begin.graphql")
START = operation("fusion-publish-start.graphql")
VALIDATE = operation("fusion-publish-validate.graphql")
COMMIT = operation("fusion-publish-commit.graphql")
CANCEL = operation("fusion-publish-cancel.graphql")
EVENTS = operation("on-fusion-publish.graphql")


def zipped(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


class FusionTest(RegistryTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.api = self.api_with_stages("gateway", stage("dev"))

    def upload(self, tag: str, data: bytes, auth: dict | None = None) -> dict:
        status, _, body = self.emulator.multipart(UPLOAD, {"input": {"apiId": self.api, "tag": tag, "archive": None}},
                                                  {"variables.input.archive": ("source-schema.zip", data)}, auth)
        self.assertEqual(status, 200, body)
        return json.loads(body)["data"]["uploadFusionSubgraph"]

    def step(self, document: str, field: str, request_id: str, archive: bytes | None = None) -> list:
        variables = {"input": {"requestId": request_id}}
        if archive is None:
            payload = self.emulator.gql(document, variables)["data"][field]
        else:
            variables["input"]["configuration"] = None
            status, _, body = self.emulator.multipart(document, variables, {
                "variables.input.configuration": ("gateway.far", archive)})
            self.assertEqual(status, 200, body)
            payload = json.loads(body)["data"][field]
        return [(e["__typename"], e["message"]) for e in payload["errors"] or []]

    def begin(self, tag: str = "v1") -> str:
        payload = self.emulator.gql(BEGIN, {"input": {"apiId": self.api, "stageName": "dev", "tag": tag}})
        self.assertIsNone(payload["data"]["beginFusionConfigurationPublish"]["errors"], payload)
        return payload["data"]["beginFusionConfigurationPublish"]["requestId"]

    def events(self, request_id: str) -> list[str]:
        status, _, body = self.emulator.subscribe(EVENTS, {"requestId": request_id})
        self.assertEqual(status, 200)
        return [next(iter(json.loads(line[6:])["data"].values()))["__typename"]
                for line in body.decode().split("\n") if line.startswith("data: ")]

    def test_a_source_schema_is_kept_per_name_and_tag(self):
        settings = json.dumps({"name": "products"})
        archive = zipped({"schema.graphqls": "type Query { a: Int }", "schema-settings.json": settings})
        uploaded = self.upload("v1", archive)
        self.assertIsNone(uploaded["errors"])
        self.assertEqual(uploaded["fusionSubgraphVersion"]["__typename"], "FusionSubgraphVersion")
        self.assertEqual([e["message"] for e in self.upload("v1", archive)["errors"]],
                         ["The source schema 'products' already has a version tagged 'v1'."])
        self.assertEqual([e["__typename"] for e in self.upload("v1", b"not a zip")["errors"]],
                         ["InvalidFusionSourceSchemaArchiveError"])
        self.assertEqual([e["message"] for e in self.upload("v2", zipped({"a.txt": "x"}))["errors"]],
                         ["The archive holds no source schema (a .graphqls file)."])
        other = self.new_api(TEAM, "other")["id"]
        refused = self.upload("v3", archive, auth=self.scoped_key(other))
        self.assertEqual([e["__typename"] for e in refused["errors"]], ["UnauthorizedOperation"])

    def test_the_steps_in_order_and_each_steps_events(self):
        request_id = self.begin()
        archive = zipped({"gateway/2.0.0/gateway.graphqls": "type Query { a: Int }"})
        self.assertEqual(self.step(START, "startFusionConfigurationComposition", request_id), [])
        self.assertEqual(self.step(VALIDATE, "validateFusionConfigurationComposition", request_id, archive), [])
        self.assertEqual(self.step(COMMIT, "commitFusionConfigurationPublish", request_id, archive), [])
        # A closed request's stream: the commit's events, then `complete`.
        self.assertEqual(self.events(request_id), ["OperationInProgress", "FusionConfigurationPublishingSuccess"])
        self.assertEqual(self.step(CANCEL, "cancelFusionConfigurationComposition", request_id),
                         [("InvalidProcessingStateTransitionError",
                           f"The request '{request_id}' is SUCCESS and cannot be cancelled.")])

    def test_steps_out_of_order_and_an_unknown_request(self):
        request_id = self.begin()
        archive = zipped({"gateway/2.0.0/gateway.graphqls": "type Query { a: Int }"})
        self.assertEqual(self.step(COMMIT, "commitFusionConfigurationPublish", request_id, archive),
                         [("InvalidProcessingStateTransitionError", f"The request '{request_id}' is READY: it must "
                                                                    "be started before it is committed.")])
        self.assertEqual(self.step(START, "startFusionConfigurationComposition", "UmVxdWVzdDo5OQ=="),
                         [("FusionConfigurationRequestNotFoundError",
                           "The request with ID 'UmVxdWVzdDo5OQ==' was not found.")])

    def test_a_second_request_waits_until_the_first_is_cancelled(self):
        first, second = self.begin("v1"), self.begin("v2")
        self.assertEqual(self.step(START, "startFusionConfigurationComposition", second),
                         [("InvalidProcessingStateTransitionError", f"The request '{second}' is QUEUED and cannot "
                                                                    "be started: a request is started once it is "
                                                                    "READY.")])
        self.assertEqual(self.step(CANCEL, "cancelFusionConfigurationComposition", first), [])
        self.assertEqual(self.step(START, "startFusionConfigurationComposition", second), [])
