/* The generic REST download (`rest-download` in the spec): the path with each
 * option value escaped, the body written atomically by the transport, and
 * for persisted queries (a JSON array of {documentIds, content}) the
 * --format transform: relay, one indented JSON object {documentId: content}
 * in the file; folder, one <documentId>.graphql per id in the folder. Every
 * file is written to a temporary file beside it, fsync'd and renamed: a
 * failure leaves nothing half-written. No command has C of its own here. */
#include "rest.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "credentials.h"
#include "download.h"
#include "safe_text.h"
#include "url.h"

/* The path with its placeholders' values escaped; malloc'd, NULL when out of memory. */
static char *render_path(const nitro_text *text, const void *opts) {
    char *out = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&out, &size);
    if (!stream) return NULL;
    bool ok = true;
    for (size_t i = 0; i < text->n_parts && ok; i++) {
        const nitro_text_part *part = &text->parts[i];
        if (part->kind == NITRO_PART_TEXT) {
            fputs(part->text, stream);
        } else {
            const char *value = ((const nitro_str_value *)((const char *)opts + part->offset))->value;
            char *escaped = nitro_url_escape(value ? value : "");
            ok = escaped != NULL;
            if (escaped) fputs(escaped, stream);
            free(escaped);
        }
    }
    fclose(stream);
    if (!ok) {
        free(out);
        return NULL;
    }
    return out;
}

static char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    char *data = NULL;
    size_t used = 0, capacity = 0;
    for (;;) {
        if (used + 65536 + 1 > capacity) {
            capacity = (used + 65536 + 1) * 2;
            char *bigger = realloc(data, capacity);
            if (!bigger) {
                free(data);
                fclose(file);
                return NULL;
            }
            data = bigger;
        }
        size_t n = fread(data + used, 1, 65536, file);
        used += n;
        if (n < 65536) break;
    }
    bool failed = ferror(file);
    fclose(file);
    if (failed) {
        free(data);
        return NULL;
    }
    data[used] = '\0';
    *size = used;
    return data;
}

/* A document id is a file name in a folder: no separator, no dot first, no control byte, not empty. */
static bool safe_file_name(const char *id) {
    if (!id[0] || id[0] == '.' || strlen(id) > 200) return false;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        if (*p == '/' || *p == '\\' || *p < 0x20 || *p == 0x7f) return false;
    return true;
}

