/* --cloud-url normalisation (runtime/core/url.c) and the plaintext-remote check
 * that decides whether an API key may travel over http://. */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "url.h"

#define DEFAULT_ENDPOINT "https://api.chillicream.com/graphql"

static const struct {
    const char *input;
    const char *endpoint;
} good[] = {
    {NULL, DEFAULT_ENDPOINT},
    {"", DEFAULT_ENDPOINT},
    {"   ", DEFAULT_ENDPOINT},
    {" \t\n", DEFAULT_ENDPOINT},
    {"api.chillicream.com", DEFAULT_ENDPOINT},
    {"custom.host.com", "https://custom.host.com/graphql"},
    {"  custom.host.com\t", "https://custom.host.com/graphql"},
    {"http://127.0.0.1:8080", "http://127.0.0.1:8080/graphql"},
    {"http://127.0.0.1:8080/", "http://127.0.0.1:8080/graphql"},
    {"https://user:pw@host/path?q=1#f", "https://host/graphql"},
    {"https://u@host", "https://host/graphql"},
    {"https://host/a@b", "https://host/graphql"}, /* '@' in the path is not user info */
    {"HTTPS://Custom.HOST.com", "https://custom.host.com/graphql"},
    {"HTTP://LOCALHOST:8080/Some/Path", "http://localhost:8080/graphql"},
    {"hTtP://Example.COM", "http://example.com/graphql"},
    {"[::1]:9000", "https://[::1]:9000/graphql"},
    {"http://[::1]:9000/x", "http://[::1]:9000/graphql"},
    {"api.chillicream.com/graphql", DEFAULT_ENDPOINT},
    {"host?x=1", "https://host/graphql"},
    {"host#frag", "https://host/graphql"},
    {"localhost:5000", "https://localhost:5000/graphql"},
    {"my-host_1.example.com", "https://my-host_1.example.com/graphql"},
};

START_TEST(endpoint_from_cloud_url) {
    char err[256] = "";
    char *endpoint = nitro_endpoint_from_cloud_url(good[_i].input, err, sizeof err);
    ck_assert_msg(endpoint != NULL, "'%s' refused: %s", good[_i].input ? good[_i].input : "(null)", err);
    ck_assert_str_eq(endpoint, good[_i].endpoint);
    free(endpoint);
}
END_TEST

#define BAD_SCHEME(url) "invalid cloud URL '" url "': only http:// and https:// are supported"
#define BAD_HOST(url) "invalid cloud URL '" url "': expected a host name such as api.chillicream.com"

static const struct {
    const char *input;
    const char *error;
} bad[] = {
    {"ftp://x", BAD_SCHEME("ftp://x")},
    {"  ftp://x  ", BAD_SCHEME("ftp://x")},
    {"file:///etc/passwd", BAD_SCHEME("file:///etc/passwd")},
    {"wss://host", BAD_SCHEME("wss://host")},
    {"https://", BAD_HOST("https://")},
    {"http://", BAD_HOST("http://")},
    {"http://bad host", BAD_HOST("http://bad host")},
    {"https://user@", BAD_HOST("https://user@")},
    {"https://user@/path", BAD_HOST("https://user@/path")},
    {"/just/a/path", BAD_HOST("/just/a/path")},
    {"host\"name", BAD_HOST("host\"name")},
    {"https://hö.st", BAD_HOST("https://hö.st")},
};

START_TEST(endpoint_rejects) {
    char err[256] = "";
    char *endpoint = nitro_endpoint_from_cloud_url(bad[_i].input, err, sizeof err);
    ck_assert_msg(endpoint == NULL, "'%s' accepted as '%s'", bad[_i].input, endpoint);
    ck_assert_str_eq(err, bad[_i].error);
}
END_TEST

START_TEST(endpoint_error_fits_small_buffer) {
    char err[16];
    memset(err, 'x', sizeof err);
    ck_assert_ptr_null(nitro_endpoint_from_cloud_url("ftp://x", err, sizeof err));
    ck_assert_uint_eq(strlen(err), sizeof err - 1);
    ck_assert_str_eq(err, "invalid cloud U");
}
END_TEST

START_TEST(endpoint_error_quotes_long_input_truncated) {
    char input[400] = "ftp://";
    memset(input + 6, 'a', 300);
    input[306] = '\0';
    char err[512];
    ck_assert_ptr_null(nitro_endpoint_from_cloud_url(input, err, sizeof err));
    char expected[512];
    snprintf(expected, sizeof expected, "invalid cloud URL '%.200s': only http:// and https:// are supported", input);
    ck_assert_str_eq(err, expected);
}
END_TEST

/* ---- plaintext remote ---------------------------------------------------- */

