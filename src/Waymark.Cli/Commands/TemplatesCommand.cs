using System.CommandLine;
using Spectre.Console;
using Waymark.Cli.Internals;
using Waymark.Core.Templates;

namespace Waymark.Cli.Commands;

/// <summary>`waymark templates`: the built-in template library.</summary>
public sealed class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("templates", "List the built-in journey map templates.");
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CliContext context)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("id", "name", "kind", "stages", "steps", "personas");
        foreach (var template in TemplateLibrary.All)
        {
            var map = template.Create();
            table.AddRow(
                SafeMarkup.Value(template.Id),
                SafeMarkup.Value(template.Name),
                SafeMarkup.Value(KindNames.Of(template.Kind)),
                map.Stages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                map.StepCount().ToString(System.Globalization.CultureInfo.InvariantCulture),
                map.Personas.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Line($"{TemplateLibrary.All.Count} templates. Start one with: waymark new --template <id> -o my-map.waymark.json");
        return ExitCodes.Ok;
    }
}
