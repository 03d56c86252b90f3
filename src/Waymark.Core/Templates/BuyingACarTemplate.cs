using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>Buying a new family car through a franchised dealer, from research to the first service.</summary>
public static class BuyingACarTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "buying-a-car",
        "Buying a car",
        MapKind.CurrentState,
        "A first-time new-car buyer researches hybrids, test-drives, negotiates finance and a trade-in, takes " +
        "delivery and comes back for the first service. Emotion scored 1 to 10.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("A new hybrid family car bought through a dealer, with finance and a trade-in, on a 1-10 scale.")
        .Goal("Buy a safe, economical family car before the baby arrives, at a price and monthly payment she trusts.")
        .Scenario("Aisha configures a hybrid SUV online, books a test drive, trades in her hatchback, takes dealer " +
            "finance and collects the car three weeks later.")
        .Segment("First new-car purchase, finance buyers with a trade-in")
        .ChannelsInScope("web", "phone", "email", "store", "chat")
        .Target("kpi-lead-to-sale", "Test drive to sale conversion", "%", 24m, 32m, "2027-06-30")
        .Target("kpi-handover-csat", "Handover CSAT", "score", 4.1m, 4.6m, "2027-06-30")
        .Target("kpi-first-service", "Customers booking first service at the dealer", "%", 55m, 70m, "2027-12-31")
        .Owner("Retail customer experience, national sales company")
        .ReviewBy("2027-06-30")
        .Scale(EmotionScale.OneToTen)
        .Persona(Aisha())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-research", "Research", "Narrow down to two models that fit the family and the budget", s => s
            .Step("stp-read-reviews", "Reads reviews", t => t
                .Does("Watches video reviews and reads safety ratings for four hybrid SUVs")
                .Touchpoint("Review sites, video channels, safety rating site", "Brand marketing", "web", "social")
                .Thinks("Which of these actually fits a rear-facing car seat?")
                .Feels("Excited but overloaded")
                .Emotion(6, "Exploring"))
            .Step("stp-configure", "Configures online", t => t
                .Does("Builds the car in the online configurator and sees a price with every option she wants")
                .Touchpoint("Online configurator", "Digital sales", "web")
                .Thinks("The price jumped by 4,000 with the family pack. What is really needed?")
                .Feels("Sticker shock")
                .Emotion(4, "Price jumped")
                .Pain("pp-config-price", "Configurator hides which packs are needed for the features she chose",
                    PainImpact.Trivial))
            .Step("stp-request-quote", "Requests a quote", t => t
                .Does("Submits a quote request and gets three phone calls from two dealers the same day")
                .Touchpoint("Quote form, dealer sales calls", "Dealer sales", "web", "phone")
                .Thinks("I asked for a number, not a sales pitch.")
                .Feels("Pressured")
                .Emotion(3, "Chased by dealers")
                .Pain("pp-pushy-calls", "Quote requests trigger repeated sales calls instead of a written quote",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-written-quote", "Instant written quote by email; calls only when she asks", 12,
                    (5, 4, 3), Level.Medium, Level.High)
                .Kpi("Quote requests answered in writing within 4 hours", 80, "%")))
        .Stage("stg-visit", "Visit and test drive", "Check the car in real life, with the car seat", s => s
            .Step("stp-book-drive", "Books a test drive", t => t
                .Does("Books a Saturday test drive through the dealer's website")
                .Touchpoint("Online test drive booking", "Dealer sales", "web", "email")
                .Thinks("Easy enough. Hope the car is actually there.")
                .Feels("Looking forward to it")
                .Emotion(6, "Booked"))
            .Step("stp-showroom", "Arrives at the showroom", t => t
                .Does("Is greeted by a salesperson who has her name and chosen trim ready")
                .Touchpoint("Showroom reception, sales advisor", "Dealer sales", "store")
                .Thinks("They were expecting me. Good start.")
                .Feels("Welcome")
                .Emotion(7, "Recognised"))
            .Step("stp-test-drive", "Test-drives with the car seat", t => t
                .Does("Fits her own baby seat, drives 30 minutes on the ring road and parks it at home")
                .Touchpoint("Demonstrator car, advisor on the passenger seat", "Dealer sales", "store")
                .Thinks("Quiet, easy to park, the seat fits. This is the one.")
                .Feels("Certain, excited")
                .Emotion(9, "This is the one")
                .MomentOfTruth("The test drive with her own car seat turns a shortlist into a decision.")
                .Kpi("Test drive to sale conversion", 32, "%")))
        .Stage("stg-deal", "Deal and finance", "Agree a fair price, trade-in value and monthly payment", s => s
            .Step("stp-trade-in", "Values the trade-in", t => t
                .Does("Gets a trade-in offer 1,200 below the online valuation she checked")
                .Touchpoint("Used-car appraisal", "Dealer used cars", "store")
                .Thinks("That's well below what the website said. Am I being played?")
                .Feels("Distrustful")
                .Emotion(3, "Low trade-in")
                .Pain("pp-trade-in-gap", "Trade-in offer differs from online valuations without explanation",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-appraisal-report", "Written appraisal report showing how the value was reached", 8,
                    (4, 4, 4), Level.Low, Level.Medium))
            .Step("stp-finance", "Chooses finance", t => t
                .Does("Compares a PCP and a hire-purchase plan; the paperwork has 14 pages and a 45-minute wait")
                .Touchpoint("Finance manager, finance documents", "Captive finance company", "store", "email")
                .Thinks("I don't understand the balloon payment. Why does this take so long?")
                .Feels("Tired and confused")
                .Emotion(2, "Finance fog")
                .Pain("pp-finance-wait", "Long finance approval and jargon-heavy paperwork", PainImpact.Abandons)
                .Idea("idea-finance-explainer", "Side-by-side plan explainer and pre-approval online", 14, (5, 4, 5),
                    Level.Medium, Level.High)
                .MomentOfTruth("Finance is where buyers walk out: unclear totals undo the test drive's goodwill.")
                .Kpi("Finance decision time", 20, "min"))
            .Step("stp-sign", "Signs the order", t => t
                .Does("Signs the order with a delivery date three weeks out")
                .Touchpoint("Order form, deposit payment", "Dealer sales", "store")
                .Thinks("Done. Three weeks to wait.")
                .Feels("Relieved")
                .Emotion(7, "Signed")))
        .Stage("stg-handover", "Wait and handover", "Collect the car ready to drive, knowing how it works", s => s
            .Step("stp-wait-delivery", "Waits for delivery", t => t
                .Does("Hears nothing for two weeks, calls the dealer to check the car has arrived")
                .Touchpoint("Dealer phone line", "Dealer sales", "phone")
                .Thinks("Is it still coming before the baby?")
                .Feels("Anxious")
                .Emotion(4, "No news")
                .Pain("pp-no-delivery-updates", "No updates between order and delivery", PainImpact.NeedsWorkaround)
                .Idea("idea-order-tracker", "Order tracker with build, shipping and preparation stages", 10,
                    (5, 3, 4), Level.High, Level.Medium))
            .Step("stp-collect", "Collects the car", t => t
                .Does("Collects the car, has the app paired and the seat isofix shown in a 40-minute handover")
                .Touchpoint("Handover bay, delivery specialist, owner app", "Dealer aftersales", "store", "mobileApp")
                .Thinks("They set everything up. I feel ready to drive it home.")
                .Feels("Joyful")
                .Emotion(10, "Keys in hand")
                .MomentOfTruth("Handover is the memory the buyer retells; a rushed one costs the next sale.")
                .Kpi("Handover CSAT", 4.6m, "score")))
        .Stage("stg-own", "Own", "Drive without worries and keep the car serviced easily", s => s
            .Step("stp-survey", "Answers the sales survey", t => t
                .Does("Gets a call asking her to score the dealer 10 'or it counts as a fail'")
                .Touchpoint("Manufacturer survey and dealer call", "Dealer sales", "phone", "email")
                .Thinks("That's a strange thing to ask. Now I don't trust the score.")
                .Feels("Uncomfortable")
                .Emotion(5, "Score begging"))
            .Step("stp-first-service", "Books the first service", t => t
                .Does("Books the first service in the owner app with a courtesy car")
                .Touchpoint("Owner app service booking", "Dealer aftersales", "mobileApp")
                .Thinks("That was easy. I'll stay with this dealer.")
                .Feels("Content")
                .Emotion(8, "Easy service")
                .Kpi("First service booked at the dealer", 70, "%")));

    private static Persona Aisha() => new()
    {
        Id = "per-aisha",
        Name = "Aisha Karimi",
        Age = "31",
        JobRole = "Physiotherapist at a community clinic",
        FamilyStatus = "Married, first baby due in two months",
        Color = "#2f9e8f",
        Goals = new PersonaGoals
        {
            Professional = ["Get to home visits reliably and on time"],
            Personal = ["A safe car for the baby before the due date", "Keep monthly costs predictable"],
        },
        Needs = ["A written price she can compare", "Finance explained in plain words",
            "Confidence the car seat fits", "Delivery before the due date"],
        PainPoints = ["Pushy sales tactics", "Haggling", "Paperwork she does not understand"],
        Motivations = ["Safety", "Low running costs", "Being treated as a capable buyer"],
        Behaviours = ["Researches for weeks before visiting", "Brings a checklist and a partner's questions",
            "Checks online valuations before any trade-in"],
        Channels = ["web", "social", "email", "store", "phone"],
        Quote = "Give me the real number in writing and I'll decide. Don't make me haggle.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Finding out the baby seat will not fit safely in her small hatchback.",
            Why = "The family is growing and her old car is unreliable on winter home visits.",
            What = "Researches hybrids, test-drives two, trades in the hatchback and finances the new car.",
            Outcomes = "A safe car on the drive before the baby arrives, on a payment she understands.",
        },
    };
}
