namespace Waymark.Server.Features.Templates;

public sealed record TemplateSummary(string Id, string Name, string Summary, string Kind, int StageCount, int StepCount, IReadOnlyList<string> PersonaNames);
