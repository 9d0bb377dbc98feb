/* libFuzzer target: the session file reader (runtime/session.c).
 * Input: the contents of session.json. */
#include <stdint.h>
#include <string.h>

#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    nitro_session session;
    memset(&session, 0, sizeof session);
    char why[256];
    if (nitro_session_parse((const char *)data, size, &session, why, sizeof why) == NITRO_SESSION_OK) {
        static const char *const paths[] = {
            "sessionId",        "apiUrl",       "email",          "apiKey", "tokens.accessToken",
            "tokens.expiresAt", "workspace.id", "workspace.name", "tokens", "a.b.c.d"};
        for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
            (void)nitro_session_get(&session, paths[i]);
        (void)nitro_session_set(&session, "workspace.name", "fuzz");
        (void)nitro_session_set(&session, "tokens.refreshToken", NULL);
    }
    nitro_session_free(&session);
    return 0;
}
