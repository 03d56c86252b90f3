namespace Waymark.Bench.Rules;

/// <summary>
/// Whether every expected delivery arrived exactly once: each customer sent fired exactly once (by the rule's firings
/// API), each firing's webhook-id reached the receiver (lost if not) once (a repeat is allowed by at-least-once, and
/// counted), and nothing arrived that no firing made.
/// </summary>
internal sealed record DeliveryCheck(int Customers, int Firings, int NotFired, int FiredTwice, int Expected, int Lost, int Repeated, int Unexpected, int BadSignatures)
{
    public bool Clean => NotFired == 0 && FiredTwice == 0 && Lost == 0 && Unexpected == 0 && BadSignatures == 0;

    public static DeliveryCheck Of(ICollection<string> customers, List<Firing> firings, Receiver receiver)
    {
        var perCustomer = firings.GroupBy(f => f.Customer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var expected = firings.SelectMany(f => f.WebhookIds).ToHashSet(StringComparer.Ordinal);
        return new DeliveryCheck(
            customers.Count,
            firings.Count,
            customers.Count(c => !perCustomer.ContainsKey(c)),
            perCustomer.Count(p => p.Value > 1),
            expected.Count,
            expected.Count(id => !receiver.Hooks.ContainsKey(id)),
            receiver.Hooks.Count(h => h.Value.Count > 1),
            receiver.Hooks.Keys.Count(id => !expected.Contains(id)),
            receiver.BadSignatures);
    }

    public string Summary() =>
        $"{Customers:N0} customers sent, {Firings:N0} firings ({NotFired} not fired, {FiredTwice} fired twice), {Expected:N0} webhook-ids expected: " +
        $"{Lost} lost, {Repeated} received more than once, {Unexpected} unexpected, {BadSignatures} bad signatures";
}
