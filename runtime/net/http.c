/* dlopen, dlsym, dlerror */
#define _GNU_SOURCE
#include "http.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dynload.h"
#include "term.h"

/* libcurl is loaded when the first request is about to be sent, not linked:
 * linked, it and the ~30 libraries it needs (TLS, HTTP/2, IDN, Kerberos, LDAP,
 * ...) are mapped and relocated before main on every start, several
 * milliseconds that --version, --help, usage errors and shell completion
 * would pay for nothing. Only curl's headers are used at build time. */
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

#ifndef NITRO_LIBCURL
#define NITRO_LIBCURL "libcurl.so.4"
#endif

/* The libcurl functions nitro calls, resolved once per process. The library
 * stays loaded until the process ends, as a linked one would: unloading it
 * could pull code from under a resolver thread that a timeout left behind. */
static struct {
    void *library;
    char error[256]; /* why loading failed, or "" */
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *curl);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *multi);
    CURLMcode (*multi_add_handle)(CURLM *multi, CURL *curl);
    CURLMcode (*multi_remove_handle)(CURLM *multi, CURL *curl);
    CURLMcode (*multi_perform)(CURLM *multi, int *running);
    CURLMcode (*multi_poll)(CURLM *multi, struct curl_waitfd extra[], unsigned n, int timeout_ms, int *ready);
    CURLMsg *(*multi_info_read)(CURLM *multi, int *left);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
    curl_mime *(*mime_init)(CURL *curl);
    void (*mime_free)(curl_mime *mime);
    curl_mimepart *(*mime_addpart)(curl_mime *mime);
    CURLcode (*mime_name)(curl_mimepart *part, const char *name);
    CURLcode (*mime_filename)(curl_mimepart *part, const char *filename);
    CURLcode (*mime_type)(curl_mimepart *part, const char *type);
    CURLcode (*mime_data)(curl_mimepart *part, const char *data, size_t size);
    CURLcode (*mime_data_cb)(curl_mimepart *part, curl_off_t size, curl_read_callback read, curl_seek_callback seek,
                             curl_free_callback free_fn, void *arg);
} lib;

struct nitro_http {
    CURL *curl;       /* NULL when libcurl could not be loaded */
    CURLM *multi;     /* drives `curl`, so that the caller's tick runs every TICK_MS; holds the kept-alive connection */
    char *default_ca; /* libcurl's built-in CA bundle, restored after a request with ca_file; or NULL */
};

/* A file part being sent: read a chunk at a time as libcurl asks. */
typedef struct {
    int fd;
    long long size; /* -1: unknown */
    long long sent;
    off_t start; /* the fd's offset when the request began: a resend starts there again */
    int error;   /* errno of a failed read, or -1: the file ended before its size */
} file_source;

/* One transfer's state, shared by libcurl's callbacks. */
typedef struct {
    const nitro_http_request *request;
    CURL *curl;
    nitro_http_response *response;
    size_t cap;
    bool too_large;
    bool stopped;       /* on_body said stop */
    bool idle;          /* the idle timeout ended it */
    file_source *files; /* one per part (fd < 0: unused) */
    struct timespec last_activity;
    curl_off_t last_down, last_up;
} transfer;

static void touch(transfer *t) {
    clock_gettime(CLOCK_MONOTONIC, &t->last_activity);
}

static long idle_ms(const transfer *t) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)((now.tv_sec - t->last_activity.tv_sec) * 1000 + (now.tv_nsec - t->last_activity.tv_nsec) / 1000000);
}

static size_t on_body(char *data, size_t size, size_t count, void *user) {
    transfer *t = user;
    size_t n = size * count;
    touch(t);
    const nitro_http_request *request = t->request;
    if (request->on_body) {
        nitro_http_body_info info = {0};
        lib.easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &info.status);
        char *type = NULL;
        if (lib.easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK) info.content_type = type;
        if (!request->on_body(request->body_data, &info, data, n)) {
            t->stopped = true;
            return 0; /* aborts the transfer */
        }
        return n;
    }
    nitro_http_response *r = t->response;
    if (r->len + n > request->max_response_bytes) {
        t->too_large = true;
        return 0; /* aborts the transfer */
    }
    if (r->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 16384;
        while (cap < r->len + n + 1)
            cap *= 2;
        char *grown = realloc(r->body, cap);
        if (!grown) return 0;
        r->body = grown;
        t->cap = cap;
    }
    memcpy(r->body + r->len, data, n);
    r->len += n;
    r->body[r->len] = '\0';
    return n;
}

