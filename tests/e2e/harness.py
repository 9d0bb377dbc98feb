"""End-to-end test harness for the `nitro` binary.

One Nitro API emulator (tests/emulator/emulator.py) is started per test class, on 127.0.0.1 with a port chosen
by the kernel, in a temporary directory, and always stopped again (class cleanups run even when setUpClass
fails). The binary is run with a clean, explicit environment (docs/behaviour.md, "Modes").

Environment knobs:
  NITRO_BIN            the binary under test (default <repo>/build/nitro)
  NITRO_E2E_EMULATOR   the emulator script (default <repo>/tests/emulator/emulator.py)

If the binary is missing every test FAILS (it is never skipped).
"""

import atexit
import base64
import datetime as _dt
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from collections import OrderedDict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Absolute: tests run nitro from scratch directories.
NITRO_BIN = Path(os.environ.get("NITRO_BIN") or REPO / "build" / "nitro").absolute()
EMULATOR = Path(os.environ.get("NITRO_E2E_EMULATOR") or REPO / "tests" / "emulator" / "emulator.py")
OPERATIONS_DIR = REPO / "spec" / "operations"
# The Nitro documentation page of `nitro pat` the project was built from (a copy kept with the docs tests).
SEED_DOC_CANDIDATES = [Path(p) for p in (os.environ.get("NITRO_E2E_SEED_DOC"),
                                          REPO / "tests" / "docs" / "fixtures" / "pat-command.txt") if p]

VERSION = "0.1.0"
EMULATOR_START_TIMEOUT = 30.0
CONTROL_TIMEOUT = 10.0

# Operation name -> file in spec/operations.
OPERATION_FILES = {
    "CreatePersonalAccessTokenCommandMutation": "create-pat.graphql",
    "ListPersonalAccessTokenCommandQuery": "list-pats.graphql",
    "RevokePersonalAccessTokenCommandMutation": "revoke-pat.graphql",
    "ListWorkspaceCommandQuery": "list-workspaces.graphql",
}
CREATE = "CreatePersonalAccessTokenCommandMutation"
LIST_PATS = "ListPersonalAccessTokenCommandQuery"
REVOKE = "RevokePersonalAccessTokenCommandMutation"
LIST_WORKSPACES = "ListWorkspaceCommandQuery"

# The operations of `api-key`, `workspace` (besides list) and `api`.
CREATE_API_KEY = "CreateApiKeyCommandMutation"
LIST_API_KEYS = "ListApiKeyCommandQuery"
DELETE_API_KEY = "DeleteApiKeyCommandMutation"
CREATE_WORKSPACE = "CreateWorkspaceCommandMutation"
SHOW_WORKSPACE = "ShowWorkspaceCommandQuery"
SELECT_WORKSPACE = "SetDefaultWorkspaceCommand_SelectWorkspace_Query"
CREATE_API = "CreateApiCommandMutation"
LIST_APIS = "ListApiCommandQuery"
SHOW_API = "ShowApiCommandQuery"
SELECT_API = "SelectApiPromptQuery"
DELETE_API_CHECK = "DeleteApiCommandQuery"
DELETE_API = "DeleteApiCommandMutation"
OPERATION_FILES.update({
    CREATE_API_KEY: "create-api-key.graphql",
    LIST_API_KEYS: "list-api-keys.graphql",
    DELETE_API_KEY: "delete-api-key.graphql",
    CREATE_WORKSPACE: "create-workspace.graphql",
    SHOW_WORKSPACE: "show-workspace.graphql",
    SELECT_WORKSPACE: "select-workspace.graphql",
    CREATE_API: "create-api.graphql",
    LIST_APIS: "list-apis.graphql",
    SHOW_API: "show-api.graphql",
    SELECT_API: "select-api.graphql",
    DELETE_API_CHECK: "delete-api-check.graphql",
    DELETE_API: "delete-api.graphql",
})

# The ids under which the Nitro CLI publishes these documents: the MD5 of each document's text, as its persisted
# operations file lists them. A document nitro sends must hash to its operation's id, byte for byte.
PUBLISHED_IDS = {
    CREATE_API_KEY: "992b8ab9fd5e45569fda61f616659e1a",
    LIST_API_KEYS: "73d47ef547275fb8b3364106fa956029",
    DELETE_API_KEY: "1dc6ae2e10cfb2219195df7ca38bf4bf",
    CREATE_WORKSPACE: "2320b839fb4e97010cfe6a4ccdd34287",
    SHOW_WORKSPACE: "c46bc0ec07d6718f937f666a59f957b0",
    SELECT_WORKSPACE: "bb47ed5730c7751c64b0f1fdcc3f0bf5",
    LIST_WORKSPACES: "81090212b99490332c1b0614e4509b64",
    CREATE_API: "011734b7fcf646d45b21a4e46309ba9f",
    LIST_APIS: "4457adbf3d9f1a7ca591ced02a6e97c0",
    SHOW_API: "42881a9198879d969b1951404e14b13a",
    SELECT_API: "a99c8cea1f4c187c4b1a8f615aa22fac",
    DELETE_API_CHECK: "3b4f426d4f45f7b8d9472110f137e869",
    DELETE_API: "dff3ece7aa10daff0067410c52faf6d7",
}

# Messages of the workspace resolution and the confirmations (the Nitro CLI's words).
MSG_NO_WORKSPACE = ("Could not determine workspace. Either login via `nitro login` or specify the "
                    "'--workspace-id' option.")
# The same for a credential from NITRO_API_KEY (a script's or CI's): the server was asked whose it is (a user's
# here), and the advice does not say to log in.
MSG_NO_WORKSPACE_FOR_KEY = ("Could not determine workspace for the credential from NITRO_API_KEY. Specify the "
                            "'--workspace-id' option or set NITRO_WORKSPACE_ID.")
# nitro's own question (spec/operations/nitro-identity.graphql): whom a credential that is not the session's acts
# for, asked before a command that needs a workspace and has no --workspace-id, and by `status`.
IDENTITY = "NitroIdentityQuery"
OPERATION_FILES.update({IDENTITY: "nitro-identity.graphql", "NitroViewerQuery": "nitro-viewer.graphql"})
MSG_CONFIRM_NON_INTERACTIVE = ("Attempted to prompt the user for confirmation, but the console is running in "
                               "non-interactive mode.")

# Exit codes (docs/behaviour.md).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 4, 130

SANITIZER_VARS = ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "MSAN_OPTIONS", "TSAN_OPTIONS",
                  "ASAN_SYMBOLIZER_PATH")

AGENT_VARS = ("CLAUDECODE", "CLAUDE_CODE", "CODEX", "CURSOR_AGENT", "GITHUB_COPILOT", "CLINE",
              "WINDSURF_AGENT", "AIDER")

