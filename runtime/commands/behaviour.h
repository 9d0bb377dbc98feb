/* What a command does, as data: the generator (generator/behaviour.py) turns
 * each command's spec tables into one nitro_behaviour, and the generic
 * executors in runtime/commands/executor.c run it. Paths are NULL-terminated arrays of
 * JSON keys; an element "[n]" indexes a list. Every path and placeholder was
 * checked against the operation and the schema when the tables were made. */
#ifndef NITRO_BEHAVIOUR_H
#define NITRO_BEHAVIOUR_H

#include <stdbool.h>
#include <stddef.h>

#include "args.h"
#include "gql_runtime.h"

typedef const char *const nitro_path[];

/* How a value is written: JSON formatters change what scripts see (as the
 * Nitro CLI writes it); the human ones only what a terminal shows. */
typedef enum {
    NITRO_FMT_NONE,
    NITRO_FMT_DATETIME,        /* a DateTime as .NET writes it: ...:ss[.fffffff]+HH:MM */
    NITRO_FMT_JOIN_PATH,       /* ["a","b"] -> "a/b" */
    NITRO_FMT_EXPIRES_IN,      /* human: "12 days", "Expired" */
    NITRO_FMT_WITH_EXPIRES_IN, /* human: the date, then " (12 days)" */
    NITRO_FMT_YES_NO,          /* human: a boolean as Yes / No */
} nitro_format;

typedef enum {
    NITRO_VALUE_STRING,
    NITRO_VALUE_BOOL,
    NITRO_VALUE_NUMBER,
    NITRO_VALUE_STRING_LIST,
    NITRO_VALUE_OBJECT,
    NITRO_VALUE_OBJECT_LIST, /* the list at `path`, each item an object of `fields` read from the item */
    NITRO_VALUE_CONSTANT,    /* always `constant` (null when NULL) */
} nitro_value_kind;

/* One key of a result: a value read at `path`, or an object of `fields`,
 * null when the response object at `path` (if any) is null. */
typedef struct nitro_field_def {
    const char *key;
    const char *const *path;
    nitro_value_kind kind;
    nitro_format format;
    const struct nitro_field_def *fields;
    size_t n_fields;
    /* Not from the response: a constant (kind NITRO_VALUE_CONSTANT: the text, or null when NULL; or
     * `key = "text"`), or an option's value (`key <- @option`). */
    const char *constant;
    bool from_input;
    size_t input_offset;
    nitro_opt_type input_type;
} nitro_field_def;

/* A value for a text or a table cell: read from the command's data object. */
typedef struct {
    const char *const *path;
    nitro_format format;
} nitro_value_ref;

typedef enum {
    NITRO_PART_TEXT,      /* literal */
    NITRO_PART_DATA,      /* a value of the result's data object */
    NITRO_PART_INPUT,     /* an option or argument */
    NITRO_PART_WORKSPACE, /* the resolved workspace id */
    NITRO_PART_CHECK,     /* a value of the pre-query's data object */
} nitro_part_kind;

typedef struct {
    nitro_part_kind kind;
    const char *text;
    nitro_value_ref value; /* DATA, CHECK */
    size_t offset;         /* INPUT: of its value in the options struct */
    nitro_opt_type type;   /* INPUT */
} nitro_text_part;

/* A message with placeholders; n_parts == 0 when the spec declares none. */
typedef struct {
    const nitro_text_part *parts;
    size_t n_parts;
} nitro_text;

/* A line of the human rendering: "Label: value", or a template when label is NULL. */
typedef struct {
    const char *label;
    nitro_value_ref value;
    nitro_text template_text;
} nitro_human_line;

typedef struct {
    const char *label;
    nitro_value_ref value;
} nitro_column;

