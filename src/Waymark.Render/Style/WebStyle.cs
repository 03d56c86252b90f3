using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SkiaSharp;
using Waymark.Core.Maps;

namespace Waymark.Render.Style;

/// <summary>
/// The editor's look, read from the web's own files (embedded at build time, see the csproj): the design tokens
/// (tokens.css), each lane kind's tint (laneTints.ts) and icon (laneKinds.tsx), and the card colours
/// (cardColors.ts). One source for both, so an export follows the editor when a token changes.
/// </summary>
public sealed partial class WebStyle
{
    private readonly Dictionary<string, string> _tokens;
    private readonly Dictionary<string, string> _laneTintTokens;
    private readonly Dictionary<string, string> _laneIcons;
    private readonly Dictionary<string, (SKColor Fill, SKColor Edge)> _cardColors;

    private WebStyle()
    {
        _tokens = Pairs(Read("tokens.css"), TokenPattern());
        _laneTintTokens = Pairs(Read("laneTints.ts"), TintPattern());
        _laneIcons = Pairs(Read("laneKinds.tsx"), IconPattern());
        _cardColors = [];
        foreach (Match m in CardPattern().Matches(Read("cardColors.ts")))
        {
            _cardColors[m.Groups[1].Value] = (SKColor.Parse(m.Groups[2].Value), SKColor.Parse(m.Groups[3].Value));
        }
    }

    /// <summary>The one instance: the files are read once per process.</summary>
    public static WebStyle Instance { get; } = new();

    public IReadOnlyDictionary<string, string> Tokens => _tokens;

    /// <summary>A colour token such as "text-2" or "tint-pain" (without the leading dashes).</summary>
    public SKColor Color(string token) =>
        _tokens.TryGetValue(token, out var value) && SKColor.TryParse(value, out var color)
            ? color
            : throw new InvalidOperationException($"tokens.css has no colour --{token}");

    /// <summary>A size token in px, such as "s2" (8) or "fs-sm" (13).</summary>
    public float Px(string token) =>
        _tokens.TryGetValue(token, out var value) && value.EndsWith("px", StringComparison.Ordinal)
            ? float.Parse(value[..^2], NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"tokens.css has no size --{token}");

    public SKColor LaneTint(LaneKind kind) =>
        _laneTintTokens.TryGetValue(Key(kind), out var token) ? Color(token) : Color("bg");

    /// <summary>The lane kind's icon as an SVG path on a 16 x 16 box, stroked like the editor's.</summary>
    public string LaneIcon(LaneKind kind) => _laneIcons.TryGetValue(Key(kind), out var path) ? path : "";

    /// <summary>A sticky note's fill and edge; a card without a known colour is the editor's plain card.</summary>
    public (SKColor Fill, SKColor Edge) CardColor(string? color) =>
        color is not null && _cardColors.TryGetValue(color, out var paint) ? paint : _cardColors["plainCard"];

    /// <summary>How the file format and the web name a lane kind ("emotionCurve").</summary>
    public static string Key(LaneKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static Dictionary<string, string> Pairs(string text, Regex pattern)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in pattern.Matches(text))
        {
            pairs.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Trim());
        }

        return pairs;
    }

    private static string Read(string name)
    {
        using var stream = typeof(WebStyle).Assembly.GetManifestResourceStream("Waymark.Render." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"--([a-z0-9-]+):\s*([^;]+);")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(\w+):\s*'var\(--([\w-]+)\)'")]
    private static partial Regex TintPattern();

    [GeneratedRegex(@"^\s*(\w+):\s*'(M[^']+)',", RegexOptions.Multiline)]
    private static partial Regex IconPattern();

    [GeneratedRegex(@"(\w+)(?::\s*CardPaint\s*=)?:?\s*\{\s*fill:\s*'(#[0-9a-fA-F]{6})',\s*edge:\s*'(#[0-9a-fA-F]{6})'")]
    private static partial Regex CardPattern();
}
