#include "graphql_client.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http.h"

/* Responses larger than this are refused: no page of the Nitro API comes near it. */
#define MAX_RESPONSE_BYTES (32u << 20)
/* Deeper JSON than this is refused before parsing (cJSON recurses). */
#define MAX_JSON_DEPTH 64
#define SPINNER_DELAY_MS 300

struct nitro_client {
    nitro_client_config config;
    nitro_http *http;
    char *headers[8];
    unsigned long requests;
    /* spinner state */
    const char *label;
    struct timespec started;
    int frame;
    bool spinner_drawn;
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
    return (now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000;
}

static void spinner_tick(void *data) {
    nitro_client *client = data;
    FILE *out = client->config.spinner;
    if (!out || !client->label || elapsed_ms(&client->started) < SPINNER_DELAY_MS) return;
    static const char *const frames[] = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    int frame = (int)(elapsed_ms(&client->started) / 100) % 10;
    if (client->spinner_drawn && frame == client->frame) return;
    client->frame = frame;
    fprintf(out, "\r%s %s", frames[frame], client->label);
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

/* True when nesting stays within MAX_JSON_DEPTH (strings are skipped). */
static bool depth_ok(const char *body) {
    int depth = 0;
    bool in_string = false;
    for (const char *p = body; *p; p++) {
        if (in_string) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == '"')
                in_string = false;
        } else if (*p == '"') {
            in_string = true;
        } else if (*p == '{' || *p == '[') {
            if (++depth > MAX_JSON_DEPTH) return false;
        } else if (*p == '}' || *p == ']') {
            depth--;
        }
    }
    return true;
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

static void interpret(const nitro_http_response *response, nitro_result *result) {
    result->http_status = response->status;
    cJSON *json =
        response->body && depth_ok(response->body) ? cJSON_ParseWithLength(response->body, response->len) : NULL;
    result->response = json;
    const cJSON *errors = cJSON_GetObjectItemCaseSensitive(json, "errors");
    if (response->status < 200 || response->status > 299) {
        /* A GraphQL auth error may come with 401 (application/graphql-response+json). */
        if (read_errors(errors, result) && result->kind == NITRO_RESULT_AUTH) return;
        result->kind = response->status == 401 || response->status == 403 ? NITRO_RESULT_AUTH : NITRO_RESULT_HTTP;
        result->code[0] = '\0';
        snprintf(result->message, sizeof result->message, "%ld", response->status);
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

    nitro_http_request request = {
        .url = client->config.endpoint,
        .headers = (const char *const *)client->headers,
        .body = text,
        .body_len = strlen(text),
        .connect_timeout_ms = client->config.connect_timeout_ms,
        .timeout_ms = client->config.timeout_ms,
        .max_response_bytes = MAX_RESPONSE_BYTES,
        .tick = spinner_tick,
        .tick_data = client,
    };
    client->label = progress_label;
    clock_gettime(CLOCK_MONOTONIC, &client->started);
    nitro_http_response response;
    client->requests++;
    nitro_http_status status = nitro_http_post(client->http, &request, &response);
    spinner_clear(client);
    free(text);

    const char *endpoint = client->config.endpoint;
    switch (status) {
    case NITRO_HTTP_OK: interpret(&response, result); break;
    case NITRO_HTTP_INTERRUPTED: set_message(result, NITRO_RESULT_INTERRUPTED, "Interrupted."); break;
    case NITRO_HTTP_CONNECT_FAILED:
        set_message(result, NITRO_RESULT_TRANSPORT, "Could not connect to %s: %s", endpoint, response.error);
        break;
    case NITRO_HTTP_TIMEOUT:
        result->timed_out = true;
        set_message(result, NITRO_RESULT_TRANSPORT, "The request to %s timed out: %s", endpoint, response.error);
        break;
    case NITRO_HTTP_TLS:
        set_message(result, NITRO_RESULT_TRANSPORT, "The TLS connection to %s failed: %s", endpoint, response.error);
        break;
    case NITRO_HTTP_TOO_LARGE:
        set_message(result, NITRO_RESULT_TRANSPORT, "The response from %s was refused: %s.", endpoint, response.error);
        break;
    case NITRO_HTTP_FAILED:
        set_message(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: %s", response.error);
        break;
    }
    /* After a sent mutation anything but a clear answer leaves its outcome open. */
    result->maybe_applied =
        operation->is_mutation && response.request_sent &&
        (result->kind == NITRO_RESULT_TRANSPORT || result->kind == NITRO_RESULT_INTERRUPTED ||
         result->kind == NITRO_RESULT_BAD_RESPONSE || (result->kind == NITRO_RESULT_HTTP && response.status >= 500));
    nitro_http_response_free(&response);
    return result->kind == NITRO_RESULT_OK;
}

void nitro_result_free(nitro_result *result) {
    cJSON_Delete(result->response);
    result->response = NULL;
    result->data = NULL;
}
