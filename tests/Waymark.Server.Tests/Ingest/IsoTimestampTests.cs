using System.Globalization;
using System.Text;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Tests.Ingest;

/// <summary>The raw-byte timestamp parse accepts only what DateTimeOffset.TryParse accepts, with the same instant.</summary>
public sealed class IsoTimestampTests
{
    [Theory]
    [InlineData("2026-11-27T14:05:00Z")]
    [InlineData("2026-11-27T14:05:00.1234567Z")]
    [InlineData("2026-11-27T14:05:00.5+01:00")]
    [InlineData("2026-11-27T14:05:00-09:30")]
    [InlineData("2026-11-27T14:05:00")]
    [InlineData("2024-02-29T23:59:59.999Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("2026-01-01T00:00:00+14:00")]
    public void TryParse_UsualForms_AcceptedWithTheFullParsesInstant(string text)
    {
        Assert.True(IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var ticks));
        Assert.Equal(Full(text), ticks);
    }

    [Theory]
    [InlineData("2026-02-29T10:00:00Z")] // no such day
    [InlineData("2026-11-27 14:05:00Z")] // a space for the T: the full parse decides
    [InlineData("2026-11-27T24:00:00Z")]
    [InlineData("2026-11-27T14:05:60Z")]
    [InlineData("2026-11-27T14:05:00.12345678Z")]
    [InlineData("2026-11-27T14:05:00.Z")]
    [InlineData("2026-11-27T14:05:00z")]
    [InlineData("2026-11-27T14:05:00+14:01")]
    [InlineData("2026-11-27T14:05:00+0100")]
    [InlineData("0001-01-01T00:00:00+01:00")] // before the first instant
    [InlineData("9999-12-31T23:59:59-01:00")] // after the last
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2026-1-27T14:05:00Z")]
    [InlineData("2026-11-27")]
    public void TryParse_OtherForms_LeftToTheFullParse(string text) =>
        Assert.False(IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void TryParse_GeneratedTexts_NeverAcceptsWhatTheFullParseRefusesOrReadsOtherwise()
    {
        var random = new Random(18);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = Generated(random);
            if (IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var ticks))
            {
                accepted++;
                Assert.Equal(Full(text), ticks);
            }
        }

        Assert.InRange(accepted, 2_000, 19_000); // both sides of the check are exercised
    }

    /// <summary>The full reader's parse (IngestEventReader): ISO 8601, a time without offset is UTC; null when refused.</summary>
    private static long? Full(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.UtcTicks : null;

    private static string Generated(Random random)
    {
        string Two(int max) => random.Next(max + 1).ToString("00", CultureInfo.InvariantCulture);
        var year = random.Next(5) == 0 ? random.Next(0, 10_000) : random.Next(1990, 2040);
        var text = $"{year:0000}-{Two(13)}-{Two(32)}T{Two(25)}:{Two(61)}:{Two(61)}";
        text += random.Next(3) == 0 ? "." + new string('7', random.Next(0, 10)) : "";
        text += random.Next(4) switch
        {
            0 => "Z",
            1 => "",
            2 => $"{(random.Next(2) == 0 ? '+' : '-')}{Two(15)}:{Two(60)}",
            _ => random.Next(2) == 0 ? "+0100" : "x",
        };
        return text;
    }
}
