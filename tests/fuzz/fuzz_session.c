/* libFuzzer target: the session file reader (runtime/auth/session.c).
 * Input: the contents of session.json. */
#include <stdint.h>
#include <string.h>

#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    nitro_session session;
    memset(&session, 0, sizeof session);
    char why[256];
    if (nitro_session_parse((const char *)data, size, &session, why, sizeof why) == NITRO_SESSION_OK) {
        for (int field = 0; field < NITRO_SESSION_FIELD_COUNT; field++)
            (void)nitro_session_value(&session, (nitro_session_field)field);
        (void)nitro_session_store(&session, NITRO_SESSION_FIELD_WORKSPACE_NAME, "fuzz");
        (void)nitro_session_store(&session, NITRO_SESSION_FIELD_REFRESH_TOKEN, NULL);
    }
    nitro_session_free(&session);
    return 0;
}
