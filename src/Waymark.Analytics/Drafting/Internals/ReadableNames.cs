using System.Text;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// Activity names made readable for people: "add_to_cart", "add-to-cart", "AddToCart" and "ADD TO CART" all become
/// "Add to cart"; names already written for people ("Saw ad", "Viewed FAQ") keep their words and capitals.
/// </summary>
internal static class ReadableNames
{
    public const int MaxLength = 120;

    public static string Of(string activity)
    {
        var words = Words(activity);
        if (words.Count == 0)
        {
            return activity.Trim().Length == 0 ? "Unnamed activity" : activity.Trim();
        }

        var shouting = words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))) && words.Any(w => w.Length > 1);
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = shouting || IsCapitalisedWord(words[i]) ? words[i].ToLowerInvariant() : words[i];
            text.Append(i == 0 ? "" : " ").Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        var result = text.ToString();
        return result.Length <= MaxLength ? result : result[..(MaxLength - 1)] + "…";
    }

    /// <summary>Splits at separators and at lower-to-upper case changes ("addToCart" → add, To, Cart).</summary>
    private static List<string> Words(string activity)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < activity.Length; i++)
        {
            var c = activity[i];
            if (c is '_' or '-' or '.' or ':' or '/' || char.IsWhiteSpace(c))
            {
                Flush(words, current);
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(activity[i - 1]) && current.Length > 0)
            {
                Flush(words, current);
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    /// <summary>"Cart" (one capital then lower case) reads as an ordinary word; "FAQ" keeps its case.</summary>
    private static bool IsCapitalisedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c));

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
