"""A GraphQL server on 127.0.0.1 (port 0, in a thread of the test process) for the completion tests: it
answers `pat list` pages with the tokens a test gives it, whatever their IDs hold, and `pat revoke` with the
token, and logs every request, so a test can see which ID a completed command line really sent."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CREATED = "2026-01-01T00:00:00.000Z"
EXPIRES = "2027-01-01T00:00:00.000Z"


def token(token_id, description, created=CREATED):
    return {"__typename": "PersonalAccessToken", "id": token_id, "description": description,
            "createdAt": created, "expiresAt": EXPIRES}


class TokenServer:
    """`pages`: a list of token lists, one a page, each page's cursor its index; `cursors`, when given,
    replaces the endCursor of each page (to make them repeat); `delay`: seconds before each answer."""

    def __init__(self, pages, cursors=None, delay=0.0, endless=False):
        self.pages = pages
        self.cursors = cursors
        self.delay = delay
        self.endless = endless  # every page says there is a next one
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
                if server.delay:
                    time.sleep(server.delay)
                data = json.dumps(server.answer(request)).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # nitro gave up on this request

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, request):
        variables = request.get("variables") or {}
        if request.get("operationName") == "RevokePersonalAccessTokenCommandMutation":
            token_id = ((variables.get("input") or {}).get("id")) or ""
            return {"data": {"revokePersonalAccessToken": {
                "__typename": "RevokePersonalAccessTokenPayload",
                "personalAccessToken": token(token_id, "revoked"), "errors": None}}}
        after = variables.get("after")
        index = 0 if after is None else int(after) + 1
        page = self.pages[index % len(self.pages)] if self.endless else \
            (self.pages[index] if index < len(self.pages) else [])
        cursor = str(index) if self.cursors is None else self.cursors[index % len(self.cursors)]
        more = self.endless or index + 1 < len(self.pages)
        edges = [{"__typename": "PersonalAccessTokensEdge", "cursor": t["id"], "node": t} for t in page]
        return {"data": {"me": {"__typename": "Viewer", "personalAccessTokens": {
            "__typename": "PersonalAccessTokensConnection", "edges": edges,
            "pageInfo": {"__typename": "PageInfo", "hasPreviousPage": index > 0, "hasNextPage": more,
                         "endCursor": cursor, "startCursor": cursor}}}}}

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def operations(self, name=None):
        with self._lock:
            return [r for r in self.requests if name is None or r.get("operationName") == name]

    def revoked_ids(self):
        return [r["variables"]["input"]["id"] for r in self.operations("RevokePersonalAccessTokenCommandMutation")]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
