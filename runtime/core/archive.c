/* dlopen, dlsym, dlerror */
#define _GNU_SOURCE
#include "archive.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "dynload.h"
#include "term.h"

/* ---- the list ------------------------------------------------------------------ */

/* The entry name of a path: `folder` + the path without empty, `.` and `..` segments (an archive entry never
 * climbs out of where it is unpacked). */
static char *entry_name(const char *path, const char *folder) {
    size_t folder_len = folder ? strlen(folder) : 0;
    char *name = malloc(folder_len + strlen(path) + 1);
    if (!name) return NULL;
    memcpy(name, folder ? folder : "", folder_len);
    size_t at = folder_len;
    for (const char *segment = path; *segment;) {
        size_t len = strcspn(segment, "/");
        bool skip = len == 0 || (len == 1 && segment[0] == '.') || (len == 2 && segment[0] == '.' && segment[1] == '.');
        if (!skip) {
            if (at > folder_len) name[at++] = '/';
            memcpy(name + at, segment, len);
            at += len;
        }
        segment += len + (segment[len] == '/');
    }
    name[at] = '\0';
    return name;
}

static bool add_item(nitro_archive_list *list, const char *path, const char *folder, const char *rename) {
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        nitro_archive_item *grown = realloc(list->items, capacity * sizeof *grown);
        if (!grown) return false;
        list->items = grown;
        list->capacity = capacity;
    }
    char *copy = strdup(path);
    char *name = rename ? strdup(rename) : entry_name(path, folder);
    if (!copy || !name || !*name) {
        free(copy);
        free(name);
        return false;
    }
    list->items[list->count++] = (nitro_archive_item){copy, name};
    return true;
}

void nitro_archive_list_free(nitro_archive_list *list) {
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].path);
        free(list->items[i].name);
    }
    free(list->items);
    *list = (nitro_archive_list){0};
}

static int by_name(const void *a, const void *b) {
    const nitro_archive_item *x = a, *y = b;
    int order = strcmp(x->name, y->name);
    return order ? order : strcmp(x->path, y->path);
}

bool nitro_archive_settle(nitro_archive_list *list, char *error, size_t error_size) {
    if (list->count > 1) qsort(list->items, list->count, sizeof *list->items, by_name);
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        nitro_archive_item *item = &list->items[i];
        const nitro_archive_item *previous = kept ? &list->items[kept - 1] : NULL;
        if (previous && strcmp(previous->name, item->name) == 0) {
            /* Two paths, one name: the same file ("./a" and "a") is one entry; two files cannot be. */
            struct stat one, other;
            bool same = stat(previous->path, &one) == 0 && stat(item->path, &other) == 0 &&
                        one.st_dev == other.st_dev && one.st_ino == other.st_ino;
            if (!same) {
                snprintf(error, error_size, "'%s' and '%s' would both be the archive's '%s'",
                         list->items[kept - 1].path, item->path, item->name);
                return false;
            }
            free(item->path);
            free(item->name);
            continue;
        }
        list->items[kept++] = *item;
    }
    list->count = kept;
    return true;
}

/* ---- globbing ------------------------------------------------------------------ */

