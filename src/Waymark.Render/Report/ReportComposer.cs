using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Render.Report;

/// <summary>
/// Writes the report's content once, from the map and what the caller may see: cover, scope and goals, personas,
/// the map, the emotion curve, the funnel, where it hurts, the top ideas and the open comments. Sections that need
/// data say why they have none instead of disappearing, so every report has the same table of contents.
/// </summary>
internal static class ReportComposer
{
    public const string Scope = "Scope, goal and KPI targets";
    public const string Personas = "Personas";
    public const string TheMap = "The map";
    public const string Curve = "Emotion curve: designed and measured";
    public const string Funnel = "Funnel from entry to outcome";
    public const string Hurts = "Where it hurts";
    public const string Ideas = "Top ideas by votes";
    public const string Comments = "Open comments";

    public static ReportDocument Compose(ReportInput input)
    {
        var steps = new StepNames(input.Map);
        List<Section> sections =
        [
            new("scope", Scope, ScopeBlocks(input.Map, steps)),
            new("personas", Personas, PersonaBlocks(input)),
            new("map", TheMap, [new MapPicture()]),
            new("curve", Curve, DataSections.Curve(input, steps)),
            new("funnel", Funnel, DataSections.Funnel(input, steps)),
            new("hurts", Hurts, DataSections.Hurts(input, steps)),
            new("ideas", Ideas, PeopleSections.Ideas(input, steps)),
        ];
        if (input.OpenThreads is { Count: > 0 } threads)
        {
            sections.Add(new("comments", Comments, PeopleSections.Comments(threads)));
        }

        return new ReportDocument(input.Map.Name.Length > 0 ? input.Map.Name : "Untitled map", Cover(input), sections);
    }

    private static List<(string, string)> Cover(ReportInput input)
    {
        var persona = input.PersonaId is { } id ? input.Map.Personas.FirstOrDefault(p => p.Id == id)?.Name : null;
        List<(string, string)> lines =
        [
            ("Workspace", input.Workspace),
            ("Date", Figures.Date(input.Date)),
            ("Persona", persona ?? (input.Map.Personas.Count == 0 ? "None defined" : "All personas")),
            ("Figures", input.Data?.Period ?? "No data bound"),
        ];
        return lines;
    }

    private static List<Block> ScopeBlocks(JourneyMap map, StepNames steps)
    {
        var scope = map.Scope ?? new MapScope();
        var facts = new List<(string, string)>();
        Add(facts, "Goal", scope.Goal);
        Add(facts, "Scenario", scope.Scenario);
        Add(facts, "Segment", scope.Segment);
        Add(facts, "Channels", scope.Channels.Count > 0 ? string.Join(", ", scope.Channels) : null);
        Add(facts, "Owner", scope.Owner);
        Add(facts, "Review by", scope.ReviewBy is { } r ? Figures.Date(r) : null);
        Add(facts, "About", map.Description);
        var blocks = new List<Block>();
        blocks.Add(facts.Count > 0 ? new Facts(facts) : new Paragraph("The map states no goal or scope yet.", Note: true));
        blocks.Add(new SubHeading("KPI targets"));
        blocks.Add(scope.KpiTargets.Count == 0
            ? new Paragraph("No KPI targets are set on this map.", Note: true)
            : new Table("kpi-targets", ["KPI", "Baseline", "Target", "Unit", "Due"],
                [.. scope.KpiTargets.Select(k => (IReadOnlyList<string>)[k.Name, Figures.Number(k.Baseline), Figures.Number(k.Target), k.Unit ?? "",
                    k.Due is { } d ? Figures.Date(d) : "–"])], [0.4f, 0.14f, 0.14f, 0.12f, 0.2f], NumericFrom: 1));
        var watched = StepKpis(map, steps);
        if (watched.Count > 0)
        {
            blocks.Add(new SubHeading("Metrics watched at steps"));
            blocks.Add(new Table("step-kpis", ["Step", "Metric", "Target", "Unit"], watched, [0.35f, 0.35f, 0.15f, 0.15f], NumericFrom: 2));
        }

        return blocks;
    }

    private static List<IReadOnlyList<string>> StepKpis(JourneyMap map, StepNames steps) =>
        [.. map.Lanes.Where(l => l.Kind == LaneKind.Kpis).SelectMany(l => steps.InOrder(l.Cells))
            .SelectMany(c => c.Cell.Kpis.Select(k => (IReadOnlyList<string>)[steps.Numbered(c.StepId), k.Metric, Figures.Number(k.Target), k.Unit ?? ""]))];

    private static List<Block> PersonaBlocks(ReportInput input)
    {
        var shown = input.Map.Personas.Where(p => input.PersonaId is null || p.Id == input.PersonaId).ToList();
        if (shown.Count == 0)
        {
            return [new Paragraph("This map has no personas yet.", Note: true)];
        }

        var blocks = new List<Block>();
        foreach (var persona in shown)
        {
            blocks.Add(new SubHeading(persona.Name.Length > 0 ? persona.Name : "Unnamed persona"));
            blocks.Add(new Facts(PersonaFacts(persona)));
            if (!string.IsNullOrWhiteSpace(persona.Quote))
            {
                blocks.Add(new Quote(persona.Quote, persona.Name));
            }
        }

        return blocks;
    }

    private static List<(string, string)> PersonaFacts(Persona p)
    {
        var facts = new List<(string, string)>();
        Add(facts, "Role", p.JobRole);
        Add(facts, "Age", p.Age);
        Add(facts, "Family", p.FamilyStatus);
        Add(facts, "Goals", Join([.. p.Goals?.Professional ?? [], .. p.Goals?.Personal ?? []]));
        Add(facts, "Needs", Join(p.Needs));
        Add(facts, "Pain points", Join(p.PainPoints));
        Add(facts, "Motivations", Join(p.Motivations));
        Add(facts, "Behaviours", Join(p.Behaviours));
        Add(facts, "Channels", Join(p.Channels));
        Add(facts, "Comes in at", p.Backstory?.EntryPoint);
        Add(facts, "Why", p.Backstory?.Why);
        Add(facts, "Wants", p.Backstory?.Outcomes);
        return facts;
    }

    private static string? Join(List<string>? items) => items is { Count: > 0 } ? string.Join("; ", items) : null;

    private static void Add(List<(string, string)> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add((label, value.Trim()));
        }
    }
}
