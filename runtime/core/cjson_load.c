/* dlopen, dlsym, dlerror */
#define _GNU_SOURCE
/* libcJSON, loaded when nitro first reads or writes JSON instead of linked:
 * linked, the dynamic loader maps and relocates it before main on every
 * start, about 0.07 ms (8 % of a one-line C program's whole run) that
 * --version, help, usage errors and completion without credentials would pay
 * for nothing. Each cJSON function nitro calls is defined here under its own
 * name, with cJSON.h's prototype, and jumps to the library's, resolved the
 * first time any of them is called; callers include <cjson/cJSON.h> and call
 * cJSON as if it were linked. */
#include <cjson/cJSON.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

#ifndef NITRO_LIBCJSON
#define NITRO_LIBCJSON "libcjson.so." STRINGIFY(CJSON_VERSION_MAJOR)
#endif

/* X(return type, name, parameters, arguments) for every function nitro and its tests call. */
#define NITRO_CJSON_FUNCTIONS(X)                                                                                       \
    X(cJSON_bool, cJSON_AddItemToArray, (cJSON * array, cJSON * item), (array, item))                                  \
    X(cJSON_bool, cJSON_AddItemToObject, (cJSON * object, const char *string, cJSON *item), (object, string, item))    \
    X(cJSON *, cJSON_AddNullToObject, (cJSON *const object, const char *const name), (object, name))                   \
    X(cJSON *, cJSON_AddNumberToObject, (cJSON *const object, const char *const name, const double number),            \
      (object, name, number))                                                                                          \
    X(cJSON *, cJSON_AddObjectToObject, (cJSON *const object, const char *const name), (object, name))                 \
    X(cJSON *, cJSON_AddStringToObject, (cJSON *const object, const char *const name, const char *const string),       \
      (object, name, string))                                                                                          \
    X(cJSON_bool, cJSON_Compare, (const cJSON *const a, const cJSON *const b, const cJSON_bool case_sensitive),        \
      (a, b, case_sensitive))                                                                                          \
    X(cJSON *, cJSON_CreateArray, (void), ())                                                                          \
    X(cJSON *, cJSON_CreateBool, (cJSON_bool boolean), (boolean))                                                      \
    X(cJSON *, cJSON_CreateFalse, (void), ())                                                                          \
    X(cJSON *, cJSON_CreateNull, (void), ())                                                                           \
    X(cJSON *, cJSON_CreateNumber, (double num), (num))                                                                \
    X(cJSON *, cJSON_CreateObject, (void), ())                                                                         \
    X(cJSON *, cJSON_CreateString, (const char *string), (string))                                                     \
    X(cJSON *, cJSON_Duplicate, (const cJSON *item, cJSON_bool recurse), (item, recurse))                              \
    X(cJSON *, cJSON_GetArrayItem, (const cJSON *array, int index), (array, index))                                    \
    X(int, cJSON_GetArraySize, (const cJSON *array), (array))                                                          \
    X(cJSON *, cJSON_GetObjectItem, (const cJSON *const object, const char *const string), (object, string))           \
    X(cJSON *, cJSON_GetObjectItemCaseSensitive, (const cJSON *const object, const char *const string),                \
      (object, string))                                                                                                \
    X(cJSON_bool, cJSON_IsArray, (const cJSON *const item), (item))                                                    \
    X(cJSON_bool, cJSON_IsBool, (const cJSON *const item), (item))                                                     \
    X(cJSON_bool, cJSON_IsNull, (const cJSON *const item), (item))                                                     \
    X(cJSON_bool, cJSON_IsNumber, (const cJSON *const item), (item))                                                   \
    X(cJSON_bool, cJSON_IsObject, (const cJSON *const item), (item))                                                   \
    X(cJSON_bool, cJSON_IsString, (const cJSON *const item), (item))                                                   \
    X(cJSON_bool, cJSON_IsTrue, (const cJSON *const item), (item))                                                     \
    X(cJSON *, cJSON_Parse, (const char *value), (value))                                                              \
    X(cJSON *, cJSON_ParseWithLength, (const char *value, size_t buffer_length), (value, buffer_length))               \
    X(cJSON *, cJSON_ParseWithLengthOpts,                                                                              \
      (const char *value, size_t buffer_length, const char **return_parse_end, cJSON_bool require_null_terminated),    \
      (value, buffer_length, return_parse_end, require_null_terminated))                                               \
    X(char *, cJSON_PrintUnformatted, (const cJSON *item), (item))                                                     \
    X(cJSON_bool, cJSON_ReplaceItemInObjectCaseSensitive, (cJSON * object, const char *string, cJSON *newitem),        \
      (object, string, newitem))

