using System.CommandLine;

namespace Waymark.Cli;

/// <summary>The options every command that sends a file to an ingestion route shares: the key, batch size, on-error.</summary>
internal sealed class SendOptions
{
    public SendOptions(int defaultBatchSize, string items)
    {
        BatchSize = new Option<int>("--batch-size") { Description = $"{items} per request (at most 4 MB are sent at once).", DefaultValueFactory = _ => defaultBatchSize };
        BatchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                r.AddError("--batch-size must be between 1 and 100000");
            }
        });
        OnError.AcceptOnlyFromAmong("fail", "skip");
    }

    public Option<string> Key { get; } = new("--key", "-k")
    {
        Description = "A live API key of the target workspace (create one in the UI or with POST /api/workspaces/{ws}/api-keys).",
        Required = true,
    };

    public Option<int> BatchSize { get; }

    public Option<string> OnError { get; } = new("--on-error")
    {
        Description = "fail (send nothing when a row is bad) or skip",
        DefaultValueFactory = _ => "fail",
    };

    public bool SkipsBadRows(ParseResult parse) => parse.GetValue(OnError) == "skip";
}
