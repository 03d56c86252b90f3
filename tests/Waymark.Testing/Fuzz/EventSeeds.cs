namespace Waymark.Testing.Fuzz;

/// <summary>Real-looking event files (CSV, TSV, NDJSON, XES) as the uploads and the CLI read them.</summary>
public static class EventSeeds
{
    public static IReadOnlyList<FuzzSeed> Csv { get; } =
    [
        FuzzSeed.Text("events.csv", """"
            customer_id,activity,timestamp,channel,plan,case:region
            c1,Visited pricing,2026-11-01T10:00:00Z,web,free,EU
            c1,Signed up,2026-11-01T10:05:00Z,web,free,EU
            c2,Visited pricing,2026-11-02 09:00:00,app,pro,US
            c2,Bought,2026-11-03T12:00:00+01:00,app,pro,US
            c3,"Asked support, twice",2026-11-04T08:30:00.123Z,"chat ""live""",,APAC
            """", FuzzShape.Delimited),
        FuzzSeed.Text("semicolon.csv", """
            Kunde;Aktion;Zeit;Kanal
            k-1;Besuch;2026-11-01T10:00:00Z;web
            k-1;Kauf;1793527200;web
            k-2;Besuch;1793527200123;app
            k-2;"Kauf; groß";2026-11-05;app
            """, FuzzShape.Delimited),
        FuzzSeed.Text("crm.csv", """
            user,event,time
            u1,"multi
            line activity",2026-11-01T10:00:00-05:00
            u1,Closed won,2026-11-01T11:00:00+0530
            u2,Opened,2026-11-02T00:00:00.0000000Z
            """, FuzzShape.Delimited),
    ];

    public static IReadOnlyList<FuzzSeed> Tsv { get; } =
    [
        FuzzSeed.Text("events.tsv", "customer_id\tactivity\ttimestamp\tchannel\tplan\n" +
            "c1\tVisited\t2026-11-01T10:00:00Z\tweb\tfree\n" +
            "c1\tBought\t2026-11-01T10:09:00Z\tweb\tfree\n" +
            "c2\tVisited\t2026-11-02T10:00:00Z\tapp\tpro\n", FuzzShape.Delimited),
    ];

    public static IReadOnlyList<FuzzSeed> Ndjson { get; } =
    [
        FuzzSeed.Text("events.ndjson", """
            {"customer_id":"c1","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","channel":"web"}
            {"customer_id":"c1","activity":"Bought","timestamp":"2026-11-01T11:00:00Z","attributes":{"region":"EU"},"amount":"12.5"}
            {"customer_id":"c2","activity":"Visited","timestamp":1793527200,"channel":"app","properties":{"plan":"pro"}}
            """, FuzzShape.Ndjson),
    ];

    public static IReadOnlyList<FuzzSeed> Xes { get; } =
    [
        FuzzSeed.Text("log.xes", """
            <?xml version="1.0" encoding="UTF-8" ?>
            <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
              <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
              <trace>
                <string key="concept:name" value="case-1"/>
                <string key="plan" value="gold"/>
                <event>
                  <string key="concept:name" value="Apply"/>
                  <string key="lifecycle:transition" value="START"/>
                  <date key="time:timestamp" value="2024-01-01T10:00:00.000+01:00"/>
                  <string key="org:resource" value="112"/>
                  <int key="amount" value="5000"/>
                </event>
                <event>
                  <string key="concept:name" value="Approve"/>
                  <date key="time:timestamp" value="2024-01-01T10:05:00.000+01:00"/>
                </event>
              </trace>
              <trace>
                <string key="concept:name" value="case-2"/>
                <event>
                  <string key="concept:name" value="Apply"/>
                  <date key="time:timestamp" value="2024-01-02T09:00:00Z"/>
                </event>
              </trace>
            </log>
            """, FuzzShape.Xml),
    ];
}
