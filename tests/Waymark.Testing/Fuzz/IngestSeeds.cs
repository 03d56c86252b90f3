namespace Waymark.Testing.Fuzz;

/// <summary>POST /api/ingest/events bodies as a website or CRM sends them.</summary>
public static class IngestSeeds
{
    public static IReadOnlyList<FuzzSeed> Json { get; } =
    [
        FuzzSeed.Text("events array", """
            [
              {"id":"e1","customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited pricing","channel":"web","properties":{"plan":"free","utm":"mail"}},
              {"customerId":"c1","timestamp":"2026-11-01T10:05:00.123+01:00","activity":"Signed up"},
              {"customerId":"c2","timestamp":"2026-11-02T09:00:00Z","activity":"Bought","channel":"app","properties":{}}
            ]
            """, FuzzShape.Json),
    ];

    public static IReadOnlyList<FuzzSeed> Ndjson { get; } =
    [
        FuzzSeed.Text("event lines", """
            {"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited","properties":{"k":"v"}}
            {"id":"n2","customerId":"c2","timestamp":"2026-11-01T11:00:00Z","activity":"Bought","channel":"app"}
            """, FuzzShape.Ndjson),
    ];
}
