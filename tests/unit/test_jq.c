/* --jq filtering (runtime/core/jq.c) with libjq loaded at run time: what each
 * result prints as, compile and run errors as one line, the load failure. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jq.h"
#include "suites.h"

typedef struct {
    bool ok;
    char *out; /* everything written to the output stream */
    size_t out_len;
    char why[256];
} result;

static nitro_jq *compile_ok(const char *expression) {
    nitro_jq *jq = NULL;
    char why[256];
    nitro_jq_status status = nitro_jq_compile(expression, &jq, why, sizeof why);
    ck_assert_msg(status == NITRO_JQ_OK, "%s: %s", expression, why);
    ck_assert_ptr_nonnull(jq);
    return jq;
}

static result run_sized(nitro_jq *jq, const char *json, size_t len) {
    result r = {0};
    FILE *out = open_memstream(&r.out, &r.out_len);
    ck_assert_ptr_nonnull(out);
    r.ok = nitro_jq_run(jq, json, len, out, r.why, sizeof r.why);
    fclose(out);
    return r;
}

/* Compiles, runs once on `json`, frees. */
static result filter(const char *expression, const char *json) {
    nitro_jq *jq = compile_ok(expression);
    result r = run_sized(jq, json, strlen(json));
    nitro_jq_free(jq);
    return r;
}

static void expect(const char *expression, const char *json, const char *out) {
    result r = filter(expression, json);
    ck_assert_msg(r.ok, "%s: %s", expression, r.why);
    ck_assert_str_eq(r.why, "");
    ck_assert_str_eq(r.out, out);
    free(r.out);
}

/* Redirects stderr into a temporary file until stop_capture, which returns
 * what was written there (to free). */
static int saved_stderr = -1;
static FILE *captured;

static void start_capture(void) {
    fflush(stderr);
    saved_stderr = dup(STDERR_FILENO);
    captured = tmpfile();
    ck_assert(saved_stderr >= 0 && captured);
    dup2(fileno(captured), STDERR_FILENO);
}

static char *stop_capture(void) {
    fflush(stderr);
    dup2(saved_stderr, STDERR_FILENO);
    close(saved_stderr);
    long size = ftell(captured);
    char *text = calloc(1, (size_t)size + 1);
    ck_assert_ptr_nonnull(text);
    rewind(captured);
    ck_assert_uint_eq(fread(text, 1, (size_t)size, captured), (size_t)size);
    fclose(captured);
    return text;
}

static nitro_jq_status compile_fails(const char *expression, char *why, size_t why_size) {
    nitro_jq *jq = (nitro_jq *)&jq; /* must be reset to NULL */
    nitro_jq_status status = nitro_jq_compile(expression, &jq, why, why_size);
    ck_assert_ptr_null(jq);
    return status;
}

START_TEST(string_prints_raw) {
    expect(".secret", "{\"secret\": \"nitro_pat_abc\", \"id\": 1}", "nitro_pat_abc\n");
    /* As jq -r: control characters and a NUL are written as they are. */
    expect(".s", "{\"s\": \"a\\tb\\u001b[31m\\r\\n\"}", "a\tb\x1b[31m\r\n\n");
    result r = filter(".", "\"a\\u0000b\"");
    ck_assert(r.ok);
    ck_assert_uint_eq(r.out_len, 4);
    ck_assert_mem_eq(r.out, "a\0b\n", 4);
    free(r.out);
}
END_TEST

START_TEST(one_line_per_result) {
    expect(".values[].id", "{\"values\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": 3}], \"cursor\": null}",
           "a\nb\n3\n");
    expect(".values[].id", "{\"values\": []}", "");
}
END_TEST

START_TEST(values_print_as_compact_json) {
    expect(".a", "{\"a\": {\"b\": 1}}", "{\"b\":1}\n");
    expect(".", "[1, \"x\", {\"k\": [true, null]}, []]", "[1,\"x\",{\"k\":[true,null]},[]]\n");
    /* Keys keep the document's order; strings inside values are JSON. */
    expect(".", "{\"z\": \"q\\\"\\n\", \"a\": 2}", "{\"z\":\"q\\\"\\n\",\"a\":2}\n");
}
END_TEST

