namespace Waymark.Server.Features.Ingest;

/// <summary>
/// The timestamps senders nearly always write, <c>yyyy-MM-ddTHH:mm:ss</c> with up to 7 fraction digits and <c>Z</c>, an
/// offset <c>±HH:mm</c> or nothing (UTC), read from the raw UTF-8 bytes. Anything else (a space for the T, other
/// fractions, lower-case z, out-of-range fields) is not decided here: the caller falls back to
/// <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>,
/// so this path only ever accepts what that parse accepts, with the same instant (tested side by side).
/// </summary>
internal static class IsoTimestamp
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;
    private static readonly long MaxOffset = TimeSpan.FromHours(14).Ticks;

    public static bool TryParse(ReadOnlySpan<byte> s, out long utcTicks)
    {
        utcTicks = 0;
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
            !Number(s, 0, 4, out var year) || !Number(s, 5, 2, out var month) || !Number(s, 8, 2, out var day) ||
            !Number(s, 11, 2, out var hour) || !Number(s, 14, 2, out var minute) || !Number(s, 17, 2, out var second) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var (i, fraction) = (19, 0L);
        if (i < s.Length && s[i] == '.' && !Fraction(s, ref i, out fraction))
        {
            return false;
        }

        if (!Offset(s[i..], out var offset))
        {
            return false;
        }

        var utc = new DateTime(year, month, day, hour, minute, second).Ticks + fraction - offset;
        if (utc < 0 || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utcTicks = utc;
        return true;
    }

    /// <summary>1-7 digits after the dot, as ticks; more digits are left to the full parse.</summary>
    private static bool Fraction(ReadOnlySpan<byte> s, ref int i, out long ticks)
    {
        ticks = 0;
        var start = ++i;
        while (i < s.Length && char.IsAsciiDigit((char)s[i]))
        {
            if (i - start == 7)
            {
                return false;
            }

            ticks = (ticks * 10) + (s[i++] - '0');
        }

        var digits = i - start;
        if (digits == 0)
        {
            return false;
        }

        for (; digits < 7; digits++)
        {
            ticks *= 10;
        }

        return true;
    }

    /// <summary>The rest after the time: nothing (UTC), <c>Z</c>, or <c>±HH:mm</c> within 14 hours.</summary>
    private static bool Offset(ReadOnlySpan<byte> rest, out long ticks)
    {
        ticks = 0;
        if (rest.IsEmpty || rest is [(byte)'Z'])
        {
            return true;
        }

        if (rest.Length != 6 || rest[0] is not ((byte)'+' or (byte)'-') || rest[3] != ':' ||
            !Number(rest, 1, 2, out var hours) || !Number(rest, 4, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        ticks = ((hours * 60) + minutes) * TicksPerMinute;
        if (ticks > MaxOffset)
        {
            return false;
        }

        ticks = rest[0] == '-' ? -ticks : ticks;
        return true;
    }

    private static bool Number(ReadOnlySpan<byte> s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit((char)s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
