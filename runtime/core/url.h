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

/* A path segment or query value escaped for a URL (RFC 3986): every byte but
 * the unreserved ones (A-Z a-z 0-9 - . _ ~) as %XX, so that an id or a stage
 * name from anywhere stays one segment or one value. malloc'd; NULL without
 * memory. */
char *nitro_url_escape(const char *text);

/* True for http:// endpoints whose host is not a loopback address. */
bool nitro_endpoint_is_plaintext_remote(const char *endpoint);

#endif
