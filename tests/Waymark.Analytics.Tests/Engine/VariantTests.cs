using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class VariantTests
{
    [Fact]
    public void Variants_SmallLog_CountsSharesAndMedianDuration()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@10")
            .Customer("c2", "A@0", "B@20")
            .Customer("c3", "A@0", "C@5")
            .Build();

        var result = Analyze.Variants(log);

        Assert.Equal(2, result.VariantCount);
        Assert.Equal(["A", "B"], result.Top[0].Activities);
        Assert.Equal(2, result.Top[0].Customers);
        Assert.Equal(2.0 / 3, result.Top[0].Share, 9);
        Assert.Equal(1.0, result.Top[1].CumulativeShare, 9);
        Assert.Equal(TimeSpan.FromMinutes(10), result.Top[0].MedianDuration);
    }

    [Fact]
    public void Variants_EqualCounts_OrderBySequence()
    {
        var log = new TestLog().Customer("c1", "B@0").Customer("c2", "A@0", "C@1").Customer("c3", "A@0").Build();

        var result = Analyze.Variants(log, new VariantOptions { Top = 2 });

        Assert.Equal(["A"], result.Top[0].Activities);
        Assert.Equal(["A", "C"], result.Top[1].Activities);
        Assert.Equal(3, result.VariantCount);
    }
}
