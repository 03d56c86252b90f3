namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Where the server tells the person who started it something they must act on (the first-start sign-in link): the
/// console, as one block. Tests put their own in its place to read the link.
/// </summary>
public interface IConsoleNotice
{
    public void Write(string block);
}

internal sealed class ConsoleNotice : IConsoleNotice
{
    public void Write(string block) => Console.Out.WriteLine(block);
}