# Messages of the contract.
MSG_AUTH_REQUIRED = ("error: This command requires an authenticated user. Either specify '--api-key' "
                     "or run 'nitro login'.")
# A refused credential, by cause, named by where it came from (NITRO_API_KEY in the harness).
MSG_NOT_ACCEPTED = "The API key from NITRO_API_KEY was not accepted (unknown, revoked or expired)."
MSG_NOT_ALLOWED = ("The API key from NITRO_API_KEY may not do this: the server refused it the permission (an API key "
                   "scoped to another workspace or API, or a user without the right).")
MSG_NOT_JSON = "error: The server returned a response that is not valid JSON."
MSG_NO_DATA = ("The GraphQL mutation completed without errors, but the server did not return the expected data.")
MSG_COULD_NOT_REVOKE = "Could not revoke personal access token."
MSG_MISSING_DESCRIPTION = "error: Missing required option '--description'."

EXPIRES_AT_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")  # as the Nitro CLI sends it
ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHM]")


def operation_document(name):
    """The exact document of an operation: the .graphql file without its trailing newline."""
    text = (OPERATIONS_DIR / OPERATION_FILES[name]).read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


def binary_problem():
    """None when the binary is usable, else a message saying what is wrong."""
    if not NITRO_BIN.exists():
        return (f"the nitro binary does not exist at {NITRO_BIN}; build it first "
                f"(or point NITRO_BIN at it). The end-to-end suite never skips.")
    if not os.access(NITRO_BIN, os.X_OK) or NITRO_BIN.is_dir():
        return f"{NITRO_BIN} is not an executable file"
    return None


def strip_ansi(text):
    return ANSI_RE.sub("", text)


SGR_RE = re.compile(r"\x1b\[([0-9;:]*)m")


def has_colour(text):
    """True when `text` holds an SGR sequence that sets a colour (bold, reverse video etc. are not colour)."""
    for match in SGR_RE.finditer(text):
        params = [p for p in re.split(r"[;:]", match.group(1)) if p]
        for p in params:
            n = int(p)
            if 30 <= n <= 38 or 40 <= n <= 48 or 90 <= n <= 97 or 100 <= n <= 107:
                return True
    return False


def parse_json(text):
    """Parse JSON keeping key order (OrderedDict)."""
    return json.loads(text, object_pairs_hook=OrderedDict)


def parse_iso(value):
    """Parse an ISO 8601 timestamp with offset (Z or +hh:mm, optional fraction) into an aware datetime."""
    v = value.strip()
    if v.endswith("Z"):
        v = v[:-1] + "+00:00"
    m = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?([+-]\d\d:\d\d)?$", v)
    if not m:
        raise ValueError(f"not an ISO 8601 timestamp: {value!r}")
    base, frac, off = m.group(1), m.group(2) or "", m.group(3) or "+00:00"
    frac = (frac + "000000")[:7] if frac else ""
    return _dt.datetime.fromisoformat(base + frac + off)


timedelta = _dt.timedelta


def utcnow():
    return _dt.datetime.now(_dt.timezone.utc)


def iso_utc(moment):
    """A DateTime as the contract writes it: 2026-05-31T12:00:00.000+00:00."""
    m = moment.astimezone(_dt.timezone.utc)
    return m.strftime("%Y-%m-%dT%H:%M:%S.") + f"{m.microsecond // 1000:03d}+00:00"


def days_from_now(days):
    return iso_utc(utcnow() + _dt.timedelta(days=days))


def wait_for(predicate, timeout=10.0, step=0.05):
    """Polls `predicate` until it holds (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def free_port():
    """A TCP port on 127.0.0.1 with nothing listening on it (bound once, then closed)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


# --------------------------------------------------------------------------------------------------------------
# Running the binary
# --------------------------------------------------------------------------------------------------------------

_scratch_root = None


def scratch_dir():
    """A per-process temporary directory (removed at exit)."""
    global _scratch_root
    if _scratch_root is None:
        _scratch_root = tempfile.mkdtemp(prefix="nitro-e2e-")
        atexit.register(shutil.rmtree, _scratch_root, True)
    return _scratch_root


def base_env():
    """The clean environment every child starts from: PATH, a temp HOME/XDG_CONFIG_HOME, NO_COLOR=1, a UTF-8
    locale, and any sanitizer options; nothing else of the caller's environment."""
    home = os.path.join(scratch_dir(), "home")
    config = os.path.join(home, ".config")
    os.makedirs(config, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": home,
        "XDG_CONFIG_HOME": config,
        "NO_COLOR": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": scratch_dir(),
    }
    # Sanitizer settings of a sanitizer build (CI runs this suite under ASan + UBSan) are passed through.
    for key in SANITIZER_VARS:
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def make_env(env=None):
    """base_env() updated with `env`; a value of None removes the variable."""
    result = base_env()
    for key, value in (env or {}).items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = str(value)
    return result


def run(args, env=None, input=None, timeout=30, cwd=None):
    """Run the binary with a clean environment (see make_env); stdin is /dev/null unless `input` is given.

    Returns (exit code, stdout, stderr) as text. A run that does not finish within `timeout` seconds is
    killed and raises AssertionError.
    """
    problem = binary_problem()
    if problem:
        raise AssertionError(problem)
    argv = [str(NITRO_BIN)] + [str(a) for a in args]
    return _run_argv(argv, make_env(env), input, timeout, cwd)


def run_shell(script, env=None, input=None, timeout=30):
    """Run `bash -c script` with a clean environment; returns (exit code, stdout, stderr)."""
    return _run_argv(["bash", "-c", script], make_env(env), input, timeout)


