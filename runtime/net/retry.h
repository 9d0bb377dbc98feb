/* The retry policy of nitro_client_execute, on its own so that it can be read
 * (and tested) without the transport. */
#ifndef NITRO_RETRY_H
#define NITRO_RETRY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Only queries are retried, and only after a failure that is likely to pass:
 * a connection that failed or broke (refused, reset, closed without an
 * answer) or HTTP 429, 502, 503 or 504. At most NITRO_RETRY_MAX_TRIES tries,
 * all within the operation's timeout (NITRO_TIMEOUT). The wait before retry n
 * (n = 1, 2) is NITRO_RETRY_BASE_MS * 2^(n-1), of which the upper half is
 * random (jitter), capped at NITRO_RETRY_MAX_DELAY_MS, and never shorter than
 * the server's Retry-After. A retry that would not leave NITRO_RETRY_MIN_TRY_MS
 * of the budget for the request itself is not made. */
#define NITRO_RETRY_MAX_TRIES 3
#define NITRO_RETRY_BASE_MS 300
#define NITRO_RETRY_MAX_DELAY_MS 5000
#define NITRO_RETRY_MIN_TRY_MS 250

typedef enum {
    NITRO_FAILURE_NONE,       /* a usable answer, or one that retrying cannot change */
    NITRO_FAILURE_CONNECTION, /* no answer: refused, reset, closed */
    NITRO_FAILURE_STATUS,     /* an HTTP status: see http_status */
} nitro_failure_class;

typedef struct {
    bool is_mutation;
    int tries; /* sent so far, >= 1 */
    nitro_failure_class failure;
    long http_status;    /* for NITRO_FAILURE_STATUS */
    long retry_after_ms; /* the server's Retry-After, or -1 */
    long remaining_ms;   /* of the operation's timeout */
} nitro_retry_input;

/* A uniform random number in [0, 1); tests inject their own. */
typedef double (*nitro_random_fn)(void *data);

/* The wait before the next try in milliseconds, or -1 for no retry. */
long nitro_retry_delay_ms(const nitro_retry_input *input, nitro_random_fn random, void *random_data);

/* A Retry-After header value (delay-seconds or an HTTP date, RFC 9110) in
 * milliseconds from `now`; -1 when it is neither. */
long nitro_parse_retry_after(const char *value, size_t len, time_t now);

#endif