typedef enum {
    NITRO_BIND_INPUT,     /* an option or argument */
    NITRO_BIND_WORKSPACE, /* --workspace-id, else the session's default workspace */
    NITRO_BIND_AFTER,     /* the page cursor */
    NITRO_BIND_FIRST,     /* the page size */
    NITRO_BIND_CONST,     /* a JSON literal */
} nitro_bind_kind;

typedef enum {
    NITRO_XF_NONE,
    NITRO_XF_DAYS_FROM_NOW, /* whole days -> a UTC DateTime, yyyy-MM-ddTHH:mm:ss.fffZ */
    NITRO_XF_SPLIT_PATH,    /* "/a/b" -> ["a","b"]; must start with '/' */
    NITRO_XF_UPPER,         /* a choice -> its enum value */
    NITRO_XF_JSON_LIST,     /* a JSON array as typed, sent as is; `constant` is what a value that is not one is told */
    NITRO_XF_SOURCE_METADATA, /* the CI's JSON -> SourceMetadataInput {github | azureDevOps} */
    NITRO_XF_DATE_TIME,       /* a date or date-time -> UTC yyyy-MM-ddTHH:mm:ss.fffZ; absent: now */
    NITRO_XF_DAYS_BEFORE,     /* the same, absent: `days` before the window's end (`other_offset`), never after it */
    NITRO_XF_TRUE_OR_NULL,    /* a flag: true when given, else null */
} nitro_transform;

/* One variable (or input field) and where its value comes from. */
typedef struct {
    const char *const *path; /* in the "variables" object */
    nitro_bind_kind kind;
    size_t offset;       /* INPUT: of its value in the options struct */
    nitro_opt_type type; /* INPUT */
    nitro_transform transform;
    const char *constant; /* CONST; JSON_LIST: the message for a value that is not a JSON array */
    /* Without a value: path[absent_depth - 1] is set to null, or omitted
     * when `omit` (a member of a @oneOf input). */
    unsigned absent_depth;
    bool omit;
    bool one_of;              /* the last key is a @oneOf member: the first bound member wins */
    const char *option;       /* the option's name, for messages */
    size_t other_offset;      /* DAYS_BEFORE: the option that ends the window (absent: now), else NITRO_NO_OPTION */
    long long days;           /* DAYS_BEFORE: the window's length */
    const char *other_option; /* DAYS_BEFORE: that option's name */
} nitro_binding;

typedef struct {
    const gql_operation *operation;
    const nitro_binding *bindings;
    size_t n_bindings;
} nitro_request_def;

/* A paged choice on a terminal (workspace, API). */
typedef struct {
    const char *name;
    nitro_request_def request;
    const char *const *connection; /* from data to the connection */
    long long page_size;
    nitro_value_ref value, label; /* from a node */
    nitro_value_ref detail;       /* shown beside the label (an API's path), or {0} */
    const char *empty;            /* said when there is nothing to choose */
    bool marks_default;           /* values are workspace ids: the session's default is marked, Enter takes it */
} nitro_picker;

/* An option that a picker fills on a terminal. */
typedef struct {
    size_t offset;
    const char *option;
    const nitro_picker *picker;
    const char *title;
} nitro_pick_def;

typedef struct {
    const char *label;
    size_t offset;              /* of the chosen option's value */
    const nitro_picker *picker; /* fills it; NULL: resolved later (the session's workspace) */
    const char *title;
} nitro_choice;

/* Options of which one is needed: asked for as a choice on a terminal. */
typedef struct {
    const char *missing; /* "'--workspace-id' or '--api-id'" */
    const size_t *offsets;
    size_t n_offsets;
    const char *question;
    const nitro_choice *choices;
    size_t n_choices;
} nitro_one_of;

typedef enum {
    NITRO_KIND_LIST,
    NITRO_KIND_MUTATION,
    NITRO_KIND_QUERY,
    NITRO_KIND_LOCAL,    /* reads the session file, sends nothing */
    NITRO_KIND_REPLACE,  /* finds an item, creates its successor, removes it (pat rotate) */
    NITRO_KIND_DOWNLOAD, /* a REST download into a file (download.c) */
    NITRO_KIND_STEPS,    /* runs its subcommands in turn (fusion publish) */
} nitro_kind;

