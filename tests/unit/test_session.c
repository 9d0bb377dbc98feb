/* The sign-in building blocks: SHA-256 and PKCE, encodings, JWT claims,
 * query parameters, and the session file (parse, field access, atomic save). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loopback.h"
#include "oauth.h"
#include "session.h"
#include "sha256.h"
#include "suites.h"

static void hex(const uint8_t digest[32], char out[65]) {
    for (int i = 0; i < 32; i++)
        snprintf(out + i * 2, 3, "%02x", digest[i]);
}

static const struct {
    const char *input;
    const char *digest;
} sha_vectors[] = {
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    /* 55 and 56 bytes: the padding just fits, and just does not, in one block */
    {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
    {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
};

START_TEST(sha256_vectors) {
    uint8_t digest[32];
    char text[65];
    nitro_sha256(sha_vectors[_i].input, strlen(sha_vectors[_i].input), digest);
    hex(digest, text);
    ck_assert_str_eq(text, sha_vectors[_i].digest);
}
END_TEST

START_TEST(pkce_challenge_matches_rfc_7636) {
    /* RFC 7636, appendix B */
    char *challenge = nitro_pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    ck_assert_str_eq(challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    free(challenge);
}
END_TEST

START_TEST(random_tokens_are_url_safe_and_differ) {
    char *a = nitro_random_token(32), *b = nitro_random_token(32);
    ck_assert_uint_eq(strlen(a), 43);
    ck_assert_uint_eq(strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), 43);
    ck_assert_str_ne(a, b);
    free(a);
    free(b);
}
END_TEST

START_TEST(form_encoding) {
    nitro_form form = {0};
    nitro_form_add(&form, "redirect_uri", "http://127.0.0.1:1234/signin-redirect");
    nitro_form_add(&form, "scope", "openid profile");
    nitro_form_add(&form, "empty", NULL);
    ck_assert_str_eq(nitro_form_text(&form),
                     "redirect_uri=http%3A%2F%2F127.0.0.1%3A1234%2Fsignin-redirect&scope=openid%20profile&empty=");
    nitro_form_free(&form);
    nitro_form empty = {0};
    ck_assert_str_eq(nitro_form_text(&empty), "");
    nitro_form_free(&empty);
}
END_TEST

START_TEST(query_parameters) {
    const char *query = "code=abc%2Fdef&state=x+y&error_description=a%20b&last";
    char *code = nitro_query_param(query, "code");
    char *state = nitro_query_param(query, "state");
    char *description = nitro_query_param(query, "error_description");
    ck_assert_str_eq(code, "abc/def");
    ck_assert_str_eq(state, "x y");
    ck_assert_str_eq(description, "a b");
    ck_assert_ptr_null(nitro_query_param(query, "cod"));
    ck_assert_ptr_null(nitro_query_param(query, "last"));
    ck_assert_ptr_null(nitro_query_param("", "code"));
    free(code);
    free(state);
    free(description);
}
END_TEST

START_TEST(jwt_claims_are_decoded) {
    /* header {"alg":"none"}, payload {"sub":"u1","nonce":"n-1"} in base64url without padding */
    cJSON *claims = nitro_jwt_claims("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSIsIm5vbmNlIjoibi0xIn0.c2ln");
    ck_assert_ptr_nonnull(claims);
    ck_assert_str_eq(cJSON_GetObjectItem(claims, "nonce")->valuestring, "n-1");
    cJSON_Delete(claims);
    ck_assert_ptr_null(nitro_jwt_claims("no-dots"));
    ck_assert_ptr_null(nitro_jwt_claims("a.!!!.c"));
    ck_assert_ptr_null(nitro_jwt_claims("a.bm90IGpzb24.c")); /* "not json" */
    ck_assert_ptr_null(nitro_jwt_claims(NULL));
}
END_TEST

/* ---- the session file ----------------------------------------------------- */

static const char *legacy =
    "{\"sessionId\":\"s\",\"subjectId\":\"u\",\"tenant\":\"t\",\"identityServer\":\"https://id\","
    "\"apiUrl\":\"api.example\",\"email\":\"e@x\",\"tokens\":{\"accessToken\":\"at\",\"idToken\":\"it\","
    "\"refreshToken\":\"rt\",\"expiresAt\":\"2026-01-01T00:00:00.0000000+00:00\"},"
    "\"workspace\":{\"id\":\"w1\",\"name\":\"W\"},\"defaultApiId\":\"api-1\"}";

START_TEST(session_parse_and_get) {
    nitro_session session;
    char why[128];
    ck_assert_int_eq(nitro_session_parse(legacy, strlen(legacy), &session, why, sizeof why), NITRO_SESSION_OK);
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_ACCESS_TOKEN), "at");
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_WORKSPACE_NAME), "W");
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_EMAIL), "e@x");
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_API_KEY));
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_CLIENT_ID));
    nitro_session_free(&session);

    /* A field below an object that is null, or empty text, reads as absent. */
    const char *sparse = "{\"tokens\": null, \"workspace\": {\"id\": \"\"}, \"email\": null}";
    ck_assert_int_eq(nitro_session_parse(sparse, strlen(sparse), &session, why, sizeof why), NITRO_SESSION_OK);
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_ACCESS_TOKEN));
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_WORKSPACE_ID));
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_EMAIL));
    nitro_session_free(&session);
}
END_TEST

