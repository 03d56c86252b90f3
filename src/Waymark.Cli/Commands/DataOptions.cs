using System.CommandLine;

namespace Waymark.Cli.Commands;

/// <summary>The export's data strip options: which server map's figures, over which period and segment.</summary>
internal sealed class DataOptions
{
    public Option<string?> Map { get; } = new("--map", "-m") { Description = "With --server: the server map whose figures to draw (default: the file's map id)." };

    public Option<string?> From { get; } = new("--from") { Description = "With --server: the period's start (ISO 8601, e.g. 2026-11-01; default: all time)." };

    public Option<string?> To { get; } = new("--to") { Description = "With --server: the period's end, exclusive (ISO 8601)." };

    public Option<string?> Segment { get; } = new("--segment") { Description = "With --server: a saved segment's id (default: all customers)." };

    /// <summary>The data request, or null without --server (the export draws the file alone, offline).</summary>
    public DataRequest? Read(ParseResult parse, ServerOptions server) =>
        parse.GetValue(server.Server) is { } uri
            ? new DataRequest(uri, parse.GetValue(server.Workspace), parse.GetValue(Map), parse.GetValue(From), parse.GetValue(To), parse.GetValue(Segment))
            : null;
}
