/* A command's request: the GraphQL variables bound from its options, the
 * page, the workspace and constants; sending it and checking the response's
 * shape; and the workspace a command acts on. */
#include "executor.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "credentials.h"
#include "identity.h"
#include "timefmt.h"

/* The object at path[0..depth) below `root`, created as needed; NULL when a
 * value that is not an object is in the way (a null already set). */
static cJSON *object_at(cJSON *root, const char *const *path, size_t depth) {
    cJSON *object = root;
    for (size_t i = 0; i < depth && object; i++) {
        cJSON *child = cJSON_GetObjectItemCaseSensitive(object, path[i]);
        if (!child) {
            child = cJSON_AddObjectToObject(object, path[i]);
        } else if (!cJSON_IsObject(child)) {
            return NULL;
        }
        object = child;
    }
    return object;
}

static size_t path_length(const char *const *path) {
    size_t n = 0;
    while (path[n])
        n++;
    return n;
}

/* "/a/b/" -> ["a","b"]; false when it does not start with '/'. */
static cJSON *split_path(const char *text) {
    if (text[0] != '/') return NULL;
    cJSON *list = cJSON_CreateArray();
    const char *start = text;
    while (list && *start) {
        while (*start == '/')
            start++;
        const char *end = start;
        while (*end && *end != '/')
            end++;
        /* Trimmed, empties dropped, as the Nitro CLI does. */
        const char *a = start, *b = end;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        if (b > a) {
            char *segment = strndup(a, (size_t)(b - a));
            cJSON *item = segment ? cJSON_CreateString(segment) : NULL;
            free(segment);
            if (!item) {
                cJSON_Delete(list);
                return NULL;
            }
            cJSON_AddItemToArray(list, item);
        }
        start = end;
    }
    return list;
}

/* ---- --source-metadata: the CI's JSON, checked as the Nitro CLI's parser does ---------- */

typedef struct {
    const char *name;
    bool required;
} meta_field;

static const meta_field github_fields[] = {
    {"actor", true}, {"commitHash", true}, {"workflowName", true},  {"runNumber", true},
    {"runId", true}, {"jobId", false},     {"repositoryUrl", true}, {NULL, false},
};
static const meta_field azure_fields[] = {
    {"pipelineName", true}, {"runNumber", true}, {"runId", true},          {"projectUrl", true},
    {"commitHash", false},  {"jobId", false},    {"repositoryUrl", false}, {NULL, false},
};
static const meta_field actor_fields[] = {{"name", true}, {"email", false}, {NULL, false}};

/* Copies the string fields of `from` into a new object; NULL with `why` when one is missing or no string. */
static cJSON *meta_object(const cJSON *from, const meta_field *fields, const char *where, char *why, size_t size) {
    cJSON *out = cJSON_CreateObject();
    for (size_t i = 0; out && fields[i].name; i++) {
        const cJSON *value = cJSON_GetObjectItemCaseSensitive(from, fields[i].name);
        if (!value || cJSON_IsNull(value)) {
            if (!fields[i].required) continue;
            snprintf(why, size, "the property '%s%s' is required.", where, fields[i].name);
        } else if (!cJSON_IsString(value)) {
            snprintf(why, size, "the property '%s%s' must be a string.", where, fields[i].name);
        } else {
            cJSON_AddStringToObject(out, fields[i].name, value->valuestring);
            continue;
        }
        cJSON_Delete(out);
        return NULL;
    }
    return out;
}

