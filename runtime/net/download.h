/* A REST download (the Nitro CLI's schema and persisted-query downloads): a
 * GET of a path on the endpoint's origin with the client's headers (the
 * credential, Accept: application/json), redirects not followed. The body is
 * streamed into a temporary file beside the destination (created with
 * mkstemp, then given the mode a new file gets: 0666 less the umask),
 * fsync'd, and renamed over the destination only after a 2xx response
 * arrived whole: a download that fails or is interrupted leaves nothing
 * behind and an existing destination untouched. The client's timeout covers
 * connecting and each silence, not the whole transfer. */
#ifndef NITRO_DOWNLOAD_H
#define NITRO_DOWNLOAD_H

#include <stdbool.h>

#include "graphql_client.h"

/* `path` is already escaped (nitro_url_escape for each segment and query
 * value), e.g. "/api/v1/apis/QXBp/schemas/latest/download?stage=dev"; a path
 * that does not start with "/" or holds a byte that needs escaping is
 * refused before anything is sent. True when dest_path holds the body. A
 * non-2xx status: kind HTTP (401, 403: AUTH) with http_status set; the
 * destination cannot be written: TRANSPORT ("Could not write <dest>:
 * <reason>"); otherwise as nitro_client_execute (TRANSPORT with timed_out,
 * INTERRUPTED). */
bool nitro_client_download(nitro_client *client, const char *path, const char *dest_path, const char *progress_label,
                           nitro_result *result);

#endif