static bool is_regular(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Directories a `**` never enters: hidden ones, and the build output the Nitro CLI leaves out. */
static bool walked_past(const char *name) {
    return name[0] == '.' || strcmp(name, "bin") == 0 || strcmp(name, "obj") == 0;
}

static char *join(const char *dir, const char *name) {
    size_t dir_len = strlen(dir), name_len = strlen(name);
    char *path = malloc(dir_len + name_len + 2);
    if (!path) return NULL;
    if (dir_len == 0) {
        memcpy(path, name, name_len + 1);
    } else {
        memcpy(path, dir, dir_len);
        path[dir_len] = dir[dir_len - 1] == '/' ? '\0' : '/';
        memcpy(path + dir_len + (dir[dir_len - 1] != '/'), name, name_len + 1);
    }
    return path;
}

typedef struct {
    char **paths;
    size_t count, capacity;
    bool failed;
} found;

static void found_add(found *out, char *path) {
    if (!path) {
        out->failed = true;
        return;
    }
    if (out->count == out->capacity) {
        size_t capacity = out->capacity ? out->capacity * 2 : 64;
        char **grown = realloc(out->paths, capacity * sizeof *grown);
        if (!grown) {
            free(path);
            out->failed = true;
            return;
        }
        out->paths = grown;
        out->capacity = capacity;
    }
    out->paths[out->count++] = path;
}

/* Matches segments[index..] below `dir` ("" for the working directory). */
static void walk(const char *dir, char **segments, size_t n, size_t index, found *out, unsigned depth) {
    if (out->failed || depth > 64 || nitro_interrupted) return;
    const char *segment = segments[index];
    bool last = index + 1 == n;
    if (strcmp(segment, "**") == 0) {
        if (last) return; /* a pattern ending in ** names directories, not files */
        walk(dir, segments, n, index + 1, out, depth + 1);
    }
    DIR *handle = opendir(*dir ? dir : ".");
    if (!handle) return;
    for (struct dirent *entry; (entry = readdir(handle)) != NULL && !out->failed;) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        char *path = join(dir, name);
        if (!path) {
            out->failed = true;
            break;
        }
        struct stat st;
        if (lstat(path, &st) != 0) st.st_mode = 0; /* gone since readdir: matches nothing */
        bool is_dir = S_ISDIR(st.st_mode);         /* symbolic links to directories are not walked into: no loops */
        if (strcmp(segment, "**") == 0) {
            if (is_dir && !walked_past(name)) walk(path, segments, n, index, out, depth + 1);
            free(path);
        } else if (fnmatch(segment, name, FNM_PERIOD) != 0) {
            free(path);
        } else if (last) {
            if (S_ISREG(st.st_mode) || (S_ISLNK(st.st_mode) && is_regular(path)))
                found_add(out, path);
            else
                free(path);
        } else {
            if (is_dir || (S_ISLNK(st.st_mode) && !is_regular(path)))
                walk(path, segments, n, index + 1, out, depth + 1);
            free(path);
        }
    }
    closedir(handle);
}

static int compare_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A pattern with a `**` segment: split into segments and walked from its fixed start. */
static void glob_deep(const char *pattern, found *out) {
    char *copy = strdup(pattern);
    size_t n = 0;
    char **segments = copy ? calloc(strlen(pattern) / 2 + 2, sizeof *segments) : NULL;
    if (!segments) {
        free(copy);
        out->failed = true;
        return;
    }
    for (char *save = NULL, *segment = strtok_r(copy, "/", &save); segment; segment = strtok_r(NULL, "/", &save))
        segments[n++] = segment;
    if (n) walk(pattern[0] == '/' ? "/" : "", segments, n, 0, out, 0);
    free(segments);
    free(copy);
    if (out->count > 1) qsort(out->paths, out->count, sizeof *out->paths, compare_paths);
}

static bool has_deep_segment(const char *pattern) {
    for (const char *at = strstr(pattern, "**"); at; at = strstr(at + 2, "**")) {
        bool starts = at == pattern || at[-1] == '/', ends = at[2] == '\0' || at[2] == '/';
        if (starts && ends) return true;
    }
    return false;
}

long nitro_archive_glob(nitro_archive_list *list, const char *pattern, const char *folder, const char *rename,
                        char *error, size_t error_size) {
    found out = {0};
    if (has_deep_segment(pattern)) {
        glob_deep(pattern, &out);
    } else {
        glob_t matches;
        int status = glob(pattern, 0, NULL, &matches);
        if (status == 0) {
            bool wildcard = strpbrk(pattern, "*?[") != NULL;
            for (size_t i = 0; i < matches.gl_pathc && !out.failed; i++) {
                const char *path = matches.gl_pathv[i];
                /* As a `**` walk does, a wildcard does not pick build output; a path typed in full is taken. */
                bool skipped = false;
                for (const char *segment = path; wildcard && *segment && !skipped;) {
                    size_t len = strcspn(segment, "/");
                    if (segment[len] == '/' &&
                        ((len == 3 && (!strncmp(segment, "bin", 3) || !strncmp(segment, "obj", 3)))))
                        skipped = true;
                    segment += len + (segment[len] == '/');
                }
                if (!skipped && is_regular(path)) found_add(&out, strdup(path));
            }
            globfree(&matches);
        } else if (status != GLOB_NOMATCH) {
            out.failed = true;
        }
    }
    long added = 0;
    for (size_t i = 0; i < out.count; i++) {
        if (!out.failed && !add_item(list, out.paths[i], folder, rename)) out.failed = true;
        if (!out.failed) added++;
        free(out.paths[i]);
    }
    free(out.paths);
    if (out.failed) {
        snprintf(error, error_size, "could not search for '%s': %s", pattern, strerror(errno ? errno : ENOMEM));
        return -1;
    }
    return added;
}

/* ---- libzip -------------------------------------------------------------------- */

/* Debian 13's libzip5, then Debian 12's libzip4: the functions nitro calls are the same in both. */
static const char *const sonames[] = {"libzip.so.5", "libzip.so.4"};