/* {"github": {...}} or {"azureDevOps": {...}} from the JSON text; NULL with `why`. */
static cJSON *source_metadata(const char *text, char *why, size_t size) {
    const char *end = NULL;
    cJSON *json = cJSON_ParseWithOpts(text, &end, true);
    if (!json) {
        snprintf(why, size, "the value is not valid JSON (at character %zu).",
                 end && end >= text ? (size_t)(end - text) + 1 : (size_t)1);
        return NULL;
    }
    cJSON *out = NULL;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(json, "type");
    if (!cJSON_IsObject(json)) {
        snprintf(why, size, "the value must be a JSON object.");
    } else if (type && !cJSON_IsNull(type) && !cJSON_IsString(type)) {
        snprintf(why, size, "the property 'type' must be \"github\" or \"azure-devops\".");
    } else if (!type || cJSON_IsNull(type) || strcmp(type->valuestring, "github") == 0) {
        cJSON *github = meta_object(json, github_fields, "", why, size);
        out = github ? cJSON_CreateObject() : NULL;
        if (out) cJSON_AddItemToObject(out, "github", github);
    } else if (strcmp(type->valuestring, "azure-devops") == 0) {
        const cJSON *actor_json = cJSON_GetObjectItemCaseSensitive(json, "actor");
        cJSON *actor = cJSON_IsObject(actor_json) ? meta_object(actor_json, actor_fields, "actor.", why, size) : NULL;
        if (!cJSON_IsObject(actor_json)) snprintf(why, size, "the property 'actor' must be an object with a 'name'.");
        cJSON *azure = actor ? meta_object(json, azure_fields, "", why, size) : NULL;
        if (azure) {
            cJSON_AddItemToObject(azure, "actor", actor);
            out = cJSON_CreateObject();
            if (out) cJSON_AddItemToObject(out, "azureDevOps", azure);
        } else {
            cJSON_Delete(actor);
        }
    } else {
        snprintf(why, size, "the type '%.64s' is unknown: \"github\" or \"azure-devops\".", type->valuestring);
    }
    cJSON_Delete(json);
    return out;
}

/* ---- a time window: --from / --to ------------------------------------------------------ */

/* A date (yyyy-MM-dd, midnight UTC) or date-time with Z or an offset, as seconds since the epoch. */
static bool window_time(const char *text, long long *seconds) {
    char day[32];
    if (strlen(text) == 10) {
        snprintf(day, sizeof day, "%sT00:00:00Z", text);
        text = day;
    }
    return nitro_iso_parse(text, seconds);
}

/* Now, read once per run: a window's end and its default start (7 days before it) are then exactly that far
 * apart, though they are bound one after the other. */
static struct timespec run_now(void) {
    static struct timespec now;
    if (now.tv_sec == 0) clock_gettime(CLOCK_REALTIME, &now);
    return now;
}

/* The option at `offset` as a time (absent: now, to the millisecond); false, reported, when it is no date. */
static bool option_time(nitro_ctx *ctx, const void *opts, size_t offset, const char *option, struct timespec *at) {
    const char *text = ((const nitro_str_value *)((const char *)opts + offset))->value;
    long long seconds;
    if (!text) {
        *at = run_now();
        return true;
    }
    if (window_time(text, &seconds)) {
        *at = (struct timespec){.tv_sec = (time_t)seconds};
        return true;
    }
    nitro_error(ctx,
                "invalid value '%s' for '--%s': not a date (2026-04-06) or a date and time with its offset "
                "(2026-04-06T12:00:00Z)",
                text, option);
    return false;
}

static cJSON *window_value(nitro_ctx *ctx, const nitro_binding *binding, const void *opts, int *code) {
    struct timespec at, end;
    *code = NITRO_EXIT_USAGE;
    if (!option_time(ctx, opts, binding->offset, binding->option, &at)) return NULL;
    if (binding->transform == NITRO_XF_DAYS_BEFORE) {
        if (!option_time(ctx, opts, binding->other_offset, binding->other_option, &end)) return NULL;
        if (!((const nitro_str_value *)((const char *)opts + binding->offset))->value) {
            at = end;
            at.tv_sec -= (time_t)(binding->days * 86400);
        }
        if (at.tv_sec > end.tv_sec || (at.tv_sec == end.tv_sec && at.tv_nsec > end.tv_nsec)) {
            nitro_error(ctx, "Invalid time window: '--%s' must be earlier than or equal to '--%s'.", binding->option,
                        binding->other_option);
            return NULL;
        }
    }
    char text[48];
    if (!nitro_iso_after_days(&at, 0, text, sizeof text)) {
        nitro_error(ctx, "invalid value for '--%s': the date is out of range", binding->option);
        return NULL;
    }
    *code = NITRO_EXIT_OK;
    return cJSON_CreateString(text);
}

