namespace Waymark.Bench.Feedback;

/// <summary>Agreement of scores with human ratings.</summary>
internal static class Metrics
{
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Share of texts whose score has the human rating's sign (positive, negative or exactly zero).</summary>
    public static double SignAccuracy(IReadOnlyList<double> scores, IReadOnlyList<double> ratings)
    {
        var same = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (Math.Sign(scores[i]) == Math.Sign(ratings[i]))
                same++;
        }
        return (double)same / scores.Count;
    }
}
