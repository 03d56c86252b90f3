namespace Waymark.Analytics.Import;

/// <summary>How far an import has read: bytes of the file (compressed bytes for .gz) and rows so far.</summary>
public readonly record struct ImportProgress(long BytesRead, long TotalBytes, long Rows)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Min(1.0, (double)BytesRead / TotalBytes);
}
