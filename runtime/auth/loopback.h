/* The loopback redirect of a native-app sign-in (RFC 8252): a one-shot HTTP
 * listener on 127.0.0.1 at a random port, and opening the system browser. */
#ifndef NITRO_LOOPBACK_H
#define NITRO_LOOPBACK_H

#include <stdbool.h>
#include <stddef.h>

#include "args.h"

typedef struct {
    int fd;
    int port;
} nitro_loopback;

/* Listens on 127.0.0.1 at a port the kernel picks. */
bool nitro_loopback_open(nitro_loopback *loopback, char *why, size_t why_size);
void nitro_loopback_close(nitro_loopback *loopback);

typedef enum {
    NITRO_LOOPBACK_OK,
    NITRO_LOOPBACK_TIMEOUT,
    NITRO_LOOPBACK_INTERRUPTED,
    NITRO_LOOPBACK_ERROR,
} nitro_loopback_status;

/* Waits for GET <path>?query whose `state` parameter is `state` and answers
 * it with a short page; *query is malloc'd (without the '?'). Anything else
 * (other paths, a foreign state, idle or broken connections) gets an error
 * page or is dropped, and the wait goes on: a local process cannot end or
 * stall the sign-in. */
nitro_loopback_status nitro_loopback_wait(nitro_loopback *loopback, const char *path, const char *state,
                                          long timeout_ms, char **query);

/* The value of `key` in a query string, percent-decoded and malloc'd, or NULL. */
char *nitro_query_param(const char *query, const char *key);

/* Opens url with $BROWSER (a ':'-separated list; "%s" marks where the URL
 * goes) or xdg-open, without waiting; false when none could be started or
 * url is not an http(s) URL (it could be read as an option). The browser
 * gets stdio on /dev/null, no other descriptor of nitro's and an environment
 * without the secret variables nitro reads. */
bool nitro_open_browser(const char *url, nitro_getenv_fn getenv_fn, void *env_data, const nitro_option *options,
                        size_t n_options);

#endif