/* Each response header line, the status line first and CRLF included. */
static size_t on_header_line(char *data, size_t size, size_t count, void *user) {
    transfer *t = user;
    size_t n = size * count;
    touch(t);
    if (t->request->on_header) t->request->on_header(t->request->header_data, data, n);
    return n;
}

static int on_progress(void *user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void)dltotal, (void)ultotal;
    transfer *t = user;
    const nitro_http_request *request = t->request;
    if (nitro_interrupted) return 1;
    if (dlnow != t->last_down || ulnow != t->last_up) {
        t->last_down = dlnow;
        t->last_up = ulnow;
        touch(t);
    } else if (request->idle_timeout_ms > 0 && idle_ms(t) >= request->idle_timeout_ms) {
        t->idle = true;
        return 1;
    }
    if (request->tick) request->tick(request->tick_data);
    return 0;
}

/* How often a waiting request checks in with its caller (the spinner's frame, Ctrl-C, the idle timeout):
 * libcurl alone calls the progress function about once a second while nothing arrives. */
#define TICK_MS 100

/* One transfer on the handle's multi interface, woken at least every TICK_MS. */
static CURLcode perform(nitro_http *http, transfer *t) {
    if (!http->multi) http->multi = lib.multi_init();
    if (!http->multi || lib.multi_add_handle(http->multi, http->curl) != CURLM_OK) return lib.easy_perform(http->curl);
    CURLcode rc = CURLE_OK;
    int running = 1;
    while (running) {
        if (lib.multi_perform(http->multi, &running) != CURLM_OK) {
            rc = CURLE_OUT_OF_MEMORY;
            break;
        }
        if (!running) break;
        /* What the progress function decides (an interrupt, the idle timeout) is decided here too between its
         * calls, and the caller ticks. */
        if (on_progress(t, 0, t->last_down, 0, t->last_up) != 0) {
            rc = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        if (lib.multi_poll(http->multi, NULL, 0, TICK_MS, NULL) != CURLM_OK) {
            rc = CURLE_OUT_OF_MEMORY;
            break;
        }
    }
    CURLMsg *message;
    int left;
    while (running == 0 && (message = lib.multi_info_read(http->multi, &left)))
        if (message->msg == CURLMSG_DONE && message->easy_handle == http->curl) rc = message->data.result;
    lib.multi_remove_handle(http->multi, http->curl);
    return rc;
}

/* libcurl asks for the next chunk of a file part. */
static size_t read_file_part(char *buffer, size_t size, size_t count, void *user) {
    file_source *f = user;
    size_t want = size * count;
    if (f->size >= 0 && (long long)want > f->size - f->sent) want = (size_t)(f->size - f->sent);
    if (want == 0) return 0;
    ssize_t got;
    do {
        got = read(f->fd, buffer, want);
    } while (got < 0 && errno == EINTR && !nitro_interrupted);
    if (got < 0) {
        f->error = errno;
        return CURL_READFUNC_ABORT;
    }
    if (got == 0 && f->size >= 0) {
        f->error = -1; /* shorter than it was when the request began */
        return CURL_READFUNC_ABORT;
    }
    f->sent += got;
    return (size_t)got;
}

/* A resend on a fresh connection (the kept-alive one had closed) reads the file again from the start. */
static int seek_file_part(void *user, curl_off_t offset, int origin) {
    file_source *f = user;
    if (origin != SEEK_SET || offset < 0) return CURL_SEEKFUNC_CANTSEEK;
    if (lseek(f->fd, f->start + (off_t)offset, SEEK_SET) < 0) return CURL_SEEKFUNC_CANTSEEK;
    f->sent = offset;
    return CURL_SEEKFUNC_OK;
}

/* The multipart body of a request, or NULL (out of memory, or a part's file cannot be read from the start). */
static curl_mime *build_mime(transfer *t, CURL *curl) {
    const nitro_http_request *request = t->request;
    curl_mime *mime = lib.mime_init(curl);
    if (!mime) return NULL;
    for (size_t i = 0; i < request->n_parts; i++) {
        const nitro_http_part *p = &request->parts[i];
        curl_mimepart *part = lib.mime_addpart(mime);
        bool ok = part && lib.mime_name(part, p->name) == CURLE_OK;
        if (ok && p->filename) ok = lib.mime_filename(part, p->filename) == CURLE_OK;
        if (ok && p->content_type) ok = lib.mime_type(part, p->content_type) == CURLE_OK;
        if (ok && p->fd >= 0) {
            file_source *f = &t->files[i];
            f->fd = p->fd;
            f->size = p->size;
            f->start = lseek(p->fd, 0, SEEK_CUR);
            ok = lib.mime_data_cb(part, p->size >= 0 ? (curl_off_t)p->size : -1, read_file_part,
                                  f->start >= 0 ? seek_file_part : NULL, NULL, f) == CURLE_OK;
        } else if (ok) {
            ok = lib.mime_data(part, p->data ? p->data : "", p->len) == CURLE_OK;
        }
        if (!ok) {
            lib.mime_free(mime);
            return NULL;
        }
    }
    return mime;
}

/* libcurl's OpenSSL backend loads every OpenSSL error string at start-up, about
 * 0.5 MiB resident for text that only decorates rare TLS failures (curl still
 * words certificate problems itself). Asking OpenSSL first not to load them
 * keeps a long --all run under 10 MiB. Looked up in libcurl's own dependencies
 * so that nitro neither links OpenSSL nor cares which TLS library libcurl was
 * built with. Must run before curl_global_init. */
static void skip_openssl_error_strings(void *library) {
    typedef int (*init_fn)(uint64_t opts, const void *settings);
    init_fn init_ssl;
    *(void **)&init_ssl = dlsym(library, "OPENSSL_init_ssl");
    if (init_ssl) {
        const uint64_t no_ssl_strings = 0x00100000L, no_crypto_strings = 0x00000001L;
        init_ssl(no_ssl_strings | no_crypto_strings, NULL);
    }
}

/* dlopen of libcurl. RTLD_LAZY, as for a linked library: RTLD_NOW would also
 * bind every function of the dependencies built without -z now (0.3 ms).
 * libcurl's RTMP and LDAP libraries bring GnuTLS along, whose constructor sets
 * itself up as it loads (ASN.1 trees, PKCS#11): 0.4 ms and 0.6 MiB resident
 * for protocols nitro never enables (CURLOPT_PROTOCOLS_STR is http,https and
 * TLS is libcurl's own backend). GnuTLS skips that while the documented
 * GNUTLS_NO_IMPLICIT_INIT=1 is set, so it is set around dlopen only (a
 * never-initialised GnuTLS also skips its clean-up at exit). */
static void *open_libcurl(void) {
    static const char no_init[] = "GNUTLS_NO_IMPLICIT_INIT";
    bool set = !getenv(no_init) && setenv(no_init, "1", 0) == 0;
    void *library = dlopen(NITRO_LIBCURL, RTLD_LAZY | RTLD_LOCAL);
    if (set) unsetenv(no_init);
    return library;
}

/* Loads libcurl and resolves its functions, once; false (lib.error says why)
 * when it cannot. */
static bool load_libcurl(void) {
    if (lib.library) return true;
    if (lib.error[0]) return false;
    const nitro_dl_symbol symbols[] = {
        {"curl_global_init", (void **)&lib.global_init},
        {"curl_global_cleanup", (void **)&lib.global_cleanup},
        {"curl_easy_init", (void **)&lib.easy_init},
        {"curl_easy_cleanup", (void **)&lib.easy_cleanup},
        {"curl_easy_setopt", (void **)&lib.easy_setopt},
        {"curl_easy_perform", (void **)&lib.easy_perform},
        {"curl_easy_getinfo", (void **)&lib.easy_getinfo},
        {"curl_easy_strerror", (void **)&lib.easy_strerror},
        {"curl_slist_append", (void **)&lib.slist_append},
        {"curl_slist_free_all", (void **)&lib.slist_free_all},
        {"curl_mime_init", (void **)&lib.mime_init},
        {"curl_mime_free", (void **)&lib.mime_free},
        {"curl_mime_addpart", (void **)&lib.mime_addpart},
        {"curl_mime_name", (void **)&lib.mime_name},
        {"curl_mime_filename", (void **)&lib.mime_filename},
        {"curl_mime_type", (void **)&lib.mime_type},
        {"curl_mime_data", (void **)&lib.mime_data},
        {"curl_mime_data_cb", (void **)&lib.mime_data_cb},
        {"curl_multi_init", (void **)&lib.multi_init},
        {"curl_multi_cleanup", (void **)&lib.multi_cleanup},
        {"curl_multi_add_handle", (void **)&lib.multi_add_handle},
        {"curl_multi_remove_handle", (void **)&lib.multi_remove_handle},
        {"curl_multi_perform", (void **)&lib.multi_perform},
        {"curl_multi_poll", (void **)&lib.multi_poll},
        {"curl_multi_info_read", (void **)&lib.multi_info_read},
    };
    nitro_term_init_locale(); /* before libcurl and its threads: see term.h */
    void *library = open_libcurl();
    if (!nitro_dl_resolve(library, "libcurl", NITRO_LIBCURL, symbols, sizeof symbols / sizeof *symbols, lib.error,
                          sizeof lib.error))
        return false;
    skip_openssl_error_strings(library);
    lib.library = library;
    return true;
}

nitro_http *nitro_http_new(void) {
    nitro_http *http = calloc(1, sizeof *http);
    if (!http) return NULL;
    /* Without libcurl the handle still exists: each request then fails with
     * the reason, which the caller reports like any other transport error. */
    if (!load_libcurl()) return http;
    if (lib.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        free(http);
        return NULL;
    }
    http->curl = lib.easy_init();
    if (!http->curl) {
        lib.global_cleanup();
        free(http);
        return NULL;
    }
#if LIBCURL_VERSION_NUM >= 0x075400
    char *ca = NULL;
    if (lib.easy_getinfo(http->curl, CURLINFO_CAINFO, &ca) == CURLE_OK && ca) http->default_ca = strdup(ca);
#endif
    return http;
}

void nitro_http_free(nitro_http *http) {
    if (!http) return;
    if (http->curl) {
        if (http->multi) lib.multi_cleanup(http->multi);
        lib.easy_cleanup(http->curl);
        lib.global_cleanup();
    }
    free(http->default_ca);
    free(http);
}

static const char *value_problem(const char *value, size_t max);

/* Which common TLS failure libcurl's code and words describe. OpenSSL's error
 * strings are not loaded (see skip_openssl_error_strings), so a handshake that
 * met plain HTTP reads "error:0A00010B:lib(20)::reason(267)": its packed code
 * is matched as well as the words. */
static nitro_http_tls_failure tls_failure(CURLcode rc, const char *detail) {
    if (rc == CURLE_SSL_CACERT_BADFILE) return NITRO_TLS_CA_FILE;
    if (rc == CURLE_SSL_CIPHER) return NITRO_TLS_NO_COMMON;
    if (rc == CURLE_PEER_FAILED_VERIFICATION) {
        if (strstr(detail, "subject name") || strstr(detail, "does not match") || strstr(detail, "hostname"))
            return NITRO_TLS_WRONG_NAME;
        if (strstr(detail, "expired") || strstr(detail, "not yet valid")) return NITRO_TLS_EXPIRED;
        if (strstr(detail, "self-signed") || strstr(detail, "self signed") || strstr(detail, "issuer"))
            return NITRO_TLS_UNTRUSTED;
        return NITRO_TLS_OTHER;
    }
    if (strstr(detail, "wrong version number") || strstr(detail, "0A00010B") || strstr(detail, "1408F10B") ||
        strstr(detail, "packet length too long") || strstr(detail, "record layer failure"))
        return NITRO_TLS_NOT_TLS;
    if (strstr(detail, "unexpected eof") || strstr(detail, "0A000126") || strstr(detail, "SSL_ERROR_SYSCALL") ||
        strstr(detail, "connection reset"))
        return NITRO_TLS_CLOSED;
    if (strstr(detail, "no shared cipher") || strstr(detail, "protocol version") || strstr(detail, "0A000102") ||
        strstr(detail, "0A00042E") || strstr(detail, "0A000410") || strstr(detail, "handshake failure"))
        return NITRO_TLS_NO_COMMON;
    return NITRO_TLS_OTHER;
}

nitro_http_status nitro_http_post(nitro_http *http, const nitro_http_request *request, nitro_http_response *response) {
    memset(response, 0, sizeof *response);
    response->failed_part = -1;
    CURL *curl = http->curl;
    if (!curl) {
        snprintf(response->error, sizeof response->error, "%s", lib.error);
        return NITRO_HTTP_UNAVAILABLE;
    }
    /* The last line of defence: whatever built a header, a line break in it
     * would start a header (or a request) of the server's choosing. */
    for (const char *const *h = request->headers; *h; h++) {
        const char *colon = strchr(*h, ':');
        /* Room for a scheme ("Bearer ") before a value its caller checked on its own. */
        const char *problem =
            colon ? value_problem(colon + 1 + (colon[1] == ' '), NITRO_HEADER_VALUE_MAX + 16) : "has no name";
        if (problem) {
            snprintf(response->error, sizeof response->error, "a request header value %s; nothing was sent", problem);
            return NITRO_HTTP_UNAVAILABLE;
        }
    }
    struct curl_slist *headers = NULL;
    bool headers_ok = true;
    for (const char *const *h = request->headers; *h && headers_ok; h++) {
        struct curl_slist *more = lib.slist_append(headers, *h);
        headers_ok = more != NULL;
        if (more) headers = more;
    }
    /* A multipart body goes at once, as the Nitro CLI sends it, without waiting up to a second for a
     * 100 Continue that libcurl would otherwise ask for. */
    if (headers_ok && request->n_parts > 0) {
        struct curl_slist *more = lib.slist_append(headers, "Expect:");
        headers_ok = more != NULL;
        if (more) headers = more;
    }
    transfer t = {.request = request, .curl = curl, .response = response};
    curl_mime *mime = NULL;
    if (headers_ok && request->n_parts > 0) {
        t.files = calloc(request->n_parts, sizeof *t.files);
        mime = t.files ? build_mime(&t, curl) : NULL;
        headers_ok = mime != NULL;
    }
    if (!headers_ok) {
        lib.slist_free_all(headers);
        free(t.files);
        snprintf(response->error, sizeof response->error, "out of memory");
        return NITRO_HTTP_UNAVAILABLE;
    }
    char curl_error[CURL_ERROR_SIZE] = "";
    /* Options are set on every call: the handle (and its connection) is reused. */
    lib.easy_setopt(curl, CURLOPT_URL, request->url);
    if (mime) {
        lib.easy_setopt(curl, CURLOPT_MIMEPOST, mime);
    } else if (request->body) {
        lib.easy_setopt(curl, CURLOPT_POST, 1L);
        lib.easy_setopt(curl, CURLOPT_POSTFIELDS, request->body);
        lib.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_len);
    } else {
        lib.easy_setopt(curl, CURLOPT_HTTPGET, 1L); /* OpenID discovery and end-session, REST downloads */
    }
    lib.easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    lib.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    lib.easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    lib.easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    lib.easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    lib.easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    lib.easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    long connect_ms = request->connect_timeout_ms;
    if (request->idle_timeout_ms > 0 && (connect_ms <= 0 || connect_ms > request->idle_timeout_ms))
        connect_ms = request->idle_timeout_ms;
    lib.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
    lib.easy_setopt(curl, CURLOPT_TIMEOUT_MS, request->timeout_ms > 0 ? request->timeout_ms : 0L);
    lib.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    /* A redirect would carry the API key to another host: never follow one. */
    lib.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    lib.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    lib.easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    lib.easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    /* SSL_CERT_FILE / CURL_CA_BUNDLE (libcurl reads neither itself), else the built-in bundle. */
    const char *ca = request->ca_file ? request->ca_file : http->default_ca;
    if (ca) lib.easy_setopt(curl, CURLOPT_CAINFO, ca);
    lib.easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header_line);
    lib.easy_setopt(curl, CURLOPT_HEADERDATA, &t);

    touch(&t);
    CURLcode rc = perform(http, &t);
    lib.slist_free_all(headers);
    lib.easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
    lib.easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);
    if (mime) {
        lib.easy_setopt(curl, CURLOPT_MIMEPOST, NULL);
        lib.mime_free(mime);
    }
    int file_error = 0;
    for (size_t i = 0; t.files && i < request->n_parts && !file_error; i++) {
        file_error = t.files[i].error;
        if (file_error) response->failed_part = (long)i;
    }
    free(t.files);

    long request_size = 0;
    lib.easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &request_size);
    response->request_sent = request_size > 0;
    lib.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response->status);
    if (rc == CURLE_OK) return NITRO_HTTP_OK;

    const char *detail = curl_error[0] ? curl_error : lib.easy_strerror(rc);
    snprintf(response->error, sizeof response->error, "%s", detail);
    free(response->body);
    response->body = NULL;
    response->len = 0;
    if (t.too_large) {
        snprintf(response->error, sizeof response->error, "the response is larger than %zu MiB",
                 request->max_response_bytes >> 20);
        return NITRO_HTTP_TOO_LARGE;
    }
    if (t.stopped) return NITRO_HTTP_STOPPED;
    if (file_error && !nitro_interrupted) {
        snprintf(response->error, sizeof response->error, "%s",
                 file_error > 0 ? strerror(file_error) : "the file changed while it was sent");
        return NITRO_HTTP_READ_FAILED;
    }
    if (t.idle && !nitro_interrupted) {
        long ms = request->idle_timeout_ms;
        if (ms % 1000 == 0) {
            snprintf(response->error, sizeof response->error, "nothing was sent or received for %ld s", ms / 1000);
        } else {
            snprintf(response->error, sizeof response->error, "nothing was sent or received for %ld ms", ms);
        }
        return NITRO_HTTP_TIMEOUT;
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
    case CURLE_SSL_CACERT_BADFILE: response->tls_failure = tls_failure(rc, response->error); return NITRO_HTTP_TLS;
    default: return NITRO_HTTP_FAILED;
    }
}

