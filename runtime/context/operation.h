/* Running one operation for a command and reporting how it failed. */
#ifndef NITRO_OPERATION_H
#define NITRO_OPERATION_H

#include "args.h"
#include "graphql_client.h"

/* Sends one operation (consuming `variables`); on failure reports it and
 * returns its exit code, else 0 with `result` to decode and free. */
int nitro_execute(nitro_ctx *ctx, const gql_operation *operation, cJSON *variables, const char *label,
                  nitro_result *result);

/* Reports (and frees) a response of the wrong shape; a mutation may have
 * been carried out, and the user is told so. Returns the exit code. */
int nitro_decode_failed(nitro_ctx *ctx, const gql_operation *operation, nitro_result *result, const gql_error *err);

/* Reports a failed request (transport, HTTP, GraphQL, auth) and returns its exit code. */
int nitro_report_failure(nitro_ctx *ctx, const nitro_result *result);

#endif
