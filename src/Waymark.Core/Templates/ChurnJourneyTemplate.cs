using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>How a home broadband customer slides from annoyance to leaving, and what the exit is like.</summary>
public static class ChurnJourneyTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "churn-journey",
        "Churn journey",
        MapKind.Churn,
        "A home-working broadband customer suffers evening dropouts, fails to get them fixed, decides to leave " +
        "and cancels. Maps the early signals, the point of no return and the exit.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("From the first signs of trouble to a cancelled broadband contract and the final bill.")
        .Goal("Have internet that works reliably for paid work from home, or leave for a provider that does.")
        .Scenario("Samir's connection drops every evening for three weeks. Two support contacts don't fix it, " +
            "the out-of-contract price rises, and a neighbour recommends fibre from a competitor.")
        .Segment("Out-of-contract home broadband customers with repeated fault tickets")
        .ChannelsInScope("web", "mobileApp", "chat", "phone", "email", "mail")
        .Target("kpi-churn", "Monthly churn among customers with 2+ faults", "%", 4.8m, 2.5m, "2027-09-30")
        .Target("kpi-first-fix", "Faults fixed at first contact", "%", 46m, 70m, "2027-06-30")
        .Target("kpi-save-rate", "Cancellation calls saved", "%", 14m, 22m, "2027-06-30")
        .Owner("Customer retention and service quality")
        .ReviewBy("2027-03-31")
        .Persona(Samir())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-signals", "Early signals", "Get through the working day without connection problems", s => s
            .Step("stp-dropouts", "Connection drops in the evening", t => t
                .Does("Loses the connection during two evening client uploads in one week")
                .Touchpoint("Home router status lights", "Network operations", "custom:Router")
                .Thinks("Again? I have a deadline tonight.")
                .Feels("Stressed")
                .Emotion(-1, "Dropouts start")
                .Pain("pp-silent-outages", "The provider does not notice or tell him about the dropouts",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-proactive-alert", "Detect repeated line drops and message the customer first", 15,
                    (5, 3, 5), Level.High, Level.High)
                .Kpi("Faults detected before the customer reports them", 40, "%"))
            .Step("stp-speed-test", "Runs speed tests", t => t
                .Does("Runs speed tests nightly and screenshots 6 Mbps on a 'up to 70' plan")
                .Touchpoint("Provider speed checker web page", "Digital servicing", "web")
                .Thinks("I'm paying for 70 and getting a tenth of it.")
                .Feels("Cheated")
                .Emotion(-1, "Collecting evidence"))
            .Step("stp-price-letter", "Gets a price rise letter", t => t
                .Does("Receives a letter: the out-of-contract price goes up 4.50 a month")
                .Touchpoint("Annual price change letter and email", "Pricing", "mail", "email")
                .Thinks("More money for worse service. Brilliant.")
                .Feels("Resentful")
                .Emotion(-2, "Paying more for less")))
        .Stage("stg-seek-help", "Seek help", "Get the fault fixed quickly", s => s
            .Step("stp-chat-bot", "Contacts support by chat", t => t
                .Does("Uses the app chat; the bot has him restart the router and closes the chat")
                .Touchpoint("In-app chat bot", "Digital servicing", "chat", "mobileApp")
                .Thinks("I've restarted it ten times. I need a person.")
                .Feels("Patronised")
                .Emotion(-1, "Bot loop")
                .Pain("pp-bot-loop", "Chat bot repeats basic steps and cannot hand over to a person",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-bot-handover", "Hand over to an agent after a second contact about the same fault", 12,
                    (5, 5, 4), Level.Low, Level.High))
            .Step("stp-phone-support", "Calls support", t => t
                .Does("Calls, explains the history again, is told an engineer slot is 9 days away")
                .Touchpoint("Technical support line", "Customer service", "phone")
                .Thinks("Nine days without reliable internet? I work from home.")
                .Feels("Desperate")
                .Emotion(-2, "Nine days")
                .Pain("pp-repeat-story", "He has to repeat the fault history on every contact",
                    PainImpact.NeedsWorkaround)
                .MomentOfTruth("The second failed contact: this is where customers start looking elsewhere.")
                .Kpi("Faults fixed at first contact", 70, "%"))
            .Step("stp-engineer-no-show", "Engineer misses the slot", t => t
                .Does("Takes a morning off for the engineer, who does not arrive; a text reschedules it")
                .Touchpoint("Engineer appointment and SMS", "Field operations", "phone")
                .Thinks("That's it. I'm done with them.")
                .Feels("Furious")
                .Emotion(-2, "No-show")
                .Pain("pp-engineer-no-show", "Engineer misses the appointment without a call", PainImpact.Abandons)
                .Idea("idea-no-show-credit", "Automatic credit and a priority slot for missed appointments", 9,
                    (5, 4, 3), Level.Low, Level.Medium)))
        .Stage("stg-decide", "Decide to leave", "Find a provider he can rely on", s => s
            .Step("stp-neighbour", "Hears about fibre", t => t
                .Does("A neighbour mentions full-fibre from a competitor at a lower price")
                .Touchpoint("Competitor leaflet and neighbour's word", "Competitor", "mail", "custom:Word of mouth")
                .Thinks("Faster, cheaper and they say it just works.")
                .Feels("Hopeful")
                .Emotion(0, "A way out"))
            .Step("stp-checks-contract", "Checks his contract", t => t
                .Does("Logs in to find whether he is in contract and what leaving costs")
                .Touchpoint("My account contract page", "Digital servicing", "web")
                .Thinks("Out of contract, no fee. Nothing keeps me here.")
                .Feels("Determined")
                .Emotion(0, "Free to go")
                .MomentOfTruth("Nothing on the account page gives a reason to stay: no fix date, no offer.")))
        .Stage("stg-cancel", "Cancel", "Leave without a fight or a gap in service", s => s
            .Step("stp-signs-up-elsewhere", "Signs up with the competitor", t => t
                .Does("Orders fibre online; the new provider handles the switch")
                .Touchpoint("Competitor online order", "Competitor", "web")
                .Thinks("Ten minutes. Why couldn't support be this easy?")
                .Feels("Relieved")
                .Emotion(1, "Switched"))
            .Step("stp-retention-call", "Gets a retention call", t => t
                .Does("Gets a call offering 20% off to stay, and declines")
                .Touchpoint("Retention team outbound call", "Retention team", "phone")
                .Thinks("Now you care? Where was this three weeks ago?")
                .Feels("Cynical")
                .Emotion(-1, "Too late")
                .Pain("pp-late-save-offer", "The save offer comes only after he has already left",
                    PainImpact.Trivial)
                .Idea("idea-early-save", "Trigger a retention call after the second fault, not the cancellation",
                    11, (5, 4, 5), Level.Medium, Level.High)
                .Kpi("Cancellation calls saved", 22, "%"))
            .Step("stp-return-router", "Returns the router", t => t
                .Does("Gets a return bag by post and drops the router at a parcel shop")
                .Touchpoint("Router return pack", "Logistics", "mail")
                .Thinks("At least that was easy.")
                .Feels("Neutral")
                .Emotion(0, "Done")))
        .Stage("stg-after", "After leaving", "Close the account cleanly", s => s
            .Step("stp-final-bill", "Receives the final bill", t => t
                .Does("Gets a final bill charging a full month after the switch date")
                .Touchpoint("Final bill email", "Billing", "email")
                .Thinks("Charging me after I left? Typical.")
                .Feels("Angry")
                .Emotion(-2, "Overcharged")
                .Pain("pp-final-bill", "Final bill charges past the switch date", PainImpact.NeedsWorkaround))
            .Step("stp-review", "Warns others", t => t
                .Does("Posts a one-star review and warns the neighbourhood group")
                .Touchpoint("Review site and local social group", "Brand and social care", "social", "web")
                .Thinks("Nobody else should go through this.")
                .Feels("Vindicated")
                .Emotion(-1, "Detractor")
                .Kpi("Detractor reviews answered within 24 hours", 90, "%")));

    private static Persona Samir() => new()
    {
        Id = "per-samir",
        Name = "Samir Haddad",
        Age = "41",
        JobRole = "Freelance video editor",
        FamilyStatus = "Married, one child aged 6",
        Color = "#c0392b",
        Goals = new PersonaGoals
        {
            Professional = ["Deliver client edits on time", "Upload large files overnight without babysitting them"],
            Personal = ["Stop working late because of the connection", "Pay a fair price for what he uses"],
        },
        Needs = ["A stable evening connection", "A fix date he can plan around", "One person who knows the history"],
        PainPoints = ["Repeating his story on every contact", "Bots that cannot escalate", "Missed appointments"],
        Motivations = ["Reliability above speed", "Being taken seriously", "Value for money"],
        Behaviours = ["Collects evidence (speed tests, screenshots)", "Tries self-service first, then phones",
            "Listens to neighbours' recommendations", "Leaves public reviews when let down"],
        Channels = ["web", "mobileApp", "chat", "phone", "social"],
        Quote = "I don't need the fastest internet. I need it to still be there at nine in the evening.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Two failed evening uploads to a client in one week.",
            Why = "His income depends on the connection, and the provider keeps raising the price.",
            What = "Tests, contacts support twice, waits for an engineer, then switches provider.",
            Outcomes = "A working connection; for the business, a lost customer and a public one-star review.",
        },
    };
}
