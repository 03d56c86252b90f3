using Waymark.Core.Maps;

namespace Waymark.Render.Report;

/// <summary>
/// What a stakeholder report is made of: the map (its scope, personas, lanes and designed curve), the workspace's
/// name, the date, an optional persona, and what the caller may see beyond the map: the measured figures
/// (<see cref="Data"/>, null with <see cref="DataNote"/> saying why), people's votes and the open comment threads
/// (null when they are not shown to the caller; an empty list when there are none).
/// </summary>
public sealed record ReportInput(JourneyMap Map, string Workspace, DateTimeOffset Date, string? PersonaId = null)
{
    public ReportData? Data { get; init; }

    /// <summary>Why <see cref="Data"/> is missing ("No data bound: ..."), shown in every data section.</summary>
    public string DataNote { get; init; } = "No data bound: no step of this map is bound to customer events.";

    /// <summary>People's votes per idea id (the voting of the server), added to the votes the map file carries.</summary>
    public IReadOnlyDictionary<string, int> Votes { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The open comment threads; null when comments are not part of this report.</summary>
    public IReadOnlyList<ReportThread>? OpenThreads { get; init; }
}
