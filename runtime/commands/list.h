/* Paged lists: one page as {values, cursor}, every page streamed with --all,
 * or an interactive table on a terminal; and the page fetcher that pickers and
 * completers share. */
#ifndef NITRO_LIST_H
#define NITRO_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "behaviour.h"

typedef struct {
    nitro_result response; /* owns everything below */
    const cJSON **nodes;   /* the connection's edges[].node */
    size_t count;
    const char *end_cursor; /* pageInfo.endCursor as the server sent it, or NULL */
    bool has_next;
} nitro_page;

/* Fetches one page of `request`, whose connection is at `connection` below
 * "data". A null connection is an error when `behaviour` says so (no user's
 * credentials, a workspace not found), else an empty page. Returns the
 * reported exit code, or 0 with the page to free. */
int nitro_page_fetch(nitro_ctx *ctx, const nitro_request_def *request, const char *const *connection, const void *opts,
                     const char *after, long long first, const char *workspace, const nitro_behaviour *behaviour,
                     nitro_page *page);

void nitro_page_free(nitro_page *page);

/* Runs a list command: --all streams every page, a terminal gets the table,
 * anything else one page as JSON. Returns the exit code. */
int nitro_list_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts);

#endif
