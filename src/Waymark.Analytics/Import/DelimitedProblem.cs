namespace Waymark.Analytics.Import;

/// <summary>
/// Why a delimited text stops: on <paramref name="Line"/> (where the quoted field starts, or where the stray text
/// after its closing quote is) a quoted field is never closed (<paramref name="QuoteNotClosed"/>) or its closing
/// quote is followed by more text. <paramref name="Reason"/> says which in words.
/// </summary>
public sealed record DelimitedProblem(long Line, bool QuoteNotClosed, string Reason);
