using System.Globalization;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Parses the timestamp forms the importers accept into UTC ticks: ISO 8601 with or without offset
/// ("T" or a space between date and time, 0-7 fraction digits, Z or ±hh:mm / ±hhmm / ±hh), a date alone, and Unix
/// seconds or milliseconds (an integer of magnitude 1e11 or more is milliseconds). A time without offset is in
/// the default zone.
/// </summary>
internal static class TimestampParser
{
    private const long MillisecondThreshold = 100_000_000_000;

    public static bool TryParse(ReadOnlySpan<char> text, TimeZoneInfo zone, out long utcTicks)
    {
        text = text.Trim();
        utcTicks = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (TryParseCommon(text, out var commonTicks))
        {
            return ToUtc(commonTicks, 0, false, zone, out utcTicks);
        }

        if (IsInteger(text))
        {
            return TryParseUnix(text, out utcTicks);
        }

        if (TryParseIso(text, out var localTicks, out var offset, out var hasOffset))
        {
            return ToUtc(localTicks, offset, hasOffset, zone, out utcTicks);
        }

        return TryParseFallback(text, zone, out utcTicks);
    }

    /// <summary>
    /// The shape most exports write, "yyyy-MM-dd HH:mm:ss" (or with 'T'), read in one pass without branching per
    /// digit; false for anything else, valid or not, which then goes the general way (so this only ever agrees
    /// with it). Days are counted as DateTime counts them (proleptic Gregorian from 0001-01-01).
    /// </summary>
    private static bool TryParseCommon(ReadOnlySpan<char> s, out long localTicks)
    {
        localTicks = 0;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] is not (' ' or 'T') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        uint y0 = s[0] - 48u, y1 = s[1] - 48u, y2 = s[2] - 48u, y3 = s[3] - 48u, mo0 = s[5] - 48u, mo1 = s[6] - 48u;
        uint d0 = s[8] - 48u, d1 = s[9] - 48u, h0 = s[11] - 48u, h1 = s[12] - 48u;
        uint mi0 = s[14] - 48u, mi1 = s[15] - 48u, s0 = s[17] - 48u, s1 = s[18] - 48u;
        if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (mo0 > 9) | (mo1 > 9) | (d0 > 9) | (d1 > 9)
            | (h0 > 9) | (h1 > 9) | (mi0 > 9) | (mi1 > 9) | (s0 > 9) | (s1 > 9))
        {
            return false;
        }

        var year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        var month = (int)((mo0 * 10) + mo1);
        var day = (int)((d0 * 10) + d1);
        var second = (int)((((h0 * 10) + h1) * 3600) + (((mi0 * 10) + mi1) * 60) + (s0 * 10) + s1);
        var leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysBefore[month] - DaysBefore[month - 1] + (leap && month == 2 ? 1 : 0)
            || (h0 * 10) + h1 > 23 || (mi0 * 10) + mi1 > 59 || (s0 * 10) + s1 > 59)
        {
            return false;
        }

        var y = year - 1;
        var days = (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBefore[month - 1] + (leap && month > 2 ? 1 : 0) + day - 1;
        localTicks = (days * TimeSpan.TicksPerDay) + (second * TimeSpan.TicksPerSecond);
        return true;
    }

    /// <summary>Days in a common year before each month (index 0 to 12).</summary>
    private static ReadOnlySpan<int> DaysBefore => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    private static bool IsInteger(ReadOnlySpan<char> text)
    {
        var digits = text[0] == '-' ? text[1..] : text;
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool TryParseUnix(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        // Compared on both sides instead of Math.Abs, which throws on long.MinValue; seconds are within range here,
        // so the * 1000 cannot overflow, and anything outside years 1-9999 is no timestamp.
        var ms = value is >= MillisecondThreshold or <= -MillisecondThreshold ? value : value * 1000;
        if (ms < -62_135_596_800_000 || ms > 253_402_300_799_999)
        {
            return false;
        }

        utcTicks = DateTime.UnixEpoch.Ticks + (ms * TimeSpan.TicksPerMillisecond);
        return true;
    }

    private static bool ToUtc(long localTicks, long offsetTicks, bool hasOffset, TimeZoneInfo zone, out long utcTicks)
    {
        if (hasOffset || ReferenceEquals(zone, TimeZoneInfo.Utc))
        {
            utcTicks = localTicks - offsetTicks;
            return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks;
        }

        var local = new DateTime(localTicks, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // A wall-clock time skipped by a DST change: read it with the standard offset.
            utcTicks = localTicks - zone.BaseUtcOffset.Ticks;
            return true;
        }

        utcTicks = TimeZoneInfo.ConvertTimeToUtc(local, zone).Ticks;
        return true;
    }

    private static bool TryParseFallback(ReadOnlySpan<char> text, TimeZoneInfo zone, out long utcTicks)
    {
        utcTicks = 0;
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return false;
        }

        return parsed.Kind switch
        {
            DateTimeKind.Utc => Assign(parsed.Ticks, out utcTicks),
            DateTimeKind.Local => Assign(parsed.ToUniversalTime().Ticks, out utcTicks),
            _ => ToUtc(parsed.Ticks, 0, false, zone, out utcTicks),
        };
    }

    private static bool Assign(long value, out long target)
    {
        target = value;
        return true;
    }

    private static bool TryParseIso(ReadOnlySpan<char> s, out long localTicks, out long offsetTicks, out bool hasOffset)
    {
        localTicks = 0;
        offsetTicks = 0;
        hasOffset = false;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        localTicks = new DateTime(year, month, day).Ticks;
        if (s.Length == 10)
        {
            return true;
        }

        if (s[10] is not ('T' or ' ') || !TryParseTime(s[11..], out var timeTicks, out var rest))
        {
            return false;
        }

        localTicks += timeTicks;
        return TryParseOffset(rest, out offsetTicks, out hasOffset);
    }

    private static bool TryParseTime(ReadOnlySpan<char> s, out long ticks, out ReadOnlySpan<char> rest)
    {
        ticks = 0;
        rest = default;
        if (s.Length < 5 || s[2] != ':' || !TryDigits(s[..2], out var hour) || !TryDigits(s.Slice(3, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        var at = 5;
        if (s.Length >= 8 && s[5] == ':')
        {
            if (!TryDigits(s.Slice(6, 2), out second) || second > 59)
            {
                return false;
            }

            at = 8;
        }

        ticks = (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
        if (at < s.Length && s[at] is '.' or ',')
        {
            at = ReadFraction(s, at + 1, ref ticks);
            if (at < 0)
            {
                return false;
            }
        }

        rest = s[at..];
        return true;
    }

    private static int ReadFraction(ReadOnlySpan<char> s, int at, ref long ticks)
    {
        var scale = TimeSpan.TicksPerSecond / 10;
        var start = at;
        while (at < s.Length && char.IsAsciiDigit(s[at]))
        {
            ticks += (s[at] - '0') * scale;
            scale /= 10;
            at++;
        }

        return at == start ? -1 : at;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out long offsetTicks, out bool hasOffset)
    {
        offsetTicks = 0;
        hasOffset = !s.IsEmpty;
        if (s.IsEmpty)
        {
            return true;
        }

        if (s is "Z" or "z")
        {
            return true;
        }

        if (s[0] is not ('+' or '-') || s.Length < 3 || !TryDigits(s.Slice(1, 2), out var hours))
        {
            return false;
        }

        var minutesText = s.Length switch { 3 => "00", 5 => s.Slice(3, 2), 6 when s[3] == ':' => s.Slice(4, 2), _ => "x" };
        if (!TryDigits(minutesText, out var minutes) || hours > 14 || minutes > 59)
        {
            return false;
        }

        offsetTicks = (hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute);
        offsetTicks = s[0] == '-' ? -offsetTicks : offsetTicks;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
