/* Libraries loaded when first needed (libcurl for a request, libjq for
 * --jq), so that commands that need neither do not pay for them. */
#ifndef NITRO_DYNLOAD_H
#define NITRO_DYNLOAD_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *name;
    void **slot;
} nitro_dl_symbol;

/* Resolves every symbol of `library` (from dlopen, NULL when that failed)
 * into its slot. On failure the library is closed and `error` says
 * "<what> could not be loaded: <dlerror>". */
bool nitro_dl_resolve(void *library, const char *what, const char *soname, const nitro_dl_symbol *symbols, size_t count,
                      char *error, size_t error_size);

#endif
