"""The mocks' files for tests: GET /_emulator/mocks?id=<mock id> answers {"schema", "extension"}, the two files
the mock was made (or last updated) with, as text. The mocks themselves (createMockSchema, updateMockSchema,
Api.mockSchemas) are served by emulator.py; this module is given its helpers by install()."""

from __future__ import annotations

from typing import Any

em: Any = None  # the emulator module, set by install()


def install(module: Any) -> None:
    global em
    em = module


def routes(app: Any) -> dict:
    def files(request: Any) -> Any:
        given = request.args.get("id", "")
        key = em.row_key(given, "MockSchema")
        row = None if key is None else app.store.mock_schema(key)
        if row is None:
            return em.json_response({"error": f"No mock with ID {given!r}."}, 404)
        return em.json_response({"schema": bytes(row["base_schema"]).decode("utf-8", errors="replace"),
                                 "extension": bytes(row["extension_schema"]).decode("utf-8", errors="replace")})

    return {"/_emulator/mocks": {"GET": files}}
