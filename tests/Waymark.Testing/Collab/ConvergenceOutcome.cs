namespace Waymark.Testing.Collab;

/// <summary>
/// What one convergence run did (ops in the log, ops rejected, Joins tried again) and what went wrong (empty = converged).
/// </summary>
public sealed record ConvergenceOutcome(int Seed, string MapId, int Applied, int Rejected, IReadOnlyList<string> Problems, int JoinRetries = 0)
{
    public bool Converged => Problems.Count == 0;

    public override string ToString() =>
        $"seed {Seed}, map {MapId}: {Applied} applied, {Rejected} rejected, {JoinRetries} joins retried" +
        (Converged ? "" : $"; {Problems.Count} problems:\n  " + string.Join("\n  ", Problems.Take(20)));
}
