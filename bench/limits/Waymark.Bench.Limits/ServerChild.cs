using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Waymark.Bench.Limits;

/// <summary>
/// The real server in its own process (`dotnet Waymark.Server.dll`, server GC as shipped) on a free loopback port
/// with a temp SQLite file, so its resident memory is its own and the load generator's threads are not its threads.
/// </summary>
internal sealed class ServerChild : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServerChild(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        Http.DefaultRequestHeaders.Add(Waymark.Server.Features.Security.ClientHeader.Name, "bench"); // changes need it (ADR 009)
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Resident bytes of the server process now.</summary>
    public long Resident
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public static async Task<ServerChild> StartAsync(IEnumerable<string> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "waymark-bench-limits-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Waymark.Server.dll"),
            $"--urls=http://127.0.0.1:{port}",
            $"--ConnectionStrings:Waymark=Data Source={Path.Combine(folder, "waymark.db")}",
            "--Logging:LogLevel:Default=Warning",
            "--Demo:Events=false",
            "--Auth:Accounts=false",
            .. settings,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("[server] " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerChild(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilUpAsync();
        return server;
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering.");
            }

            try
            {
                using var response = await Http.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server did not answer within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
