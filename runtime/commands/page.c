#include "page.h"

#include <stdlib.h>
#include <string.h>

#include "executor.h"

void nitro_page_free(nitro_page *page) {
    nitro_result_free(&page->response);
    free(page->nodes);
    memset(page, 0, sizeof *page);
}

static int null_connection(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const char *workspace,
                           nitro_page *page) {
    int code = NITRO_EXIT_OK;
    if (behaviour && behaviour->not_a_user) {
        nitro_error(ctx, "These credentials are not a user's: this command needs a personal access token or a "
                         "login session, not an API key.");
        code = NITRO_EXIT_AUTH;
    } else if (behaviour && behaviour->not_found.n_parts) {
        nitro_text_scope_error(ctx, &behaviour->not_found, opts, workspace);
        code = NITRO_EXIT_FAILURE;
    }
    if (code) nitro_page_free(page);
    return code;
}

/* A list that is not paged (`items`): all of it (that its filter keeps) is the one page, with no cursor. */
static int whole_list(nitro_ctx *ctx, const cJSON *list, const nitro_behaviour *behaviour, nitro_page *page) {
    size_t count = (size_t)cJSON_GetArraySize(list);
    page->nodes = calloc(count ? count : 1, sizeof *page->nodes);
    if (!page->nodes) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        nitro_page_free(page);
        return NITRO_EXIT_FAILURE;
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, list) {
        if (!behaviour || nitro_filter_keeps(behaviour, item)) page->nodes[page->count++] = item;
    }
    return NITRO_EXIT_OK;
}

int nitro_page_fetch(nitro_ctx *ctx, const nitro_request_def *request, const char *const *connection, const void *opts,
                     const char *after, long long first, const char *workspace, const nitro_behaviour *behaviour,
                     nitro_page *page) {
    return nitro_page_fetch_counted(ctx, request, connection, opts, after, first, workspace, behaviour, -1, page);
}

int nitro_page_fetch_counted(nitro_ctx *ctx, const nitro_request_def *request, const char *const *connection,
                             const void *opts, const char *after, long long first, const char *workspace,
                             const nitro_behaviour *behaviour, long long fetched, nitro_page *page) {
    memset(page, 0, sizeof *page);
    int code = NITRO_EXIT_OK;
    cJSON *variables = nitro_request_variables(ctx, request, opts, after, first, workspace, &code);
    if (!variables) return code;
    char *label = NULL;
    if (behaviour) label = nitro_text_render(&behaviour->activity, opts, NULL, workspace);
    if (fetched >= 0) {
        /* The spinner's words say how far a long list has come. */
        size_t size = (label ? strlen(label) : 0) + 64;
        char *counted = malloc(size);
        if (counted) snprintf(counted, size, "%s%s%lld fetched", label ? label : "", label ? ": " : "", fetched);
        free(label);
        label = counted;
    }
    code = nitro_request_send(ctx, request, variables, label, NULL, &page->response);
    free(label);
    if (code) return code;
    const cJSON *root = page->response.data;
    if (behaviour && behaviour->select) {
        root = nitro_select_item(behaviour->select, root, opts);
        if (!root) {
            nitro_text_scope_error(ctx, &behaviour->select->not_found, opts, workspace);
            nitro_page_free(page);
            return NITRO_EXIT_FAILURE;
        }
    }
    const cJSON *found = nitro_value_at(root, connection);
    if (cJSON_IsArray(found)) return whole_list(ctx, found, behaviour, page);
    if (!cJSON_IsObject(found)) return null_connection(ctx, behaviour, opts, workspace, page);
    const cJSON *edges = cJSON_GetObjectItemCaseSensitive(found, "edges");
    size_t count = cJSON_IsArray(edges) ? (size_t)cJSON_GetArraySize(edges) : 0;
    page->nodes = calloc(count ? count : 1, sizeof *page->nodes);
    if (!page->nodes) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        nitro_page_free(page);
        return NITRO_EXIT_FAILURE;
    }
    const cJSON *edge;
    cJSON_ArrayForEach(edge, edges) page->nodes[page->count++] = cJSON_GetObjectItemCaseSensitive(edge, "node");
    const cJSON *info = cJSON_GetObjectItemCaseSensitive(found, "pageInfo");
    const cJSON *end = cJSON_GetObjectItemCaseSensitive(info, "endCursor");
    page->end_cursor = cJSON_IsString(end) ? end->valuestring : NULL;
    page->has_next = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(info, "hasNextPage"));
    if (page->has_next && (!page->end_cursor || !*page->end_cursor)) {
        /* Taken as the end, it would pass part of a list off as all of it. */
        nitro_error(ctx, "The server returned an unexpected response: it says there is a next page but gives no "
                         "cursor for it");
        nitro_page_free(page);
        return NITRO_EXIT_FAILURE;
    }
    return NITRO_EXIT_OK;
}
