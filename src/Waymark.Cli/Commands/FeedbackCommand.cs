using System.CommandLine;
using Spectre.Console;

namespace Waymark.Cli.Commands;

/// <summary>`waymark feedback ...`: what customers said, from files.</summary>
public static class FeedbackCommand
{
    public static Command Create(CliContext context, IAnsiConsole errors)
    {
        var command = new Command("feedback", "Customer feedback (surveys, reviews, chats, calls): analyse a file or send it to a server.");
        command.Subcommands.Add(FeedbackAnalyzeCommand.Create(context));
        command.Subcommands.Add(FeedbackImportCommand.Create(context, errors));
        return command;
    }
}
