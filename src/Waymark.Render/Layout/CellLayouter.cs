using System.Globalization;
using SkiaSharp;
using Waymark.Core.Maps;
using Waymark.Render.Style;
using Waymark.Render.Text;

namespace Waymark.Render.Layout;

/// <summary>
/// Stacks what one cell holds into boxes, top to bottom as the editor shows them: text, sticky notes, channel
/// chips, pain points, ideas, the moment of truth, KPIs, the image and the owner. Boxes are relative to the cell's
/// content corner; every box is as tall as its wrapped text needs.
/// </summary>
internal sealed class CellLayouter(TextLayouter text, WebStyle style, Metrics m)
{
    private static readonly SKColor Plain = SKColors.White;

    public List<CardBox> Layout(Cell cell, int column, int lane)
    {
        var boxes = new List<CardBox>();
        var y = 0f;
        void Add(CardBox box)
        {
            boxes.Add(box with { Box = SKRect.Create(box.Box.Left, y, box.Box.Width, box.Box.Height) });
            y += box.Box.Height + m.Gap;
        }

        if (!string.IsNullOrWhiteSpace(cell.Text))
        {
            var block = text.Layout(cell.Text, m.FontSm, false, m.CellInner, lineHeight: 1.45f);
            Add(Box(CardKind.Text, column, lane, block, TextBlock.Empty, SKColors.Transparent, SKColors.Transparent, 0));
        }

        foreach (var card in cell.Cards)
        {
            var (fill, edge) = style.CardColor(card.Color);
            var tags = card.Tags.Count == 0 ? "" : string.Join("  ", card.Tags.Select(t => "#" + t));
            Add(Note(CardKind.Note, column, lane, card.Text, tags, fill, edge, style.Color("text-2")));
        }

        if (cell.Channels.Count > 0)
        {
            y = Chips(cell.Channels, column, lane, y, boxes);
        }

        foreach (var pain in cell.PainPoints)
        {
            var (label, colour) = Impact(pain.Impact);
            Add(Note(CardKind.PainPoint, column, lane, pain.Text, WithEvidence(label, pain.Citations), Plain, colour, colour));
        }

        foreach (var idea in cell.Ideas)
        {
            Add(Note(CardKind.Idea, column, lane, idea.Text, WithEvidence(IdeaMeta(idea), idea.Citations), Plain, style.CardColor("yellow").Edge, style.Color("text-2")));
        }

        if (cell.MomentOfTruth is { } truth)
        {
            Add(Note(CardKind.MomentOfTruth, column, lane, string.IsNullOrWhiteSpace(truth.Note) ? "Moment of truth" : truth.Note!,
                WithEvidence("Moment of truth", truth.Citations), style.Color("tint-truth"), Truth, Truth));
        }

        foreach (var kpi in cell.Kpis)
        {
            var target = kpi.Target is { } t ? "Target " + t.ToString("0.##", CultureInfo.InvariantCulture) + (kpi.Unit is { } u ? " " + u : "") : "";
            Add(Note(CardKind.Kpi, column, lane, kpi.Metric, target, Plain, style.Color("ok"), style.Color("text-2")));
        }

        if (cell.Image is { } image)
        {
            // The picture itself is never fetched (exports work offline and must not call out): its description stands in.
            var alt = string.IsNullOrWhiteSpace(image.Alt) ? "Image" : image.Alt;
            var block = text.Layout(alt, m.FontXs, false, m.CellInner - (2 * m.S2));
            var height = Math.Max(96, block.Height + 48);
            Add(Box(CardKind.Image, column, lane, block, TextBlock.Empty, style.Color("bg-3"), style.Color("line-2"), height));
        }

        if (!string.IsNullOrWhiteSpace(cell.Owner))
        {
            var block = text.Layout(cell.Owner, m.FontXs, true, m.CellInner - 20);
            Add(Box(CardKind.Owner, column, lane, block, TextBlock.Empty, SKColors.Transparent, SKColors.Transparent, block.Height));
        }

        return boxes;
    }

    public static SKColor Truth => new(0xa8, 0x65, 0x00);

    /// <summary>The channel chip's edge and ink (web/src/features/editor/cells/Channels.module.css, not tokens there).</summary>
    private static SKColor ChipEdge => new(0xc9, 0xdf, 0xdd);

