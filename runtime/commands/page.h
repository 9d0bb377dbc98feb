/* One page of a connection (edges[].node, pageInfo), or a whole list that is not paged, fetched for a list, a
 * picker, a completer or a search. */
#ifndef NITRO_PAGE_H
#define NITRO_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "behaviour.h"
#include "context.h"

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

/* The same, its progress label saying how many items were `fetched` before it ("Fetching APIs: 150 fetched"). */
int nitro_page_fetch_counted(nitro_ctx *ctx, const nitro_request_def *request, const char *const *connection,
                             const void *opts, const char *after, long long first, const char *workspace,
                             const nitro_behaviour *behaviour, long long fetched, nitro_page *page);

void nitro_page_free(nitro_page *page);

#endif
