/* The terminal: interactivity, prompts, raw keys, colour and interruption. */
#ifndef NITRO_TERM_H
#define NITRO_TERM_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>

#include "args.h"

/* Set by SIGINT/SIGTERM; long operations poll it and end with exit 130. */
extern volatile sig_atomic_t nitro_interrupted;

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

/* Raw key input for the pager. */
typedef enum {
    NITRO_KEY_NONE,
    NITRO_KEY_UP,
    NITRO_KEY_DOWN,
    NITRO_KEY_NEXT,
    NITRO_KEY_PREVIOUS,
    NITRO_KEY_ENTER,
    NITRO_KEY_QUIT,
    NITRO_KEY_EOF,
    NITRO_KEY_INTERRUPTED,
} nitro_key;

bool nitro_term_raw_begin(void);
void nitro_term_raw_end(void);
nitro_key nitro_term_read_key(void);

#endif
