/* What crosses the wire: the header-value check every header passes
 * (runtime/net/http.c), how a response body is judged before it is parsed
 * (response.c: NUL, trailing text, bytes that are not UTF-8), and the
 * credential in use redacted in every spelling (trace.c, response.c). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "graphql_client.h"
#include "http.h"
#include "suites.h"
#include "trace.h"

START_TEST(header_values_that_can_be_sent) {
    ck_assert_ptr_null(nitro_header_value_problem(""));
    ck_assert_ptr_null(nitro_header_value_problem("nitro_pat_AbC/9+x=="));
    ck_assert_ptr_null(nitro_header_value_problem("Bearer eyJhbGciOi.eyJzdWIi.sig"));
    ck_assert_ptr_null(nitro_header_value_problem("Nitro CLI/1.2.3 (with spaces) ~!@#$%^&*"));
    char *limit = malloc(NITRO_HEADER_VALUE_MAX + 2);
    memset(limit, 'k', NITRO_HEADER_VALUE_MAX);
    limit[NITRO_HEADER_VALUE_MAX] = '\0';
    ck_assert_ptr_null(nitro_header_value_problem(limit));
    limit[NITRO_HEADER_VALUE_MAX] = 'k';
    limit[NITRO_HEADER_VALUE_MAX + 1] = '\0';
    ck_assert_str_eq(nitro_header_value_problem(limit), "is longer than 8192 bytes");
    free(limit);
}
END_TEST

START_TEST(header_values_that_cannot) {
    ck_assert_str_eq(nitro_header_value_problem("key\r\nX-Injected: 1"), "contains a line break");
    ck_assert_str_eq(nitro_header_value_problem("key\nX"), "contains a line break");
    ck_assert_str_eq(nitro_header_value_problem("key\rX"), "contains a line break");
    /* A line break is named even after another problem. */
    ck_assert_str_eq(nitro_header_value_problem("k\x01y\r\n"), "contains a line break");
    ck_assert_str_eq(nitro_header_value_problem("key\tkey"), "contains a control character");
    ck_assert_str_eq(nitro_header_value_problem("key\x1b[2J"), "contains a control character");
    ck_assert_str_eq(nitro_header_value_problem("key\x7f"), "contains a control character");
    ck_assert_str_eq(nitro_header_value_problem("k\xc3\xa9y"), "contains a byte that is not printable ASCII");
    ck_assert_str_eq(nitro_header_value_problem("k\xc2\x85y"), "contains a byte that is not printable ASCII");
}
END_TEST

/* nitro_http_post refuses a header that slipped past its source's check, before
 * libcurl is asked anything: the request is never sent. */
START_TEST(http_post_sends_no_bad_header) {
    nitro_http *http = nitro_http_new();
    ck_assert_ptr_nonnull(http);
    const char *headers[] = {"Accept: application/json", "CCC-api-key: key\r\nX-Injected: 1", NULL};
    nitro_http_request request = {
        .url = "http://127.0.0.1:9/graphql", /* never contacted */
        .headers = headers,
        .body = "{}",
        .body_len = 2,
        .connect_timeout_ms = 100,
        .timeout_ms = 100,
        .max_response_bytes = 1024,
    };
    nitro_http_response response;
    ck_assert_int_eq(nitro_http_post(http, &request, &response), NITRO_HTTP_UNAVAILABLE);
    ck_assert_str_eq(response.error, "a request header value contains a line break; nothing was sent");
    ck_assert(!response.request_sent);
    ck_assert_ptr_null(strstr(response.error, "X-Injected"));
    nitro_http_response_free(&response);
    nitro_http_free(http);
}
END_TEST

static nitro_result judge_known(const char *body, size_t len, const char *const *known) {
    nitro_result result;
    memset(&result, 0, sizeof result);
    nitro_result_from_response_known(200, body, len, known, &result);
    return result;
}

static nitro_result judge(const char *body, size_t len) {
    return judge_known(body, len, NULL);
}

#define NOT_JSON "The server returned a response that is not valid JSON."

