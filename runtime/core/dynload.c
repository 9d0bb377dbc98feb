/* dlopen, dlsym, dlerror */
#define _GNU_SOURCE
#include "dynload.h"

#include <dlfcn.h>
#include <stdio.h>

bool nitro_dl_resolve(void *library, const char *what, const char *soname, const nitro_dl_symbol *symbols, size_t count,
                      char *error, size_t error_size) {
    if (!library) {
        const char *why = dlerror();
        snprintf(error, error_size, "%s could not be loaded: %s", what, why ? why : soname);
        return false;
    }
    for (size_t i = 0; i < count; i++) {
        *symbols[i].slot = dlsym(library, symbols[i].name);
        if (!*symbols[i].slot) {
            const char *why = dlerror();
            snprintf(error, error_size, "%s could not be loaded: %s", what, why ? why : symbols[i].name);
            dlclose(library);
            return false;
        }
    }
    return true;
}
