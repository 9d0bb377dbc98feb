"""Every example of the user documentation (tests/docs/fixtures/pat-command.txt), run verbatim through `bash -c`
against the emulator, with the binary first on PATH as `nitro`, NITRO_CLOUD_URL and NITRO_API_KEY set.

Placeholders: `<description>` is kept literally (it is a valid description). The two synopses whose placeholder
cannot be a valid value (`--expires "<days>"`, `revoke "<pat-id>"`) are run both literally (they must fail
cleanly as usage / not-found errors) and with the placeholder replaced by a real value."""

import os
import re
import shutil

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

# The code blocks of the document, verbatim (line breaks included).
SYNOPSIS_CREATE = 'nitro pat create \\\n--description "<description>" \\\n--expires "<days>"'
CREATE_DEFAULT = 'nitro pat create --description "<description>"'
CREATE_SHORT = 'nitro pat create --description "<description>" --expires "30"'
CAPTURE_SECRET = ('SECRET=$(nitro pat create \\\n--description "<description>" \\\n'
                  "--output json | jq -r '.secret')")
USE_SECRET = 'nitro workspace list --api-key "$SECRET"'
LIST = "nitro pat list"
REVOKE = 'nitro pat revoke "<pat-id>"'
HEADINGS = {"nitro pat create", "nitro pat list", "nitro pat revoke"}
KNOWN_BLOCKS = {SYNOPSIS_CREATE, CREATE_DEFAULT, CREATE_SHORT, CAPTURE_SECRET, USE_SECRET, LIST, REVOKE} | HEADINGS


def seed_doc():
    for path in h.SEED_DOC_CANDIDATES:
        if path.is_file():
            return path
    return None


