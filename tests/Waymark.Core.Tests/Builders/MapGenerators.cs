using FsCheck;
using FsCheck.Fluent;
using Waymark.Core.Maps;

namespace Waymark.Core.Tests.Builders;

/// <summary>FsCheck generators for random valid maps: hostile text, unicode, emoji, YAML look-alikes, odd decimals.</summary>
public static class MapGenerators
{
    private static readonly string[] Fragments =
    [
        "", "a", "Checkout", " ", "  lead", "trail  ", "\n", "\r\n", "\t", "\"", "\\", "'", "<script>alert(1)</script>",
        "&amp;", "<", ">", "é", "ü", "中文", "Ωmega", "😀", "👩🏽‍💻", "\u2028", "\u2029", "\u0001", "\u007f", "\u0085",
        "\u00a0", "\ufeff", "\ud800", "true", "null", "~", "123", "-7", "1e3", "0x1F", "0o17", ".5", ".inf", "+1",
        "-2..2", "yes", "No", "on", "#", " #", ": ", "a:b", "- ", "-", "?", "@", "`", "%", "!tag", "&anchor", "*alias",
        "[", "]", "{", "}", ",", "|", ">", "<<", "=", "---", "...", "2024-01-01", "C#", "50%",
    ];

    public static Gen<string> Text { get; } =
        Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(string.Concat);

    /// <summary>Decimals with trailing zeros, negative zero and values near decimal's limits.</summary>
    public static Gen<decimal> Decimal { get; } = Gen.OneOf(
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, 6)
        select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale),
        from lo in Gen.Choose(0, int.MaxValue)
        from hi in Gen.Choose(0, int.MaxValue)
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, lo / 3, hi, negative, (byte)scale));

    public static Gen<JourneyMap> Map { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from texts in Gen.ArrayOf(Text, 48)
        from numbers in Gen.ArrayOf(Decimal, 12)
        select new RandomMapFactory(seed, texts, numbers).Build();
}
