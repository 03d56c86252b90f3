namespace Waymark.Testing.Collab;

/// <summary>How a simulated editor behaves: how many edits, how often it drops off, how long it waits between edits.</summary>
public sealed record SimClientOptions
{
    public int Edits { get; init; } = 30;

    /// <summary>Chance per step of going offline for a while (edits made then are queued and sent on return).</summary>
    public double DisconnectChance { get; init; } = 0.05;

    /// <summary>Longest pause between edits, in ms (0 = none); each pause is random up to this.</summary>
    public int MaxDelayMs { get; init; } = 15;

    /// <summary>Most edits sent in one Send call.</summary>
    public int MaxBatch { get; init; } = 3;

    /// <summary>
    /// Whether the client applies what it receives to its copy. The benchmark turns it off: twenty editors' appliers
    /// in one process would measure this machine's CPU, not the server (a browser applies on its own machine).
    /// </summary>
    public bool Track { get; init; } = true;
}