START_TEST(a_nul_is_malformed) {
    static const char escaped[] = "{\"data\":{\"a\":\"cut \\u0000 here\"}}";
    nitro_result r = judge(escaped, strlen(escaped));
    ck_assert_int_eq(r.kind, NITRO_RESULT_BAD_RESPONSE);
    ck_assert_str_eq(r.message, NOT_JSON);
    nitro_result_free(&r);
    static const char raw[] = "{\"data\":{\"a\":\"cut \0 here\"}}";
    r = judge(raw, sizeof raw - 1);
    ck_assert_int_eq(r.kind, NITRO_RESULT_BAD_RESPONSE);
    ck_assert_str_eq(r.message, NOT_JSON);
    nitro_result_free(&r);
    /* An escaped backslash followed by "u0000" is text, and so is \u0001. */
    static const char text[] = "{\"data\":{\"a\":\"\\\\u0000 \\u0001\"}}";
    r = judge(text, strlen(text));
    ck_assert_int_eq(r.kind, NITRO_RESULT_OK);
    ck_assert_str_eq(cJSON_GetObjectItem(r.data, "a")->valuestring, "\\u0000 \x01");
    nitro_result_free(&r);
}
END_TEST

START_TEST(trailing_text_is_malformed) {
    static const char *const tails[] = {"x", "{}", "\n{\"data\":{}}", "}", "]", "\"", "/* */", "\x01"};
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        char body[64];
        int n = snprintf(body, sizeof body, "{\"data\":{\"a\":1}}%s", tails[i]);
        nitro_result r = judge(body, (size_t)n);
        ck_assert_msg(r.kind == NITRO_RESULT_BAD_RESPONSE, "tail %zu accepted", i);
        ck_assert_str_eq(r.message, NOT_JSON);
        nitro_result_free(&r);
    }
    static const char spaced[] = " {\"data\":{\"a\":1}} \r\n\t";
    nitro_result r = judge(spaced, strlen(spaced));
    ck_assert_int_eq(r.kind, NITRO_RESULT_OK);
    nitro_result_free(&r);
}
END_TEST

START_TEST(bytes_that_are_not_utf8_become_u_fffd) {
    static const char body[] = "{\"data\":{\"a\":\"\x80|\xe2\x82|\xc0\xaf|\xed\xa0\x80|\xf5|\xf4\x90\x80\x80|"
                               "\xc3\xa9\xe2\x82\xac\xf0\x9f\x9a\x80\"}}";
    nitro_result r = judge(body, strlen(body));
    ck_assert_int_eq(r.kind, NITRO_RESULT_OK);
    ck_assert_str_eq(cJSON_GetObjectItem(r.data, "a")->valuestring,
                     "\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd|"
                     "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd|\xef\xbf\xbd|"
                     "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd|\xc3\xa9\xe2\x82\xac\xf0\x9f\x9a\x80");
    nitro_result_free(&r);
    /* In a GraphQL error message too; an escaped quote before a bad byte keeps the string open. */
    static const char error[] = "{\"errors\":[{\"message\":\"say \\\"\xff\\\"\"}],\"data\":null}";
    r = judge(error, strlen(error));
    ck_assert_int_eq(r.kind, NITRO_RESULT_GRAPHQL);
    ck_assert_str_eq(r.message, "say \"\xef\xbf\xbd\"");
    nitro_result_free(&r);
    /* A body cut in the middle of a sequence. */
    static const char cut[] = "{\"data\":{}}\xe2\x82";
    r = judge(cut, strlen(cut));
    ck_assert_int_eq(r.kind, NITRO_RESULT_BAD_RESPONSE);
    nitro_result_free(&r);
}
END_TEST

static const char *const KNOWN[] = {"Open/Sesame.42", NULL};

