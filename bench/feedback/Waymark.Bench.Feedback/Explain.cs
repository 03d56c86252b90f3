using System.Globalization;
using Waymark.Analytics.Text;
using Waymark.Analytics.Text.Internals;

namespace Waymark.Bench.Feedback;

/// <summary>Prints each token's valence after the rules, to see why a text scores as it does (`explain "text"`).</summary>
internal static class Explain
{
    public static void Print(string text)
    {
        var score = TextAnalyzer.Default.Sentiment(text);
        var scratch = TextScratch.Current;
        for (var i = 0; i < scratch.Count; i++)
        {
            var t = scratch.Tokens[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{new string(scratch.Word(i)),-16} {t.Valence,7:0.000}  lex={t.Info.Valence:0.0} {t.Info.Roles} {t.Flags}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compound {score:0.0000}"));
    }
}
