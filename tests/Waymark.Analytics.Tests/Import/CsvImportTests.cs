using System.Globalization;
using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

public sealed class CsvImportTests
{
    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Import_CommonHeadersAndDelimiters_AreRecognised(string delimiter)
    {
        var text = InlineText.Lines(
            string.Join(delimiter, "case:concept:name", "concept:name", "time:timestamp", "channel"),
            string.Join(delimiter, "c1", "Visit", "2024-01-01T10:00:00Z", "web"),
            string.Join(delimiter, "c1", "Buy", "2024-01-01T11:00:00Z", "app"));

        var log = InlineText.Import(text).Log!;

        Assert.Equal((2, 1), (log.EventCount, log.CustomerCount));
        Assert.Equal("app", log.GetEvent(1).Channel);
    }

    [Fact]
    public void Import_QuotedFields_KeepDelimitersQuotesAndLineBreaks()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp", "\"c,1\",\"Said \"\"hi\"\"\nthere\",2024-01-01 10:00:00", "c2,Visit,2024-01-01 10:00:00");

        var result = InlineText.Import(text);

        Assert.Equal("c,1", result.Log!.GetEvent(0).CustomerId);
        Assert.Equal("Said \"hi\"\nthere", result.Log.GetEvent(0).Activity);
        Assert.Equal(2, result.Log.EventCount);
    }

    [Theory]
    [InlineData("2024-01-01T10:00:00Z")]
    [InlineData("2024-01-01T12:00:00+02:00")]
    [InlineData("2024-01-01T12:00:00+0200")]
    [InlineData("2024-01-01 10:00:00")]
    [InlineData("2024-01-01T10:00:00.000")]
    [InlineData("1704103200")]
    [InlineData("1704103200000")]
    public void Import_TimestampForms_AllMeanTheSameInstant(string timestamp)
    {
        var log = InlineText.Import(InlineText.Lines("customer_id,activity,timestamp", "c1,A," + timestamp)).Log!;

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero), log.GetEvent(0).Timestamp);
    }

    [Theory]
    [InlineData("2024-02-29 23:59:59", true)]
    [InlineData("9999-12-31T23:59:59", true)]
    [InlineData("0001-01-01 00:00:00", true)]
    [InlineData("2023-02-29 10:00:00", false)]
    [InlineData("2024-04-31 10:00:00", false)]
    [InlineData("2024-00-10 10:00:00", false)]
    [InlineData("2024-01-01 24:00:00", false)]
    [InlineData("2024-01-01 10:60:00", false)]
    [InlineData("2024-01-01 10:00:60", false)]
    [InlineData("2024-01-0a 10:00:00", false)]
    public void Import_DateAndTimeInTheUsualShape_ReadAsDateTimeReadsIt(string timestamp, bool valid)
    {
        var result = InlineText.Import(InlineText.Lines("customer_id,activity,timestamp", "c1,A," + timestamp));

        if (valid)
        {
            var expected = DateTime.ParseExact(timestamp.Replace('T', ' '), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.Equal(new DateTimeOffset(expected, TimeSpan.Zero), result.Log!.GetEvent(0).Timestamp);
        }
        else
        {
            Assert.StartsWith("cannot read", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Import_DefaultTimeZone_AppliesToTimesWithoutOffset()
    {
        var options = new ImportOptions { DefaultTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") };
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,A,2024-07-01 12:00:00", "c1,B,2024-07-01T12:00:00Z");

        var log = InlineText.Import(text, options: options).Log!;

        Assert.Equal(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero), log.GetEvent(0).Timestamp);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero), log.GetEvent(1).Timestamp);
    }

    [Fact]
    public void Import_OutOfOrderAndTiedEvents_SortByTimeKeepingInputOrderForTies()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,C,300", "c2,X,100", "c1,A,100", "c1,B1,200", "c1,B2,200");

        var log = InlineText.Import(text).Log!;

        Assert.Equal(4, log.EventsOf(0).GetOffsetAndLength(log.EventCount).Length);
        Assert.Equal(["A", "B1", "B2", "C"], Enumerable.Range(0, 4).Select(i => log.GetEvent(i).Activity));
        Assert.Equal("X", log.GetEvent(4).Activity);
    }

    [Fact]
    public void Import_GroupedCustomersWithUnsortedTimes_SortWithinEachCustomer()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,B,200", "c1,A,100", "c2,X,1", "c2,Y,1");

        var log = InlineText.Import(text).Log!;

        Assert.Equal(["A", "B", "X", "Y"], Enumerable.Range(0, 4).Select(i => log.GetEvent(i).Activity));
        Assert.Equal(0, log.CustomerOf(1));
        Assert.Equal(1, log.CustomerOf(2));
    }

    [Fact]
    public void Import_ExtraColumns_BecomePropertiesOrAttributes()
    {
        var text = InlineText.Lines("customer_id,activity,timestamp,device,case:plan", "c1,A,1,ios,pro", "c1,B,2,web,pro");
        var log = InlineText.Import(text).Log!;

        Assert.Equal("ios", log.GetEvent(0).Properties["device"]);
        Assert.Equal("pro", log.Attributes.Get(0, "plan"));
    }

    [Fact]
    public void Import_ExplicitColumnNames_OverrideRecognition()
    {
        var options = new ImportOptions { CustomerColumn = "who", ActivityColumn = "what", TimestampColumn = "when" };

        var log = InlineText.Import(InlineText.Lines("who,what,when", "c1,A,1"), options: options).Log!;

        Assert.Equal("A", log.GetEvent(0).Activity);
    }

    [Fact]
    public void Import_CustomersFile_AddsAttributesToKnownCustomers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"waymark-customers-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, InlineText.Lines("customer_id,plan,region", "c1,pro,eu", "c9,basic,us"));
        try
        {
            var log = InlineText.Import(InlineText.Lines("customer_id,activity,timestamp", "c1,A,1"), options: new ImportOptions { CustomersFile = path }).Log!;

            Assert.Equal("eu", log.Attributes.Get(0, "region"));
            Assert.Equal(1, log.CustomerCount);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
