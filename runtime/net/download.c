#include "download.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic_file.h"
#include "client_internal.h"
#include "http.h"
#include "term.h"
#include "trace.h"

typedef struct {
    int fd;
    long long written; /* to the file */
    long long total;   /* body bytes received */
    int write_error;   /* errno, or 0 */
    /* the first bytes, for the trace */
    char *head;
    size_t head_len, head_max;
    bool head_failed;
} sink;

static void keep_head(sink *s, const char *bytes, size_t len) {
    if (s->head_failed || s->head_len >= s->head_max) return;
    if (!s->head) {
        s->head = malloc(s->head_max + 1);
        if (!s->head) {
            s->head_failed = true;
            return;
        }
    }
    size_t take = len < s->head_max - s->head_len ? len : s->head_max - s->head_len;
    memcpy(s->head + s->head_len, bytes, take);
    s->head_len += take;
    s->head[s->head_len] = '\0';
}

static bool on_body(void *user, const nitro_http_body_info *info, const char *bytes, size_t len) {
    sink *s = user;
    if (s->head_max) keep_head(s, bytes, len);
    s->total += (long long)len;
    if (info->status < 200 || info->status > 299) return true; /* an error page: only its start is traced */
    while (len > 0) {
        ssize_t n = write(s->fd, bytes, len);
        if (n < 0 && errno == EINTR && !nitro_interrupted) continue;
        if (n < 0) {
            s->write_error = errno;
            return false;
        }
        bytes += n;
        len -= (size_t)n;
        s->written += n;
    }
    return true;
}

/* The endpoint's origin ("https://host:port") with `path` after it; NULL without memory. */
static char *origin_url(const char *endpoint, const char *path) {
    const char *host = strstr(endpoint, "://");
    host = host ? host + 3 : endpoint;
    size_t origin_len = (size_t)(host - endpoint) + strcspn(host, "/?#");
    size_t size = origin_len + strlen(path) + 1;
    char *url = malloc(size);
    if (url) snprintf(url, size, "%.*s%s", (int)origin_len, endpoint, path);
    return url;
}

/* A path nitro can put after the origin as it is: "/..." of printable ASCII without spaces, quotes,
 * a fragment or backslashes (each segment escaped by its caller). */
static bool path_is_escaped(const char *path) {
    if (path[0] != '/') return false;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p <= ' ' || *p >= 0x7f || *p == '"' || *p == '#' || *p == '\\' || *p == '<' || *p == '>') return false;
    }
    return true;
}

bool nitro_client_download(nitro_client *client, const char *path, const char *dest_path, const char *progress_label,
                           nitro_result *result) {
    memset(result, 0, sizeof *result);
    const char *endpoint = client->config.endpoint;
    if (!path_is_escaped(path)) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT,
                         "There was an unexpected error: the download path is not an escaped absolute path");
        return false;
    }
    char *url = origin_url(endpoint, path);
    if (!url) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: out of memory");
        return false;
    }
    nitro_atomic_file file;
    if (!nitro_atomic_open(&file, dest_path, NITRO_FILE_PUBLIC)) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not write %s: %s", dest_path, strerror(errno));
        free(url);
        return false;
    }

    const char *headers[NITRO_CLIENT_HEADERS_MAX];
    nitro_client_headers(client, false, NULL, headers);
    FILE *trace = client->config.trace;
    if (trace) nitro_trace_request_head(trace, "GET", url, headers, client->known);
    sink s = {.fd = file.fd, .head_max = trace ? NITRO_TRACE_BODY_MAX : 0};
    nitro_http_request request = {
        .url = url,
        .headers = headers,
        .idle_timeout_ms = nitro_client_timeout_ms(client),
        .on_body = on_body,
        .body_data = &s,
    };
    nitro_http_response response;
    nitro_http_status status = nitro_client_send_once(client, &request, progress_label, result, &response);
    if (trace) {
        if (status == NITRO_HTTP_OK && !client->saw_headers) fprintf(trace, "< HTTP %ld\n<\n", response.status);
        nitro_trace_response_body(trace, s.head, s.head_len, client->known);
        if (s.total > (long long)s.head_len) nitro_trace_note(trace, "%lld bytes of body in all", s.total);
        if (status != NITRO_HTTP_OK)
            nitro_trace_note(trace, "no whole answer after %ld ms: %s", nitro_elapsed_ms(&client->started),
                             response.error);
    }
    result->http_status = response.status;
    bool keep = false;
    if (status == NITRO_HTTP_OK && (response.status < 200 || response.status > 299)) {
        result->kind = response.status == 401 || response.status == 403 ? NITRO_RESULT_AUTH : NITRO_RESULT_HTTP;
        snprintf(result->message, sizeof result->message, "%ld", response.status);
    } else if (status == NITRO_HTTP_OK) {
        /* Whole (libcurl checks Content-Length and the chunked ending): on disk, then in place. */
        keep = nitro_atomic_commit(&file);
        if (keep) {
            result->kind = NITRO_RESULT_OK;
        } else {
            nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not write %s: %s", dest_path, strerror(errno));
        }
    } else if (status == NITRO_HTTP_STOPPED && s.write_error) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not write %s: %s", dest_path, strerror(s.write_error));
    } else if (status == NITRO_HTTP_FAILED && s.total > 0) {
        /* The server stopped in the middle of the body: say so, and that the file was not touched. */
        nitro_result_set(result, NITRO_RESULT_TRANSPORT,
                         "The download from %s was cut short after %lld bytes (%s); %s was not written.", endpoint,
                         s.total, response.error[0] ? response.error : "the connection ended", dest_path);
    } else {
        nitro_client_describe_transport(status, endpoint, &response, result);
    }
    if (!keep && file.fd >= 0) nitro_atomic_abort(&file);
    nitro_http_response_free(&response);
    free(s.head);
    free(url);
    return keep;
}