struct nitro_behaviour;

typedef enum {
    NITRO_INHERIT_VALUE, /* the found item's value */
    NITRO_INHERIT_DAYS,  /* whole days from values[0] to values[1] (two DateTimes) */
} nitro_inherit_kind;

/* An option of the create command, from the replaced item. */
typedef struct {
    size_t target_offset; /* in the create command's options struct */
    nitro_opt_type target_type;
    size_t own_offset; /* the replacing command's option of the same name (wins when given), or NITRO_NO_OPTION */
    nitro_inherit_kind kind;
    nitro_value_ref values[2];
} nitro_inherit;

/* An item found by its ID in the pages of a list command that reads no option (pat rotate's, a check's). */
typedef struct {
    const struct nitro_behaviour *list;
    nitro_value_ref id; /* of a listed item */
    size_t id_offset;   /* the command's <id> */
} nitro_find_def;

typedef struct {
    nitro_find_def find;
    const struct nitro_behaviour *create, *remove;
    const char *find_words, *remove_words;     /* the commands as typed, for hints */
    size_t create_opts_size, remove_opts_size; /* of their options structs */
    const nitro_inherit *inherit;
    size_t n_inherit;
    size_t remove_id_offset, remove_force_offset;
} nitro_replace;

typedef enum {
    NITRO_SAVE_WORKSPACE_NEVER,
    NITRO_SAVE_WORKSPACE_ALWAYS,
    NITRO_SAVE_WORKSPACE_OPTION, /* when the bool option at save_workspace_offset is true */
} nitro_save_workspace;

#define NITRO_NO_OPTION ((size_t)-1)

/* One entry of a zip upload (`zip`): the files an option's glob patterns
 * match (a `multiple` option, or a string option of one pattern), each by
 * its path (under `folder` when set), or the one file under `rename`. */
typedef struct {
    size_t offset;       /* of the option's value */
    nitro_opt_type type; /* NITRO_OPT_STRING_LIST or NITRO_OPT_STRING */
    const char *option;  /* its name, for messages */
    const char *folder;  /* "prompts/", or NULL */
    const char *rename;  /* "schema.graphqls", or NULL */
} nitro_zip_entry_def;

/* A file sent with the operation (`files`): the string option naming it and
 * the Upload variable it fills, with the multipart part's file name (with a
 * `member`, the option names a zip and that member of it is sent); or (`zip`,
 * n_entries > 0) an archive made on the client of the entries' files, sent
 * under `file_name`. */
typedef struct {
    const char *const *path; /* in "variables" */
    size_t offset;           /* of the option's value (NITRO_NO_OPTION for a zip) */
    const char *option;      /* its name, for messages */
    const char *file_name;   /* e.g. "schema.graphql", "collection.zip" */
    const nitro_zip_entry_def *entries;
    size_t n_entries;
    bool binary;        /* a file of any bytes (an archive, `(binary)`); otherwise checked to be UTF-8 text */
    const char *member; /* "gateway/2.0.0/gateway.graphqls": the member of the zip the option names, or NULL */
} nitro_upload_def;

/* What a follow does on one event of its subscription. */
typedef enum {
    NITRO_OUTCOME_CONTINUE, /* progress: keep waiting */
    NITRO_OUTCOME_SUCCESS,  /* the request succeeded: exit 0 */
    NITRO_OUTCOME_FAILURE,  /* it failed: exit 1 */
} nitro_outcome;

typedef struct {
    const char *typename;      /* the union member's __typename */
    nitro_text say;            /* a progress line, filled from the event's fields */
    const char *const *errors; /* a list of errors (or changes) in the event, shown as a tree */
    nitro_outcome outcome;
    bool waiting;               /* waiting for an approval (shown with the waiting mark) */
    const char *const *details; /* a list shown as a tree only with --verbose (a success's changes) */
} nitro_event_def;

