/* Choices on a terminal: a numbered picker over a paged query (a workspace,
 * an API), and the options a command fills that way (`pick`, `one-of`). */
#include "executor.h"

#include <stdlib.h>

#include "list.h"
#include "safe_text.h"
#include "term.h"

#define PICKER_MAX_PAGES 20

int nitro_pick(nitro_ctx *ctx, const nitro_picker *picker, const char *title, const void *opts, const char *workspace,
               char **value, char **label) {
    nitro_page pages[PICKER_MAX_PAGES];
    size_t n_pages = 0, total = 0;
    int code = NITRO_EXIT_OK;
    const char *after = NULL;
    *value = *label = NULL;
    do {
        code = nitro_page_fetch(ctx, &picker->request, picker->connection, opts, after, picker->page_size, workspace,
                                NULL, &pages[n_pages]);
        if (code) break;
        total += pages[n_pages].count;
        after = pages[n_pages].has_next ? pages[n_pages].end_cursor : NULL;
        n_pages++;
    } while (after && n_pages < PICKER_MAX_PAGES);
    if (!code && total == 0) {
        nitro_error(ctx, "%s", picker->empty);
        code = NITRO_EXIT_FAILURE;
    }
    if (!code) {
        fprintf(ctx->err, "%s\n", title);
        size_t number = 0;
        for (size_t p = 0; p < n_pages; p++) {
            for (size_t i = 0; i < pages[p].count; i++) {
                char *text = nitro_ref_text(pages[p].nodes[i], &picker->label);
                fprintf(ctx->err, "  %zu) ", ++number);
                nitro_put_safe(ctx->err, text);
                fputc('\n', ctx->err);
                free(text);
            }
        }
        for (;;) {
            char *answer = NULL;
            nitro_prompt_status status = nitro_prompt_line(ctx->err, "Number", &answer);
            if (status == NITRO_PROMPT_INTERRUPTED) {
                code = NITRO_EXIT_INTERRUPTED;
                break;
            }
            if (status != NITRO_PROMPT_OK) {
                code = NITRO_EXIT_USAGE;
                break;
            }
            long long chosen;
            bool valid = nitro_parse_int(answer, 1, (long long)number, &chosen);
            free(answer);
            if (!valid) {
                fprintf(ctx->err, "Please answer with a number from 1 to %zu.\n", number);
                continue;
            }
            for (size_t p = 0; p < n_pages; p++) {
                if ((size_t)chosen <= pages[p].count) {
                    *value = nitro_ref_text(pages[p].nodes[chosen - 1], &picker->value);
                    *label = nitro_ref_text(pages[p].nodes[chosen - 1], &picker->label);
                    break;
                }
                chosen -= (long long)pages[p].count;
            }
            if (!*value) code = NITRO_EXIT_FAILURE;
            break;
        }
    }
    for (size_t p = 0; p < n_pages; p++)
        nitro_page_free(&pages[p]);
    return code;
}

/* Stores a picked value in its option (owned by the options struct). */
static void set_option(void *opts, size_t offset, char *value) {
    nitro_str_value *option = nitro_str_at(opts, offset);
    free(option->owned);
    option->value = option->owned = value;
    option->source = NITRO_SRC_PROMPT;
}

/* Fills the options a terminal user chooses: one of a group, then pickers. */
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
            for (;;) {
                char *answer = NULL;
                nitro_prompt_status status = nitro_prompt_line(ctx->err, "Number", &answer);
                if (status == NITRO_PROMPT_INTERRUPTED) return NITRO_EXIT_INTERRUPTED;
                if (status != NITRO_PROMPT_OK) return NITRO_EXIT_USAGE;
                bool valid = nitro_parse_int(answer, 1, (long long)one_of->n_choices, &chosen);
                free(answer);
                if (valid) break;
                fprintf(ctx->err, "Please answer with a number from 1 to %zu.\n", one_of->n_choices);
            }
            const nitro_choice *choice = &one_of->choices[chosen - 1];
            if (choice->picker) {
                int code = NITRO_EXIT_OK;
                const char *workspace = nitro_request_needs_workspace(&choice->picker->request)
                                            ? nitro_resolve_workspace(ctx, behaviour, opts, &code)
                                            : NULL;
                if (code) return code;
                char *value = NULL, *label = NULL;
                code = nitro_pick(ctx, choice->picker, choice->title, opts, workspace, &value, &label);
                free(label);
                if (code) return code;
                set_option(opts, choice->offset, value);
            }
        }
    }
    return NITRO_EXIT_OK;
}

int nitro_fill_pick(nitro_ctx *ctx, const nitro_behaviour *behaviour, void *opts, size_t offset) {
    for (size_t i = 0; i < behaviour->n_picks; i++) {
        const nitro_pick_def *pick = &behaviour->picks[i];
        if (pick->offset != offset) continue;
        int code = NITRO_EXIT_OK;
        const char *workspace = nitro_request_needs_workspace(&pick->picker->request)
                                    ? nitro_resolve_workspace(ctx, behaviour, opts, &code)
                                    : NULL;
        if (code) return code;
        char *value = NULL, *label = NULL;
        code = nitro_pick(ctx, pick->picker, pick->title, opts, workspace, &value, &label);
        free(label);
        if (code) return code;
        set_option(opts, offset, value);
        return NITRO_EXIT_OK;
    }
    return -1;
}
