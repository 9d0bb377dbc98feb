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

/* Waits for GET <path>?query and answers it with a short page; other paths
 * get 404 and the wait goes on. *query is malloc'd (without the '?'). */
nitro_loopback_status nitro_loopback_wait(nitro_loopback *loopback, const char *path, long timeout_ms, char **query);

/* The value of `key` in a query string, percent-decoded and malloc'd, or NULL. */
char *nitro_query_param(const char *query, const char *key);

/* Opens url with $BROWSER (a ':'-separated list; "%s" marks where the URL
 * goes) or xdg-open, without waiting; false when none could be started. */
bool nitro_open_browser(const char *url, nitro_getenv_fn getenv_fn, void *env_data);

#endif
