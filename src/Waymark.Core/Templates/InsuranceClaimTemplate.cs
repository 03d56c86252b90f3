using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A home insurance claim for water damage, from the leak to the final settlement.</summary>
public static class InsuranceClaimTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "insurance-claim",
        "Insurance claim",
        MapKind.CurrentState,
        "A homeowner claims for a burst pipe: first notice of loss, loss adjuster visit, decision, repairs and " +
        "settlement. The moment insurance is meant for, scored -5 to 5.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("A water-damage home insurance claim over eight weeks, on a -5..5 emotion scale.")
        .Goal("Get the kitchen dried out and repaired quickly, without paying for what the policy covers.")
        .Scenario("A pipe bursts under Fatima's kitchen sink while she is at work. She reports the claim in the " +
            "evening, a loss adjuster visits, the cabinets are written off, repairs take five weeks.")
        .Segment("Home insurance escape-of-water claims between 2,000 and 15,000")
        .ChannelsInScope("phone", "web", "mobileApp", "email", "partner")
        .Target("kpi-cycle-time", "Days from first notice to settlement", "days", 54m, 30m, "2027-12-31")
        .Target("kpi-claim-nps", "Claims NPS", "points", 12m, 35m, "2027-12-31")
        .Target("kpi-status-calls", "Status-chasing calls per claim", "calls", 4.2m, 1m, "2027-06-30")
        .Owner("Claims customer experience")
        .ReviewBy("2027-06-30")
        .Scale(EmotionScale.MinusFiveToFive)
        .Persona(Fatima())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-incident", "Incident and report", "Stop the damage and know she is covered", s => s
            .Step("stp-finds-leak", "Finds the leak", t => t
                .Does("Comes home to water across the kitchen floor, turns off the stopcock")
                .Touchpoint("Emergency number on the policy card", "Claims", "phone")
                .Thinks("The floor, the cabinets... is this covered?")
                .Feels("Panicked")
                .Emotion(-4, "Flooded kitchen"))
            .Step("stp-reports-claim", "Reports the claim", t => t
                .Does("Calls the claims line at 19:30 and answers 40 questions, some twice")
                .Touchpoint("Claims line, first notice of loss", "Claims first notice team", "phone")
                .Thinks("I just want someone to say it's going to be fine.")
                .Feels("Overwhelmed")
                .Emotion(-3, "Long questions")
                .Pain("pp-fnol-questions", "Long first call with repeated questions", PainImpact.NeedsWorkaround)
                .Idea("idea-photo-fnol", "Report with photos in the app; call back within an hour", 11, (5, 4, 4),
                    Level.Medium, Level.High)
                .Kpi("First notice call length", 12, "minutes"))
            .Step("stp-emergency-plumber", "Gets an emergency plumber", t => t
                .Does("The insurer sends a plumber who fixes the pipe by 22:00")
                .Touchpoint("Emergency plumber from the supplier network", "Supplier management", "partner")
                .Thinks("They actually came tonight. Thank you.")
                .Feels("Relieved")
                .Emotion(2, "Fixed tonight")
                .MomentOfTruth("Help on the first night decides whether the customer trusts the rest of the claim.")))
        .Stage("stg-assess", "Assessment", "Have the damage understood and the claim accepted", s => s
            .Step("stp-drying", "Has the kitchen dried", t => t
                .Does("Lives with two loud dehumidifiers for twelve days")
                .Touchpoint("Drying contractor and equipment", "Supplier management", "partner")
                .Thinks("How long will this go on? Nobody said.")
                .Feels("Worn down")
                .Emotion(-2, "Noise and damp")
                .Pain("pp-drying-unknown", "No timeline given for drying", PainImpact.Trivial))
            .Step("stp-adjuster-visit", "Meets the loss adjuster", t => t
                .Does("Shows the loss adjuster the damage; he photographs everything and explains the cover")
                .Touchpoint("Loss adjuster home visit", "Loss adjusting partner", "partner", "store")
                .Thinks("He knew what he was talking about. That helps.")
                .Feels("Reassured")
                .Emotion(1, "Explained"))
            .Step("stp-waiting-decision", "Waits for a decision", t => t
                .Does("Hears nothing for 10 days and calls three times for an update")
                .Touchpoint("Claims helpline", "Claims handling", "phone")
                .Thinks("Every call I speak to someone new who reads the notes to me.")
                .Feels("Ignored")
                .Emotion(-3, "Chasing")
                .Pain("pp-status-chasing", "No proactive updates; status only by calling", PainImpact.NeedsWorkaround)
                .Idea("idea-claim-tracker", "Claim tracker with the next step and who owns it", 17, (5, 4, 5),
                    Level.Medium, Level.High)
                .Kpi("Status-chasing calls per claim", 1, "calls")))
        .Stage("stg-decide", "Decision", "Know what will be paid and why", s => s
            .Step("stp-offer", "Gets the settlement offer", t => t
                .Does("Receives a decision: cabinets covered, worktop not, with a 350 excess")
                .Touchpoint("Decision letter by email", "Claims handling", "email")
                .Thinks("Why not the worktop? It's ruined by the same water.")
                .Feels("Let down")
                .Emotion(-4, "Worktop refused")
                .Pain("pp-unclear-exclusion", "Decision does not explain the exclusion in plain words",
                    PainImpact.Abandons)
                .MomentOfTruth("The decision: a fair, explained answer keeps customers even when it is a no."))
            .Step("stp-challenge", "Challenges the decision", t => t
                .Does("Calls to challenge; a senior handler agrees the worktop is matching-set damage")
                .Touchpoint("Senior claims handler", "Claims handling", "phone")
                .Thinks("Should I have had to fight for that?")
                .Feels("Vindicated but tired")
                .Emotion(0, "Won the point")
                .Idea("idea-decision-call", "Call the customer to explain partial decisions before sending them",
                    10, (5, 4, 4), Level.Low, Level.High)))
        .Stage("stg-repair", "Repair", "Get the kitchen back to how it was", s => s
            .Step("stp-choose-repairer", "Chooses the repairer", t => t
                .Does("Picks the insurer's approved kitchen fitter rather than a cash settlement")
                .Touchpoint("Repair network booking", "Supplier management", "phone", "email")
                .Thinks("Less hassle if they manage it.")
                .Feels("Hopeful")
                .Emotion(1, "Plan in place"))
            .Step("stp-repairs", "Repairs take place", t => t
                .Does("Has fitters in for four days; the worktop is delayed by a week")
                .Touchpoint("Kitchen fitter", "Repair network partner", "partner")
                .Thinks("Nearly there. Please let the worktop arrive.")
                .Feels("Impatient")
                .Emotion(-1, "Delay"))
            .Step("stp-kitchen-back", "Gets the kitchen back", t => t
                .Does("Sees the finished kitchen, better than before")
                .Touchpoint("Completion sign-off", "Repair network partner", "store")
                .Thinks("It looks lovely. I can cook again.")
                .Feels("Happy")
                .Emotion(4, "Kitchen back")))
        .Stage("stg-close", "Settlement", "Close the claim and understand what it means for next year", s => s
            .Step("stp-settlement", "Claim is settled", t => t
                .Does("Gets a closure email and a payment for the hotel nights")
                .Touchpoint("Settlement email and payment", "Claims finance", "email")
                .Thinks("Done. Eight weeks, but done.")
                .Feels("Relieved")
                .Emotion(2, "Closed")
                .Kpi("Days from first notice to settlement", 30, "days"))
            .Step("stp-claims-survey", "Answers the claims survey", t => t
                .Does("Scores 7 out of 10: 'great people, too much chasing'")
                .Touchpoint("Post-claim NPS survey", "Customer insight", "email", "web")
                .Thinks("Will my premium go up now?")
                .Feels("Mixed")
                .Emotion(1, "Mixed")))
        ;

    private static Persona Fatima() => new()
    {
        Id = "per-fatima",
        Name = "Fatima Begum",
        Age = "58",
        JobRole = "Pharmacy technician",
        FamilyStatus = "Widowed, lives alone, two grown-up sons nearby",
        Color = "#1f7a8c",
        Goals = new PersonaGoals
        {
            Professional = ["Keep working her shifts while the house is sorted"],
            Personal = ["Have a working kitchen again", "Not be out of pocket for what she has paid to insure"],
        },
        Needs = ["Fast help on the night", "Updates without chasing", "Plain explanations of cover"],
        PainPoints = ["Repeating her story", "Jargon in decision letters", "Not knowing what happens next"],
        Motivations = ["Getting home back to normal", "Fair treatment", "Not relying on her sons"],
        Behaviours = ["Phones rather than uses apps for important matters", "Keeps every receipt and photo",
            "Asks her son to read complex letters"],
        Channels = ["phone", "email", "mobileApp"],
        Quote = "I've paid for twenty years without claiming. Now I need you, please be there.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Coming home from a late shift to a flooded kitchen.",
            Why = "The damage is more than she can pay for herself.",
            What = "Reports the claim, hosts the adjuster, challenges one decision and oversees repairs.",
            Outcomes = "A repaired kitchen, a fair settlement and a reason to renew.",
        },
    };
}
