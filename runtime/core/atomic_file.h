/* A file replaced whole or not at all: the bytes go to a temporary file beside
 * the destination ("<dir>/.<name>.XXXXXX"), which is fsync'd and renamed over
 * it, and the directory is fsync'd so that the rename survives a crash. A
 * failure at any step removes the temporary file and leaves the destination as
 * it was. Used by the session, REST downloads and written results alike. */
#ifndef NITRO_ATOMIC_FILE_H
#define NITRO_ATOMIC_FILE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    NITRO_FILE_PUBLIC,  /* the mode a new file gets: 0666 less the umask */
    NITRO_FILE_PRIVATE, /* 0600: it holds secrets */
} nitro_file_mode;

typedef struct {
    int fd; /* write here between open and commit */
    char *temp;
    char *dest;
} nitro_atomic_file;

/* false with errno set; nothing to release then. */
bool nitro_atomic_open(nitro_atomic_file *file, const char *dest, nitro_file_mode mode);
/* Every byte, retrying short writes and EINTR; false with errno. */
bool nitro_atomic_write(nitro_atomic_file *file, const void *data, size_t size);
/* fsync, close, rename over dest; false with errno, the temporary removed either way. Releases `file`. */
bool nitro_atomic_commit(nitro_atomic_file *file);
/* Closes and removes the temporary file, keeps errno; dest is untouched. Releases `file`. */
void nitro_atomic_abort(nitro_atomic_file *file);

/* open + write + commit of `size` bytes; false with errno. */
bool nitro_write_file_atomically(const char *dest, const void *data, size_t size, nitro_file_mode mode);

/* Whether `entry` (a name in a directory) is a temporary file nitro_atomic_open made for `name` there:
 * ".<name>.XXXXXX". A killed writer can leave one behind; the session removes them, as they hold secrets. */
bool nitro_atomic_is_temporary(const char *entry, const char *name);

#endif
