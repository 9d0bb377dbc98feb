/* GraphQL over HTTP: the request body and headers of the Nitro CLI, and the
 * three layers of failure (transport, HTTP status, GraphQL errors). */
#ifndef NITRO_GRAPHQL_CLIENT_H
#define NITRO_GRAPHQL_CLIENT_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "gql_runtime.h"
#include "retry.h"

typedef enum {
    NITRO_AUTH_NONE,
    NITRO_AUTH_API_KEY, /* CCC-api-key: an API key or a PAT secret */
    NITRO_AUTH_BEARER,  /* Authorization: Bearer, a session's access token */
} nitro_auth_kind;

typedef struct {
    const char *endpoint;
    nitro_auth_kind auth;
    const char *credential;
    const char *client_version;
    long connect_timeout_ms;
    long timeout_ms;     /* for one operation: every try and every wait between tries */
    FILE *spinner;       /* a terminal to draw a spinner on while waiting, or NULL */
    FILE *trace;         /* --verbose: the request/response trace goes here, or NULL */
    const char *ca_file; /* CAs to verify the server with (SSL_CERT_FILE, CURL_CA_BUNDLE), or NULL */
} nitro_client_config;

typedef enum {
    NITRO_RESULT_OK,
    NITRO_RESULT_TRANSPORT,    /* no HTTP response: connect, timeout, TLS, size */
    NITRO_RESULT_HTTP,         /* a non-2xx status */
    NITRO_RESULT_BAD_RESPONSE, /* not JSON, or not the shape the operation expects */
    NITRO_RESULT_GRAPHQL,      /* errors[] in the response */
    NITRO_RESULT_AUTH,         /* AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED, 401, 403 */
    NITRO_RESULT_INTERRUPTED,  /* Ctrl-C or SIGTERM */
} nitro_result_kind;

typedef struct {
    nitro_result_kind kind;
    long http_status;
    bool timed_out;
    bool maybe_applied; /* a mutation the server may have carried out */
    int tries;          /* requests sent for this operation (queries may be retried) */
    bool server_said;   /* HTTP: the body was a GraphQL error response; message and code are the server's */
    char message[512];
    char code[64];     /* GraphQL extensions.code, or "" */
    char hint[192];    /* TRANSPORT: what to try (https to a plain-http port: the http:// URL), or "" */
    cJSON *response;   /* the parsed body, owned */
    const cJSON *data; /* its "data" when OK */
} nitro_result;

typedef struct nitro_client nitro_client;

nitro_client *nitro_client_new(const nitro_client_config *config);
void nitro_client_free(nitro_client *client);

/* Sends one operation (consuming `variables`) and fills `result`. A mutation
 * is sent exactly once; a query is retried as nitro_retry_delay_ms decides.
 * Returns result->kind == NITRO_RESULT_OK. */
bool nitro_client_execute(nitro_client *client, const gql_operation *operation, cJSON *variables,
                          const char *progress_label, nitro_result *result);

void nitro_result_free(nitro_result *result);

/* Number of requests sent by this client, for tests and benchmarks. */
unsigned long nitro_client_request_count(const nitro_client *client);

/* The secrets this client must never show (the credential it sends), NULL-terminated: for redacting text the
 * client did not make, such as a --jq filter's error message. */
const char *const *nitro_client_secrets(const nitro_client *client);

/* How a response body is judged (exposed for the fuzz targets): fills
 * `result` from an HTTP status and body; free it with nitro_result_free. */
void nitro_result_from_response(long status, const char *body, size_t len, nitro_result *result);

/* The same, with every occurrence of a `known` secret (NULL-terminated list,
 * or NULL) in the response's strings replaced by "[redacted]" before anything
 * is read from them. A body with a NUL (raw or \u0000) or with anything but
 * whitespace after the document is not valid JSON; bytes that are not UTF-8
 * become U+FFFD. */
void nitro_result_from_response_known(long status, const char *body, size_t len, const char *const *known,
                                      nitro_result *result);

#endif
