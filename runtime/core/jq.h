/* Filters a JSON document with a jq expression (the --jq option). libjq is
 * loaded (dlopen) by the first nitro_jq_compile, not linked: commands without
 * --jq neither load it nor need it installed. */
#ifndef NITRO_JQ_H
#define NITRO_JQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct nitro_jq nitro_jq;

typedef enum {
    NITRO_JQ_OK,
    NITRO_JQ_UNAVAILABLE, /* libjq could not be loaded */
    NITRO_JQ_SYNTAX,      /* the expression does not compile */
    NITRO_JQ_NOMEM,
} nitro_jq_status;

/* Loads libjq (once per process) and compiles `expression`. On failure *out
 * is NULL and `why` holds a one-line message: for NITRO_JQ_SYNTAX jq's own
 * compile message (the first one, with the count when there are several),
 * for NITRO_JQ_UNAVAILABLE "libjq could not be loaded: <reason>".
 *
 * As in the jq program, definitions in ~/.jq are available to the expression;
 * unlike it, modules are looked up nowhere by default (`import "x"` fails
 * unless its own metadata gives a search path). */
nitro_jq_status nitro_jq_compile(const char *expression, nitro_jq **out, char *why, size_t why_size);

/* Runs the program on one JSON document given as text (`json` need not be
 * NUL-terminated). Each result goes to `out` on its own line: a string raw
 * (as jq -r prints it, control characters included), any other value as
 * compact JSON (jq -c). Returns false with a one-line `why` when the input is
 * not one JSON value or the program raises an error (jq's message) or calls
 * halt_error, after writing the results produced before it; `halt` ends the
 * output successfully. A write error on `out` or an interrupt stops the
 * program between two results (true: the caller reports them, ferror and
 * nitro_interrupted); while jq computes, a signal ends the run at once
 * (nitro_signal_ends_at_once), so a filter that never yields stops too. The program can be run any number of times, in
 * constant memory. */
bool nitro_jq_run(nitro_jq *jq, const char *json, size_t len, FILE *out, char *why, size_t why_size);

void nitro_jq_free(nitro_jq *jq);

/* For tests: the file name the next load opens, NULL for the default
 * (NITRO_LIBJQ at build time, "libjq.so.1"). Forgets an earlier load or load
 * failure; must not be called while a compiled program exists. */
void nitro_jq_set_library(const char *soname);

#endif
