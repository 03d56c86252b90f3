using System.Text.Json;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Reads, for the rate limiter, the email address a request to a route marked <see cref="LimitedPerEmail"/> names:
/// the limiter picks its partitions before the endpoint binds its body, so this middleware (just before
/// UseRateLimiter) reads the small JSON body's "email" once, keeps it in the request's items, and rewinds the body for
/// the endpoint. Only marked routes pay for it; a body that is not JSON is left to the endpoint to refuse.
/// </summary>
internal static class RateLimitEmail
{
    private const string ItemKey = "waymark:rate-limit-email";
    private const int MaxBody = 4096;

    /// <summary>The normalised email address the request names, when its route is limited per email.</summary>
    public static string? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var email) ? email as string : null;

    public static async Task ReadAsync(HttpContext http, Func<Task> next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<LimitedPerEmail>() is null)
        {
            await next();
            return;
        }

        if (http.Request.ContentLength > MaxBody)
        {
            await TooLarge(http);
            return;
        }

        http.Request.EnableBuffering(MaxBody, MaxBody);
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            if (EmailIn(json.RootElement) is { } address)
            {
                http.Items[ItemKey] = address.ToUpperInvariant(); // Identity's normaliser: one count per account, however it is spelled
            }
        }
        catch (JsonException)
        {
            // not JSON: the endpoint answers 400
        }
        catch (IOException)
        {
            await TooLarge(http); // a body without a length that runs past the limit
            return;
        }

        http.Request.Body.Position = 0;
        await next();
    }

    /// <summary>The "email" property, named in any case as the endpoint's binder accepts it.</summary>
    private static string? EmailIn(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? found = null; // the last one named, as the binder keeps it
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name.Equals("email", StringComparison.OrdinalIgnoreCase))
            {
                found = property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()?.Trim() is { Length: > 0 } address ? address : null;
            }
        }

        return found;
    }

    private static Task TooLarge(HttpContext http) => TypedResults.Problem($"This request's body may be at most {MaxBody} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large").ExecuteAsync(http);
}

/// <summary>Endpoint metadata: requests are also rate-limited per the email address their JSON body names.</summary>
internal sealed class LimitedPerEmail;
