namespace Waymark.Cli.Commands;

/// <summary>An option value the user must fix; reported with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class CliOptionException(string message) : Exception(message);
