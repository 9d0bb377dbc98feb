#include "atomic_file.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TEMP_SUFFIX ".XXXXXX"

/* "<dir>/.<name>.XXXXXX" beside `dest`: hidden, so a listing or a glob of the directory does not pick it up. */
static char *temp_template(const char *dest) {
    const char *slash = strrchr(dest, '/');
    size_t dir_len = slash ? (size_t)(slash - dest) + 1 : 0;
    size_t size = strlen(dest) + sizeof "." TEMP_SUFFIX;
    char *out = malloc(size);
    if (out) snprintf(out, size, "%.*s.%s" TEMP_SUFFIX, (int)dir_len, dest, dest + dir_len);
    return out;
}

/* fsync of the directory holding `path`, so that the rename itself survives a crash (best effort). */
static void sync_directory(const char *path) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    if (!dir) return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

static void release(nitro_atomic_file *file) {
    free(file->temp);
    free(file->dest);
    file->temp = file->dest = NULL;
    file->fd = -1;
}

bool nitro_atomic_open(nitro_atomic_file *file, const char *dest, nitro_file_mode mode) {
    file->fd = -1;
    file->temp = temp_template(dest);
    file->dest = strdup(dest);
    if (!file->temp || !file->dest) {
        release(file);
        errno = ENOMEM;
        return false;
    }
    file->fd = mkstemp(file->temp); /* 0600 */
    if (file->fd < 0) {
        int error = errno;
        release(file);
        errno = error;
        return false;
    }
    if (mode == NITRO_FILE_PUBLIC) {
        mode_t mask = umask(0);
        umask(mask);
        if (fchmod(file->fd, 0666 & ~mask) < 0) {
            nitro_atomic_abort(file);
            return false;
        }
    }
    return true;
}

bool nitro_atomic_write(nitro_atomic_file *file, const void *data, size_t size) {
    const char *bytes = data;
    while (size > 0) {
        ssize_t n = write(file->fd, bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        bytes += n;
        size -= (size_t)n;
    }
    return true;
}

bool nitro_atomic_commit(nitro_atomic_file *file) {
    int error = fsync(file->fd) < 0 ? errno : 0;
    if (close(file->fd) < 0 && !error) error = errno;
    file->fd = -1;
    if (!error && rename(file->temp, file->dest) < 0) error = errno;
    if (error) {
        unlink(file->temp);
    } else {
        sync_directory(file->dest);
    }
    release(file);
    errno = error;
    return error == 0;
}

void nitro_atomic_abort(nitro_atomic_file *file) {
    int error = errno;
    if (file->fd >= 0) close(file->fd);
    if (file->temp) unlink(file->temp);
    release(file);
    errno = error;
}

bool nitro_write_file_atomically(const char *dest, const void *data, size_t size, nitro_file_mode mode) {
    nitro_atomic_file file;
    if (!nitro_atomic_open(&file, dest, mode)) return false;
    if (!nitro_atomic_write(&file, data, size)) {
        nitro_atomic_abort(&file);
        return false;
    }
    return nitro_atomic_commit(&file);
}

bool nitro_atomic_is_temporary(const char *entry, const char *name) {
    size_t name_len = strlen(name);
    if (entry[0] != '.' || strncmp(entry + 1, name, name_len) != 0 || entry[1 + name_len] != '.') return false;
    const char *suffix = entry + name_len + 2;
    if (strlen(suffix) != sizeof TEMP_SUFFIX - 2) return false;
    for (; *suffix; suffix++)
        if (!isalnum((unsigned char)*suffix)) return false;
    return true;
}