def _run_argv(argv, env, input, timeout, cwd=None):
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.Popen(argv, env=env, cwd=cwd or scratch_dir(),
                            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        out, err = proc.communicate()
        raise AssertionError(f"{argv!r} did not finish within {timeout}s\nstdout: {out!r}\nstderr: {err!r}")
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def _kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.kill()
    except ProcessLookupError:
        pass


def spawn(args, env=None, timeout=10, dimensions=(40, 160)):
    """Spawn the binary in a pseudo-terminal (pexpect) with TERM set; stdin, stdout and stderr are the pty.

    The caller must close it (E2ETestCase.spawn registers a cleanup). All output read is kept in
    `child.transcript` (a list of chunks) for failure messages.
    """
    problem = binary_problem()
    if problem:
        raise AssertionError(problem)
    return spawn_program(str(NITRO_BIN), args, env=env, timeout=timeout, dimensions=dimensions)


def spawn_program(program, args, env=None, timeout=10, dimensions=(40, 160)):
    """Like spawn() for any program (e.g. bash -c SCRIPT), with the same clean environment."""
    import pexpect

    full_env = make_env(env)
    full_env.setdefault("TERM", "xterm")
    child = pexpect.spawn(program, [str(a) for a in args], env=full_env, cwd=scratch_dir(),
                          encoding="utf-8", codec_errors="replace", timeout=timeout, dimensions=dimensions)
    child.transcript = []

    class _Log:
        def write(self, s):
            child.transcript.append(s)

        def flush(self):
            pass

    child.logfile_read = _Log()
    return child


# --------------------------------------------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------------------------------------------

class EmulatorError(RuntimeError):
    pass


def python_interpreter():
    """The interpreter these tests run under (the one scripts/test and ctest chose), never another python3 from
    PATH: that one may lack the emulator's packages."""
    return sys.executable


class Emulator:
    """A running tests/emulator/emulator.py process."""

    def __init__(self, seed_tokens=None, extra_args=()):
        self.seed_tokens = seed_tokens
        self.extra_args = list(extra_args)
        self.proc = None
        self.dir = None
        self.port = None
        self.credentials = None

    # -- lifecycle --
    def start(self):
        if not EMULATOR.exists():
            raise EmulatorError(f"the emulator does not exist at {EMULATOR}")
        python = python_interpreter()
        self.dir = tempfile.mkdtemp(prefix="nitro-e2e-emulator-")
        port_file = os.path.join(self.dir, "port")
        cred_file = os.path.join(self.dir, "credentials.json")
        self.log_path = os.path.join(self.dir, "emulator.log")
        argv = [python, str(EMULATOR), "--port", "0", "--port-file", port_file, "--credentials-file", cred_file,
                "--db", os.path.join(self.dir, "emulator.sqlite3"), "--quiet"]
        if self.seed_tokens is not None:
            argv += ["--seed-tokens", str(self.seed_tokens)]
        argv += self.extra_args
        env = {k: v for k, v in os.environ.items()
               if not (k.startswith("NITRO_") or k.startswith("BARISTA_") or k in AGENT_VARS)}
        log = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                         env=env, cwd=self.dir, start_new_session=True)
        finally:
            log.close()
        _live_emulators.add(self)
        deadline = time.monotonic() + EMULATOR_START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise EmulatorError(f"the emulator exited with status {self.proc.returncode} while starting:\n"
                                    f"{self.log()}")
            port = _read_int(port_file)
            creds = _read_json(cred_file)
            if port and creds is not None:
                break
            if time.monotonic() > deadline:
                raise EmulatorError(f"the emulator did not write {port_file} and {cred_file} within "
                                    f"{EMULATOR_START_TIMEOUT}s:\n{self.log()}")
            time.sleep(0.05)
        self.port = port
        self.credentials = creds
        for key in ("pat", "accessToken", "apiKey", "otherPat"):
            if not creds.get(key):
                raise EmulatorError(f"the credentials file lacks {key!r}: {creds!r}")
        # The port file is written after binding; still, wait until the control API answers.
        while True:
            try:
                self.requests()
                break
            except (OSError, http.client.HTTPException):
                if time.monotonic() > deadline:
                    raise EmulatorError(f"the emulator does not answer on port {port}:\n{self.log()}")
                time.sleep(0.05)
        return self

    def stop(self):
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)  # its own session: the interpreter and any wrapper
            except (ProcessLookupError, PermissionError):
                proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _kill_group(proc)
                proc.wait(timeout=5)
        _live_emulators.discard(self)
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def log(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-4000:].decode("utf-8", "replace")
        except OSError:
            return "(no emulator log)"

    # -- addresses --
    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self):
        return f"{self.base_url}/graphql"

    # -- HTTP --
    def http(self, method, path, body=None, headers=None, timeout=CONTROL_TIMEOUT):
        """One HTTP request to the emulator; returns (status, headers dict, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            data = None
            hdrs = dict(headers or {})
            if body is not None:
                data = body if isinstance(body, (bytes, bytearray)) else json.dumps(body).encode("utf-8")
                hdrs.setdefault("Content-Type", "application/json")
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            payload = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, payload
        finally:
            conn.close()

    def control(self, method, path, body=None):
        status, _, payload = self.http(method, path, body)
        if status >= 300:
            raise EmulatorError(f"{method} {path} -> HTTP {status}: {payload[:500]!r}")
        if not payload.strip():
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return payload

    # -- the control API --
    def requests(self):
        """The /graphql requests received since the last clear, oldest first."""
        result = self.control("GET", "/_emulator/requests")
        if not isinstance(result, list):
            raise EmulatorError(f"GET /_emulator/requests did not return a JSON array: {result!r}")
        return result

    def clear_requests(self):
        self.control("DELETE", "/_emulator/requests")

    def fault(self, mode, **params):
        body = {"mode": mode}
        body.update(params)
        return self.control("POST", "/_emulator/faults", body)

    def clear_faults(self):
        self.control("DELETE", "/_emulator/faults")

    def reset(self):
        self.control("POST", "/_emulator/reset")

    # -- talking GraphQL directly (test setup and checks) --
    def graphql(self, operation, variables=None, key=None, bearer=None, query=None):
        """POST one operation to /graphql; `operation` names a spec operation (its exact document is sent)."""
        doc = query if query is not None else operation_document(operation)
        headers = {"Accept": "application/json", "GraphQL-Preflight": "1",
                   "GraphQL-Client-Version": VERSION, "ccc-agent": f"Nitro CLI/{VERSION}"}
        if key is not None:
            headers["CCC-api-key"] = key
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        status, _, payload = self.http("POST", "/graphql",
                                       {"query": doc, "operationName": operation, "variables": variables or {}},
                                       headers)
        try:
            return status, json.loads(payload)
        except ValueError:
            return status, payload

    def gql_ok(self, operation, variables=None, key=None, bearer=None):
        status, doc = self.graphql(operation, variables, key=key, bearer=bearer)
        if status != 200 or not isinstance(doc, dict) or doc.get("errors") or not doc.get("data"):
            raise EmulatorError(f"{operation} {variables!r} -> HTTP {status}: {doc!r}")
        return doc["data"]

    def create_token(self, description, days=30, key=None):
        """Create a PAT via the API; returns {"secret", "id", "description", "createdAt", "expiresAt"}."""
        expires = days_from_now(days)
        data = self.gql_ok(CREATE, {"input": {"description": description, "expiresAt": expires}},
                           key=key or self.credentials["pat"])
        payload = data["createPersonalAccessToken"]
        if payload.get("errors") or not payload.get("result"):
            raise EmulatorError(f"createPersonalAccessToken failed: {payload!r}")
        token = _plain_token(payload["result"]["token"])
        token["secret"] = payload["result"]["secret"]
        return token

    def revoke_token(self, token_id, key=None):
        data = self.gql_ok(REVOKE, {"input": {"id": token_id}}, key=key or self.credentials["pat"])
        return data["revokePersonalAccessToken"]

    def list_tokens(self, key=None, page_size=50):
        """Every token of the key's user via the API: list of pages, each (nodes, endCursor, hasNextPage)."""
        pages, after = [], None
        for _ in range(1000):
            data = self.gql_ok(LIST_PATS, {"after": after, "first": page_size}, key=key or self.credentials["pat"])
            conn = data["me"]["personalAccessTokens"]
            nodes = [_plain_token(e["node"]) for e in conn["edges"]]
            info = conn["pageInfo"]
            pages.append((nodes, info.get("endCursor"), info["hasNextPage"]))
            if not info["hasNextPage"]:
                return pages
            after = info["endCursor"]
        raise EmulatorError("list_tokens: more than 1000 pages")

    def all_tokens(self, key=None):
        return [t for nodes, _, _ in self.list_tokens(key=key) for t in nodes]

    def list_workspaces(self, key=None):
        data = self.gql_ok(LIST_WORKSPACES, {"after": None, "first": 50}, key=key or self.credentials["pat"])
        return [plain_workspace(e["node"]) for e in data["me"]["workspaces"]["edges"]]

    # -- workspaces, APIs and API keys, made through the API (test setup) --
    def create_workspace(self, name, key=None):
        """createWorkspace as the key's user (default the dev user); returns {"id", "name", "personal"}."""
        data = self.gql_ok(CREATE_WORKSPACE, {"input": {"name": name}}, key=key or self.credentials["pat"])
        payload = data["createWorkspace"]
        if payload.get("errors") or not payload.get("workspace"):
            raise EmulatorError(f"createWorkspace failed: {payload!r}")
        return plain_workspace(payload["workspace"])

    def create_api(self, workspace_id, name, path, kind=None, key=None):
        """An API at `path` (a list of segments) in a workspace; returns the Api node as the server sent it."""
        data = self.gql_ok(CREATE_API, {"workspaceId": workspace_id, "path": list(path), "name": name, "kind": kind},
                           key=key or self.credentials["pat"])
        payload = data["pushWorkspaceChanges"]
        change = (payload.get("changes") or [{}])[0]
        if payload.get("errors") or change.get("error") or not change.get("result"):
            raise EmulatorError(f"pushWorkspaceChanges failed: {payload!r}")
        return change["result"]

    def create_api_key(self, name, workspace_id, api_id=None, key=None):
        """An API key for a workspace, or for one API in it; returns {"secret", "id", "name", "workspace"}."""
        scope = {"apiId": api_id} if api_id is not None else {"workspaceId": workspace_id}
        data = self.gql_ok(CREATE_API_KEY, {"input": {"name": name, "workspaceId": workspace_id,
                                                      "permissionScope": scope, "roleAssigmentCondition": None}},
                           key=key or self.credentials["pat"])
        payload = data["createApiKey"]
        if payload.get("errors") or not payload.get("result"):
            raise EmulatorError(f"createApiKey failed: {payload!r}")
        result = dict(plain_api_key(payload["result"]["key"]))
        result["secret"] = payload["result"]["secret"]
        return result

    def api_key_pages(self, workspace_id, page_size=10, key=None):
        """The API keys of a workspace, page by page: a list of (keys as nitro prints them, endCursor)."""
        return self._pages(LIST_API_KEYS, "apiKeys", plain_api_key, workspace_id, page_size, key)

    def api_pages(self, workspace_id, page_size=10, key=None):
        """The APIs of a workspace, page by page: a list of (APIs as nitro prints them, endCursor)."""
        return self._pages(LIST_APIS, "apis", plain_api, workspace_id, page_size, key)

    def _pages(self, operation, field, convert, workspace_id, page_size, key):
        pages, after = [], None
        for _ in range(1000):
            data = self.gql_ok(operation, {"workspaceId": workspace_id, "after": after, "first": page_size},
                               key=key or self.credentials["pat"])
            conn = (data["workspaceById"] or {}).get(field)
            if conn is None:
                return pages
            pages.append(([convert(e["node"]) for e in conn["edges"]], conn["pageInfo"]["endCursor"]))
            if not conn["pageInfo"]["hasNextPage"]:
                return pages
            after = conn["pageInfo"]["endCursor"]
        raise EmulatorError(f"{operation}: more than 1000 pages")

    def show_api(self, api_id, key=None):
        """The API as nitro prints it, or None when the caller cannot see it (or it does not exist)."""
        node = self.gql_ok(SHOW_API, {"apiId": api_id}, key=key or self.credentials["pat"])["node"]
        return None if node is None else plain_api(node)

    def admin_token(self, kind="pat", user=None, description="admin token", expires_at=None):
        """POST /_emulator/tokens: a PAT or access token with any expiry (past ones too)."""
        body = {"kind": kind, "description": description}
        if user is not None:
            body["user"] = user
        if expires_at is not None:
            body["expiresAt"] = expires_at
        return self.control("POST", "/_emulator/tokens", body)

    def key_works(self, key):
        """True when `key` is accepted as CCC-api-key (a list query succeeds)."""
        status, doc = self.graphql(LIST_PATS, {"after": None, "first": 1}, key=key)
        return status == 200 and isinstance(doc, dict) and not doc.get("errors") and bool(doc.get("data"))


