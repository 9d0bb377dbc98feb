#include "session.h"
#include "atomic_file.h"

#include "term.h"
#include "timefmt.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_SESSION_BYTES (1u << 20)

char *nitro_session_path(nitro_getenv_fn getenv_fn, void *env_data) {
    const char *xdg = getenv_fn(env_data, "XDG_CONFIG_HOME");
    const char *home = getenv_fn(env_data, "HOME");
    const char *base = NULL, *middle = NULL;
    if (xdg && *xdg == '/') {
        base = xdg;
        middle = "";
    } else if (home && *home) {
        base = home;
        middle = "/.config";
    } else {
        return NULL;
    }
    size_t size = strlen(base) + strlen(middle) + sizeof "/nitro/session.json";
    char *path = malloc(size);
    if (path) snprintf(path, size, "%s%s/nitro/session.json", base, middle);
    return path;
}

nitro_session_status nitro_session_parse(const char *text, size_t len, nitro_session *session, char *why,
                                         size_t why_size) {
    session->json = session->base = NULL;
    cJSON *json = cJSON_ParseWithLength(text, len);
    if (!cJSON_IsObject(json)) {
        cJSON_Delete(json);
        snprintf(why, why_size, "it is not a JSON object");
        return NITRO_SESSION_CORRUPT;
    }
    /* Known keys must have the types the Nitro CLI writes. */
    static const char *const strings[] = {"sessionId", "subjectId", "tenant", "identityServer",
                                          "apiUrl",    "email",     "apiKey"};
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++) {
        const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, strings[i]);
        if (item && !cJSON_IsString(item) && !cJSON_IsNull(item)) {
            snprintf(why, why_size, "\"%s\" is not a string", strings[i]);
            cJSON_Delete(json);
            return NITRO_SESSION_CORRUPT;
        }
    }
    static const char *const objects[] = {"tokens", "workspace"};
    for (size_t i = 0; i < 2; i++) {
        const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, objects[i]);
        if (item && !cJSON_IsObject(item) && !cJSON_IsNull(item)) {
            snprintf(why, why_size, "\"%s\" is not an object", objects[i]);
            cJSON_Delete(json);
            return NITRO_SESSION_CORRUPT;
        }
    }
    session->json = json;
    return NITRO_SESSION_OK;
}

/* Whether nitro's user alone (or root) can change what `st` describes; else `why` says so and how to fix it. */
static bool only_mine(const struct stat *st, const char *what, const char *path, const char *fix, char *why,
                      size_t why_size) {
    if (st->st_uid != geteuid() && st->st_uid != 0) {
        snprintf(why, why_size, "%s %s is owned by another user (uid %lu); remove it, or run 'nitro logout'", what,
                 path, (unsigned long)st->st_uid);
        return false;
    }
    if (st->st_mode & (S_IWGRP | S_IWOTH)) {
        snprintf(why, why_size, "%s %s is writable by group or others; run '%s %s'", what, path, fix, path);
        return false;
    }
    return true;
}

bool nitro_file_trusted(int fd, const char *path, char *why, size_t why_size) {
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        return false;
    }
    if (!only_mine(&st, "the file", path, "chmod 600", why, why_size)) return false;
    char *dir = strdup(path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash && slash != dir) *slash = '\0';
    bool ok = !slash || slash == dir || stat(dir, &st) != 0 ||
              only_mine(&st, "its directory", dir, "chmod 700", why, why_size);
    free(dir);
    return ok;
}

nitro_session_status nitro_session_load(const char *path, nitro_session *session, char *why, size_t why_size) {
    session->json = session->base = NULL;
    FILE *file = fopen(path, "rb");
    if (!file) {
        if (errno == ENOENT || errno == ENOTDIR) return NITRO_SESSION_MISSING;
        snprintf(why, why_size, "%s", strerror(errno));
        return NITRO_SESSION_ERROR;
    }
    if (!nitro_file_trusted(fileno(file), path, why, why_size)) {
        fclose(file);
        return NITRO_SESSION_UNSAFE;
    }
    char *text = malloc(MAX_SESSION_BYTES + 1);
    size_t len = text ? fread(text, 1, MAX_SESSION_BYTES + 1, file) : 0;
    bool failed = !text || ferror(file);
    fclose(file);
    if (failed || len > MAX_SESSION_BYTES) {
        free(text);
        snprintf(why, why_size, failed ? "it could not be read" : "it is larger than 1 MiB");
        return failed ? NITRO_SESSION_ERROR : NITRO_SESSION_CORRUPT;
    }
    nitro_session_status status = nitro_session_parse(text, len, session, why, why_size);
    memset(text, 0, len); /* it held tokens */
    free(text);
    if (status == NITRO_SESSION_OK && !(session->base = cJSON_Duplicate(session->json, true))) {
        nitro_session_free(session);
        snprintf(why, why_size, "out of memory");
        return NITRO_SESSION_ERROR;
    }
    return status;
}