static struct {
    zip_t *(*open)(const char *, int, int *);
    zip_source_t *(*source_file)(zip_t *, const char *, zip_uint64_t, zip_int64_t);
    zip_int64_t (*file_add)(zip_t *, const char *, zip_source_t *, zip_flags_t);
    void (*source_free)(zip_source_t *);
    int (*close)(zip_t *);
    void (*discard)(zip_t *);
    const char *(*strerror)(zip_t *);
    void (*error_init_with_code)(zip_error_t *, int);
    const char *(*error_strerror)(zip_error_t *);
    void (*error_fini)(zip_error_t *);
    int (*register_cancel)(zip_t *, zip_cancel_callback, void (*)(void *), void *);
    zip_int64_t (*name_locate)(zip_t *, const char *, zip_flags_t);
    int (*stat_index)(zip_t *, zip_uint64_t, zip_flags_t, zip_stat_t *);
    zip_file_t *(*fopen_index)(zip_t *, zip_uint64_t, zip_flags_t);
    zip_int64_t (*fread)(zip_file_t *, void *, zip_uint64_t);
    int (*fclose)(zip_file_t *);
    const char *(*file_strerror)(zip_file_t *);
} zip;
static void *library;

static bool load(char *error, size_t error_size) {
    if (library) return true;
    void *opened = NULL;
    for (size_t i = 0; !opened && i < sizeof sonames / sizeof *sonames; i++)
        opened = dlopen(sonames[i], RTLD_LAZY | RTLD_LOCAL);
    const nitro_dl_symbol symbols[] = {
        {"zip_open", (void **)&zip.open},
        {"zip_source_file", (void **)&zip.source_file},
        {"zip_file_add", (void **)&zip.file_add},
        {"zip_source_free", (void **)&zip.source_free},
        {"zip_close", (void **)&zip.close},
        {"zip_discard", (void **)&zip.discard},
        {"zip_strerror", (void **)&zip.strerror},
        {"zip_error_init_with_code", (void **)&zip.error_init_with_code},
        {"zip_error_strerror", (void **)&zip.error_strerror},
        {"zip_error_fini", (void **)&zip.error_fini},
        {"zip_register_cancel_callback_with_state", (void **)&zip.register_cancel},
        {"zip_name_locate", (void **)&zip.name_locate},
        {"zip_stat_index", (void **)&zip.stat_index},
        {"zip_fopen_index", (void **)&zip.fopen_index},
        {"zip_fread", (void **)&zip.fread},
        {"zip_fclose", (void **)&zip.fclose},
        {"zip_file_strerror", (void **)&zip.file_strerror},
    };
    if (!nitro_dl_resolve(opened, "libzip", sonames[0], symbols, sizeof symbols / sizeof *symbols, error, error_size))
        return false;
    library = opened;
    return true;
}

static int cancelled(zip_t *archive, void *state) {
    (void)archive;
    (void)state;
    return nitro_interrupted != 0;
}

bool nitro_archive_write(const char *archive_path, const nitro_archive_list *list, bool *interrupted, char *error,
                         size_t error_size) {
    *interrupted = false;
    if (!load(error, error_size)) return false;
    /* zlib allocates about 300 KiB for each entry it deflates and frees it after: with glibc's defaults that
     * memory goes back to the kernel each time and comes back as fresh pages, 36 page faults a file (a 1,000-file
     * archive took 0.3 s instead of 0.05 s). Kept in the heap, it is the same memory for every entry. */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 4 << 20);
    int code = 0;
    zip_t *archive = zip.open(archive_path, ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t why;
        zip.error_init_with_code(&why, code);
        snprintf(error, error_size, "could not create the archive: %s", zip.error_strerror(&why));
        zip.error_fini(&why);
        return false;
    }
    zip.register_cancel(archive, cancelled, NULL, NULL);
    for (size_t i = 0; i < list->count; i++) {
        /* The source names the file; libzip opens and reads it when the archive is written, one at a time. */
        zip_source_t *source = zip.source_file(archive, list->items[i].path, 0, -1);
        if (!source || zip.file_add(archive, list->items[i].name, source, ZIP_FL_ENC_UTF_8) < 0) {
            snprintf(error, error_size, "could not add '%s': %s", list->items[i].path, zip.strerror(archive));
            if (source) zip.source_free(source);
            zip.discard(archive);
            unlink(archive_path);
            return false;
        }
    }
    if (zip.close(archive) != 0) {
        *interrupted = nitro_interrupted != 0;
        snprintf(error, error_size, "could not write the archive: %s", zip.strerror(archive));
        zip.discard(archive);
        unlink(archive_path);
        return false;
    }
    if (chmod(archive_path, 0600) != 0) {
        snprintf(error, error_size, "could not write the archive: %s", strerror(errno));
        unlink(archive_path);
        return false;
    }
    return true;
}

