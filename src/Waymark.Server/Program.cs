using Waymark.Server;
using Waymark.Server.Features.Security;

var app = WaymarkApp.Build(args);
try
{
    app.Run();
    return 0;
}
catch (UnsafeListenAddressException e)
{
    // Asked to listen where other machines could reach it (ADR 009): the reason as the last line, without a trace.
    // Other start failures (options validation included) stay exceptions: the test host relies on seeing them.
    Console.Error.WriteLine("Waymark did not start: " + e.Message);
    return 1;
}

public partial class Program;