nitro_session_status nitro_session_reload(const char *path, nitro_session *session, char *why, size_t why_size) {
    nitro_session fresh;
    nitro_session_status status = nitro_session_load(path, &fresh, why, why_size);
    if (status == NITRO_SESSION_MISSING) snprintf(why, why_size, "the session file was removed (nitro logout)");
    if (status != NITRO_SESSION_OK) return status;
    nitro_session_free(session);
    *session = fresh;
    return status;
}

/* ---- one writer at a time --------------------------------------------------- */

static int lock_fd = -1;
static int lock_depth = 0;
static long lock_wait_ms = 30000;

void nitro_session_set_lock_wait(long wait_ms) {
    lock_wait_ms = wait_ms > 0 ? wait_ms : 0;
}

/* Creates the directory (and missing parents) and keeps nitro's own one private. */
static bool make_private_dir(char *dir, char *why, size_t why_size) {
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        bool ok = mkdir(dir, 0700) == 0 || errno == EEXIST;
        *p = '/';
        if (!ok) {
            snprintf(why, why_size, "cannot create %s: %s", dir, strerror(errno));
            return false;
        }
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        snprintf(why, why_size, "cannot create %s: %s", dir, strerror(errno));
        return false;
    }
    if (chmod(dir, 0700) != 0) {
        snprintf(why, why_size, "cannot make %s private: %s", dir, strerror(errno));
        return false;
    }
    return true;
}

static bool write_file(const char *path, const nitro_session *session, char *why, size_t why_size);

/* The directory of `path` (malloc'd), created private when missing. */
static char *private_dir_of(const char *path, char *why, size_t why_size) {
    char *dir = strdup(path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (!dir || !slash || slash == dir) {
        if (dir) {
            snprintf(why, why_size, "invalid path %s", path);
        } else {
            snprintf(why, why_size, "out of memory");
        }
        free(dir);
        return NULL;
    }
    *slash = '\0';
    if (!make_private_dir(dir, why, why_size)) {
        free(dir);
        return NULL;
    }
    return dir;
}

bool nitro_session_lock(const char *path, char *why, size_t why_size) {
    if (lock_depth > 0) {
        lock_depth++;
        return true;
    }
    char *dir = private_dir_of(path, why, why_size);
    if (!dir) return false;
    free(dir);
    size_t size = strlen(path) + sizeof ".lock";
    char *lock_path = malloc(size);
    if (!lock_path) {
        snprintf(why, why_size, "out of memory");
        return false;
    }
    snprintf(lock_path, size, "%s.lock", path);
    int fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    bool ok = fd >= 0 && fchmod(fd, 0600) == 0;
    if (!ok) snprintf(why, why_size, "cannot open %s: %s", lock_path, strerror(errno));
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (ok && flock(fd, LOCK_EX | LOCK_NB) != 0) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        long waited = (long)(now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            snprintf(why, why_size, "cannot lock %s: %s", lock_path, strerror(errno));
            ok = false;
        } else if (nitro_interrupted) {
            snprintf(why, why_size, "interrupted while waiting for %s", lock_path);
            ok = false;
        } else if (waited >= lock_wait_ms) {
            /* A lock dies with its holder, so this is a nitro still running, not debris. */
            snprintf(why, why_size, "another nitro process has been changing it for %ld s (it holds %s); try again",
                     (waited + 500) / 1000, lock_path);
            ok = false;
        } else {
            struct timespec step = {0, 20 * 1000000L};
            nanosleep(&step, NULL);
        }
    }
    free(lock_path);
    if (!ok) {
        if (fd >= 0) close(fd);
        return false;
    }
    lock_fd = fd;
    lock_depth = 1;
    return true;
}

void nitro_session_unlock(void) {
    if (lock_depth == 0 || --lock_depth > 0) return;
    close(lock_fd); /* releases the flock */
    lock_fd = -1;
}

/* Removes the temporary files (".session.json.XXXXXX") a killed writer left:
 * they hold secrets. Only called under the lock, when no writer is live. */
static void remove_stale_temporaries(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash) return;
    char *dir = strndup(path, (size_t)(slash - path));
    DIR *listing = dir ? opendir(dir) : NULL;
    struct dirent *entry;
    while (listing && (entry = readdir(listing)) != NULL) {
        if (nitro_atomic_is_temporary(entry->d_name, slash + 1)) unlinkat(dirfd(listing), entry->d_name, 0);
    }
    if (listing) closedir(listing);
    free(dir);
}