/* ---- one member read out -------------------------------------------------------- */

/* Opens the archive read-only and finds the member: a file entry of exactly that name (a directory entry ends
 * with '/', which a member name never does). */
static nitro_member_status open_member(const char *archive_path, const char *member, zip_t **archive,
                                       zip_uint64_t *index, char *error, size_t error_size) {
    *archive = NULL;
    if (!load(error, error_size)) return NITRO_MEMBER_FAILED;
    int code = 0;
    zip_t *opened = zip.open(archive_path, ZIP_RDONLY, &code);
    if (!opened) {
        zip_error_t why;
        zip.error_init_with_code(&why, code);
        snprintf(error, error_size, "%s", zip.error_strerror(&why));
        zip.error_fini(&why);
        /* An archive whose central directory is cut short or broken is no zip either. */
        return code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS ? NITRO_MEMBER_NOT_ZIP : NITRO_MEMBER_FAILED;
    }
    zip_int64_t located = zip.name_locate(opened, member, 0);
    zip_stat_t st;
    if (located < 0 || zip.stat_index(opened, (zip_uint64_t)located, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
        strcmp(st.name, member) != 0) {
        snprintf(error, error_size, "no member '%s'", member);
        zip.discard(opened);
        return NITRO_MEMBER_MISSING;
    }
    *archive = opened;
    *index = (zip_uint64_t)located;
    return NITRO_MEMBER_FOUND;
}

nitro_member_status nitro_archive_find(const char *archive_path, const char *member, char *error, size_t error_size) {
    zip_t *archive = NULL;
    zip_uint64_t index = 0;
    nitro_member_status status = open_member(archive_path, member, &archive, &index, error, error_size);
    if (archive) zip.discard(archive);
    return status;
}

static bool write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR && !nitro_interrupted) continue;
        if (n <= 0) return false;
        data += n;
        size -= (size_t)n;
    }
    return true;
}

nitro_member_status nitro_archive_extract(const char *archive_path, const char *member, const char *dest_path,
                                          char *error, size_t error_size) {
    zip_t *archive = NULL;
    zip_uint64_t index = 0;
    nitro_member_status status = open_member(archive_path, member, &archive, &index, error, error_size);
    if (status != NITRO_MEMBER_FOUND) return status;
    zip_file_t *file = zip.fopen_index(archive, index, 0);
    if (!file) {
        snprintf(error, error_size, "'%s' cannot be read: %s", member, zip.strerror(archive));
        zip.discard(archive);
        return NITRO_MEMBER_FAILED;
    }
    int fd = open(dest_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        snprintf(error, error_size, "could not create a temporary file: %s", strerror(errno));
        zip.fclose(file);
        zip.discard(archive);
        return NITRO_MEMBER_FAILED;
    }
    char buffer[65536];
    long long total = 0;
    for (;;) {
        if (nitro_interrupted) {
            status = NITRO_MEMBER_INTERRUPTED;
            break;
        }
        /* libzip inflates and checks the CRC as it reads: a damaged member fails here, not after the upload. */
        zip_int64_t n = zip.fread(file, buffer, sizeof buffer);
        if (n < 0) {
            snprintf(error, error_size, "'%s' cannot be read: %s", member, zip.file_strerror(file));
            status = NITRO_MEMBER_FAILED;
            break;
        }
        if (n == 0) break;
        /* A few kilobytes of deflated zeros can inflate to fill the disk: a schema is never this large. */
        total += n;
        if (total > NITRO_ARCHIVE_MEMBER_MAX) {
            snprintf(error, error_size, "it inflates to more than %d MiB, more than any schema",
                     NITRO_ARCHIVE_MEMBER_MAX >> 20);
            status = NITRO_MEMBER_FAILED;
            break;
        }
        if (!write_all(fd, buffer, (size_t)n)) {
            status = nitro_interrupted ? NITRO_MEMBER_INTERRUPTED : NITRO_MEMBER_FAILED;
            snprintf(error, error_size, "could not write a temporary file: %s", strerror(errno ? errno : EIO));
            break;
        }
    }
    zip.fclose(file);
    zip.discard(archive);
    if (close(fd) != 0 && status == NITRO_MEMBER_FOUND) {
        snprintf(error, error_size, "could not write a temporary file: %s", strerror(errno));
        status = NITRO_MEMBER_FAILED;
    }
    if (status != NITRO_MEMBER_FOUND) unlink(dest_path);
    return status;
}
