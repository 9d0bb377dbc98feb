/* Files found by glob patterns and zipped into an archive on disk: what
 * `zip` uploads are made of (runtime/commands/follow.c); and one member of a
 * zip read out into a file, for uploads of `option[member]`. libzip is loaded
 * with dlopen the first time an archive is written or read, so that no other
 * command pays for it at start-up. */
#ifndef NITRO_ARCHIVE_H
#define NITRO_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *path; /* as found, relative to the working directory unless the pattern was absolute */
    char *name; /* the archive entry's name */
} nitro_archive_item;

typedef struct {
    nitro_archive_item *items;
    size_t count, capacity;
} nitro_archive_list;

/* Appends the regular files `pattern` matches (glob(3); a `**` path segment
 * also matches any number of directories, hidden ones and bin/ and obj/
 * aside, as the Nitro CLI's globbing does), in sorted order, each entered as
 * `folder` followed by its path without leading `/`, `./` and `../` (or as
 * `rename` when given). Returns how many it added, or -1 with `error` set. */
long nitro_archive_glob(nitro_archive_list *list, const char *pattern, const char *folder, const char *rename,
                        char *error, size_t error_size);

/* Sorts the list by entry name and drops a file found twice under the same
 * name (the same file, whatever path found it); false (with `error`) when two
 * different files would have one name. */
bool nitro_archive_settle(nitro_archive_list *list, char *error, size_t error_size);

void nitro_archive_list_free(nitro_archive_list *list);

/* Writes the files into a new zip archive at `archive_path` (deflated,
 * entries streamed from disk by libzip: memory does not grow with the
 * files), mode 0600. Ctrl-C (nitro_interrupted) cancels it: false with
 * *interrupted set. On failure nothing is left at `archive_path`. */
bool nitro_archive_write(const char *archive_path, const nitro_archive_list *list, bool *interrupted, char *error,
                         size_t error_size);

/* What became of a member looked for or read out of a zip. */
typedef enum {
    NITRO_MEMBER_FOUND,       /* there (and, for nitro_archive_extract, written) */
    NITRO_MEMBER_NOT_ZIP,     /* the file is not a zip archive */
    NITRO_MEMBER_MISSING,     /* the archive has no member of that name */
    NITRO_MEMBER_FAILED,      /* the archive or the member cannot be read, or the file cannot be written */
    NITRO_MEMBER_INTERRUPTED, /* Ctrl-C (nitro_interrupted) while it was read */
} nitro_member_status;

/* Whether the zip at `archive_path` has a file member named `member` (its
 * central directory is read, not the member). `error` says why otherwise. */
nitro_member_status nitro_archive_find(const char *archive_path, const char *member, char *error, size_t error_size);

/* The most a member may inflate to (a schema): more is refused as it is read. */
#define NITRO_ARCHIVE_MEMBER_MAX (256 << 20)

/* Reads the member out into a new file `dest_path` (created with O_EXCL,
 * mode 0600), a chunk at a time: memory does not grow with the member. On
 * anything but NITRO_MEMBER_FOUND nothing is left at `dest_path`. */
nitro_member_status nitro_archive_extract(const char *archive_path, const char *member, const char *dest_path,
                                          char *error, size_t error_size);

#endif
