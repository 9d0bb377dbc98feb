/* A GraphQL subscription over server-sent events on one POST (Accept:
 * application/graphql-response+json, application/json, text/event-stream; the
 * other headers as for any request), as the Nitro CLI's HTTP transport sends
 * it. `event: next` with its `data:` lines is one result, judged like any
 * response (GraphQL errors, the known secrets redacted, UTF-8) and handed to
 * on_result as it arrives; `event: complete` ends the stream; comments (`:`)
 * are keep-alives; other event names are ignored (SSE). A response of type
 * application/json or application/graphql-response+json (any answer that is
 * not a 2xx text/event-stream) is one result: one on_result call when it is a
 * good one. No retry. The idle timeout covers connecting and each silence
 * between bytes (a keep-alive is life), never the whole stream: a wait of an
 * hour for an approval is not cut off, a server that goes silent is. With
 * --verbose the trace shows each event as it arrives. */
#ifndef NITRO_SUBSCRIPTION_H
#define NITRO_SUBSCRIPTION_H

#include <stdbool.h>

#include "graphql_client.h"
#include "sse.h" /* NITRO_STREAM_EVENT_MAX */

typedef enum { NITRO_STREAM_CONTINUE, NITRO_STREAM_STOP } nitro_stream_action;

/* One result of the stream: its "data" (valid only during the call). */
typedef nitro_stream_action (*nitro_stream_fn)(void *data, const cJSON *result_data);

typedef struct {
    nitro_stream_fn on_result;
    void *data;
    long idle_timeout_ms; /* 0: the client's timeout_ms */
} nitro_stream_handler;

/* Sends the subscription (consuming `variables`) and reads its stream. True
 * when it ended cleanly: `event: complete`, on_result said STOP (the request
 * is then cancelled), or a single JSON result. Else result->kind says why:
 * TRANSPORT (connecting failed; silence past the idle timeout: timed_out),
 * HTTP, AUTH, GRAPHQL (errors in a result), BAD_RESPONSE (an event that is not
 * a JSON result, an event larger than NITRO_STREAM_EVENT_MAX bytes, a stream
 * cut in the middle of an event, a stream that ends without `complete`),
 * INTERRUPTED (Ctrl-C / SIGTERM stop it at once). The spinner (with
 * progress_label) is cleared before each on_result call. */
bool nitro_client_subscribe(nitro_client *client, const gql_operation *operation, cJSON *variables,
                            const char *progress_label, const nitro_stream_handler *handler, nitro_result *result);

#endif
