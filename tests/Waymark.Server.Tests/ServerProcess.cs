using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Waymark.Server.Tests;

/// <summary>
/// The real server as a separate process (`dotnet Waymark.Server.dll`) on a free loopback port, so a test can
/// kill it with SIGKILL as a crash would, with no chance to flush or shut down.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(string sqliteFile, string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "Waymark.Server.dll"),
                     $"--urls=http://127.0.0.1:{port}",
                     $"--ConnectionStrings:Waymark=Data Source={sqliteFile};Pooling=false",
                     "--Logging:LogLevel:Default=Warning",
                     "--Demo:Events=false",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilUpAsync();
        return server;
    }

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed that was not already durable.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering.");
            }

            try
            {
                using var response = await http.GetAsync("/api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server did not answer /api/health within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