#define NITRO_CJSON_VOID_FUNCTIONS(X)                                                                                  \
    X(cJSON_Delete, (cJSON * first), (first))                                                                          \
    X(cJSON_DeleteItemFromObjectCaseSensitive, (cJSON * first, const char *string), (first, string))                   \
    X(cJSON_free, (void *first), (first))

/* The library's functions, once resolved. */
static struct {
#define SLOT(type, name, params, args) type(*name) params;
#define VOID_SLOT(name, params, args) void(*name) params;
    NITRO_CJSON_FUNCTIONS(SLOT)
    NITRO_CJSON_VOID_FUNCTIONS(VOID_SLOT)
#undef SLOT
#undef VOID_SLOT
} lib;
static void *library;

/* Resolves every function, once. nitro cannot go on without JSON, and a
 * function that returns a cJSON value has no way to say why it failed: a
 * missing library ends the process as the dynamic loader did when it was
 * linked (a broken installation; the package depends on libcjson). */
static void load(void) {
    if (library) return;
    void *opened = dlopen(NITRO_LIBCJSON, RTLD_LAZY | RTLD_LOCAL);
    const char *missing = NULL;
#define RESOLVE(name)                                                                                                  \
    if (opened && !missing) {                                                                                          \
        *(void **)&lib.name = dlsym(opened, #name);                                                                    \
        if (!lib.name) missing = #name;                                                                                \
    }
#define RESOLVE_FUNCTION(type, name, params, args) RESOLVE(name)
#define RESOLVE_VOID(name, params, args) RESOLVE(name)
    NITRO_CJSON_FUNCTIONS(RESOLVE_FUNCTION)
    NITRO_CJSON_VOID_FUNCTIONS(RESOLVE_VOID)
#undef RESOLVE_FUNCTION
#undef RESOLVE_VOID
#undef RESOLVE
    if (!opened || missing) {
        /* The one exit below main besides the signal handler's: a cJSON function must return what it
         * returns, and without the library nothing can be parsed or written. This is what the dynamic loader
         * did when the library was linked (status 127, before main); the package depends on libcjson1. */
        const char *why = dlerror();
        char message[512];
        int n = snprintf(message, sizeof message, "error: libcjson could not be loaded: %s\n",
                         why       ? why
                         : missing ? missing
                                   : NITRO_LIBCJSON);
        ssize_t written =
            write(STDERR_FILENO, message, n > 0 && (size_t)n < sizeof message ? (size_t)n : strlen(message));
        (void)written;
        _exit(127);
    }
    library = opened;
}

#define DEFINE(type, name, params, args)                                                                               \
    CJSON_PUBLIC(type) name params {                                                                                   \
        load();                                                                                                        \
        return lib.name args;                                                                                          \
    }
/* Each takes NULL and then does nothing, as cJSON's own do: clean-up paths of
 * commands that never used JSON do not load the library for it. */
#define DEFINE_VOID(name, params, args)                                                                                \
    CJSON_PUBLIC(void) name params {                                                                                   \
        if (!first) return;                                                                                            \
        load();                                                                                                        \
        lib.name args;                                                                                                 \
    }
NITRO_CJSON_FUNCTIONS(DEFINE)
NITRO_CJSON_VOID_FUNCTIONS(DEFINE_VOID)
