using System.Globalization;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Demo;

/// <summary>
/// A small web shop's events for the demo's "Web shop" source, fitting the e-commerce template's bindings: shoppers
/// come from an ad, browse, fill a cart, many leave at shipping costs, some come back through the reminder e-mail,
/// and the buyers get their order. Deterministic (a fixed seed), so the demo's figures are the same on every start.
/// </summary>
internal static class DemoShop
{
    public const int Shoppers = 1_200;

    public static List<NewEvent> Generate(DateTime until)
    {
        var random = new Random(20261208);
        var events = new List<NewEvent>(Shoppers * 8);
        var start = until.AddDays(-70);
        for (var n = 0; n < Shoppers; n++)
        {
            var customer = string.Create(CultureInfo.InvariantCulture, $"shopper-{n + 1:D4}");
            var at = start.AddMinutes(random.Next(0, 55 * 24 * 60));
            var journey = new Journey(customer, events, random, at);
            journey.Walk();
        }

        return events;
    }

    /// <summary>One shopper's visit, step by step; each step may be the last.</summary>
    private sealed class Journey(string customer, List<NewEvent> events, Random random, DateTime at)
    {
        private int _index;

        public void Walk()
        {
            Add(random.NextDouble() < 0.7 ? "ad_clicked" : "landing_page_viewed", "web", 0);
            if (!Next(0.8, "product_viewed", "web", 3) || !Next(0.55, "cart_item_added", "web", 4) || !Next(0.85, "cart_viewed", "web", 2)
                || !Next(0.8, "checkout_started", "web", 3))
            {
                return;
            }

            if (random.NextDouble() < 0.45)
            {
                Add("checkout_abandoned", "web", 1);
                if (!Next(0.5, "abandoned_cart_email_opened", "email", 60 * 20) || !Next(0.6, "abandoned_cart_email_clicked", "email", 2))
                {
                    return;
                }

                Add("session_started", "web", 1, """{"utm_source":"abandoned_cart_email"}""");
            }

            if (Next(0.85, "payment_submitted", "web", 4) && Next(0.97, "order_placed", "web", 1) && Next(1, "order_confirmation_sent", "email", 1)
                && Next(0.6, "tracking_viewed", "mobile", 60 * 30) && Next(0.95, "order_delivered", "web", 60 * 24 * 2))
            {
                Next(0.3, "review_submitted", "web", 60 * 24 * 3);
            }
        }

        private bool Next(double chance, string activity, string channel, int minutes)
        {
            if (random.NextDouble() >= chance)
            {
                return false;
            }

            Add(activity, channel, minutes);
            return true;
        }

        private void Add(string activity, string channel, int minutes, string? properties = null)
        {
            at = at.AddMinutes(minutes + random.Next(0, Math.Max(1, minutes)));
            events.Add(new NewEvent(string.Create(CultureInfo.InvariantCulture, $"{customer}-{_index++}"), customer, at.Ticks, activity, channel, properties));
        }
    }
}
