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

    public static Task<ServerProcess> StartAsync(string sqliteFile, string workingDirectory)
    {
        var port = FreePort();
        return StartOnAsync(sqliteFile, workingDirectory, $"http://127.0.0.1:{port}", new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>
    /// Starts the server listening on <paramref name="urls"/> with extra settings (later ones win), waiting until it
    /// answers on <paramref name="probe"/>.
    /// </summary>
    public static async Task<ServerProcess> StartOnAsync(string sqliteFile, string workingDirectory, string urls, Uri probe, params string[] settings)
    {
        var process = Process.Start(StartInfo(sqliteFile, workingDirectory, urls, settings))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, probe);
        await server.WaitUntilUpAsync();
        return server;
    }

    /// <summary>
    /// How long a start may take, to answer or to refuse (which comes when Kestrel binds, after the app has started):
    /// seconds on a quiet machine, over a minute on a very loaded one (seen at a load average of 50 on 2 cores, where
    /// 60 s was not enough). A start that answers or refuses sooner returns at once.
    /// </summary>
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(180);

    /// <summary>Starts the server on <paramref name="urls"/> for a start that must fail: its exit code and all it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string sqliteFile, string workingDirectory, string urls)
    {
        using var process = Process.Start(StartInfo(sqliteFile, workingDirectory, urls))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartPatience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The server on {urls} was still running after {StartPatience.TotalSeconds:0} s; it should have refused to start. It wrote:\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo StartInfo(string sqliteFile, string workingDirectory, string urls, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Waymark.Server.dll"),
            $"--urls={urls}",
            $"--ConnectionStrings:Waymark=Data Source={sqliteFile}",
            "--Logging:LogLevel:Default=Warning",
            "--Demo:Events=false",
            "--Auth:Accounts=false",
            "--Analysis:WarmUp=false", // the engine's warm-up: CPU these tests do not need (a setting below may turn it on)
            .. settings,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
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
        var deadline = DateTime.UtcNow + StartPatience;
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

        throw new TimeoutException($"The server did not answer /api/health within {StartPatience.TotalSeconds:0} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
