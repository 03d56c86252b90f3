namespace Waymark.Core.Maps;

public static class EmotionScaleExtensions
{
    public static int Min(this EmotionScale scale) => scale switch
    {
        EmotionScale.MinusTwoToTwo => -2,
        EmotionScale.OneToFive => 1,
        EmotionScale.OneToTen => 1,
        EmotionScale.MinusFiveToFive => -5,
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    public static int Max(this EmotionScale scale) => scale switch
    {
        EmotionScale.MinusTwoToTwo => 2,
        EmotionScale.OneToFive => 5,
        EmotionScale.OneToTen => 10,
        EmotionScale.MinusFiveToFive => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    public static bool Contains(this EmotionScale scale, int score) => score >= scale.Min() && score <= scale.Max();

    /// <summary>The file-format token, e.g. "-2..2".</summary>
    public static string ToToken(this EmotionScale scale) => scale switch
    {
        EmotionScale.MinusTwoToTwo => "-2..2",
        EmotionScale.OneToFive => "1..5",
        EmotionScale.OneToTen => "1..10",
        EmotionScale.MinusFiveToFive => "-5..5",
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    public static bool TryParseToken(string? token, out EmotionScale scale)
    {
        foreach (var candidate in Enum.GetValues<EmotionScale>())
        {
            if (string.Equals(candidate.ToToken(), token, StringComparison.Ordinal))
            {
                scale = candidate;
                return true;
            }
        }

        scale = default;
        return false;
    }
}
