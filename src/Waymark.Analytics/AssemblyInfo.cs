// The analytics engine: event/feedback logs, importers, analyses. No ASP.NET, no EF.
[assembly: System.CLSCompliant(false)]
