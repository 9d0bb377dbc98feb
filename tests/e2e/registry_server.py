"""A scripted registry server on 127.0.0.1 for test_registry.py, until the emulator serves the registry: it
records every request (headers; JSON bodies parsed; multipart bodies as their parts' names, file names, sizes and
the `operations` / `map` JSON) and answers each operation as the test scripted it:

- `answers[operationName]` = a dict (the JSON response body) or (status, bytes);
- `raw[path]` = the bytes a GET of that path is answered with, as they are (a REST download cut short);
- `streams[operationName]` = a list of steps for a subscription, sent as server-sent events one by one:
  a dict is an `event: next` with that result, "complete" the end event, ":" a keep-alive, b"..." raw bytes,
  ("wait", threading.Event) blocks until the test sets it, ("chunks", iterable of bytes) writes each chunk as
  the client reads it (`stream_sent` counts the bytes it took, `stream_ended` is set once the stream is over,
  whether the client read it all or hung up), "close" hangs up at once; without "complete" or "close" the
  server hangs up after the last step.
"""

import json
import socketserver
import threading


class Request:
    def __init__(self, line, headers, body):
        self.line = line
        self.headers = headers  # {lower-case name: value}
        self.body = body
        self.json = None
        self.parts = []  # multipart: [{"name", "filename", "size", "data"}]
        content_type = headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
            for chunk in body.split(b"--" + boundary)[1:]:
                if chunk.startswith(b"--"):
                    break
                head, _, data = chunk.lstrip(b"\r\n").partition(b"\r\n\r\n")
                data = data[:-2] if data.endswith(b"\r\n") else data
                disposition = [h for h in head.split(b"\r\n") if h.lower().startswith(b"content-disposition")]
                fields = {}
                for item in disposition[0].split(b";")[1:] if disposition else []:
                    key, _, value = item.strip().partition(b"=")
                    fields[key.decode()] = value.strip(b'"').decode()
                self.parts.append({"name": fields.get("name"), "filename": fields.get("filename"),
                                   "size": len(data), "data": data})
            operations = next((p for p in self.parts if p["name"] == "operations"), None)
            self.json = json.loads(operations["data"]) if operations else None
        elif body:
            try:
                self.json = json.loads(body)
            except ValueError:
                self.json = None

    @property
    def operation(self):
        return (self.json or {}).get("operationName")

    @property
    def variables(self):
        return (self.json or {}).get("variables")


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def sse_next(result):
    return b"event: next\ndata: " + json.dumps(result).encode() + b"\n\n"


class RegistryServer:
    def __init__(self):
        self.requests = []
        self.answers = {}
        self.streams = {}
        self.raw = {}
        self.lock = threading.Lock()
        self.stream_started = threading.Event()
        self.stream_ended = threading.Event()
        self.stream_sent = 0
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.request.settimeout(30)
                try:
                    self._one()
                except OSError:
                    pass

            def _one(self):
                line = self.rfile.readline(65536)
                if not line:
                    return
                headers = {}
                while True:
                    raw = self.rfile.readline(65536)
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = raw.rstrip(b"\r\n").partition(b":")
                    headers[name.strip().decode("latin-1").lower()] = value.strip().decode("latin-1")
                    if name.strip().lower() == b"expect":
                        self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                        self.wfile.flush()
                length = int(headers.get("content-length", "0") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(line.rstrip(b"\r\n").decode("latin-1"), headers, body)
                with outer.lock:
                    outer.requests.append(request)
                path = request.line.split(" ")[1] if " " in request.line else ""
                if request.line.startswith("GET ") and path.split("?")[0] in outer.raw:
                    self.wfile.write(outer.raw[path.split("?")[0]])
                    self.wfile.flush()
                    return
                name = request.operation
                if name in outer.streams:
                    self._stream(outer.streams[name])
                    return
                answer = outer.answers.get(name, (404, b'{"errors":[{"message":"not scripted"}]}'))
                status, payload = (200, json.dumps(answer).encode()) if isinstance(answer, dict) else answer
                self.wfile.write(f"HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\n"
                                 f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode() + payload)
                self.wfile.flush()

            def _stream(self, steps):
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                 b"Connection: close\r\n\r\n")
                self.wfile.flush()
                outer.stream_started.set()
                try:
                    self._steps(steps)
                finally:
                    outer.stream_ended.set()

            def _steps(self, steps):
                for step in steps:
                    if step == "close":
                        return
                    if isinstance(step, tuple) and step[0] == "wait":
                        step[1].wait(20)
                        continue
                    if isinstance(step, tuple) and step[0] == "chunks":
                        for chunk in step[1]:
                            self.wfile.write(chunk)
                            outer.stream_sent += len(chunk)
                        self.wfile.flush()
                        continue
                    if isinstance(step, dict):
                        data = sse_next(step)
                    elif step == "complete":
                        data = b"event: complete\n\n"
                    elif step == ":":
                        data = b":\n\n"
                    else:
                        data = step
                    self.wfile.write(data)
                    self.wfile.flush()

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def of(self, operation):
        return [r for r in self.requests if r.operation == operation]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