/* A subscription followed after the mutation (`follow`): its variables come
 * from the mutation's result object (`@data.<path>`) or from an option (the
 * request ID of a step of a request made before), each event (by
 * __typename) says a line and may end the command. */
typedef struct {
    const gql_operation *operation;
    const char *const *const *variable_paths; /* in "variables" */
    const char *const *const *value_paths;    /* in the mutation's result object */
    const size_t *value_offsets; /* or, where not NITRO_NO_OPTION, the string option it is (NULL: none are) */
    size_t n_variables;
    const char *const *data; /* from "data" to the event object */
    const nitro_event_def *events;
    size_t n_events;
    nitro_text created, failed, ended, stopped; /* request made; failure (stderr); no terminal event; Ctrl-C */
    size_t wait_offset;                         /* --wait-for-approval, or NITRO_NO_OPTION */
} nitro_follow_def;

/* A REST download (`download`): a GET of a path whose option values are
 * escaped, written atomically into the file an option names. */
typedef struct {
    nitro_text path;
    size_t file_offset;   /* the destination option */
    nitro_text not_found; /* said for a 404 */
    size_t format_offset; /* persisted queries (--format relay|folder), or NITRO_NO_OPTION for the body as is */
} nitro_download_def;

/* An option of a command that runs steps, copied into a step's options struct. */
typedef struct {
    size_t from, to; /* offsets in the command's and the step's structs */
    nitro_opt_type type;
} nitro_option_copy;

/* One step of a command that runs its subcommands in turn (`steps`). */
typedef struct {
    const struct nitro_behaviour *behaviour;
    size_t opts_size; /* of the step's options struct */
    const nitro_option_copy *copies;
    size_t n_copies;
    size_t carried_offset; /* the step's option filled with the carried value, or NITRO_NO_OPTION */
    size_t skip_offset;    /* the command's flag that leaves it out, or NITRO_NO_OPTION */
    size_t pass_offset;    /* the command's flag that lets its failure pass, or NITRO_NO_OPTION */
} nitro_step_def;

/* The steps, the value an earlier step's result gives the later ones (a request's ID) and the step that
 * gives back what the first ones took after a failure before the last one (`undo`). */
typedef struct {
    const nitro_step_def *steps;
    size_t n_steps;
    size_t carry_from;             /* the step whose result gives the carried value */
    const char *const *carry_path; /* in that step's result object */
    const char *carry_name;        /* the carried option's name, for hints */
    nitro_step_def undo;           /* behaviour NULL: none */
    const char *undo_words;        /* "nitro fusion publish cancel" */
} nitro_steps_def;

/* A value kept between runs (kept.json): its name and the options that key it (NITRO_NO_OPTION: the command
 * has no such option, any value matches). */
typedef struct {
    const char *name;
    const char *const *by;
    const size_t *by_offsets;
    size_t n_by;
} nitro_kept_def;
/* The item of a list whose `field` equals an option's value (a stage by its name):
 * a command's data or items are read below it (`select`). */
typedef struct {
    const char *const *list; /* from "data" to the list */
    const char *field;
    size_t offset;        /* of the option's value */
    nitro_text not_found; /* said when no item has it, or there is no list */
} nitro_select_def;

/* A mutation run once for each value of a list option (`each`): the option's `current` is set to each value
 * in turn; `say` is said after each request (from its data object), `done` before the values already done
 * when a later one fails or is interrupted. */
typedef struct {
    size_t offset;      /* of the nitro_list_value */
    const char *option; /* its name, for messages */
    nitro_text say, done;
} nitro_each_def;

/* The pages of a list after the first, from another query (`next-page`): the first page's operation has no
 * cursor (client list versions: the client with its first versions). */
