/* Drives the transports of runtime/net/ from the command line, for the
 * transport benchmark (tests/bench/transport), until commands of nitro use
 * them:
 *
 *   nitro_transport_probe upload <endpoint> <file>        a schema upload
 *   nitro_transport_probe subscribe <endpoint> <count>    a publish's events
 *   nitro_transport_probe download <endpoint> <path> <dest>
 *
 * NITRO_API_KEY is sent as the credential when set; NITRO_VERBOSE=1 traces;
 * NITRO_PROBE_TIMES=<file> appends, for a subscription, the milliseconds from
 * its first result to its end (the time the stream took to read).
 * Prints what it got on stdout (the upload's result, the number of events,
 * the bytes written) and exits 0, or the failure on stderr and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "download.h"
#include "graphql_client.h"
#include "subscription.h"
#include "term.h"
#include "upload.h"

static const gql_operation upload_schema = {
    .name = "UploadSchema",
    .is_mutation = true,
    .document = "mutation UploadSchema($input: UploadSchemaInput!) { uploadSchema(input: $input) { __typename "
                "schemaVersion { id } errors { __typename } } }",
};

static const gql_operation publish_updates = {
    .name = "OnSchemaVersionPublishUpdated",
    .is_mutation = false,
    .document = "subscription OnSchemaVersionPublishUpdated($requestId: String!) { "
                "onSchemaVersionPublishingUpdate(requestId: $requestId) { __typename } }",
};

typedef struct {
    long events;
    struct timespec first;
} counter;

static double ms_since(const struct timespec *since) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - since->tv_sec) * 1000.0 + (double)(now.tv_nsec - since->tv_nsec) / 1e6;
}

static nitro_stream_action count_event(void *data, const cJSON *result_data) {
    counter *c = data;
    if (c->events++ == 0) clock_gettime(CLOCK_MONOTONIC, &c->first);
    const cJSON *update = cJSON_GetObjectItemCaseSensitive(result_data, "onSchemaVersionPublishingUpdate");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(update, "__typename");
    /* A terminal event ends the wait, as the publish command's would. */
    return cJSON_IsString(type) && strcmp(type->valuestring, "SchemaVersionPublishSuccess") == 0
               ? NITRO_STREAM_STOP
               : NITRO_STREAM_CONTINUE;
}

static int usage(void) {
    fputs("usage: nitro_transport_probe upload <endpoint> <file>\n"
          "       nitro_transport_probe subscribe <endpoint> <count>\n"
          "       nitro_transport_probe download <endpoint> <path> <dest>\n",
          stderr);
    return 2;
}

int main(int argc, char **argv) {
    if (argc < 4) return usage();
    nitro_term_install_signals();
    const char *key = getenv("NITRO_API_KEY");
    const char *verbose = getenv("NITRO_VERBOSE");
    nitro_client_config config = {
        .endpoint = argv[2],
        .auth = key && *key ? NITRO_AUTH_API_KEY : NITRO_AUTH_NONE,
        .credential = key ? key : "",
        .client_version = "0.0.0",
        .connect_timeout_ms = 10000,
        .timeout_ms = 30000,
        .trace = verbose && *verbose && strcmp(verbose, "0") != 0 ? stderr : NULL,
    };
    nitro_client *client = nitro_client_new(&config);
    if (!client) return 1;
    nitro_result result;
    bool ok = false;
    if (strcmp(argv[1], "upload") == 0 && argc == 4) {
        static const char *const slot[] = {"input", "schema", NULL};
        nitro_upload file = {.variable_path = slot, .file_path = argv[3], .file_name = "schema.graphql"};
        cJSON *variables = cJSON_CreateObject();
        cJSON *input = cJSON_AddObjectToObject(variables, "input");
        cJSON_AddStringToObject(input, "apiId", "QXBpOjE=");
        cJSON_AddStringToObject(input, "tag", "bench");
        ok = nitro_client_upload(client, &upload_schema, variables, &file, 1, NULL, &result);
        if (ok) {
            char *text = cJSON_PrintUnformatted(result.data);
            puts(text);
            free(text);
        }
    } else if (strcmp(argv[1], "subscribe") == 0 && argc == 4) {
        counter c = {0};
        nitro_stream_handler handler = {.on_result = count_event, .data = &c};
        cJSON *variables = cJSON_CreateObject();
        cJSON_AddStringToObject(variables, "requestId", "bench");
        cJSON_AddNumberToObject(variables, "count", atof(argv[3]));
        ok = nitro_client_subscribe(client, &publish_updates, variables, NULL, &handler, &result);
        const char *times = getenv("NITRO_PROBE_TIMES");
        if (ok && c.events > 1 && times && *times) {
            FILE *out = fopen(times, "a");
            if (out) {
                fprintf(out, "%.3f\n", ms_since(&c.first));
                fclose(out);
            }
        }
        if (ok) printf("%ld events\n", c.events);
    } else if (strcmp(argv[1], "download") == 0 && argc == 5) {
        ok = nitro_client_download(client, argv[3], argv[4], NULL, &result);
        struct stat st;
        if (ok && stat(argv[4], &st) == 0) printf("%lld bytes\n", (long long)st.st_size);
    } else {
        nitro_client_free(client);
        return usage();
    }
    if (!ok) fprintf(stderr, "error: %s (kind %d, HTTP %ld)\n", result.message, (int)result.kind, result.http_status);
    nitro_result_free(&result);
    nitro_client_free(client);
    return ok ? 0 : 1;
}