def net_datetime(text):
    """A server DateTime as the Nitro CLI (and nitro) prints it: .NET's round-trip
    form with the fraction's trailing zeros trimmed and the offset as +HH:MM."""
    match = re.fullmatch(r"(.{19})(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", text)
    if not match:
        return text
    fraction = (match.group(2) or "")[:7].rstrip("0")
    offset = "+00:00" if match.group(3) in ("Z", "-00:00") else match.group(3)
    return match.group(1) + ("." + fraction if fraction else "") + offset


def _plain_token(node):
    """A listed token as nitro prints it."""
    return {k: net_datetime(node[k]) if k in ("createdAt", "expiresAt") else node[k]
            for k in ("id", "description", "createdAt", "expiresAt") if k in node}


def plain_workspace(node):
    return {k: node[k] for k in ("id", "name", "personal") if k in node}


def plain_api_key(node):
    """An API key as nitro prints it: {"id", "name", "workspace": {"name"} | null}."""
    workspace = node.get("workspace")
    return OrderedDict([("id", node["id"]), ("name", node["name"]),
                        ("workspace", None if workspace is None else OrderedDict([("name", workspace["name"])]))])


def plain_api(node):
    """An API as nitro (and the Nitro CLI) prints it: the path joined with '/', the workspace's name only, and the
    schema registry settings under the Nitro CLI's key names."""
    workspace = node.get("workspace")
    registry = node["settings"]["schemaRegistry"]
    return OrderedDict([
        ("id", node["id"]),
        ("name", node["name"]),
        ("path", "/".join(node["path"])),
        ("workspace", None if workspace is None else OrderedDict([("name", workspace["name"])])),
        ("apiDetailPromptSettings", OrderedDict([("apiDetailPromptSchemaRegistry", OrderedDict([
            ("treatDangerousAsBreaking", registry["treatDangerousAsBreaking"]),
            ("allowBreakingSchemaChanges", registry["allowBreakingSchemaChanges"]),
        ]))])),
    ])


