namespace Waymark.Testing.Collab;

/// <summary>
/// After quiescence: every client's map equals the server's stored document, the log is numbered 1..N without a
/// gap, every acknowledged op id is in the log exactly once at the seq it was acknowledged with, and no rejected op
/// is in it. Returns what is wrong, one line each (empty = converged).
/// </summary>
public static class ConvergenceChecker
{
    public static List<string> Check(ServerLog server, IReadOnlyList<SimClient> clients)
    {
        var problems = new List<string>();
        for (var i = 0; i < server.Ops.Count; i++)
        {
            if (server.Ops[i].Seq != i + 1)
            {
                problems.Add($"log: position {i + 1} holds seq {server.Ops[i].Seq}");
                break;
            }
        }

        var inLog = server.Ops.GroupBy(o => o.OpId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (id, entries) in inLog.Where(e => e.Value.Count > 1))
        {
            problems.Add($"log: op {id} is in the log {entries.Count} times");
        }

        foreach (var client in clients)
        {
            problems.AddRange(client.Problems.Select(p => $"{client.Name}: {p}"));
            var json = ServerLog.Canonical(client.ConfirmedJson());
            if (json != server.DocumentJson)
            {
                problems.Add($"{client.Name}: map at seq {client.Seq} differs from the server's at seq {server.LastSeq}: {FirstDifference(json, server.DocumentJson)}");
            }

            foreach (var (id, seq) in client.Acknowledged)
            {
                if (!inLog.TryGetValue(id, out var entries))
                {
                    problems.Add($"{client.Name}: acknowledged op {id} (seq {seq}) is not in the log");
                }
                else if (entries[0].Seq != seq)
                {
                    problems.Add($"{client.Name}: op {id} acknowledged at seq {seq}, in the log at {entries[0].Seq}");
                }
            }

            foreach (var id in client.Rejected.Keys.Where(inLog.ContainsKey))
            {
                problems.Add($"{client.Name}: rejected op {id} is in the log");
            }
        }

        return problems;
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        static string Around(string s, int at) => s.Substring(Math.Max(0, at - 80), Math.Min(160, s.Length - Math.Max(0, at - 80)));
        return $"at char {i}: client …{Around(a, i)}… server …{Around(b, i)}…";
    }
}
