using System.Globalization;
using System.Text;

namespace Waymark.Browser.Tests;

/// <summary>
/// A feedback export for the customers of an <see cref="OverlayData"/> map, the way a survey tool writes one: NPS
/// answers with comments, placed on steps by the activity they had just done (this test's own activities, so the
/// feedback lands on this test's map only; every acceptance map shares its step ids). Customers who compared offers are unhappy,
/// those who checked out are happy; one answer holds markup (it must show as text) and one an NPS of 11 (rejected).
/// </summary>
internal static class FeedbackData
{
    public const int Unhappy = 24;
    public const int Happy = 16;

    /// <summary>Rows that are stored: the unhappy and happy answers and the one with markup.</summary>
    public const int Stored = Unhappy + Happy + 1;

    public const string Markup = "<img src=x onerror=alert(1)> great prices";

    /// <summary>The comment every unhappy answer starts with (and the tag that makes it this test's).</summary>
    public static string UnhappyText(string tag) => $"Comparing the plans was confusing and took forever ({tag})";

    public static string HappyText(string tag) => $"Checkout was quick and easy, thank you ({tag})";

    /// <summary>The CSV; the line (1-based, header = 1) of the rejected row is returned too.</summary>
    public static (string Csv, int RejectedLine) Csv(OverlayData data)
    {
        var time = DateTime.UtcNow.Date.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var text = new StringBuilder("Response ID,customer_id,Submitted at,type,NPS,Comment,Kanal,activity\n");
        var line = 1;
        for (var i = 0; i < Unhappy; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{data.Tag}-u{i},{data.Tag}-w-{i},{time},nps,{2 + (i % 4)},\"{UnhappyText(data.Tag)}\",survey,{data.Activity(AcceptanceMap.Compare)}\n");
            line++;
        }

        for (var i = 0; i < Happy; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{data.Tag}-h{i},{data.Tag}-e-{i},{time},nps,{9 + (i % 2)},\"{HappyText(data.Tag)}\",review,{data.Activity(AcceptanceMap.Checkout)}\n");
            line++;
        }

        text.Append(CultureInfo.InvariantCulture, $"{data.Tag}-m,{data.Tag}-e-99,{time},nps,8,\"{Markup}\",chat,{data.Activity(AcceptanceMap.Search)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{data.Tag}-bad,{data.Tag}-e-98,{time},nps,11,Too high a score,survey,{data.Activity(AcceptanceMap.Search)}\n");
        return (text.ToString(), line + 2);
    }
}
