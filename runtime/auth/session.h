/* The session file, $XDG_CONFIG_HOME/nitro/session.json, in the Nitro CLI's
 * compact camelCase shape, so either tool reads what the other wrote:
 *   {"sessionId", "subjectId", "tenant", "identityServer", "apiUrl", "email",
 *    "tokens": {"accessToken", "idToken", "refreshToken", "expiresAt"},
 *    "workspace": {"id", "name"}}
 * Keys nitro does not know (defaultApiId, ...) are kept when it rewrites the
 * file. nitro adds one key of its own, "apiKey", for `login --with-token`. */
#ifndef NITRO_SESSION_H
#define NITRO_SESSION_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "args.h"

typedef struct {
    cJSON *json; /* the whole document, unknown keys included */
    cJSON *base; /* the file as it was read: what a save merges against; NULL for a new session */
} nitro_session;

typedef enum {
    NITRO_SESSION_OK,
    NITRO_SESSION_MISSING,
    NITRO_SESSION_CORRUPT, /* not JSON, or not an object */
    NITRO_SESSION_ERROR,   /* could not be read: permissions, no home directory */
    NITRO_SESSION_UNSAFE,  /* another user could have written it: not read (why says the fix) */
} nitro_session_status;

/* The file's path ($XDG_CONFIG_HOME/nitro/session.json, else ~/.config/...),
 * malloc'd, or NULL when neither variable is set. */
char *nitro_session_path(nitro_getenv_fn getenv_fn, void *env_data);

/* Parses a session from memory (also the fuzz target's entry point). */
nitro_session_status nitro_session_parse(const char *text, size_t len, nitro_session *session, char *why,
                                         size_t why_size);

/* Reads the file. As ssh does with its configuration, a file or directory that another user owns (root aside), or
 * that group or others may write, is not read: NITRO_SESSION_UNSAFE, `why` naming it and the fix. */
nitro_session_status nitro_session_load(const char *path, nitro_session *session, char *why, size_t why_size);

/* Writes atomically: a temporary file in the same directory (0600), fsync,
 * rename over the old file, fsync of the directory; the directory is 0700.
 * Readers see the old file or the new one, never a part. Under the lock, the
 * file is read again and only the top-level keys this process changed since
 * it read the file are written over it (another nitro's renewed tokens
 * survive a change of the default workspace); a new session (no base)
 * replaces the file. Temporary files a killed writer left are removed. On
 * success the session holds what was written. A document larger than loading
 * accepts (1 MiB) is not written: false, the file as it was. */
bool nitro_session_save(const char *path, nitro_session *session, char *why, size_t why_size);

/* Changes to session.json are made by one nitro at a time: an exclusive
 * flock on session.json.lock (0600) beside it, waited for at most the lock
 * wait; Ctrl-C ends the wait. Nested locks in one process only count. False
 * with a reason when the wait ran out or the lock file cannot be made. */
bool nitro_session_lock(const char *path, char *why, size_t why_size);
void nitro_session_unlock(void);
/* How long to wait for another nitro's change (default 30 s). */
void nitro_session_set_lock_wait(long wait_ms);

/* Reads the file again (call it under the lock); on OK the session is the file's. */
nitro_session_status nitro_session_reload(const char *path, nitro_session *session, char *why, size_t why_size);

/* Removes the file (logout) and any temporary file a killed writer left, under
 * the lock; *existed tells whether there was a session file. */
bool nitro_session_remove(const char *path, bool *existed, char *why, size_t why_size);

void nitro_session_free(nitro_session *session);

/* The fields nitro reads and writes; session.c maps each to its place in the
 * file (the key, or "object.key"). */
typedef enum {
    NITRO_SESSION_FIELD_SESSION_ID,      /* sessionId */
    NITRO_SESSION_FIELD_SUBJECT_ID,      /* subjectId */
    NITRO_SESSION_FIELD_TENANT,          /* tenant */
    NITRO_SESSION_FIELD_IDENTITY_SERVER, /* identityServer: the OAuth authority */
    NITRO_SESSION_FIELD_API_URL,         /* apiUrl */
    NITRO_SESSION_FIELD_EMAIL,           /* email */
    NITRO_SESSION_FIELD_CLIENT_ID,       /* clientId: the OAuth client that signed in */
    NITRO_SESSION_FIELD_API_KEY,         /* apiKey: nitro's own, from `login --with-token` */
    NITRO_SESSION_FIELD_ACCESS_TOKEN,    /* tokens.accessToken */
    NITRO_SESSION_FIELD_ID_TOKEN,        /* tokens.idToken */
    NITRO_SESSION_FIELD_REFRESH_TOKEN,   /* tokens.refreshToken */
    NITRO_SESSION_FIELD_EXPIRES_AT,      /* tokens.expiresAt */
    NITRO_SESSION_FIELD_WORKSPACE_ID,    /* workspace.id */
    NITRO_SESSION_FIELD_WORKSPACE_NAME,  /* workspace.name */
    NITRO_SESSION_FIELD_COUNT
} nitro_session_field;

/* A field's text; NULL when absent, empty or not a string. */
const char *nitro_session_value(const nitro_session *session, nitro_session_field field);
/* Sets (or with NULL removes) a field; false when out of memory. */
bool nitro_session_store(nitro_session *session, nitro_session_field field, const char *value);

/* Stores fresh tokens: the access token, the refresh and id tokens when
 * given (a server need not rotate them), and expiresAt = now + expires_in. */
bool nitro_session_set_tokens(nitro_session *session, const char *access_token, const char *refresh_token,
                              const char *id_token, long long expires_in);

/* Whether the file open as `fd` at `path` and its directory can be changed by nitro's user alone (or root), as ssh
 * checks its own files; else `why` says which and how to fix it. The session and the other files nitro keeps beside
 * it are read only when this holds: their values are sent as ours. */
bool nitro_file_trusted(int fd, const char *path, char *why, size_t why_size);

#endif
