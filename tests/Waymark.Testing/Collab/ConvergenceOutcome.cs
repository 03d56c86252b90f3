namespace Waymark.Testing.Collab;

/// <summary>What one convergence run did (ops in the log, ops rejected) and what went wrong (empty = converged).</summary>
public sealed record ConvergenceOutcome(int Seed, string MapId, int Applied, int Rejected, IReadOnlyList<string> Problems)
{
    public bool Converged => Problems.Count == 0;

    public override string ToString() =>
        $"seed {Seed}, map {MapId}: {Applied} applied, {Rejected} rejected" +
        (Converged ? "" : $"; {Problems.Count} problems:\n  " + string.Join("\n  ", Problems.Take(20)));
}
