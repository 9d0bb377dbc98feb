/* The GraphQL client's state and what its transports share: one request with
 * retries (graphql_client.c), a multipart upload (upload.c), a subscription
 * over server-sent events (subscription.c) and a REST download (download.c).
 * Not for use above net/: the rooms above see graphql_client.h and the
 * transports' own headers. */
#ifndef NITRO_CLIENT_INTERNAL_H
#define NITRO_CLIENT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "graphql_client.h"
#include "http.h"

/* Responses larger than this are refused: no page of the Nitro API comes near it. */
#define NITRO_MAX_RESPONSE_BYTES (32u << 20)

/* Room for every header a request of the client carries, and the NULL. */
#define NITRO_CLIENT_HEADERS_MAX 10

struct nitro_client {
    nitro_client_config config;
    nitro_http *http;
    /* "Name: value" lines: Content-Type and Accept first (a transport may
     * replace or drop them), then the client's and the credential's. */
    char *headers[8];
    const char *known[2]; /* secrets the trace must never show: the credential */
    unsigned long requests;
    uint64_t random_state;
    /* spinner state */
    const char *label;
    struct timespec started;
    int frame;
    bool spinner_drawn;
    /* the response headers of the current try */
    long retry_after_ms;
    bool saw_headers;
};

/* The client's headers for one request, into `out` (NULL-terminated):
 * Content-Type: application/json only `with_content_type` (a multipart body
 * brings its own, a GET has none), and `accept` ("Accept: ...") instead of
 * "Accept: application/json" when not NULL. */
void nitro_client_headers(const nitro_client *client, bool with_content_type, const char *accept,
                          const char *out[NITRO_CLIENT_HEADERS_MAX]);

/* The request body of an operation: {"query", "operationName", "variables"}
 * as compact JSON (malloc'd), consuming `variables`; NULL without memory. */
char *nitro_client_request_body(const gql_operation *operation, cJSON *variables);

/* Milliseconds since `since` (CLOCK_MONOTONIC). */
long nitro_elapsed_ms(const struct timespec *since);

/* The spinner on a terminal (config.spinner) while a request waits: started
 * with a label (NULL: none), ticked by the transfer, cleared before anything
 * else is written to the terminal. */
void nitro_client_spinner_start(nitro_client *client, const char *label);
void nitro_client_spinner_tick(void *client);
void nitro_client_spinner_clear(nitro_client *client);

/* The response-header callback of a request: the trace, and Retry-After
 * into client->retry_after_ms. */
void nitro_client_on_header(void *client, const char *line, size_t len);

/* The timeout of one operation: NITRO_TIMEOUT's, else 30 s. The transports that stream (uploads, event
 * streams, downloads) use it as the longest silence, never as the whole transfer. */
long nitro_client_timeout_ms(const nitro_client *client);

/* Sends one transfer of a transport that streams, sent once (no retry): fills what every request of the
 * client shares (the connect timeout, the CA bundle, the spinner's tick with `progress_label`, the
 * response-header callback) into `request`, counts it, and posts it. */
nitro_http_status nitro_client_send_once(nitro_client *client, nitro_http_request *request, const char *progress_label,
                                         nitro_result *result, nitro_http_response *response);

/* Fills `result` for a transfer that ended without a response (`status` is
 * not NITRO_HTTP_OK). */
void nitro_client_describe_transport(nitro_http_status status, const char *endpoint,
                                     const nitro_http_response *response, nitro_result *result);

/* Sets result->kind and result->message. */
void nitro_result_set(nitro_result *result, nitro_result_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* nitro_result_from_response_known, its messages saying what the server did:
 * "returned a response" or "sent an event" ("The server sent an event that
 * is not valid JSON."). */
void nitro_judge(long status, const char *body, size_t len, const char *const *known, const char *what,
                 nitro_result *result);

#endif
