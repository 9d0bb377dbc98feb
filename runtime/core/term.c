/* wcwidth is XSI. */
#define _XOPEN_SOURCE 700

#include "term.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

volatile sig_atomic_t nitro_interrupted = 0;
volatile sig_atomic_t nitro_signal_ends_at_once = 0;

static struct termios saved_termios;
static volatile sig_atomic_t raw_active = 0;
static volatile sig_atomic_t alt_active = 0;
static const char ALT_LEAVE[] = "\033[?1049l";

static void on_signal(int signo) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
    /* The first signal asks the run to stop at the next check (within about
     * a second); a second one ends it at once, and the shell's screen comes back. */
    if (nitro_signal_ends_at_once && !nitro_interrupted) {
        static const char said[] = "Interrupted.\n";
        ssize_t written = write(STDERR_FILENO, said, sizeof said - 1);
        (void)written;
        nitro_interrupted = signo;
    }
    if (nitro_interrupted) {
        if (alt_active) {
            ssize_t written = write(STDOUT_FILENO, ALT_LEAVE, sizeof ALT_LEAVE - 1);
            (void)written;
        }
        _exit(130);
    }
    nitro_interrupted = signo;
}

/* ---- the locale ---------------------------------------------------------- */

static int utf8_locale = -1; /* unknown until the locale is set */

static bool codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static bool names_utf8(const char *name) {
    return name && (strstr(name, "UTF-8") || strstr(name, "utf-8") || strstr(name, "UTF8") || strstr(name, "utf8"));
}

void nitro_term_init_locale(void) {
    if (utf8_locale >= 0) return;
    if (!setlocale(LC_CTYPE, "")) {
        /* A UTF-8 locale that is not installed (en_US.UTF-8 on a minimal
         * system) still means a UTF-8 terminal: glibc's C.UTF-8 is built in. */
        const char *name = getenv("LC_ALL");
        if (!name || !*name) name = getenv("LC_CTYPE");
        if (!name || !*name) name = getenv("LANG");
        if (names_utf8(name)) setlocale(LC_CTYPE, "C.UTF-8");
    }
    utf8_locale = codeset_is_utf8();
}

bool nitro_term_utf8(void) {
    nitro_term_init_locale();
    return utf8_locale;
}

const char *nitro_glyph(nitro_glyph_kind kind) {
    bool utf8 = nitro_term_utf8();
    switch (kind) {
    case NITRO_GLYPH_OK: return utf8 ? "✓" : "ok";
    case NITRO_GLYPH_UP_DOWN: return utf8 ? "↑/↓" : "^/v";
    case NITRO_GLYPH_ELLIPSIS: return utf8 ? "…" : "...";
    }
    return "";
}

const char *nitro_spinner_frame(unsigned tick) {
    static const char *const braille[] = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    static const char *const ascii[] = {"-", "\\", "|", "/"};
    return nitro_term_utf8() ? braille[tick % 10] : ascii[tick % 4];
}

/* One character at `s` (not at its end): its length in bytes and its width in
 * columns; *stand_in when it is shown as '?' (a control, anything not UTF-8,
 * a character wcwidth does not know, or any non-ASCII outside UTF-8). */
static size_t char_at(const char *s, int *width, bool *stand_in) {
    unsigned char c = (unsigned char)*s;
    *stand_in = false;
    *width = 1;
    if (c < 0x80) {
        *stand_in = c < 0x20 || c == 0x7f;
        return 1;
    }
    if (nitro_term_utf8()) {
        mbstate_t state;
        memset(&state, 0, sizeof state);
        wchar_t wc;
        size_t n = mbrtowc(&wc, s, strnlen(s, MB_LEN_MAX), &state);
        if (n != (size_t)-1 && n != (size_t)-2 && n != 0) {
            int w = wcwidth(wc);
            if (w >= 0) {
                *width = w;
                return n;
            }
        }
    }
    size_t n = 1;
    while (n < 4 && ((unsigned char)s[n] & 0xc0) == 0x80)
        n++;
    *stand_in = true;
    return n;
}

size_t nitro_text_width(const char *text) {
    size_t width = 0;
    int w;
    bool stand_in;
    for (const char *p = text; p && *p;) {
        p += char_at(p, &w, &stand_in);
        width += (size_t)w;
    }
    return width;
}

/* Copies the characters of `text` (stand-ins as '?') to `out` while they fit
 * `budget` columns; returns the bytes written. */
static size_t copy_columns(const char *text, size_t budget, char *out) {
    size_t used = 0, o = 0;
    for (const char *p = text; *p;) {
        int w;
        bool stand_in;
        size_t n = char_at(p, &w, &stand_in);
        if (used + (size_t)w > budget) break;
        if (stand_in) {
            out[o++] = '?';
        } else {
            memcpy(out + o, p, n);
            o += n;
        }
        used += (size_t)w;
        p += n;
    }
    return o;
}

