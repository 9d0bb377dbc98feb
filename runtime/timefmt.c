#include "timefmt.h"

#include <stdio.h>
#include <string.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm);
 * timegm() is not standard C or POSIX. */
static long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

bool nitro_iso_after_days(const struct timespec *now, long long days, char *out, size_t size) {
    return nitro_iso_after_seconds(now, days * 86400, out, size);
}

bool nitro_iso_after_seconds(const struct timespec *now, long long seconds, char *out, size_t size) {
    time_t when = now->tv_sec + (time_t)seconds;
    struct tm tm;
    if (!gmtime_r(&when, &tm)) return false;
    char base[32];
    if (strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm) == 0) return false;
    int written = snprintf(out, size, "%s.%03ld+00:00", base, now->tv_nsec / 1000000);
    return written > 0 && (size_t)written < size;
}

static bool digits(const char *p, int n, int *value) {
    *value = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') return false;
        *value = *value * 10 + (p[i] - '0');
    }
    return true;
}

bool nitro_iso_parse(const char *text, long long *epoch_seconds) {
    int year, month, day, hour, minute, second;
    const char *p = text;
    if (strlen(p) < 19 || !digits(p, 4, &year) || p[4] != '-' || !digits(p + 5, 2, &month) || p[7] != '-' ||
        !digits(p + 8, 2, &day) || (p[10] != 'T' && p[10] != 't' && p[10] != ' ') || !digits(p + 11, 2, &hour) ||
        p[13] != ':' || !digits(p + 14, 2, &minute) || p[16] != ':' || !digits(p + 17, 2, &second)) {
        return false;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return false;
    p += 19;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    long long offset = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int oh, om;
        if (!digits(p + 1, 2, &oh) || p[3] != ':' || !digits(p + 4, 2, &om)) return false;
        offset = (oh * 3600LL + om * 60LL) * (*p == '-' ? -1 : 1);
        p += 6;
    } else {
        return false;
    }
    if (*p != '\0') return false;
    *epoch_seconds =
        days_from_civil(year, (unsigned)month, (unsigned)day) * 86400 + hour * 3600LL + minute * 60LL + second - offset;
    return true;
}

void nitro_expires_in(const char *expires_at, time_t now, char *out, size_t size) {
    long long expires;
    if (!expires_at || !nitro_iso_parse(expires_at, &expires)) {
        snprintf(out, size, "?");
        return;
    }
    long long left = expires - (long long)now;
    if (left <= 0) {
        snprintf(out, size, "Expired");
        return;
    }
    long long days = left / 86400;
    if (days == 0) {
        snprintf(out, size, "less than a day");
    } else {
        snprintf(out, size, "%lld %s", days, days == 1 ? "day" : "days");
    }
}