START_TEST(scalars) {
    expect(".[]", "[1, 1.5, -0.25, 100, 12345678901, true, false, null]",
           "1\n1.5\n-0.25\n100\n12345678901\ntrue\nfalse\nnull\n");
    expect(".missing", "{}", "null\n");
    expect("null", "1", "null\n");
    expect(".a", "{\"a\": \"\"}", "\n");
}
END_TEST

/* Numbers written in exponent form or past a double print as the jq program
 * of the same libjq prints them: jq 1.6 as doubles (1000), jq 1.7 keeps the
 * literal it was given (1E+3). */
START_TEST(numbers_print_as_the_jq_program_prints_them) {
    const char *json = "[1e3, 1e1000, 2.50, 100000000000000000001]";
    char command[128];
    snprintf(command, sizeof command, "printf '%%s' '%s' | jq -c '.[]'", json);
    FILE *jq_program = popen(command, "r");
    ck_assert_ptr_nonnull(jq_program);
    char expected[256];
    size_t n = fread(expected, 1, sizeof expected - 1, jq_program);
    expected[n] = '\0';
    ck_assert_msg(pclose(jq_program) == 0, "the jq program (a test dependency) did not run");
    ck_assert_msg(n > 0, "the jq program printed nothing");
    expect(".[]", json, expected);
}
END_TEST

START_TEST(empty_prints_nothing) {
    expect("empty", "{\"a\": 1}", "");
    expect(".[] | select(. > 5)", "[1, 2]", "");
}
END_TEST

START_TEST(unicode_unchanged) {
    expect(".s", "{\"s\": \"héllo ✓ 😀 日本\"}", "héllo ✓ 😀 日本\n");
    expect(".", "{\"s\": \"✓\"}", "{\"s\":\"✓\"}\n");
    expect(".", "\"\\u00e9\\ud83d\\ude00\"", "é😀\n");
}
END_TEST

/* Compile messages come back in `why` and nothing reaches stderr. */
static void expect_syntax_error(const char *why) {
    /* The wording after "unexpected" differs between jq releases. */
    ck_assert_msg(strncmp(why, "syntax error, unexpected ", 25) == 0, "%s", why);
    const char *end = " at <top-level>, line 1";
    ck_assert_msg(strlen(why) > strlen(end) && strcmp(why + strlen(why) - strlen(end), end) == 0, "%s", why);
}

START_TEST(syntax_error) {
    start_capture();
    char why[256];
    nitro_jq_status first = compile_fails(".a | $$$", why, sizeof why);
    char why_two[256];
    nitro_jq_status second = compile_fails("foo | bar", why_two, sizeof why_two);
    char why_end[256];
    nitro_jq_status third = compile_fails(".[", why_end, sizeof why_end);

    char *written = stop_capture();

    ck_assert_int_eq(first, NITRO_JQ_SYNTAX);
    expect_syntax_error(why);
    ck_assert_ptr_nonnull(strstr(why, "(Unix shell quoting issues?)"));
    ck_assert_int_eq(second, NITRO_JQ_SYNTAX);
    ck_assert_str_eq(why_two, "foo/0 is not defined at <top-level>, line 1 (2 compile errors)");
    ck_assert_int_eq(third, NITRO_JQ_SYNTAX);
    expect_syntax_error(why_end);
    ck_assert_str_eq(written, "");
    free(written);
}
END_TEST

/* Unset, jq 1.6's module search path makes any import abort the process. */
START_TEST(import_finds_nothing) {
    char why[256];
    ck_assert_int_eq(compile_fails("import \"nitro_no_such_module\" as m; .", why, sizeof why), NITRO_JQ_SYNTAX);
    ck_assert_str_eq(why, "module not found: nitro_no_such_module");
}
END_TEST

/* jq 1.6's jq_init leaves the input and debug callbacks unset: these would
 * call through a garbage pointer. */
