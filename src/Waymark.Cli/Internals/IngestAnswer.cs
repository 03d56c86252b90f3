using System.Text.Json;

namespace Waymark.Cli;

/// <summary>The server's answer to one batch; rejection indexes are 0-based positions in that batch.</summary>
internal sealed record IngestAnswer(int Accepted, int Duplicates, IReadOnlyList<(int Index, string Reason)> Rejected)
{
    public static IngestAnswer Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var rejected = new List<(int, string)>();
        if (root.TryGetProperty("rejected", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                // Events say "reason", feedback says "problem".
                var why = item.TryGetProperty("reason", out var reason) ? reason : item.GetProperty("problem");
                rejected.Add((item.GetProperty("index").GetInt32(), why.GetString() ?? ""));
            }
        }

        return new IngestAnswer(root.GetProperty("accepted").GetInt32(), root.GetProperty("duplicates").GetInt32(), rejected);
    }
}
