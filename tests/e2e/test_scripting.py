"""Scripting without extra tools: `--jq <expression>` on every command that prints a JSON result, `--limit <n>` on
every paged list, and `nitro pat rotate`. Non-interactive unless a test says otherwise (stdin /dev/null, stdout a
pipe); stdout, stderr, the exit code and the requests the emulator received are asserted.

The jq messages expected on stderr are read from the `jq` tool first (the same expression compiled by the same
library), so the tests do not hard-code jq's wording; `jq` must be on PATH (the tests fail without it)."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

JQ_OPTION = "'--jq <expression>'"
LIMIT_WITH_ALL = "error: the argument '--limit <limit>' cannot be used with '--all'"
MISSING_LIBJQ = "error: --jq needs libjq"
# Asked once the token is found, naming it by its description.
ROTATE_CONFIRM = "Do you really want to replace PAT '{description}' with ID {id}"
ROTATE_DECLINED = "PAT was not rotated."
ROTATE_NOT_FOUND = "error: The personal access token with ID '{id}' was not found."
DAY = h.timedelta(days=1)


def compact(value):
    """A JSON value as jq prints it without a terminal (`jq -c`): no spaces, UTF-8 as is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def jq_compile_message(expression):
    """jq's own message for an expression that does not compile (`jq: error: <message>:` on its first line)."""
    jq = shutil.which("jq")
    if not jq:
        raise AssertionError("these tests need the jq tool on PATH (apt-get install jq) to read jq's messages")
    proc = subprocess.run([jq, "-n", expression], capture_output=True, text=True, timeout=30)
    if proc.returncode == 0:
        raise AssertionError(f"jq compiles {expression!r}; the test needs an expression that does not")
    first = proc.stderr.splitlines()[0]
    match = re.fullmatch(r"jq: error: (.*?):?", first)
    if not match:
        raise AssertionError(f"unexpected jq message for {expression!r}: {proc.stderr!r}")
    return match.group(1)


def variables(req):
    """The variables of a logged request."""
    body = req.get("json")
    return (body if body is not None else json.loads(req.get("body") or "null"))["variables"]


def wait_for(predicate, timeout=10.0, step=0.02):
    deadline = time.monotonic() + timeout * h.TIME_FACTOR
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def fake_libjq_dir():
    """A directory holding a shared object named libjq.so.1 that defines none of jq's symbols (an empty C file
    compiled with `cc -shared -fPIC`): with LD_LIBRARY_PATH pointing there, dlopen finds it before the real one."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise AssertionError("the missing-libjq tests need a C compiler (cc) to build the stand-in library")
    directory = tempfile.mkdtemp(prefix="fake-libjq-", dir=h.scratch_dir())
    source = os.path.join(directory, "empty.c")
    with open(source, "w") as f:
        f.write("/* not libjq: no jq symbols */\n")
    proc = subprocess.run([cc, "-shared", "-fPIC", "-o", os.path.join(directory, "libjq.so.1"), source],
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise AssertionError(f"cc -shared -fPIC failed:\n{proc.stderr}")
    return directory


class ScriptingMixin:
    """Shared assertions of this file."""

    def assertLines(self, result, lines, what="stdout"):
        """Exit 0, empty stderr, stdout exactly these lines (each followed by a newline)."""
        code, out, err = result
        self.assertEqual(code, 0, f"exit code; stdout={out!r} stderr={err!r}")
        self.assertEqual(err, "", "stderr")
        self.assertEqual(out, "".join(line + "\n" for line in lines), what)

    def assertUsageError(self, result, first_line):
        """Exit 2, empty stdout, stderr starting with exactly `first_line` and holding one error line."""
        code, out, err = result
        self.assertEqual(code, h.EXIT_USAGE, f"exit code; stdout={out!r} stderr={err!r}")
        self.assertEqual(out, "", "stdout")
        self.assertEqual(err.splitlines()[0] if err else "", first_line, f"first line of stderr:\n{err}")
        self.assertOneError(err)

    def assertJqSyntaxError(self, expression, *command):
        """`nitro COMMAND --jq EXPRESSION` with an expression jq cannot compile: a usage error naming the option
        and carrying jq's message, and nothing sent."""
        message = jq_compile_message(expression)
        self.clear_requests()
        result = self.nitro(*command, "--jq", expression)
        self.assertUsageError(result, f"error: invalid value '{expression}' for {JQ_OPTION}: {message}")
        self.assertNothingSent()

    def operations(self):
        return [r.get("operationName") for r in self.requests()]

    def assertDocument(self, result, expected):
        """Exit 0, empty stderr, stdout the pretty-printed JSON document `expected` (with its key order)."""
        code, out, err = result
        self.assertEqual((code, err), (0, ""), f"exit code and stderr; stdout={out!r}")
        doc = self.assertJsonDocument(out)
        self.assertEqual(json.dumps(doc, indent=2), json.dumps(expected, indent=2), "the JSON result")
        return doc

    def assertSent(self, *expected):
        """The request log holds exactly these (operation, variables) requests, in order."""
        reqs = self.requests()
        self.assertEqual([r.get("operationName") for r in reqs], [op for op, _ in expected], "operations sent")
        for req, (operation, variables) in zip(reqs, expected):
            self.assertRequest(req, operation, variables)


# ----------------------------------------------------------------------------------------------------------------
# --jq
# ----------------------------------------------------------------------------------------------------------------