START_TEST(input_and_debug) {
    expect("[inputs]", "1", "[]\n");
    expect("input_filename", "1", "null\n");
    result r = filter("1, input", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.out, "1\n");
    ck_assert_str_ne(r.why, "");
    free(r.out);

    start_capture();
    r = filter(".a | debug | . + 1", "{\"a\": 1}");
    char *written = stop_capture();
    ck_assert(r.ok);
    ck_assert_str_eq(r.out, "2\n");
    ck_assert_str_eq(written, "[\"DEBUG:\",1]\n");
    free(written);
    free(r.out);
}
END_TEST

START_TEST(runtime_error_keeps_earlier_results) {
    result r = filter(".a, .a.b, \"never\"", "{\"a\": \"x\"}");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.out, "x\n");
    ck_assert_str_eq(r.why, "Cannot index string with string \"b\"");
    free(r.out);

    r = filter("1, error(\"boom\"), 2", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.out, "1\n");
    ck_assert_str_eq(r.why, "boom");
    free(r.out);

    r = filter("error({\"a\": [1]})", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.why, "(not a string): {\"a\":[1]}");
    free(r.out);

    /* The message is one line whatever it quotes. */
    r = filter("error(.)", "\"line 1\\nline 2\\u001b[0m\\n\"");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.why, "line 1 line 2 [0m");
    free(r.out);

    r = filter("error(\"\")", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.why, "(no message)");
    free(r.out);
}
END_TEST

START_TEST(halt_and_halt_error) {
    result r = filter("\"a\", halt, \"b\"", "null");
    ck_assert_msg(r.ok, "%s", r.why);
    ck_assert_str_eq(r.out, "a\n");
    free(r.out);

    r = filter("\"a\", (\"bye\\n\" | halt_error), \"b\"", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.out, "a\n");
    ck_assert_str_eq(r.why, "bye");
    free(r.out);

    r = filter("{\"code\": 1} | halt_error(3)", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.why, "{\"code\":1}");
    free(r.out);

    r = filter("null | halt_error", "null");
    ck_assert(!r.ok);
    ck_assert_str_eq(r.why, "halt_error (exit code 5)");
    free(r.out);
}
END_TEST

