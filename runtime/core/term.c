#include "term.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

volatile sig_atomic_t nitro_interrupted = 0;

static struct termios saved_termios;
static volatile sig_atomic_t raw_active = 0;

static void on_signal(int signo) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
    /* The first signal asks the run to stop at the next check (within about
     * a second); a second one ends it at once. */
    if (nitro_interrupted) _exit(130);
    nitro_interrupted = signo;
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
    return true;
}

void nitro_term_raw_end(void) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
}

/* Reads one byte, waiting at most timeout_ms (-1: forever). */
static int read_byte(int timeout_ms) {
    struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
    int ready = poll(&pfd, 1, timeout_ms);
    if (ready < 0) return errno == EINTR ? -2 : -1;
    if (ready == 0) return -3;
    unsigned char c;
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n < 0) return errno == EINTR ? -2 : -1;
    return n == 0 ? -1 : c;
}

nitro_key nitro_term_read_key(void) {
    for (;;) {
        if (nitro_interrupted) return NITRO_KEY_INTERRUPTED;
        int c = read_byte(200); /* a slice: see nitro_prompt_line */
        if (c == -2 || c == -3) continue;
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
        case 0x1b: {
            /* A lone Esc quits; Esc [ A..D are the arrow keys. */
            int next = read_byte(50);
            if (next != '[' && next != 'O') return NITRO_KEY_QUIT;
            int code = read_byte(50);
            switch (code) {
            case 'A': return NITRO_KEY_UP;
            case 'B': return NITRO_KEY_DOWN;
            case 'C': return NITRO_KEY_NEXT;
            case 'D': return NITRO_KEY_PREVIOUS;
            default: continue;
            }
        }
        default: continue;
        }
    }
}