def session_file(config_home):
    """Where nitro keeps its session under an XDG_CONFIG_HOME."""
    return os.path.join(config_home, "nitro", "session.json")


def write_session(config_home, document):
    """Write a session file (private, as nitro writes it) under an XDG_CONFIG_HOME."""
    path = session_file(config_home)
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f)
    os.chmod(path, 0o600)


def read_session(config_home):
    """The session file under an XDG_CONFIG_HOME, parsed; None when there is none."""
    try:
        with open(session_file(config_home), encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def _read_int(path):
    try:
        with open(path) as f:
            text = f.read().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def _read_json(path):
    try:
        with open(path) as f:
            text = f.read()
        return json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None


_live_emulators = set()


@atexit.register
def _stop_leftovers():
    for emu in list(_live_emulators):
        emu.stop()


# --------------------------------------------------------------------------------------------------------------
# The base test case
# --------------------------------------------------------------------------------------------------------------

class E2ETestCase(unittest.TestCase):
    """Starts one emulator per class; clears requests and faults and resets data before every test."""

    SEED_TOKENS = None       # passed as --seed-tokens when not None
    EMULATOR_ARGS = ()       # further emulator options
    RESET_EACH_TEST = True
    maxDiff = None

    emulator = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        emu = Emulator(seed_tokens=cls.SEED_TOKENS, extra_args=cls.EMULATOR_ARGS)
        cls.addClassCleanup(emu.stop)
        emu.start()
        cls.emulator = emu
        cls.creds = emu.credentials
        cls.pat = emu.credentials["pat"]
        cls.other_pat = emu.credentials["otherPat"]
        cls.api_key = emu.credentials["apiKey"]
        cls.access_token = emu.credentials["accessToken"]

    @classmethod
    def tearDownClass(cls):
        # Also registered as a class cleanup, which runs even when setUpClass failed; stop() is idempotent.
        if cls.emulator is not None:
            cls.emulator.stop()
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        problem = binary_problem()
        if problem:
            self.fail(problem)
        self.secrets = {self.pat, self.other_pat, self.api_key, self.access_token}
        self.emulator.clear_faults()
        if self.RESET_EACH_TEST:
            self.emulator.reset()
        self.emulator.clear_requests()

    # -- environment --
    def auth_env(self, **extra):
        env = {"NITRO_CLOUD_URL": self.emulator.base_url, "NITRO_API_KEY": self.pat}
        env.update(extra)
        return env

    # -- running --
    def nitro(self, *args, env=None, auth=True, input=None, timeout=30, check_secrets=True, cwd=None):
        """Run the binary with NITRO_CLOUD_URL pointing at the emulator and, with auth=True, NITRO_API_KEY set to
        the dev user's PAT (entries of `env` override; None removes: the default api.chillicream.com must never
        be contacted from tests). Asserts no known secret and no escape sequence on the pipes."""
        full = self.auth_env() if auth else {"NITRO_CLOUD_URL": self.emulator.base_url}
        full.update(env or {})
        code, out, err = run(args, env=full, input=input, timeout=timeout, cwd=cwd)
        if check_secrets:
            self.assertNoSecrets(err, f"stderr of nitro {' '.join(map(str, args))}")
        # stdout and stderr are pipes here: no colour, no cursor movement, no escape sequence at all.
        self.assertNotIn("\x1b", out, "escape sequence on stdout without a terminal")
        self.assertNotIn("\x1b", err, "escape sequence on stderr without a terminal")
        return code, out, err

    def spawn(self, *args, env=None, auth=True, timeout=10, dimensions=(40, 160)):
        """The binary in a pseudo-terminal (closed at cleanup); auth/env as for nitro()."""
        full = self.auth_env() if auth else {"NITRO_CLOUD_URL": self.emulator.base_url}
        full.update(env or {})
        child = spawn(args, env=full, timeout=timeout, dimensions=dimensions)
        self.addCleanup(_close_child, child)
        return child

    def spawn_program(self, program, *args, env=None, auth=True, timeout=10, dimensions=(40, 160)):
        full = self.auth_env() if auth else {"NITRO_CLOUD_URL": self.emulator.base_url}
        full.update(env or {})
        child = spawn_program(program, args, env=full, timeout=timeout, dimensions=dimensions)
        self.addCleanup(_close_child, child)
        return child

    # -- emulator shortcuts --
    def requests(self, operation=None):
        reqs = self.emulator.requests()
        if operation is not None:
            reqs = [r for r in reqs if r.get("operationName") == operation]
        return reqs

    def clear_requests(self):
        self.emulator.clear_requests()

    def fault(self, mode, **params):
        return self.emulator.fault(mode, **params)

    def clear_faults(self):
        self.emulator.clear_faults()

    def reset(self):
        self.emulator.reset()

    def remember_secret(self, secret):
        self.secrets.add(secret)
        return secret

    # -- pexpect helpers --
    def expect(self, child, pattern, timeout=None, what=None):
        """child.expect(pattern) that fails the test with a readable transcript instead of erroring."""
        import pexpect
        try:
            return child.expect(pattern, timeout=timeout if timeout is not None else -1)
        except pexpect.TIMEOUT:
            self.fail(f"timed out waiting for {what or pattern!r}\n--- screen so far ---\n{transcript(child)}")
        except pexpect.EOF:
            self.fail(f"the program ended before {what or pattern!r} appeared\n--- output ---\n{transcript(child)}")

    def expect_exact(self, child, text, timeout=None):
        import pexpect
        try:
            return child.expect_exact(text, timeout=timeout if timeout is not None else -1)
        except pexpect.TIMEOUT:
            self.fail(f"timed out waiting for {text!r}\n--- screen so far ---\n{transcript(child)}")
        except pexpect.EOF:
            self.fail(f"the program ended before {text!r} appeared\n--- output ---\n{transcript(child)}")

    def press(self, child, keys, settle=0.1):
        """Send keys to an interactive screen after a short pause (lets the program reach its key loop)."""
        time.sleep(settle)
        child.send(keys)

    def finish(self, child, timeout=10):
        """Wait for the child to end; returns (exit code, all output with ANSI stripped). A death by signal N
        is reported as 128+N, as a shell would."""
        import pexpect
        try:
            child.expect(pexpect.EOF, timeout=timeout)
        except pexpect.TIMEOUT:
            self.fail(f"the program did not exit within {timeout}s\n--- screen so far ---\n{transcript(child)}")
        child.close()
        code = child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)
        return code, transcript(child)

    # -- assertions --
    def assertNoSecrets(self, text, where="output"):
        for secret in self.secrets:
            if secret and secret in text:
                self.fail(f"a secret ({secret[:4]}...) appears in {where}:\n{text}")

    def assertJsonDocument(self, out):
        """stdout is exactly one pretty-printed (2-space) JSON document followed by one newline; returns it
        parsed with key order kept."""
        self.assertTrue(out.endswith("\n") and not out.endswith("\n\n"),
                        f"stdout must end with exactly one newline: {out!r}")
        try:
            doc = parse_json(out)
        except ValueError as e:
            self.fail(f"stdout is not one JSON document ({e}):\n{out}")
        self.assertEqual(out, json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                         "stdout must be pretty-printed with 2-space indentation")
        return doc

    def assertKeys(self, obj, keys, what="object"):
        self.assertIsInstance(obj, dict, f"{what} is not an object: {obj!r}")
        self.assertEqual(list(obj.keys()), list(keys), f"keys (and their order) of {what}")

    def assertToken(self, obj, what="token"):
        self.assertKeys(obj, ["id", "description", "createdAt", "expiresAt"], what)
        for key in obj:
            self.assertIsInstance(obj[key], str, f"{what}.{key}")
        parse_iso(obj["createdAt"])
        parse_iso(obj["expiresAt"])

    def assertOneError(self, err):
        """stderr holds exactly one line starting with 'error: '."""
        lines = [l for l in err.splitlines() if l.startswith("error: ")]
        self.assertEqual(len(lines), 1, f"expected exactly one 'error: ' line on stderr:\n{err}")

    def assertFailure(self, result, code, *needles):
        """exit code, empty stdout, exactly one error line, every needle on stderr."""
        rc, out, err = result
        self.assertEqual(rc, code, f"exit code; stdout={out!r} stderr={err!r}")
        self.assertEqual(out, "", f"stdout must be empty; stderr={err!r}")
        self.assertOneError(err)
        for needle in needles:
            self.assertIn(needle, err)
        self.assertNoSecrets(err, "stderr")

    def assertNothingSent(self):
        reqs = self.requests()
        self.assertEqual(reqs, [], f"expected no request to /graphql, got {len(reqs)}: "
                                   f"{[r.get('operationName') for r in reqs]}")

    def assertOnlyIdentityAsked(self):
        """Nothing was sent but nitro's question whom the credential acts for (before a workspace is known)."""
        names = [r.get("operationName") for r in self.requests()]
        self.assertEqual(names, [IDENTITY], "only the identity question was sent")

    def assertRequest(self, req, operation, variables=None, key=None):
        """One logged /graphql request: method, path, headers, body (exact document), operationName,
        variables (when given) and the CCC-api-key (default: the dev user's PAT)."""
        key = self.pat if key is None else key
        self.assertEqual(req.get("method"), "POST")
        self.assertEqual(req.get("path"), "/graphql")
        h = req.get("headers") or {}
        self.assertEqual(h.get("content-type"), "application/json", "Content-Type header")
        self.assertEqual(h.get("accept"), "application/json", "Accept header")
        self.assertEqual(h.get("graphql-preflight"), "1", "GraphQL-Preflight header")
        self.assertEqual(h.get("graphql-client-version"), VERSION, "GraphQL-Client-Version header")
        self.assertEqual(h.get("ccc-agent"), f"Nitro CLI/{VERSION}", "ccc-agent header")
        self.assertTrue((h.get("user-agent") or "").startswith(f"nitro/{VERSION}"),
                        f"User-Agent header: {h.get('user-agent')!r}")
        self.assertEqual(h.get("ccc-api-key"), key, "CCC-api-key header")
        self.assertNotIn("authorization", h, "no Authorization header when an API key is given")
        body = req.get("json")
        if body is None:
            body = json.loads(req.get("body") or "null")
        self.assertIsInstance(body, dict)
        self.assertEqual(set(body), {"query", "operationName", "variables"}, "body keys")
        self.assertEqual(body["query"], operation_document(operation),
                         f"query text of {operation} must equal spec/operations/{OPERATION_FILES[operation]}")
        self.assertEqual(body["operationName"], operation)
        self.assertEqual(req.get("operationName"), operation)
        if variables is not None:
            self.assertEqual(body["variables"], variables, "variables")
        return body

    def assertExpiresAt(self, value, days, now=None, slack=_dt.timedelta(minutes=5)):
        self.assertRegex(value, EXPIRES_AT_RE)
        now = now or utcnow()
        expected = now + _dt.timedelta(days=days)
        got = parse_iso(value)
        self.assertLessEqual(abs(got - expected), slack, f"expiresAt {value} vs now+{days}d = {expected}")

    # -- data setup --
    def make_tokens(self, count, prefix="e2e", key=None):
        """Create `count` tokens via the API with descriptions '<prefix>-NNN'; clears the request log."""
        tokens = [self.emulator.create_token(f"{prefix}-{i:03d}", key=key) for i in range(count)]
        for t in tokens:
            self.remember_secret(t["secret"])
        self.clear_requests()
        return tokens

    def unknown_token_id(self):
        """A well-formed id of a token that does not exist."""
        tokens = self.emulator.all_tokens()
        if tokens:
            try:
                raw = base64.b64decode(tokens[0]["id"], validate=True).decode("utf-8")
                if ":" in raw:
                    typ = raw.split(":", 1)[0]
                    return base64.b64encode(f"{typ}:e2e-does-not-exist-424242".encode()).decode()
            except (ValueError, UnicodeDecodeError):
                pass
        return "e2e-does-not-exist-424242"


