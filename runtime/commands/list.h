/* Paged lists: one page as {values, cursor}, every page streamed with --all,
 * or an interactive table on a terminal. */
#ifndef NITRO_LIST_H
#define NITRO_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "behaviour.h"
#include "context.h"
#include "page.h"

/* Runs a list command: --all streams every page, a terminal gets the table,
 * anything else one page as JSON. Returns the exit code. */
int nitro_list_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts);

#endif
