using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Waymark.Cli.Internals;

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

    /// <summary>
    /// JSON and CSV go to <paramref name="output"/> (machine formats, kept exact in a file or pipe; on a terminal, made
    /// terminal-safe like everything else); a table to <paramref name="console"/>.
    /// </summary>
    public static void Write(string format, object result, Func<bool, Tabular> tabular, TextWriter output, IAnsiConsole console)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(result, result.GetType(), Json));
                break;
            case "csv":
                WriteCsv(tabular(false), console.Profile.Out.IsTerminal ? new TerminalWriter(output) : output);
                break;
            default:
                WriteTable(tabular(true), console);
                break;
        }
    }

    private static void WriteTable(Tabular data, IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle(SafeMarkup.Value(data.Title)), Border = TableBorder.Rounded };
        foreach (var header in data.Headers)
        {
            table.AddColumn(new TableColumn(SafeMarkup.Value(header)));
        }

        foreach (var row in data.Rows)
        {
            table.AddRow([.. row.Select(SafeMarkup.Value)]);
        }

        console.Write(table);
        if (data.Footer is not null)
        {
            console.MarkupLine("[grey]" + SafeMarkup.Value(data.Footer) + "[/]");
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
