#include "gql_runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool gql_fail(gql_error *err, const char *path, const char *what) {
    snprintf(err->message, sizeof err->message, "field '%s' %s", path, what);
    return false;
}

/* The value of key, or NULL for null/absent when flags allow it. Returns
 * false (with err set) when a required value is missing. */
static bool lookup(const cJSON *object, const char *key, unsigned flags, const cJSON **out, const char *path,
                   gql_error *err) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    *out = NULL;
    if (!item) return (flags & GQL_OPTIONAL) ? true : gql_fail(err, path, "is missing");
    if (cJSON_IsNull(item)) return (flags & (GQL_NULLABLE | GQL_OPTIONAL)) ? true : gql_fail(err, path, "is null");
    *out = item;
    return true;
}

bool gql_element_string(const cJSON *item, char **out, const char *path, gql_error *err) {
    if (!cJSON_IsString(item)) return gql_fail(err, path, "is not a string");
    *out = strdup(item->valuestring);
    return *out ? true : gql_fail(err, path, "is too large");
}

bool gql_element_int(const cJSON *item, long long *out, const char *path, gql_error *err) {
    double value = item->valuedouble;
    if (!cJSON_IsNumber(item) || value != floor(value) || fabs(value) > 9007199254740992.0) {
        return gql_fail(err, path, "is not an integer");
    }
    *out = (long long)value;
    return true;
}

bool gql_element_float(const cJSON *item, double *out, const char *path, gql_error *err) {
    if (!cJSON_IsNumber(item)) return gql_fail(err, path, "is not a number");
    *out = item->valuedouble;
    return true;
}

bool gql_element_bool(const cJSON *item, bool *out, const char *path, gql_error *err) {
    if (!cJSON_IsBool(item)) return gql_fail(err, path, "is not a boolean");
    *out = cJSON_IsTrue(item);
    return true;
}

bool gql_read_string(const cJSON *object, const char *key, unsigned flags, char **out, const char *path,
                     gql_error *err) {
    const cJSON *item;
    if (!lookup(object, key, flags, &item, path, err)) return false;
    return item ? gql_element_string(item, out, path, err) : true;
}

/* int, float and bool differ only in the element reader and the has-flag. */
#define READ_SCALAR(name, type)                                                                                        \
    bool gql_read_##name(const cJSON *object, const char *key, unsigned flags, type *out, bool *has, const char *path, \
                         gql_error *err) {                                                                             \
        const cJSON *item;                                                                                             \
        if (!lookup(object, key, flags, &item, path, err)) return false;                                               \
        if (has) *has = item != NULL;                                                                                  \
        return item ? gql_element_##name(item, out, path, err) : true;                                                 \
    }
READ_SCALAR(int, long long)
READ_SCALAR(float, double)
READ_SCALAR(bool, bool)

bool gql_read_object(const cJSON *object, const char *key, unsigned flags, const cJSON **out, const char *path,
                     gql_error *err) {
    if (!lookup(object, key, flags, out, path, err)) return false;
    if (*out && !cJSON_IsObject(*out)) return gql_fail(err, path, "is not an object");
    return true;
}

bool gql_read_list(const cJSON *object, const char *key, unsigned flags, const cJSON **out, size_t *count,
                   const char *path, gql_error *err) {
    if (!lookup(object, key, flags, out, path, err)) return false;
    *count = 0;
    if (!*out) return true;
    if (!cJSON_IsArray(*out)) return gql_fail(err, path, "is not a list");
    *count = (size_t)cJSON_GetArraySize(*out);
    return true;
}
