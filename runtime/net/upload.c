#include "upload.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "client_internal.h"
#include "http.h"
#include "term.h"
#include "trace.h"

#define OPERATIONS_TYPE "application/json; charset=utf-8"

/* Sets the slot at `path` under `variables` to null, making the objects on the way; false when something
 * that is not an object is in the way (or without memory). */
static bool null_slot(cJSON *variables, const char *const *path) {
    cJSON *object = variables;
    if (!path || !path[0]) return false;
    for (size_t i = 0; path[i + 1]; i++) {
        cJSON *next = cJSON_GetObjectItemCaseSensitive(object, path[i]);
        if (!next) {
            next = cJSON_AddObjectToObject(object, path[i]);
            if (!next) return false;
        } else if (!cJSON_IsObject(next)) {
            return false;
        }
        object = next;
    }
    size_t n = 0;
    while (path[n])
        n++;
    const char *last = path[n - 1];
    cJSON *null = cJSON_CreateNull();
    if (!null) return false;
    if (cJSON_GetObjectItemCaseSensitive(object, last))
        return cJSON_ReplaceItemInObjectCaseSensitive(object, last, null);
    return cJSON_AddItemToObject(object, last, null);
}

/* The `map` part: {"0":["variables.input.schema"], ...}. */
static char *files_map(const nitro_upload *files, size_t n_files) {
    cJSON *map = cJSON_CreateObject();
    bool ok = map != NULL;
    for (size_t i = 0; ok && i < n_files; i++) {
        size_t len = strlen("variables");
        for (const char *const *key = files[i].variable_path; *key; key++)
            len += 1 + strlen(*key);
        char *path = malloc(len + 1);
        cJSON *paths = cJSON_CreateArray();
        char index[24];
        snprintf(index, sizeof index, "%zu", i);
        ok = path && paths && cJSON_AddItemToObject(map, index, paths);
        if (!ok) cJSON_Delete(paths);
        if (ok) {
            strcpy(path, "variables");
            for (const char *const *key = files[i].variable_path; *key; key++) {
                strcat(path, ".");
                strcat(path, *key);
            }
            cJSON *item = cJSON_CreateString(path);
            ok = item && cJSON_AddItemToArray(paths, item);
        }
        free(path);
    }
    char *text = ok ? cJSON_PrintUnformatted(map) : NULL;
    cJSON_Delete(map);
    return text;
}

/* Opens one file to send: its descriptor and size (-1: not a regular file, read to its end), or -1 with
 * `result` saying why. */
static int open_file(const char *path, long long *size, nitro_result *result) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    int error = fd < 0 ? errno : fstat(fd, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (error) {
        if (fd >= 0) close(fd);
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not read %s: %s", path, strerror(error));
        return -1;
    }
    *size = S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
    return fd;
}

bool nitro_client_upload(nitro_client *client, const gql_operation *operation, cJSON *variables,
                         const nitro_upload *files, size_t n_files, const char *progress_label, nitro_result *result) {
    memset(result, 0, sizeof *result);
    bool ok = variables != NULL;
    for (size_t i = 0; ok && i < n_files; i++)
        ok = null_slot(variables, files[i].variable_path);
    char *map = ok ? files_map(files, n_files) : NULL;
    char *operations = nitro_client_request_body(operation, variables); /* consumes variables */
    size_t n_parts = n_files + 2;
    nitro_http_part *parts = calloc(n_parts, sizeof *parts);
    char(*names)[24] = calloc(n_files ? n_files : 1, sizeof *names);
    if (!ok || !map || !operations || !parts || !names) {
        nitro_result_set(result, NITRO_RESULT_TRANSPORT, "There was an unexpected error: %s",
                         ok ? "out of memory" : "a file's variable path runs through a value that is not an object");
        free(map);
        free(operations);
        free(parts);
        free(names);
        return false;
    }
    parts[0] = (nitro_http_part){
        .name = "operations", .content_type = OPERATIONS_TYPE, .data = operations, .len = strlen(operations), .fd = -1};
    parts[1] = (nitro_http_part){.name = "map", .data = map, .len = strlen(map), .fd = -1};
    bool opened = true;
    for (size_t i = 0; i < n_files; i++) {
        nitro_http_part *part = &parts[i + 2];
        snprintf(names[i], sizeof names[i], "%zu", i);
        *part = (nitro_http_part){.name = names[i], .filename = files[i].file_name, .fd = -1};
        if (opened) {
            part->fd = open_file(files[i].file_path, &part->size, result);
            opened = part->fd >= 0;
        }
    }

    const char *headers[NITRO_CLIENT_HEADERS_MAX];
    nitro_client_headers(client, false, NULL, headers);
    FILE *trace = client->config.trace;
    const char *endpoint = client->config.endpoint;
    if (opened) {
        if (trace) {
            /* The trace shows the Content-Type libcurl adds, without the boundary it picks. */
            const char *shown[NITRO_CLIENT_HEADERS_MAX + 1];
            size_t n = 0;
            for (; headers[n]; n++)
                shown[n] = headers[n];
            shown[n++] = "Content-Type: multipart/form-data";
            shown[n] = NULL;
            nitro_trace_request_head(trace, "POST", endpoint, shown, client->known);
            for (size_t i = 0; i < n_parts; i++)
                nitro_trace_part(trace, parts[i].name, parts[i].content_type, parts[i].filename, parts[i].size,
                                 parts[i].data, parts[i].len, client->known);
        }
        long idle = nitro_client_timeout_ms(client);
        nitro_http_request request = {
            .url = endpoint,
            .headers = headers,
            .parts = parts,
            .n_parts = n_parts,
            .idle_timeout_ms = idle,
            .max_response_bytes = NITRO_MAX_RESPONSE_BYTES,
        };
        nitro_http_response response;
        nitro_http_status status = nitro_client_send_once(client, &request, progress_label, result, &response);
        if (trace) {
            if (status == NITRO_HTTP_OK) {
                if (!client->saw_headers) fprintf(trace, "< HTTP %ld\n<\n", response.status);
                nitro_trace_response_body(trace, response.body, response.len, client->known);
            } else {
                nitro_trace_note(trace, "no answer after %ld ms: %s", nitro_elapsed_ms(&client->started),
                                 response.error);
            }
        }
        if (status == NITRO_HTTP_OK) {
            nitro_judge(response.status, response.body, response.len, client->known, "returned a response", result);
        } else if (status == NITRO_HTTP_READ_FAILED && response.failed_part >= 2 &&
                   (size_t)response.failed_part < n_parts) {
            nitro_result_set(result, NITRO_RESULT_TRANSPORT, "Could not read %s: %s",
                             files[response.failed_part - 2].file_path, response.error);
        } else {
            nitro_client_describe_transport(status, endpoint, &response, result);
        }
        /* As for any mutation: after a sent request anything but a clear answer leaves its outcome open. A
         * file that could not be read ends the body early, which no server takes for a request. */
        bool sent = operation->is_mutation && response.request_sent && status != NITRO_HTTP_READ_FAILED;
        result->maybe_applied =
            sent && (result->kind == NITRO_RESULT_TRANSPORT || result->kind == NITRO_RESULT_INTERRUPTED ||
                     result->kind == NITRO_RESULT_BAD_RESPONSE ||
                     (result->kind == NITRO_RESULT_HTTP && response.status >= 500));
        nitro_http_response_free(&response);
    }
    for (size_t i = 2; i < n_parts; i++) {
        if (parts[i].fd >= 0) close(parts[i].fd);
    }
    free(names);
    free(parts);
    free(map);
    free(operations);
    return result->kind == NITRO_RESULT_OK && opened;
}
