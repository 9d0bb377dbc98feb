#include "session.h"

#include "timefmt.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    session->json = NULL;
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

nitro_session_status nitro_session_load(const char *path, nitro_session *session, char *why, size_t why_size) {
    session->json = NULL;
    FILE *file = fopen(path, "rb");
    if (!file) {
        if (errno == ENOENT || errno == ENOTDIR) return NITRO_SESSION_MISSING;
        snprintf(why, why_size, "%s", strerror(errno));
        return NITRO_SESSION_ERROR;
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
    return status;
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

bool nitro_session_save(const char *path, const nitro_session *session, char *why, size_t why_size) {
    char *text = cJSON_PrintUnformatted(session->json);
    size_t path_len = strlen(path);
    char *dir = malloc(path_len + 1);
    char *tmp = malloc(path_len + sizeof ".XXXXXX");
    bool ok = false, created = false;
    int fd = -1;
    if (!text || !dir || !tmp) {
        snprintf(why, why_size, "out of memory");
        goto done;
    }
    memcpy(dir, path, path_len + 1);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) {
        snprintf(why, why_size, "invalid path %s", path);
        goto done;
    }
    *slash = '\0';
    if (!make_private_dir(dir, why, why_size)) goto done;
    snprintf(tmp, path_len + sizeof ".XXXXXX", "%s.XXXXXX", path);
    fd = mkstemp(tmp); /* mode 0600 */
    if (fd < 0) {
        snprintf(why, why_size, "cannot create a file in %s: %s", dir, strerror(errno));
        goto done;
    }
    created = true;
    size_t len = strlen(text), written = 0;
    while (written < len) {
        ssize_t n = write(fd, text + written, len - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += (size_t)n;
    }
    if (written != len || fsync(fd) != 0) {
        snprintf(why, why_size, "cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    if (close(fd) != 0) {
        fd = -1;
        snprintf(why, why_size, "cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    fd = -1;
    if (rename(tmp, path) != 0) {
        snprintf(why, why_size, "cannot replace %s: %s", path, strerror(errno));
        goto done;
    }
    int dir_fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dir_fd >= 0) {
        fsync(dir_fd); /* make the rename itself durable */
        close(dir_fd);
    }
    ok = true;
done:
    if (fd >= 0) close(fd);
    if (!ok && created) unlink(tmp);
    if (text) {
        memset(text, 0, strlen(text));
        free(text);
    }
    free(dir);
    free(tmp);
    return ok;
}

void nitro_session_free(nitro_session *session) {
    cJSON_Delete(session->json);
    session->json = NULL;
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
