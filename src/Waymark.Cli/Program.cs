using Spectre.Console;
using Waymark.Cli;

return await CliApp.RunAsync(args, AnsiConsole.Console, Console.Error).ConfigureAwait(false);
