"""nitro's own `Query.currentApiKey` (spec/schema.graphql): what the API key a request carries acts for, its
workspace and, for a key scoped to one API, that API. The Nitro CLI has no such query; nitro's `status` asks it
(spec/operations/nitro-identity.graphql), and commands take a workspace-scoped key's workspace from it."""

from __future__ import annotations

from typing import Any, Callable


def current_api_key(context: Any, global_id: Callable, workspace_of: Callable, api_of: Callable) -> dict | None:
    """Null for a user's credential (a PAT or a session's token): `me` describes those."""
    caller, store = context.caller, context.store
    if caller.user_id is not None or caller.api_key_id is None:
        return None
    key = store.api_key(caller.api_key_id)
    if key is None:
        return None
    workspace = store.workspace(key["workspace_id"])
    api = store.api(caller.api_id) if caller.api_id is not None else None
    return {
        "id": global_id("ApiKey", key["id"]),
        "name": key["name"],
        "workspace": workspace and workspace_of(workspace),
        "api": api and api_of(api),
    }

