/* ISO 8601 timestamps as the Nitro API writes them (2026-05-31T12:00:00.000+00:00). */
#ifndef NITRO_TIMEFMT_H
#define NITRO_TIMEFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Writes `now` plus `days` in UTC with milliseconds and a +00:00 offset. */
bool nitro_iso_after_days(const struct timespec *now, long long days, char *out, size_t size);

/* The same, `seconds` after `now`. */
bool nitro_iso_after_seconds(const struct timespec *now, long long seconds, char *out, size_t size);

/* Parses date, time, optional fraction and Z or ±hh:mm into seconds since the epoch. */
bool nitro_iso_parse(const char *text, long long *epoch_seconds);

/* "30 days", "1 day" or "Expired" for an expiry timestamp. */
void nitro_expires_in(const char *expires_at, time_t now, char *out, size_t size);

#endif
