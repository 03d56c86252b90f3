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

    [Fact]
    public void Variants_ManyTies_TopEqualsTheFullOrder()
    {
        // Activities are interned in an order unlike their names' ("Zeta" first), most variants are seen once, and
        // the top is cut inside a run of ties: the bounded selection must give exactly the full sort's first rows.
        string[] names = ["Zeta", "alpha", "Beta", "Ärger", "B", "Be"];
        var random = new Random(16);
        for (var run = 0; run < 60; run++)
        {
            var test = new TestLog();
            var sequences = new List<string[]>();
            for (var c = 0; c < 80; c++)
            {
                var length = random.Next(1, 5);
                var sequence = Enumerable.Range(0, length).Select(_ => names[random.Next(names.Length)]).ToArray();
                sequences.Add(sequence);
                test.Customer("c" + c, [.. sequence.Select((a, i) => a + "@" + i)]);
            }

            var top = random.Next(1, 12);
            var expected = sequences.GroupBy(s => string.Join('\u0001', s))
                .Select(g => (Activities: g.First(), Customers: g.Count()))
                .Order(Comparer<(string[] Activities, int Customers)>.Create((x, y) => x.Customers != y.Customers
                    ? y.Customers.CompareTo(x.Customers)
                    : CompareNames(x.Activities, y.Activities)))
                .Take(top).ToList();

            var result = Analyze.Variants(test.Build(), new VariantOptions { Top = top });

            Assert.Equal(expected.Select(e => e.Activities), result.Top.Select(v => v.Activities));
            Assert.Equal(expected.Select(e => (long)e.Customers), result.Top.Select(v => v.Customers));
        }
    }

    private static int CompareNames(string[] x, string[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var byName = string.CompareOrdinal(x[i], y[i]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
