namespace Waymark.Render.Formats;

/// <summary>A PDF as one poster page of the map's own size, or split over A4 or Letter sheets (landscape).</summary>
public enum PageMode
{
    Poster,
    A4,
    Letter,
}
