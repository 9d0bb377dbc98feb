#include "graphql_client.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http.h"
#include "safe_text.h"
#include "term.h"
#include "trace.h"

/* Responses larger than this are refused: no page of the Nitro API comes near it. */
#define MAX_RESPONSE_BYTES (32u << 20)
/* Deeper JSON than this is refused before parsing (cJSON recurses). */
#define MAX_JSON_DEPTH 64
#define SPINNER_DELAY_MS 300
/* Backoff waits are slept in slices this long, checking for Ctrl-C between them. */
#define WAIT_SLICE_MS 50

struct nitro_client {
    nitro_client_config config;
    nitro_http *http;
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

static char *header(const char *name, const char *value) {
    size_t size = strlen(name) + strlen(value) + 3;
    char *out = malloc(size);
    if (out) snprintf(out, size, "%s: %s", name, value);
    return out;
}

nitro_client *nitro_client_new(const nitro_client_config *config) {
    nitro_client *client = calloc(1, sizeof *client);
    if (!client) return NULL;
    client->config = *config;
    if (config->trace) client->config.spinner = NULL; /* the trace's lines, not a spinner redrawn over them */
    client->http = nitro_http_new();
    char agent[96], user_agent[96];
    snprintf(agent, sizeof agent, "Nitro CLI/%s", config->client_version);
    snprintf(user_agent, sizeof user_agent, "nitro/%s", config->client_version);
    size_t n = 0;
    client->headers[n++] = header("Content-Type", "application/json");
    client->headers[n++] = header("Accept", "application/json");
    client->headers[n++] = header("GraphQL-Preflight", "1");
    client->headers[n++] = header("GraphQL-Client-Version", config->client_version);
    client->headers[n++] = header("ccc-agent", agent);
    client->headers[n++] = header("User-Agent", user_agent);
    if (config->auth == NITRO_AUTH_API_KEY) {
        client->headers[n++] = header("CCC-api-key", config->credential);
    } else if (config->auth == NITRO_AUTH_BEARER) {
        char *bearer = malloc(strlen(config->credential) + 8);
        if (bearer) sprintf(bearer, "Bearer %s", config->credential);
        client->headers[n++] = bearer ? header("Authorization", bearer) : NULL;
        if (bearer) memset(bearer, 0, strlen(bearer));
        free(bearer);
    }
    if (config->auth != NITRO_AUTH_NONE && config->credential && *config->credential)
        client->known[0] = config->credential;
    /* Jitter needs no cryptographic randomness, only different runs drifting apart. */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    client->random_state = ((uint64_t)now.tv_sec * 1000000007u) ^ (uint64_t)now.tv_nsec ^ (uint64_t)(uintptr_t)client;
    bool ok = client->http != NULL;
    for (size_t i = 0; i < n; i++)
        ok = ok && client->headers[i];
    if (!ok) {
        nitro_client_free(client);
        return NULL;
    }
    return client;
}

void nitro_client_free(nitro_client *client) {
    if (!client) return;
    for (size_t i = 0; i < sizeof client->headers / sizeof *client->headers; i++) {
        if (client->headers[i]) {
            /* The auth header holds a secret: wipe it before freeing. */
            memset(client->headers[i], 0, strlen(client->headers[i]));
            free(client->headers[i]);
        }
    }
    nitro_http_free(client->http);
    free(client);
}

unsigned long nitro_client_request_count(const nitro_client *client) {
    return client->requests;
}

static long elapsed_ms(const struct timespec *since) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)((now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000);
}

static void spinner_tick(void *data) {
    nitro_client *client = data;
    FILE *out = client->config.spinner;
    if (!out || !client->label || elapsed_ms(&client->started) < SPINNER_DELAY_MS) return;
    int frame = (int)(elapsed_ms(&client->started) / 100) % 20;
    if (client->spinner_drawn && frame == client->frame) return;
    client->frame = frame;
    fprintf(out, "\r%s %s", nitro_spinner_frame((unsigned)frame), client->label);
    fflush(out);
    client->spinner_drawn = true;
}