/* The end of `text` that takes at most `columns`. */
static const char *tail_of(const char *text, size_t columns) {
    size_t total = nitro_text_width(text), skipped = 0;
    const char *p = text;
    while (*p && total - skipped > columns) {
        int w;
        bool stand_in;
        p += char_at(p, &w, &stand_in);
        skipped += (size_t)w;
    }
    return p;
}

static char *fit(const char *text, size_t columns, bool middle) {
    if (!text) text = "";
    char *out = malloc(strlen(text) + 4);
    if (!out) return NULL;
    if (nitro_text_width(text) <= columns) {
        out[copy_columns(text, columns, out)] = '\0';
        return out;
    }
    const char *ellipsis = nitro_glyph(NITRO_GLYPH_ELLIPSIS);
    size_t ellipsis_width = nitro_term_utf8() ? 1 : 3;
    if (columns < ellipsis_width) { /* no room even for the ellipsis: cut */
        out[copy_columns(text, columns, out)] = '\0';
        return out;
    }
    size_t budget = columns - ellipsis_width;
    size_t tail = middle ? budget / 2 : 0;
    size_t o = copy_columns(text, budget - tail, out);
    memcpy(out + o, ellipsis, strlen(ellipsis));
    o += strlen(ellipsis);
    if (tail) o += copy_columns(tail_of(text, tail), tail, out + o);
    out[o] = '\0';
    return out;
}

char *nitro_text_fit(const char *text, size_t columns) {
    return fit(text, columns, false);
}

char *nitro_text_fit_middle(const char *text, size_t columns) {
    return fit(text, columns, true);
}

/* ---- the screen ---------------------------------------------------------- */

bool nitro_term_size(int fd, int *columns, int *rows) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) return false;
    *columns = size.ws_col;
    *rows = size.ws_row;
    return true;
}

bool nitro_term_can_redraw(nitro_getenv_fn getenv_fn, void *env_data) {
    const char *term = getenv_fn(env_data, "TERM");
    return term && *term && strcmp(term, "dumb") != 0;
}

void nitro_term_alt_begin(FILE *out) {
    fputs("\033[?1049h", out);
    fflush(out);
    alt_active = 1;
}

void nitro_term_alt_end(FILE *out) {
    if (!alt_active) return;
    fputs(ALT_LEAVE, out);
    fflush(out);
    alt_active = 0;
}

/* SIGWINCH writes a byte here, so the key wait wakes at once (a flag checked
 * before poll could miss a signal that arrives just before it). */
static int winch_pipe[2] = {-1, -1};

static void on_winch(int signo) {
    (void)signo;
    int saved = errno;
    if (winch_pipe[1] >= 0) {
        char byte = 1;
        ssize_t written = write(winch_pipe[1], &byte, 1);
        (void)written;
    }
    errno = saved;
}

static void watch_resize(bool on) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (on && winch_pipe[0] < 0) {
        if (pipe(winch_pipe) != 0) {
            winch_pipe[0] = winch_pipe[1] = -1;
            return;
        }
        for (int i = 0; i < 2; i++) {
            fcntl(winch_pipe[i], F_SETFL, fcntl(winch_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(winch_pipe[i], F_SETFD, FD_CLOEXEC);
        }
        action.sa_handler = on_winch;
        action.sa_flags = SA_RESTART;
        sigaction(SIGWINCH, &action, NULL);
    } else if (!on && winch_pipe[0] >= 0) {
        action.sa_handler = SIG_DFL;
        sigaction(SIGWINCH, &action, NULL);
        close(winch_pipe[0]);
        close(winch_pipe[1]);
        winch_pipe[0] = winch_pipe[1] = -1;
    }
}

void nitro_term_install_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a read in a prompt must return */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
}

bool nitro_term_agent_detected(nitro_getenv_fn getenv_fn, void *env_data) {
    static const char *const agents[] = {"CLAUDECODE",     "CLAUDE_CODE", "CODEX",          "CURSOR_AGENT",
                                         "GITHUB_COPILOT", "CLINE",       "WINDSURF_AGENT", "AIDER"};
    for (size_t i = 0; i < sizeof agents / sizeof *agents; i++) {
        const char *value = getenv_fn(env_data, agents[i]);
        if (value && *value) return true;
    }
    return false;
}

bool nitro_term_color(nitro_getenv_fn getenv_fn, void *env_data) {
    const char *no_color = getenv_fn(env_data, "NO_COLOR");
    const char *term = getenv_fn(env_data, "TERM");
    return isatty(STDERR_FILENO) && !(no_color && *no_color) && !(term && strcmp(term, "dumb") == 0);
}