class JqTests(ScriptingMixin, h.E2ETestCase):

    def setUp(self):
        super().setUp()
        self.made = self.make_tokens(12, prefix="jq")
        self.pages = self.emulator.list_tokens(page_size=10)
        self.clear_requests()

    # -- pat create --
    def test_pat_create_secret_prints_exactly_the_secret_and_it_works(self):
        result = self.nitro("pat", "create", "--description", "jq create", "--expires", "30", "--jq", ".secret",
                            check_secrets=False)
        code, out, err = result
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        self.assertEqual(err, "")
        self.assertRegex(out, r"^[^\s\"]+\n$", "the raw secret and one newline: no quotes, no JSON around it")
        secret = self.remember_secret(out[:-1])
        reqs = self.requests()
        self.assertEqual(len(reqs), 1, "pat create sends exactly one request")
        sent = self.assertRequest(reqs[0], h.CREATE)["variables"]["input"]
        self.assertEqual(sent["description"], "jq create")
        new = [t for t in self.emulator.all_tokens() if t["description"] == "jq create"]
        self.assertEqual(len(new), 1, "one token created")
        # The secret is a key of the dev user from now on.
        self.clear_requests()
        code, out, err = self.nitro("workspace", "list", env={"NITRO_API_KEY": secret})
        self.assertEqual(code, 0, err)
        self.assertRequest(self.requests()[0], h.LIST_WORKSPACES, key=secret)

    def test_pat_create_details_object_is_compact_json(self):
        code, out, err = self.nitro("pat", "create", "--description", "jq details", "--jq", ".details")
        self.assertEqual((code, err), (0, ""), out)
        self.assertEqual(out.count("\n"), 1, f"one line: {out!r}")
        details = h.parse_json(out)
        self.assertToken(details, "details")
        self.assertEqual(details["description"], "jq details")
        self.assertEqual(out, compact(details) + "\n", "compact JSON, keys in the result's order")

    # -- pat list --
    def test_pat_list_first_id_is_raw(self):
        result = self.nitro("pat", "list", "--jq", ".values[0].id")
        self.assertLines(result, [self.pages[0][0][0]["id"]])
        self.assertSent((h.LIST_PATS, {"after": None, "first": 10}))

    def test_pat_list_strings_raw_one_per_line(self):
        result = self.nitro("pat", "list", "--jq", ".values[].description")
        self.assertLines(result, [t["description"] for t in self.pages[0][0]])

    def test_pat_list_other_values_compact_json_one_per_line(self):
        first, cursor = self.pages[0][0], self.pages[0][1]
        self.assertLines(self.nitro("pat", "list", "--jq", ".values | length"), ["10"])
        self.assertLines(self.nitro("pat", "list", "--jq", ".values[:2][] | {id, description}"),
                         [compact({"id": t["id"], "description": t["description"]}) for t in first[:2]])
        self.assertLines(self.nitro("pat", "list", "--jq", "[.values[0].id, (.cursor != null), 1.5, null]"),
                         [compact([first[0]["id"], True, 1.5, None])])
        self.assertLines(self.nitro("pat", "list", "--jq", ".cursor"), [cursor])
        self.assertLines(self.nitro("pat", "list", "--jq", "."),
                         [compact({"values": first, "cursor": cursor})])

    def test_pat_list_no_output(self):
        self.assertLines(self.nitro("pat", "list", "--jq", "empty"), [])
        self.assertEqual(len(self.requests(h.LIST_PATS)), 1)

    def test_pat_list_with_cursor_and_jq(self):
        result = self.nitro("pat", "list", "--cursor", self.pages[0][1], "--jq", "[.values[].id]")
        self.assertLines(result, [compact([t["id"] for t in self.pages[1][0]])])
        self.assertSent((h.LIST_PATS, {"after": self.pages[0][1], "first": 10}))

    def test_equals_syntax_and_output_json(self):
        self.assertLines(self.nitro("pat", "list", "--jq=.values[0].id"), [self.pages[0][0][0]["id"]])
        self.assertLines(self.nitro("pat", "list", "--output", "json", "--jq", ".values[0].id"),
                         [self.pages[0][0][0]["id"]])

    # -- pat revoke --
    def test_pat_revoke_force_id(self):
        token = self.made[3]
        result = self.nitro("pat", "revoke", token["id"], "--force", "--jq", ".id")
        self.assertLines(result, [token["id"]])
        self.assertSent((h.REVOKE, {"input": {"id": token["id"]}}))
        self.assertFalse(self.emulator.key_works(token["secret"]), "the token is revoked")

    def test_pat_revoke_without_force_is_still_refused(self):
        token = self.made[4]
        code, out, err = self.nitro("pat", "revoke", token["id"], "--jq", ".id")
        self.assertEqual(code, h.EXIT_USAGE, err)
        self.assertEqual(out, "")
        self.assertIn("--force", err)
        self.assertNothingSent()

    # -- errors of the expression --
    def test_syntax_error_is_a_usage_error_and_nothing_is_sent(self):
        for expression in (".values[", ".values |", "{id"):
            with self.subTest(expression=expression):
                self.assertJqSyntaxError(expression, "pat", "list")

    def test_syntax_error_of_a_mutation_creates_nothing(self):
        before = len(self.emulator.all_tokens())
        self.assertJqSyntaxError(".secret |", "pat", "create", "--description", "never created")
        self.assertJqSyntaxError(".id)", "pat", "revoke", self.made[0]["id"], "--force")
        self.assertEqual(len(self.emulator.all_tokens()), before)

    def test_undefined_function_is_a_usage_error(self):
        self.assertJqSyntaxError("nosuchfunction", "pat", "list")

    def test_runtime_error(self):
        code, out, err = self.nitro("pat", "list", "--jq", 'error("boom")')
        self.assertEqual((code, out, err), (h.EXIT_FAILED, "", "error: the --jq expression failed: boom\n"))
        self.assertEqual(self.operations(), [h.LIST_PATS], "the list was fetched, then the filter failed")

    def test_runtime_error_after_a_create_still_created_it(self):
        code, out, err = self.nitro("pat", "create", "--description", "created then failed", "--jq",
                                    'error("boom")')
        self.assertEqual(code, h.EXIT_FAILED, err)
        self.assertEqual(err.splitlines()[0], "error: the --jq expression failed: boom")
        self.assertEqual(out, "")
        self.assertEqual(self.operations(), [h.CREATE])

    # -- a terminal --
    def test_in_a_terminal_jq_prints_just_the_value(self):
        child = self.spawn("pat", "list", "--jq", ".values[0].id")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(text.replace("\r\n", "\n"), self.pages[0][0][0]["id"] + "\n",
                         "no table, no progress, no prompt: the id alone")
        self.assertSent((h.LIST_PATS, {"after": None, "first": 10}))

    def test_in_a_terminal_jq_never_prompts(self):
        child = self.spawn("pat", "create", "--jq", ".secret")
        code, text = self.finish(child)
        self.assertEqual(code, h.EXIT_USAGE, text)
        self.assertIn(h.MSG_MISSING_DESCRIPTION, text)
        self.assertNotIn("Description of the Personal Access Token", text)
        self.assertNothingSent()

        token = self.made[5]
        child = self.spawn("pat", "revoke", token["id"], "--jq", ".id")
        code, text = self.finish(child)
        self.assertEqual(code, h.EXIT_USAGE, text)
        self.assertNotIn("Do you really want", text)
        self.assertIn("--force", text)
        self.assertNothingSent()
        self.assertTrue(self.emulator.key_works(token["secret"]))

    # -- libjq is loaded at run time, only with --jq --
    def test_missing_libjq(self):
        env = {"LD_LIBRARY_PATH": fake_libjq_dir()}
        for command in (["pat", "list"], ["pat", "create", "--description", "never created"],
                        ["pat", "revoke", self.made[0]["id"], "--force"]):
            with self.subTest(command=command[:2]):
                self.clear_requests()
                code, out, err = self.nitro(*command, "--jq", ".", env=env)
                self.assertEqual(code, h.EXIT_FAILED, f"stdout={out!r} stderr={err!r}")
                self.assertEqual(out, "")
                self.assertTrue(err.startswith(MISSING_LIBJQ), f"stderr:\n{err}")
                self.assertOneError(err)
                self.assertNothingSent()
        self.assertTrue(self.emulator.key_works(self.made[0]["secret"]))

    def test_without_jq_libjq_is_not_needed(self):
        env = {"LD_LIBRARY_PATH": fake_libjq_dir()}
        result = self.nitro("pat", "list", env=env)
        self.assertDocument(result, {"values": self.pages[0][0], "cursor": self.pages[0][1]})
        code, out, err = self.nitro("pat", "revoke", self.made[1]["id"], "--force", env=env)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.assertJsonDocument(out)["id"], self.made[1]["id"])


