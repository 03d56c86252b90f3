using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>An annual home insurance renewal with a price rise: notice, shopping around, haggling, renewing.</summary>
public static class SubscriptionRenewalTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "subscription-renewal",
        "Subscription renewal",
        MapKind.Renewal,
        "A loyal customer gets an annual renewal notice with a 22% price rise, shops around, calls to " +
        "negotiate and renews. Shows where loyalty is won or lost each year.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("The yearly renewal of a home insurance policy, from the last quiet month to the new policy year.")
        .Goal("Keep the home properly covered for a fair price without spending an evening on comparison sites.")
        .Scenario("Helen's renewal notice shows a 22% increase with no claims made. She compares quotes, calls " +
            "to ask why, gets a loyalty discount and renews for another year.")
        .Segment("Customers in their third or later policy year, auto-renewal on")
        .ChannelsInScope("email", "mail", "web", "phone", "partner")
        .Target("kpi-retention", "Renewal retention rate", "%", 78m, 85m, "2027-12-31")
        .Target("kpi-call-volume", "Renewal calls per 100 notices", "calls", 31m, 18m, "2027-06-30")
        .Target("kpi-renewal-nps", "NPS at renewal", "points", 8m, 25m, "2027-12-31")
        .Owner("Retention and pricing team")
        .ReviewBy("2027-06-30")
        .Persona(Helen())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-mid-term", "Before renewal", "Feel the policy is working for her during the year", s => s
            .Step("stp-update-details", "Updates her details", t => t
                .Does("Adds a new bike to the policy in the online account")
                .Touchpoint("Customer portal, change of cover", "Digital servicing", "web")
                .Thinks("That was simple, no extra charge.")
                .Feels("Content")
                .Emotion(1, "Looked after"))
            .Step("stp-hears-nothing", "Hears nothing for months", t => t
                .Does("Gets no contact except a marketing email about pet insurance")
                .Touchpoint("Marketing emails", "CRM marketing", "email")
                .Thinks("I only hear from them when they want to sell something.")
                .Feels("Indifferent")
                .Emotion(0, "Out of sight")))
        .Stage("stg-notice", "Renewal notice", "Understand what she will pay next year and why", s => s
            .Step("stp-receives-notice", "Receives the renewal notice", t => t
                .Does("Opens the renewal email 21 days before the end date")
                .Touchpoint("Renewal notice email and PDF", "Pricing", "email", "mail")
                .Thinks("22% more? I haven't claimed anything.")
                .Feels("Shocked, a bit insulted")
                .Emotion(-2, "Price rise")
                .Pain("pp-unexplained-rise", "Increase is not explained on the notice", PainImpact.NeedsWorkaround)
                .Idea("idea-price-breakdown", "Show why the price changed: rebuild costs, area claims, discounts", 13,
                    (5, 4, 3), Level.Medium, Level.High)
                .MomentOfTruth("The renewal notice: an unexplained rise turns a loyal customer into a shopper.")
                .Kpi("Notices opened within 3 days", 75, "%"))
            .Step("stp-compares-last-year", "Compares with last year", t => t
                .Does("Digs out last year's documents to check whether the cover changed")
                .Touchpoint("Policy documents in the portal", "Digital servicing", "web")
                .Thinks("Same cover, same house. So why?")
                .Feels("Suspicious")
                .Emotion(-1, "Looking for reasons"))
            .Step("stp-auto-renew-worry", "Checks auto-renewal", t => t
                .Does("Searches the portal for how to switch off auto-renewal in case she leaves")
                .Touchpoint("Account settings", "Digital servicing", "web")
                .Thinks("I don't want to be charged automatically if I find better.")
                .Feels("Wary")
                .Emotion(-1, "Guarding herself")
                .Pain("pp-hidden-auto-renew", "Auto-renewal switch is buried and needs a phone call",
                    PainImpact.NeedsWorkaround)))
        .Stage("stg-shop", "Shop around", "Find out what a fair price is", s => s
            .Step("stp-comparison-site", "Uses a comparison site", t => t
                .Does("Spends 40 minutes on a comparison site; gets quotes 15-30% cheaper")
                .Touchpoint("Price comparison site listing", "Distribution partnerships", "partner", "web")
                .Thinks("New customers get it cheaper. Typical.")
                .Feels("Annoyed, validated")
                .Emotion(-2, "Loyalty penalty")
                .Pain("pp-loyalty-penalty", "Existing customers pay more than new customers", PainImpact.Abandons)
                .Idea("idea-loyal-price", "Renewal price never above the new-customer price for the same cover", 18,
                    (5, 3, 3), Level.High, Level.High)
                .Kpi("Renewal quotes within 5% of new-business price", 95, "%"))
            .Step("stp-check-reviews", "Checks claim reviews", t => t
                .Does("Reads claims reviews for the two cheapest insurers")
                .Touchpoint("Review sites", "Brand marketing", "web")
                .Thinks("The cheapest one has terrible claim reviews. Ours paid out for my neighbour.")
                .Feels("Torn")
                .Emotion(0, "Torn")))
        .Stage("stg-negotiate", "Negotiate", "Get a fair price without a fight", s => s
            .Step("stp-calls", "Calls to ask why", t => t
                .Does("Waits 18 minutes on hold, then is transferred to the retention team")
                .Touchpoint("Contact centre IVR and retention team", "Customer service", "phone")
                .Thinks("I have to threaten to leave to get a fair price.")
                .Feels("Exasperated")
                .Emotion(-1, "On hold")
                .Pain("pp-hold-time", "Long hold time at renewal peak", PainImpact.NeedsWorkaround)
                .Idea("idea-renewal-callback", "Callback slot booked from the renewal email", 7, (4, 4, 4),
                    Level.Low, Level.Medium)
                .Kpi("Average speed of answer at renewal", 120, "seconds"))
            .Step("stp-gets-discount", "Gets a loyalty discount", t => t
                .Does("The agent explains the rebuild-cost change and takes 15% off with a loyalty discount")
                .Touchpoint("Retention agent", "Customer service", "phone")
                .Thinks("She was honest about why. That's fair enough.")
                .Feels("Respected")
                .Emotion(1, "Treated fairly")
                .MomentOfTruth("The agent's honesty, not just the discount, decides whether she stays next year.")))
        .Stage("stg-renew", "Renew", "Be covered for another year without doubts", s => s
            .Step("stp-confirm-renewal", "Confirms the renewal", t => t
                .Does("Accepts the new price; the confirmation email arrives within minutes")
                .Touchpoint("Renewal confirmation email", "Digital servicing", "email")
                .Thinks("Sorted for another year.")
                .Feels("Relieved")
                .Emotion(1, "Sorted")
                .Kpi("Renewal retention rate", 85, "%"))
            .Step("stp-new-documents", "Receives the new documents", t => t
                .Does("Gets a 38-page policy booklet and a summary she doesn't read")
                .Touchpoint("Policy documents by post and in the portal", "Operations", "mail", "web")
                .Thinks("Same as last year, I hope.")
                .Feels("Indifferent")
                .Emotion(0, "Filed away")
                .Pain("pp-long-booklet", "No one-page summary of what changed this year", PainImpact.Trivial)
                .Idea("idea-whats-changed", "A one-page 'what changed this year' summary", 5, (4, 5, 4),
                    Level.Low, Level.Low)));

    private static Persona Helen() => new()
    {
        Id = "per-helen",
        Name = "Helen Whitaker",
        Age = "52",
        JobRole = "School business manager",
        FamilyStatus = "Married, two adult children, one still at home",
        Color = "#d08a1e",
        Goals = new PersonaGoals
        {
            Professional = ["Balance the school budget without cutting staff"],
            Personal = ["Keep household bills under control", "Have cover that pays out when it matters"],
        },
        Needs = ["A renewal price she can understand", "Easy ways to change or stop auto-renewal",
            "Recognition for years of loyalty"],
        PainPoints = ["Price rises without explanation", "Long hold times", "Feeling punished for loyalty"],
        Motivations = ["Fairness", "Peace of mind", "Avoiding wasted evenings on comparison sites"],
        Behaviours = ["Reads every renewal letter", "Compares prices every two or three years",
            "Phones rather than chats for money matters", "Keeps paper copies of policies"],
        Channels = ["email", "mail", "phone", "web"],
        Quote = "I don't mind paying more if someone tells me why. I mind being taken for granted.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "The renewal notice email three weeks before the policy ends.",
            Why = "The price has gone up again and she has never made a claim.",
            What = "Checks last year's cover, compares quotes online, calls to ask why and negotiates.",
            Outcomes = "A fair price, the same trusted cover and a reason to stay next year.",
        },
    };
}
