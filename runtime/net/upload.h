/* A GraphQL operation with files: the GraphQL multipart request spec
 * (github.com/jaydenseric/graphql-multipart-request-spec), as the Nitro CLI
 * sends it. A multipart/form-data POST of the parts `operations` (the request
 * JSON, Content-Type application/json; charset=utf-8, each file's slot in the
 * variables null), `map` ({"0":["variables.input.schema"], ...}), then "0",
 * "1", ... in the order of `files`, each with its file name and no
 * Content-Type, streamed from the file by libcurl's MIME API a chunk at a
 * time: memory does not grow with the file. Headers as for any request
 * (GraphQL-Preflight: 1 among them), Content-Type multipart/form-data. Sent
 * once, like any mutation, never retried. The client's timeout covers
 * connecting and each silence (nothing sent or received), not the whole
 * transfer: a large file on a slow line is not cut off. */
#ifndef NITRO_UPLOAD_H
#define NITRO_UPLOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "graphql_client.h"

typedef struct {
    const char *const *variable_path; /* NULL-terminated keys under "variables", e.g. {"input", "schema", NULL} */
    const char *file_path;            /* opened when the request is sent */
    const char *file_name;            /* the part's filename, e.g. "schema.graphql" */
} nitro_upload;

/* Sends `operation` with `variables` (consumed; each file's slot is set to
 * null, objects on its path made as needed) and the files, and fills `result`
 * as nitro_client_execute does (maybe_applied after a sent request without a
 * clear answer). A file that cannot be opened or read, or that shrinks while
 * it is sent, fails with kind TRANSPORT ("Could not read <path>: <reason>");
 * a directory is refused before anything is sent. A regular file is sent with
 * its size; anything else (a pipe) to its end, chunked. */
bool nitro_client_upload(nitro_client *client, const gql_operation *operation, cJSON *variables,
                         const nitro_upload *files, size_t n_files, const char *progress_label, nitro_result *result);

#endif
