#!/usr/bin/env python3
"""A canned-response HTTP/1.1 server for the per-request benchmark.

Answers every POST with one fixed, valid response of the pat list operation
(ten tokens and a next page), with Content-Length and keep-alive, so that what
is measured is the client. The first few requests are written to --record-dir
(request-1.json, request-2.json, ...) so that a benchmark can check that two
clients sent the same request. Standard library only; 127.0.0.1 by default.
"""
import argparse
import base64
import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RECORD_LIMIT = 8


def list_response(count: int) -> bytes:
    edges = []
    for n in range(1, count + 1):
        node_id = base64.b64encode(f"PersonalAccessToken:{n}".encode()).decode()
        edges.append({
            "__typename": "PersonalAccessTokensEdge",
            "cursor": base64.b64encode(f"cursor:{n}".encode()).decode(),
            "node": {
                "__typename": "PersonalAccessToken",
                "id": node_id,
                "description": f"token-{n:05d}",
                "expiresAt": "2027-08-09T21:11:09.914+00:00",
                "createdAt": "2025-10-23T21:16:54.650+00:00",
            },
        })
    page_info = {
        "__typename": "PageInfo",
        "hasPreviousPage": False,
        "hasNextPage": True,
        "endCursor": base64.b64encode(f"cursor:{count}".encode()).decode(),
        "startCursor": base64.b64encode(b"cursor:1").decode(),
    }
    data = {"data": {"me": {"__typename": "User", "personalAccessTokens": {
        "__typename": "PersonalAccessTokensConnection", "edges": edges, "pageInfo": page_info}}}}
    return json.dumps(data, separators=(",", ":")).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    response_body = b""
    record_dir = None
    recorded = 0
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self._record(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.response_body)))
        self.end_headers()
        self.wfile.write(self.response_body)

    def _record(self, body: bytes) -> None:
        if not self.record_dir:
            return
        with Handler.lock:
            if Handler.recorded >= RECORD_LIMIT:
                return
            Handler.recorded += 1
            n = Handler.recorded
        entry = {"method": self.command, "path": self.path, "headers": [[k, v] for k, v in self.headers.items()],
                 "body": body.decode("utf-8", "replace")}
        path = os.path.join(self.record_dir, f"request-{n}.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(entry, f, indent=1)
        os.replace(path + ".tmp", path)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (quiet)
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="write the port here (atomically) once listening")
    parser.add_argument("--record-dir", help="write the first requests here as request-N.json")
    parser.add_argument("--tokens", type=int, default=10, help="tokens in the canned page (default 10)")
    args = parser.parse_args()
    Handler.response_body = list_response(args.tokens)
    Handler.record_dir = args.record_dir
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(f"{server.server_address[1]}\n")
        os.replace(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