static void spinner_clear(nitro_client *client) {
    if (client->spinner_drawn) {
        fputs("\r\033[K", client->config.spinner);
        fflush(client->config.spinner);
        client->spinner_drawn = false;
    }
}

static void set_message(nitro_result *result, nitro_result_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_message(nitro_result *result, nitro_result_kind kind, const char *fmt, ...) {
    result->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(result->message, sizeof result->message, fmt, ap);
    va_end(ap);
}

/* What the lexical pass over a body found before it is parsed. */
typedef enum {
    BODY_OK,
    BODY_TOO_DEEP, /* nesting past MAX_JSON_DEPTH (cJSON recurses) */
    BODY_INVALID,  /* a NUL byte, raw or as \u0000 (C strings would end there, silently), or no memory */
} body_check;

/* One pass over a body before cJSON sees it: nesting depth, NUL bytes and
 * \u0000 escapes, and bytes that are not UTF-8. Each of those bytes becomes
 * U+FFFD (as in jq and browsers) in *clean (malloc'd, NUL-terminated; NULL
 * when the body needs no change): refusing the response instead would let one
 * bad byte in a description make a list unusable for good, and copying it
 * would make --output json invalid. */
static body_check check_body(const char *body, size_t len, char **clean, size_t *clean_len) {
    static const char replacement[] = "\xef\xbf\xbd";
    const unsigned char *b = (const unsigned char *)body;
    *clean = NULL;
    *clean_len = 0;
    char *out = NULL;
    size_t o = 0;
    int depth = 0;
    bool in_string = false;
    bool nul = false; /* the scan goes on: depth is judged first */
    body_check check = BODY_OK;
    for (size_t i = 0; i < len && check == BODY_OK;) {
        unsigned char c = b[i];
        size_t n = nitro_utf8_length(b + i, len - i);
        if (c == 0) {
            nul = true;
        } else if (n == 0) {
            if (!out && (out = malloc(len * 3 + 1))) { /* each byte may become three */
                memcpy(out, body, i);
            }
            if (!out) return BODY_INVALID;
            memcpy(out + o, replacement, 3);
            o += 3;
            i++;
            continue;
        } else if (in_string) {
            if (c == '\\') {
                if (len - i >= 6 && memcmp(body + i + 1, "u0000", 5) == 0) nul = true;
                /* The escaped character with it, so that \" does not end the string. */
                if (i + 1 < len && b[i + 1] != 0 && b[i + 1] < 0x80) n = 2;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > MAX_JSON_DEPTH) check = BODY_TOO_DEEP;
        } else if (c == '}' || c == ']') {
            depth--;
        }
        if (out) memcpy(out + o, body + i, n);
        o += n;
        i += n;
    }
    if (check != BODY_OK || nul) {
        free(out);
        return check != BODY_OK ? check : BODY_INVALID;
    }
    if (out) {
        out[o] = '\0';
        *clean = out;
        *clean_len = o;
    }
    return BODY_OK;
}

/* True when only JSON whitespace is left. */
static bool only_space(const char *p, const char *end) {
    for (; p < end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return false;
    }
    return true;
}

/* Replaces, in every string of the response, each occurrence of a known
 * secret (the credential in use) by "[redacted]". The strings are decoded
 * already, so escaped forms of the secret (\/, \u0041) are caught too; the
 * messages, errors and results made from them cannot show it. */
static void redact_known(cJSON *item, const char *const *known) {
    for (; item; item = item->next) {
        if (cJSON_IsString(item) && item->valuestring) {
            char *redacted = nitro_redact_known_text(item->valuestring, known);
            if (redacted) {
                cJSON_free(item->valuestring);
                item->valuestring = redacted;
            }
        }
        if (item->child) redact_known(item->child, known);
    }
}

static bool is_auth_code(const char *code) {
    return strcmp(code, "AUTH_NOT_AUTHENTICATED") == 0 || strcmp(code, "AUTH_NOT_AUTHORIZED") == 0;
}

/* Reads errors[]: an auth code anywhere wins; otherwise the first message. */
static bool read_errors(const cJSON *errors, nitro_result *result) {
    if (!cJSON_IsArray(errors) || cJSON_GetArraySize(errors) == 0) return false;
    const cJSON *first = NULL;
    const cJSON *error;
    cJSON_ArrayForEach(error, errors) {
        const cJSON *code =
            cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(error, "extensions"), "code");
        if (cJSON_IsString(code) && is_auth_code(code->valuestring)) {
            result->kind = NITRO_RESULT_AUTH;
            snprintf(result->code, sizeof result->code, "%s", code->valuestring);
            return true;
        }
        if (!first) first = error;
    }
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(first, "message");
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(first, "extensions"), "code");
    set_message(result, NITRO_RESULT_GRAPHQL, "%s", cJSON_IsString(message) ? message->valuestring : "(no message)");
    if (cJSON_IsString(code)) snprintf(result->code, sizeof result->code, "%s", code->valuestring);
    return true;
}

