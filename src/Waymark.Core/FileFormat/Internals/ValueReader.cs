using System.Globalization;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Reads one scalar node as the type the model wants, reporting wrong types and out-of-range numbers.</summary>
internal static class ValueReader
{
    public static string? Text(DocNode node, string path, ReadContext context)
    {
        if (node.Kind == DocKind.String)
        {
            return node.Text;
        }

        var hint = node.Kind is DocKind.Number or DocKind.True or DocKind.False ? " (quote it to make it text)" : "";
        context.Report(path, $"expected a string, found {node.Describe()}{hint}", node.Line);
        return null;
    }

    public static int? Int(DocNode node, string path, ReadContext context)
    {
        if (!TryNumber(node, path, context, out var value))
        {
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            context.Report(path, $"expected a whole number, found {node.Text}", node.Line);
            return null;
        }

        if (value < int.MinValue || value > int.MaxValue)
        {
            context.Report(path, $"number {node.Text} is out of range (-2147483648..2147483647)", node.Line);
            return null;
        }

        return (int)value;
    }

    public static decimal? Decimal(DocNode node, string path, ReadContext context) =>
        TryNumber(node, path, context, out var value) ? value : null;

    public static DateOnly? Date(DocNode node, string path, ReadContext context)
    {
        if (Text(node, path, context) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Report(path, $"expected a date as yyyy-MM-dd, found \"{text}\"", node.Line);
        return null;
    }

    public static T? Enum<T>(DocNode node, string path, ReadContext context)
        where T : struct, System.Enum
    {
        if (Text(node, path, context) is not { } text)
        {
            return null;
        }

        if (EnumText<T>.TryParse(text, out var value))
        {
            return value;
        }

        var name = path[(path.LastIndexOf('.') + 1)..];
        context.Report(path, $"unknown {name} \"{text}\"; allowed: {string.Join(", ", EnumText<T>.Allowed)}", node.Line);
        return null;
    }

    private static bool TryNumber(DocNode node, string path, ReadContext context, out decimal value)
    {
        value = 0;
        if (node.Kind != DocKind.Number)
        {
            context.WrongType(path, node, "a number");
            return false;
        }

        if (decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        context.Report(path, $"number {node.Text} is out of range (at most 28 significant digits, up to about 7.9e28)", node.Line);
        return false;
    }
}
