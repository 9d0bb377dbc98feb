"""The interactive table in real terminals, asserted on the screen a person sees.

Each test runs nitro in a tmux window of a given size (tmux is a real terminal emulator: it wraps long lines,
measures wide characters and keeps the alternate screen apart) and reads the screen with `capture-pane`. After
every keypress the screen must hold exactly one table, no line may reach past the right edge or wrap, and after
q the page last shown is printed plain below the shell's screen (as gh does), once, without footer or marker. The raw bytes nitro writes (no escape sequence under TERM=dumb, only ASCII
under LANG=C) are read through pexpect, which sees them before any terminal interprets them.
"""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
import unicodedata

try:
    from . import harness as h
except ImportError:  # run from inside tests/e2e
    import harness as h

TITLE = "PersonalAccessTokens"
FOOTER_RE = re.compile(r"Page \d+")
# Descriptions a person may type: CJK (two columns each), emoji (two columns), combining accents (none).
WIDE = "日本語の説明とても長い説明文です"
EMOJI = "🚀 deploy key 😀 for the release train"
COMBINING = "Cafe\u0301 re\u0301sume\u0301 nai\u0308ve cle\u0301"
POLL = 0.05


def columns_of(text):
    """Screen columns of `text` as a terminal counts them (East Asian wide = 2, combining = 0)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


class Tmux:
    """One tmux server (its own socket) with one window running `argv` under bash; after nitro ends, bash
    writes its exit status and `stty -a` to files and waits, so the screen stays as nitro left it."""

    def __init__(self, test, args, env, columns, rows):
        self.test = test
        self.dir = tempfile.mkdtemp(prefix="nitro-tmux-")
        test.addCleanup(shutil.rmtree, self.dir, True)
        self.socket = os.path.join(self.dir, "socket")
        self.rc_file = os.path.join(self.dir, "rc")
        self.stty_file = os.path.join(self.dir, "stty")
        conf = os.path.join(self.dir, "tmux.conf")
        with open(conf, "w") as f:
            f.write("set -g status off\nset -g history-limit 0\nset -g escape-time 0\n")
        child_env = h.make_env(env)
        if "TERM" not in (env or {}):
            child_env["TERM"] = "screen"
        assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in child_env.items() if v is not None)
        nitro = " ".join(shlex.quote(str(a)) for a in [h.NITRO_BIN, *args])
        script = (f"env -i {assignments} {nitro}; echo $? > {shlex.quote(self.rc_file)}; "
                  f"stty -a > {shlex.quote(self.stty_file)}; exec sleep 120")
        # tmux itself in a UTF-8 locale, so that it measures characters as nitro does.
        self.tmux_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                         "HOME": self.dir, "TERM": "xterm", "TMUX_TMPDIR": self.dir}
        self.tmux("-f", conf, "new-session", "-d", "-x", str(columns), "-y", str(rows), "-s", "t",
                  "bash", "--norc", "--noprofile", "-c", script)
        test.addCleanup(self.close)

    def tmux(self, *args):
        result = subprocess.run(["tmux", "-u", "-S", self.socket, *args], env=self.tmux_env, capture_output=True,
                                text=True, timeout=10)
        if result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr}")
        return result.stdout

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], env=self.tmux_env, capture_output=True,
                       timeout=10)

    def screen(self):
        """The window's rows, trailing blanks removed."""
        return self.tmux("capture-pane", "-p", "-t", "t").rstrip("\n").split("\n")

    def joined(self):
        """The rows with wrapped lines joined: fewer than screen() when a line wrapped."""
        _, rows = self.size()
        text = self.tmux("capture-pane", "-p", "-J", "-S", "0", "-E", str(rows - 1), "-t", "t")
        return text.rstrip("\n").split("\n")

    def size(self):
        w, rows = self.tmux("display-message", "-p", "-t", "t", "#{pane_width} #{pane_height}").split()
        return int(w), int(rows)

    def keys(self, *keys, literal=False):
        self.tmux("send-keys", "-t", "t", *(["-l"] if literal else []), *keys)

    def resize(self, columns, rows):
        self.tmux("resize-window", "-t", "t", "-x", str(columns), "-y", str(rows))

    def wait(self, predicate, what, timeout=10.0):
        """Polls the screen until predicate(lines) holds on two captures in a row (a redraw in progress is
        not taken for its result); fails with the last screen otherwise."""
        deadline = time.monotonic() + timeout * h.TIME_FACTOR
        lines, previous = [], None
        while time.monotonic() < deadline:
            lines = self.screen()
            if lines == previous and predicate(lines):
                return lines
            previous = lines
            time.sleep(POLL * 2)
        self.test.fail(f"timed out waiting for {what}\n--- screen ---\n" + "\n".join(lines))

    def exit_code(self, timeout=10.0):
        deadline = time.monotonic() + timeout * h.TIME_FACTOR
        while time.monotonic() < deadline:
            if os.path.exists(self.rc_file):
                with open(self.rc_file) as f:
                    text = f.read().strip()
                if text:
                    return int(text)
            time.sleep(POLL)
        self.test.fail("nitro did not end\n--- screen ---\n" + "\n".join(self.screen()))

    def stty(self):
        deadline = time.monotonic() + 5 * h.TIME_FACTOR
        while time.monotonic() < deadline:
            if os.path.exists(self.stty_file) and os.path.getsize(self.stty_file):
                time.sleep(POLL)
                with open(self.stty_file) as f:
                    return f.read()
            time.sleep(POLL)
        self.test.fail("stty -a did not run after nitro")


