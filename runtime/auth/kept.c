/* kept.json: {"<name>": [{"endpoint": "...", "key": {"api-id": "...", "stage": "..."}, "value": "..."}]}. */
#include "kept.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "session.h"

#define KEPT_MAX_BYTES (256 * 1024)

char *nitro_kept_path(nitro_getenv_fn getenv_fn, void *env_data) {
    char *session = nitro_session_path(getenv_fn, env_data);
    char *slash = session ? strrchr(session, '/') : NULL;
    if (!slash) {
        free(session);
        return NULL;
    }
    *slash = '\0';
    size_t size = strlen(session) + sizeof "/kept.json";
    char *path = malloc(size);
    if (path) snprintf(path, size, "%s/kept.json", session);
    free(session);
    return path;
}

/* The file's document; an empty object when it is missing, damaged, too large or not safe to trust (a
 * file another user owns or may write: its values would be sent as ours). */
static cJSON *load(const char *path, bool *unsafe) {
    cJSON *doc = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= KEPT_MAX_BYTES) {
        char why[512];
        if (!nitro_file_trusted(fd, path, why, sizeof why)) {
            if (unsafe) *unsafe = true;
        } else {
            char *text = malloc((size_t)st.st_size + 1);
            ssize_t n = text ? read(fd, text, (size_t)st.st_size) : -1;
            if (n >= 0) doc = cJSON_ParseWithLength(text, (size_t)n);
            free(text);
        }
    }
    if (fd >= 0) close(fd);
    if (!cJSON_IsObject(doc)) {
        cJSON_Delete(doc);
        doc = cJSON_CreateObject();
    }
    return doc;
}

static bool save(const char *path, cJSON *doc, char *why, size_t why_size) {
    char *text = cJSON_PrintUnformatted(doc);
    /* Under the lock, which made the directory (0700). */
    bool ok = text && nitro_write_file_atomically(path, text, strlen(text), NITRO_FILE_PRIVATE);
    if (!text)
        snprintf(why, why_size, "out of memory");
    else if (!ok)
        snprintf(why, why_size, "cannot write %s: %s", path, strerror(errno));
    free(text);
    return ok;
}

static const char *text_at(const cJSON *object, const char *key) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* Whether an entry is kept under endpoint and these keys (a NULL value matches any; `exact`: all equal). */
static bool matches(const cJSON *entry, const char *endpoint, const char *const *names, const char *const *values,
                    size_t n, bool exact) {
    const char *kept_endpoint = text_at(entry, "endpoint");
    if (!kept_endpoint || strcmp(kept_endpoint, endpoint) != 0 || !text_at(entry, "value")) return false;
    const cJSON *key = cJSON_GetObjectItemCaseSensitive(entry, "key");
    for (size_t i = 0; i < n; i++) {
        const char *kept = text_at(key, names[i]);
        if (!values[i] && !exact) continue;
        if (!values[i] || !kept ? values[i] != kept : strcmp(kept, values[i]) != 0) return false;
    }
    return true;
}

/* The entries under `name` but those `drop` refuses (a copy, put in the document in place of the old list). */
static cJSON *keep_entries(cJSON *doc, const char *name, bool (*drop)(const cJSON *, const void *), const void *data) {
    const cJSON *old = cJSON_GetObjectItemCaseSensitive(doc, name);
    cJSON *list = cJSON_CreateArray();
    const cJSON *entry;
    if (!cJSON_IsArray(old)) old = NULL;
    cJSON_ArrayForEach(entry, old) {
        if (list && !drop(entry, data) && !cJSON_AddItemToArray(list, cJSON_Duplicate(entry, true))) {
            cJSON_Delete(list);
            list = NULL;
        }
    }
    if (!list) return NULL;
    cJSON_DeleteItemFromObjectCaseSensitive(doc, name);
    if (!cJSON_AddItemToObject(doc, name, list)) {
        cJSON_Delete(list);
        return NULL;
    }
    return list;
}

typedef struct {
    const char *endpoint;
    const char *const *names, *const *values;
    size_t n;
} same_key;

static bool is_same_key(const cJSON *entry, const void *data) {
    const same_key *key = data;
    return matches(entry, key->endpoint, key->names, key->values, key->n, true);
}

static bool has_value(const cJSON *entry, const void *data) {
    const char *kept = text_at(entry, "value");
    return kept && strcmp(kept, data) == 0;
}

static bool store_locked(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                         const char *const *key_values, size_t n_keys, const char *value, char *why, size_t why_size);
static bool forget_locked(const char *path, const char *name, const char *value, char *why, size_t why_size);

/* One writer at a time (kept.json.lock, as the session's): each reads the file again under the lock. */
bool nitro_kept_store(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                      const char *const *key_values, size_t n_keys, const char *value, char *why, size_t why_size) {
    if (!nitro_session_lock(path, why, why_size)) return false;
    bool ok = store_locked(path, name, endpoint, key_names, key_values, n_keys, value, why, why_size);
    nitro_session_unlock();
    return ok;
}

bool nitro_kept_forget(const char *path, const char *name, const char *value, char *why, size_t why_size) {
    if (!nitro_session_lock(path, why, why_size)) return false;
    bool ok = forget_locked(path, name, value, why, why_size);
    nitro_session_unlock();
    return ok;
}

static bool store_locked(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                         const char *const *key_values, size_t n_keys, const char *value, char *why, size_t why_size) {
    cJSON *doc = load(path, NULL);
    same_key same = {endpoint, key_names, key_values, n_keys};
    cJSON *list = doc ? keep_entries(doc, name, is_same_key, &same) : NULL; /* what it replaces goes */
    cJSON *entry = cJSON_CreateObject();
    cJSON *key = cJSON_CreateObject();
    bool ok = list && entry && key && cJSON_AddStringToObject(entry, "endpoint", endpoint);
    for (size_t i = 0; ok && i < n_keys; i++)
        ok = !key_values[i] || cJSON_AddStringToObject(key, key_names[i], key_values[i]);
    if (ok) {
        cJSON_AddItemToObject(entry, "key", key);
        key = NULL;
        ok = cJSON_AddStringToObject(entry, "value", value) && cJSON_AddItemToArray(list, entry);
        if (ok) entry = NULL;
    }
    if (!ok) snprintf(why, why_size, "out of memory");
    ok = ok && save(path, doc, why, why_size);
    cJSON_Delete(key);
    cJSON_Delete(entry);
    cJSON_Delete(doc);
    return ok;
}

size_t nitro_kept_find(const char *path, const char *name, const char *endpoint, const char *const *key_names,
                       const char *const *key_values, size_t n_keys, char **value, bool *unsafe) {
    *value = NULL;
    cJSON *doc = load(path, unsafe);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, name);
    const cJSON *entry, *found = NULL;
    size_t count = 0;
    cJSON_ArrayForEach(entry, list) {
        if (matches(entry, endpoint, key_names, key_values, n_keys, false)) {
            found = entry;
            count++;
        }
    }
    if (count == 1) {
        *value = strdup(text_at(found, "value"));
        if (!*value) count = 0;
    }
    cJSON_Delete(doc);
    return count;
}

static bool forget_locked(const char *path, const char *name, const char *value, char *why, size_t why_size) {
    cJSON *doc = load(path, NULL);
    int before = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, name));
    cJSON *list = keep_entries(doc, name, has_value, value);
    bool ok = list != NULL;
    if (!ok) snprintf(why, why_size, "out of memory");
    if (ok && cJSON_GetArraySize(list) != before) ok = save(path, doc, why, why_size);
    cJSON_Delete(doc);
    return ok;
}
