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
} nitro_session;

typedef enum {
    NITRO_SESSION_OK,
    NITRO_SESSION_MISSING,
    NITRO_SESSION_CORRUPT, /* not JSON, or not an object */
    NITRO_SESSION_ERROR,   /* could not be read: permissions, no home directory */
} nitro_session_status;

/* The file's path ($XDG_CONFIG_HOME/nitro/session.json, else ~/.config/...),
 * malloc'd, or NULL when neither variable is set. */
char *nitro_session_path(nitro_getenv_fn getenv_fn, void *env_data);

/* Parses a session from memory (also the fuzz target's entry point). */
nitro_session_status nitro_session_parse(const char *text, size_t len, nitro_session *session, char *why,
                                         size_t why_size);

nitro_session_status nitro_session_load(const char *path, nitro_session *session, char *why, size_t why_size);

/* Writes atomically: a temporary file in the same directory (0600), fsync,
 * rename over the old file, fsync of the directory; the directory is 0700.
 * Readers see the old file or the new one, never a part. */
bool nitro_session_save(const char *path, const nitro_session *session, char *why, size_t why_size);

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

#endif
