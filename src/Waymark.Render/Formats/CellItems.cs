using System.Globalization;
using Waymark.Core.Maps;
using Waymark.Render.Layout;

namespace Waymark.Render.Formats;

/// <summary>
/// Everything a cell holds as flat items (one per card, pain point, idea, channel, emotion point...), each with
/// its text and typed fields, in the order the editor shows them. CSV writes one row per item, Markdown one line.
/// </summary>
internal static class CellItems
{
    public static IEnumerable<CellItem> Of(Cell cell, JourneyMap map)
    {
        if (cell.Text is { Length: > 0 } text) yield return new CellItem("text", text);
        foreach (var card in cell.Cards) yield return new CellItem("card", card.Text) { Color = card.Color, Tags = string.Join(";", card.Tags) };
        foreach (var channel in cell.Channels) yield return new CellItem("channel", CellLayouter.ChannelLabel(channel));
        foreach (var e in cell.Emotions)
        {
            var persona = e.PersonaId is null ? null : map.Personas.FirstOrDefault(p => p.Id == e.PersonaId)?.Name ?? e.PersonaId;
            yield return new CellItem("emotion", e.Label ?? "") { Score = Num(e.Score), Persona = persona };
        }

        foreach (var p in cell.PainPoints) yield return new CellItem("painPoint", p.Text) { Impact = Camel(p.Impact.ToString()) };
        foreach (var i in cell.Ideas)
        {
            yield return new CellItem("idea", i.Text)
            {
                Votes = Num(i.Votes), Desirable = Num(i.Desirable), Feasible = Num(i.Feasible), Viable = Num(i.Viable),
                Effort = i.Effort is { } ef ? Camel(ef.ToString()) : null, Impact = i.Impact is { } im ? Camel(im.ToString()) : null,
            };
        }

        if (cell.MomentOfTruth is { } m) yield return new CellItem("momentOfTruth", m.Note ?? "");
        foreach (var k in cell.Kpis) yield return new CellItem("kpi", k.Metric) { Target = k.Target?.ToString(CultureInfo.InvariantCulture), Unit = k.Unit };
        if (cell.Image is { } image) yield return new CellItem("image", image.Alt) { Url = image.Url };
        if (cell.Owner is { Length: > 0 } owner) yield return new CellItem("owner", owner);
    }

    private static string? Num(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>One thing in a cell, flattened: its part ("card", "idea"...), text and the typed fields it has.</summary>
internal sealed record CellItem(string Part, string Text)
{
    public string? Color { get; init; }

    public string? Tags { get; init; }

    public string? Score { get; init; }

    public string? Persona { get; init; }

    public string? Impact { get; init; }

    public string? Votes { get; init; }

    public string? Desirable { get; init; }

    public string? Feasible { get; init; }

    public string? Viable { get; init; }

    public string? Effort { get; init; }

    public string? Target { get; init; }

    public string? Unit { get; init; }

    public string? Url { get; init; }
}
