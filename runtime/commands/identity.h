/* Who the credential in use acts for, as the server says: a user, or an API
 * key with its workspace and, for a key scoped to one API, that API. Asked
 * with nitro's own documents (the Nitro CLI publishes none): NitroIdentityQuery
 * (`me.user` and `currentApiKey`), and NitroViewerQuery (`me.user` alone) for a
 * server that does not know `currentApiKey`. */
#ifndef NITRO_IDENTITY_H
#define NITRO_IDENTITY_H

#include <stdbool.h>

#include "context.h"
#include "generated/graphql.h"

typedef struct {
    /* A user's credential: the user (pointers into the answers below); all NULL for an API key. */
    const char *user_id, *user_email, *user_name;
    /* An API key's: what it acts for; NULL for a user's, or when the server cannot say (key_unknown). */
    const gql_nitro_identity_data_current_api_key *key;
    bool key_unknown;
    gql_nitro_identity_data data; /* the answers, owned */
    gql_nitro_viewer_data viewer;
} nitro_identity;

/* Asks the server; returns an exit code (a refusal or failure is reported). */
int nitro_identity_fetch(nitro_ctx *ctx, nitro_identity *who);
void nitro_identity_free(nitro_identity *who);

/* The credential in use comes from --api-key or its environment variables, not from the session. */
bool nitro_credential_overrides_session(const nitro_ctx *ctx);

/* The session's default workspace is for the identity that signed in: it applies to a user's credential
 * unless the session names another user (the e-mail of its sign-in), never to an API key. */
bool nitro_identity_takes_session_workspace(nitro_ctx *ctx, const nitro_identity *who);

#endif
