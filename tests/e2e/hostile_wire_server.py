"""A hostile GraphQL server on 127.0.0.1 for test_hostile_wire.py: it records every request exactly as it came
off the wire (request line, each header line, body) and answers with whatever bytes a test hands it, valid HTTP
framing around a body that need not be JSON, UTF-8 or anything else."""

import json
import socketserver
import threading


class Request:
    def __init__(self, line, headers, body):
        self.line = line          # the request line, bytes without CRLF
        self.headers = headers    # [(name, value)] as bytes, in order, duplicates kept
        self.body = body          # bytes

    def header_names(self):
        return [name.decode("latin-1").lower() for name, _ in self.headers]

    def header(self, name):
        values = [v for n, v in self.headers if n.decode("latin-1").lower() == name.lower()]
        return values[0] if values else None

    def variables(self):
        return json.loads(self.body).get("variables")


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


class HostileServer:
    """`respond(request, count)` -> (status, body bytes) or (status, headers dict, body bytes); count is 1 for
    the first request. `requests` lists what arrived."""

    def __init__(self, respond):
        self.requests = []
        self.lock = threading.Lock()
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.request.settimeout(20)
                try:
                    while self._one():
                        pass
                except OSError:
                    pass

            def _one(self):
                line = self.rfile.readline(65536)
                if not line:
                    return False
                headers = []
                length = 0
                while True:
                    raw = self.rfile.readline(65536)
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = raw.rstrip(b"\r\n").partition(b":")
                    headers.append((name, value.strip()))
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                    if name.strip().lower() == b"expect":
                        self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                        self.wfile.flush()
                body = self.rfile.read(length) if length else b""
                request = Request(line.rstrip(b"\r\n"), headers, body)
                with outer.lock:
                    outer.requests.append(request)
                    count = len(outer.requests)
                answer = respond(request, count)
                status, extra, payload = answer if len(answer) == 3 else (answer[0], {}, answer[1])
                head = f"HTTP/1.1 {status} Hostile\r\nContent-Type: application/json\r\n"
                head += f"Content-Length: {len(payload)}\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in extra.items())
                self.wfile.write(head.encode("latin-1") + b"\r\n" + payload)
                self.wfile.flush()
                return True

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
