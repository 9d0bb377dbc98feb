/* Choices on a terminal: a numbered picker over a paged query (a workspace,
 * an API), and the options a command fills that way (`pick`, `one-of`). */
#include "executor.h"

#include <stdlib.h>
#include <string.h>

#include "credentials.h"
#include "list.h"
#include "safe_text.h"
#include "term.h"

/* Asks for a number from 1 to `count` until one is given; Enter alone takes `highlighted` (the first choice,
 * or the current one), as the Nitro CLI's arrow-key pickers do. An exit code, or 0 with *chosen set. */
static int ask_number(nitro_ctx *ctx, size_t count, size_t highlighted, long long *chosen) {
    char question[48];
    snprintf(question, sizeof question, "Number [%zu]", highlighted);
    for (;;) {
        char *answer = NULL;
        nitro_prompt_status status = nitro_prompt_line(ctx->err, question, &answer);
        if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
        if (status != NITRO_PROMPT_OK) return NITRO_EXIT_USAGE;
        bool enter = answer[strspn(answer, " \t")] == '\0';
        if (enter) *chosen = (long long)highlighted;
        bool valid = enter || nitro_parse_int(answer, 1, (long long)count, chosen);
        free(answer);
        if (valid) return NITRO_EXIT_OK;
        fprintf(ctx->err, "Please answer with a number from 1 to %zu, or Enter for %zu.\n", count, highlighted);
    }
}

int nitro_choices_fetch(nitro_ctx *ctx, const nitro_picker *picker, const void *opts, const char *workspace,
                        long long page_size, nitro_choices *choices) {
    memset(choices, 0, sizeof *choices);
    const char *after = NULL;
    do {
        nitro_page *page = &choices->pages[choices->n_pages];
        int code =
            nitro_page_fetch(ctx, &picker->request, picker->connection, opts, after, page_size, workspace, NULL, page);
        if (code) return code;
        choices->n_pages++;
        choices->total += page->count;
        after = page->has_next ? page->end_cursor : NULL;
    } while (after && choices->n_pages < NITRO_PICKER_MAX_PAGES);
    return NITRO_EXIT_OK;
}

void nitro_choices_free(nitro_choices *choices) {
    for (size_t p = 0; p < choices->n_pages; p++)
        nitro_page_free(&choices->pages[p]);
    choices->n_pages = choices->total = 0;
}

int nitro_choices_ask(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const nitro_choices *choices,
                      char **value, char **label) {
    *value = *label = NULL;
    fprintf(ctx->err, "%s\n", title);
    /* A workspace picker marks the session's default workspace and takes it on Enter. */
    const char *current = picker->marks_default && nitro_ctx_session(ctx) == NITRO_SESSION_OK
                              ? nitro_session_value(&ctx->session, NITRO_SESSION_FIELD_WORKSPACE_ID)
                              : NULL;
    size_t number = 0, highlighted = 1;
    for (size_t p = 0; p < choices->n_pages; p++) {
        for (size_t i = 0; i < choices->pages[p].count; i++) {
            const cJSON *node = choices->pages[p].nodes[i];
            char *text = nitro_ref_text(node, &picker->label);
            fprintf(ctx->err, "  %zu) ", ++number);
            nitro_put_safe(ctx->err, text);
            free(text);
            /* What tells items of one name apart (an API's path), as the spec declares it. */
            char *detail = picker->detail.path ? nitro_ref_text(node, &picker->detail) : NULL;
            if (detail && *detail) {
                fputs("  (", ctx->err);
                nitro_put_safe(ctx->err, detail);
                fputc(')', ctx->err);
            }
            free(detail);
            char *id = current ? nitro_ref_text(node, &picker->value) : NULL;
            if (id && strcmp(id, current) == 0) {
                fputs("  (default)", ctx->err);
                highlighted = number;
            }
            free(id);
            fputc('\n', ctx->err);
        }
    }
    long long chosen = 0;
    int code = ask_number(ctx, number, highlighted, &chosen);
    for (size_t p = 0; !code && p < choices->n_pages; p++) {
        if ((size_t)chosen <= choices->pages[p].count) {
            *value = nitro_ref_text(choices->pages[p].nodes[chosen - 1], &picker->value);
            *label = nitro_ref_text(choices->pages[p].nodes[chosen - 1], &picker->label);
            if (!*value) code = NITRO_EXIT_FAILURE;
            break;
        }
        chosen -= (long long)choices->pages[p].count;
    }
    return code;
}

int nitro_pick(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const void *opts, const char *workspace,
               char **value, char **label) {
    nitro_choices choices;
    *value = *label = NULL;
    int code = nitro_choices_fetch(ctx, picker, opts, workspace, picker->page_size, &choices);
    if (!code && choices.total == 0) {
        nitro_error(ctx, "%s", picker->empty);
        code = NITRO_EXIT_FAILURE;
    }
    if (!code) code = nitro_choices_ask(ctx, picker, title, &choices, value, label);
    nitro_choices_free(&choices);
    return code;
}

/* Stores a picked value in its option (owned by the options struct). */
static void set_option(void *opts, size_t offset, char *value) {
    nitro_str_value *option = nitro_str_at(opts, offset);
    free(option->owned);
    option->value = option->owned = value;
    option->source = NITRO_SRC_PROMPT;
}

/* Runs `picker` (in the command's workspace when its query needs one) and
 * stores the chosen value in the option at `offset`; an exit code. */
static int pick_into(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, const nitro_picker *picker,
                     const char *title, size_t offset) {
    int code = NITRO_EXIT_OK;
    const char *workspace =
        nitro_request_needs_workspace(&picker->request) ? nitro_resolve_workspace(ctx, behaviour, opts, &code) : NULL;
    if (code) return code;
    char *value = NULL, *label = NULL;
    code = nitro_pick(ctx, picker, title, opts, workspace, &value, &label);
    free(label);
    if (!code) set_option(opts, offset, value);
    return code;
}

/* Fills the options of a one-of group on a terminal: the choice, then its picker. */
int nitro_choose_inputs(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts) {
    const nitro_one_of *one_of = behaviour->one_of;
    if (one_of) {
        bool any = false;
        for (size_t i = 0; i < one_of->n_offsets; i++)
            any |= nitro_option_given(opts, one_of->offsets[i]);
        if (!any && !ctx->interactive) {
            nitro_error(ctx, "Missing required option %s.", one_of->missing);
            return NITRO_EXIT_USAGE;
        }
        if (!any) {
            fprintf(ctx->err, "%s\n", one_of->question);
            for (size_t i = 0; i < one_of->n_choices; i++)
                fprintf(ctx->err, "  %zu) %s\n", i + 1, one_of->choices[i].label);
            long long chosen = 0;
            int code = ask_number(ctx, one_of->n_choices, 1, &chosen);
            if (code) return code;
            const nitro_choice *choice = &one_of->choices[chosen - 1];
            if (choice->picker) return pick_into(ctx, behaviour, opts, choice->picker, choice->title, choice->offset);
        }
    }
    return NITRO_EXIT_OK;
}

int nitro_fill_pick(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, size_t offset) {
    for (size_t i = 0; i < behaviour->n_picks; i++) {
        const nitro_pick_def *pick = &behaviour->picks[i];
        if (pick->offset == offset) return pick_into(ctx, behaviour, opts, pick->picker, pick->title, offset);
    }
    return -1;
}
