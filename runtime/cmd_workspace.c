/* nitro workspace list */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "generated/lists.h"
#include "list.h"

static void workspace_cell(const nitro_item *item, size_t column, char *out, size_t size) {
    if (item->fields[column].is_bool) {
        snprintf(out, size, "%s", item->fields[column].flag ? "Yes" : "No");
    } else {
        snprintf(out, size, "%s", item->fields[column].text);
    }
}

static const nitro_list_def workspace_list = {
    .title = "Workspaces",
    .columns = {"Id", "Name", "IsPersonal"},
    .n_columns = 3,
    .n_fields = 3,
    .fetch = nitro_fetch_workspace_list,
    .cell = workspace_cell,
};

int nitro_cmd_workspace_list(nitro_ctx *ctx, nitro_opts_workspace_list *opts) {
    return nitro_list_run(ctx, &workspace_list, opts->cursor.value, opts->all.value);
}