void nitro_http_response_free(nitro_http_response *response) {
    free(response->body);
    response->body = NULL;
    response->len = 0;
}

const char *nitro_http_status_name(long status, char *buf, size_t size) {
    /* .NET's System.Net.HttpStatusCode. Where it has two names for a value (300, 301, 302, 303, 307, 422)
     * this is the one declared first, which Enum.ToString() returns since .NET 7 (302 is "Found", as the
     * Nitro CLI prints it). */
    static const struct {
        short status;
        const char *name;
    } names[] = {
        {100, "Continue"},
        {101, "SwitchingProtocols"},
        {102, "Processing"},
        {103, "EarlyHints"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {203, "NonAuthoritativeInformation"},
        {204, "NoContent"},
        {205, "ResetContent"},
        {206, "PartialContent"},
        {207, "MultiStatus"},
        {208, "AlreadyReported"},
        {226, "IMUsed"},
        {300, "MultipleChoices"},
        {301, "MovedPermanently"},
        {302, "Found"},
        {303, "SeeOther"},
        {304, "NotModified"},
        {305, "UseProxy"},
        {306, "Unused"},
        {307, "TemporaryRedirect"},
        {308, "PermanentRedirect"},
        {400, "BadRequest"},
        {401, "Unauthorized"},
        {402, "PaymentRequired"},
        {403, "Forbidden"},
        {404, "NotFound"},
        {405, "MethodNotAllowed"},
        {406, "NotAcceptable"},
        {407, "ProxyAuthenticationRequired"},
        {408, "RequestTimeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "LengthRequired"},
        {412, "PreconditionFailed"},
        {413, "RequestEntityTooLarge"},
        {414, "RequestUriTooLong"},
        {415, "UnsupportedMediaType"},
        {416, "RequestedRangeNotSatisfiable"},
        {417, "ExpectationFailed"},
        {421, "MisdirectedRequest"},
        {422, "UnprocessableEntity"},
        {423, "Locked"},
        {424, "FailedDependency"},
        {426, "UpgradeRequired"},
        {428, "PreconditionRequired"},
        {429, "TooManyRequests"},
        {431, "RequestHeaderFieldsTooLarge"},
        {451, "UnavailableForLegalReasons"},
        {500, "InternalServerError"},
        {501, "NotImplemented"},
        {502, "BadGateway"},
        {503, "ServiceUnavailable"},
        {504, "GatewayTimeout"},
        {505, "HttpVersionNotSupported"},
        {506, "VariantAlsoNegotiates"},
        {507, "InsufficientStorage"},
        {508, "LoopDetected"},
        {510, "NotExtended"},
        {511, "NetworkAuthenticationRequired"},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (names[i].status == status) return names[i].name;
    }
    /* Enum.ToString() of a value without a name is the number itself. */
    if (size > 0) snprintf(buf, size, "%ld", status);
    return buf;
}

/* The check, with the length allowed. */
static const char *value_problem(const char *value, size_t max) {
    size_t len = 0;
    const char *problem = NULL;
    /* Every byte is looked at: a line break wins over the other problems,
     * since it is the one that injects. */
    for (const unsigned char *p = (const unsigned char *)value; *p; p++, len++) {
        if (*p == '\r' || *p == '\n') return "contains a line break";
        if (problem) continue;
        if (*p < 0x20 || *p == 0x7f) {
            problem = "contains a control character";
        } else if (*p >= 0x80) {
            problem = "contains a byte that is not printable ASCII";
        }
    }
    if (problem) return problem;
    if (len > max) return "is longer than " STRINGIFY(NITRO_HEADER_VALUE_MAX) " bytes";
    return NULL;
}

const char *nitro_header_value_problem(const char *value) {
    return value_problem(value, NITRO_HEADER_VALUE_MAX);
}
