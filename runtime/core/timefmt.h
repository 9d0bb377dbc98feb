/* ISO 8601 timestamps as the Nitro API writes them (2026-05-31T12:00:00.000+00:00). */
#ifndef NITRO_TIMEFMT_H
#define NITRO_TIMEFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Writes `now` plus `days` in UTC as yyyy-MM-ddTHH:mm:ss.fffZ, the form the Nitro CLI sends as
 * pat create's expiresAt. False when it does not fit or leaves the years 1 to 9999. */
bool nitro_iso_after_days(const struct timespec *now, long long days, char *out, size_t size);

/* `seconds` after `now` in UTC with milliseconds and a +00:00 offset (the session's expiresAt). */
bool nitro_iso_after_seconds(const struct timespec *now, long long seconds, char *out, size_t size);

/* Parses date, time, optional fraction and Z or ±hh:mm into seconds since the epoch. */
bool nitro_iso_parse(const char *text, long long *epoch_seconds);

/* Rewrites a server DateTime as the Nitro CLI prints it (.NET's DateTimeOffset through System.Text.Json):
 * yyyy-MM-ddTHH:mm:ss[.fffffff]+HH:MM, the fraction only when not zero, with trailing zeros trimmed and
 * digits after the seventh dropped (.NET keeps 100 ns ticks), and the offset as given (Z and -00:00 become
 * +00:00, -05 becomes -05:00). Accepts what System.Text.Json reads: yyyy-MM-ddTHH:mm[:ss[.f...]] with 1 to
 * 16 fraction digits, then Z, ±HH or ±HH:MM (at most 14:00); a real calendar date in the years 1 to 9999,
 * also once the offset is taken away; no leap second. A value without an offset is refused too: .NET would
 * read it as the machine's local time. False, with `out` unspecified, for anything else or when the result
 * (at most 33 characters) does not fit: the caller then prints the server's text unchanged. */
bool nitro_datetime_net(const char *iso, char *out, size_t size);

/* "30 days", "1 day" (to the nearest day), "less than a day" or "Expired" for an expiry timestamp. */
void nitro_expires_in(const char *expires_at, time_t now, char *out, size_t size);

#endif