def relay_id(type_name, key):
    """A global id as the emulator writes it (base64 of 'Type:n'): for ids of things that do not exist."""
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


class ResourceTestCase(E2ETestCase):
    """For the workspace, API and API-key commands: a fresh XDG_CONFIG_HOME per test (nitro() and spawn() use
    it, so the session file is the test's own), the emulator's workspaces by name, and request-log assertions
    that also check each document's published id."""

    def setUp(self):
        super().setUp()
        self.config_home = tempfile.mkdtemp(prefix="nitro-e2e-config-", dir=scratch_dir())
        self.workspaces = {w["name"]: w for w in self.emulator.list_workspaces()}
        self.personal = self.workspaces["Dev User"]
        self.team = self.workspaces["Team Nitro"]
        self.clear_requests()

    def _config_env(self, env):
        full = {"XDG_CONFIG_HOME": self.config_home}
        full.update(env or {})
        return full

    def nitro(self, *args, env=None, **kwargs):
        return super().nitro(*args, env=self._config_env(env), **kwargs)

    def spawn(self, *args, env=None, **kwargs):
        return super().spawn(*args, env=self._config_env(env), **kwargs)

    # -- the session file --
    def write_session(self, document):
        write_session(self.config_home, document)

    def session(self):
        return read_session(self.config_home)

    def set_default_workspace(self, workspace):
        """A session whose default workspace is `workspace` (the credential still comes from NITRO_API_KEY)."""
        self.write_session({"workspace": {"id": workspace["id"], "name": workspace["name"]}})

    # -- data --
    def server_error(self, operation, variables, key=None):
        """(__typename, message) of the error the server answers `operation` with when sent directly (the
        payload's first error, else the first change's); the request log is cleared afterwards."""
        status, doc = self.emulator.graphql(operation, variables, key=key or self.pat)
        self.clear_requests()
        try:
            payload = next(iter(doc["data"].values()))
            errors = payload.get("errors") or [c["error"] for c in payload.get("changes") or [] if c.get("error")]
            return errors[0]["__typename"], errors[0]["message"]
        except (KeyError, TypeError, IndexError, StopIteration, AttributeError):
            self.fail(f"{operation} {variables!r} did not give a payload error: HTTP {status} {doc!r}")

    # -- assertions --
    def assertPublished(self, req):
        """The document received hashes to the operation's published id."""
        import hashlib
        body = req.get("json") or json.loads(req.get("body") or "null")
        operation = body.get("operationName")
        if operation == IDENTITY:  # nitro's own: the document of spec/operations, as the README names it
            self.assertEqual(body["query"], operation_document(IDENTITY))
            return
        self.assertIn(operation, PUBLISHED_IDS, f"an operation without a published id: {operation!r}")
        self.assertEqual(hashlib.md5(body["query"].encode("utf-8")).hexdigest(), PUBLISHED_IDS[operation],
                         f"MD5 of the {operation} document nitro sent")

    def assertRequests(self, *expected, key=None):
        """The request log holds exactly these requests, in order: each (operation, variables) (variables None:
        not checked), sent with `key` (default the dev user's PAT), each document hashing to its published id.
        Returns the bodies."""
        # nitro's identity question before a workspace command is the subject of test_trust, not of these.
        reqs = [r for r in self.requests() if r.get("operationName") != IDENTITY]
        self.assertEqual([r.get("operationName") for r in reqs], [op for op, _ in expected], "operations sent")
        bodies = []
        for req, (operation, variables) in zip(reqs, expected):
            bodies.append(self.assertRequest(req, operation, variables, key=key))
            self.assertPublished(req)
        return bodies

    def assertResult(self, result, code, stdout="", stderr=""):
        """Exit code, stdout and stderr, each exactly."""
        rc, out, err = result
        self.assertEqual((rc, out, err), (code, stdout, stderr), "exit code, stdout, stderr")

    def assertJsonResult(self, result, expected, stderr=""):
        """Exit 0, stdout one pretty-printed JSON document equal to `expected` with its key order, stderr exact."""
        rc, out, err = result
        self.assertEqual(rc, 0, f"exit code; stdout={out!r} stderr={err!r}")
        self.assertEqual(err, stderr, "stderr")
        doc = self.assertJsonDocument(out)
        self.assertEqual(json.dumps(doc, indent=2), json.dumps(expected, indent=2), "the JSON result and its key order")
        return doc


