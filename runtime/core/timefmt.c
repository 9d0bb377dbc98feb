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

/* `now` plus `seconds` in UTC with milliseconds and `zone` after them; false outside the years 1 to
 * 9999, which is all the API's DateTime (.NET's) can hold. */
static bool format_utc_ms(const struct timespec *now, long long seconds, const char *zone, char *out, size_t size) {
    /* Bounds before adding, so neither the sum nor the time_t conversion can overflow. */
    const long long limit = 400LL * 366 * 86400 * 100; /* some 40000 years: past any DateTime */
    if (seconds > limit || seconds < -limit || now->tv_sec > limit || now->tv_sec < -limit) return false;
    if (now->tv_nsec < 0 || now->tv_nsec >= 1000000000L) return false;
    long long sum = (long long)now->tv_sec + seconds;
    time_t when = (time_t)sum;
    if ((long long)when != sum) return false; /* a 32-bit time_t */
    struct tm tm;
    if (!gmtime_r(&when, &tm)) return false;
    if (tm.tm_year < 1 - 1900 || tm.tm_year > 9999 - 1900) return false;
    int written = snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d.%03ld%s", tm.tm_year + 1900, tm.tm_mon + 1,
                           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, now->tv_nsec / 1000000, zone);
    return written > 0 && (size_t)written < size;
}

bool nitro_iso_after_days(const struct timespec *now, long long days, char *out, size_t size) {
    if (days > 4000000 || days < -4000000) return false; /* more than the 10000 years a DateTime spans */
    return format_utc_ms(now, days * 86400, "Z", out, size);
}

bool nitro_iso_after_seconds(const struct timespec *now, long long seconds, char *out, size_t size) {
    return format_utc_ms(now, seconds, "+00:00", out, size);
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

static bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool nitro_datetime_net(const char *iso, char *out, size_t size) {
    if (!iso || !out || size == 0) return false;
    /* Each test reads one character further and stops at the first mismatch, so a short string is
     * never read past its terminator. */
    int year, month, day, hour, minute, second = 0;
    const char *p = iso;
    if (!digits(p, 4, &year) || p[4] != '-' || !digits(p + 5, 2, &month) || p[7] != '-' || !digits(p + 8, 2, &day) ||
        p[10] != 'T' || !digits(p + 11, 2, &hour) || p[13] != ':' || !digits(p + 14, 2, &minute)) {
        return false;
    }
    p += 16;
    char fraction[8] = {0}; /* the first seven digits: .NET's ticks are 100 ns */
    if (*p == ':') {
        if (!digits(p + 1, 2, &second)) return false;
        p += 3;
        if (*p == '.') {
            p++;
            int count = 0;
            /* System.Text.Json reads up to 16 digits; a 17th is not an offset and fails below. */
            for (; count < 16 && *p >= '0' && *p <= '9'; count++, p++) {
                if (count < 7) fraction[count] = *p;
            }
            if (count == 0) return false;
            for (int i = 6; i >= 0 && (fraction[i] == '0' || fraction[i] == '\0'); i--)
                fraction[i] = '\0';
        }
    }
    int sign, offset_hours = 0, offset_minutes = 0;
    if (*p == 'Z') {
        sign = 1;
        p++;
    } else if (*p == '+' || *p == '-') {
        sign = *p == '-' ? -1 : 1;
        if (!digits(p + 1, 2, &offset_hours)) return false;
        p += 3;
        if (*p == ':') {
            if (!digits(p + 1, 2, &offset_minutes)) return false;
            p += 3;
        }
    } else {
        return false; /* no offset: .NET would assume the machine's local time */
    }
    if (*p != '\0') return false;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 ||
        minute > 59 || second > 59) {
        return false;
    }
    if (offset_hours > 14 || offset_minutes > 59 || (offset_hours == 14 && offset_minutes != 0)) return false;
    /* The instant itself must lie in 0001-01-01 .. 9999-12-31 UTC, as .NET's DateTimeOffset requires. */
    long long local =
        days_from_civil(year, (unsigned)month, (unsigned)day) * 86400 + hour * 3600LL + minute * 60LL + second;
    long long utc = local - sign * (offset_hours * 3600LL + offset_minutes * 60LL);
    if (utc < days_from_civil(1, 1, 1) * 86400 || utc > days_from_civil(9999, 12, 31) * 86400 + 86399) return false;
    char offset_sign = sign < 0 && (offset_hours || offset_minutes) ? '-' : '+';
    int written = snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d%s%s%c%02d:%02d", year, month, day, hour, minute,
                           second, fraction[0] ? "." : "", fraction, offset_sign, offset_hours, offset_minutes);
    return written > 0 && (size_t)written < size;
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
    /* Rounded to the nearest day, as pat create reports a token's lifetime: a token made for 3 days still reads
     * "3 days" a minute later, not "2 days". */
    long long days = (left + 43200) / 86400;
    if (days == 0) {
        snprintf(out, size, "less than a day");
    } else {
        snprintf(out, size, "%lld %s", days, days == 1 ? "day" : "days");
    }
}