void nitro_result_from_response(long status, const char *body, size_t len, nitro_result *result) {
    nitro_result_from_response_known(status, body, len, NULL, result);
}

void nitro_result_from_response_known(long status, const char *body, size_t len, const char *const *known,
                                      nitro_result *result) {
    result->http_status = status;
    char *clean = NULL;
    size_t clean_len = 0;
    body_check check = body ? check_body(body, len, &clean, &clean_len) : BODY_OK;
    if (clean) {
        body = clean;
        len = clean_len;
    }
    cJSON *json = NULL;
    if (body && check == BODY_OK) {
        const char *end = NULL;
        json = cJSON_ParseWithLengthOpts(body, len, &end, false);
        /* Anything after the document is not part of it: a response cut and
         * glued, or a second answer smuggled in. */
        if (json && (!end || !only_space(end, body + len))) {
            cJSON_Delete(json);
            json = NULL;
        }
    }
    free(clean);
    if (json && known) redact_known(json, known);
    result->response = json;
    const cJSON *errors = cJSON_GetObjectItemCaseSensitive(json, "errors");
    if (status < 200 || status > 299) {
        /* A GraphQL auth error may come with 401 (application/graphql-response+json), and a refused
         * persisted operation with 400: both are reported as what they are, not as a status. */
        if (read_errors(errors, result) && (result->kind == NITRO_RESULT_AUTH || strcmp(result->code, "HC0020") == 0 ||
                                            strcmp(result->code, "HC0067") == 0))
            return;
        result->kind = status == 401 || status == 403 ? NITRO_RESULT_AUTH : NITRO_RESULT_HTTP;
        result->code[0] = '\0';
        snprintf(result->message, sizeof result->message, "%ld", status);
        return;
    }
    if (check == BODY_TOO_DEEP) {
        set_message(result, NITRO_RESULT_BAD_RESPONSE,
                    "The server returned a response nested deeper than %d levels; it was refused.", MAX_JSON_DEPTH);
        return;
    }
    if (!cJSON_IsObject(json)) {
        set_message(result, NITRO_RESULT_BAD_RESPONSE, "The server returned a response that is not valid JSON.");
        return;
    }
    if (read_errors(errors, result)) return;
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(json, "data");
    if (!cJSON_IsObject(data)) {
        set_message(result, NITRO_RESULT_BAD_RESPONSE, "The server returned a response without data.");
        return;
    }
    result->kind = NITRO_RESULT_OK;
    result->data = data;
}

/* ---- retries ------------------------------------------------------------- */