static const char *corrupt[] = {
    "", "{", "[]", "null", "{\"tokens\": \"x\"}", "{\"email\": 5}", "{\"workspace\": []}", "{\"tokens\":{\"a\":1",
};

START_TEST(session_parse_rejects_damage) {
    nitro_session session;
    char why[128] = "";
    ck_assert_int_eq(nitro_session_parse(corrupt[_i], strlen(corrupt[_i]), &session, why, sizeof why),
                     NITRO_SESSION_CORRUPT);
    ck_assert_ptr_null(session.json);
    ck_assert(why[0] != '\0');
}
END_TEST

START_TEST(session_set_keeps_unknown_keys) {
    nitro_session session;
    char why[128];
    ck_assert_int_eq(nitro_session_parse(legacy, strlen(legacy), &session, why, sizeof why), NITRO_SESSION_OK);
    ck_assert(nitro_session_store(&session, NITRO_SESSION_FIELD_WORKSPACE_ID, "w2"));
    ck_assert(nitro_session_store(&session, NITRO_SESSION_FIELD_API_KEY, "k"));
    ck_assert(nitro_session_store(&session, NITRO_SESSION_FIELD_REFRESH_TOKEN, NULL));
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_WORKSPACE_ID), "w2");
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_API_KEY), "k");
    ck_assert_ptr_null(nitro_session_value(&session, NITRO_SESSION_FIELD_REFRESH_TOKEN));
    ck_assert_str_eq(nitro_session_value(&session, NITRO_SESSION_FIELD_ID_TOKEN), "it");
    ck_assert_str_eq(cJSON_GetObjectItem(session.json, "defaultApiId")->valuestring, "api-1");
    nitro_session_free(&session);

    nitro_session fresh = {0};
    ck_assert(nitro_session_store(&fresh, NITRO_SESSION_FIELD_WORKSPACE_NAME, "N"));
    ck_assert_str_eq(nitro_session_value(&fresh, NITRO_SESSION_FIELD_WORKSPACE_NAME), "N");
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(fresh.json, "workspace"), "name")->valuestring, "N");
    ck_assert(nitro_session_set_tokens(&fresh, "a", NULL, NULL, 60));
    ck_assert_str_eq(nitro_session_value(&fresh, NITRO_SESSION_FIELD_ACCESS_TOKEN), "a");
    ck_assert_ptr_nonnull(nitro_session_value(&fresh, NITRO_SESSION_FIELD_EXPIRES_AT));
    nitro_session_free(&fresh);
}
END_TEST