def one_table(lines):
    """True when the screen holds exactly one table (title, header and footer once each)."""
    return (sum(TITLE in line for line in lines) == 1
            and sum(line.startswith("  Id") for line in lines) == 1
            and sum(bool(FOOTER_RE.search(line)) for line in lines) == 1)


class TerminalCase(h.E2ETestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not shutil.which("tmux"):
            raise AssertionError("tmux is needed for the terminal tests (scripts/common.sh installs it)")

    def setUp(self):
        super().setUp()
        # Descriptions that differ in their first two characters, so a clipped row still says which it is.
        descriptions = [WIDE, EMOJI, COMBINING] + [f"t{i:02d} plain-token-with-a-long-description" for i in range(9)]
        self.tokens = [self.emulator.create_token(d) for d in descriptions]
        for t in self.tokens:
            self.remember_secret(t["secret"])
        self.pages = self.emulator.list_tokens(page_size=10)
        self.assertGreaterEqual(len(self.pages), 2)
        self.clear_requests()

    def open(self, columns, rows, env=None, args=("pat", "list")):
        full = self.auth_env()
        full.update(env or {})
        term = Tmux(self, args, full, columns, rows)
        lines = term.wait(one_table, "the table")
        self.assertScreen(term, lines)
        return term

    def assertScreen(self, term, lines, tables=1):
        """One table; no line past the right edge and none wrapped."""
        columns, rows = term.size()
        screen = "\n".join(lines)
        if tables == 1:
            self.assertTrue(one_table(lines), f"exactly one table on the screen:\n{screen}")
        self.assertLessEqual(len(lines), rows, screen)
        for line in lines:
            self.assertLessEqual(columns_of(line), columns, f"a line past the right edge ({columns}):\n{screen}")
        # tmux answers size and joined captures from its own state, which a resize just made may not have reached
        # yet: wait for them to agree with the screen; a line that really wrapped keeps them apart to the end.
        h.wait_for(lambda: len(term.joined()) == len(term.screen()))
        self.assertEqual(len(term.joined()), len(term.screen()), f"no line wrapped:\n{screen}")

    def press(self, term, *keys, until=one_table, what="one table after the key"):
        """Sends keys, waits for the screen to settle on a state `until` accepts, and checks it."""
        before = term.screen()
        term.keys(*keys)
        deadline = time.monotonic() + 5 * h.TIME_FACTOR
        lines = before
        while time.monotonic() < deadline:  # the redraw lands, then the screen is read again
            time.sleep(0.1)
            lines = term.screen()
            if lines != before and until(lines):
                break
        lines = term.wait(until, what)
        self.assertScreen(term, lines)
        return lines

    def assertShows(self, token, text, what=""):
        """The token's row is in `text` (its description's first two characters, clipped or not)."""
        key = unicodedata.normalize("NFC", token["description"])[:2]
        self.assertIn(key, unicodedata.normalize("NFC", text), what)

    def selected(self, lines):
        """The selected row; with its second line when the rows wrap (ids whole, the other cells below)."""
        rows = [i for i, line in enumerate(lines) if line.startswith("> ")]
        self.assertEqual(len(rows), 1, "one selected row:\n" + "\n".join(lines))
        i = rows[0]
        wrapped = i + 1 < len(lines) and lines[i + 1].startswith("    ")
        return lines[i] + ("\n" + lines[i + 1] if wrapped else "")

    def quit_clean(self, term, key="q", code=0):
        """After q or Esc the table stays readable: the page last shown, printed plain once (no footer, no
        selection marker, nothing past the edge), the alternate screen gone."""
        term.keys(key)
        self.assertEqual(term.exit_code(), code)
        lines = term.screen()
        screen = "\n".join(lines)
        # Once (a window shorter than the page keeps its end: the title may have scrolled away).
        self.assertLessEqual(sum(TITLE in line for line in lines), 1, f"the page once after {key!r}:\n{screen}")
        self.assertLessEqual(sum(line.startswith("  Id") for line in lines), 1, screen)
        self.assertTrue(any("UGVyc29uYWxBY2Nlc3NUb2tlbj" in line for line in lines), f"its rows:\n{screen}")
        self.assertFalse(any(FOOTER_RE.search(line) for line in lines), f"no footer after {key!r}:\n{screen}")
        self.assertFalse(any(line.startswith("> ") for line in lines), f"no selection after {key!r}:\n{screen}")
        columns, _ = term.size()
        for line in lines:
            self.assertLess(columns_of(line), columns, f"printed lines stop short of the edge:\n{screen}")
        return lines


class WindowSizeTests(TerminalCase):

    def test_120x40_whole_page_in_full(self):
        term = self.open(120, 40)
        lines = term.screen()
        screen = "\n".join(lines)
        for token in self.pages[0][0]:
            self.assertIn(token["id"], screen)
        # Wide, emoji and combining descriptions are shown whole, their columns aligned by screen width.
        for text in (WIDE, EMOJI, unicodedata.normalize("NFC", COMBINING)):
            row = next((line for line in lines if unicodedata.normalize("NFC", line).find(
                unicodedata.normalize("NFC", text)) >= 0), None)
            self.assertIsNotNone(row, f"{text!r} shown whole:\n{screen}")
        expires = {columns_of(line[:m.start()]) for line in lines for m in [re.search(r"\d+ days", line)] if m}
        self.assertEqual(len({e for e in expires}), 1, f"the last column starts at one screen column:\n{screen}")
        self.assertIn("q quit", screen)
        for key in ("Down", "Down", "n", "p", "Down", "Down", "Up"):
            self.press(term, key)
        self.assertShows(self.pages[0][0][1], self.selected(term.screen()))
        self.quit_clean(term)

    def test_40x20_ids_whole_rows_wrapped_cells_clipped(self):
        term = self.open(40, 20)
        lines = term.screen()
        screen = "\n".join(lines)
        self.assertIn("…", screen, f"clipped cells end in an ellipsis:\n{screen}")
        self.assertTrue(all(columns_of(line) <= 40 for line in lines))
        # An id is never cut (it could not be copied): too narrow for ids and descriptions side by side, each
        # row wraps, its id whole on one line, the other cells indented below.
        self.assertEqual(lines[1].strip(), "Id", screen)
        self.assertTrue(lines[2].startswith("    Description"), screen)
        ids = [line[2:].strip() for line in lines[3:] if line[:2] in ("  ", "> ") and not line.startswith("    ")]
        shown = [token["id"] for token in self.pages[0][0] if token["id"] in ids]
        self.assertGreaterEqual(len(shown), 5, f"whole ids:\n{screen}")
        self.assertEqual(ids[:len(shown)], shown, screen)
        self.assertShows(self.pages[0][0][0], self.selected(lines), "the description below its id")
        for key in ("Down", "j", "n", "Down", "p", "Down", "k"):
            self.press(term, key)
        self.quit_clean(term)

    def test_80x8_scrolls_a_window_of_rows(self):
        term = self.open(80, 8)
        page = self.pages[0][0]
        for i in range(1, len(page)):
            lines = self.press(term, "Down")
            self.assertLessEqual(len(lines), 8)
            self.assertShows(page[i], self.selected(lines), "the selection is always on the screen")
        for i in range(len(page) - 2, -1, -1):
            lines = self.press(term, "Up")
            self.assertShows(page[i], self.selected(lines))
        self.press(term, "n")
        self.press(term, "p")
        self.quit_clean(term)

    def test_resize_in_the_middle_redraws_at_once(self):
        term = self.open(120, 40)
        self.press(term, "Down")
        for columns, rows in ((40, 12), (30, 6), (100, 30)):
            term.resize(columns, rows)
            # The terminal rewraps the old screen at once and nitro redraws just after: wait for the redraw
            # (no wrapped line left), however slow a loaded machine makes it.
            lines = term.wait(lambda ls, c=columns: one_table(ls) and all(columns_of(x) <= c for x in ls)
                              and len(ls) <= rows and len(term.joined()) == len(ls),
                              f"the table redrawn for {columns}x{rows} without a key")
            self.assertScreen(term, lines)
            self.assertShows(self.pages[0][0][1], self.selected(lines), "the selection is kept")
        self.press(term, "Down")
        self.quit_clean(term)

    def test_escape_quits_and_leaves_the_page_readable(self):
        term = self.open(40, 20)
        self.press(term, "n")
        self.quit_clean(term, key="Escape")


class DegradedTerminalTests(TerminalCase):

    def test_term_dumb_plain_rendering(self):
        term = self.open(40, 40, env={"TERM": "dumb"})  # two plain pages of wrapped rows, one below the other
        term.keys("n")
        lines = term.wait(lambda ls: sum(TITLE in x for x in ls) == 2, "page 2 printed below page 1")
        self.assertScreen(term, lines, tables=2)
        self.assertShows(self.pages[1][0][0], "\n".join(lines[len(lines) // 2:]))
        term.keys("q")
        self.assertEqual(term.exit_code(), 0)
        # The bytes themselves: not one escape sequence, every line short of the edge.
        child = self.spawn("pat", "list", env={"TERM": "dumb"}, dimensions=(20, 40))
        self.expect(child, r"q quit")
        self.press_pexpect(child, "j")
        self.expect_exact(child, "> ")
        self.press_pexpect(child, "q")
        code, _ = self.finish(child)
        self.assertEqual(code, 0)
        raw = "".join(child.transcript)
        self.assertNotIn("\x1b", raw, "TERM=dumb gets no cursor movement or colour")
        for line in raw.replace("\r", "").split("\n"):
            self.assertLess(columns_of(line), 40, f"plain lines stop short of the edge: {line!r}")

    def test_term_unset_plain_rendering(self):
        child = self.spawn_program("env", "-u", "TERM", h.NITRO_BIN, "pat", "list", env={"NO_COLOR": None},
                                   dimensions=(20, 60))
        self.expect(child, r"q quit")
        self.press_pexpect(child, "q")
        code, _ = self.finish(child)
        self.assertEqual(code, 0)
        self.assertNotIn("\x1b", "".join(child.transcript))

    def test_lang_c_ascii_table(self):
        env = {"LANG": "C", "LC_ALL": "C"}
        term = self.open(40, 20, env=env)
        lines = term.screen()
        screen = "\n".join(lines)
        self.assertTrue(all(ord(ch) < 128 for ch in screen), f"ASCII only under LANG=C:\n{screen}")
        self.assertIn("^/v", screen)
        self.assertNotIn("↑", screen)
        self.assertIn("...", screen, "clipped cells end in ...")
        for key in ("Down", "n", "p"):
            lines = self.press(term, key)
            self.assertTrue(all(ord(ch) < 128 for ch in "\n".join(lines)))
        self.quit_clean(term)
        # The bytes: nothing above 0x7f at all (the CJK, emoji and accents are shown as '?').
        child = self.spawn("pat", "list", env=env, dimensions=(40, 120))
        self.expect(child, r"q quit")
        self.press_pexpect(child, "q")
        self.finish(child)
        raw = "".join(child.transcript)
        self.assertTrue(all(ord(ch) < 128 for ch in raw), repr([ch for ch in raw if ord(ch) >= 128][:10]))

    def test_lang_c_ok_and_spinner(self):
        env = {"LANG": "C", "LC_ALL": "C"}
        child = self.spawn("pat", "create", "--description", "ascii", env=env)
        self.expect(child, r"ok Created personal access token 'ascii'\.")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)
        self.assertNotIn("✓", text)
        self.fault("slow", delayMs=1500, count=1)
        child = self.spawn("pat", "create", "--description", "slow", env=env)
        code, _ = self.finish(child)
        raw = "".join(child.transcript)
        self.assertEqual(code, 0, raw)
        self.assertRegex(raw, r"\r[-\\|/] ", "an ASCII spinner")
        self.assertTrue(all(ord(ch) < 128 for ch in raw), "no braille under LANG=C")
        # A UTF-8 locale keeps the symbols.
        child = self.spawn("pat", "create", "--description", "utf8")
        self.expect_exact(child, "✓ Created personal access token 'utf8'.")
        code, text = self.finish(child)
        self.assertEqual(code, 0, text)


    def press_pexpect(self, child, keys):
        time.sleep(0.1)
        child.send(keys)


class InterruptAndFailureTests(TerminalCase):

    def test_ctrl_c_in_the_table(self):
        term = self.open(40, 20)
        self.press(term, "Down")
        term.keys("C-c")
        self.assertEqual(term.exit_code(), 130)
        lines = term.wait(lambda ls: any("Interrupted." in x for x in ls), "Interrupted. on the screen")
        screen = "\n".join(lines)
        self.assertNotIn(TITLE, screen, f"the table is gone:\n{screen}")
        stty = term.stty()
        self.assertRegex(stty, r"(?<![-\w])icanon\b", "the terminal is restored")
        self.assertRegex(stty, r"(?<![-\w])echo\b", "the terminal is restored")

    def test_failed_page_shows_its_error_and_retries(self):
        term = self.open(60, 20)
        self.fault("http_status", status=500, count=1)
        lines = self.press(term, "n", until=lambda ls: one_table(ls) and any("error" in x for x in ls),
                           what="the failed page's error under the table")
        screen = "\n".join(lines)
        self.assertIn("r retry", screen)
        self.assertShows(self.pages[0][0][0], screen, "page 1 stays on the screen")
        error_row = next(i for i, x in enumerate(lines) if "error" in x)
        table_end = next(i for i, x in enumerate(lines) if FOOTER_RE.search(x))
        self.assertGreater(error_row, table_end, f"the error is under the table:\n{screen}")
        self.assertFalse(os.path.exists(term.rc_file), "the table is still open")
        lines = self.press(term, "r", until=lambda ls: one_table(ls) and "Page 2" in "\n".join(ls),
                           what="page 2 after r")
        self.assertShows(self.pages[1][0][0], "\n".join(lines))
        self.assertFalse(any("error" in x for x in lines), "the report is gone once the page loaded")
        self.assertEqual(len(self.requests(h.LIST_PATS)), 3)
        self.quit_clean(term)

    def test_failed_page_then_back(self):
        term = self.open(60, 20)
        self.fault("http_status", status=500, count=1)
        self.press(term, "n", until=lambda ls: one_table(ls) and any("error" in x for x in ls),
                   what="the failed page's error")
        lines = self.press(term, "p", until=lambda ls: one_table(ls) and not any("error" in x for x in ls),
                           what="the report cleared by a key")
        self.assertShows(self.pages[0][0][0], "\n".join(lines))
        term.keys("Enter")
        self.assertEqual(term.exit_code(), 0)
        screen = "\n".join(term.wait(lambda ls: '"id"' in "\n".join(ls), "the selected token as JSON"))
        self.assertIn(self.pages[0][0][0]["id"], screen)
        self.assertNotIn(TITLE, screen)
