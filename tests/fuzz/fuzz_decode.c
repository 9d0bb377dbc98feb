/* libFuzzer target: every generated decoder (generated/graphql.c) behind the
 * client's own checks of a response (size, depth, JSON, errors[], data).
 *
 * Input: a response body. It is judged as an HTTP 200 answer would be; the
 * decoders then run on its "data" (when the judge accepts it) and on the
 * whole document as if it were "data". */
#include <stdint.h>
#include <string.h>

#include "generated/graphql.h"
#include "graphql_client.h"

static void decode_all(const cJSON *data) {
    gql_error err;
    gql_create_pat_data create;
    if (gql_create_pat_decode(data, &create, &err)) gql_create_pat_free(&create);
    gql_list_pats_data pats;
    if (gql_list_pats_decode(data, &pats, &err)) gql_list_pats_free(&pats);
    gql_revoke_pat_data revoke;
    if (gql_revoke_pat_decode(data, &revoke, &err)) gql_revoke_pat_free(&revoke);
    gql_list_workspaces_data workspaces;
    if (gql_list_workspaces_decode(data, &workspaces, &err)) gql_list_workspaces_free(&workspaces);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    nitro_result result;
    memset(&result, 0, sizeof result);
    nitro_result_from_response(200, (const char *)data, size, &result);
    if (result.kind == NITRO_RESULT_OK) decode_all(result.data);
    if (result.response) decode_all(result.response);
    nitro_result_free(&result);
    return 0;
}