START_TEST(the_known_credential_is_redacted_in_the_response) {
    static const char body[] = "{\"errors\":[{\"message\":\"a Open\\/Sesame.42 b \\u004f\\u0070\\u0065\\u006E\\u002F"
                               "\\u0053\\u0065\\u0073\\u0061\\u006d\\u0065\\u002e\\u0034\\u0032 c\"}],\"data\":null}";
    nitro_result r = judge_known(body, strlen(body), KNOWN);
    ck_assert_int_eq(r.kind, NITRO_RESULT_GRAPHQL);
    ck_assert_str_eq(r.message, "a [redacted] b [redacted] c");
    nitro_result_free(&r);
    /* Past the 512 bytes of the message: no prefix of it is left at the cut. */
    char *long_body = malloc(2048);
    int n = snprintf(long_body, 2048, "{\"errors\":[{\"message\":\"%0500d Open/Sesame.42\"}],\"data\":null}", 0);
    r = judge_known(long_body, (size_t)n, KNOWN);
    ck_assert_ptr_null(strstr(r.message, "Open"));
    nitro_result_free(&r);
    free(long_body);
    /* In payload errors and results alike. */
    static const char data[] = "{\"data\":{\"x\":{\"errors\":[{\"message\":\"Open\\/Sesame.42\"}]}}}";
    r = judge_known(data, strlen(data), KNOWN);
    ck_assert_int_eq(r.kind, NITRO_RESULT_OK);
    const cJSON *errors = cJSON_GetObjectItem(cJSON_GetObjectItem(r.data, "x"), "errors");
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(errors, 0), "message")->valuestring, "[redacted]");
    nitro_result_free(&r);
}
END_TEST

START_TEST(redact_known_text) {
    char *out = nitro_redact_known_text("xOpen/Sesame.42yOpen/Sesame.42", KNOWN);
    ck_assert_str_eq(out, "x[redacted]y[redacted]");
    free(out);
    ck_assert_ptr_null(nitro_redact_known_text("nothing here", KNOWN));
    /* Too short to be a credential: not looked for. */
    static const char *const tiny[] = {"abc", NULL};
    ck_assert_ptr_null(nitro_redact_known_text("abcabc", tiny));
    ck_assert_ptr_null(nitro_redact_known_text("abc", NULL));
}
END_TEST

static void assert_trace(const char *in, const char *expected) {
    char out[512];
    nitro_redact(in, strlen(in), KNOWN, out, sizeof out, NULL);
    ck_assert_str_eq(out, expected);
}

START_TEST(the_trace_redacts_every_spelling) {
    assert_trace("{\"m\":\"Open\\/Sesame.42\"}", "{\"m\":\"[redacted]\"}");
    assert_trace("{\"m\":\"k=\\u004f\\u0070en/Sesame.42!\"}", "{\"m\":\"[redacted]\"}");
    assert_trace("{\"m\":\"\\u004F\\u0070\\u0065\\u006E\\u002F\\u0053\\u0065\\u0073\\u0061\\u006D\\u0065\\u002E"
                 "\\u0034\\u0032\"}",
                 "{\"m\":\"[redacted]\"}");
    /* Outside a string (a header line, an HTML page). */
    assert_trace("X-Echo: Open\\/Sesame.42", "X-Echo: [redacted]");
    assert_trace("<b>Op\\u0065n/Sesame.42</b>", "<b>[redacted]</b>");
    assert_trace("key=Open/Sesame.42;", "key=[redacted];");
    /* Near misses stay. */
    assert_trace("{\"m\":\"Open\\/Sesame.43\"}", "{\"m\":\"Open\\/Sesame.43\"}");
    assert_trace("\\u004", "\\u004");
    assert_trace("\\ud800\\u0041", "\\ud800\\u0041");
}
END_TEST

Suite *wire_suite(void) {
    Suite *suite = suite_create("wire");
    TCase *headers = tcase_create("headers");
    tcase_add_test(headers, header_values_that_can_be_sent);
    tcase_add_test(headers, header_values_that_cannot);
    tcase_add_test(headers, http_post_sends_no_bad_header);
    suite_add_tcase(suite, headers);
    TCase *bodies = tcase_create("bodies");
    tcase_add_test(bodies, a_nul_is_malformed);
    tcase_add_test(bodies, trailing_text_is_malformed);
    tcase_add_test(bodies, bytes_that_are_not_utf8_become_u_fffd);
    suite_add_tcase(suite, bodies);
    TCase *redaction = tcase_create("redaction");
    tcase_add_test(redaction, the_known_credential_is_redacted_in_the_response);
    tcase_add_test(redaction, redact_known_text);
    tcase_add_test(redaction, the_trace_redacts_every_spelling);
    suite_add_tcase(suite, redaction);
    return suite;
}
