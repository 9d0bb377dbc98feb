/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#include <stdlib.h>

#include "generated/graphql.h"
#include "generated/lists.h"

static void free_pat_list(void *owner) {
    gql_list_pats_free(owner);
    free(owner);
}

int nitro_fetch_pat_list(nitro_ctx *ctx, const char *after, long long first, nitro_page *page) {
    gql_list_pats_vars vars = {.after = after, .has_first = true, .first = first};
    gql_list_pats_data *data = calloc(1, sizeof *data);
    if (!data) return NITRO_EXIT_FAILURE;
    nitro_result result;
    gql_error err;
    int code = nitro_execute(ctx, &gql_list_pats_operation, gql_list_pats_variables(&vars), "Fetching personal access tokens", &result);
    if (!code && !gql_list_pats_decode(result.data, data, &err)) {
        code = nitro_decode_failed(ctx, &gql_list_pats_operation, &result, &err);
    }
    nitro_result_free(&result);
    if (code) {
        free(data);
        return code;
    }
    page->owner = data;
    page->free_owner = free_pat_list;
    const gql_list_pats_data_me_personal_access_tokens *connection = data->me && data->me->personal_access_tokens ? data->me->personal_access_tokens : NULL;
    if (!connection) return nitro_page_without_user(ctx, page);
    if (!nitro_page_alloc(ctx, page, connection->edges_count)) return NITRO_EXIT_FAILURE;
    for (size_t i = 0; i < page->count; i++) {
        const gql_list_pats_data_me_personal_access_tokens_edges_node *node = connection->edges[i].node;
        nitro_item *item = &page->items[i];
        item->fields[0] = (nitro_field){.key = "id", .text = node->id};
        item->fields[1] = (nitro_field){.key = "description", .text = node->description};
        item->fields[2] = (nitro_field){.key = "createdAt", .text = node->created_at};
        item->fields[3] = (nitro_field){.key = "expiresAt", .text = node->expires_at};
    }
    page->has_next = connection->page_info->has_next_page;
    page->end_cursor = connection->page_info->end_cursor;
    return NITRO_EXIT_OK;
}

static void free_workspace_list(void *owner) {
    gql_list_workspaces_free(owner);
    free(owner);
}

int nitro_fetch_workspace_list(nitro_ctx *ctx, const char *after, long long first, nitro_page *page) {
    gql_list_workspaces_vars vars = {.after = after, .has_first = true, .first = first};
    gql_list_workspaces_data *data = calloc(1, sizeof *data);
    if (!data) return NITRO_EXIT_FAILURE;
    nitro_result result;
    gql_error err;
    int code = nitro_execute(ctx, &gql_list_workspaces_operation, gql_list_workspaces_variables(&vars), "Fetching workspaces", &result);
    if (!code && !gql_list_workspaces_decode(result.data, data, &err)) {
        code = nitro_decode_failed(ctx, &gql_list_workspaces_operation, &result, &err);
    }
    nitro_result_free(&result);
    if (code) {
        free(data);
        return code;
    }
    page->owner = data;
    page->free_owner = free_workspace_list;
    const gql_list_workspaces_data_me_workspaces *connection = data->me && data->me->workspaces ? data->me->workspaces : NULL;
    if (!connection) return nitro_page_without_user(ctx, page);
    if (!nitro_page_alloc(ctx, page, connection->edges_count)) return NITRO_EXIT_FAILURE;
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