def code_blocks(text):
    """Paragraphs (separated by blank lines) that are shell commands."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return [b for b in blocks if re.match(r"^(nitro\s|[A-Z_]+=\$\(nitro\s)", b)]


class SeedExampleTests(h.E2ETestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A directory holding `nitro` -> the binary under test, put first on PATH.
        cls.bin_dir = None
        if h.NITRO_BIN.exists():
            if h.NITRO_BIN.name == "nitro":
                cls.bin_dir = str(h.NITRO_BIN.parent)
            else:
                cls.bin_dir = os.path.join(h.scratch_dir(), "seed-bin")
                os.makedirs(cls.bin_dir, exist_ok=True)
                link = os.path.join(cls.bin_dir, "nitro")
                if not os.path.lexists(link):
                    os.symlink(h.NITRO_BIN, link)

    def setUp(self):
        super().setUp()
        self.path = self.bin_dir + os.pathsep + os.environ.get("PATH", "")
        if not shutil.which("jq", path=self.path):
            self.fail("jq is required by the documented examples but is not on PATH (apt-get install jq)")
        self.assertEqual(os.path.realpath(shutil.which("nitro", path=self.path)), os.path.realpath(h.NITRO_BIN),
                         "`nitro` on PATH must be the binary under test")

    def sh(self, script, **env):
        full = self.auth_env(PATH=self.path)
        full.update(env)
        code, out, err = h.run_shell(script, env=full)
        self.assertNoSecrets(err, f"stderr of {script!r}")
        return code, out, err

    def create_ok(self, script, days, description="<description>"):
        now = h.utcnow()
        code, out, err = self.sh(script)
        self.assertEqual(code, 0, f"{script!r}: stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["secret", "details"])
        self.remember_secret(doc["secret"])
        self.assertNoSecrets(err)
        self.assertEqual(doc["details"]["description"], description)
        reqs = self.requests()
        self.assertEqual(len(reqs), 1)
        body = self.assertRequest(reqs[0], h.CREATE)
        self.assertEqual(body["variables"]["input"]["description"], description)
        self.assertExpiresAt(body["variables"]["input"]["expiresAt"], days, now)
        return doc

    # -- the document itself --
    def test_document_has_exactly_these_examples(self):
        path = seed_doc()
        self.assertIsNotNone(path, f"the seed document is missing (looked at {h.SEED_DOC_CANDIDATES})")
        text = path.read_text(encoding="utf-8")
        blocks = code_blocks(text)
        for block in blocks:
            self.assertIn(block, KNOWN_BLOCKS, "a new example in the documentation: add it to this test")
        for block in KNOWN_BLOCKS - HEADINGS:
            self.assertIn(block, blocks, "an example of this test is no longer in the documentation")

    # -- the examples --
    def test_create_with_default_expiration(self):
        self.create_ok(CREATE_DEFAULT, 180)

    def test_create_short_lived(self):
        self.create_ok(CREATE_SHORT, 30)

    def test_synopsis_with_days_filled_in(self):
        self.create_ok(SYNOPSIS_CREATE.replace("<days>", "30"), 30)

    def test_synopsis_literal_placeholder_is_a_usage_error(self):
        code, out, err = self.sh(SYNOPSIS_CREATE)
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "")
        self.assertIn("--expires", err)
        self.assertNothingSent()

    def test_capture_secret_then_use_it(self):
        secret_file = os.path.join(h.scratch_dir(), "captured-secret")
        script = CAPTURE_SECRET + '\nprintf "%s" "$SECRET" > "$E2E_SECRET_FILE"\n' + USE_SECRET + "\n"
        code, out, err = self.sh(script, E2E_SECRET_FILE=secret_file)
        with open(secret_file) as f:
            secret = f.read()
        self.assertTrue(secret and secret != "null", f"SECRET was not captured: {secret!r}; stderr={err!r}")
        self.remember_secret(secret)
        self.assertNoSecrets(err)
        self.assertEqual(code, 0, f"stdout={out!r} stderr={err!r}")
        doc = self.assertJsonDocument(out)
        self.assertIn("Team Nitro", [v["name"] for v in doc["values"]])
        reqs = self.requests()
        self.assertEqual([r["operationName"] for r in reqs], [h.CREATE, h.LIST_WORKSPACES])
        self.assertRequest(reqs[0], h.CREATE, key=self.pat)
        self.assertRequest(reqs[1], h.LIST_WORKSPACES, {"after": None, "first": 10}, key=secret)
        self.assertTrue(self.emulator.key_works(secret))

    def test_list(self):
        self.make_tokens(3, prefix="seed")
        code, out, err = self.sh(LIST)
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertKeys(doc, ["values", "cursor"])
        first_page = self.emulator.list_tokens(page_size=10)[0]
        self.assertEqual(doc["values"], first_page[0])
        self.assertEqual(doc["cursor"], first_page[1])
        self.assertRequest(self.requests()[0], h.LIST_PATS, {"after": None, "first": 10})

    def test_revoke_with_an_id_needs_force_when_not_interactive(self):
        token = self.emulator.create_token("seed revoke")
        self.remember_secret(token["secret"])
        self.clear_requests()
        code, out, err = self.sh(REVOKE.replace("<pat-id>", token["id"]))
        self.assertEqual(code, 2, err)
        self.assertIn("--force", err)
        self.assertNothingSent()
        code, out, err = self.sh(REVOKE.replace("<pat-id>", token["id"]) + " --force")
        self.assertEqual(code, 0, err)
        doc = self.assertJsonDocument(out)
        self.assertEqual(doc["id"], token["id"])
        self.assertFalse(self.emulator.key_works(token["secret"]))

    def test_revoke_in_a_terminal_confirms(self):
        token = self.emulator.create_token("seed revoke tty")
        self.remember_secret(token["secret"])
        self.clear_requests()
        child = self.spawn_program("bash", "-c", REVOKE.replace("<pat-id>", token["id"]),
                                   env={"PATH": self.path})
        self.expect_exact(child, f"Do you really want to delete PAT 'seed revoke tty' with ID {token['id']}")
        child.sendline("y")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertEqual(len(self.requests(h.REVOKE)), 1)
        self.assertFalse(self.emulator.key_works(token["secret"]))

    def test_revoke_literal_placeholder_is_not_found(self):
        code, out, err = self.sh(REVOKE + " --force")
        self.assertEqual(code, 1, err)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("error: "), err)
        self.assertEqual(len(self.requests(h.REVOKE)), 1)
