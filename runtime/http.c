/* RTLD_DEFAULT */
#define _GNU_SOURCE
#include "http.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "term.h"

struct nitro_http {
    CURL *curl;
};

typedef struct {
    nitro_http_response *response;
    size_t cap;
    size_t max;
    bool too_large;
} sink;

static size_t on_body(char *data, size_t size, size_t count, void *user) {
    sink *s = user;
    size_t n = size * count;
    nitro_http_response *r = s->response;
    if (r->len + n > s->max) {
        s->too_large = true;
        return 0; /* aborts the transfer */
    }
    if (r->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 16384;
        while (cap < r->len + n + 1)
            cap *= 2;
        char *grown = realloc(r->body, cap);
        if (!grown) return 0;
        r->body = grown;
        s->cap = cap;
    }
    memcpy(r->body + r->len, data, n);
    r->len += n;
    r->body[r->len] = '\0';
    return n;
}

static int on_progress(void *user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
    const nitro_http_request *request = user;
    if (nitro_interrupted) return 1;
    if (request->tick) request->tick(request->tick_data);
    return 0;
}

/* libcurl's OpenSSL backend loads every OpenSSL error string at start-up, about
 * 0.5 MiB resident for text that only decorates rare TLS failures (curl still
 * words certificate problems itself). Asking OpenSSL first not to load them
 * keeps a long --all run under 10 MiB. Looked up at run time so that nitro
 * neither links OpenSSL nor cares which TLS library libcurl was built with. */
static void skip_openssl_error_strings(void) {
    typedef int (*init_fn)(uint64_t opts, const void *settings);
    init_fn init_ssl;
    *(void **)&init_ssl = dlsym(RTLD_DEFAULT, "OPENSSL_init_ssl");
    if (init_ssl) {
        const uint64_t no_ssl_strings = 0x00100000L, no_crypto_strings = 0x00000001L;
        init_ssl(no_ssl_strings | no_crypto_strings, NULL);
    }
}

nitro_http *nitro_http_new(void) {
    skip_openssl_error_strings();
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return NULL;
    nitro_http *http = calloc(1, sizeof *http);
    if (!http) return NULL;
    http->curl = curl_easy_init();
    if (!http->curl) {
        free(http);
        return NULL;
    }
    return http;
}

void nitro_http_free(nitro_http *http) {
    if (!http) return;
    curl_easy_cleanup(http->curl);
    free(http);
    curl_global_cleanup();
}

nitro_http_status nitro_http_post(nitro_http *http, const nitro_http_request *request, nitro_http_response *response) {
    memset(response, 0, sizeof *response);
    CURL *curl = http->curl;
    struct curl_slist *headers = NULL;
    for (const char *const *h = request->headers; *h; h++) {
        struct curl_slist *more = curl_slist_append(headers, *h);
        if (!more) {
            curl_slist_free_all(headers);
            snprintf(response->error, sizeof response->error, "out of memory");
            return NITRO_HTTP_FAILED;
        }
        headers = more;
    }
    sink s = {.response = response, .max = request->max_response_bytes};
    char curl_error[CURL_ERROR_SIZE] = "";
    /* Options are set on every call: the handle (and its connection) is reused. */
    curl_easy_setopt(curl, CURLOPT_URL, request->url);
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request->body);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_len);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, (void *)request);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, request->timeout_ms);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    /* A redirect would carry the API key to another host: never follow one. */
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);

    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);

    long request_size = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &request_size);
    response->request_sent = request_size > 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response->status);
    if (rc == CURLE_OK) return NITRO_HTTP_OK;

    const char *detail = curl_error[0] ? curl_error : curl_easy_strerror(rc);
    snprintf(response->error, sizeof response->error, "%s", detail);
    free(response->body);
    response->body = NULL;
    response->len = 0;
    if (s.too_large) {
        snprintf(response->error, sizeof response->error, "the response is larger than %zu MiB",
                 request->max_response_bytes >> 20);
        return NITRO_HTTP_TOO_LARGE;
    }
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: response->request_sent = false; return NITRO_HTTP_CONNECT_FAILED;
    case CURLE_OPERATION_TIMEDOUT: return NITRO_HTTP_TIMEOUT;
    case CURLE_ABORTED_BY_CALLBACK: return NITRO_HTTP_INTERRUPTED;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE: return NITRO_HTTP_TLS;
    default: return NITRO_HTTP_FAILED;
    }
}

void nitro_http_response_free(nitro_http_response *response) {
    free(response->body);
    response->body = NULL;
    response->len = 0;
}

const char *nitro_http_reason(long status) {
    static const struct {
        long status;
        const char *reason;
    } reasons[] = {
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {413, "Payload Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++) {
        if (reasons[i].status == status) return reasons[i].reason;
    }
    return "";
}
