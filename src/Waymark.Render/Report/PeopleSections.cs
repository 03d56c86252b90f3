using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Render.Report;

/// <summary>What people said about the map: the ideas they voted for, and the comment threads still open.</summary>
internal static class PeopleSections
{
    private const int TopIdeas = 15;

    public static List<Block> Ideas(ReportInput input, StepNames steps)
    {
        var ideas = input.Map.Lanes.SelectMany(l => steps.InOrder(l.Cells)).SelectMany(c => c.Cell.Ideas.Select(i => (c.StepId, Idea: i)))
            .Select(x => (x.StepId, x.Idea, Votes: x.Idea.Votes + (input.Votes.TryGetValue(x.Idea.Id, out var v) ? v : 0)))
            .OrderByDescending(x => x.Votes).ThenByDescending(x => Sum(x.Idea)).ToList();
        if (ideas.Count == 0)
        {
            return [new Paragraph("The map holds no ideas yet.", Note: true)];
        }

        var blocks = new List<Block>
        {
            new Paragraph("Ideas ranked by votes (people's votes and those that came with the map file), then by their scores. "
                + "Desirable, feasible and viable are scored from 1 (low) to 5 (high)."),
            new Table("ideas", ["#", "Idea", "Step", "Votes", "Desirable", "Feasible", "Viable"],
                [.. ideas.Take(TopIdeas).Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), x.Idea.Text,
                    steps.Numbered(x.StepId), x.Votes.ToString(CultureInfo.InvariantCulture), Score(x.Idea.Desirable), Score(x.Idea.Feasible),
                    Score(x.Idea.Viable)])],
                [0.05f, 0.37f, 0.2f, 0.08f, 0.1f, 0.1f, 0.1f], NumericFrom: 3),
        };
        if (ideas.Count > TopIdeas)
        {
            blocks.Add(new Paragraph((ideas.Count - TopIdeas).ToString(CultureInfo.InvariantCulture) + " more ideas are on the map.", Note: true));
        }

        return blocks;
    }

    public static List<Block> Comments(IReadOnlyList<ReportThread> threads)
    {
        var blocks = new List<Block>
        {
            new Paragraph(threads.Count.ToString(CultureInfo.InvariantCulture) + (threads.Count == 1 ? " thread is" : " threads are") + " open."),
        };
        foreach (var thread in threads)
        {
            blocks.Add(new SubHeading("On " + thread.Place));
            foreach (var comment in thread.Comments)
            {
                blocks.Add(new Paragraph(comment.Author + " · " + comment.At.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC", Strong: true));
                blocks.Add(new Paragraph(comment.Body));
            }
        }

        return blocks;
    }

    private static int Sum(Idea idea) => (idea.Desirable ?? 0) + (idea.Feasible ?? 0) + (idea.Viable ?? 0);

    private static string Score(int? score) => score is { } s ? s.ToString(CultureInfo.InvariantCulture) + "/5" : "–";
}
