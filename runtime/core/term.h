/* The terminal: interactivity, prompts, raw keys, colour and interruption. */
#ifndef NITRO_TERM_H
#define NITRO_TERM_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>

#include "args.h"

/* Set by SIGINT/SIGTERM; long operations poll it and end with exit 130. */
extern volatile sig_atomic_t nitro_interrupted;
/* Set around work that cannot look at nitro_interrupted (libjq running a
 * filter, which has no cancellation: `def f: f; f` never returns): there the
 * first signal ends the run at once, "Interrupted." on stderr, exit 130. */
extern volatile sig_atomic_t nitro_signal_ends_at_once;

/* Installs SIGINT/SIGTERM handlers that only set nitro_interrupted (no
 * SA_RESTART, so a blocking read returns) and restore the terminal. */
void nitro_term_install_signals(void);

/* Agent environments (CLAUDECODE, CODEX, ...) are never interactive. */
bool nitro_term_agent_detected(nitro_getenv_fn getenv_fn, void *env_data);

/* Colour on stderr: a terminal, NO_COLOR unset and TERM not dumb. */
bool nitro_term_color(nitro_getenv_fn getenv_fn, void *env_data);

typedef enum {
    NITRO_PROMPT_OK,
    NITRO_PROMPT_EOF,
    NITRO_PROMPT_INTERRUPTED,
} nitro_prompt_status;

/* Asks on stderr and reads one line from stdin; *answer is malloc'd. */
nitro_prompt_status nitro_prompt_line(FILE *err, const char *question, char **answer);

/* A yes/no question; an empty answer takes the default. */
nitro_prompt_status nitro_prompt_confirm(FILE *err, const char *question, bool default_yes, bool *yes);

/* The locale: setlocale(LC_CTYPE, "") once, so that widths are measured as
 * the terminal shows them and glyphs are chosen by its charset. Not at start:
 * it reads the locale files (about a tenth of a millisecond), which --version,
 * help, usage errors and completion never need. nitro_term_utf8 calls it when
 * text is first measured or a glyph chosen; the HTTP transport calls it before
 * it loads libcurl, which takes host names in the locale's charset and may run
 * a resolver thread while the spinner draws (setlocale is not thread-safe). */
void nitro_term_init_locale(void);

/* True when the locale's charset is UTF-8 (nl_langinfo(CODESET)); sets the
 * locale first if it is not set yet. */
bool nitro_term_utf8(void);

/* Symbols that have an ASCII stand-in outside a UTF-8 locale. */
typedef enum {
    NITRO_GLYPH_OK,       /* ✓ or "ok" */
    NITRO_GLYPH_UP_DOWN,  /* ↑/↓ or "^/v" */
    NITRO_GLYPH_ELLIPSIS, /* … or "..." */
} nitro_glyph_kind;

const char *nitro_glyph(nitro_glyph_kind kind);

/* The spinner's frame for a tick (braille, or -\|/ in ASCII). */
const char *nitro_spinner_frame(unsigned tick);

/* The number of screen columns `text` takes (wcwidth of each character;
 * outside a UTF-8 locale every non-ASCII character is shown as one '?'). */
size_t nitro_text_width(const char *text);

/* A malloc'd copy of `text` that takes at most `columns` screen columns,
 * ending in the ellipsis glyph when it was cut; outside a UTF-8 locale
 * non-ASCII characters become '?'. NULL when out of memory. */
char *nitro_text_fit(const char *text, size_t columns);

/* The same with the ellipsis in the middle, keeping the start and the end:
 * identifiers that share a prefix stay apart. */
char *nitro_text_fit_middle(const char *text, size_t columns);

/* The size of the terminal on `fd` (TIOCGWINSZ); false when unknown. */
bool nitro_term_size(int fd, int *columns, int *rows);

/* The terminal moves the cursor: TERM is set and not "dumb". */
bool nitro_term_can_redraw(nitro_getenv_fn getenv_fn, void *env_data);

/* The alternate screen (xterm's 1049): the table draws there, and the
 * shell's screen comes back untouched when it ends, however it ends. */
void nitro_term_alt_begin(FILE *out);
void nitro_term_alt_end(FILE *out);

/* Raw key input for the pager. */
typedef enum {
    NITRO_KEY_NONE,
    NITRO_KEY_UP,
    NITRO_KEY_DOWN,
    NITRO_KEY_NEXT,
    NITRO_KEY_PREVIOUS,
    NITRO_KEY_ENTER,
    NITRO_KEY_QUIT,
    NITRO_KEY_RETRY,
    NITRO_KEY_RESIZE, /* the window changed size (SIGWINCH) */
    NITRO_KEY_EOF,
    NITRO_KEY_INTERRUPTED,
} nitro_key;

/* Raw input also watches SIGWINCH, which wakes nitro_term_read_key at once. */
bool nitro_term_raw_begin(void);
void nitro_term_raw_end(void);
nitro_key nitro_term_read_key(void);

#endif
