/* libFuzzer target: cloud URL normalisation and the plaintext check
 * (runtime/core/url.c). Input: the --cloud-url text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char why[300];
    char *endpoint = nitro_endpoint_from_cloud_url(text, why, sizeof why);
    if (endpoint) {
        /* The result is always <scheme>://<host>/graphql. */
        if (strncmp(endpoint, "http://", 7) != 0 && strncmp(endpoint, "https://", 8) != 0) abort();
        size_t n = strlen(endpoint);
        if (n < 8 || strcmp(endpoint + n - 8, "/graphql") != 0) abort();
        (void)nitro_endpoint_is_plaintext_remote(endpoint);
        free(endpoint);
    }
    (void)nitro_endpoint_is_plaintext_remote(text);
    free(text);
    return 0;
}