class JqAllPagesTests(ScriptingMixin, h.E2ETestCase):
    SEED_TOKENS = 119  # with the dev user's own PAT: 120 tokens, pages of 50, 50 and 20

    def setUp(self):
        super().setUp()
        self.pages = self.emulator.list_tokens(page_size=50)
        self.clear_requests()
        self.assertEqual([len(p[0]) for p in self.pages], [50, 50, 20])

    def assertPagesSent(self):
        reqs = self.requests()
        self.assertEqual(len(reqs), 3, "three pages of 50")
        after = None
        for req, (_, end_cursor, _) in zip(reqs, self.pages):
            self.assertRequest(req, h.LIST_PATS, {"after": after, "first": 50})
            after = end_cursor

    def test_each_page_is_filtered(self):
        self.assertLines(self.nitro("pat", "list", "--all", "--jq", ".values | length"), ["50", "50", "20"])
        self.assertPagesSent()

    def test_each_page_carries_its_own_end_cursor(self):
        self.assertLines(self.nitro("pat", "list", "--all", "--jq", ".cursor"), [p[1] for p in self.pages])

    def test_each_page_document(self):
        result = self.nitro("pat", "list", "--all", "--jq", ".")
        self.assertLines(result, [compact({"values": p[0], "cursor": p[1]}) for p in self.pages])

    def test_every_id_once(self):
        result = self.nitro("pat", "list", "--all", "--jq", ".values[].id")
        self.assertLines(result, [t["id"] for p in self.pages for t in p[0]])

    def test_runtime_error_on_the_first_page(self):
        code, out, err = self.nitro("pat", "list", "--all", "--jq", 'error("boom")')
        self.assertEqual((code, out, err), (h.EXIT_FAILED, "", "error: the --jq expression failed: boom\n"))


# ----------------------------------------------------------------------------------------------------------------
# --limit
# ----------------------------------------------------------------------------------------------------------------

