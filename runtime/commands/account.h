/* The session's commands: nitro login (login.c), nitro logout and nitro
 * status (account.c), and what they print alike. */
#ifndef NITRO_ACCOUNT_H
#define NITRO_ACCOUNT_H

#include "json_out.h"

/* The default workspace as JSON: {"id", "name"}, or null without an id. */
void nitro_print_workspace_json(nitro_json *json, const char *id, const char *name);

#endif
