using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Waymark.Server.Features.Common;

/// <summary>
/// A request body that cannot be bound to an endpoint's typed request (not JSON, the wrong shape, a lone surrogate
/// in a string) answers with the framework's status (400, 413, 415) and the JSON path of what is wrong, like every
/// other validation problem. Binding failures are thrown in every environment (<see cref="RouteHandlerOptions"/>),
/// so this is the one place that words them. A syntax error also gives its line; a query or route value that does not
/// bind (<c>?limit=many</c>) is named by its parameter.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (path, message) = Where(bad);
        http.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path] = [message] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "The request body is not valid" : "The request cannot be read",
            Detail = $"{path}: {message}",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static (string Path, string Message) Where(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            var line = json.LineNumber is { } zeroBased ? $"line {(zeroBased + 1).ToString(CultureInfo.InvariantCulture)}: " : "";
            return (path, line + Describe(json));
        }

        var parameter = Parameter().Match(bad.Message);
        return (parameter.Success ? parameter.Groups["name"].Value : "$", bad.Message);
    }

    /// <summary>The framework names a parameter as "type name" in quotes: Failed to bind parameter "int? limit" from "many".</summary>
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex Parameter();

    /// <summary>The serializer's message without its trailing position details (the path says where).</summary>
    private static string Describe(JsonException json)
    {
        var message = json.InnerException is InvalidOperationException or ArgumentException
            ? "The text is not valid Unicode (a lone surrogate or bytes that are not UTF-8)."
            : json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