static cJSON *bound_value(nitro_ctx *ctx, const nitro_binding *binding, const void *opts, const char *after,
                          long long first, const char *workspace, int *code) {
    switch (binding->kind) {
    case NITRO_BIND_AFTER: return after ? cJSON_CreateString(after) : NULL;
    case NITRO_BIND_FIRST: return cJSON_CreateNumber((double)first);
    case NITRO_BIND_WORKSPACE: return workspace ? cJSON_CreateString(workspace) : NULL;
    case NITRO_BIND_CONST: return cJSON_Parse(binding->constant);
    case NITRO_BIND_INPUT: break;
    }
    if (!opts) return NULL;
    const char *at = (const char *)opts + binding->offset;
    if (binding->type == NITRO_OPT_INT) {
        const nitro_int_value *value = (const nitro_int_value *)at;
        if (value->source == NITRO_SRC_UNSET) return NULL;
        if (binding->transform == NITRO_XF_DAYS_FROM_NOW) {
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            char date[48];
            if (!nitro_iso_after_days(&now, value->value, date, sizeof date)) {
                nitro_error(ctx, "invalid value '%lld' for '--%s': the date is out of range", value->value,
                            binding->option);
                *code = NITRO_EXIT_USAGE;
                return NULL;
            }
            return cJSON_CreateString(date);
        }
        return cJSON_CreateNumber((double)value->value);
    }
    if (binding->type == NITRO_OPT_FLAG || binding->type == NITRO_OPT_BOOL) {
        bool value = ((const nitro_flag_value *)at)->value;
        if (binding->transform == NITRO_XF_TRUE_OR_NULL && !value) return cJSON_CreateNull();
        return cJSON_CreateBool(value);
    }
    if (binding->transform == NITRO_XF_DATE_TIME || binding->transform == NITRO_XF_DAYS_BEFORE)
        return window_value(ctx, binding, opts, code);
    const char *text = ((const nitro_str_value *)at)->value;
    if (!text) return NULL;
    if (binding->transform == NITRO_XF_SPLIT_PATH) {
        cJSON *list = split_path(text);
        if (!list) {
            nitro_error(ctx, "The path '%s' is invalid. It must start with '/'.", text);
            *code = NITRO_EXIT_USAGE;
        }
        return list;
    }
    if (binding->transform == NITRO_XF_JSON_LIST) {
        /* Nothing may follow the array: the length takes in the terminating NUL. */
        cJSON *list = cJSON_ParseWithLengthOpts(text, strlen(text) + 1, NULL, true);
        if (!cJSON_IsArray(list)) {
            cJSON_Delete(list);
            nitro_error(ctx, "%s", binding->constant);
            *code = NITRO_EXIT_USAGE;
            return NULL;
        }
        return list;
    }
    if (binding->transform == NITRO_XF_SOURCE_METADATA) {
        char why[256] = "";
        cJSON *value = source_metadata(text, why, sizeof why);
        if (!value) {
            nitro_error(ctx, "Failed to parse --%s: %s", binding->option, why);
            *code = NITRO_EXIT_USAGE;
        }
        return value;
    }
    if (binding->transform == NITRO_XF_UPPER) {
        char *upper = strdup(text);
        if (!upper) return NULL;
        for (char *p = upper; *p; p++)
            if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
        cJSON *value = cJSON_CreateString(upper);
        free(upper);
        return value;
    }
    return cJSON_CreateString(text);
}

