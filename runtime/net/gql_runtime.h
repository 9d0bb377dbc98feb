/* What the generated GraphQL bindings (generated/graphql.c) build on:
 * operation descriptors, and the readers their decoders call (variables are
 * built from the commands' binding tables, runtime/commands/request.c). */
#ifndef NITRO_GQL_RUNTIME_H
#define NITRO_GQL_RUNTIME_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char message[256];
} gql_error;

/* Filled by generated code the first time it is asked for (generated/graphql.c): a table initialised with
 * pointers would be relocated by the loader at every start. */
typedef struct {
    const char *name;     /* operationName */
    bool is_mutation;     /* never retried, never sent twice */
    const char *document; /* sent byte for byte as published */
    unsigned index;       /* for gql_validate() and gql_operation_at() */
} gql_operation;

enum {
    GQL_NULLABLE = 1u << 0, /* JSON null is allowed */
    GQL_OPTIONAL = 1u << 1, /* the key may be absent */
};

/* Records "<path> <what>" and returns false. */
bool gql_fail(gql_error *err, const char *path, const char *what);

bool gql_read_string(const cJSON *object, const char *key, unsigned flags, char **out, const char *path,
                     gql_error *err);
bool gql_read_int(const cJSON *object, const char *key, unsigned flags, long long *out, bool *has, const char *path,
                  gql_error *err);
bool gql_read_float(const cJSON *object, const char *key, unsigned flags, double *out, bool *has, const char *path,
                    gql_error *err);
bool gql_read_bool(const cJSON *object, const char *key, unsigned flags, bool *out, bool *has, const char *path,
                   gql_error *err);
/* *out is the nested value, or NULL when it is null or absent (as flags allow). */
bool gql_read_object(const cJSON *object, const char *key, unsigned flags, const cJSON **out, const char *path,
                     gql_error *err);
bool gql_read_list(const cJSON *object, const char *key, unsigned flags, const cJSON **out, size_t *count,
                   const char *path, gql_error *err);

bool gql_element_string(const cJSON *item, char **out, const char *path, gql_error *err);
bool gql_element_int(const cJSON *item, long long *out, const char *path, gql_error *err);
bool gql_element_float(const cJSON *item, double *out, const char *path, gql_error *err);
bool gql_element_bool(const cJSON *item, bool *out, const char *path, gql_error *err);

#endif
