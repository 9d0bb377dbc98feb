/* The top of a run: a parsed command line to its exit status (app.c). */
#ifndef NITRO_APP_H
#define NITRO_APP_H

#include "args.h"

/* Runs a parsed command line; returns the exit status. */
int nitro_app_run(nitro_parsed *parsed, nitro_getenv_fn getenv_fn, void *env_data);

#endif
