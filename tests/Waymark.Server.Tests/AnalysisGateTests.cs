using Microsoft.Extensions.Options;
using Waymark.Server.Features.Analysis;

namespace Waymark.Server.Tests;

/// <summary>The gate of the map analyses: how many run at once, where they run, and giving up when the client goes.</summary>
public sealed class AnalysisGateTests
{
    [Fact]
    public async Task RunAsync_Work_RunsOnTheAnalysisThreadsNotThePool()
    {
        using var gate = new AnalysisGate(Options.Create(new AnalysisOptions { MaxConcurrent = 1, Threads = 2 }));

        var (pool, name) = await gate.RunAsync(_ => (Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name), CancellationToken.None);

        Assert.False(pool);
        Assert.StartsWith("Waymark analysis", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SlotsTaken_WaitsAndGivesUpWhenTheClientGoes()
    {
        using var gate = new AnalysisGate(Options.Create(new AnalysisOptions { MaxConcurrent = 1, Threads = 2 }));
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var first = gate.RunAsync(_ =>
        {
            started.Set();
            release.Wait();
            return 1;
        }, CancellationToken.None);
        started.Wait(TimeSpan.FromSeconds(30));
        using var client = new CancellationTokenSource();
        var ran = false;

        var second = gate.RunAsync(_ => ran = true, client.Token);
        await client.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.False(ran);
        Assert.Equal(1, gate.Running);
        release.Set();
        Assert.Equal(1, await first);
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task RunAsync_ClientGoesDuringThePass_StopsItAndFreesTheSlot()
    {
        using var gate = new AnalysisGate(Options.Create(new AnalysisOptions { MaxConcurrent = 1, Threads = 2 }));
        using var client = new CancellationTokenSource();
        var chunks = 0;

        var work = gate.RunAsync(token =>
        {
            // Stands in for an engine pass: Parallel.For over chunks, checking the token between them.
            Parallel.For(0, 1_000_000, new ParallelOptions { CancellationToken = token, TaskScheduler = TaskScheduler.Current }, _ =>
            {
                if (Interlocked.Increment(ref chunks) == 100)
                {
                    client.Cancel();
                }
            });
            return chunks;
        }, client.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
        Assert.InRange(Volatile.Read(ref chunks), 100, 999_999);
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task AwaitAsync_WorkWaitingOnIO_StartsOnTheAnalysisThreadsAndHoldsTheSlotUntilItEnds()
    {
        using var gate = new AnalysisGate(Options.Create(new AnalysisOptions { MaxConcurrent = 1, Threads = 2 }));
        var answer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        string? startedOn = null;

        var query = gate.AwaitAsync(_ =>
        {
            startedOn = Thread.CurrentThread.Name;
            return answer.Task;
        }, CancellationToken.None);
        var next = gate.RunAsync(_ => 2, CancellationToken.None);
        await Task.Delay(50);

        Assert.Equal((1, false), (gate.Running, next.IsCompleted));
        answer.SetResult(1);
        Assert.Equal((1, 2), (await query, await next));
        Assert.StartsWith("Waymark analysis", startedOn, StringComparison.Ordinal);
        Assert.Equal(0, gate.Running);
    }
}
