/* The client's transports end to end over real HTTP on 127.0.0.1, against the
 * in-process server of http_stub.c: the multipart upload byte for byte as the
 * GraphQL multipart request spec has it, and in flat memory; the subscription
 * over server-sent events (events, keep-alives, a single JSON answer, errors,
 * a cut, an oversized event, silence, Ctrl-C); the download's atomicity
 * (nothing half-written, an existing file untouched on every failure). */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "download.h"
#include "graphql_client.h"
#include "http_stub.h"
#include "subscription.h"
#include "suites.h"
#include "term.h"
#include "upload.h"

#define SECRET "nitro_pat_0123456789abcdefABCDEF"

static const gql_operation upload_operation = {
    .name = "UploadSchema",
    .is_mutation = true,
    .document = "mutation UploadSchema($input: UploadSchemaInput!) { uploadSchema(input: $input) { __typename } }",
};

static const gql_operation subscription_operation = {
    .name = "OnSchemaVersionPublishUpdated",
    .is_mutation = false,
    .document = "subscription OnSchemaVersionPublishUpdated($requestId: String!) { "
                "onSchemaVersionPublishingUpdate(requestId: $requestId) { __typename } }",
};

typedef struct {
    http_stub stub;
    char endpoint[64];
    nitro_client *client;
    char dir[64]; /* a temporary directory of the test's own */
    FILE *trace;  /* the --verbose trace, when asked for */
    char *trace_text;
    size_t trace_len;
} fixture;

static void start(fixture *f, bool trace, long timeout_ms) {
    ck_assert(stub_start(&f->stub));
    snprintf(f->endpoint, sizeof f->endpoint, "http://127.0.0.1:%d/graphql", f->stub.port);
    if (trace) f->trace = open_memstream(&f->trace_text, &f->trace_len);
    nitro_client_config config = {
        .endpoint = f->endpoint,
        .auth = NITRO_AUTH_API_KEY,
        .credential = SECRET,
        .client_version = "1.2.3",
        .connect_timeout_ms = 5000,
        .timeout_ms = timeout_ms,
        .trace = f->trace,
    };
    f->client = nitro_client_new(&config);
    ck_assert_ptr_nonnull(f->client);
    snprintf(f->dir, sizeof f->dir, "/tmp/nitro-transport-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(f->dir));
}

/* Removes the directory (its files first) and everything else. */
static void finish(fixture *f) {
    nitro_client_free(f->client);
    stub_stop(&f->stub);
    stub_free(&f->stub);
    if (f->trace) fclose(f->trace);
    free(f->trace_text);
    DIR *dir = opendir(f->dir);
    struct dirent *entry;
    while (dir && (entry = readdir(dir))) {
        if (entry->d_name[0] == '.' && (!entry->d_name[1] || (entry->d_name[1] == '.' && !entry->d_name[2]))) continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", f->dir, entry->d_name);
        unlink(path);
    }
    if (dir) closedir(dir);
    rmdir(f->dir);
    nitro_interrupted = 0;
}

static const char *trace_of(fixture *f) {
    fflush(f->trace);
    return f->trace_text ? f->trace_text : "";
}

/* How many entries the directory holds (the destination and any temporary file). */
static int entries(const char *path) {
    DIR *dir = opendir(path);
    int n = 0;
    struct dirent *entry;
    while (dir && (entry = readdir(dir))) {
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) n++;
    }
    if (dir) closedir(dir);
    return n;
}

static void write_file(const char *path, const char *bytes, size_t len) {
    FILE *file = fopen(path, "wb");
    ck_assert_ptr_nonnull(file);
    ck_assert_uint_eq(fwrite(bytes, 1, len, file), len);
    ck_assert_int_eq(fclose(file), 0);
}

static char *read_file(const char *path, size_t *len) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    char *out = malloc(1 << 20);
    *len = fread(out, 1, 1 << 20, file);
    fclose(file);
    return out;
}

