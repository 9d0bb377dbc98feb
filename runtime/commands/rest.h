/* The generic REST download executor (rest.c), driven by a behaviour's
 * `download` table. */
#ifndef NITRO_REST_H
#define NITRO_REST_H

#include "executor.h"

/* Downloads into the file (or folder) the command's option names; 0, or the
 * reported exit code (a 404 says the declared not-found message, exit 1).
 * `label` is the spinner's. */
int nitro_download_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const char *label);

#endif
