/* "Did you mean" suggestions for mistyped options, subcommands and values. */
#ifndef NITRO_SUGGEST_H
#define NITRO_SUGGEST_H

#include <stddef.h>

/* The candidate closest to `typed`, or NULL when none is close enough. */
const char *nitro_suggest(const char *typed, const char *const *candidates, size_t count);

#endif
