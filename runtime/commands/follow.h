/* The registry's parts of the generic executors (follow.c): files sent with
 * a mutation, flags that cannot go together, and the subscription followed
 * after a mutation. Driven by the behaviour tables; no command's own C. */
#ifndef NITRO_FOLLOW_H
#define NITRO_FOLLOW_H

#include "executor.h"

/* The '--a' and '--b' flags of `exclusive` given together: reported, exit 2; else 0. */
int nitro_exclusive_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts);

/* Each file of `files`: it exists, is no directory, can be read and is UTF-8
 * (read through in chunks); else reported with the option or environment
 * variable that named it, exit 2. Before anything is sent. */
int nitro_files_check(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts);

/* Whether any file of `files` was given (an optional one may be absent). */
bool nitro_files_given(const nitro_behaviour *behaviour, const void *opts);

/* Sends the mutation with the files given (multipart, consuming `variables`;
 * an absent optional file is not sent and its variable left out) and checks
 * the response against the document; 0 with `result` to read and free, or
 * the reported exit code. */
int nitro_files_send(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, cJSON *variables,
                     const char *label, nitro_result *result);

/* Follows the request the mutation made (`scope->data` is its result
 * object) through the subscription's events on stderr; 0 when an event said
 * success, else the reported exit code (1 for a failure event, a stream that
 * ended without one or a malformed event; 130 when interrupted, with what
 * the server may go on doing). */
int nitro_follow_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const nitro_text_scope *scope);

#endif
