#include "subscription.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "client_internal.h"
#include "http.h"
#include "sse.h"
#include "trace.h"

#define STREAM_ACCEPT "Accept: application/graphql-response+json, application/json, text/event-stream"

typedef enum {
    MODE_UNKNOWN, /* no body yet */
    MODE_STREAM,  /* a 2xx text/event-stream: events */
    MODE_SINGLE,  /* anything else: one response, judged whole */
} stream_mode;

typedef struct {
    nitro_client *client;
    const nitro_stream_handler *handler;
    nitro_result *result;
    nitro_sse sse;
    stream_mode mode;
    char *body; /* MODE_SINGLE: the response so far */
    size_t len, cap;
    bool ended;  /* complete, on_result said STOP, or `result` holds the failure that ended it */
    bool failed; /* `result` holds that failure */
} stream;

static bool has_media_type(const char *content_type, const char *type) {
    if (!content_type) return false;
    while (*content_type == ' ' || *content_type == '\t')
        content_type++;
    size_t n = strlen(type);
    return strncasecmp(content_type, type, n) == 0 &&
           (content_type[n] == '\0' || content_type[n] == ';' || content_type[n] == ' ' || content_type[n] == '\t');
}

static void fail(stream *s, const nitro_result *failure) {
    nitro_result_free(s->result);
    int tries = s->result->tries;
    *s->result = *failure;
    s->result->tries = tries;
    s->ended = s->failed = true;
}

static bool on_event(void *user, const char *type, const char *data, size_t len) {
    stream *s = user;
    nitro_client *client = s->client;
    if (client->config.trace) {
        nitro_client_spinner_clear(client);
        nitro_trace_event(client->config.trace, type, data, len, client->known);
    }
    if (strcmp(type, "complete") == 0) {
        s->ended = true;
        return false;
    }
    if (strcmp(type, "next") != 0) return true; /* not ours: ignored, as SSE says */
    nitro_result judged;
    memset(&judged, 0, sizeof judged);
    nitro_judge(200, data, len, client->known, "sent an event", &judged);
    if (judged.kind != NITRO_RESULT_OK) {
        fail(s, &judged);
        return false;
    }
    nitro_client_spinner_clear(client);
    nitro_stream_action action = s->handler->on_result(s->handler->data, judged.data);
    nitro_result_free(&judged);
    if (action == NITRO_STREAM_STOP) {
        s->ended = true;
        return false;
    }
    return true;
}

static bool on_comment(void *user, const char *text, size_t len) {
    stream *s = user;
    if (s->client->config.trace) {
        nitro_client_spinner_clear(s->client);
        nitro_trace_comment(s->client->config.trace, text, len, s->client->known);
    }
    return true;
}

static bool on_body(void *user, const nitro_http_body_info *info, const char *bytes, size_t len) {
    stream *s = user;
    if (s->mode == MODE_UNKNOWN) {
        bool events =
            info->status >= 200 && info->status <= 299 && has_media_type(info->content_type, "text/event-stream");
        s->mode = events ? MODE_STREAM : MODE_SINGLE;
    }
    if (s->mode == MODE_SINGLE) {
        if (s->len + len > NITRO_MAX_RESPONSE_BYTES) {
            nitro_result failure = {0};
            nitro_result_set(&failure, NITRO_RESULT_TRANSPORT,
                             "The response from %s was refused: it is larger than %u MiB.", s->client->config.endpoint,
                             NITRO_MAX_RESPONSE_BYTES >> 20);
            fail(s, &failure);
            return false;
        }
        if (s->len + len + 1 > s->cap) {
            size_t cap = s->cap ? s->cap : 16384;
            while (cap < s->len + len + 1)
                cap *= 2;
            char *grown = realloc(s->body, cap);
            if (!grown) return false;
            s->body = grown;
            s->cap = cap;
        }
        memcpy(s->body + s->len, bytes, len);
        s->len += len;
        s->body[s->len] = '\0';
        return true;
    }
    switch (nitro_sse_feed(&s->sse, bytes, len)) {
    case NITRO_SSE_OK: return true;
    case NITRO_SSE_STOPPED: return false; /* on_event said why */
    case NITRO_SSE_TOO_LARGE: {
        nitro_result failure = {0};
        nitro_result_set(&failure, NITRO_RESULT_BAD_RESPONSE,
                         "The server sent an event larger than %zu MiB; the stream was stopped.",
                         s->sse.max_event >> 20);
        fail(s, &failure);
        return false;
    }
    case NITRO_SSE_NO_MEMORY: break;
    }
    nitro_result failure = {0};
    nitro_result_set(&failure, NITRO_RESULT_TRANSPORT, "There was an unexpected error: out of memory");
    fail(s, &failure);
    return false;
}

