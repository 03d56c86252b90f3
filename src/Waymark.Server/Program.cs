using Microsoft.Extensions.Options;
using Waymark.Server;
using Waymark.Server.Features.Security;

try
{
    WaymarkApp.Build(args).Run();
    return 0;
}
catch (Exception e) when (e is UnsafeListenAddressException or OptionsValidationException)
{
    // A setting the server refuses to start with (ADR 009, a missing connection string): the reason, as the last line.
    Console.Error.WriteLine("Waymark did not start: " + e.Message);
    return 1;
}

public partial class Program;
