using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Waymark.Server.Features.Explorer;

/// <summary>
/// The explorer's query string as sent (every value text, read by <see cref="ExplorerQueryReader"/> so a bad one is a
/// 400 naming it). The web app keeps the same string in its address, and "tag every item matching" sends it back
/// as is, so a shared view, a search and a bulk tag read one filter one way.
/// </summary>
public sealed class ExplorerQuery
{
    /// <summary>Words and "quoted phrases"; every one must be in the text.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>survey, review, chat, call, social, email, other (any of).</summary>
    [FromQuery(Name = "source")] public string[]? Source { get; init; }

    /// <summary>nps, csat, ces, rating, none (any of).</summary>
    [FromQuery(Name = "scoreType")] public string[]? ScoreType { get; init; }

    /// <summary>low, middle, high, none: where the score sits in its type's range (NPS detractors are low).</summary>
    [FromQuery(Name = "band")] public string[]? Band { get; init; }

    /// <summary>negative, neutral, positive, none (no text).</summary>
    [FromQuery(Name = "sentiment")] public string[]? Sentiment { get; init; }

    /// <summary>joy, trust, anger, fear, sadness, surprise (any of).</summary>
    [FromQuery(Name = "emotion")] public string[]? Emotion { get; init; }

    /// <summary>cancel, switch, refund, complaint, praise, question (any of).</summary>
    [FromQuery(Name = "intent")] public string[]? Intent { get; init; }

    /// <summary>true: survey answers and other asked-for feedback; false: given unasked.</summary>
    [FromQuery(Name = "solicited")] public string? Solicited { get; init; }

    /// <summary>ISO 8601, inclusive (as the overlay's).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>ISO 8601, exclusive.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>A map whose placement gives each item its step (required by step).</summary>
    [FromQuery(Name = "map")] public string? Map { get; init; }

    /// <summary>Step ids of the map (any of): the items the map places there.</summary>
    [FromQuery(Name = "step")] public string[]? Step { get; init; }

    /// <summary>A saved segment's id: items from its customers (judged as the overlay judges them, in the period).</summary>
    [FromQuery(Name = "segment")] public string? Segment { get; init; }

    /// <summary>Tag ids (any of).</summary>
    [FromQuery(Name = "tag")] public string[]? Tag { get; init; }

    /// <summary>Topic phrases (any of): the text mentions the phrase as whole words.</summary>
    [FromQuery(Name = "topic")] public string[]? Topic { get; init; }

    /// <summary>The placement window in whole hours (as the map's feedback), 1..8760, default 168.</summary>
    [FromQuery(Name = "window")] public string? Window { get; init; }

    /// <summary>newest (default), oldest, score-high, score-low.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    /// <summary>1..200, default 50.</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary>The same query read from a query string ("q=refund&amp;source=chat"), as a bulk tag sends it.</summary>
    public static ExplorerQuery FromQueryString(string? text)
    {
        var q = QueryHelpers.ParseQuery(string.IsNullOrEmpty(text) ? "" : text.StartsWith('?') ? text : "?" + text);
        string? One(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
        string[]? Many(string key) => q.TryGetValue(key, out var v) ? [.. v.Where(s => s is not null).Select(s => s!)] : null;
        return new ExplorerQuery
        {
            Q = One("q"), Source = Many("source"), ScoreType = Many("scoreType"), Band = Many("band"), Sentiment = Many("sentiment"),
            Emotion = Many("emotion"), Intent = Many("intent"), Solicited = One("solicited"), From = One("from"), To = One("to"),
            Map = One("map"), Step = Many("step"), Segment = One("segment"), Tag = Many("tag"), Topic = Many("topic"),
            Window = One("window"), Sort = One("sort"), Offset = One("offset"), Limit = One("limit"),
        };
    }
}
