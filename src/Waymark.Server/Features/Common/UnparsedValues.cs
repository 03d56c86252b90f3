using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Common;

/// <summary>
/// The route handlers are generated at build time (ADR 052). For an optional number or flag that does not parse
/// (<c>?limit=many</c>, <c>?complete=perhaps</c>) the generated binder answers a bare 400 without saying which value
/// it refused, where the framework's runtime binder threw a <see cref="BadHttpRequestException"/> naming it. This
/// middleware finds the value from the endpoint's binding metadata and throws that same exception, so
/// <see cref="BadRequestHandler"/> answers with the parameter's name as for every other bad value.
/// </summary>
internal static class UnparsedValues
{
    private static readonly MethodInfo ParsesMethod = typeof(UnparsedValues).GetMethod(nameof(Parses), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static WebApplication UseUnparsedValueNames(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            await next(http);
            if (http.Response.StatusCode == StatusCodes.Status400BadRequest && !http.Response.HasStarted
                && http.GetEndpoint() is { } endpoint && Find(http, endpoint.Metadata) is { } refused)
            {
                throw new BadHttpRequestException(refused);
            }
        });
        return app;
    }

    /// <summary>The framework's wording for the first bound value that does not parse as its type, or null.</summary>
    internal static string? Find(HttpContext http, EndpointMetadataCollection metadata)
    {
        foreach (var binding in metadata.GetOrderedMetadata<IParameterBindingMetadata>())
        {
            if (!binding.HasTryParse)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(binding.ParameterInfo.ParameterType) ?? binding.ParameterInfo.ParameterType;
            var name = QueryName(binding);
            var raw = http.Request.RouteValues.TryGetValue(name, out var routeValue) && routeValue is string fromRoute
                ? fromRoute
                : http.Request.Query[name].ToString();
            if (string.IsNullOrEmpty(raw) || Parse(type, raw))
            {
                continue;
            }

            var typeName = binding.ParameterInfo.ParameterType == type ? Alias(type) : Alias(type) + "?";
            return string.Create(CultureInfo.InvariantCulture, $"Failed to bind parameter \"{typeName} {name}\" from \"{raw}\".");
        }

        return null;
    }

    /// <summary>The name the value is read by: [FromQuery(Name = ...)] on the parameter or property, else its own.</summary>
    private static string QueryName(IParameterBindingMetadata binding)
    {
        var fromQuery = binding.ParameterInfo.GetCustomAttribute<FromQueryAttribute>();
        return fromQuery?.Name ?? binding.Name;
    }

    private static bool Parse(Type type, string raw)
    {
        var parsable = typeof(IParsable<>).MakeGenericType(type);
        if (!parsable.IsAssignableFrom(type))
        {
            return true; // not a type this check knows how to read: leave the answer as it is
        }

        return (bool)ParsesMethod.MakeGenericMethod(type).Invoke(null, [raw])!;
    }

    private static bool Parses<T>(string raw)
        where T : IParsable<T> => T.TryParse(raw, CultureInfo.InvariantCulture, out _);

    private static string Alias(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int32 => "int",
        TypeCode.Int64 => "long",
        TypeCode.Double => "double",
        TypeCode.Boolean => "bool",
        TypeCode.Decimal => "decimal",
        _ => type.Name,
    };
}
