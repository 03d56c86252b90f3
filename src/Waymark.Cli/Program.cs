using System.CommandLine;
using Waymark.Cli.Commands;

var root = new RootCommand("waymark: customer journey maps grounded in data");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
return root.Parse(args).Invoke();