typedef struct {
    nitro_request_def request;
    const char *const *connection;
} nitro_next_page_def;

typedef struct nitro_behaviour {
    nitro_kind kind;
    nitro_request_def request;
    const char *const *data;          /* from "data" to the result object, the connection of a list, or the
                                         list of objects (`items`) of a list that is not paged */
    const char *data_type;            /* the __typename the result object must have, or NULL */
    nitro_field_def result;           /* an object: the result, or one item of a list */
    const char *const *const *errors; /* payload error lists (or single objects) */
    size_t n_errors;
    const char *const *verbatim; /* error typenames whose message is printed as is */
    size_t n_verbatim;
    bool all_errors;      /* print every payload error, not only the first */
    bool not_a_user;      /* a null list means the credentials are no user's (exit 4) */
    bool only_to_confirm; /* a check sent only to name the item in a confirmation: not with --force */
    nitro_text activity, success, no_data, not_found, confirm, declined, notice;
    nitro_text confirm_by_id; /* asked when a check that finds the item in a list cannot name it */
    const char *recheck;      /* the command that shows whether a mutation of unknown outcome happened */
    const nitro_human_line *human;
    size_t n_human;
    const char *table_title;
    const nitro_column *columns;
    size_t n_columns;
    const struct nitro_behaviour *check; /* a query run first, or an item found (its data feeds {check.*}) */
    const nitro_find_def *find;          /* a check's: the item is found in a list's pages, not queried */
    const nitro_pick_def *picks;
    size_t n_picks;
    const nitro_one_of *one_of;
    nitro_save_workspace save_workspace;
    size_t save_workspace_offset;
    /* Options the executors read, NITRO_NO_OPTION when the command has none. */
    size_t force_offset, cursor_offset, all_offset, limit_offset, workspace_offset;
    size_t confirm_offset; /* a bool option asked as a yes/no question on a terminal */
    const char *confirm_question;
    const nitro_replace *replace;
    const nitro_upload_def *uploads; /* files sent with the mutation (multipart) */
    size_t n_uploads;
    const nitro_follow_def *follow; /* a subscription followed after the mutation */
    const nitro_download_def *download;
    const nitro_steps_def *steps; /* a command that runs its subcommands in turn */
    const nitro_kept_def *keep;   /* a result field kept for the commands after it (`keep`), at keep_path */
    const char *const *keep_path;
    const nitro_kept_def *kept; /* its option at kept_offset takes the kept value when not given */
    size_t kept_offset;
    const char *kept_missing;       /* the option's `missing` hint */
    bool forget;                    /* on success the kept value used is forgotten */
    const nitro_select_def *select; /* data and items are read below this item */
    /* Items kept of a list that is not paged: those whose value at filter_path equals the JSON filter_equals. */
    const char *const *filter_path;
    const char *filter_equals;
    const nitro_each_def *each;
    const nitro_next_page_def *next_page;
    const char *const *keep_if_any; /* a list of each item: an item where it is empty or absent is left out */
    /* Flags that cannot go together ("The '--a' and '--b' options are mutually exclusive."). */
    size_t exclusive_offsets[2];
    const char *exclusive_names[2];
} nitro_behaviour;

/* An option of a completer's list command that nitro __complete fills from its own option of that name (the
 * completion scripts pass --api-id or --workspace-id on from the line being completed). */
typedef struct {
    size_t offset; /* in the list command's options struct */
    const char *option;
} nitro_completer_input;

/* A shell completer: values from the pages of a list command, newest first
 * by `newest` when its path is set (runtime/commands/complete.c). */
typedef struct {
    const char *name;
    const nitro_behaviour *list;
    nitro_value_ref value, description, newest; /* description.path NULL: none */
    size_t opts_size;                           /* of the list command's options struct */
    const nitro_completer_input *inputs;
    size_t n_inputs;
} nitro_completer;

#endif
