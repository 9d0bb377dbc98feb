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
    for (size_t i = 0; i < gql_operation_count; i++)
        gql_validate(gql_operation_at(i), data, &err);
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