START_TEST(invalid_input) {
    nitro_jq *jq = compile_ok(".");
    static const struct {
        const char *json, *why;
    } cases[] = {
        {"{\"secret\": \"hunter2\"", "invalid JSON input: Unfinished JSON term at EOF at line 1, column 20"},
        {"1 2", "invalid JSON input: Unexpected extra JSON values"},
        {"", "invalid JSON input: Expected JSON value"},
        {"   \n", "invalid JSON input: Expected JSON value"},
        {"{\"a\": tru}", "invalid JSON input: Invalid literal at line 1, column 10"},
        {"[1,]", "invalid JSON input: Expected another array element at line 1, column 4"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        result r = run_sized(jq, cases[i].json, strlen(cases[i].json));
        ck_assert_msg(!r.ok, "%s", cases[i].json);
        ck_assert_str_eq(r.out, "");
        ck_assert_str_eq(r.why, cases[i].why);
        free(r.out);
    }
    /* Only `len` bytes are read: no NUL needed after them. */
    char page[8];
    memcpy(page, "[1]garba", sizeof page);
    result r = run_sized(jq, page, 3);
    ck_assert_msg(r.ok, "%s", r.why);
    ck_assert_str_eq(r.out, "[1]\n");
    free(r.out);
    /* The state is reusable after a bad document. */
    r = run_sized(jq, "{\"a\":1}", 7);
    ck_assert(r.ok);
    ck_assert_str_eq(r.out, "{\"a\":1}\n");
    free(r.out);
    nitro_jq_free(jq);
}
END_TEST

START_TEST(why_truncates_whole_characters) {
    nitro_jq *jq = compile_ok("error(\"ééé\")");
    char why[6]; /* room for two "é" and half of the third */
    FILE *out = fopen("/dev/null", "w");
    ck_assert(!nitro_jq_run(jq, "null", 4, out, why, sizeof why));
    ck_assert_str_eq(why, "éé");
    fclose(out);
    nitro_jq_free(jq);
}
END_TEST

/* Restores the default library whatever a test left set. */
static void default_library(void) {
    nitro_jq_set_library(NULL);
}

START_TEST(library_missing) {
    char why[256];
    nitro_jq_set_library("libnitro-test-no-such-library.so.1");
    ck_assert_int_eq(compile_fails(".", why, sizeof why), NITRO_JQ_UNAVAILABLE);
    ck_assert_msg(strncmp(why, "libjq could not be loaded: ", 27) == 0, "%s", why);
    ck_assert_ptr_nonnull(strstr(why, "libnitro-test-no-such-library.so.1"));
    /* The failure is remembered, as the load is tried once per process. */
    ck_assert_int_eq(compile_fails(".", why, sizeof why), NITRO_JQ_UNAVAILABLE);

    /* A library without jq's functions counts as missing too. */
    nitro_jq_set_library("libc.so.6");
    ck_assert_int_eq(compile_fails(".", why, sizeof why), NITRO_JQ_UNAVAILABLE);
    ck_assert_msg(strncmp(why, "libjq could not be loaded: ", 27) == 0, "%s", why);
    ck_assert_ptr_nonnull(strstr(why, "jq_init"));

    nitro_jq_set_library(NULL);
    expect(".a", "{\"a\": 1}", "1\n");
}
END_TEST

/* One compiled program per process, run once per page: every jv is freed
 * (LeakSanitizer and valgrind check at exit) and the state is reused. */
START_TEST(many_runs) {
    nitro_jq *ids = compile_ok(".values[].id");
    nitro_jq *fails = compile_ok(".values[0], .values.x");
    nitro_jq *halts = compile_ok("\"x\" | halt_error");
    FILE *out = fopen("/dev/null", "w");
    ck_assert_ptr_nonnull(out);
    static const char page[] =
        "{\"values\": [{\"id\": \"a\"}, {\"id\": 2}, {\"id\": {\"x\": [1.5]}}], \"cursor\": \"c\"}";
    char why[256];
    for (int i = 0; i < 2000; i++) {
        ck_assert(nitro_jq_run(ids, page, sizeof page - 1, out, why, sizeof why));
        ck_assert(!nitro_jq_run(fails, page, sizeof page - 1, out, why, sizeof why));
        ck_assert(!nitro_jq_run(halts, page, sizeof page - 1, out, why, sizeof why));
        ck_assert(!nitro_jq_run(ids, page, sizeof page - 2, out, why, sizeof why));
    }
    fclose(out);
    result r = run_sized(ids, page, sizeof page - 1);
    ck_assert_str_eq(r.out, "a\n2\n{\"x\":[1.5]}\n");
    free(r.out);
    nitro_jq_free(ids);
    nitro_jq_free(fails);
    nitro_jq_free(halts);
    nitro_jq_free(NULL);
}
END_TEST

Suite *jq_suite(void) {
    Suite *s = suite_create("jq");
    TCase *t = tcase_create("filter");
    tcase_add_checked_fixture(t, NULL, default_library);
    tcase_add_test(t, string_prints_raw);
    tcase_add_test(t, one_line_per_result);
    tcase_add_test(t, values_print_as_compact_json);
    tcase_add_test(t, scalars);
    tcase_add_test(t, numbers_print_as_the_jq_program_prints_them);
    tcase_add_test(t, empty_prints_nothing);
    tcase_add_test(t, unicode_unchanged);
    tcase_add_test(t, syntax_error);
    tcase_add_test(t, import_finds_nothing);
    tcase_add_test(t, input_and_debug);
    tcase_add_test(t, runtime_error_keeps_earlier_results);
    tcase_add_test(t, halt_and_halt_error);
    tcase_add_test(t, invalid_input);
    tcase_add_test(t, why_truncates_whole_characters);
    tcase_add_test(t, library_missing);
    tcase_add_test(t, many_runs);
    suite_add_tcase(s, t);
    return s;
}
