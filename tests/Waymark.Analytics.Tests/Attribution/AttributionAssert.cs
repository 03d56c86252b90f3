using Waymark.Analytics.Attribution;

namespace Waymark.Analytics.Tests.Attribution;

internal static class AttributionAssert
{
    /// <summary>Every computed model's credits plus the conversions without a touch add up to the conversions.</summary>
    public static void CreditsSumToConversions(AttributionResult result)
    {
        var expected = result.Conversions - result.ConversionsWithoutTouch;
        var models = new Func<AttributionCredits, double?>[]
        {
            c => c.FirstTouch, c => c.LastTouch, c => c.Linear, c => c.TimeDecay, c => c.PositionBased,
            c => c.MarkovFirstOrder, c => c.MarkovSecondOrder, c => c.Shapley,
        };
        foreach (var model in models.Where(m => result.Players.Any(p => m(p.Credits) is not null)))
        {
            var sum = result.Players.Sum(p => model(p.Credits) ?? 0);
            Assert.Equal(expected, sum, 1e-6 * Math.Max(1, expected));
        }
    }

    public static void Close(double[] expected, IEnumerable<double?> actual, double tolerance = 1e-12)
    {
        var values = actual.ToList();
        Assert.Equal(expected.Length, values.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i]!.Value, tolerance);
        }
    }

    public static AttributionPlayer Player(AttributionResult result, string name) => result.Players.Single(p => p.Name == name);
}