class LimitTests(ScriptingMixin, h.E2ETestCase):
    SEED_TOKENS = 124  # with the dev user's own PAT: 125 tokens

    def setUp(self):
        super().setUp()
        self.all = self.emulator.all_tokens()
        self.clear_requests()
        self.assertEqual(len(self.all), 125)

    def cursor_after(self, n):
        """The endCursor of a page ending with the n-th token (asked directly)."""
        cursor, left = None, n
        while left > 0:
            data = self.emulator.gql_ok(h.LIST_PATS, {"after": cursor, "first": min(left, 50)}, key=self.pat)
            cursor = data["me"]["personalAccessTokens"]["pageInfo"]["endCursor"]
            left -= min(left, 50)
        self.clear_requests()
        return cursor

    def limited(self, limit, *extra, start=0, after=None):
        """`pat list --limit LIMIT EXTRA`: one document with the next `limit` tokens from `start`, fetched in
        pages of min(remaining, 50) beginning after `after`, whose cursor is the last page's endCursor; returns the
        document."""
        code, out, err = self.nitro("pat", "list", "--limit", limit, *extra)
        self.assertEqual((code, err), (0, ""), f"stdout={out!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["values", "cursor"], "the --limit document")
        self.assertEqual([t["id"] for t in doc["values"]], [t["id"] for t in self.all[start:start + limit]],
                         "the first `limit` tokens, in order")
        self.assertEqual(doc["values"], self.all[start:start + limit])
        # The requests: first = min(remaining, 50), each after the previous page's endCursor.
        firsts, remaining = [], limit
        while remaining > 0 and start + (limit - remaining) < len(self.all):
            firsts.append(min(remaining, 50))
            remaining -= firsts[-1]
        sent = [self.assertRequest(r, h.LIST_PATS)["variables"] for r in self.requests()]
        self.assertEqual([v["first"] for v in sent], firsts, "the `first` of each page")
        afters = [after] + [self.cursor_after(start + sum(firsts[:i])) for i in range(1, len(firsts))]
        self.assertEqual([v["after"] for v in sent], afters, "each page after the one before")
        # The cursor is the last fetched page's endCursor: right after the last printed item.
        last = start + len(doc["values"])
        self.assertEqual(doc["cursor"], self.cursor_after(last), "the cursor ends at the last printed token")
        self.clear_requests()
        return doc

    def assertResumes(self, doc, start):
        """`--cursor <the document's cursor>` continues right after the last printed token."""
        result = self.nitro("pat", "list", "--cursor", doc["cursor"])
        code, out, err = result
        self.assertEqual(code, 0, err)
        following = self.assertJsonDocument(out)["values"]
        self.assertEqual([t["id"] for t in following], [t["id"] for t in self.all[start:start + 10]],
                         "the next tokens follow without gap or repeat")
        self.assertSent((h.LIST_PATS, {"after": doc["cursor"], "first": 10}))
        self.clear_requests()

    def test_below_a_page(self):
        doc = self.limited(3)
        self.assertResumes(doc, 3)

    def test_one(self):
        doc = self.limited(1)
        self.assertEqual(len(doc["values"]), 1)

    def test_exactly_a_page(self):
        doc = self.limited(50)
        self.assertResumes(doc, 50)

    def test_one_past_a_page(self):
        doc = self.limited(51)
        self.assertResumes(doc, 51)

    def test_across_several_pages(self):
        doc = self.limited(120)
        self.assertResumes(doc, 120)

    def test_larger_than_the_list_prints_everything(self):
        for limit in (125, 500):
            with self.subTest(limit=limit):
                self.clear_requests()
                doc = self.limited(limit)
                self.assertEqual(len(doc["values"]), 125)
                self.assertIsNotNone(doc["cursor"], "the last page's endCursor")
                self.assertEqual(doc["cursor"], self.cursor_after(125))
                result = self.nitro("pat", "list", "--cursor", doc["cursor"])
                self.assertDocument(result, {"values": [], "cursor": None})
                self.clear_requests()

    def test_chained_limits_walk_the_list(self):
        seen, cursor = [], None
        for limit in (7, 50, 51, 30):
            args = ["--limit", limit] + (["--cursor", cursor] if cursor else [])
            code, out, err = self.nitro("pat", "list", *args)
            self.assertEqual(code, 0, err)
            doc = self.assertJsonDocument(out)
            self.assertEqual(variables(self.requests(h.LIST_PATS)[0])["after"], cursor)
            self.clear_requests()
            seen.extend(t["id"] for t in doc["values"])
            cursor = doc["cursor"]
        self.assertEqual(seen, [t["id"] for t in self.all[:138]], "every token once, in order")

    def test_limit_with_cursor(self):
        start = 20
        cursor = self.cursor_after(start)
        doc = self.limited(60, "--cursor", cursor, start=start, after=cursor)
        self.assertResumes(doc, start + 60)

    def test_equals_syntax(self):
        code, out, err = self.nitro("pat", "list", "--limit=4")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.assertJsonDocument(out)["values"], self.all[:4])

    def test_limit_with_jq_filters_one_document_once(self):
        self.assertLines(self.nitro("pat", "list", "--limit", 60, "--jq", ".values | length"), ["60"])
        self.assertEqual([variables(r)["first"] for r in self.requests()], [50, 10])
        self.clear_requests()
        self.assertLines(self.nitro("pat", "list", "--limit", 60, "--jq", ".cursor"), [self.cursor_after(60)])
        self.assertLines(self.nitro("pat", "list", "--limit", 3, "--jq", ".values[].id"),
                         [t["id"] for t in self.all[:3]])

    def test_zero_is_a_usage_error(self):
        for value in ("0", "-1", "abc", ""):
            with self.subTest(value=value):
                self.clear_requests()
                code, out, err = self.nitro("pat", "list", "--limit", value)
                self.assertEqual(code, h.EXIT_USAGE, err)
                self.assertEqual(out, "")
                self.assertTrue(err.startswith(f"error: invalid value '{value}' for '--limit <limit>'"), err)
                self.assertNothingSent()

    def test_limit_with_all_is_a_usage_error(self):
        for args in (["--limit", "5", "--all"], ["--all", "--limit", "5"]):
            with self.subTest(args=args):
                self.clear_requests()
                self.assertUsageError(self.nitro("pat", "list", *args), LIMIT_WITH_ALL)
                self.assertNothingSent()

    def test_not_on_commands_that_do_not_page(self):
        code, out, err = self.nitro("pat", "create", "--description", "no limit here", "--limit", "3")
        self.assertEqual(code, h.EXIT_USAGE, err)
        self.assertEqual(out, "")
        self.assertNothingSent()


