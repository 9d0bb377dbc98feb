#!/usr/bin/env python3
"""A local server for the transport benchmark (tests/bench/transport).

POST /graphql with a multipart/form-data body (nitro schema upload, or curl
sending the same parts): the body is read to its end, its parts are described
in the record file (name, filename, Content-Type, size and SHA-256 of each: two
clients' uploads can be compared), and UploadSchema's result answers it.

POST /graphql with PublishSchemaVersion (nitro schema publish): the request it
makes is "events-<tag>", so `--tag 10000` asks for 10,000 events. Then the
subscription OnSchemaVersionPublishUpdated of that request is answered with a
server-sent event stream of that many `next` events (progress events of a
schema publish, the last one its success), then `event: complete`, as fast as
the socket takes them. The record file gets, one line per stream, the server's
own sending time (from the stream's first byte to its last: the floor under any
client) and the time until the client hung up after reading it (its first
event to its end, on the server's clock).

Standard library only; 127.0.0.1 by default.
"""
import argparse
import hashlib
import json
import os
import signal
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPLOAD_RESULT = json.dumps({"data": {"uploadSchema": {
    "__typename": "UploadSchemaPayload", "schemaVersion": {"__typename": "SchemaVersion", "id": "U2NoZW1hVmVyc2lvbjox"},
    "errors": None}}}).encode()
# tests/bench/collections' openapi upload: the same answer, for its operation.
COLLECTION_RESULT = json.dumps({"data": {"uploadOpenApiCollection": {
    "__typename": "UploadOpenApiCollectionPayload",
    "openApiCollectionVersion": {"__typename": "OpenApiCollectionVersion", "id": "T3BlbkFwaVZlcnNpb246MQ=="},
    "errors": None}}}).encode()
PROGRESS = json.dumps({"data": {"onSchemaVersionPublishingUpdate": {
    "__typename": "OperationInProgress", "state": "PROCESSING"}}}, separators=(",", ":"))
SUCCESS = json.dumps({"data": {"onSchemaVersionPublishingUpdate": {
    "__typename": "SchemaVersionPublishSuccess", "state": "SUCCESS"}}}, separators=(",", ":"))


def parts_of(body: bytes, content_type: str) -> list:
    boundary = content_type.split("boundary=", 1)[1].strip().strip('"').encode()
    parts = []
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk[2:].partition(b"\r\n\r\n")
        content = content[:-2]  # the CRLF before the next boundary
        headers = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = dict(p.strip().split("=", 1) for p in headers.get("content-disposition", "").split(";")[1:])
        parts.append({"name": disposition.get("name", "").strip('"'),
                      "filename": disposition.get("filename", "").strip('"') or None,
                      "content_type": headers.get("content-type"),
                      "size": len(content), "sha256": hashlib.sha256(content).hexdigest()})
    return parts


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    record = None
    lock = threading.Lock()

    def setup(self) -> None:
        super().setup()
        # As Kestrel (the Nitro API's server) does by default: each event leaves when it is written, not held by
        # Nagle's algorithm until the client's delayed ACK (40 ms on Linux) of the one before.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        content_type = self.headers.get("Content-Type", "")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if content_type.startswith("multipart/form-data"):
            self._note({"upload": parts_of(body, content_type),
                        "headers": sorted(k.lower() for k in self.headers.keys())})
            result = COLLECTION_RESULT if b"uploadOpenApiCollection(" in body[:4096] else UPLOAD_RESULT
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(result)))
            self.end_headers()
            self.wfile.write(result)
            return
        request = json.loads(body)
        if request.get("operationName") == "PublishSchemaVersion":
            tag = str(request["variables"]["input"]["tag"])
            self._json({"data": {"publishSchema": {"__typename": "PublishSchemaPayload", "id": f"events-{tag}",
                                                   "errors": None}}})
            return
        count = int(str(request["variables"]["requestId"]).removeprefix("events-"))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()
        event = ("event: next\ndata: " + PROGRESS + "\n\n").encode()
        start = time.perf_counter()
        for _ in range(count - 1):
            self.wfile.write(event)
        self.wfile.write(("event: next\ndata: " + SUCCESS + "\n\nevent: complete\n\n").encode())
        self.wfile.flush()
        elapsed = time.perf_counter() - start
        # The client hangs up once it has the result: what it took to read the stream, on this clock.
        self.connection.settimeout(60)
        try:
            while self.connection.recv(65536):
                pass
        except OSError:
            pass
        done = time.perf_counter() - start
        self.close_connection = True
        self._note({"events": count, "send_ms": round(elapsed * 1000, 3), "done_ms": round(done * 1000, 3)})

    def _json(self, document: dict) -> None:
        payload = json.dumps(document).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _note(self, entry: dict) -> None:
        if not self.record:
            return
        with Handler.lock, open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (quiet)
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="write the port here (atomically) once listening")
    parser.add_argument("--record", help="append one JSON line per request here")
    args = parser.parse_args()
    Handler.record = args.record
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