cJSON *nitro_request_variables(nitro_ctx *ctx, const nitro_request_def *request, const void *opts, const char *after,
                               long long first, const char *workspace, int *code) {
    cJSON *variables = cJSON_CreateObject();
    *code = NITRO_EXIT_OK;
    for (size_t i = 0; variables && i < request->n_bindings; i++) {
        const nitro_binding *binding = &request->bindings[i];
        size_t depth = path_length(binding->path);
        cJSON *value = bound_value(ctx, binding, opts, after, first, workspace, code);
        if (*code) break;
        if (value) {
            cJSON *parent = object_at(variables, binding->path, depth - 1);
            /* A @oneOf input takes one member: the first bound one with a value. */
            if (!parent || (binding->one_of && cJSON_GetArraySize(parent) > 0)) {
                cJSON_Delete(value);
            } else {
                cJSON_AddItemToObject(parent, binding->path[depth - 1], value);
            }
        } else if (!binding->omit && binding->absent_depth > 0) {
            cJSON *parent = object_at(variables, binding->path, binding->absent_depth - 1);
            const char *key = binding->path[binding->absent_depth - 1];
            if (parent && !cJSON_GetObjectItemCaseSensitive(parent, key)) cJSON_AddNullToObject(parent, key);
        }
    }
    if (*code || !variables) {
        cJSON_Delete(variables);
        if (!*code) {
            nitro_error(ctx, "There was an unexpected error: out of memory");
            *code = NITRO_EXIT_FAILURE;
        }
        return NULL;
    }
    return variables;
}

int nitro_request_send(nitro_ctx *ctx, const nitro_request_def *request, cJSON *variables, const char *label,
                       const char *recheck, nitro_result *result) {
    ctx->recheck = recheck;
    int code = nitro_execute(ctx, request->operation, variables, label, result);
    if (code) return code;
    gql_error err = {{0}};
    if (!gql_validate(request->operation, result->data, &err))
        return nitro_decode_failed(ctx, request->operation, result, &err);
    return NITRO_EXIT_OK;
}

/* No workspace for a credential that is not the session's: said without "log in" (it is a script's or CI's
 * credential), with what the server told about it. */
static void no_workspace_for(nitro_ctx *ctx, const nitro_identity *who, const char *session_workspace) {
    const nitro_str_value *api_key = &ctx->global->api_key;
    const char *source = api_key->source == NITRO_SRC_ENV && api_key->env_name ? api_key->env_name : "--api-key";
    const char *how = "Specify the '--workspace-id' option or set NITRO_WORKSPACE_ID.";
    if (who->key || who->key_unknown) {
        nitro_error(ctx,
                    "Could not determine workspace: the server does not say which workspace the API key from %s "
                    "is for. %s",
                    source, how);
    } else if (session_workspace) {
        const char *email = nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_EMAIL);
        nitro_error(ctx,
                    "Could not determine workspace: the session's default workspace is %s's, and the credential "
                    "from %s acts for %s. %s",
                    email ? email : "another user", source, who->user_email ? who->user_email : "another user", how);
    } else {
        nitro_error(ctx, "Could not determine workspace for the credential from %s. %s", source, how);
    }
}

/* The workspace as the command's --workspace-id, the session or the credential's identity tell it; NULL with
 * *code set when it cannot be determined (said only when `say`: *code is then the usage error, else 0), or
 * when asking the server failed (always said). */
static const char *resolve_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code,
                                     bool say) {
    *code = NITRO_EXIT_OK;
    if (nitro_option_given(opts, behaviour->workspace_offset))
        return ((const nitro_str_value *)((const char *)opts + behaviour->workspace_offset))->value;
    if (ctx->workspace_resolved) return ctx->workspace;
    const char *session_workspace = nitro_ctx_session(ctx) == NITRO_SESSION_OK
                                        ? nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_ID)
                                        : NULL;
    if (!nitro_credential_overrides_session(ctx)) {
        if (!session_workspace) {
            if (say) {
                nitro_error(ctx, "Could not determine workspace. Either login via `nitro login` or specify the "
                                 "'--workspace-id' option.");
                *code = NITRO_EXIT_USAGE;
            }
            return NULL;
        }
        ctx->workspace = session_workspace;
        ctx->workspace_resolved = true;
        return ctx->workspace;
    }
    /* --api-key or NITRO_API_KEY: the session's default workspace is its sign-in's, so the server says whose
     * the credential is: an API key's own workspace, or a user's who is the session's (or whom the session
     * does not name). */
    nitro_identity who;
    if ((*code = nitro_identity_fetch(ctx, &who))) return NULL;
    if (who.key && who.key->workspace) {
        ctx->workspace = ctx->workspace_owned = strdup(who.key->workspace->id);
        if (!ctx->workspace) {
            nitro_error(ctx, "There was an unexpected error: out of memory");
            *code = NITRO_EXIT_FAILURE;
        }
    } else if (session_workspace && nitro_identity_takes_session_workspace(ctx, &who)) {
        ctx->workspace = session_workspace;
    } else if (say) {
        no_workspace_for(ctx, &who, session_workspace);
        *code = NITRO_EXIT_USAGE;
    }
    nitro_identity_free(&who);
    ctx->workspace_resolved = ctx->workspace != NULL;
    return ctx->workspace;
}