long nitro_retry_delay_ms(const nitro_retry_input *input, nitro_random_fn random, void *random_data) {
    if (input->is_mutation || input->tries < 1 || input->tries >= NITRO_RETRY_MAX_TRIES) return -1;
    switch (input->failure) {
    case NITRO_FAILURE_NONE: return -1;
    case NITRO_FAILURE_CONNECTION: break;
    case NITRO_FAILURE_STATUS:
        if (input->http_status != 429 && input->http_status != 502 && input->http_status != 503 &&
            input->http_status != 504)
            return -1;
        break;
    }
    long delay = NITRO_RETRY_BASE_MS;
    for (int i = 1; i < input->tries && delay < NITRO_RETRY_MAX_DELAY_MS; i++)
        delay *= 2;
    if (delay > NITRO_RETRY_MAX_DELAY_MS) delay = NITRO_RETRY_MAX_DELAY_MS;
    double r = random ? random(random_data) : 0.5;
    if (!(r >= 0.0 && r < 1.0)) r = 0.5;
    delay = delay / 2 + (long)(r * (double)(delay - delay / 2));
    if (input->retry_after_ms > delay) delay = input->retry_after_ms;
    if (delay + NITRO_RETRY_MIN_TRY_MS > input->remaining_ms) return -1;
    return delay;
}

static int month_index(const char *name) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    for (int i = 0; i < 12; i++) {
        if (strncmp(name, months + 3 * i, 3) == 0) return i;
    }
    return -1;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long long days_from_civil(long long y, int m, int d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool read_digits(const char **p, const char *end, int count, int *out) {
    int value = 0;
    for (int i = 0; i < count; i++) {
        if (*p >= end || **p < '0' || **p > '9') return false;
        value = value * 10 + (*(*p)++ - '0');
    }
    *out = value;
    return true;
}

long nitro_parse_retry_after(const char *value, size_t len, time_t now) {
    const char *p = value, *end = value + len;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    if (p == end) return -1;
    if (*p >= '0' && *p <= '9') {
        long long seconds = 0;
        for (; p < end; p++) {
            if (*p < '0' || *p > '9') return -1;
            if (seconds < 1000000) seconds = seconds * 10 + (*p - '0');
        }
        if (seconds > 86400) seconds = 86400;
        return (long)(seconds * 1000);
    }
    /* IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT". */
    int day, year, hour, minute, second;
    if (end - p != 29 || p[3] != ',' || p[4] != ' ') return -1;
    p += 5;
    if (!read_digits(&p, end, 2, &day) || *p++ != ' ') return -1;
    int month = month_index(p);
    if (month < 0) return -1;
    p += 3;
    if (*p++ != ' ' || !read_digits(&p, end, 4, &year) || *p++ != ' ' || !read_digits(&p, end, 2, &hour) ||
        *p++ != ':' || !read_digits(&p, end, 2, &minute) || *p++ != ':' || !read_digits(&p, end, 2, &second) ||
        strncmp(p, " GMT", 4) != 0)
        return -1;
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return -1;
    long long when = days_from_civil(year, month + 1, day) * 86400 + hour * 3600 + minute * 60 + second;
    long long delta = when - (long long)now;
    if (delta < 0) delta = 0;
    if (delta > 86400) delta = 86400;
    return (long)(delta * 1000);
}

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
        long left = ms - elapsed_ms(&start);
        if (left <= 0) return true;
        long slice = left < WAIT_SLICE_MS ? left : WAIT_SLICE_MS;
        struct timespec pause = {.tv_sec = slice / 1000, .tv_nsec = (slice % 1000) * 1000000L};
        nanosleep(&pause, NULL); /* EINTR: the loop checks the flag */
        spinner_tick(client);
    }
}

static void on_header(void *data, const char *line, size_t len) {
    nitro_client *client = data;
    client->saw_headers = true;
    if (client->config.trace) nitro_trace_response_header(client->config.trace, line, len, client->known);
    if (len >= 5 && strncmp(line, "HTTP/", 5) == 0) {
        client->retry_after_ms = -1; /* a new response (after 100 Continue): its own headers */
    } else if (len > 12 && strncasecmp(line, "Retry-After:", 12) == 0) {
        client->retry_after_ms = nitro_parse_retry_after(line + 12, len - 12, time(NULL));
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
    case NITRO_HTTP_UNAVAILABLE:                    /* a missing library does not come back */
    case NITRO_HTTP_TLS: return NITRO_FAILURE_NONE; /* a certificate does not get better */
    }
    return NITRO_FAILURE_NONE;
}

