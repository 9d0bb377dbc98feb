/* The types the generated command tables are made of, and the parser that
 * interprets them. The tables themselves live in generated/cli.c. */
#ifndef NITRO_ARGS_H
#define NITRO_ARGS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Where a parsed value came from; shown by tests and by `nitro status`. */
typedef enum {
    NITRO_SRC_UNSET = 0,
    NITRO_SRC_DEFAULT,
    NITRO_SRC_ENV,
    NITRO_SRC_ARGV,
    NITRO_SRC_PROMPT,
} nitro_source;

typedef struct {
    const char *value; /* NULL when unset */
    nitro_source source;
    const char *env_name; /* the variable it came from, for NITRO_SRC_ENV */
    char *owned;          /* set when the value was allocated (a prompt answer) */
} nitro_str_value;

/* A string option given once or more (`multiple` in the spec: --tag a --tag b, or --tag a b): `current` is
 * what bindings and messages read (the first value after parsing; the executor that runs the operation for
 * each value sets it to each in turn), `values` every value given, in order (their text is argv's or the
 * environment's; the array is the parser's). It starts with a nitro_str_value, so prompts and required
 * checks treat it as a string option. */
typedef struct {
    nitro_str_value current;
    const char **values;
    size_t count;
} nitro_list_value;

typedef struct {
    long long value;
    nitro_source source;
    const char *env_name;
} nitro_int_value;

typedef struct {
    bool value;
    nitro_source source;
    const char *env_name;
} nitro_flag_value;

#define NITRO_INT_MIN LLONG_MIN
#define NITRO_INT_MAX LLONG_MAX

typedef enum {
    NITRO_OPT_STRING,
    NITRO_OPT_INT,
    NITRO_OPT_FLAG,
    NITRO_OPT_BOOL,        /* a flag that may take true/false: --default, --default false */
    NITRO_OPT_STRING_LIST, /* a nitro_list_value */
} nitro_opt_type;

enum {
    NITRO_OPT_REQUIRED = 1u << 0,
    NITRO_OPT_SECRET = 1u << 1,
    NITRO_OPT_GLOBAL = 1u << 2,
    NITRO_OPT_NON_EMPTY = 1u << 3, /* "" or only spaces is a usage error */
    NITRO_OPT_HIDDEN = 1u << 4,    /* accepted, left out of help, docs and completions */
};

typedef struct {
    const char *name;       /* long name without the dashes */
    char short_name;        /* the one-letter alias (-p), or '\0' */
    const char *value_name; /* NULL for flags */
    nitro_opt_type type;
    size_t offset;          /* of its nitro_*_value in the command's options struct */
    const char *const *env; /* NULL-terminated, most preferred first; NULL when none */
    const char *default_text;
    long long min, max;
    const char *const *choices; /* NULL-terminated, or NULL */
    const char *prompt;
    const char *prompt_default; /* what an empty answer at the prompt gives, or NULL */
    unsigned flags;
    const char *missing_hint; /* said after "Missing required option": how to get its value, or NULL */
} nitro_option;

typedef struct {
    const char *value_name;
    size_t offset; /* of its nitro_str_value */
    const char *prompt;
    bool required;
    const char *const *choices; /* NULL-terminated, or NULL */
} nitro_arg;

typedef struct nitro_ctx nitro_ctx;

enum {
    NITRO_CMD_AUTH_REQUIRED = 1u << 0,
    NITRO_CMD_HIDDEN = 1u << 1,       /* for scripts (nitro __complete): not in help, suggestions or completions */
    NITRO_CMD_HAND_WRITTEN = 1u << 2, /* runs code of its own (nitro_run_hand_written) */
    NITRO_CMD_BEHAVIOUR = 1u << 3,    /* what it does is data (behaviour.h): nitro_command_behaviour() */
};

typedef struct nitro_command {
    const char *name;
    const char *words; /* "nitro pat create" */
    const char *summary;
    const char *help;                               /* the whole --help text */
    const char *usage;                              /* "nitro pat create [options]" */
    const struct nitro_command *const *subcommands; /* sorted by name */
    size_t n_subcommands;
    const nitro_option *options; /* sorted by name, globals included */
    size_t n_options;
    const nitro_arg *args;
    size_t n_args;
    size_t opts_size;
    unsigned flags;
    const char *explains; /* a Nitro CLI command nitro does not do: what to use instead (its arguments are
                             not read; it exits 2), or NULL */
    unsigned id;          /* which command it is, for the generated code */
    /* The root's: fills a node's tables the first time it is reached (the tables are not initialised
     * statically, see generated/cli.c); a node's parent has filled its name, summary and flags. */
    const struct nitro_command *(*load)(const struct nitro_command *command);
} nitro_command;

typedef struct {
    int code;
    const char *name;
    const char *meaning;
} nitro_exit_code;

/* Looks up an environment variable; tests pass their own. */
typedef const char *(*nitro_getenv_fn)(void *data, const char *name);

typedef enum {
    NITRO_PARSE_OK,
    NITRO_PARSE_HELP,             /* --help: print command->help on stdout */
    NITRO_PARSE_VERSION,          /* --version */
    NITRO_PARSE_NEEDS_SUBCOMMAND, /* a group without a subcommand: help on stderr */
    NITRO_PARSE_ERROR,            /* a usage error, described by the diagnostic */
} nitro_parse_status;

typedef struct {
    char message[512];
    char tip[256];
    char extra[256]; /* a line after the message, e.g. possible values */
} nitro_diag;

typedef struct {
    const nitro_command *command;
    void *opts; /* command->opts_size bytes, owned; NULL unless OK */
    /* The first required input still missing after argv, env and defaults;
     * the caller prompts for it or reports it. */
    const nitro_option *missing_option;
    const nitro_arg *missing_arg;
} nitro_parsed;

nitro_parse_status nitro_parse(const nitro_command *root, int argc, char *const *argv, nitro_getenv_fn getenv_fn,
                               void *env_data, nitro_parsed *out, nitro_diag *diag);

/* Recomputes the first required input that is still missing. */
void nitro_parsed_find_missing(nitro_parsed *parsed);

void nitro_parsed_free(nitro_parsed *parsed);

/* Prints a usage error in the clap layout: error, tip, usage, more information. */
void nitro_print_usage_error(FILE *out, const nitro_command *command, const nitro_diag *diag);

/* Parses a whole base-10 integer within [min, max]; false on anything else. */
bool nitro_parse_int(const char *text, long long min, long long max, long long *out);

/* A variable of nitro's, else its Nitro CLI name (NITRO_TIMEOUT, else BARISTA_TIMEOUT), as the Nitro CLI
 * looks them up; NULL when neither is set and not empty. *used names the one whose value it is. */
const char *nitro_env_either(nitro_getenv_fn getenv_fn, void *data, const char *nitro_name, const char *legacy,
                             const char **used);

/* The option named `name` (without dashes) of a command, or NULL. */
const nitro_option *nitro_find_option(const nitro_command *command, const char *name);

/* The argument/option values inside an options struct. */
static inline nitro_str_value *nitro_str_at(void *opts, size_t offset) {
    return (nitro_str_value *)((char *)opts + offset);
}

/* Every value of a list option (`multiple`): the parsed ones, or the one a prompt filled; *count 0 when none. */
const char *const *nitro_list_values(void *opts, size_t offset, size_t *count);

extern const nitro_command nitro_root_command;
const nitro_option *nitro_global_options(void); /* filled on first use, as every table below the root */
extern const size_t nitro_global_option_count;
const nitro_exit_code *nitro_exit_codes(void);
extern const size_t nitro_exit_code_count;

#endif
