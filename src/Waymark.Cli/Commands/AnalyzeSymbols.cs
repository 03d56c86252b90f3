using System.CommandLine;

namespace Waymark.Cli.Commands;

/// <summary>The arguments and options of <c>waymark analyze</c>.</summary>
public sealed class AnalyzeSymbols
{
    public Argument<FileInfo> File { get; } = new("file") { Description = "Event file: .csv .tsv .ndjson .xes .seq, optionally .gz" };

    public Argument<string> Analysis { get; } = new("analysis") { Description = "funnel, flow, variants, paths, stats or trends" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };

    // Import
    public Option<string?> CustomerColumn { get; } = new("--customer-column") { Description = "Header of the customer id column" };

    public Option<string?> ActivityColumn { get; } = new("--activity-column") { Description = "Header of the activity column" };

    public Option<string?> TimestampColumn { get; } = new("--timestamp-column") { Description = "Header of the timestamp column" };

    public Option<string?> ChannelColumn { get; } = new("--channel-column") { Description = "Header of the channel column" };

    public Option<string?> Delimiter { get; } = new("--delimiter") { Description = "CSV delimiter: , ; or tab (default: detected)" };

    public Option<string?> TimeZone { get; } = new("--time-zone") { Description = "Zone of timestamps without offset (default UTC), e.g. Europe/Amsterdam" };

    public Option<string> OnError { get; } = new("--on-error") { Description = "fail (import nothing on a bad row) or skip", DefaultValueFactory = _ => "fail" };

    public Option<bool> JoinLifecycle { get; } = new("--join-lifecycle") { Description = "XES: activity is concept:name+lifecycle:transition" };

    public Option<FileInfo?> Customers { get; } = new("--customers") { Description = "CSV of customer attributes (customer id column first)" };

    // Filters
    public Option<string?> Since { get; } = new("--since") { Description = "Only events at or after this instant" };

    public Option<string?> Until { get; } = new("--until") { Description = "Only events before this instant" };

    public Option<string[]> Did { get; } = new("--did") { Description = "Only customers who did this activity (repeatable)" };

    public Option<string[]> DidNot { get; } = new("--did-not") { Description = "Only customers who never did this activity (repeatable)" };

    public Option<string?> Where { get; } = new("--where") { Description = "Customer attribute filter: key=value or key=v1,v2" };

    public Option<string?> Property { get; } = new("--property") { Description = "Event property filter: key=value" };

    // Funnel
    public Option<string?> Steps { get; } = new("--steps") { Description = "Funnel steps: \"A > B|C > D\"" };

    public Option<string> Mode { get; } = new("--mode") { Description = "ordered, strict or any", DefaultValueFactory = _ => "ordered" };

    public Option<string?> Window { get; } = new("--window") { Description = "Conversion window from the first step, e.g. 30d" };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Activity@N: excluded between step N and N+1 (repeatable)" };

    public Option<string?> Breakdown { get; } = new("--breakdown") { Description = "channel, or a customer attribute name" };

    public Option<int> Limit { get; } = new("--limit") { Description = "Breakdown groups shown before \"other\"", DefaultValueFactory = _ => 10 };

    // Flow, variants, paths, trends
    public Option<double> ActivityPercent { get; } = new("--activities") { Description = "Flow: keep top activities covering this % of events", DefaultValueFactory = _ => 100 };

    public Option<double> PathPercent { get; } = new("--paths") { Description = "Flow: keep top edges covering this % of transitions", DefaultValueFactory = _ => 100 };

    public Option<int> Top { get; } = new("--top") { Description = "Variants shown", DefaultValueFactory = _ => 10 };

    public Option<string?> Start { get; } = new("--start") { Description = "Paths from this activity" };

    public Option<string?> End { get; } = new("--end") { Description = "Paths towards this activity" };

    public Option<int> Depth { get; } = new("--depth") { Description = "Path steps", DefaultValueFactory = _ => 5 };

    public Option<int> Width { get; } = new("--width") { Description = "Activities per path step before \"other\"", DefaultValueFactory = _ => 8 };

    public Option<bool> Collapse { get; } = new("--collapse") { Description = "Paths: a run of one activity is one step" };

    public Option<string?> SessionGap { get; } = new("--session-gap") { Description = "Paths: split visits at this inactivity, e.g. 30m" };

    public Option<string> By { get; } = new("--by") { Description = "Trends: day or week", DefaultValueFactory = _ => "day" };

    public Option<string?> Activity { get; } = new("--activity") { Description = "Trends: count only this activity" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Arguments.Add(Analysis);
        Option[] options =
        [
            Format, CustomerColumn, ActivityColumn, TimestampColumn, ChannelColumn, Delimiter, TimeZone, OnError, JoinLifecycle,
            Customers, Since, Until, Did, DidNot, Where, Property, Steps, Mode, Window, Exclude, Breakdown, Limit,
            ActivityPercent, PathPercent, Top, Start, End, Depth, Width, Collapse, SessionGap, By, Activity,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        Format.AcceptOnlyFromAmong("table", "json", "csv");
        Analysis.AcceptOnlyFromAmong("funnel", "flow", "variants", "paths", "stats", "trends");
        OnError.AcceptOnlyFromAmong("fail", "skip");
        Mode.AcceptOnlyFromAmong("ordered", "strict", "any");
        By.AcceptOnlyFromAmong("day", "week");
    }
}
