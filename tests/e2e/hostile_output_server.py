"""A small hostile GraphQL server for the output tests: it answers each operation with whatever bytes a test
hands it (escape sequences, raw C1 bytes, cursors that cycle, a next page without a cursor), optionally after a
delay, and logs the requests it received. It runs in a thread of the test process on 127.0.0.1, port 0."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DATE = "2026-01-01T00:00:00.000Z"
LATER = "2027-01-01T00:00:00.000Z"


def token(token_id, description, created=DATE):
    return {"__typename": "PersonalAccessToken", "id": token_id, "description": description,
            "expiresAt": LATER, "createdAt": created}


def dumps(document):
    """JSON as bytes; the marker strings RAW(xx) become the raw byte 0xxx (not UTF-8: only a hostile server
    sends them)."""
    text = json.dumps(document, ensure_ascii=True)
    out = bytearray()
    i = 0
    while i < len(text):
        if text.startswith("RAW(", i) and text[i + 6:i + 7] == ")":
            out.append(int(text[i + 4:i + 6], 16))
            i += 7
        else:
            out.append(ord(text[i]))
            i += 1
    return bytes(out)


def token_page(tokens, end_cursor, has_next, has_previous=False):
    """A ListPersonalAccessTokenCommandQuery answer."""
    edges = [{"__typename": "PersonalAccessTokensEdge", "cursor": t["id"], "node": t} for t in tokens]
    return {"data": {"me": {"__typename": "Viewer", "personalAccessTokens": {
        "__typename": "PersonalAccessTokensConnection", "edges": edges,
        "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": has_previous, "hasNextPage": has_next,
                     "endCursor": end_cursor, "startCursor": tokens[0]["id"] if tokens else None}}}}}


def workspace_page(workspaces):
    """A workspaces connection (the picker's and workspace list's queries), one page."""
    edges = [{"__typename": "WorkspacesEdge", "cursor": w["id"],
              "node": {"__typename": "Workspace", "id": w["id"], "name": w["name"], "personal": False}}
             for w in workspaces]
    return {"data": {"me": {"__typename": "Viewer", "workspaces": {
        "__typename": "WorkspacesConnection", "edges": edges,
        "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": False, "hasNextPage": False,
                     "endCursor": None, "startCursor": None}}}}}


def created(description, secret="hostile-secret"):
    """A CreatePersonalAccessTokenCommandMutation answer."""
    return {"data": {"createPersonalAccessToken": {
        "__typename": "CreatePersonalAccessTokenPayload",
        "result": {"__typename": "CreatePersonalAccessTokenResult", "token": token("tok-new", description),
                   "secret": secret},
        "errors": None}}}


def revoked(token_id, description):
    """A RevokePersonalAccessTokenCommandMutation answer."""
    return {"data": {"revokePersonalAccessToken": {
        "__typename": "RevokePersonalAccessTokenPayload", "personalAccessToken": token(token_id, description),
        "errors": None}}}


def payload_error(field, message):
    """A mutation's payload error (`field` is the mutation's root field)."""
    return {"data": {field: {"__typename": "Payload", "result": None, "personalAccessToken": None,
                             "errors": [{"__typename": "UnauthorizedOperation", "message": message}]}}}


def graphql_error(message, code):
    return {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}


class HostileServer:
    """`answer(operation_name, variables)` returns a document (dumped with dumps()) or bytes; `delay` seconds
    are waited before each answer. `arrived` is set when a request has been read; with `hold` set, each answer
    waits until `release` is set (at most HOLD_LIMIT seconds), so a test can look at a client while it waits."""

    HOLD_LIMIT = 120

    def __init__(self, answer):
        self.answer = answer
        self.delay = 0.0
        self.hold = False
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.requests = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    request = json.loads(body)
                except ValueError:
                    request = {}
                with server._lock:
                    server.requests.append(request)
                server.arrived.set()
                if server.hold:
                    server.release.wait(server.HOLD_LIMIT)
                if server.delay:
                    time.sleep(server.delay)
                reply = server.answer(request.get("operationName"), request.get("variables") or {})
                data = reply if isinstance(reply, bytes) else dumps(reply)
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/graphql-response+json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client went away

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def operations(self):
        with self._lock:
            return [r.get("operationName") for r in self.requests]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
