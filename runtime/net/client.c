/* The client: its configuration and headers, and what every transport of it
 * shares (the spinner, the trace of response headers, transport failures). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "client_internal.h"
#include "retry.h"
#include "term.h"
#include "trace.h"

#define SPINNER_DELAY_MS 300

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

const char *const *nitro_client_secrets(const nitro_client *client) {
    return client->known;
}

void nitro_client_headers(const nitro_client *client, bool with_content_type, const char *accept,
                          const char *out[NITRO_CLIENT_HEADERS_MAX]) {
    size_t n = 0;
    if (with_content_type) out[n++] = client->headers[0];
    out[n++] = accept ? accept : client->headers[1];
    for (size_t i = 2; i < sizeof client->headers / sizeof *client->headers && client->headers[i]; i++)
        out[n++] = client->headers[i];
    out[n] = NULL;
}

char *nitro_client_request_body(const gql_operation *operation, cJSON *variables) {
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
    return text;
}

long nitro_elapsed_ms(const struct timespec *since) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)((now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000);
}

void nitro_client_spinner_start(nitro_client *client, const char *label) {
    client->label = label;
    client->frame = 0;
    clock_gettime(CLOCK_MONOTONIC, &client->started);
}

void nitro_client_spinner_tick(void *data) {
    nitro_client *client = data;
    FILE *out = client->config.spinner;
    if (!out || !client->label || nitro_elapsed_ms(&client->started) < SPINNER_DELAY_MS) return;
    int frame = (int)(nitro_elapsed_ms(&client->started) / 100) % 20;
    if (client->spinner_drawn && frame == client->frame) return;
    client->frame = frame;
    fprintf(out, "\r%s %s", nitro_spinner_frame((unsigned)frame), client->label);
    fflush(out);
    client->spinner_drawn = true;
}

void nitro_client_spinner_clear(nitro_client *client) {
    if (client->spinner_drawn) {
        fputs("\r\033[K", client->config.spinner);
        fflush(client->config.spinner);
        client->spinner_drawn = false;
    }
}

void nitro_client_on_header(void *data, const char *line, size_t len) {
    nitro_client *client = data;
    client->saw_headers = true;
    if (client->config.trace) nitro_trace_response_header(client->config.trace, line, len, client->known);
    if (len >= 5 && strncmp(line, "HTTP/", 5) == 0) {
        client->retry_after_ms = -1; /* a new response (after 100 Continue): its own headers */
    } else if (len > 12 && strncasecmp(line, "Retry-After:", 12) == 0) {
        client->retry_after_ms = nitro_parse_retry_after(line + 12, len - 12, time(NULL));
    }
}

/* A TLS failure in people's words, libcurl's after them in parentheses (they
 * name the certificate's problem exactly), and what to try. */
static void describe_tls(const char *endpoint, const nitro_http_response *response, nitro_result *result) {
    const char *what = "the TLS handshake failed";
    switch (response->tls_failure) {
    case NITRO_TLS_UNTRUSTED:
        what = "the server's certificate is not signed by a certificate authority this machine trusts";
        snprintf(result->hint, sizeof result->hint,
                 "if the server uses a private or self-signed CA, set SSL_CERT_FILE to that CA's certificate (PEM).");
        break;
    case NITRO_TLS_WRONG_NAME: what = "the server's certificate is for another host name"; break;
    case NITRO_TLS_EXPIRED: what = "the server's certificate has expired or is not valid yet (check the clock)"; break;
    case NITRO_TLS_NOT_TLS: {
        what = "the server did not answer in TLS (a plain-http port?)";
        /* The same URL over http://, when it was https://. */
        if (strncmp(endpoint, "https://", 8) == 0) {
            const char *rest = endpoint + 8, *slash = strchr(rest, '/');
            int host_len = slash ? (int)(slash - rest) : (int)strlen(rest);
            snprintf(result->hint, sizeof result->hint,
                     "if it serves plain HTTP, use http://%.*s as the cloud URL (--cloud-url, NITRO_CLOUD_URL).",
                     host_len, rest);
        }
        break;
    }
    case NITRO_TLS_CLOSED: what = "the server closed the connection during the TLS handshake"; break;
    case NITRO_TLS_NO_COMMON: what = "the server and nitro share no TLS version or cipher"; break;
    case NITRO_TLS_CA_FILE: what = "the CA certificates to verify the server with could not be read"; break;
    case NITRO_TLS_OTHER: break;
    }
    nitro_result_set(result, NITRO_RESULT_TRANSPORT, "The TLS connection to %s failed: %s (%s).", endpoint, what,
                     response->error);
}

void nitro_client_describe_transport(nitro_http_status status, const char *endpoint,
                                     const nitro_http_response *response, nitro_result *result) {
    switch (status) {
    case NITRO_HTTP_OK: break;
    case NITRO_HTTP_INTERRUPTED: nitro_result_set(result, NITRO_RESULT_INTERRUPTED, "Interrupted."); break;
    case NITRO_HTTP_CONNECT_FAILED:
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not connect to %s: %s", endpoint, response->error);
        break;
    case NITRO_HTTP_TIMEOUT:
        result->timed_out = true;
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "The request to %s timed out: %s", endpoint, response->error);
        break;
    case NITRO_HTTP_TLS: describe_tls(endpoint, response, result); break;
    case NITRO_HTTP_TOO_LARGE:
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "The response from %s was refused: %s.", endpoint,
                         response->error);
        break;
    case NITRO_HTTP_READ_FAILED:
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "A file to upload could not be read: %s", response->error);
        break;
    case NITRO_HTTP_FAILED:
    case NITRO_HTTP_UNAVAILABLE:
    case NITRO_HTTP_STOPPED: /* the transport that stopped it says why */
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: %s", response->error);
        break;
    }
}

long nitro_client_timeout_ms(const nitro_client *client) {
    return client->config.timeout_ms > 0 ? client->config.timeout_ms : 30000;
}

nitro_http_status nitro_client_send_once(nitro_client *client, nitro_http_request *request, const char *progress_label,
                                         nitro_result *result, nitro_http_response *response) {
    request->connect_timeout_ms = client->config.connect_timeout_ms;
    request->tick = nitro_client_spinner_tick;
    request->tick_data = client;
    request->ca_file = client->config.ca_file;
    request->on_header = nitro_client_on_header;
    request->header_data = client;
    nitro_client_spinner_start(client, progress_label);
    client->saw_headers = false;
    client->requests++;
    result->tries = 1;
    nitro_http_status status = nitro_http_post(client->http, request, response);
    nitro_client_spinner_clear(client);
    return status;
}