bool nitro_session_remove(const char *path, bool *existed, char *why, size_t why_size) {
    *existed = false;
    if (!nitro_session_lock(path, why, why_size)) return false;
    bool ok = true;
    if (unlink(path) == 0) {
        *existed = true;
    } else if (errno != ENOENT) {
        snprintf(why, why_size, "cannot remove %s: %s", path, strerror(errno));
        ok = false;
    }
    remove_stale_temporaries(path);
    nitro_session_unlock();
    return ok;
}

/* Writes over `theirs` (the file as it is now) every top-level key whose
 * value this process changed since it read the file. */
static bool merge_changes(cJSON *theirs, const cJSON *base, const cJSON *mine) {
    const cJSON *sides[2] = {mine, base};
    for (int side = 0; side < 2; side++) {
        const cJSON *item;
        cJSON_ArrayForEach(item, sides[side]) {
            const cJSON *now = cJSON_GetObjectItemCaseSensitive(mine, item->string);
            const cJSON *was = cJSON_GetObjectItemCaseSensitive(base, item->string);
            if (side == 1 && now) continue; /* seen with mine */
            if ((now && was && cJSON_Compare(now, was, true)) || (!now && !was)) continue;
            cJSON_DeleteItemFromObjectCaseSensitive(theirs, item->string);
            if (!now) continue;
            cJSON *copy = cJSON_Duplicate(now, true);
            if (!copy || !cJSON_AddItemToObject(theirs, item->string, copy)) {
                cJSON_Delete(copy);
                return false;
            }
        }
    }
    return true;
}

/* The document to write: this process's changes on the file as it is now. */
static bool merged_document(const char *path, nitro_session *session, char *why, size_t why_size) {
    if (!session->base) return true; /* a new session replaces the file */
    nitro_session current;
    switch (nitro_session_load(path, &current, why, why_size)) {
    case NITRO_SESSION_OK: break;
    case NITRO_SESSION_MISSING:
        snprintf(why, why_size, "the session was removed meanwhile (nitro logout)");
        return false;
    default: return true; /* a damaged file is replaced by this one */
    }
    bool ok = merge_changes(current.json, session->base, session->json);
    if (ok) {
        cJSON_Delete(session->json);
        session->json = current.json;
        current.json = NULL;
    } else {
        snprintf(why, why_size, "out of memory");
    }
    nitro_session_free(&current);
    return ok;
}

bool nitro_session_save(const char *path, nitro_session *session, char *why, size_t why_size) {
    if (!nitro_session_lock(path, why, why_size)) return false;
    bool ok = merged_document(path, session, why, why_size) && write_file(path, session, why, why_size);
    if (ok) {
        cJSON_Delete(session->base);
        session->base = cJSON_Duplicate(session->json, true); /* NULL (out of memory): the next save replaces */
    }
    nitro_session_unlock();
    return ok;
}

static bool write_file(const char *path, const nitro_session *session, char *why, size_t why_size) {
    char *text = cJSON_PrintUnformatted(session->json);
    char *dir = strdup(path);
    bool ok = false;
    if (!text || !dir) {
        snprintf(why, why_size, "out of memory");
        goto done;
    }
    /* What loading would refuse is never written: the tokens in the old file stay usable. */
    if (strlen(text) > MAX_SESSION_BYTES) {
        snprintf(why, why_size, "it would be larger than 1 MiB, which nitro cannot read back; it was not saved");
        goto done;
    }
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) {
        snprintf(why, why_size, "invalid path %s", path);
        goto done;
    }
    *slash = '\0';
    if (!make_private_dir(dir, why, why_size)) goto done;
    remove_stale_temporaries(path);
    nitro_atomic_file file;
    if (!nitro_atomic_open(&file, path, NITRO_FILE_PRIVATE)) {
        snprintf(why, why_size, "cannot create a file in %s: %s", dir, strerror(errno));
        goto done;
    }
    if (!nitro_atomic_write(&file, text, strlen(text))) {
        snprintf(why, why_size, "cannot write %s: %s", file.temp, strerror(errno));
        nitro_atomic_abort(&file);
        goto done;
    }
    if (!nitro_atomic_commit(&file)) {
        snprintf(why, why_size, "cannot replace %s: %s", path, strerror(errno));
        goto done;
    }
    ok = true;
done:
    if (text) {
        memset(text, 0, strlen(text));
        free(text);
    }
    free(dir);
    return ok;
}

void nitro_session_free(nitro_session *session) {
    if (!session->json && !session->base) return; /* none read: no call into the JSON code's page */
    cJSON_Delete(session->json);
    cJSON_Delete(session->base);
    session->json = session->base = NULL;
}