static void describe_transport(nitro_http_status status, const char *endpoint, const nitro_http_response *response,
                               nitro_result *result) {
    switch (status) {
    case NITRO_HTTP_OK: break;
    case NITRO_HTTP_INTERRUPTED: set_message(result, NITRO_RESULT_INTERRUPTED, "Interrupted."); break;
    case NITRO_HTTP_CONNECT_FAILED:
        set_message(result, NITRO_RESULT_TRANSPORT, "Could not connect to %s: %s", endpoint, response->error);
        break;
    case NITRO_HTTP_TIMEOUT:
        result->timed_out = true;
        set_message(result, NITRO_RESULT_TRANSPORT, "The request to %s timed out: %s", endpoint, response->error);
        break;
    case NITRO_HTTP_TLS:
        set_message(result, NITRO_RESULT_TRANSPORT, "The TLS connection to %s failed: %s", endpoint, response->error);
        break;
    case NITRO_HTTP_TOO_LARGE:
        set_message(result, NITRO_RESULT_TRANSPORT, "The response from %s was refused: %s.", endpoint, response->error);
        break;
    case NITRO_HTTP_FAILED:
    case NITRO_HTTP_UNAVAILABLE:
        set_message(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: %s", response->error);
        break;
    }
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
    cJSON *body = cJSON_CreateObject();
    char *text = NULL;
    if (body && variables && cJSON_AddStringToObject(body, "query", operation->document) &&
        cJSON_AddStringToObject(body, "operationName", operation->name) &&
        cJSON_AddItemToObject(body, "variables", variables)) {
        variables = NULL;
        text = cJSON_PrintUnformatted(body);
    }
    cJSON_Delete(variables);
    cJSON_Delete(body);
    if (!text) {
        set_message(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: out of memory");
        return false;
    }

    const char *endpoint = client->config.endpoint;
    FILE *trace = client->config.trace;
    nitro_http_request request = {
        .url = endpoint,
        .headers = (const char *const *)client->headers,
        .body = text,
        .body_len = strlen(text),
        .max_response_bytes = MAX_RESPONSE_BYTES,
        .tick = spinner_tick,
        .tick_data = client,
        .ca_file = client->config.ca_file,
        .on_header = on_header,
        .header_data = client,
    };
    client->label = progress_label;
    clock_gettime(CLOCK_MONOTONIC, &client->started);
    struct timespec operation_start = client->started;
    long budget = client->config.timeout_ms > 0 ? client->config.timeout_ms : 30000;
    for (int tries = 1;; tries++) {
        long remaining = budget - elapsed_ms(&operation_start);
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
        spinner_clear(client);
        if (trace) {
            if (status == NITRO_HTTP_OK) {
                if (!client->saw_headers) fprintf(trace, "< HTTP %ld\n<\n", response.status);
                nitro_trace_response_body(trace, response.body, response.len, client->known);
            } else {
                nitro_trace_note(trace, "no answer after %ld ms: %s", elapsed_ms(&operation_start), response.error);
            }
        }
        if (status == NITRO_HTTP_OK) {
            nitro_result_from_response_known(response.status, response.body, response.len, client->known, result);
        } else {
            describe_transport(status, endpoint, &response, result);
        }
        bool sent_mutation = operation->is_mutation && response.request_sent;
        nitro_retry_input retry = {
            .is_mutation = operation->is_mutation,
            .tries = tries,
            .failure = classify(status, &response),
            .http_status = status == NITRO_HTTP_OK ? response.status : 0,
            .retry_after_ms = client->retry_after_ms,
            .remaining_ms = budget - elapsed_ms(&operation_start),
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
            set_message(result, NITRO_RESULT_INTERRUPTED, "Interrupted.");
            break;
        }
        spinner_clear(client);
        nitro_result_free(result);
        memset(result, 0, sizeof *result);
    }
    spinner_clear(client);
    free(text);
    /* A successful answer is kept even when a signal came meanwhile (a new
     * secret is shown); the run still ends with 130. */
    return result->kind == NITRO_RESULT_OK;
}

void nitro_result_free(nitro_result *result) {
    cJSON_Delete(result->response);
    result->response = NULL;
    result->data = NULL;
}
