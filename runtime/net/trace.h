/* The --verbose trace (NITRO_VERBOSE): each request and response on stderr,
 * "> " lines for what is sent and "< " lines for what comes back, "* " for
 * the client's own notes (retries). Credentials never appear: secret headers
 * (CCC-api-key, Authorization, cookies) show "[redacted]", and in bodies and
 * header values the string values of secret keys ("secret", "accessToken",
 * ...), token-like strings and every occurrence of a known secret (the
 * credential in use), raw or spelled with JSON escapes (\/, \u0041, either
 * case of hex), become "[redacted]". Bodies are cut after
 * NITRO_TRACE_BODY_MAX bytes. */
#ifndef NITRO_TRACE_H
#define NITRO_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define NITRO_TRACE_BODY_MAX 4096
#define NITRO_TRACE_REDACTED "[redacted]"

/* True for a header whose value is a credential; `name` is `len` bytes. */
bool nitro_trace_secret_header(const char *name, size_t len);

/* True for a JSON key whose string value is a secret ("secret", "token", ...). */
bool nitro_trace_secret_key(const char *key, size_t len);

/* True for text that looks like a credential: a known prefix (nitro_pat_,
 * "Bearer "), a JWT, or a long random-looking run of letters and digits. */
bool nitro_trace_token_like(const char *text, size_t len);

/* Copies `in` (len bytes, JSON or not) to `out` (cap bytes, always
 * NUL-terminated when cap > 0) with secrets replaced by "[redacted]", as
 * described above. `known` is a NULL-terminated list of secrets (or NULL).
 * Output stops when `out` is full; *consumed (may be NULL) is how much of the
 * input the output covers. Returns the output length. Never emits part of a
 * redacted string. */
size_t nitro_redact(const char *in, size_t len, const char *const *known, char *out, size_t cap, size_t *consumed);

/* A copy of `text` with every occurrence of a known secret (at least
 * NITRO_KNOWN_SECRET_MIN bytes long) replaced by "[redacted]"; NULL when
 * there is none (or no memory). For text already decoded (a JSON string's
 * value): nitro_redact also finds a secret spelled with JSON escapes. */
char *nitro_redact_known_text(const char *text, const char *const *known);

/* Shorter known secrets are not looked for in decoded text: no real
 * credential is that short, and every "a" in a list would go. */
#define NITRO_KNOWN_SECRET_MIN 8

/* "> POST <url>", the request headers (secret values redacted) and the body. */
void nitro_trace_request(FILE *out, const char *url, const char *const *headers, const char *body, size_t len,
                         const char *const *known);

/* "> <method> <url>", the request headers (secret values redacted) and the
 * blank line before a body. */
void nitro_trace_request_head(FILE *out, const char *method, const char *url, const char *const *headers,
                              const char *const *known);

/* One part of a multipart request: `> part "<name>"` with its Content-Type,
 * then its bytes redacted like a body; a file part (filename set) shows its
 * name and size (size < 0: unknown), never its bytes. */
void nitro_trace_part(FILE *out, const char *name, const char *content_type, const char *filename, long long size,
                      const char *data, size_t len, const char *const *known);

/* One server-sent event as it arrived: "< event: <type>" and its data lines
 * ("< data: ..."), redacted and cut like a body, then "<". */
void nitro_trace_event(FILE *out, const char *type, const char *data, size_t len, const char *const *known);

/* A comment line of an event stream (a keep-alive): "< :<text>". */
void nitro_trace_comment(FILE *out, const char *text, size_t len, const char *const *known);

/* One response header line as libcurl delivers it (status line included). */
void nitro_trace_response_header(FILE *out, const char *line, size_t len, const char *const *known);

/* The response body, redacted and cut after NITRO_TRACE_BODY_MAX bytes. */
void nitro_trace_response_body(FILE *out, const char *body, size_t len, const char *const *known);

/* A "* " note of the client's own. */
void nitro_trace_note(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
