/* One GraphQL operation over HTTP: sent once (a mutation) or retried as the
 * retry policy decides (a query), each try judged like any response. */
#include "graphql_client.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client_internal.h"
#include "http.h"
#include "retry.h"
#include "term.h"
#include "trace.h"

/* Backoff waits are slept in slices this long, checking for Ctrl-C between them. */
#define WAIT_SLICE_MS 50

/* xorshift64*: a uniform double in [0, 1). */
static double client_random(void *data) {
    nitro_client *client = data;
    uint64_t x = client->random_state ? client->random_state : 0x9e3779b97f4a7c15u;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    client->random_state = x;
    return (double)((x * 0x2545f4914f6cdd1du) >> 11) / 9007199254740992.0;
}

/* Sleeps `ms`, a slice at a time, keeping the spinner going; false when
 * interrupted (Ctrl-C or SIGTERM). */
static bool wait_interruptibly(nitro_client *client, long ms) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        if (nitro_interrupted) return false;
        long left = ms - nitro_elapsed_ms(&start);
        if (left <= 0) return true;
        long slice = left < WAIT_SLICE_MS ? left : WAIT_SLICE_MS;
        struct timespec pause = {.tv_sec = slice / 1000, .tv_nsec = (slice % 1000) * 1000000L};
        nanosleep(&pause, NULL); /* EINTR: the loop checks the flag */
        nitro_client_spinner_tick(client);
    }
}

static nitro_failure_class classify(nitro_http_status status, const nitro_http_response *response) {
    switch (status) {
    case NITRO_HTTP_OK:
        return response->status < 200 || response->status > 299 ? NITRO_FAILURE_STATUS : NITRO_FAILURE_NONE;
    case NITRO_HTTP_CONNECT_FAILED:
    case NITRO_HTTP_FAILED: return NITRO_FAILURE_CONNECTION; /* refused, reset, closed without an answer */
    case NITRO_HTTP_TIMEOUT:                                 /* the budget is spent */
    case NITRO_HTTP_TOO_LARGE:                               /* it would be as large again */
    case NITRO_HTTP_INTERRUPTED:
    case NITRO_HTTP_STOPPED:                        /* not by nitro_client_execute */
    case NITRO_HTTP_READ_FAILED:                    /* nor this: it sends no files */
    case NITRO_HTTP_UNAVAILABLE:                    /* a missing library does not come back */
    case NITRO_HTTP_TLS: return NITRO_FAILURE_NONE; /* a certificate does not get better */
    }
    return NITRO_FAILURE_NONE;
}

/* The --verbose note on a failure that is not retried. */
static void trace_why_not(FILE *trace, const nitro_retry_input *retry) {
    nitro_retry_input more_time = *retry;
    more_time.remaining_ms = 24 * 3600 * 1000L;
    more_time.retry_after_ms = -1;
    if (retry->is_mutation) {
        nitro_trace_note(trace, "not retried: a mutation is sent at most once");
    } else if (nitro_retry_delay_ms(&more_time, NULL, NULL) < 0) {
        if (retry->tries >= NITRO_RETRY_MAX_TRIES) {
            nitro_trace_note(trace, "not retried: that was try %d of %d", retry->tries, NITRO_RETRY_MAX_TRIES);
        } else {
            nitro_trace_note(trace, "not retried: HTTP %ld does not pass by trying again", retry->http_status);
        }
    } else {
        nitro_trace_note(trace, "not retried: the timeout (NITRO_TIMEOUT) leaves no time for another try%s",
                         retry->retry_after_ms >= 0 ? " after Retry-After" : "");
    }
}

