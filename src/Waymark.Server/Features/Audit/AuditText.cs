using Waymark.Core.Text;

namespace Waymark.Server.Features.Audit;

/// <summary>
/// Makes any text storable on a line: a control character (a NUL that PostgreSQL refuses, a line break that would
/// forge a second line in a log or a CSV reader) and half of a surrogate pair become U+FFFD, and a long text is cut
/// without splitting a pair. What people sent (a file's name from a query string) reaches the trail this way.
/// </summary>
internal static class AuditText
{
    public static string? Clean(string? text, int max)
    {
        if (text is null)
        {
            return null;
        }

        var clean = Utf16Text.Repair(text, out _);
        if (clean.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0 || clean.Contains('\u007F', StringComparison.Ordinal))
        {
            clean = string.Create(clean.Length, clean, static (span, source) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = char.IsControl(source[i]) && !char.IsSurrogate(source[i]) ? '\uFFFD' : source[i];
                }
            });
        }

        if (clean.Length <= max)
        {
            return clean;
        }

        var keep = char.IsHighSurrogate(clean[max - 1]) ? max - 1 : max;
        return clean[..keep];
    }
}
