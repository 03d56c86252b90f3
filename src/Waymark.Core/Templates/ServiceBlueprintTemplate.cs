using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>
/// A service blueprint of click and collect at a home-improvement store: what the customer sees and does, what
/// staff do in view, what happens behind the line of visibility, and the systems that support it.
/// </summary>
public static class ServiceBlueprintTemplate
{
    private const string Store = "Store operations";
    private const string Fulfilment = "Store fulfilment team";

    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "service-blueprint",
        "Service blueprint: click and collect",
        MapKind.ServiceBlueprint,
        "A trade customer orders tiles and tools online and collects them at the store. Physical evidence, " +
        "customer actions, frontstage, backstage and support processes, step by step.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("Click and collect at a home-improvement store, blueprinted from the order to the job site.")
        .Goal("Pick up a complete, correct order in under five minutes before a job starts.")
        .Scenario("Kwame orders 14 boxes of tiles, adhesive and a tile cutter at 21:00 for collection at 7:00; " +
            "one item is short in store and the collection point is busy with the trade morning rush.")
        .Segment("Trade customers collecting before 9:00, orders over 20 items")
        .ChannelsInScope("web", "mobileApp", "email", "store", "phone")
        .Target("kpi-ready-on-time", "Orders ready by the promised time", "%", 86m, 98m, "2027-06-30")
        .Target("kpi-collect-time", "Time from arrival to leaving with the order", "minutes", 14m, 5m, "2027-06-30")
        .Target("kpi-complete", "Orders complete at collection", "%", 91m, 99m, "2027-09-30")
        .Owner("Omnichannel operations")
        .ReviewBy("2027-04-30")
        .Persona(Kwame())
        .Lane(LaneKind.Touchpoints, "Physical evidence and touchpoints")
        .Lanes(LaneKind.Channels, LaneKind.Actions, LaneKind.Thoughts, LaneKind.Feelings, LaneKind.EmotionCurve)
        .Lane(LaneKind.Frontstage, "Frontstage: staff actions the customer sees")
        .Lane(LaneKind.Backstage, "Backstage: staff actions out of sight")
        .Lane(LaneKind.SupportProcesses, "Support processes and systems")
        .Lanes(LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-order", "Order", "Order everything for tomorrow's job and trust it will be there", s => s
            .Step("stp-check-stock", "Checks store stock", t => t
                .Touchpoint("Product page with store stock level", "E-commerce", "web")
                .Does("Checks that his local store shows 'in stock' for all three items")
                .Thinks("14 boxes in stock. Good.")
                .Feels("Confident")
                .Emotion(1, "In stock")
                .Support("Stock feed from the store system, refreshed every 4 hours", "Inventory systems")
                .Pain("pp-stale-stock", "Stock shown online can be 4 hours out of date", PainImpact.NeedsWorkaround)
                .Idea("idea-live-stock", "Live stock with a reserved buffer for click and collect", 12, (5, 3, 4),
                    Level.High, Level.High))
            .Step("stp-place-order", "Places the order", t => t
                .Touchpoint("Checkout with collection slot, trade account login", "E-commerce", "web", "mobileApp")
                .Does("Pays on his trade account and picks 'ready by 7:00'")
                .Thinks("Ready first thing. That's the promise.")
                .Feels("Organised")
                .Emotion(1, "Ordered")
                .Backstage("Order is queued for the store's overnight pick list", Fulfilment)
                .Support("Order management system routes the order to the store", "Order management platform"))
            .Step("stp-order-email", "Gets the order confirmation", t => t
                .Touchpoint("Order confirmation email", "CRM", "email")
                .Does("Skims the confirmation on his phone")
                .Thinks("It says 'we'll tell you when it's ready'. Fine.")
                .Feels("Settled")
                .Emotion(0, "Waiting")
                .Support("Email service sends the confirmation template", "CRM platform")))
        .Stage("stg-prepare", "Prepare", "Know the order is ready before setting off", s => s
            .Step("stp-picking", "Order is picked", t => t
                .Touchpoint("None visible to the customer", Fulfilment, "store")
                .Does("Sleeps; expects the order to be ready")
                .Thinks("(Assumes it is being picked.)")
                .Feels("Unaware")
                .Emotion(0, "Unaware")
                .Backstage("Night team picks the order; 2 of 14 tile boxes are missing from the shelf", Fulfilment)
                .Support("Handheld picking app and the stock system", "Inventory systems")
                .Pain("pp-short-pick", "Short picks are found at night but the customer is not told",
                    PainImpact.Abandons)
                .Idea("idea-short-pick-alert", "Text the customer at once with options: wait, substitute, partial",
                    15, (5, 4, 5), Level.Medium, Level.High)
                .Kpi("Orders picked complete", 99, "%"))
            .Step("stp-ready-message", "Gets the ready message", t => t
                .Touchpoint("'Ready to collect' text with a QR code", "CRM", "phone", "mobileApp")
                .Does("Sees the ready message at 6:15 and sets off")
                .Thinks("Great, all set.")
                .Feels("Reassured")
                .Emotion(1, "Ready")
                .Backstage("Order is marked ready and the bags are placed in the collection bay", Fulfilment)
                .Support("Order status triggers the SMS", "Order management platform")
                .Pain("pp-ready-when-short", "Order is marked 'ready' even though it is incomplete",
                    PainImpact.NeedsWorkaround)))
        .Stage("stg-arrive", "Arrive", "Get to the collection point fast", s => s
            .Step("stp-park", "Parks at the store", t => t
                .Touchpoint("Collection parking bays and signage", Store, "store")
                .Does("Finds the two collection bays taken by shoppers' cars")
                .Thinks("Where do I put the van?")
                .Feels("Irritated")
                .Emotion(-1, "No bay")
                .Backstage("Car park is not monitored in the morning rush", Store)
                .Support("Car park management contract", "Facilities"))
            .Step("stp-find-desk", "Finds the collection desk", t => t
                .Touchpoint("Collection desk signs inside the store", Store, "store")
                .Does("Walks to the back of the store following signs to the collection desk")
                .Thinks("Why is it at the very back?")
                .Feels("Impatient")
                .Emotion(-1, "Long walk")
                .Frontstage("Greeter points the way", Store))
            .Step("stp-queue", "Queues", t => t
                .Touchpoint("Collection desk queue", Store, "store")
                .Does("Waits behind six trade customers; one colleague is on the desk")
                .Thinks("I'm losing my start on the job.")
                .Feels("Stressed")
                .Emotion(-2, "Queue")
                .Frontstage("One colleague serves the desk and answers the phone", Store)
                .Backstage("Second colleague is still picking late web orders", Fulfilment)
                .Support("Staff rota planned on footfall, not on collection slots", "Workforce planning")
                .Pain("pp-desk-queue", "Only one person on the desk in the trade rush", PainImpact.NeedsWorkaround)
                .Idea("idea-lockers", "Self-service lockers for orders that fit, open with the QR code", 11,
                    (5, 3, 4), Level.High, Level.High)
                .Kpi("Time from arrival to leaving", 5, "minutes")))
        .Stage("stg-collect", "Collect", "Leave with everything needed for the job", s => s
            .Step("stp-scan-qr", "Shows the QR code", t => t
                .Touchpoint("QR code on the phone, desk scanner", Store, "mobileApp", "store")
                .Does("Shows the QR code; the colleague fetches the bags")
                .Thinks("Finally.")
                .Feels("Hopeful")
                .Emotion(0, "Being served")
                .Frontstage("Colleague scans the code and fetches the order", Store)
                .Support("Collection app looks up the order by QR code", "Store systems"))
            .Step("stp-short-found", "Finds the order short", t => t
                .Touchpoint("Order bags and printed pick list", Store, "store")
                .Does("Is told two boxes of tiles are missing; offered a refund or delivery in 3 days")
                .Thinks("I can't tile half a bathroom. Why didn't anyone tell me?")
                .Feels("Angry")
                .Emotion(-2, "Order short")
                .Frontstage("Colleague apologises and offers a refund for the missing boxes", Store)
                .Backstage("Checks stock at the nearby store; finds 6 boxes there", Fulfilment)
                .Support("Store-to-store stock lookup", "Inventory systems")
                .MomentOfTruth("The short order: customers forgive a gap they were warned about, not a surprise " +
                    "at the desk.")
                .Kpi("Orders complete at collection", 99, "%"))
            .Step("stp-resolution", "Gets a fix", t => t
                .Touchpoint("Transfer note and courtesy coffee voucher", Store, "store", "phone")
                .Does("Accepts a same-day transfer from the nearby store to his job site at no charge")
                .Thinks("Okay, that actually saves my day.")
                .Feels("Won back")
                .Emotion(1, "Rescued")
                .Frontstage("Colleague arranges the transfer and a free delivery to site", Store)
                .Backstage("Nearby store ships the boxes on the 11:00 van", "Logistics")
                .Support("Inter-store transfer and delivery booking", "Logistics systems")))
        .Stage("stg-after", "After collection", "Finish the job and decide where to buy next time", s => s
            .Step("stp-delivery-to-site", "Receives the rest on site", t => t
                .Touchpoint("Delivery van and driver", "Logistics", "custom:Delivery")
                .Does("Gets the two boxes at the job site by 13:00")
                .Thinks("Lost a morning, but the job is on track.")
                .Feels("Relieved")
                .Emotion(1, "Job on track")
                .Backstage("Driver confirms delivery with a photo", "Logistics")
                .Support("Delivery tracking", "Logistics systems"))
            .Step("stp-survey", "Answers the survey", t => t
                .Touchpoint("Post-collection survey text", "Customer insight", "phone")
                .Does("Rates the collection 3 out of 5 and writes 'tell me before I drive in'")
                .Thinks("Good recovery, but it shouldn't have happened.")
                .Feels("Mixed")
                .Emotion(0, "Mixed")
                .Backstage("Store manager reviews low scores each morning", Store)
                .Support("Survey platform tags comments by theme", "Customer insight")));