def usage_error(command, message, usage=None):
    """stderr of a usage error that shows the usage line: `error: <message>`, then how to get help."""
    usage = usage or f"nitro {command} [options]"
    return f"error: {message}\n\nUsage: {usage}\n\nFor more information, try 'nitro {command} --help'.\n"


def json_objects(text):
    """Every top-level JSON object found in `text` (terminal output: CRLF and ANSI codes are removed first),
    parsed with key order kept."""
    clean = strip_ansi(text).replace("\r\n", "\n").replace("\r", "")
    decoder = json.JSONDecoder(object_pairs_hook=OrderedDict)
    found, i = [], 0
    while True:
        i = clean.find("{", i)
        if i < 0:
            return found
        try:
            obj, end = decoder.raw_decode(clean, i)
        except ValueError:
            i += 1
            continue
        found.append(obj)
        i = end


def transcript(child):
    return strip_ansi("".join(getattr(child, "transcript", [])))


def _close_child(child):
    try:
        if child.isalive():
            child.close(force=True)
    except Exception:
        pass


# --------------------------------------------------------------------------------------------------------------
# Network fixtures for the reliability tests (issue 7): a test CA and certificates (openssl), a TLS front for the
# emulator, a recording HTTP proxy and a stub server with canned answers. All listen on 127.0.0.1 only, serve
# only the test's own traffic and stop with the test.
# --------------------------------------------------------------------------------------------------------------

import socketserver as _socketserver
import ssl as _ssl
import threading as _threading


