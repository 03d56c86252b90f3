namespace Waymark.Testing;

/// <summary>Waits for a group writer's state (a batch taken, N waiting) that a test arranges by holding the writer.</summary>
public static class GroupWriterWait
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails the test after 20 s.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the group writer");
            await Task.Delay(10);
        }
    }
}
