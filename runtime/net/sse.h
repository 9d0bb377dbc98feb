/* An incremental parser of server-sent events (the WHATWG HTML standard's
 * event-stream format): bytes are fed as they arrive, in pieces of any size,
 * and each complete event is handed to a callback. Pure: no I/O, no globals.
 *
 * Lines end with "\r\n", "\n" or "\r" (a "\r\n" split across two pieces is one
 * line end). "field: value" (one space after the colon dropped), "field"
 * alone (an empty value), ":comment". `event` sets the event's type, each
 * `data` adds a line to its data (joined with "\n"), `id` and `retry` are
 * accepted and ignored (nitro never reconnects), other fields are ignored. A
 * blank line ends the event: it is dispatched when it has data (type
 * "message" when no `event` came) or a type, else forgotten. (The standard
 * forgets an event without data; GraphQL over SSE ends a stream with
 * "event: complete" and no data, as HotChocolate's server and client do.) A
 * UTF-8 byte order mark at the start is dropped.
 *
 * Memory is bounded: an event whose type, data and current line grow past
 * `max_event` bytes is an error at once (NITRO_SSE_TOO_LARGE), before more of
 * it is kept. */
#ifndef NITRO_SSE_H
#define NITRO_SSE_H

#include <stdbool.h>
#include <stddef.h>

/* The largest event nitro accepts: far above any progress event, far below
 * what would hurt. */
#define NITRO_STREAM_EVENT_MAX ((size_t)16 << 20)

typedef enum {
    NITRO_SSE_OK,
    NITRO_SSE_STOPPED,   /* a callback asked to stop */
    NITRO_SSE_TOO_LARGE, /* an event past max_event */
    NITRO_SSE_NO_MEMORY,
} nitro_sse_status;

/* A complete event: its type and data (NUL-terminated, `len` bytes, the
 * final line break removed). Return false to stop the stream. */
typedef bool (*nitro_sse_event_fn)(void *user, const char *type, const char *data, size_t len);

/* A comment line, without its colon (keep-alives). Return false to stop. */
typedef bool (*nitro_sse_comment_fn)(void *user, const char *text, size_t len);

typedef struct {
    /* set by the caller */
    nitro_sse_event_fn on_event;
    nitro_sse_comment_fn on_comment; /* or NULL */
    void *user;
    size_t max_event; /* 0: NITRO_STREAM_EVENT_MAX */
    /* the parser's own */
    char *line; /* the line being received */
    size_t line_len, line_cap;
    char *data; /* the event's data lines, each followed by "\n" */
    size_t data_len, data_cap;
    char *type; /* the event's type, or NULL */
    size_t type_len;
    bool in_event;   /* a field line came since the last blank line */
    bool after_cr;   /* the last byte was "\r": a "\n" next is part of that line end */
    size_t bom_seen; /* bytes of a leading byte order mark matched so far; SIZE_MAX once past the start */
    nitro_sse_status status;
} nitro_sse;

/* Sets the parser up with its callbacks. */
void nitro_sse_init(nitro_sse *sse, nitro_sse_event_fn on_event, nitro_sse_comment_fn on_comment, void *user,
                    size_t max_event);

/* Parses `len` more bytes, calling back for each complete event and comment.
 * Once it returns anything but NITRO_SSE_OK, it returns that again and
 * parses nothing more. */
nitro_sse_status nitro_sse_feed(nitro_sse *sse, const char *bytes, size_t len);

/* True when the stream, ended now, would end in the middle of an event: a
 * line without its line end, or fields not yet ended by a blank line. Such an
 * event is never dispatched (as the standard says). */
bool nitro_sse_in_event(const nitro_sse *sse);

/* Frees what the parser holds; it may be initialised again. */
void nitro_sse_free(nitro_sse *sse);

#endif
