/* nitro workspace list */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "generated/graphql.h"
#include "list.h"

static void free_list_data(void *owner) {
    gql_list_workspaces_free(owner);
    free(owner);
}

int nitro_fetch_workspaces(nitro_ctx *ctx, const char *after, long long first, nitro_page *page) {
    gql_list_workspaces_vars vars = {.after = after, .has_first = true, .first = first};
    gql_list_workspaces_data *data = calloc(1, sizeof *data);
    if (!data) return NITRO_EXIT_FAILURE;
    nitro_result result;
    gql_error err;
    int code = nitro_execute(ctx, &gql_list_workspaces_operation, gql_list_workspaces_variables(&vars),
                             "Fetching workspaces", &result);
    if (!code && !gql_list_workspaces_decode(result.data, data, &err)) {
        code = nitro_decode_failed(ctx, &gql_list_workspaces_operation, &result, &err);
    }
    nitro_result_free(&result);
    if (code) {
        free(data);
        return code;
    }
    page->owner = data;
    page->free_owner = free_list_data;
    if (!data->me || !data->me->workspaces) {
        nitro_error(ctx, "These credentials are not a user's: listing your workspaces needs a personal access token "
                         "or a login session, not an API key.");
        nitro_page_free(page);
        return NITRO_EXIT_AUTH;
    }
    const gql_list_workspaces_data_me_workspaces *connection = data->me->workspaces;
    page->count = connection->edges_count;
    page->items = calloc(page->count ? page->count : 1, sizeof *page->items);
    if (!page->items) {
        nitro_page_free(page);
        return NITRO_EXIT_FAILURE;
    }
    for (size_t i = 0; i < page->count; i++) {
        const gql_list_workspaces_data_me_workspaces_edges_node *node = connection->edges[i].node;
        nitro_item *item = &page->items[i];
        item->fields[0] = (nitro_field){.key = "id", .text = node->id};
        item->fields[1] = (nitro_field){.key = "name", .text = node->name};
        item->fields[2] = (nitro_field){.key = "personal", .is_bool = true, .flag = node->personal};
    }
    page->has_next = connection->page_info->has_next_page;
    page->end_cursor = connection->page_info->end_cursor;
    return NITRO_EXIT_OK;
}

static void workspace_cell(const nitro_item *item, size_t column, char *out, size_t size) {
    if (item->fields[column].is_bool) {
        snprintf(out, size, "%s", item->fields[column].flag ? "Yes" : "No");
    } else {
        snprintf(out, size, "%s", item->fields[column].text);
    }
}

static const nitro_list_def workspace_list = {
    .title = "Workspaces",
    .columns = {"Id", "Name", "IsPersonal"},
    .n_columns = 3,
    .n_fields = 3,
    .fetch = nitro_fetch_workspaces,
    .cell = workspace_cell,
};

int nitro_cmd_workspace_list(nitro_ctx *ctx, nitro_opts_workspace_list *opts) {
    return nitro_list_run(ctx, &workspace_list, opts->cursor.value, opts->all.value);
}
