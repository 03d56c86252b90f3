using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// The id an item gets when none is given: a hash of everything it says (customer, time, step, activity, score,
/// text, source, ...). Sending, retrying or uploading the same item again therefore stores it once.
/// </summary>
public static class FeedbackIds
{
    /// <summary>The given id, or the content-derived one.</summary>
    public static string Of(NewFeedback item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.FeedbackId is { } given)
        {
            return given;
        }

        var content = string.Join('\u001f', item.CustomerId, item.UtcTicks.ToString(CultureInfo.InvariantCulture), item.StepId,
            item.Activity, item.ScoreType, item.Score?.ToString("R", CultureInfo.InvariantCulture), item.Text, item.Source,
            item.Solicited ? "1" : "0", item.Language, item.Properties);
        return "fb_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 16));
    }
}
