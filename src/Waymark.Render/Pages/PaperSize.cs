namespace Waymark.Render.Pages;

/// <summary>A sheet in PDF points (1/72 inch), landscape.</summary>
public readonly record struct PaperSize(string Name, float Width, float Height)
{
    public static PaperSize A4 { get; } = new("A4", 841.89f, 595.28f);

    public static PaperSize Letter { get; } = new("Letter", 792f, 612f);
}
