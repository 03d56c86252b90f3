using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Waymark.Cli.Commands;

/// <summary>Writes a result as a Spectre.Console table, JSON (durations in seconds) or CSV.</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new SecondsConverter(), new JsonStringEnumConverter() },
    };

    public static void Write(string format, object result, Func<bool, Tabular> tabular, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(result, result.GetType(), Json));
                break;
            case "csv":
                WriteCsv(tabular(false), output);
                break;
            default:
                WriteTable(tabular(true));
                break;
        }
    }

    private static void WriteTable(Tabular data)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(data.Title)), Border = TableBorder.Rounded };
        foreach (var header in data.Headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in data.Rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(table);
        if (data.Footer is not null)
        {
            AnsiConsole.MarkupLine("[grey]" + Markup.Escape(data.Footer) + "[/]");
        }
    }

    private static void WriteCsv(Tabular data, TextWriter output)
    {
        output.WriteLine(string.Join(',', data.Headers.Select(Quote)));
        foreach (var row in data.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(Quote)));
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();

    private sealed class SecondsConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSpan.FromSeconds(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.TotalSeconds);
    }
}
