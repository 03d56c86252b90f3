using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>One cell: parts allowed for the lane kind, then each part's own rules.</summary>
internal static class CellChecks
{
    public static void Check(Cell cell, string path, LaneKind kind, MapFacts facts, ValidationContext v)
    {
        CheckParts(cell, path, kind, v);
        v.Text(DocPath.Property(path, "text"), cell.Text);
        v.Text(DocPath.Property(path, "owner"), cell.Owner);
        v.Channels(DocPath.Property(path, "channels"), cell.Channels);
        foreach (var (card, cardPath) in v.Each(DocPath.Property(path, "cards"), cell.Cards))
        {
            CheckCard(card, cardPath, v);
        }

        EmotionChecks.Check(cell.Emotions, DocPath.Property(path, "emotions"), facts, v);
        foreach (var (pain, painPath) in v.Each(DocPath.Property(path, "painPoints"), cell.PainPoints))
        {
            v.Id(DocPath.Property(painPath, "id"), pain.Id);
            v.Text(DocPath.Property(painPath, "text"), pain.Text);
            v.Defined(DocPath.Property(painPath, "impact"), pain.Impact);
            v.Short(DocPath.Property(painPath, "linkedTopic"), pain.LinkedTopic, MapLimits.MaxLinkLength, "linked topic");
            v.Short(DocPath.Property(painPath, "linkedActivity"), pain.LinkedActivity, MapLimits.MaxLinkLength, "linked activity");
            CitationChecks.Check(pain.Citations, painPath, "a pain point", v);
        }

        foreach (var (idea, ideaPath) in v.Each(DocPath.Property(path, "ideas"), cell.Ideas))
        {
            CheckIdea(idea, ideaPath, v);
        }

        var momentPath = DocPath.Property(path, "momentOfTruth");
        v.Text(DocPath.Property(momentPath, "note"), cell.MomentOfTruth?.Note);
        CitationChecks.Check(cell.MomentOfTruth?.Citations, momentPath, "a moment of truth", v);
        foreach (var (kpi, kpiPath) in v.Each(DocPath.Property(path, "kpis"), cell.Kpis))
        {
            v.Name(DocPath.Property(kpiPath, "metric"), kpi.Metric, "metric");
            v.Text(DocPath.Property(kpiPath, "unit"), kpi.Unit);
        }

        if (cell.Image is { } image)
        {
            CheckImage(image, DocPath.Property(path, "image"), v);
        }
    }

    private static void CheckParts(Cell cell, string path, LaneKind kind, ValidationContext v)
    {
        var allowed = LaneRules.AllowedParts(kind);
        var extra = LaneRules.PartsOf(cell) & ~allowed;
        if (extra == CellPart.None)
        {
            return;
        }

        var laneName = EnumText<LaneKind>.ToText(kind);
        var holds = allowed == CellPart.None ? "nothing" : CellParts.Describe(allowed);
        foreach (var part in CellParts.Each(extra))
        {
            var article = laneName[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
            v.Report(DocPath.Property(path, CellParts.PropertyName(part)),
                $"{article} {laneName} lane cannot hold {CellParts.PropertyName(part)}; it holds {holds}");
        }
    }

    private static void CheckCard(Card card, string path, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), card.Id);
        v.Text(DocPath.Property(path, "text"), card.Text);
        if (card.Color is not null && !CardColors.IsKnown(card.Color))
        {
            v.Report(DocPath.Property(path, "color"), $"unknown card color \"{card.Color}\"; allowed: {string.Join(", ", CardColors.All)}");
        }

        v.Texts(DocPath.Property(path, "tags"), card.Tags);
    }

    private static void CheckIdea(Idea idea, string path, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), idea.Id);
        v.Text(DocPath.Property(path, "text"), idea.Text);
        CitationChecks.Check(idea.Citations, path, "an idea", v);
        if (idea.Votes < 0)
        {
            v.Report(DocPath.Property(path, "votes"), $"votes cannot be negative, found {NumberText.Of(idea.Votes)}");
        }

        OneToFive(DocPath.Property(path, "desirable"), "desirable", idea.Desirable, v);
        OneToFive(DocPath.Property(path, "feasible"), "feasible", idea.Feasible, v);
        OneToFive(DocPath.Property(path, "viable"), "viable", idea.Viable, v);
        if (idea.Effort is { } effort)
        {
            v.Defined(DocPath.Property(path, "effort"), effort);
        }

        if (idea.Impact is { } impact)
        {
            v.Defined(DocPath.Property(path, "impact"), impact);
        }
    }

    private static void OneToFive(string path, string what, int? score, ValidationContext v)
    {
        if (score is { } s && (s < 1 || s > 5))
        {
            v.Report(path, $"{what} must be between 1 and 5, found {NumberText.Of(s)}");
        }
    }

    private static void CheckImage(ImageRef image, string path, ValidationContext v)
    {
        v.ImageUrl(DocPath.Property(path, "url"), image.Url, "image url");
        v.Alt(DocPath.Property(path, "alt"), image.Alt);
    }
}