# ----------------------------------------------------------------------------------------------------------------
# workspace and api-key
# ----------------------------------------------------------------------------------------------------------------

class ResourceScriptingTests(ScriptingMixin, h.ResourceTestCase):

    def test_workspace_list_jq(self):
        workspaces = self.emulator.list_workspaces()
        self.clear_requests()
        self.assertLines(self.nitro("workspace", "list", "--jq", ".values[].name"), [w["name"] for w in workspaces])
        self.assertSent((h.LIST_WORKSPACES, {"after": None, "first": 10}))
        self.clear_requests()
        self.assertLines(self.nitro("workspace", "list", "--all", "--jq", ".values | map(.personal)"),
                         [compact([w["personal"] for w in workspaces])])

    def test_workspace_list_jq_syntax_error(self):
        self.assertJqSyntaxError(".values[", "workspace", "list")

    def test_workspace_show_jq(self):
        self.assertLines(self.nitro("workspace", "show", self.team["id"], "--jq", ".name"), ["Team Nitro"])
        self.assertSent((h.SHOW_WORKSPACE, {"workspaceId": self.team["id"]}))
        self.clear_requests()
        self.assertLines(self.nitro("workspace", "show", self.team["id"], "--jq", "."), [compact(self.team)])
        self.assertLines(self.nitro("workspace", "show", self.team["id"], "--jq", ".personal"), ["false"])

    def test_workspace_show_jq_syntax_error(self):
        self.assertJqSyntaxError("{name", "workspace", "show", self.team["id"])

    def test_workspace_list_limit(self):
        workspaces = self.emulator.list_workspaces()
        data = self.emulator.gql_ok(h.LIST_WORKSPACES, {"after": None, "first": 1}, key=self.pat)
        cursor = data["me"]["workspaces"]["pageInfo"]["endCursor"]
        self.clear_requests()
        result = self.nitro("workspace", "list", "--limit", "1")
        self.assertDocument(result, {"values": workspaces[:1], "cursor": cursor})
        self.assertSent((h.LIST_WORKSPACES, {"after": None, "first": 1}))
        self.clear_requests()
        result = self.nitro("workspace", "list", "--cursor", cursor)
        code, out, err = result
        self.assertEqual(code, 0, err)
        self.assertEqual(self.assertJsonDocument(out)["values"], workspaces[1:], "resumes after the first")
        self.clear_requests()
        self.assertUsageError(self.nitro("workspace", "list", "--limit", "2", "--all"), LIMIT_WITH_ALL)
        self.assertNothingSent()

    def test_api_key_create_jq_secret(self):
        api = self.emulator.create_api(self.team["id"], "products", ["products"])
        self.clear_requests()
        code, out, err = self.nitro("api-key", "create", "--name", "ci", "--workspace-id", self.team["id"],
                                    "--jq", ".secret", check_secrets=False)
        self.assertEqual((code, err), (0, ""), out)
        self.assertRegex(out, r"^[^\s\"]+\n$", "the raw secret and one newline")
        secret = self.remember_secret(out[:-1])
        self.assertEqual(self.operations(), [h.CREATE_API_KEY])
        status, doc = self.emulator.graphql(h.SHOW_API, {"apiId": api["id"]}, key=secret)
        self.assertEqual(doc["data"]["node"]["name"], "products", "the secret works as an API key")

    def test_api_key_create_jq_details(self):
        result = self.nitro("api-key", "create", "--name", "details", "--workspace-id", self.team["id"],
                            "--jq", ".details")
        keys = [k for nodes, _ in self.emulator.api_key_pages(self.team["id"], page_size=50) for k in nodes]
        self.clear_requests()
        new = [k for k in keys if k["name"] == "details"]
        self.assertEqual(len(new), 1)
        self.assertLines(result, [compact(new[0])])

    def test_api_key_create_jq_syntax_error_creates_nothing(self):
        before = self.emulator.api_key_pages(self.team["id"])
        self.clear_requests()
        self.assertJqSyntaxError(".secret |", "api-key", "create", "--name", "never", "--workspace-id",
                                 self.team["id"])
        self.assertEqual(self.emulator.api_key_pages(self.team["id"]), before)

    def test_api_key_list_jq_and_limit(self):
        for i in range(1, 12):  # and the bootstrap key: 12
            self.remember_secret(self.emulator.create_api_key(f"key-{i:02d}", self.team["id"])["secret"])
        keys = [k for nodes, _ in self.emulator.api_key_pages(self.team["id"], page_size=50) for k in nodes]
        self.clear_requests()
        self.assertEqual(len(keys), 12)
        self.assertLines(self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--jq", ".values[].name"),
                         [k["name"] for k in keys[:10]])
        self.assertSent((h.LIST_API_KEYS, {"workspaceId": self.team["id"], "after": None, "first": 10}))
        self.clear_requests()
        self.assertLines(self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--all",
                                    "--jq", ".values | length"), ["12"])
        self.clear_requests()

        page = self.emulator.api_key_pages(self.team["id"], page_size=11)[0]
        self.clear_requests()
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--limit", "11")
        self.assertDocument(result, {"values": keys[:11], "cursor": page[1]})
        self.assertSent((h.LIST_API_KEYS, {"workspaceId": self.team["id"], "after": None, "first": 11}))
        self.clear_requests()
        result = self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--cursor", page[1])
        self.assertDocument(result, {"values": keys[11:], "cursor": self.emulator.api_key_pages(
            self.team["id"], page_size=12)[0][1]})
        self.clear_requests()
        self.assertLines(self.nitro("api-key", "list", "--workspace-id", self.team["id"], "--limit", "3",
                                    "--jq", "[.values[].name]"), [compact([k["name"] for k in keys[:3]])])


