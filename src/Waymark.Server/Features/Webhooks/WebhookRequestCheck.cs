using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Webhooks;

/// <summary>Checks a <see cref="WebhookRequest"/> field by field, naming each problem by its JSON path.</summary>
internal static class WebhookRequestCheck
{
    public const int MaxDescription = 500;

    /// <summary>The problems; on create the URL and the events are needed, on update only what is sent is checked.</summary>
    public static List<MapProblem> Problems(WebhookRequest request, bool create, bool allowPrivate)
    {
        var problems = new List<MapProblem>();
        if ((create || request.Url is not null) && WebhookUrls.Problem(request.Url, allowPrivate) is { } url)
        {
            problems.Add(new MapProblem("url", url));
        }

        if (request.Description is { } d)
        {
            if (d.Trim().Length > MaxDescription)
            {
                problems.Add(new MapProblem("description", $"The description is {d.Trim().Length} characters; the most is {MaxDescription}."));
            }
            else if (d.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
            {
                problems.Add(new MapProblem("description", "The description holds control characters; only text, line breaks and tabs are kept."));
            }
        }

        if (create && request.Events is null)
        {
            problems.Add(new MapProblem("events", $"Name the event types the endpoint takes, from: {string.Join(", ", WebhookEventTypes.All)}."));
        }
        else if (request.Events is { } events)
        {
            AddEventProblems(events, problems);
        }

        return problems;
    }

    private static void AddEventProblems(string[] events, List<MapProblem> problems)
    {
        if (events.Length == 0)
        {
            problems.Add(new MapProblem("events", $"An endpoint takes at least one event type, from: {string.Join(", ", WebhookEventTypes.All)}."));
        }

        for (var i = 0; i < events.Length; i++)
        {
            if (events[i] is null || !WebhookEventTypes.IsKnown(events[i]))
            {
                var shown = events[i] is null ? "null" : $"'{(events[i].Length > 60 ? events[i][..60] + "…" : events[i])}'";
                problems.Add(new MapProblem($"events[{i}]", $"{shown} is not an event type; known: {string.Join(", ", WebhookEventTypes.All)}."));
            }
        }
    }
}
