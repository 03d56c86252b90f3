using System.Globalization;
using Waymark.Analytics.Text;
using Waymark.Bench.Feedback;

// bench/feedback/run.sh runs `report <repo root> <RESULTS.md> [repeat]`; `score <file>` and `explain <text>` help
// when looking at single texts.
switch (args)
{
    case ["score", var file]:
        foreach (var line in File.ReadLines(file))
            Console.WriteLine(TextAnalyzer.Default.Sentiment(line).ToString("R", CultureInfo.InvariantCulture));
        return 0;
    case ["explain", var text]:
        Explain.Print(text);
        return 0;
    case ["report", var root, var results, .. var rest]:
        var repeat = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;
        return Report.Run(root, results, repeat);
    default:
        Console.Error.WriteLine("usage: report <repo root> <results.md> [repeat] | score <file> | explain <text>");
        return 2;
}
