using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

public sealed class SharedDataImportTests
{
    [SharedDataFact("bpic2012.xes.gz")]
    public void ImportFile_Bpic2012_HasPublishedEventAndCaseCounts()
    {
        var log = SharedLogs.Bpic2012;

        Assert.Equal(262_200, log.EventCount);
        Assert.Equal(13_087, log.CustomerCount);
        Assert.Equal(24, log.Activities.Count);
        Assert.True(log.BytesPerEvent <= 16);
    }

    [SharedDataFact("bpic2012.xes.gz")]
    public void ImportFile_Bpic2012_TraceAttributesBecomeCustomerAttributes()
    {
        var log = SharedLogs.Bpic2012;

        Assert.NotNull(log.Attributes.Get(0, "AMOUNT_REQ"));
    }

    [SharedDataFact("msnbc990928.seq.gz")]
    public void ImportFile_Msnbc_HasPublishedVisitAndPageViewCounts()
    {
        var log = SharedLogs.Msnbc;

        Assert.Equal(989_818, log.CustomerCount);
        Assert.Equal(4_698_794, log.EventCount);
        Assert.Equal(17, log.Activities.Count);
        Assert.False(log.HasTimestamps);
        Assert.Equal("frontpage", log.Activities[0]);
    }

    [SharedDataFact("helpdesk.xes.gz")]
    public void ImportFile_Helpdesk_HasPublishedEventAndCaseCounts()
    {
        var result = Waymark.Analytics.Import.EventImporter.ImportFile(Waymark.Testing.SharedData.PathOf("helpdesk.xes.gz")!);

        Assert.Equal((21_348, 4_580), (result.Log!.EventCount, result.Log.CustomerCount));
    }
}
