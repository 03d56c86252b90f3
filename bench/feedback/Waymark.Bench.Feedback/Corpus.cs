using System.Globalization;

namespace Waymark.Bench.Feedback;

/// <summary>Texts with human mean ratings, read from "id TAB rating TAB text" files.</summary>
internal sealed record Corpus(string Name, string Source, IReadOnlyList<double> Ratings, IReadOnlyList<string> Texts)
{
    public static Corpus Read(string name, string path)
    {
        var ratings = new List<double>();
        var texts = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t', 3);
            if (parts.Length < 3 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating))
                continue;
            ratings.Add(rating);
            texts.Add(parts[2]);
        }
        return new Corpus(name, path, ratings, texts);
    }
}