static const struct {
    const char *endpoint;
    bool remote;
} plaintext[] = {
    {"http://127.0.0.1:8080/graphql", false},
    {"http://127.0.0.1/graphql", false},
    {"http://127.0.0.1", false},
    {"http://127.1.2.3:9/graphql", false},
    {"http://localhost/graphql", false},
    {"http://localhost:3000/graphql", false},
    {"http://localhost", false},
    {"http://[::1]:9000/graphql", false},
    {"http://[::1]/graphql", false},
    {"https://example.com/graphql", false},
    {"https://127.evil.com/graphql", false}, /* TLS protects it */
    {"HTTPS://example.com/graphql", false},
    {"http://example.com/graphql", true},
    {"HTTP://example.com/graphql", true},
    {"http://10.0.0.1/graphql", true},
    {"http://128.0.0.1/graphql", true},
    {"http://1270.0.0.1/graphql", true},
    {"http://localhost.evil.com/graphql", true},
    {"http://localhostx/graphql", true},
    {"http://[::1].evil.com/graphql", true},
    {"http://[::2]/graphql", true},
};

START_TEST(plaintext_remote) {
    ck_assert_msg(nitro_endpoint_is_plaintext_remote(plaintext[_i].endpoint) == plaintext[_i].remote,
                  "'%s' should%s be a plaintext remote", plaintext[_i].endpoint, plaintext[_i].remote ? "" : " not");
}
END_TEST

/* A host name that merely starts with "127." is a DNS name that may resolve
 * anywhere: sending an API key to it over http:// is not loopback traffic.
 * Only a dotted-quad 127.x.y.z is. */
START_TEST(loopback_prefix_is_not_a_dns_name) {
    static const char *const remote[] = {
        "http://127.evil.com/graphql",
        "http://127.0.0.1.nip.io/graphql",
        "http://127.example:8080/graphql",
    };
    for (size_t i = 0; i < sizeof remote / sizeof *remote; i++) {
        ck_assert_msg(nitro_endpoint_is_plaintext_remote(remote[i]), "'%s' is treated as loopback", remote[i]);
    }
}
END_TEST

START_TEST(normalised_endpoint_then_plaintext_check) {
    char err[256];
    char *endpoint = nitro_endpoint_from_cloud_url("HTTP://LocalHost:8080/x", err, sizeof err);
    ck_assert_str_eq(endpoint, "http://localhost:8080/graphql");
    ck_assert(!nitro_endpoint_is_plaintext_remote(endpoint));
    free(endpoint);

    endpoint = nitro_endpoint_from_cloud_url("http://user@Example.com", err, sizeof err);
    ck_assert_str_eq(endpoint, "http://example.com/graphql");
    ck_assert(nitro_endpoint_is_plaintext_remote(endpoint));
    free(endpoint);

    /* User info cannot make a remote host look like loopback. */
    endpoint = nitro_endpoint_from_cloud_url("http://localhost@evil.com", err, sizeof err);
    ck_assert_str_eq(endpoint, "http://evil.com/graphql");
    ck_assert(nitro_endpoint_is_plaintext_remote(endpoint));
    free(endpoint);

    endpoint = nitro_endpoint_from_cloud_url(NULL, err, sizeof err);
    ck_assert(!nitro_endpoint_is_plaintext_remote(endpoint));
    free(endpoint);
}
END_TEST

/* A path segment or query value stays one: everything but the unreserved characters escaped. */
START_TEST(escape_keeps_a_segment_one_segment) {
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"QXBpOjE=", "QXBpOjE%3D"},
        {"dev", "dev"},
        {"a-b.c_d~e", "a-b.c_d~e"},
        {"../x", "..%2Fx"},
        {"a b&c=d?e#f", "a%20b%26c%3Dd%3Fe%23f"},
        {"st\xc3\xa4ge", "st%C3%A4ge"},
        {"\r\n%", "%0D%0A%25"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *escaped = nitro_url_escape(cases[i].in);
        ck_assert_str_eq(escaped, cases[i].out);
        free(escaped);
    }
}
END_TEST

Suite *url_suite(void) {
    Suite *suite = suite_create("url");
    TCase *endpoint = tcase_create("endpoint");
    tcase_add_loop_test(endpoint, endpoint_from_cloud_url, 0, (int)(sizeof good / sizeof *good));
    tcase_add_loop_test(endpoint, endpoint_rejects, 0, (int)(sizeof bad / sizeof *bad));
    tcase_add_test(endpoint, endpoint_error_fits_small_buffer);
    tcase_add_test(endpoint, endpoint_error_quotes_long_input_truncated);
    suite_add_tcase(suite, endpoint);

    TCase *remote = tcase_create("plaintext remote");
    tcase_add_loop_test(remote, plaintext_remote, 0, (int)(sizeof plaintext / sizeof *plaintext));
    tcase_add_test(remote, loopback_prefix_is_not_a_dns_name);
    tcase_add_test(remote, normalised_endpoint_then_plaintext_check);
    suite_add_tcase(suite, remote);

    TCase *escape = tcase_create("escape");
    tcase_add_test(escape, escape_keeps_a_segment_one_segment);
    suite_add_tcase(suite, escape);
    return suite;
}