/* The end of a stream the server closed. */
static void stream_closed(stream *s) {
    if (s->mode == MODE_STREAM) {
        nitro_result_set(s->result, NITRO_RESULT_BAD_RESPONSE, "%s",
                         nitro_sse_in_event(&s->sse) ? "The server's event stream ended in the middle of an event."
                                                     : "The server's event stream ended before it was complete.");
        return;
    }
    /* One response: judged like any, and a good one is the one result. */
    nitro_client *client = s->client;
    long status = s->result->http_status;
    if (client->config.trace) nitro_trace_response_body(client->config.trace, s->body, s->len, client->known);
    nitro_judge(status, s->body ? s->body : "", s->len, client->known, "returned a response", s->result);
    if (s->result->kind == NITRO_RESULT_OK) s->handler->on_result(s->handler->data, s->result->data);
}

bool nitro_client_subscribe(nitro_client *client, const gql_operation *operation, cJSON *variables,
                            const char *progress_label, const nitro_stream_handler *handler, nitro_result *result) {
    memset(result, 0, sizeof *result);
    char *text = nitro_client_request_body(operation, variables);
    if (!text) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: out of memory");
        return false;
    }
    const char *headers[NITRO_CLIENT_HEADERS_MAX];
    nitro_client_headers(client, true, STREAM_ACCEPT, headers);
    const char *endpoint = client->config.endpoint;
    FILE *trace = client->config.trace;
    long idle = handler->idle_timeout_ms > 0 ? handler->idle_timeout_ms : nitro_client_timeout_ms(client);
    stream s = {.client = client, .handler = handler, .result = result};
    nitro_sse_init(&s.sse, on_event, on_comment, &s, NITRO_STREAM_EVENT_MAX);
    nitro_http_request request = {
        .url = endpoint,
        .headers = headers,
        .body = text,
        .body_len = strlen(text),
        .idle_timeout_ms = idle,
        .on_body = on_body,
        .body_data = &s,
    };
    if (trace) nitro_trace_request(trace, endpoint, headers, text, request.body_len, client->known);
    nitro_http_response response;
    nitro_http_status status = nitro_client_send_once(client, &request, progress_label, result, &response);
    if (status == NITRO_HTTP_OK) {
        if (trace && !client->saw_headers) fprintf(trace, "< HTTP %ld\n<\n", response.status);
        result->http_status = response.status;
        stream_closed(&s);
    } else if (status == NITRO_HTTP_STOPPED && s.ended) {
        /* complete, STOP, or the failure `result` holds already */
        if (!s.failed) result->kind = NITRO_RESULT_OK;
        result->http_status = response.status;
    } else if (!s.failed) {
        if (trace)
            nitro_trace_note(trace, "stream ended after %ld ms: %s", nitro_elapsed_ms(&client->started),
                             response.error);
        if (status == NITRO_HTTP_STOPPED) snprintf(response.error, sizeof response.error, "out of memory");
        nitro_client_describe_transport(status, endpoint, &response, result);
        if (status == NITRO_HTTP_TIMEOUT && s.mode == MODE_STREAM) {
            nitro_result_set(result, NITRO_RESULT_TRANSPORT, "The server's event stream went silent: %s",
                             response.error);
        }
    }
    nitro_http_response_free(&response);
    nitro_sse_free(&s.sse);
    free(s.body);
    free(text);
    return result->kind == NITRO_RESULT_OK;
}