bool nitro_client_execute(nitro_client *client, const gql_operation *operation, cJSON *variables,
                          const char *progress_label, nitro_result *result) {
    memset(result, 0, sizeof *result);
    char *text = nitro_client_request_body(operation, variables);
    if (!text) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: out of memory");
        return false;
    }

    const char *endpoint = client->config.endpoint;
    FILE *trace = client->config.trace;
    nitro_http_request request = {
        .url = endpoint,
        .headers = (const char *const *)client->headers,
        .body = text,
        .body_len = strlen(text),
        .max_response_bytes = NITRO_MAX_RESPONSE_BYTES,
        .tick = nitro_client_spinner_tick,
        .tick_data = client,
        .ca_file = client->config.ca_file,
        .on_header = nitro_client_on_header,
        .header_data = client,
    };
    nitro_client_spinner_start(client, progress_label);
    struct timespec operation_start = client->started;
    long budget = nitro_client_timeout_ms(client);
    for (int tries = 1;; tries++) {
        long remaining = budget - nitro_elapsed_ms(&operation_start);
        if (remaining < 1) remaining = 1;
        request.timeout_ms = remaining;
        request.connect_timeout_ms =
            client->config.connect_timeout_ms > 0 && client->config.connect_timeout_ms < remaining
                ? client->config.connect_timeout_ms
                : remaining;
        client->retry_after_ms = -1;
        client->saw_headers = false;
        if (trace) nitro_trace_request(trace, endpoint, request.headers, text, request.body_len, client->known);
        nitro_http_response response;
        client->requests++;
        result->tries = tries;
        nitro_http_status status = nitro_http_post(client->http, &request, &response);
        nitro_client_spinner_clear(client);
        if (trace) {
            if (status == NITRO_HTTP_OK) {
                if (!client->saw_headers) fprintf(trace, "< HTTP %ld\n<\n", response.status);
                nitro_trace_response_body(trace, response.body, response.len, client->known);
            } else {
                nitro_trace_note(trace, "no answer after %ld ms: %s", nitro_elapsed_ms(&operation_start),
                                 response.error);
            }
        }
        if (status == NITRO_HTTP_OK) {
            nitro_result_from_response_known(response.status, response.body, response.len, client->known, result);
        } else {
            nitro_client_describe_transport(status, endpoint, &response, result);
        }
        bool sent_mutation = operation->is_mutation && response.request_sent;
        nitro_retry_input retry = {
            .is_mutation = operation->is_mutation,
            .tries = tries,
            .failure = classify(status, &response),
            .http_status = status == NITRO_HTTP_OK ? response.status : 0,
            .retry_after_ms = client->retry_after_ms,
            .remaining_ms = budget - nitro_elapsed_ms(&operation_start),
        };
        long delay = nitro_interrupted ? -1 : nitro_retry_delay_ms(&retry, client_random, client);
        /* After a sent mutation anything but a clear answer leaves its outcome open. */
        result->maybe_applied =
            sent_mutation && (result->kind == NITRO_RESULT_TRANSPORT || result->kind == NITRO_RESULT_INTERRUPTED ||
                              result->kind == NITRO_RESULT_BAD_RESPONSE ||
                              (result->kind == NITRO_RESULT_HTTP && response.status >= 500));
        nitro_http_response_free(&response);
        if (delay < 0) {
            if (trace && retry.failure != NITRO_FAILURE_NONE && !nitro_interrupted) trace_why_not(trace, &retry);
            break;
        }
        if (trace) {
            nitro_trace_note(trace, "retrying in %ld ms (try %d of at most %d)%s", delay, tries + 1,
                             NITRO_RETRY_MAX_TRIES, retry.retry_after_ms >= 0 ? ", as Retry-After asks" : "");
        }
        if (!wait_interruptibly(client, delay)) {
            nitro_result_free(result);
            memset(result, 0, sizeof *result);
            result->tries = tries;
            nitro_result_set(result, NITRO_RESULT_INTERRUPTED, "Interrupted.");
            break;
        }
        nitro_client_spinner_clear(client);
        nitro_result_free(result);
        memset(result, 0, sizeof *result);
    }
    nitro_client_spinner_clear(client);
    free(text);
    /* A successful answer is kept even when a signal came meanwhile (a new
     * secret is shown); the run still ends with 130. */
    return result->kind == NITRO_RESULT_OK;
}
