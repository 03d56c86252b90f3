namespace Waymark.Bench.ClickHouse;

/// <summary>Whether two sides' results of a case agree: "equal (…)" or the first figure that differs.</summary>
internal static class Agreement
{
    /// <summary>Pushdown against the engine: the whole results, serialized the same way.</summary>
    public static string Whole(string engineJson, List<string> engineFigures, PushdownRun.CaseAnswer pushdown) =>
        pushdown.Timing is null ? "not pushed down yet"
        : pushdown.Json == engineJson ? "pushdown = engine (whole result)"
        : "pushdown DIFFERENT: " + (FirstDifference(engineFigures, pushdown.Figures) ?? "same figures, other fields differ");

    /// <summary>DuckDB against the engine: the figures both compute.</summary>
    public static string Figures(List<string> engine, List<string> duckDb) =>
        FirstDifference(engine, duckDb) is { } difference ? "DuckDB DIFFERENT: " + difference : $"DuckDB = engine ({engine.Count} figures)";

    /// <summary>The engine on a later target against the engine on the first: the same events, so the same whole result.</summary>
    public static string SameEngine(string firstName, EngineRun.CaseAnswer first, EngineRun.CaseAnswer later) =>
        later.Json == first.Json ? $"engine = engine on {firstName}"
        : $"engine DIFFERENT from {firstName}: " + (FirstDifference(first.Figures, later.Figures) ?? "same figures, other fields differ");

    public static string? FirstDifference(List<string> a, List<string> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var x = i < a.Count ? a[i] : "(none)";
            var y = i < b.Count ? b[i] : "(none)";
            if (x != y)
            {
                return $"engine '{x}', other '{y}'";
            }
        }

        return null;
    }
}
