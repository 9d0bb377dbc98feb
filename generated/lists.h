/* Generated from spec/nitro.toml by generator/generate.py. Do not edit. */
#ifndef NITRO_GENERATED_LISTS_H
#define NITRO_GENERATED_LISTS_H

#include "list.h"

/* One page of `pat list` (ListPersonalAccessTokenCommandQuery): values[] of
 * id, description, createdAt, expiresAt. */
int nitro_fetch_pat_list(nitro_ctx *ctx, const char *after, long long first, nitro_page *page);

/* One page of `workspace list` (ListWorkspaceCommandQuery): values[] of
 * id, name, personal. */
int nitro_fetch_workspace_list(nitro_ctx *ctx, const char *after, long long first, nitro_page *page);

#endif