nitro_prompt_status nitro_prompt_line(FILE *err, const char *question, char **answer) {
    *answer = NULL;
    fprintf(err, "%s: ", question);
    fflush(err);
    size_t size = 0, len = 0;
    char *line = NULL;
    for (;;) {
        char c;
        /* Waiting in poll slices closes the gap between a check of the flag
         * and a blocking read that a signal arriving in between would leave. */
        struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
        int ready = nitro_interrupted ? -1 : poll(&pfd, 1, 200);
        if (ready == 0) continue;
        ssize_t n = ready < 0 ? -1 : read(STDIN_FILENO, &c, 1);
        if (ready < 0 && nitro_interrupted) errno = EINTR;
        if (n < 0 && errno == EINTR) {
            if (nitro_interrupted) {
                free(line);
                fputc('\n', err);
                return NITRO_PROMPT_INTERRUPTED;
            }
            continue;
        }
        if (n <= 0) {
            free(line);
            fputc('\n', err);
            return NITRO_PROMPT_EOF;
        }
        if (c == '\n') break;
        if (len + 2 > size) {
            size_t bigger = size ? size * 2 : 64;
            char *grown = realloc(line, bigger);
            if (!grown) {
                free(line);
                return NITRO_PROMPT_EOF;
            }
            line = grown;
            size = bigger;
        }
        line[len++] = c;
    }
    if (!line)
        line = calloc(1, 1);
    else
        line[len] = '\0';
    if (line && len > 0 && line[len - 1] == '\r') line[len - 1] = '\0';
    *answer = line;
    return line ? NITRO_PROMPT_OK : NITRO_PROMPT_EOF;
}

nitro_prompt_status nitro_prompt_confirm(FILE *err, const char *question, bool default_yes, bool *yes) {
    char full[512];
    snprintf(full, sizeof full, "%s %s", question, default_yes ? "[Y/n]" : "[y/N]");
    for (;;) {
        char *answer = NULL;
        nitro_prompt_status status = nitro_prompt_line(err, full, &answer);
        if (status != NITRO_PROMPT_OK) return status;
        const char *a = answer;
        while (*a == ' ')
            a++;
        if (*a == '\0') {
            *yes = default_yes;
        } else if (strcmp(a, "y") == 0 || strcmp(a, "Y") == 0 || strcmp(a, "yes") == 0) {
            *yes = true;
        } else if (strcmp(a, "n") == 0 || strcmp(a, "N") == 0 || strcmp(a, "no") == 0) {
            *yes = false;
        } else {
            free(answer);
            fputs("Please answer y or n.\n", err);
            continue;
        }
        free(answer);
        return NITRO_PROMPT_OK;
    }
}

bool nitro_term_raw_begin(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) != 0) return false;
    struct termios raw = saved_termios;
    raw.c_lflag &= (tcflag_t) ~(ICANON | ECHO); /* keep ISIG: Ctrl-C still interrupts */
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) != 0) return false;
    raw_active = 1;
    watch_resize(true);
    return true;
}

void nitro_term_raw_end(void) {
    watch_resize(false);
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
}

/* Reads one byte, waiting at most timeout_ms (-1: forever); -4 when the
 * window was resized meanwhile and `resize` asks for that. */
static int read_byte(int timeout_ms, bool resize) {
    struct pollfd pfd[2] = {{.fd = STDIN_FILENO, .events = POLLIN}, {.fd = winch_pipe[0], .events = POLLIN}};
    int ready = poll(pfd, resize && winch_pipe[0] >= 0 ? 2 : 1, timeout_ms);
    if (ready < 0) return errno == EINTR ? -2 : -1;
    if (ready == 0) return -3;
    if (resize && winch_pipe[0] >= 0 && (pfd[1].revents & POLLIN)) {
        char drain[64];
        while (read(winch_pipe[0], drain, sizeof drain) > 0)
            ;
        return -4;
    }
    unsigned char c;
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n < 0) return errno == EINTR ? -2 : -1;
    return n == 0 ? -1 : c;
}

nitro_key nitro_term_read_key(void) {
    for (;;) {
        if (nitro_interrupted) return NITRO_KEY_INTERRUPTED;
        int c = read_byte(200, true); /* a slice: see nitro_prompt_line */
        if (c == -2 || c == -3) continue;
        if (c == -4) return NITRO_KEY_RESIZE;
        if (c == -1) return NITRO_KEY_EOF;
        switch (c) {
        case '\r':
        case '\n': return NITRO_KEY_ENTER;
        case 'q':
        case 'Q': return NITRO_KEY_QUIT;
        case 'k': return NITRO_KEY_UP;
        case 'j': return NITRO_KEY_DOWN;
        case 'n':
        case 'N': return NITRO_KEY_NEXT;
        case 'p':
        case 'P': return NITRO_KEY_PREVIOUS;
        case 'r':
        case 'R': return NITRO_KEY_RETRY;
        case 0x1b: {
            /* A lone Esc quits; Esc [ A..D are the arrow keys, Esc [ 5 ~ and 6 ~ PgUp and PgDn. */
            int next = read_byte(50, false);
            if (next != '[' && next != 'O') return NITRO_KEY_QUIT;
            int code = read_byte(50, false);
            switch (code) {
            case 'A': return NITRO_KEY_UP;
            case 'B': return NITRO_KEY_DOWN;
            case 'C': return NITRO_KEY_NEXT;
            case 'D': return NITRO_KEY_PREVIOUS;
            case '5':
            case '6':
                if (read_byte(50, false) == '~') return code == '5' ? NITRO_KEY_PREVIOUS : NITRO_KEY_NEXT;
                continue;
            default: continue;
            }
        }
        default: continue;
        }
    }
}