static const char ok_answer[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                "Content-Length: 45\r\n\r\n{\"data\":{\"uploadSchema\":{\"__typename\":\"Ok\"}}}";

/* ---- upload ---------------------------------------------------------------------------------------------------- */

/* The body the GraphQL multipart request spec (RFC 7578 form data) makes of these parts, for `boundary`. */
static char *multipart_body(const char *boundary, const char *operations, const char *map, const char *const *names,
                            const char *const *contents, const size_t *lengths, size_t n, size_t *len) {
    size_t cap = strlen(operations) + strlen(map) + 1024;
    for (size_t i = 0; i < n; i++)
        cap += lengths[i] + 256;
    char *out = malloc(cap);
    size_t o = (size_t)sprintf(out,
                               "--%s\r\nContent-Disposition: form-data; name=\"operations\"\r\n"
                               "Content-Type: application/json; charset=utf-8\r\n\r\n%s\r\n"
                               "--%s\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n%s\r\n",
                               boundary, operations, boundary, map);
    for (size_t i = 0; i < n; i++) {
        o += (size_t)sprintf(out + o, "--%s\r\nContent-Disposition: form-data; name=\"%zu\"; filename=\"%s\"\r\n\r\n",
                             boundary, i, names[i]);
        memcpy(out + o, contents[i], lengths[i]);
        o += lengths[i];
        o += (size_t)sprintf(out + o, "\r\n");
    }
    o += (size_t)sprintf(out + o, "--%s--\r\n", boundary);
    *len = o;
    return out;
}

static char *boundary_of(const http_stub *stub) {
    char *type = stub_header(stub, "Content-Type");
    ck_assert_ptr_nonnull(type);
    const char *prefix = "multipart/form-data; boundary=";
    ck_assert_msg(strncmp(type, prefix, strlen(prefix)) == 0, "Content-Type: %s", type);
    char *boundary = strdup(type + strlen(prefix));
    free(type);
    return boundary;
}

static cJSON *schema_variables(void) {
    cJSON *variables = cJSON_CreateObject();
    cJSON *input = cJSON_AddObjectToObject(variables, "input");
    cJSON_AddStringToObject(input, "apiId", "QXBpOjE=");
    cJSON_AddStringToObject(input, "tag", "v1");
    return variables;
}

START_TEST(upload_sends_the_multipart_request_byte_for_byte) {
    fixture f = {.stub.keep_body = true};
    stub_send(&f.stub, ok_answer, 0);
    start(&f, false, 10000);
    /* Bytes a multipart body must carry as they are: CRLF, a boundary-like line, NUL, high bytes. */
    size_t len = 300000;
    char *content = malloc(len);
    for (size_t i = 0; i < len; i++)
        content[i] = (char)(i * 7 + i / 251);
    memcpy(content + 1000, "\r\n--boundary\r\n\0\xff", 17);
    char path[128];
    snprintf(path, sizeof path, "%s/schema.graphql", f.dir);
    write_file(path, content, len);

    static const char *const slot[] = {"input", "schema", NULL};
    nitro_upload file = {.variable_path = slot, .file_path = path, .file_name = "schema.graphql"};
    nitro_result result;
    ck_assert(nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_OK);
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(result.data, "uploadSchema"), "__typename")->valuestring,
                     "Ok");
    nitro_result_free(&result);
    stub_stop(&f.stub);

    ck_assert_int_eq(f.stub.connections, 1);
    ck_assert_ptr_nonnull(strstr(f.stub.headers, "POST /graphql HTTP/1.1\r\n"));
    char *boundary = boundary_of(&f.stub);
    const char *name = "schema.graphql";
    size_t expected_len;
    static const char ops[] =
        "{\"query\":\"mutation UploadSchema($input: UploadSchemaInput!) { uploadSchema(input: $input) { __typename } "
        "}\",\"operationName\":\"UploadSchema\",\"variables\":{\"input\":{\"apiId\":\"QXBpOjE=\",\"tag\":\"v1\","
        "\"schema\":null}}}";
    const char *contents[] = {content};
    char *expected =
        multipart_body(boundary, ops, "{\"0\":[\"variables.input.schema\"]}", &name, contents, &len, 1, &expected_len);
    ck_assert_uint_eq(f.stub.body_len, expected_len);
    ck_assert_int_eq(memcmp(f.stub.body, expected, expected_len), 0);
    /* The headers of any request, GraphQL-Preflight among them; no JSON Content-Type, no Expect. */
    char *value = stub_header(&f.stub, "GraphQL-Preflight");
    ck_assert_str_eq(value, "1");
    free(value);
    value = stub_header(&f.stub, "CCC-api-key");
    ck_assert_str_eq(value, SECRET);
    free(value);
    value = stub_header(&f.stub, "Accept");
    ck_assert_str_eq(value, "application/json");
    free(value);
    value = stub_header(&f.stub, "Content-Length");
    ck_assert_int_eq(atol(value), (long)expected_len);
    free(value);
    ck_assert_ptr_null(stub_header(&f.stub, "Expect"));
    ck_assert_ptr_null(stub_header(&f.stub, "Transfer-Encoding"));
    free(expected);
    free(boundary);
    free(content);
    finish(&f);
}
END_TEST

START_TEST(upload_of_two_files_maps_each_slot) {
    fixture f = {.stub.keep_body = true};
    stub_send(&f.stub, ok_answer, 0);
    start(&f, false, 10000);
    char base[128], extension[128];
    snprintf(base, sizeof base, "%s/base", f.dir);
    snprintf(extension, sizeof extension, "%s/ext", f.dir);
    write_file(base, "type Query { a: Int }\n", 22);
    write_file(extension, "", 0);
    static const char *const base_slot[] = {"baseSchemaFile", NULL};
    static const char *const extension_slot[] = {"extensionsSchemaFile", NULL};
    nitro_upload files[] = {
        {.variable_path = base_slot, .file_path = base, .file_name = "schema.graphql"},
        {.variable_path = extension_slot, .file_path = extension, .file_name = "extension.graphql"},
    };
    nitro_result result;
    ck_assert(nitro_client_upload(f.client, &upload_operation, cJSON_CreateObject(), files, 2, NULL, &result));
    nitro_result_free(&result);
    stub_stop(&f.stub);
    char *boundary = boundary_of(&f.stub);
    const char *names[] = {"schema.graphql", "extension.graphql"};
    const char *contents[] = {"type Query { a: Int }\n", ""};
    size_t lengths[] = {22, 0};
    char ops[1024];
    snprintf(ops, sizeof ops,
             "{\"query\":\"%s\",\"operationName\":\"UploadSchema\",\"variables\":{\"baseSchemaFile\":null,"
             "\"extensionsSchemaFile\":null}}",
             upload_operation.document);
    size_t expected_len;
    char *expected = multipart_body(boundary, ops,
                                    "{\"0\":[\"variables.baseSchemaFile\"],\"1\":[\"variables.extensionsSchemaFile\"]}",
                                    names, contents, lengths, 2, &expected_len);
    ck_assert_uint_eq(f.stub.body_len, expected_len);
    ck_assert_int_eq(memcmp(f.stub.body, expected, expected_len), 0);
    free(expected);
    free(boundary);
    finish(&f);
}
END_TEST

