using Waymark.Core.Maps;

namespace Waymark.Core.Templates.Internals;

/// <summary>The rows that judge a step: emotion, pain points, ideas, moments of truth and KPIs.</summary>
internal sealed partial class StepBuilder
{
    /// <summary>A point on the emotion curve; inside <see cref="As"/> it is on that persona's curve.</summary>
    public StepBuilder Emotion(int score, string label) =>
        Set(() => Cell(LaneKind.EmotionCurve).Emotions.Add(
            new EmotionPoint { Score = score, Label = label, PersonaId = _personaId }));

    public StepBuilder Pain(string id, string text, PainImpact impact) =>
        Set(() => Cell(LaneKind.PainPoints).PainPoints.Add(new PainPoint { Id = id, Text = text, Impact = impact }));

    /// <summary>An idea with its votes and its desirable, feasible and viable scores (1..5).</summary>
    public StepBuilder Idea(string id, string text, int votes, (int Desirable, int Feasible, int Viable) dfv,
        Level effort, Level impact) =>
        Set(() => Cell(LaneKind.Ideas).Ideas.Add(new Idea
        {
            Id = id,
            Text = text,
            Votes = votes,
            Desirable = dfv.Desirable,
            Feasible = dfv.Feasible,
            Viable = dfv.Viable,
            Effort = effort,
            Impact = impact,
        }));

    public StepBuilder MomentOfTruth(string note) =>
        Set(() => Cell(LaneKind.MomentsOfTruth).MomentOfTruth = new MomentOfTruth { Note = note });

    public StepBuilder Kpi(string metric, decimal target, string unit) =>
        Set(() => Cell(LaneKind.Kpis).Kpis.Add(new KpiCell { Metric = metric, Target = target, Unit = unit }));
}