const char *nitro_resolve_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code) {
    return resolve_workspace(ctx, behaviour, opts, code, true);
}

const char *nitro_known_workspace(nitro_ctx *ctx, const nitro_behaviour *behaviour, const void *opts, int *code) {
    return resolve_workspace(ctx, behaviour, opts, code, false);
}

bool nitro_answer_ok(const nitro_behaviour *behaviour, size_t offset, const char *answer, char *why, size_t size) {
    /* The rules the spec declares on the option's binding: a split-path value starts with '/'. */
    for (size_t i = 0; behaviour && i < behaviour->request.n_bindings; i++) {
        const nitro_binding *binding = &behaviour->request.bindings[i];
        if (binding->kind == NITRO_BIND_INPUT && binding->offset == offset &&
            binding->transform == NITRO_XF_SPLIT_PATH && answer[0] != '/') {
            snprintf(why, size, "The path '%s' is invalid. It must start with '/'.", answer);
            return false;
        }
    }
    return true;
}

bool nitro_request_needs_workspace(const nitro_request_def *request) {
    for (size_t i = 0; i < request->n_bindings; i++)
        if (request->bindings[i].kind == NITRO_BIND_WORKSPACE) return true;
    return false;
}

bool nitro_behaviour_needs_workspace(const nitro_behaviour *behaviour) {
    return nitro_request_needs_workspace(&behaviour->request);
}

/* ---- the cursors of a paging loop ------------------------------------------ */

/* More pages than any real list has (13 million items at 50 a page); the set
 * then holds 4 MiB of hashes at most. */
#define CURSOR_MAX (1u << 18)

/* FNV-1a; 0 marks an empty slot, so no cursor hashes to it. */
static uint64_t cursor_hash(const char *cursor) {
    uint64_t hash = 0xcbf29ce484222325u;
    for (const unsigned char *p = (const unsigned char *)cursor; *p; p++)
        hash = (hash ^ *p) * 0x100000001b3u;
    return hash ? hash : 1;
}

/* Places `hash` in `slots` (a power of two in size); false when it is there already. */
static bool cursor_place(uint64_t *slots, size_t size, uint64_t hash) {
    for (size_t i = (size_t)hash & (size - 1);; i = (i + 1) & (size - 1)) {
        if (slots[i] == hash) return false;
        if (!slots[i]) {
            slots[i] = hash;
            return true;
        }
    }
}

int nitro_cursor_seen(nitro_ctx *ctx, nitro_cursor_set *set, const char *cursor) {
    if (set->used + 1 > set->size / 2) { /* keep it at most half full */
        size_t size = set->size ? set->size * 2 : 64;
        uint64_t *slots = set->used < CURSOR_MAX ? calloc(size, sizeof *slots) : NULL;
        if (!slots) {
            if (set->used < CURSOR_MAX)
                nitro_error(ctx, "There was an unexpected error: out of memory");
            else
                nitro_error(ctx, "The server returned an unexpected response: more than %u pages", CURSOR_MAX);
            return NITRO_EXIT_FAILURE;
        }
        for (size_t i = 0; i < set->size; i++)
            if (set->slots[i]) cursor_place(slots, size, set->slots[i]);
        free(set->slots);
        set->slots = slots;
        set->size = size;
    }
    if (!cursor_place(set->slots, set->size, cursor_hash(cursor))) {
        nitro_error(ctx, "The server returned an unexpected response: a page's cursor repeats an earlier one, so the "
                         "pages would never end");
        return NITRO_EXIT_FAILURE;
    }
    set->used++;
    return NITRO_EXIT_OK;
}

void nitro_cursor_set_free(nitro_cursor_set *set) {
    free(set->slots);
    memset(set, 0, sizeof *set);
}
