using System.Net;

namespace Waymark.Server.Tests;

/// <summary>A request body that sends its first bytes, then waits until <see cref="Release"/> before sending the rest.</summary>
internal sealed class HeldContent(byte[] body, int first) : HttpContent
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(body.AsMemory(0, first));
        await stream.FlushAsync();
        await _released.Task;
        await stream.WriteAsync(body.AsMemory(first));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