/* The persisted queries downloaded into `part`, written as `format` to `dest`. */
static int transform(nitro_ctx *ctx, const char *part, const char *dest, bool folder) {
    size_t size = 0;
    char *body = read_file(part, &size);
    cJSON *list = body ? cJSON_ParseWithLength(body, size) : NULL;
    free(body);
    int code = NITRO_EXIT_OK;
    const cJSON *entry;
    if (!cJSON_IsArray(list)) {
        nitro_error(ctx, "The server returned an unexpected response: the persisted queries are not a JSON array");
        cJSON_Delete(list);
        return NITRO_EXIT_FAILURE;
    }
    cJSON_ArrayForEach(entry, list) {
        const cJSON *ids = cJSON_GetObjectItemCaseSensitive(entry, "documentIds");
        const cJSON *content = cJSON_GetObjectItemCaseSensitive(entry, "content");
        const cJSON *id;
        bool ok = cJSON_IsArray(ids) && cJSON_IsString(content);
        cJSON_ArrayForEach(id, ids) ok = ok && cJSON_IsString(id) && (!folder || safe_file_name(id->valuestring));
        if (!ok) {
            nitro_error(ctx,
                        "The server returned an unexpected response: a persisted query without document ids "
                        "and content%s",
                        folder ? ", or with an id that is no file name" : "");
            cJSON_Delete(list);
            return NITRO_EXIT_FAILURE;
        }
    }
    if (folder) {
        if (mkdir(dest, 0777) != 0 && errno != EEXIST) {
            nitro_error(ctx, "Could not create the folder '%s': %s", dest, strerror(errno));
            code = NITRO_EXIT_FAILURE;
        }
        cJSON_ArrayForEach(entry, list) {
            const cJSON *content = cJSON_GetObjectItemCaseSensitive(entry, "content"), *id;
            cJSON_ArrayForEach(id, cJSON_GetObjectItemCaseSensitive(entry, "documentIds")) {
                if (code) break;
                size_t length = strlen(dest) + strlen(id->valuestring) + 16;
                char *file = malloc(length);
                if (!file) {
                    code = NITRO_EXIT_FAILURE;
                    break;
                }
                snprintf(file, length, "%s/%s.graphql", dest, id->valuestring);
                if (!nitro_write_file_atomically(file, content->valuestring, strlen(content->valuestring),
                                                 NITRO_FILE_PUBLIC)) {
                    nitro_error(ctx, "Could not write '%s': %s", file, strerror(errno));
                    code = NITRO_EXIT_FAILURE;
                }
                free(file);
            }
        }
    } else {
        char *text = NULL;
        size_t length = 0;
        FILE *stream = open_memstream(&text, &length);
        if (stream) {
            nitro_json json;
            nitro_json_init(&json, stream);
            nitro_json_begin_object(&json);
            cJSON_ArrayForEach(entry, list) {
                const cJSON *content = cJSON_GetObjectItemCaseSensitive(entry, "content"), *id;
                cJSON_ArrayForEach(id, cJSON_GetObjectItemCaseSensitive(entry, "documentIds")) {
                    nitro_json_key(&json, id->valuestring);
                    nitro_json_string(&json, content->valuestring);
                }
            }
            nitro_json_end_object(&json);
            nitro_json_finish(&json);
            fclose(stream);
        }
        if (!text || !nitro_write_file_atomically(dest, text, length, NITRO_FILE_PUBLIC)) {
            nitro_error(ctx, "Could not write '%s': %s", dest, text ? strerror(errno) : "out of memory");
            code = NITRO_EXIT_FAILURE;
        }
        free(text);
    }
    cJSON_Delete(list);
    return code;
}

int nitro_download_run(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, const char *label) {
    const nitro_download_def *download = behaviour->download;
    const char *dest = ((const nitro_str_value *)((const char *)opts + download->file_offset))->value;
    bool queries = download->format_offset != NITRO_NO_OPTION;
    const char *format =
        queries ? ((const nitro_str_value *)((const char *)opts + download->format_offset))->value : NULL;
    bool folder = format && strcmp(format, "folder") == 0;
    int code = NITRO_EXIT_OK;
    nitro_client *client = nitro_ctx_client(ctx, &code);
    if (!client) return code;
    char *path = render_path(&download->path, opts);
    /* Persisted queries arrive beside their destination first, then are written as asked. */
    size_t length = strlen(dest) + 32;
    char *target = queries ? malloc(length) : strdup(dest);
    if (target && queries) snprintf(target, length, "%s.nitro-download", dest);
    if (!path || !target) {
        nitro_error(ctx, "There was an unexpected error: out of memory");
        free(path);
        free(target);
        return NITRO_EXIT_FAILURE;
    }
    nitro_result result = {0};
    if (!nitro_client_download(client, path, target, label, &result)) {
        if (result.kind == NITRO_RESULT_HTTP && result.http_status == 404) {
            nitro_text_scope scope = {.opts = opts};
            char *message = nitro_text_render_scope(&download->not_found, &scope);
            nitro_error(ctx, "%s", message ? message : "Not found.");
            free(message);
            code = NITRO_EXIT_FAILURE;
        } else {
            code = nitro_report_failure(ctx, &result);
        }
    } else if (queries) {
        code = transform(ctx, target, dest, folder);
    }
    if (queries) unlink(target);
    nitro_result_free(&result);
    free(path);
    free(target);
    return code;
}