def make_test_pki(directory, hosts=("127.0.0.1", "localhost")):
    """A self-signed test CA and a server certificate for `hosts`, made with the openssl tool; returns a dict of
    paths: ca, cert, key, and other_ca (a second CA that signed nothing nitro sees)."""
    openssl = shutil.which("openssl")
    if not openssl:
        raise AssertionError("the TLS tests need the openssl tool (apt-get install openssl)")
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    paths = {"ca": d / "ca.pem", "ca_key": d / "ca.key", "cert": d / "server.pem", "key": d / "server.key",
             "other_ca": d / "other-ca.pem", "other_ca_key": d / "other-ca.key"}

    def sh(*argv):
        proc = subprocess.run([openssl, *argv], capture_output=True, text=True, timeout=60)
        if proc.returncode != 0:
            raise AssertionError(f"openssl {' '.join(argv)} failed:\n{proc.stderr}")

    for name, cn in (("ca", "nitro e2e test CA"), ("other_ca", "nitro e2e other CA")):
        sh("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={cn}",
           "-keyout", str(paths[name + "_key"]), "-out", str(paths[name]),
           "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    san = ",".join(("IP:" if h[0].isdigit() else "DNS:") + h for h in hosts)
    csr = d / "server.csr"
    ext = d / "server.ext"
    ext.write_text(f"subjectAltName={san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    sh("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={hosts[0]}", "-keyout", str(paths["key"]),
       "-out", str(csr))
    sh("x509", "-req", "-in", str(csr), "-CA", str(paths["ca"]), "-CAkey", str(paths["ca_key"]),
       "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(paths["cert"]))
    return {k: str(v) for k, v in paths.items()}


class _Relay:
    """Copies bytes both ways between two sockets until either side closes."""

    @staticmethod
    def pipe(a, b):
        def copy(src, dst):
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
        t = _threading.Thread(target=copy, args=(b, a), daemon=True)
        t.start()
        copy(a, b)
        t.join(timeout=5)
        for s in (a, b):
            try:
                s.close()
            except OSError:
                pass


class _ThreadingServer(_socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _LocalServer:
    """A threaded TCP server on 127.0.0.1 at a free port, serving in the background until stop()."""

    def _serve(self, handler):
        self.server = _ThreadingServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = _threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class TlsFront(_LocalServer):
    """A TLS-terminating relay on 127.0.0.1 in front of a plain TCP port (the emulator): https://127.0.0.1:<port>
    with the certificate and key given."""

    def __init__(self, target_port, cert, key):
        context = _ssl.SSLContext(_ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.handshakes_failed = 0
        front = self

        class Handler(_socketserver.BaseRequestHandler):
            def handle(self):
                self.request.settimeout(30)
                try:
                    tls = context.wrap_socket(self.request, server_side=True)
                except (OSError, _ssl.SSLError):
                    front.handshakes_failed += 1
                    return
                try:
                    upstream = socket.create_connection(("127.0.0.1", target_port), timeout=30)
                except OSError:
                    tls.close()
                    return
                _Relay.pipe(tls, upstream)

        self._serve(Handler)


class RecordingProxy(_LocalServer):
    """An HTTP forward proxy on 127.0.0.1 that sends every request, whatever host it names, to one upstream port
    on 127.0.0.1 (so a test can use a non-loopback cloud URL without leaving the machine). Absolute-form requests
    are forwarded as plain HTTP; CONNECT is relayed as a tunnel. `log` holds (method, target) per request."""

    def __init__(self, upstream_port):
        self.log = []
        proxy = self

        class Handler(_socketserver.StreamRequestHandler):
            def handle(self):
                self.request.settimeout(30)
                try:
                    line = self.rfile.readline(65536).decode("latin-1")
                    parts = line.split()
                    if len(parts) != 3:
                        return
                    method, target, version = parts
                    headers = []
                    while True:
                        h = self.rfile.readline(65536).decode("latin-1")
                        if h in ("\r\n", "\n", ""):
                            break
                        headers.append(h)
                    proxy.log.append((method, target))
                    upstream = socket.create_connection(("127.0.0.1", upstream_port), timeout=30)
                    if method == "CONNECT":
                        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                        self.wfile.flush()
                        _Relay.pipe(self.request, upstream)
                        return
                    path = "/" + target.split("://", 1)[-1].split("/", 1)[-1] if "://" in target else target
                    kept = [h for h in headers if not h.lower().startswith(("proxy-", "connection:"))]
                    head = f"{method} {path} {version}\r\n" + "".join(kept) + "Connection: close\r\n\r\n"
                    upstream.sendall(head.encode("latin-1"))
                    length = 0
                    for h in headers:
                        if h.lower().startswith("content-length:"):
                            length = int(h.split(":", 1)[1].strip())
                    if length:
                        upstream.sendall(self.rfile.read(length))
                    while True:
                        data = upstream.recv(65536)
                        if not data:
                            break
                        self.wfile.write(data)
                    upstream.close()
                except OSError:
                    pass
                except ValueError:  # a malformed request line or header
                    pass

        self._serve(Handler)


class StubServer(_LocalServer):
    """A plain HTTP server on 127.0.0.1 answering every POST with `respond(count)` -> (status, headers, body
    bytes), where count is the number of requests so far (1 for the first). `count` and `times` (monotonic
    arrival times) record what came in."""

    def __init__(self, respond):
        self.count = 0
        self.times = []
        stub = self

        class Handler(_socketserver.StreamRequestHandler):
            def handle(self):
                self.request.settimeout(30)
                try:
                    while True:
                        line = self.rfile.readline(65536)
                        if not line:
                            return
                        length = 0
                        expect = False
                        while True:
                            h = self.rfile.readline(65536).decode("latin-1")
                            if h in ("\r\n", "\n", ""):
                                break
                            name, _, value = h.partition(":")
                            if name.strip().lower() == "content-length":
                                length = int(value.strip())
                            if name.strip().lower() == "expect" and "100" in value:
                                expect = True
                        if expect:
                            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                            self.wfile.flush()
                        if length:
                            self.rfile.read(length)
                        stub.count += 1
                        stub.times.append(time.monotonic())
                        status, headers, body = respond(stub.count)
                        head = f"HTTP/1.1 {status} Stub\r\nContent-Length: {len(body)}\r\n"
                        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
                        self.wfile.write(head.encode("latin-1") + b"\r\n")
                        # Large bodies go out in pieces: the client may stop reading midway.
                        for i in range(0, len(body), 1 << 20):
                            self.wfile.write(body[i:i + (1 << 20)])
                        self.wfile.flush()
                except OSError:
                    pass

        self._serve(Handler)


# Time limits of the reliability tests are multiplied by this (tests/e2e/valgrind sets it: valgrind slows every
# run of the binary down by a second or more).
TIME_FACTOR = float(os.environ.get("NITRO_E2E_TIME_FACTOR") or 1)


class WorkspaceListCases:
    """The cases every list of a workspace's items shares (api-key list, api list): set `words` (the command)
    and `operation` (its document's name) on the test class."""

    words: tuple = ()
    operation = ""

    def test_no_workspace(self):
        for args in ([], ["--output", "json"], ["--all"]):
            with self.subTest(args=args):
                self.clear_requests()
                self.assertResult(self.nitro(*self.words, *args), 2, stderr=f"error: {MSG_NO_WORKSPACE_FOR_KEY}\n")
                self.assertOnlyIdentityAsked()

    def test_a_workspace_that_is_not_yours_is_not_found(self):
        # Deliberate difference (README): the Nitro CLI reads a null workspaceById as an empty list; nitro says
        # the workspace was not found, so a typo is not mistaken for an empty workspace.
        theirs = relay_id("Workspace", 3)
        result = self.nitro(*self.words, "--workspace-id", theirs)
        self.assertResult(result, 1, stderr=f"error: The workspace with ID '{theirs}' was not found.\n")
        self.assertRequests((self.operation, {"workspaceId": theirs, "after": None, "first": 10}))

    def test_without_credentials(self):
        self.assertResult(self.nitro(*self.words, "--workspace-id", self.team["id"], auth=False), 4,
                          stderr=MSG_AUTH_REQUIRED + "\n")
        self.assertNothingSent()