# ----------------------------------------------------------------------------------------------------------------
# pat rotate
# ----------------------------------------------------------------------------------------------------------------

class RotateTests(ScriptingMixin, h.E2ETestCase):
    SEED_TOKENS = 55  # the token to rotate is on the second page of 50

    def setUp(self):
        super().setUp()
        self.old = self.emulator.create_token("rotate me", days=30)
        self.remember_secret(self.old["secret"])
        self.clear_requests()

    # -- helpers --
    def token(self, token_id):
        found = [t for t in self.emulator.all_tokens() if t["id"] == token_id]
        self.clear_requests()
        return found[0] if found else None

    def with_description(self, description):
        found = [t for t in self.emulator.all_tokens() if t["description"] == description]
        self.clear_requests()
        return found

    def assertCreateResult(self, out, description):
        """stdout is `pat create --output json`'s document for a new token with `description`; returns it."""
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["secret", "details"], "rotate result")
        self.assertIsInstance(doc["secret"], str)
        self.remember_secret(doc["secret"])
        self.assertToken(doc["details"], "details")
        self.assertEqual(doc["details"]["description"], description)
        self.assertNotEqual(doc["details"]["id"], self.old["id"])
        self.assertEqual(self.token(doc["details"]["id"]), doc["details"], "the new token as the server lists it")
        self.assertTrue(self.emulator.key_works(doc["secret"]), "the new secret works")
        self.clear_requests()
        return doc

    def assertFindCreateRevoke(self, old_id, revoke=True):
        """The pages of ListPersonalAccessTokenCommandQuery up to the token, then the create, then (if `revoke`)
        the revoke of the old id; returns the create's input."""
        ops = self.operations()
        finds = 0
        while finds < len(ops) and ops[finds] == h.LIST_PATS:
            finds += 1
        self.assertGreaterEqual(finds, 1, f"the token is looked up first: {ops}")
        self.assertEqual(ops[finds:], [h.CREATE, h.REVOKE] if revoke else [h.CREATE], f"operations sent: {ops}")
        reqs = self.requests()
        afters = [self.assertRequest(r, h.LIST_PATS)["variables"]["after"] for r in reqs[:finds]]
        self.assertIsNone(afters[0])
        self.assertEqual(len(set(afters)), len(afters), "each page after the one before")
        sent = self.assertRequest(reqs[finds], h.CREATE)["variables"]["input"]
        self.assertEqual(sorted(sent), ["description", "expiresAt"])
        if revoke:
            self.assertRequest(reqs[finds + 1], h.REVOKE, {"input": {"id": old_id}})
        return sent

    def lifetime(self, token):
        return h.parse_iso(token["expiresAt"]) - h.parse_iso(token["createdAt"])

    # -- success --
    def test_rotate_replaces_the_token(self):
        now = h.utcnow()
        code, out, err = self.nitro("pat", "rotate", self.old["id"], "--force")
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        sent = self.assertFindCreateRevoke(self.old["id"])
        self.assertGreaterEqual(len(self.requests(h.LIST_PATS)), 2, "the token is on the second page")
        self.assertEqual(sent["description"], "rotate me")
        self.assertExpiresAt(sent["expiresAt"], 30, now)
        self.clear_requests()
        doc = self.assertCreateResult(out, "rotate me")
        self.assertLess(abs(self.lifetime(doc["details"]) - self.lifetime(self.old)), DAY, "the lifetime is kept")
        self.assertIsNone(self.token(self.old["id"]), "the old token is revoked")
        self.assertFalse(self.emulator.key_works(self.old["secret"]))
        self.assertEqual(len(self.with_description("rotate me")), 1)

    def test_output_json_force(self):
        code, out, err = self.nitro("pat", "rotate", "--force", "--output", "json", self.old["id"])
        self.assertEqual(code, 0, err)
        self.assertCreateResult(out, "rotate me")
        self.assertIsNone(self.token(self.old["id"]))

    def test_lifetime_in_whole_days_rounded(self):
        # Created now, expiring in 7 days and 20 hours: 8 days when rounded.
        old = self.emulator.admin_token(description="odd lifetime",
                                        expires_at=h.iso_utc(h.utcnow() + h.timedelta(days=7, hours=20)))
        self.remember_secret(old["secret"])
        now = h.utcnow()
        code, out, err = self.nitro("pat", "rotate", old["id"], "--force")
        self.assertEqual(code, 0, err)
        sent = self.assertFindCreateRevoke(old["id"])
        self.assertExpiresAt(sent["expiresAt"], 8, now)
        self.clear_requests()
        doc = self.assertCreateResult(out, "odd lifetime")
        self.assertLess(abs(self.lifetime(doc["details"]) - self.lifetime(old)), DAY)

    def test_expires_overrides_the_lifetime(self):
        now = h.utcnow()
        code, out, err = self.nitro("pat", "rotate", self.old["id"], "--force", "--expires", "7")
        self.assertEqual(code, 0, err)
        sent = self.assertFindCreateRevoke(self.old["id"])
        self.assertExpiresAt(sent["expiresAt"], 7, now)
        self.clear_requests()
        doc = self.assertCreateResult(out, "rotate me")
        self.assertLess(abs(self.lifetime(doc["details"]) - h.timedelta(days=7)), h.timedelta(minutes=5))
        self.assertIsNone(self.token(self.old["id"]))

    def test_jq_secret(self):
        code, out, err = self.nitro("pat", "rotate", self.old["id"], "--force", "--jq", ".secret",
                                    check_secrets=False)
        self.assertEqual((code, err), (0, ""), out)
        self.assertRegex(out, r"^[^\s\"]+\n$", "the raw secret and one newline")
        secret = self.remember_secret(out[:-1])
        self.assertFindCreateRevoke(self.old["id"])
        self.clear_requests()
        self.assertTrue(self.emulator.key_works(secret))
        self.assertFalse(self.emulator.key_works(self.old["secret"]))

    def test_jq_syntax_error_sends_nothing(self):
        self.assertJqSyntaxError(".secret |", "pat", "rotate", self.old["id"], "--force")
        self.assertTrue(self.emulator.key_works(self.old["secret"]))

    # -- refusals --
    def test_unknown_id(self):
        unknown = self.unknown_token_id()
        self.clear_requests()
        code, out, err = self.nitro("pat", "rotate", unknown, "--force")
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertEqual(err.splitlines()[0], ROTATE_NOT_FOUND.format(id=unknown))
        self.assertOneError(err)
        ops = self.operations()
        self.assertTrue(ops and set(ops) == {h.LIST_PATS}, f"only the lookup, no create, no revoke: {ops}")
        self.assertEqual(len(self.with_description("rotate me")), 1)

    def test_another_users_token_is_not_found(self):
        theirs = self.emulator.create_token("not yours", key=self.other_pat)
        self.remember_secret(theirs["secret"])
        self.clear_requests()
        code, out, err = self.nitro("pat", "rotate", theirs["id"], "--force")
        self.assertEqual((code, out), (h.EXIT_FAILED, ""), err)
        self.assertEqual(err.splitlines()[0], ROTATE_NOT_FOUND.format(id=theirs["id"]))
        self.assertEqual(set(self.operations()), {h.LIST_PATS})
        self.assertTrue(self.emulator.key_works(theirs["secret"]))

    def test_without_a_terminal_force_is_required(self):
        for extra in ([], ["--output", "json"], ["--jq", ".secret"]):
            with self.subTest(args=extra):
                self.clear_requests()
                code, out, err = self.nitro("pat", "rotate", self.old["id"], *extra)
                self.assertEqual(code, h.EXIT_USAGE, err)
                self.assertEqual(out, "")
                self.assertIn("--force", err)
                self.assertTrue(err.startswith("error: "), err)
                self.assertNothingSent()
        self.assertTrue(self.emulator.key_works(self.old["secret"]))

    def test_usage_errors(self):
        for args in (["--force"], [self.old["id"], "--force", "--expires", "0"],
                     [self.old["id"], "--force", "--expires", "abc"], [self.old["id"], "--force", "--all"]):
            with self.subTest(args=args):
                self.clear_requests()
                code, out, err = self.nitro("pat", "rotate", *args)
                self.assertEqual(code, h.EXIT_USAGE, err)
                self.assertEqual(out, "")
                self.assertNothingSent()

    # -- a terminal --
    def test_terminal_answer_n(self):
        child = self.spawn("pat", "rotate", self.old["id"])
        self.expect_exact(child, ROTATE_CONFIRM.format(id=self.old["id"], description=self.old["description"]))
        self.assertNotIn(h.CREATE, self.operations())
        child.sendline("n")
        code, text = self.finish(child)
        self.assertEqual(code, h.EXIT_FAILED, text)
        self.assertIn(ROTATE_DECLINED, text)
        ops = self.operations()
        self.assertNotIn(h.CREATE, ops)
        self.assertNotIn(h.REVOKE, ops)
        self.assertTrue(self.emulator.key_works(self.old["secret"]))
        self.assertEqual(len(self.with_description("rotate me")), 1, "nothing created")

    def test_terminal_answer_y(self):
        child = self.spawn("pat", "rotate", self.old["id"])
        self.expect_exact(child, ROTATE_CONFIRM.format(id=self.old["id"], description=self.old["description"]))
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertFindCreateRevoke(self.old["id"])
        self.clear_requests()
        new = self.with_description("rotate me")
        self.assertEqual(len(new), 1)
        self.assertNotEqual(new[0]["id"], self.old["id"])
        secrets = re.findall(r"nitro_pat_\w+", text)
        self.assertTrue(secrets, f"the new secret is shown:\n{text}")
        self.assertTrue(self.emulator.key_works(secrets[-1]))
        self.assertFalse(self.emulator.key_works(self.old["secret"]))

    def test_terminal_force_does_not_ask(self):
        child = self.spawn("pat", "rotate", self.old["id"], "--force")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("Do you really want", text)
        self.assertFindCreateRevoke(self.old["id"])

    # -- failures --
    def test_create_fails_nothing_revoked(self):
        for mode, params in (("payload_error", {"type": "UnauthorizedOperation"}), ("http_status", {"status": 500}),
                             ("payload_error", {"type": "ValidationError"})):
            with self.subTest(mode=mode, **params):
                self.clear_requests()
                self.fault(mode, operation=h.CREATE, count=1, **params)
                code, out, err = self.nitro("pat", "rotate", self.old["id"], "--force")
                self.clear_faults()
                refused = params.get("type") == "UnauthorizedOperation"  # the credentials were refused: exit 4
                self.assertEqual((code, out), (4 if refused else h.EXIT_FAILED, ""), err)
                self.assertOneError(err)
                self.assertEqual(self.requests(h.REVOKE), [], "no revoke after a failed create")
                self.assertEqual(len(self.requests(h.CREATE)), 1, "the create is sent once")
                self.assertTrue(self.emulator.key_works(self.old["secret"]), "the old token still works")
                self.clear_requests()
                self.assertEqual(len(self.with_description("rotate me")), 1)

    def revoke_fails(self, mode, **params):
        self.fault(mode, operation=h.REVOKE, count=1, **params)
        code, out, err = self.nitro("pat", "rotate", self.old["id"], "--force")
        refused = params.get("type") == "UnauthorizedOperation"  # the credentials were refused: exit 4
        self.assertEqual(code, 4 if refused else h.EXIT_FAILED, f"stdout={out!r} stderr={err!r}")
        self.assertFindCreateRevoke(self.old["id"])
        self.assertEqual(len(self.requests(h.REVOKE)), 1, "the revoke is sent once")
        self.clear_requests()
        doc = self.assertCreateResult(out, "rotate me")
        self.assertOneError(err)
        hints = [l for l in err.splitlines() if not l.startswith("error: ")]
        self.assertTrue(any(self.old["id"] in l for l in hints), f"a hint names the old id:\n{err}")
        return doc, err

    def test_revoke_fails_new_secret_still_printed(self):
        self.revoke_fails("payload_error", type="UnauthorizedOperation")
        self.assertTrue(self.emulator.key_works(self.old["secret"]), "the old token was not revoked")

    def test_revoke_http_error_new_secret_still_printed(self):
        self.revoke_fails("http_status", status=500)
        self.assertTrue(self.emulator.key_works(self.old["secret"]))

    def interrupt_during(self, operation, delay_ms=1500):
        """`pat rotate OLD --force` with `operation` slowed down by the emulator, interrupted (SIGINT) while that
        request is in flight; waits until the slow request has run on the server. Returns (code, stdout,
        stderr)."""
        self.fault("slow", operation=operation, count=1, delayMs=delay_ms)
        env = h.make_env(self.auth_env())
        proc = subprocess.Popen([str(h.NITRO_BIN), "pat", "rotate", self.old["id"], "--force"], env=env,
                                cwd=h.scratch_dir(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        arrived = wait_for(lambda: self.requests(operation))
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            self.fail(f"nitro did not end after SIGINT: {err!r}")
        self.assertTrue(arrived, f"the {operation} request arrived")
        ops = self.operations()
        # Let the slow request finish on the server before anything else happens.
        time.sleep(delay_ms / 1000 * h.TIME_FACTOR + 0.3)
        self.clear_requests()
        self.requests_before_interrupt = ops
        return proc.returncode, out.decode(), err.decode()

    def test_interrupt_while_the_revoke_is_in_flight(self):
        code, out, err = self.interrupt_during(h.REVOKE)
        self.assertEqual(code, h.EXIT_INTERRUPTED, f"stdout={out!r} stderr={err!r}")
        self.assertIn("Interrupted.", err.splitlines(), err)
        self.assertNoSecrets(err, "stderr")
        doc = self.assertCreateResult(out, "rotate me")
        self.assertNotEqual(doc["details"]["id"], self.old["id"])
        self.assertIn(self.old["id"], err, "stderr names the old token")

    def test_interrupt_while_the_create_is_in_flight_revokes_nothing(self):
        code, out, err = self.interrupt_during(h.CREATE)
        self.assertEqual(code, h.EXIT_INTERRUPTED, f"stdout={out!r} stderr={err!r}")
        self.assertIn("Interrupted.", err.splitlines(), err)
        self.assertEqual(out, "")
        self.assertNotIn(h.REVOKE, self.requests_before_interrupt)
        self.assertTrue(self.emulator.key_works(self.old["secret"]), "the old token was not revoked")