    private static SKColor ChipInk => new(0x1f, 0x5f, 0x59);

    private CardBox Note(CardKind kind, int column, int lane, string body, string meta, SKColor fill, SKColor edge, SKColor metaColor)
    {
        var inner = m.CellInner - Metrics.EdgeBar - (2 * m.S2);
        // The moment of truth's star sits in the top right corner: its text keeps clear of it.
        var block = text.Layout(body, m.FontSm, false, kind == CardKind.MomentOfTruth ? inner - 16 : inner);
        var metaBlock = text.Layout(meta, 11, kind == CardKind.PainPoint, inner, 3, 1.5f);
        var height = 6 + block.Height + (metaBlock.Lines.Count > 0 ? metaBlock.Height + 3 : 0) + 7;
        return new CardBox(kind, column, lane, SKRect.Create(0, 0, m.CellInner, height), block, metaBlock, fill, edge, metaColor);
    }

    private CardBox Box(CardKind kind, int column, int lane, TextBlock block, TextBlock meta, SKColor fill, SKColor edge, float height) =>
        new(kind, column, lane, SKRect.Create(0, 0, m.CellInner, height > 0 ? height : block.Height), block, meta, fill, edge, style.Color("text-2"));

    /// <summary>Channel chips flow left to right and wrap, like the editor's.</summary>
    private float Chips(List<string> channels, int column, int lane, float y, List<CardBox> boxes)
    {
        var x = 0f;
        const float height = 22;
        foreach (var channel in channels)
        {
            var label = ChannelLabel(channel);
            var block = text.Layout(label, m.FontXs, true, m.CellInner - 16, 1);
            var width = Math.Min(m.CellInner, block.Width + 16);
            if (x > 0 && x + width > m.CellInner)
            {
                x = 0;
                y += height + m.S1;
            }

            boxes.Add(new CardBox(CardKind.Channel, column, lane, SKRect.Create(x, y, width, height), block, TextBlock.Empty,
                style.Color("bg"), ChipEdge, ChipInk));
            x += width + m.S1;
        }

        return y + height + m.Gap;
    }

    private (string Label, SKColor Colour) Impact(PainImpact impact) => impact switch
    {
        PainImpact.Trivial => ("Trivial", style.Color("text-3")),
        PainImpact.Abandons => ("Abandons", style.Color("danger")),
        _ => ("Needs a workaround", style.Color("warn")),
    };

    /// <summary>The card's meta line with how many pieces of evidence it cites, as the editor's badge shows.</summary>
    private static string WithEvidence(string meta, List<Citation>? citations) =>
        citations is { Count: > 0 } ? meta + " · evidence " + citations.Count.ToString(CultureInfo.InvariantCulture) : meta;

    private static string IdeaMeta(Idea idea)
    {
        var parts = new List<string> { idea.Votes == 1 ? "1 vote" : idea.Votes.ToString(CultureInfo.InvariantCulture) + " votes" };
        if (idea.Desirable is { } d) parts.Add("D " + d.ToString(CultureInfo.InvariantCulture));
        if (idea.Feasible is { } f) parts.Add("F " + f.ToString(CultureInfo.InvariantCulture));
        if (idea.Viable is { } v) parts.Add("V " + v.ToString(CultureInfo.InvariantCulture));
        if (idea.Effort is { } e) parts.Add("effort " + e.ToString().ToLowerInvariant());
        if (idea.Impact is { } i) parts.Add("impact " + i.ToString().ToLowerInvariant());
        return string.Join(" · ", parts);
    }

    /// <summary>The editor's channel names (web/src/ui/channels.ts); a custom channel shows its own name.</summary>
    public static string ChannelLabel(string channel) => channel switch
    {
        "web" => "Web", "mobileApp" => "Mobile app", "email" => "Email", "phone" => "Phone", "chat" => "Chat",
        "social" => "Social", "store" => "Store", "mail" => "Mail", "ads" => "Ads", "partner" => "Partner",
        _ => channel.StartsWith(Channels.CustomPrefix, StringComparison.Ordinal) ? channel[Channels.CustomPrefix.Length..] : channel,
    };
}
