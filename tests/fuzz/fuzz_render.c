/* libFuzzer target: what the generic executors make of a server's answer.
 *
 * Input: a response body. The date rewriter and the terminal sanitiser read
 * its first bytes; the body is judged as an HTTP 200 answer would be, and for every
 * command whose document its "data" satisfies, the executor renders it as
 * JSON and as the terminal shows it (payload errors, missing results, human
 * lines, and each item and table cell of a list). Commands that save the
 * session are left out: a fuzz run writes no files. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "executor.h"
#include "generated/commands.h"
#include "generated/graphql.h"
#include "graphql_client.h"
#include "safe_text.h"
#include "timefmt.h"

/* Large enough for any command's options struct; all zero: nothing given. */
static _Alignas(max_align_t) char no_options[4096];

static void render_list(nitro_ctx *ctx, const nitro_behaviour *list, const cJSON *data) {
    const cJSON *edges = cJSON_GetObjectItemCaseSensitive(nitro_value_at(data, list->data), "edges");
    const cJSON *edge;
    cJSON_ArrayForEach(edge, edges) {
        const cJSON *node = cJSON_GetObjectItemCaseSensitive(edge, "node");
        nitro_json json;
        nitro_json_init(&json, ctx->out);
        nitro_result_json(&json, &list->result, node);
        nitro_json_finish(&json);
        for (size_t c = 0; c < list->n_columns; c++) {
            char *cell = nitro_ref_text(node, &list->columns[c].value);
            if (cell) fputs(cell, ctx->out);
            free(cell);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char text[128], rewritten[64];
    size_t n = size < sizeof text - 1 ? size : sizeof text - 1;
    memcpy(text, data, n);
    text[n] = '\0';
    nitro_datetime_net(text, rewritten, sizeof rewritten);
    free(nitro_safe_text(text));

    nitro_result result;
    memset(&result, 0, sizeof result);
    nitro_result_from_response(200, (const char *)data, size, &result);
    FILE *sink = fopen("/dev/null", "w");
    for (size_t i = 0; sink && result.kind == NITRO_RESULT_OK && i < nitro_behaviour_count; i++) {
        const nitro_behaviour *behaviour = nitro_behaviour_at(i);
        gql_error err;
        /* Rendering only: no local reads, replacements, sessions written, REST downloads (no operation) or
         * followed subscriptions (they send more). */
        if (behaviour->kind == NITRO_KIND_LOCAL || behaviour->kind == NITRO_KIND_REPLACE ||
            behaviour->save_workspace != NITRO_SAVE_WORKSPACE_NEVER || !behaviour->request.operation ||
            behaviour->follow || !gql_validate(behaviour->request.operation, result.data, &err))
            continue;
        for (int human = 0; human < 2; human++) {
            nitro_ctx ctx = {.out = sink, .err = sink, .json = !human};
            if (behaviour->kind == NITRO_KIND_LIST) {
                render_list(&ctx, behaviour, result.data);
            } else {
                nitro_behaviour_respond(&ctx, behaviour, no_options, result.data);
            }
        }
    }
    if (sink) fclose(sink);
    nitro_result_free(&result);
    return 0;
}