START_TEST(session_save_is_private_and_round_trips) {
    char dir[] = "/tmp/nitro-unit-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/config/nitro/session.json", dir);
    nitro_session session;
    char why[256];
    ck_assert_int_eq(nitro_session_parse(legacy, strlen(legacy), &session, why, sizeof why), NITRO_SESSION_OK);
    ck_assert_msg(nitro_session_save(path, &session, why, sizeof why), "%s", why);
    nitro_session_free(&session);

    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    char nitro_dir[256];
    snprintf(nitro_dir, sizeof nitro_dir, "%s/config/nitro", dir);
    ck_assert_int_eq(stat(nitro_dir, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0700);

    nitro_session loaded;
    ck_assert_int_eq(nitro_session_load(path, &loaded, why, sizeof why), NITRO_SESSION_OK);
    ck_assert_str_eq(nitro_session_value(&loaded, NITRO_SESSION_FIELD_REFRESH_TOKEN), "rt");
    ck_assert_str_eq(cJSON_GetObjectItem(loaded.json, "defaultApiId")->valuestring, "api-1");
    nitro_session_free(&loaded);

    unlink(path);
    ck_assert_int_eq(nitro_session_load(path, &loaded, why, sizeof why), NITRO_SESSION_MISSING);
    rmdir(nitro_dir);
    snprintf(nitro_dir, sizeof nitro_dir, "%s/config", dir);
    rmdir(nitro_dir);
    rmdir(dir);
}
END_TEST

static const char *fake_env(void *data, const char *name) {
    const char *const *pairs = data;
    for (size_t i = 0; pairs[i]; i += 2) {
        if (strcmp(pairs[i], name) == 0) return pairs[i + 1];
    }
    return NULL;
}

START_TEST(session_path_prefers_xdg) {
    const char *both[] = {"XDG_CONFIG_HOME", "/x", "HOME", "/h", NULL};
    const char *home[] = {"HOME", "/h", NULL};
    const char *relative_xdg[] = {"XDG_CONFIG_HOME", "rel", "HOME", "/h", NULL};
    const char *none[] = {NULL};
    char *path = nitro_session_path(fake_env, both);
    ck_assert_str_eq(path, "/x/nitro/session.json");
    free(path);
    path = nitro_session_path(fake_env, home);
    ck_assert_str_eq(path, "/h/.config/nitro/session.json");
    free(path);
    path = nitro_session_path(fake_env, relative_xdg); /* the XDG spec ignores relative paths */
    ck_assert_str_eq(path, "/h/.config/nitro/session.json");
    free(path);
    ck_assert_ptr_null(nitro_session_path(fake_env, none));
}
END_TEST

Suite *session_suite(void) {
    Suite *suite = suite_create("session");
    TCase *crypto = tcase_create("oauth");
    tcase_add_loop_test(crypto, sha256_vectors, 0, sizeof sha_vectors / sizeof *sha_vectors);
    tcase_add_test(crypto, pkce_challenge_matches_rfc_7636);
    tcase_add_test(crypto, random_tokens_are_url_safe_and_differ);
    tcase_add_test(crypto, form_encoding);
    tcase_add_test(crypto, query_parameters);
    tcase_add_test(crypto, jwt_claims_are_decoded);
    suite_add_tcase(suite, crypto);
    TCase *file = tcase_create("file");
    tcase_add_test(file, session_parse_and_get);
    tcase_add_loop_test(file, session_parse_rejects_damage, 0, sizeof corrupt / sizeof *corrupt);
    tcase_add_test(file, session_set_keeps_unknown_keys);
    tcase_add_test(file, session_save_is_private_and_round_trips);
    tcase_add_test(file, session_path_prefers_xdg);
    suite_add_tcase(suite, file);
    return suite;
}
