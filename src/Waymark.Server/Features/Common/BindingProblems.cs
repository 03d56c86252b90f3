using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Waymark.Server.Features.Common;

/// <summary>
/// Parameters the framework binds (a JSON body as a record, a query value as a number) fail with a
/// <see cref="BadHttpRequestException"/>, thrown because RouteHandlerOptions.ThrowOnBadRequest is on in every
/// environment. Without this they answer 500 in Development and a bare 400 elsewhere; here they answer the
/// exception's status with a validation problem keyed by where: the body's JSON path ("name", "$" for the body as a
/// whole, with its line), the parameter's name, or Content-Type.
/// </summary>
internal sealed partial class BindingProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var (path, message) = Place(bad);
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path] = [message] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported content type" : "The request cannot be read",
            Detail = $"{path}: {message}",
        };
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static (string Path, string Message) Place(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = json.Path is null or "$" ? "$" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
            var line = ((json.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            var reason = json.Message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0].TrimEnd('.', ' ');
            return (path, $"line {line}: {reason}");
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("Content-Type", bad.Message);
        }

        var parameter = Parameter().Match(bad.Message);
        return (parameter.Success ? parameter.Groups["name"].Value : "$", bad.Message);
    }

    /// <summary>The framework names the parameter as "type name" in quotes, e.g. Failed to bind parameter "int? limit".</summary>
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex Parameter();
}
