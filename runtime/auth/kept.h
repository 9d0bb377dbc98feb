/* Values kept between runs for the commands that come after the one that
 * made them (fusion publish begin's request ID for start, validate, commit
 * and cancel): kept.json beside the session file, written atomically with
 * mode 0600. Each value is kept under its name, the API endpoint and the
 * values of the options that key it (the API and the stage), so requests of
 * two APIs or stages do not mix. */
#ifndef NITRO_KEPT_H
#define NITRO_KEPT_H

#include <stdbool.h>
#include <stddef.h>

#include "args.h"

/* The file's path (beside session.json), malloc'd, or NULL without a home directory. */
char *nitro_kept_path(nitro_getenv_fn getenv_fn, void *env_data);

/* Keeps `value` under name, endpoint and the key's values (replacing what was kept under the same). */
bool nitro_kept_store(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                      const char *const *key_values, size_t n_keys, const char *value, char *why, size_t why_size);

/* The values kept under name and endpoint whose keys match the given ones (a NULL value matches any):
 * how many there are; with exactly one, *value is a malloc'd copy of it. A file another user could
 * have written is not read (*unsafe set). */
size_t nitro_kept_find(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                       const char *const *key_values, size_t n_keys, char **value, bool *unsafe);

/* Forgets every value kept under name that equals `value`. */
bool nitro_kept_forget(const char *path, const char *name, const char *value, char *why, size_t why_size);

#endif
