using Waymark.Server;

WaymarkApp.Build(args).Run();

public partial class Program;
