/* Cloud URL normalisation, as the Nitro CLI does it. */
#ifndef NITRO_URL_H
#define NITRO_URL_H

#include <stdbool.h>
#include <stddef.h>

#define NITRO_DEFAULT_CLOUD_URL "api.chillicream.com"

/* Turns --cloud-url input into the GraphQL endpoint: blank means the default
 * host; no scheme means https://; the path becomes /graphql; user-info, query
 * and fragment are dropped. Returns a malloc'd string, or NULL with `err` set. */
char *nitro_endpoint_from_cloud_url(const char *cloud_url, char *err, size_t err_size);

/* True for http:// endpoints whose host is not a loopback address. */
bool nitro_endpoint_is_plaintext_remote(const char *endpoint);

#endif
