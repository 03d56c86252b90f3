using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Waymark.Analytics.Events;

/// <summary>
/// Ids derived from an event's content (customer, time, activity, channel, properties) and how many identical
/// events precede it for the same customer, so importing the same file again, retrying a batch or importing an
/// overlapping export never stores an event twice. The CLI import and the server's upload use the same ids.
/// </summary>
public sealed class StableEventIds
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Call before the first event of each customer: occurrences are counted per customer.</summary>
    public void StartCustomer() => _seen.Clear();

    /// <summary>The id of the next event of the current customer.</summary>
    public string Next(JourneyEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var content = Content(e);
        var occurrence = _seen.TryGetValue(content, out var n) ? n + 1 : 0;
        _seen[content] = occurrence;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content + "\u001e" + occurrence.ToString(CultureInfo.InvariantCulture)));
        return "imp_" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static string Content(JourneyEvent e)
    {
        var text = new StringBuilder();
        text.Append(e.CustomerId).Append('\u001f').Append(e.Timestamp?.UtcTicks.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(e.Activity).Append('\u001f').Append(e.Channel);
        foreach (var (name, value) in e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\u001f').Append(name).Append('=').Append(value);
        }

        return text.ToString();
    }
}
