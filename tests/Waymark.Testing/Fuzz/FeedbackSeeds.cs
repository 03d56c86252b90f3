namespace Waymark.Testing.Fuzz;

/// <summary>Feedback files as surveys, review exports and chat tools write them, and ingestion bodies.</summary>
public static class FeedbackSeeds
{
    public static IReadOnlyList<FuzzSeed> Csv { get; } =
    [
        FuzzSeed.Text("reviews.csv", """"
            customer_id,submitted_at,review,rating,channel,plan
            c1,2026-11-01T10:00:00Z,"Loved the templates, ""really""",5,review,pro
            c2,2026-11-02 09:00:00,,4,review,
            c4,2026-11-03T12:00:00+01:00,Support was quick,9,survey,free
            """", FuzzShape.Delimited),
        FuzzSeed.Text("nps.csv", """
            id;customer;time;nps;comment;solicited;language
            r1;c1;2026-11-01T10:00:00Z;9;"Great, fast";true;en
            r2;c2;1793527200;3;Langsam und teuer;yes;de
            r3;c3;2026-11-02;10;;no;
            """, FuzzShape.Delimited),
    ];

    public static IReadOnlyList<FuzzSeed> Tsv { get; } =
    [
        FuzzSeed.Text("chats.tsv", "customer_id\ttime\ttext\tcsat\tsource\n" +
            "c1\t2026-11-01T10:00:00Z\tThe agent fixed it\t5\tchat\n" +
            "c2\t2026-11-01T11:00:00Z\tWaited an hour\t1\tchat\n", FuzzShape.Delimited),
    ];

    public static IReadOnlyList<FuzzSeed> Ndjson { get; } =
    [
        FuzzSeed.Text("feedback.ndjson", """
            {"customer_id":"c1","time":"2026-11-01T10:00:00Z","text":"Checkout was confusing","score":2,"score_type":"csat","source":"survey"}
            {"customer_id":"c2","time":"2026-11-02T10:00:00Z","text":"Love it","nps":10,"source":"review","step":"checkout"}
            """, FuzzShape.Ndjson),
    ];

    /// <summary>POST /api/ingest/feedback bodies: the wrapped batch and a bare array.</summary>
    public static IReadOnlyList<FuzzSeed> IngestJson { get; } =
    [
        FuzzSeed.Text("feedback batch", """
            {"feedback":[
              {"id":"f1","customerId":"c1","time":"2026-11-01T10:00:00Z","text":"Slow import","score":2,"scoreType":"csat","source":"survey","solicited":true},
              {"customerId":"c2","time":"2026-11-01T11:00:00Z","text":"Great support","score":9,"scoreType":"nps","source":"chat","language":"en","activity":"Asked support"},
              {"customerId":"c3","time":"2026-11-02T09:00:00+01:00","score":4,"scoreType":"rating","source":"review","stepId":"step-1"}
            ]}
            """, FuzzShape.Json),
        FuzzSeed.Text("feedback array", """
            [{"customerId":"c9","time":"2026-11-03T10:00:00Z","text":"Could not find the export","source":"email","solicited":false}]
            """, FuzzShape.Json),
    ];

    public static IReadOnlyList<FuzzSeed> IngestNdjson { get; } =
    [
        FuzzSeed.Text("feedback lines", """
            {"customerId":"c1","time":"2026-11-01T10:00:00Z","text":"Slow import","score":2,"scoreType":"csat","source":"survey"}
            {"id":"n2","customerId":"c2","time":"2026-11-01T11:00:00Z","text":"Great","score":10,"scoreType":"nps","source":"social"}
            """, FuzzShape.Ndjson),
    ];
}