/* A pipe (process substitution, /dev/stdin) has no size: it is sent to its end, chunked. */
START_TEST(upload_from_a_pipe_is_sent_chunked) {
    fixture f = {.stub.keep_body = true};
    stub_send(&f.stub, ok_answer, 0);
    start(&f, false, 10000);
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    ck_assert_int_eq(write(fds[1], "type Query { piped: Int }\n", 26), 26);
    close(fds[1]);
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    static const char *const slot[] = {"input", "schema", NULL};
    nitro_upload file = {.variable_path = slot, .file_path = path, .file_name = "schema.graphql"};
    nitro_result result;
    ck_assert(nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    nitro_result_free(&result);
    close(fds[0]);
    stub_stop(&f.stub);
    char *te = stub_header(&f.stub, "Transfer-Encoding");
    ck_assert_str_eq(te, "chunked");
    free(te);
    ck_assert_ptr_nonnull(strstr(f.stub.body, "filename=\"schema.graphql\"\r\n\r\ntype Query { piped: Int }\n\r\n--"));
    finish(&f);
}
END_TEST

START_TEST(upload_of_a_missing_file_or_a_directory_sends_nothing) {
    fixture f = {0};
    stub_send(&f.stub, ok_answer, 0);
    start(&f, false, 10000);
    static const char *const slot[] = {"input", "schema", NULL};
    char missing[128];
    snprintf(missing, sizeof missing, "%s/missing.graphql", f.dir);
    nitro_upload file = {.variable_path = slot, .file_path = missing, .file_name = "schema.graphql"};
    nitro_result result;
    ck_assert(!nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_TRANSPORT);
    char expected[256];
    snprintf(expected, sizeof expected, "Could not read %s: No such file or directory", missing);
    ck_assert_str_eq(result.message, expected);
    ck_assert(!result.maybe_applied);
    nitro_result_free(&result);
    file.file_path = f.dir;
    ck_assert(!nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    snprintf(expected, sizeof expected, "Could not read %s: Is a directory", f.dir);
    ck_assert_str_eq(result.message, expected);
    nitro_result_free(&result);
    ck_assert_uint_eq(nitro_client_request_count(f.client), 0);
    stub_stop(&f.stub);
    ck_assert_int_eq(f.stub.connections, 0);
    finish(&f);
}
END_TEST

/* The trace shows the parts, a file by its name and size, never its bytes; the credential redacted. */
START_TEST(upload_trace_shows_the_parts_not_the_file) {
    fixture f = {0};
    stub_send(&f.stub,
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 71\r\n\r\n"
              "{\"errors\":[{\"message\":\"key " SECRET " refused\"}]}",
              0);
    start(&f, true, 10000);
    char path[128];
    snprintf(path, sizeof path, "%s/schema.graphql", f.dir);
    write_file(path, "type Query { secretField: Int }\n", 32);
    static const char *const slot[] = {"input", "schema", NULL};
    nitro_upload file = {.variable_path = slot, .file_path = path, .file_name = "schema.graphql"};
    nitro_result result;
    ck_assert(!nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_GRAPHQL);
    ck_assert_str_eq(result.message, "key [redacted] refused");
    nitro_result_free(&result);
    const char *trace = trace_of(&f);
    ck_assert_msg(strstr(trace, "> POST http://127.0.0.1:") != NULL, "%s", trace);
    ck_assert_ptr_nonnull(strstr(trace, "> CCC-api-key: [redacted]\n"));
    ck_assert_ptr_nonnull(strstr(trace, "> GraphQL-Preflight: 1\n"));
    ck_assert_ptr_nonnull(strstr(trace, "> Content-Type: multipart/form-data\n"));
    ck_assert_ptr_nonnull(strstr(trace, "> part \"operations\" (Content-Type: application/json; charset=utf-8)\n"
                                        "> {\"query\":\"mutation UploadSchema("));
    ck_assert_ptr_nonnull(
        strstr(trace, "\"schema\":null}}}\n> part \"map\"\n> {\"0\":[\"variables.input.schema\"]}\n"));
    ck_assert_ptr_nonnull(strstr(trace, "> part \"0\": file \"schema.graphql\", 32 bytes (not shown)\n"));
    ck_assert_ptr_null(strstr(trace, "secretField"));
    ck_assert_ptr_null(strstr(trace, SECRET));
    ck_assert_ptr_nonnull(strstr(trace, "< HTTP/1.1 200 OK"));
    finish(&f);
}
END_TEST

START_TEST(upload_failures_say_what_the_server_may_have_done) {
    fixture f = {0};
    stub_send(&f.stub, "HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", 0);
    start(&f, false, 10000);
    char path[128];
    snprintf(path, sizeof path, "%s/schema.graphql", f.dir);
    write_file(path, "type Query { a: Int }\n", 22);
    static const char *const slot[] = {"input", "schema", NULL};
    nitro_upload file = {.variable_path = slot, .file_path = path, .file_name = "schema.graphql"};
    nitro_result result;
    ck_assert(!nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_HTTP);
    ck_assert_int_eq(result.http_status, 500);
    ck_assert(result.maybe_applied);
    ck_assert_int_eq(result.tries, 1);
    nitro_result_free(&result);
    stub_stop(&f.stub);
    ck_assert_int_eq(f.stub.connections, 1); /* sent once, never again */
    finish(&f);
}
END_TEST

static long peak_rss_kib(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/* Memory does not grow with the file: 64 MiB go out in chunks (the server only counts them). */
START_TEST(upload_memory_does_not_grow_with_the_file) {
    fixture f = {0};
    stub_send(&f.stub, ok_answer, 0);
    start(&f, false, 20000);
    char path[128];
    snprintf(path, sizeof path, "%s/big.graphql", f.dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(ftruncate(fd, 64L << 20), 0); /* sparse: reading it costs no disk */
    close(fd);
    static const char *const slot[] = {"input", "schema", NULL};
    nitro_upload file = {.variable_path = slot, .file_path = path, .file_name = "schema.graphql"};
    nitro_result result;
    long before = peak_rss_kib();
    ck_assert(nitro_client_upload(f.client, &upload_operation, schema_variables(), &file, 1, NULL, &result));
    long growth = peak_rss_kib() - before;
    nitro_result_free(&result);
    stub_stop(&f.stub);
    ck_assert_uint_gt(f.stub.body_len, 64u << 20);
    ck_assert_msg(growth < 4096, "peak RSS grew by %ld KiB for a 64 MiB file", growth);
    finish(&f);
}
END_TEST

/* ---- subscription ---------------------------------------------------------------------------------------------- */

typedef struct {
    int calls;
    int stop_at; /* 0: never */
    char seen[1024];
} results;

static nitro_stream_action on_result(void *data, const cJSON *result_data) {
    results *r = data;
    r->calls++;
    char *text = cJSON_PrintUnformatted(result_data);
    size_t n = strlen(r->seen);
    snprintf(r->seen + n, sizeof r->seen - n, "%s;", text);
    free(text);
    return r->stop_at && r->calls >= r->stop_at ? NITRO_STREAM_STOP : NITRO_STREAM_CONTINUE;
}

#define SSE_HEAD "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nConnection: close\r\n\r\n"
#define NEXT(json) "event: next\ndata: " json "\n\n"

static cJSON *request_variables(void) {
    cJSON *variables = cJSON_CreateObject();
    cJSON_AddStringToObject(variables, "requestId", "r1");
    return variables;
}

static bool subscribe(fixture *f, results *r, long idle_ms, nitro_result *result) {
    nitro_stream_handler handler = {.on_result = on_result, .data = r, .idle_timeout_ms = idle_ms};
    return nitro_client_subscribe(f->client, &subscription_operation, request_variables(), NULL, &handler, result);
}

START_TEST(subscription_hands_on_each_event_until_complete) {
    fixture f = {.stub.keep_body = true};
    stub_send(&f.stub, SSE_HEAD ":\n\n" NEXT("{\"data\":{\"n\":1}}"), 0);
    stub_send(&f.stub,
              "event: next\r\ndata: {\"data\":\r\ndata: {\"n\":2}}\r\n\r\n:keep-alive\n\nevent: other\ndata: x\n\n", 0);
    stub_send(&f.stub, NEXT("{\"data\":{\"n\":3}}") "event: complete\n\n" NEXT("{\"data\":{\"n\":4}}"), 0);
    f.stub.hold_ms = 5000; /* complete ends it, not the server closing */
    start(&f, false, 10000);
    results r = {0};
    nitro_result result;
    ck_assert(subscribe(&f, &r, 0, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_OK);
    ck_assert_int_eq(r.calls, 3);
    ck_assert_str_eq(r.seen, "{\"n\":1};{\"n\":2};{\"n\":3};");
    nitro_result_free(&result);
    stub_stop(&f.stub);
    char *accept = stub_header(&f.stub, "Accept");
    ck_assert_str_eq(accept, "application/graphql-response+json, application/json, text/event-stream");
    free(accept);
    char *type = stub_header(&f.stub, "Content-Type");
    ck_assert_str_eq(type, "application/json");
    free(type);
    char *preflight = stub_header(&f.stub, "GraphQL-Preflight");
    ck_assert_str_eq(preflight, "1");
    free(preflight);
    ck_assert_str_eq(f.stub.body, "{\"query\":\"subscription OnSchemaVersionPublishUpdated($requestId: String!) { "
                                  "onSchemaVersionPublishingUpdate(requestId: $requestId) { __typename } }\","
                                  "\"operationName\":\"OnSchemaVersionPublishUpdated\",\"variables\":{\"requestId\":"
                                  "\"r1\"}}");
    finish(&f);
}
END_TEST

START_TEST(subscription_stops_when_the_handler_says_so) {
    fixture f = {0};
    stub_send(&f.stub, SSE_HEAD NEXT("{\"data\":{\"n\":1}}") NEXT("{\"data\":{\"n\":2}}"), 0);
    f.stub.hold_ms = 10000; /* the server would go on: the client hangs up */
    start(&f, false, 10000);
    results r = {.stop_at = 2};
    nitro_result result;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert(subscribe(&f, &r, 0, &result));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert_int_eq(r.calls, 2);
    ck_assert_int_lt(t1.tv_sec - t0.tv_sec, 5);
    nitro_result_free(&result);
    finish(&f);
}
END_TEST

START_TEST(subscription_answered_with_one_json_result) {
    static const char *const types[] = {"application/json", "application/graphql-response+json; charset=utf-8"};
    for (size_t i = 0; i < 2; i++) {
        fixture f = {0};
        char answer[256];
        snprintf(answer, sizeof answer,
                 "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nConnection: close\r\nContent-Length: 16\r\n\r\n"
                 "{\"data\":{\"n\":9}}",
                 types[i]);
        stub_send(&f.stub, answer, 0);
        start(&f, false, 10000);
        results r = {0};
        nitro_result result;
        ck_assert(subscribe(&f, &r, 0, &result));
        ck_assert_int_eq(r.calls, 1);
        ck_assert_str_eq(r.seen, "{\"n\":9};");
        nitro_result_free(&result);
        finish(&f);
    }
}
END_TEST

START_TEST(subscription_failures_by_kind) {
    static const struct {
        const char *answer;
        nitro_result_kind kind;
        const char *message;
        int calls;
    } cases[] = {
        {"HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", NITRO_RESULT_AUTH, "401", 0},
        {"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", NITRO_RESULT_HTTP, "503",
         0},
        {"HTTP/1.1 200 OK\r\nContent-Type: application/graphql-response+json\r\nConnection: close\r\n\r\n"
         "{\"errors\":[{\"message\":\"no such request\"}]}",
         NITRO_RESULT_GRAPHQL, "no such request", 0},
        {SSE_HEAD NEXT("{\"data\":{\"n\":1}}") NEXT("{\"errors\":[{\"message\":\"boom " SECRET "\"}]}"),
         NITRO_RESULT_GRAPHQL, "boom [redacted]", 1},
        {SSE_HEAD NEXT("{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"AUTH_NOT_AUTHORIZED\"}}]}"),
         NITRO_RESULT_AUTH, "", 0},
        {SSE_HEAD NEXT("{\"data\":") "\n", NITRO_RESULT_BAD_RESPONSE,
         "The server sent an event that is not valid JSON.", 0},
        {SSE_HEAD NEXT("[1]"), NITRO_RESULT_BAD_RESPONSE, "The server sent an event that is not valid JSON.", 0},
        {SSE_HEAD NEXT("{\"data\":null}"), NITRO_RESULT_BAD_RESPONSE, "The server sent an event without data.", 0},
        {SSE_HEAD NEXT("{\"data\":{\"n\":1}}") "event: next\ndata: {\"data\":{\"n\"", NITRO_RESULT_BAD_RESPONSE,
         "The server's event stream ended in the middle of an event.", 1},
        {SSE_HEAD NEXT("{\"data\":{\"n\":1}}") ":\n\n", NITRO_RESULT_BAD_RESPONSE,
         "The server's event stream ended before it was complete.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        fixture f = {0};
        stub_send(&f.stub, cases[i].answer, 0);
        start(&f, false, 10000);
        results r = {0};
        nitro_result result;
        ck_assert_msg(!subscribe(&f, &r, 0, &result), "case %zu succeeded", i);
        ck_assert_msg(result.kind == cases[i].kind, "case %zu: kind %d (%s)", i, result.kind, result.message);
        if (cases[i].kind != NITRO_RESULT_AUTH || cases[i].message[0])
            ck_assert_msg(strcmp(result.message, cases[i].message) == 0, "case %zu: %s", i, result.message);
        ck_assert_int_eq(r.calls, cases[i].calls);
        nitro_result_free(&result);
        finish(&f);
    }
}
END_TEST

/* A 200 MB event fails after 16 MiB, at once, its bytes never held. */
START_TEST(subscription_refuses_an_oversized_event) {
    fixture f = {0};
    stub_send(&f.stub, SSE_HEAD "event: next\ndata: ", 0);
    stub_send_fill(&f.stub, 'x', (size_t)200 << 20, 0);
    start(&f, false, 10000);
    results r = {0};
    nitro_result result;
    long before = peak_rss_kib();
    ck_assert(!subscribe(&f, &r, 0, &result));
    long growth = peak_rss_kib() - before;
    ck_assert_int_eq(result.kind, NITRO_RESULT_BAD_RESPONSE);
    ck_assert_str_eq(result.message, "The server sent an event larger than 16 MiB; the stream was stopped.");
    ck_assert_msg(growth < 40 * 1024, "peak RSS grew by %ld KiB", growth);
    nitro_result_free(&result);
    finish(&f);
}
END_TEST

/* Silence past the idle timeout ends the stream; keep-alives are life, however long the whole takes. */
START_TEST(subscription_idle_timeout_covers_silence_not_the_stream) {
    fixture f = {0};
    stub_send(&f.stub, SSE_HEAD NEXT("{\"data\":{\"n\":1}}"), 0);
    f.stub.hold_ms = 10000;
    start(&f, false, 10000);
    results r = {0};
    nitro_result result;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert(!subscribe(&f, &r, 1000, &result));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert_int_eq(result.kind, NITRO_RESULT_TRANSPORT);
    ck_assert(result.timed_out);
    ck_assert_str_eq(result.message, "The server's event stream went silent: nothing was sent or received for 1 s");
    ck_assert_int_eq(r.calls, 1);
    ck_assert_int_lt(t1.tv_sec - t0.tv_sec, 5);
    nitro_result_free(&result);
    finish(&f);

    /* Keep-alives every 400 ms for 3 s, past a 1.5 s idle timeout (the client's own timeout is 1 s: a stream
     * is never cut by it either). */
    fixture g = {0};
    stub_send(&g.stub, SSE_HEAD ":\n\n", 0);
    for (int i = 0; i < 7; i++)
        stub_send(&g.stub, ":\n\n", 400);
    stub_send(&g.stub, NEXT("{\"data\":{\"n\":2}}") "event: complete\n\n", 400);
    start(&g, false, 1000);
    results r2 = {0};
    ck_assert_msg(subscribe(&g, &r2, 1500, &result), "%s", result.message);
    ck_assert_int_eq(r2.calls, 1);
    nitro_result_free(&result);
    finish(&g);
}
END_TEST

/* A server that never answers: the idle timeout covers the wait for the answer too. */
START_TEST(subscription_idle_timeout_covers_the_wait_for_an_answer) {
    fixture f = {0};
    f.stub.hold_ms = 10000;
    start(&f, false, 1000);
    results r = {0};
    nitro_result result;
    ck_assert(!subscribe(&f, &r, 0, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_TRANSPORT);
    ck_assert(result.timed_out);
    ck_assert_msg(strstr(result.message, "timed out: nothing was sent or received for 1 s") != NULL, "%s",
                  result.message);
    nitro_result_free(&result);
    finish(&f);
}
END_TEST

/* Ctrl-C or SIGTERM, as a user sends it: the signal goes to the process once the server sent its script, the
 * handlers are nitro's own (they set nitro_interrupted), and the time it was sent is kept. */
typedef struct {
    http_stub *stub;
    int signal;
    struct timespec sent;
    struct sigaction old_int, old_term;
} interrupter;

static void *interrupt_when_sent(void *data) {
    interrupter *in = data;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, NULL); /* the signal is for the thread that waits on the transfer */
    if (stub_wait_sent(in->stub, 10000)) {
        clock_gettime(CLOCK_MONOTONIC, &in->sent);
        kill(getpid(), in->signal);
    }
    return NULL;
}

static void start_interrupter(interrupter *in, pthread_t *thread) {
    sigaction(SIGINT, NULL, &in->old_int);
    sigaction(SIGTERM, NULL, &in->old_term);
    nitro_term_install_signals();
    ck_assert_int_eq(pthread_create(thread, NULL, interrupt_when_sent, in), 0);
}

/* Milliseconds from the signal to now. */
static long since_signal(const interrupter *in) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)((now.tv_sec - in->sent.tv_sec) * 1000 + (now.tv_nsec - in->sent.tv_nsec) / 1000000);
}

static void stop_interrupter(interrupter *in, pthread_t thread) {
    pthread_join(thread, NULL);
    sigaction(SIGINT, &in->old_int, NULL);
    sigaction(SIGTERM, &in->old_term, NULL);
}

/* SIGTERM ends a silent stream at once: not after the idle timeout (a minute here), nor after libcurl's
 * second-long wait for the socket (the signal wakes it). */
START_TEST(subscription_stops_at_once_when_interrupted) {
    fixture f = {0};
    stub_send(&f.stub, SSE_HEAD NEXT("{\"data\":{\"n\":1}}"), 0);
    f.stub.hold_ms = 15000;
    start(&f, false, 60000);
    interrupter in = {.stub = &f.stub, .signal = SIGTERM};
    pthread_t thread;
    start_interrupter(&in, &thread);
    results r = {0};
    nitro_result result;
    ck_assert(!subscribe(&f, &r, 0, &result));
    long late = since_signal(&in);
    stop_interrupter(&in, thread);
    ck_assert_int_eq(result.kind, NITRO_RESULT_INTERRUPTED);
    ck_assert_str_eq(result.message, "Interrupted.");
    ck_assert_int_eq(r.calls, 1);
    ck_assert_msg(late < 900, "stopped %ld ms after the signal", late);
    nitro_result_free(&result);
    finish(&f);
}
END_TEST

START_TEST(subscription_trace_shows_each_event) {
    fixture f = {0};
    stub_send(&f.stub, SSE_HEAD ": ping\n\n" NEXT("{\"data\":{\"token\":\"" SECRET "\"}}") "event: complete\n\n", 0);
    start(&f, true, 10000);
    results r = {0};
    nitro_result result;
    ck_assert(subscribe(&f, &r, 0, &result));
    nitro_result_free(&result);
    const char *trace = trace_of(&f);
    ck_assert_msg(strstr(trace, "> Accept: application/graphql-response+json, application/json, text/event-stream\n"),
                  "%s", trace);
    ck_assert_ptr_nonnull(strstr(trace, "< Content-Type: text/event-stream; charset=utf-8\n"));
    ck_assert_ptr_nonnull(strstr(trace, "< : ping\n"));
    ck_assert_ptr_nonnull(strstr(trace, "< event: next\n< data: {\"data\":{\"token\":\"[redacted]\"}}\n<\n"));
    ck_assert_ptr_nonnull(strstr(trace, "< event: complete\n< data: \n<\n"));
    ck_assert_ptr_null(strstr(trace, SECRET));
    finish(&f);
}
END_TEST

/* ---- download -------------------------------------------------------------------------------------------------- */

static bool download(fixture *f, const char *dest, nitro_result *result) {
    return nitro_client_download(f->client, "/api/v1/apis/QXBp/schemas/latest/download?stage=dev", dest, NULL, result);
}

START_TEST(download_writes_the_file_whole_with_a_normal_mode) {
    fixture f = {0};
    stub_send(&f.stub,
              "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 25\r\n\r\n"
              "type Query {\r\n  a: Int\n}\n",
              0);
    start(&f, false, 10000);
    char dest[128];
    snprintf(dest, sizeof dest, "%s/schema.graphql", f.dir);
    mode_t old = umask(027);
    nitro_result result;
    ck_assert(download(&f, dest, &result));
    umask(old);
    ck_assert_int_eq(result.kind, NITRO_RESULT_OK);
    nitro_result_free(&result);
    size_t len;
    char *bytes = read_file(dest, &len);
    ck_assert_uint_eq(len, 25);
    ck_assert_int_eq(memcmp(bytes, "type Query {\r\n  a: Int\n}\n", 25), 0);
    free(bytes);
    struct stat st;
    ck_assert_int_eq(stat(dest, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0640);
    ck_assert_int_eq(entries(f.dir), 1); /* no temporary file left */
    stub_stop(&f.stub);
    ck_assert_ptr_nonnull(
        strstr(f.stub.headers, "GET /api/v1/apis/QXBp/schemas/latest/download?stage=dev HTTP/1.1\r\n"));
    char *value = stub_header(&f.stub, "CCC-api-key");
    ck_assert_str_eq(value, SECRET);
    free(value);
    value = stub_header(&f.stub, "Accept");
    ck_assert_str_eq(value, "application/json");
    free(value);
    ck_assert_ptr_null(stub_header(&f.stub, "Content-Type"));
    finish(&f);
}
END_TEST

/* Every failure leaves an existing destination as it was and nothing beside it. */
START_TEST(download_failures_leave_the_destination_untouched) {
    static const struct {
        const char *answer;
        long hold_ms;
        nitro_result_kind kind;
        long status;
        const char *message; /* its start */
    } cases[] = {
        {"HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 9\r\n\r\nnot found", 0, NITRO_RESULT_HTTP, 404,
         "404"},
        {"HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", 0, NITRO_RESULT_AUTH, 401,
         "401"},
        {"HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", 0, NITRO_RESULT_AUTH, 403, "403"},
        /* A redirect is not followed (it would carry the key elsewhere). */
        {"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/elsewhere\r\nConnection: close\r\nContent-Length: "
         "0\r\n\r\n",
         0, NITRO_RESULT_HTTP, 302, "302"},
        /* Cut: half of what Content-Length promised. */
        {"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1000\r\n\r\ntype Query { cut: Int }", 0,
         NITRO_RESULT_TRANSPORT, 200, "The download from "},
        /* Cut: a chunked body without its last chunk. */
        {"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n5\r\ntype \r\n", 0,
         NITRO_RESULT_TRANSPORT, 200, "The download from "},
        /* Silence in the middle of the body. */
        {"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1000\r\n\r\ntype Query {", 10000,
         NITRO_RESULT_TRANSPORT, 200, "The request to "},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        fixture f = {0};
        stub_send(&f.stub, cases[i].answer, 0);
        f.stub.hold_ms = cases[i].hold_ms;
        start(&f, false, 1000);
        char dest[128];
        snprintf(dest, sizeof dest, "%s/schema.graphql", f.dir);
        write_file(dest, "old", 3);
        nitro_result result;
        ck_assert_msg(!download(&f, dest, &result), "case %zu succeeded", i);
        ck_assert_msg(result.kind == cases[i].kind, "case %zu: kind %d (%s)", i, result.kind, result.message);
        ck_assert_int_eq(result.http_status, cases[i].status);
        ck_assert_msg(strncmp(result.message, cases[i].message, strlen(cases[i].message)) == 0, "case %zu: %s", i,
                      result.message);
        if (cases[i].hold_ms) ck_assert(result.timed_out);
        nitro_result_free(&result);
        size_t len;
        char *bytes = read_file(dest, &len);
        ck_assert_uint_eq(len, 3);
        ck_assert_int_eq(memcmp(bytes, "old", 3), 0);
        free(bytes);
        ck_assert_msg(entries(f.dir) == 1, "case %zu left a file behind", i);
        stub_stop(&f.stub);
        ck_assert_int_eq(f.stub.connections, 1);
        finish(&f);
    }
}
END_TEST

START_TEST(download_interrupted_leaves_nothing_behind) {
    fixture f = {0};
    stub_send(&f.stub, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 100000\r\n\r\n", 0);
    stub_send_fill(&f.stub, 'x', 50000, 0);
    f.stub.hold_ms = 15000;
    start(&f, false, 60000);
    char dest[128];
    snprintf(dest, sizeof dest, "%s/schema.graphql", f.dir);
    write_file(dest, "old", 3);
    interrupter in = {.stub = &f.stub, .signal = SIGINT};
    pthread_t thread;
    start_interrupter(&in, &thread);
    nitro_result result;
    ck_assert(!download(&f, dest, &result));
    long late = since_signal(&in);
    stop_interrupter(&in, thread);
    ck_assert_int_eq(result.kind, NITRO_RESULT_INTERRUPTED);
    ck_assert_msg(late < 900, "stopped %ld ms after the signal", late);
    nitro_result_free(&result);
    ck_assert_int_eq(entries(f.dir), 1); /* the old file alone, as it was */
    size_t len;
    char *bytes = read_file(dest, &len);
    ck_assert_uint_eq(len, 3);
    free(bytes);
    finish(&f);
}
END_TEST

START_TEST(download_refuses_what_it_cannot_do_before_sending) {
    fixture f = {0};
    start(&f, false, 10000);
    char dest[128];
    snprintf(dest, sizeof dest, "%s/no/such/dir/schema.graphql", f.dir);
    nitro_result result;
    ck_assert(!download(&f, dest, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_TRANSPORT);
    char expected[256];
    snprintf(expected, sizeof expected, "Could not write %s: No such file or directory", dest);
    ck_assert_str_eq(result.message, expected);
    nitro_result_free(&result);
    snprintf(dest, sizeof dest, "%s/schema.graphql", f.dir);
    ck_assert(!nitro_client_download(f.client, "/api/v1/apis/a b/x", dest, NULL, &result));
    ck_assert_int_eq(result.kind, NITRO_RESULT_TRANSPORT);
    nitro_result_free(&result);
    ck_assert(!nitro_client_download(f.client, "api/v1", dest, NULL, &result));
    nitro_result_free(&result);
    ck_assert_uint_eq(nitro_client_request_count(f.client), 0);
    ck_assert_int_eq(entries(f.dir), 0);
    finish(&f);
}
END_TEST

/* A destination that is a directory: the body arrives, the rename fails, the temporary file goes. */
START_TEST(download_onto_a_directory_fails_cleanly) {
    fixture f = {0};
    stub_send(&f.stub, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nabc", 0);
    start(&f, false, 10000);
    char dest[128];
    snprintf(dest, sizeof dest, "%s/taken", f.dir);
    ck_assert_int_eq(mkdir(dest, 0700), 0);
    nitro_result result;
    ck_assert(!download(&f, dest, &result));
    char expected[256];
    snprintf(expected, sizeof expected, "Could not write %s: Is a directory", dest);
    ck_assert_str_eq(result.message, expected);
    nitro_result_free(&result);
    ck_assert_int_eq(entries(f.dir), 1);
    rmdir(dest);
    finish(&f);
}
END_TEST

Suite *transport_suite(void) {
    Suite *s = suite_create("transport");
    TCase *upload = tcase_create("upload");
    tcase_set_timeout(upload, 60);
    tcase_add_test(upload, upload_sends_the_multipart_request_byte_for_byte);
    tcase_add_test(upload, upload_of_two_files_maps_each_slot);
    tcase_add_test(upload, upload_from_a_pipe_is_sent_chunked);
    tcase_add_test(upload, upload_of_a_missing_file_or_a_directory_sends_nothing);
    tcase_add_test(upload, upload_trace_shows_the_parts_not_the_file);
    tcase_add_test(upload, upload_failures_say_what_the_server_may_have_done);
    tcase_add_test(upload, upload_memory_does_not_grow_with_the_file);
    suite_add_tcase(s, upload);
    TCase *subscription = tcase_create("subscription");
    tcase_set_timeout(subscription, 60);
    tcase_add_test(subscription, subscription_hands_on_each_event_until_complete);
    tcase_add_test(subscription, subscription_stops_when_the_handler_says_so);
    tcase_add_test(subscription, subscription_answered_with_one_json_result);
    tcase_add_test(subscription, subscription_failures_by_kind);
    tcase_add_test(subscription, subscription_refuses_an_oversized_event);
    tcase_add_test(subscription, subscription_idle_timeout_covers_silence_not_the_stream);
    tcase_add_test(subscription, subscription_idle_timeout_covers_the_wait_for_an_answer);
    tcase_add_test(subscription, subscription_stops_at_once_when_interrupted);
    tcase_add_test(subscription, subscription_trace_shows_each_event);
    suite_add_tcase(s, subscription);
    TCase *download_case = tcase_create("download");
    tcase_set_timeout(download_case, 60);
    tcase_add_test(download_case, download_writes_the_file_whole_with_a_normal_mode);
    tcase_add_test(download_case, download_failures_leave_the_destination_untouched);
    tcase_add_test(download_case, download_interrupted_leaves_nothing_behind);
    tcase_add_test(download_case, download_refuses_what_it_cannot_do_before_sending);
    tcase_add_test(download_case, download_onto_a_directory_fails_cleanly);
    suite_add_tcase(s, download_case);
    return s;
}
