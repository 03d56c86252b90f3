namespace Waymark.Core.Diff;

/// <summary>
/// One difference between two maps. <see cref="Kind"/> is one of <see cref="ChangeKinds"/>, <see cref="Subject"/>
/// one of <see cref="DiffSubjects"/>; <see cref="Part"/> names the field or cell part (name, description, goal,
/// text, cards, channels, painPoints, ideas, kpis, momentOfTruth, owner, image, label, kind, scope.*).
/// <see cref="From"/> and <see cref="To"/> are the values before and after, as plain text (never markup);
/// <see cref="Summary"/> is the one line the CLI prints and the list shows.
/// </summary>
public sealed record MapChange(
    string Kind,
    string Subject,
    string? Part,
    string Summary,
    DiffPlace? Before,
    DiffPlace? After,
    string? From = null,
    string? To = null);
