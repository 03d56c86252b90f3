namespace Waymark.Server.Features.Analysis;

/// <summary>
/// Bound from the "Analysis" section: how much work one analysis of a map (overlay, paths, insights, step feedback)
/// may take, and how many run at once, so one heavy request cannot stall the others (docs/analytics.md, "Limits on one
/// analysis").
/// </summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>Steps bound to activities a map may have to be analysed (the file format allows 2,000 steps).</summary>
    public int MaxBoundSteps { get; set; } = 200;

    /// <summary>Activity names all of a map's bindings may name together (each step's list counted).</summary>
    public int MaxBoundActivities { get; set; } = 1_000;

    /// <summary>Transitions (and hidden activities) the actual paths list, strongest first; the answer says when more were cut.</summary>
    public int MaxPathTransitions { get; set; } = 500;

    /// <summary>Analyses run at once (0: one less than the cores, 1 to 2); the rest wait. Each uses every core already.</summary>
    public int MaxConcurrent { get; set; }

    /// <summary>Threads the analyses run on, apart from the request threads (0: one per core).</summary>
    public int Threads { get; set; }

    /// <summary>
    /// Whether the server, once started, runs the engine's analyses on a small generated log in the background until
    /// the JIT has compiled their tier-1 code (ADR 065): the first requests then run as fast as later ones.
    /// </summary>
    public bool WarmUp { get; set; } = true;

    internal int EffectiveConcurrent => MaxConcurrent > 0 ? MaxConcurrent : Math.Clamp(Environment.ProcessorCount - 1, 1, 2);

    internal int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
