/* HTTP over one reused libcurl handle (keep-alive across pages): a POST of a
 * body or of multipart/form-data parts streamed from files, or a GET; the
 * response collected whole or handed on as it arrives. libcurl is loaded
 * (dlopen) by the first nitro_http_new, not linked: commands that send no
 * request do not load it. */
#ifndef NITRO_HTTP_H
#define NITRO_HTTP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nitro_http nitro_http;

/* One part of a multipart/form-data body: its bytes in memory, or read from
 * `fd` (from its current offset, a chunk at a time, never held whole). */
typedef struct {
    const char *name;
    const char *filename;     /* Content-Disposition's filename, or NULL */
    const char *content_type; /* or NULL: no Content-Type header */
    const char *data;         /* in memory, when fd < 0 */
    size_t len;
    int fd;         /* >= 0: read from this file (the caller opens and closes it) */
    long long size; /* of what fd holds from its offset on; -1: unknown (a pipe), sent chunked */
} nitro_http_part;

/* The response as its body arrives. */
typedef struct {
    long status;
    const char *content_type; /* the Content-Type header's value, or NULL */
} nitro_http_body_info;

typedef struct {
    const char *url;
    const char *const *headers; /* "Name: value", NULL-terminated */
    const char *body;           /* NULL (and no parts) sends a GET */
    size_t body_len;
    const nitro_http_part *parts; /* n_parts > 0: a multipart/form-data POST instead of `body` */
    size_t n_parts;
    long connect_timeout_ms;
    long timeout_ms; /* the whole transfer; 0: none */
    /* > 0: the transfer fails (NITRO_HTTP_TIMEOUT) once nothing was sent or
     * received for this long, connecting and waiting for the answer included. */
    long idle_timeout_ms;
    size_t max_response_bytes;
    /* Set: each piece of the body is handed on as it arrives instead of being
     * collected (max_response_bytes does not apply; response->body stays
     * NULL); returning false ends the transfer (NITRO_HTTP_STOPPED). */
    bool (*on_body)(void *data, const nitro_http_body_info *info, const char *bytes, size_t len);
    void *body_data;
    void (*tick)(void *data); /* called now and then while waiting (a spinner) */
    void *tick_data;
    /* The CA bundle to verify servers with (SSL_CERT_FILE / CURL_CA_BUNDLE,
     * which libcurl does not read itself), or NULL for the system's. */
    const char *ca_file;
    /* Called with each response header line as received (the status line
     * first, CRLF included), or NULL: the --verbose trace and Retry-After. */
    void (*on_header)(void *data, const char *line, size_t len);
    void *header_data;
} nitro_http_request;

typedef enum {
    NITRO_HTTP_OK, /* a response arrived, whatever its status */
    NITRO_HTTP_CONNECT_FAILED,
    NITRO_HTTP_TIMEOUT,
    NITRO_HTTP_TOO_LARGE,
    NITRO_HTTP_INTERRUPTED,
    NITRO_HTTP_TLS,
    NITRO_HTTP_FAILED,
    NITRO_HTTP_UNAVAILABLE, /* nothing was sent: libcurl missing, or out of memory */
    NITRO_HTTP_STOPPED,     /* on_body ended the transfer */
    NITRO_HTTP_READ_FAILED, /* a part's file could not be read (or changed while it was sent) */
} nitro_http_status;

/* The common TLS failures, told apart so that they can be worded for people. */
typedef enum {
    NITRO_TLS_OTHER,
    NITRO_TLS_UNTRUSTED,  /* signed by no CA this machine trusts (self-signed, a private CA) */
    NITRO_TLS_WRONG_NAME, /* a certificate for another host name */
    NITRO_TLS_EXPIRED,    /* expired, or not valid yet */
    NITRO_TLS_NOT_TLS,    /* the server answered, but not in TLS: a plain-http port */
    NITRO_TLS_CLOSED,     /* the server closed the connection during the handshake */
    NITRO_TLS_NO_COMMON,  /* no protocol version or cipher in common */
    NITRO_TLS_CA_FILE,    /* the CA bundle could not be read */
} nitro_http_tls_failure;

typedef struct {
    long status;
    char *body; /* NUL-terminated; NULL when on_body took the body */
    size_t len;
    bool request_sent; /* the server may have acted on it */
    long failed_part;  /* NITRO_HTTP_READ_FAILED: the index of the part whose file failed; else -1 */
    char error[256];   /* for anything but NITRO_HTTP_OK */
    /* NITRO_HTTP_TLS: what went wrong, for people (error keeps libcurl's words after it). */
    nitro_http_tls_failure tls_failure;
} nitro_http_response;

nitro_http *nitro_http_new(void);
void nitro_http_free(nitro_http *http);
/* Sends the request and waits for the whole response (or the end on_body
 * chose). A GET when the request has neither body nor parts. */
nitro_http_status nitro_http_post(nitro_http *http, const nitro_http_request *request, nitro_http_response *response);
void nitro_http_response_free(nitro_http_response *response);

/* The name the Nitro CLI shows for an HTTP status: .NET's HttpStatusCode name ("InternalServerError"
 * for 500, "Found" for 302), or for a status without one the number, written into `buf` (24 bytes hold
 * any long). Never empty when `size` > 1. */
const char *nitro_http_status_name(long status, char *buf, size_t size);

/* The longest header value nitro sends. A JWT with many claims stays well
 * under it, and common servers refuse a header line past 8 KiB anyway. */
#define NITRO_HEADER_VALUE_MAX 8192

/* Why `value` cannot go into an HTTP header ("contains a line break",
 * "contains a control character", "contains a byte that is not printable
 * ASCII", "is longer than 8192 bytes"), or NULL when it can. The one check
 * every header value passes: callers that know where a value came from run
 * it first to name the source; nitro_http_post runs it again on every header
 * and sends nothing when one fails, whoever built it. */
const char *nitro_header_value_problem(const char *value);

#endif