/* The object holding the last segment of `path`, and that segment. */
static cJSON *parent_of(cJSON *root, const char *path, const char **leaf, bool create) {
    const char *dot = strchr(path, '.');
    *leaf = path;
    if (!dot) return root;
    char head[32];
    size_t len = (size_t)(dot - path);
    if (len >= sizeof head) return NULL;
    memcpy(head, path, len);
    head[len] = '\0';
    *leaf = dot + 1;
    cJSON *child = cJSON_GetObjectItemCaseSensitive(root, head);
    if (!cJSON_IsObject(child)) {
        if (!create) return NULL;
        cJSON *fresh = cJSON_CreateObject();
        if (!fresh) return NULL;
        if (child) {
            cJSON_ReplaceItemInObjectCaseSensitive(root, head, fresh);
        } else if (!cJSON_AddItemToObject(root, head, fresh)) {
            cJSON_Delete(fresh);
            return NULL;
        }
        child = fresh;
    }
    return child;
}

static const char *get_path(const nitro_session *session, const char *path) {
    const char *leaf;
    cJSON *parent = session->json ? parent_of(session->json, path, &leaf, false) : NULL;
    const cJSON *item = parent ? cJSON_GetObjectItemCaseSensitive(parent, leaf) : NULL;
    return cJSON_IsString(item) && item->valuestring[0] ? item->valuestring : NULL;
}

static bool set_path(nitro_session *session, const char *path, const char *value) {
    if (!session->json && !(session->json = cJSON_CreateObject())) return false;
    const char *leaf;
    cJSON *parent = parent_of(session->json, path, &leaf, value != NULL);
    if (!parent) return value == NULL;
    if (!value) {
        cJSON_DeleteItemFromObjectCaseSensitive(parent, leaf);
        return true;
    }
    cJSON *item = cJSON_CreateString(value);
    if (!item) return false;
    if (cJSON_GetObjectItemCaseSensitive(parent, leaf)) {
        return cJSON_ReplaceItemInObjectCaseSensitive(parent, leaf, item);
    }
    if (!cJSON_AddItemToObject(parent, leaf, item)) {
        cJSON_Delete(item);
        return false;
    }
    return true;
}

/* Where each field is in the file: a key of the document, or "object.key". */
static const char *const field_paths[NITRO_SESSION_FIELD_COUNT] = {
    [NITRO_SESSION_FIELD_SESSION_ID] = "sessionId",
    [NITRO_SESSION_FIELD_SUBJECT_ID] = "subjectId",
    [NITRO_SESSION_FIELD_TENANT] = "tenant",
    [NITRO_SESSION_FIELD_IDENTITY_SERVER] = "identityServer",
    [NITRO_SESSION_FIELD_API_URL] = "apiUrl",
    [NITRO_SESSION_FIELD_EMAIL] = "email",
    [NITRO_SESSION_FIELD_CLIENT_ID] = "clientId",
    [NITRO_SESSION_FIELD_API_KEY] = "apiKey",
    [NITRO_SESSION_FIELD_ACCESS_TOKEN] = "tokens.accessToken",
    [NITRO_SESSION_FIELD_ID_TOKEN] = "tokens.idToken",
    [NITRO_SESSION_FIELD_REFRESH_TOKEN] = "tokens.refreshToken",
    [NITRO_SESSION_FIELD_EXPIRES_AT] = "tokens.expiresAt",
    [NITRO_SESSION_FIELD_WORKSPACE_ID] = "workspace.id",
    [NITRO_SESSION_FIELD_WORKSPACE_NAME] = "workspace.name",
};

const char *nitro_session_value(const nitro_session *session, nitro_session_field field) {
    return get_path(session, field_paths[field]);
}

bool nitro_session_store(nitro_session *session, nitro_session_field field, const char *value) {
    return set_path(session, field_paths[field], value);
}

bool nitro_session_set_tokens(nitro_session *session, const char *access_token, const char *refresh_token,
                              const char *id_token, long long expires_in) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char expires_at[48];
    if (!nitro_iso_after_seconds(&now, expires_in > 0 ? expires_in : 3600, expires_at, sizeof expires_at)) {
        return false;
    }
    return nitro_session_store(session, NITRO_SESSION_FIELD_ACCESS_TOKEN, access_token) &&
           (!refresh_token || nitro_session_store(session, NITRO_SESSION_FIELD_REFRESH_TOKEN, refresh_token)) &&
           (!id_token || nitro_session_store(session, NITRO_SESSION_FIELD_ID_TOKEN, id_token)) &&
           nitro_session_store(session, NITRO_SESSION_FIELD_EXPIRES_AT, expires_at);
}
