namespace Waymark.Bench.Explorer;

/// <summary>One search, as the explorer's query string and as SQLite FTS5 reads it (MATCH text, or null, plus a WHERE on the item columns).</summary>
internal sealed record BenchQuery(string Name, string Api, string? Match, string Where)
{
    public static readonly BenchQuery[] All =
    [
        new("one word", "q=refund", "refund*", "1=1"),
        new("two words", "q=import%20failing", "import* failing*", "1=1"),
        new("a phrase", "q=%22customer%20support%22", "\"customer support\"", "1=1"),
        new("a word + filters", "q=slow&source=chat&sentiment=negative&from=2026-03-01&to=2026-09-01",
            "slow*", "m.source = 'chat' AND m.sentiment = 'negative' AND m.ticks >= $from AND m.ticks < $to"),
        new("filters only", "source=review&band=low", null, "m.source = 'review' AND m.band = 'low'"),
    ];
}