    private static Persona Kwame() => new()
    {
        Id = "per-kwame",
        Name = "Kwame Asante",
        Age = "39",
        JobRole = "Self-employed tiler and bathroom fitter",
        FamilyStatus = "Married, three children",
        Color = "#2e86c1",
        Goals = new PersonaGoals
        {
            Professional = ["Start every job on time with all materials", "Keep customers recommending him"],
            Personal = ["Finish by 16:00 to do the school run twice a week"],
        },
        Needs = ["Orders ready and complete at opening time", "Fast collection with a van",
            "Early warning when something is missing"],
        PainPoints = ["Queues behind retail shoppers", "Missing items found at the desk", "No parking for vans"],
        Motivations = ["Time is money", "Reliable suppliers", "Trade pricing"],
        Behaviours = ["Orders late in the evening for the next morning", "Collects before 7:30",
            "Uses two stores and picks whichever is reliable", "Phones the store if anything looks wrong"],
        Channels = ["web", "mobileApp", "phone", "store"],
        Quote = "Tell me at night if something's missing. Don't tell me at the desk at seven in the morning.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Quoting a bathroom job that starts the next morning.",
            Why = "Collecting before the job saves him a morning of shopping in the aisles.",
            What = "Orders online in the evening, collects at opening time, drives straight to the site.",
            Outcomes = "A complete order in five minutes and a job that starts on time.",
        },
    };
}
