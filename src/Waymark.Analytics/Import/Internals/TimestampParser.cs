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
    /// The shape most exports write, "yyyy-MM-dd HH:mm:ss" (or with 'T'), read in one pass; false for anything else,
    /// valid or not, which then goes the general way (so this only ever agrees with it).
    /// </summary>
    private static bool TryParseCommon(ReadOnlySpan<char> s, out long localTicks)
    {
        localTicks = 0;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] is not (' ' or 'T') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        for (var i = 0; i < 19; i++)
        {
            if (!char.IsAsciiDigit(s[i]) && i is not (4 or 7 or 10 or 13 or 16))
            {
                return false;
            }
        }

        var year = (Pair(s, 0) * 100) + Pair(s, 2);
        var month = Pair(s, 5);
        var day = Pair(s, 8);
        var hour = Pair(s, 11);
        var minute = Pair(s, 14);
        var second = Pair(s, 17);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        localTicks = new DateTime(year, month, day).Ticks + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
        return true;
    }

    private static int Pair(ReadOnlySpan<char> s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');

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
