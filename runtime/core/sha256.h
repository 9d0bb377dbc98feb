/* SHA-256 (FIPS 180-4), for the PKCE code challenge. nitro links no crypto
 * library of its own, and the challenge is the only digest it needs. */
#ifndef NITRO_SHA256_H
#define NITRO_SHA256_H

#include <stddef.h>
#include <stdint.h>

void nitro_sha256(const void *data, size_t len, uint8_t digest[32]);

#endif
