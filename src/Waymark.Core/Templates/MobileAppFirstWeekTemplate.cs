using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>The first seven days with a budgeting app, from the app store to the first week's habit.</summary>
public static class MobileAppFirstWeekTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "mobile-app-first-week",
        "Mobile app first week",
        MapKind.CurrentState,
        "A new user installs a budgeting app, connects a bank, gets a first insight and either builds a daily " +
        "habit or quietly stops opening it by day seven.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("Day 0 to day 7 in a personal budgeting app: install, bank connection, first insight, habit.")
        .Goal("See where the money goes each month and save for a flat deposit without a spreadsheet.")
        .Scenario("Jordan installs the app after a friend's recommendation, connects a current account, sets a " +
            "savings goal and decides by the end of the week whether the app is worth keeping.")
        .Segment("New iOS and Android installs, 20-35, organic and referral")
        .ChannelsInScope("mobileApp", "email", "social", "partner")
        .Target("kpi-d7-retention", "Day-7 retention", "%", 21m, 30m, "2027-06-30")
        .Target("kpi-bank-connected", "Installs that connect a bank on day 0", "%", 38m, 55m, "2027-03-31")
        .Target("kpi-push-opt-in", "Push notification opt-in", "%", 44m, 60m, "2027-03-31")
        .Owner("Mobile growth squad")
        .ReviewBy("2027-03-31")
        .Persona(Jordan())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-install", "Day 0: install", "Get the app running in a couple of minutes", s => s
            .Step("stp-store-page", "Reads the store page", t => t
                .Does("Opens the app store link a friend shared, reads ratings and privacy labels")
                .Touchpoint("App store listing and screenshots", "Growth marketing", "partner", "social")
                .Thinks("4.7 stars, but what does it do with my bank data?")
                .Feels("Curious, a little wary")
                .Emotion(0, "Curious"))
            .Step("stp-sign-up", "Signs up", t => t
                .Does("Signs up with Apple, skips the carousel, sets a passcode")
                .Touchpoint("Welcome screens and sign-in", "Mobile onboarding", "mobileApp")
                .Thinks("Quick. Good.")
                .Feels("Pleasantly surprised")
                .Emotion(1, "Easy start")
                .Kpi("Sign-up completion", 85, "%")))
        .Stage("stg-setup", "Day 0: set up", "Connect the money and set one goal", s => s
            .Step("stp-connect-bank", "Connects a bank account", t => t
                .Does("Picks her bank, is sent to the bank app to approve, returns to a spinner for 40 seconds")
                .Touchpoint("Open-banking consent flow", "Payments platform", "mobileApp", "partner")
                .Thinks("Is this safe? Did it work? Should I close the app?")
                .Feels("Anxious")
                .Emotion(-1, "Bank connection wobble")
                .Pain("pp-bank-redirect", "Bank redirect loses context; the spinner gives no progress",
                    PainImpact.Abandons)
                .Idea("idea-connection-progress", "Progress steps and a plain 'what we can and cannot see' note",
                    12, (5, 4, 4), Level.Low, Level.High)
                .MomentOfTruth("Trust: users who fail to connect a bank on day 0 rarely come back.")
                .Kpi("Bank connection success on first try", 80, "%"))
            .Step("stp-set-goal", "Sets a savings goal", t => t
                .Does("Creates a 'Flat deposit' goal of 12,000 by next summer")
                .Touchpoint("Goal setup screen", "Mobile onboarding", "mobileApp")
                .Thinks("Seeing the monthly amount makes it real.")
                .Feels("Motivated")
                .Emotion(1, "Goal set"))
            .Step("stp-notifications", "Decides on notifications", t => t
                .Does("Gets the system notification prompt straight after the goal screen and taps 'Don't allow'")
                .Touchpoint("Push permission prompt", "Mobile onboarding", "mobileApp")
                .Thinks("Another app that wants to ping me all day. No.")
                .Feels("Defensive")
                .Emotion(0, "Said no")
                .Pain("pp-early-push-prompt", "Push permission asked before any value is shown", PainImpact.Trivial)
                .Idea("idea-push-preprompt", "Ask for push after the first insight, with an example alert", 8,
                    (4, 5, 4), Level.Low, Level.Medium)
                .Kpi("Push opt-in", 60, "%")))
        .Stage("stg-first-insight", "Days 1-2: first insight", "Learn something useful about her spending", s => s
            .Step("stp-categorise", "Reviews categorised spending", t => t
                .Does("Opens the app on the bus and scrolls last month's categories")
                .Touchpoint("Spending overview", "Insights squad", "mobileApp")
                .Thinks("Why is my rent under 'Shopping'?")
                .Feels("Confused")
                .Emotion(-1, "Wrong categories")
                .Pain("pp-wrong-categories", "Rent and transfers are miscategorised", PainImpact.NeedsWorkaround)
                .Idea("idea-fix-once", "Fix a category once and apply it to every similar payment", 10, (5, 4, 4),
                    Level.Medium, Level.High))
            .Step("stp-aha", "Sees the subscriptions total", t => t
                .Does("Finds a card listing 11 subscriptions totalling 94 a month, two she forgot about")
                .Touchpoint("Subscriptions insight card", "Insights squad", "mobileApp")
                .Thinks("I'm paying for two streaming services I never use!")
                .Feels("Shocked, then delighted")
                .Emotion(2, "Aha moment")
                .MomentOfTruth("The aha moment: a concrete saving in the first 48 hours doubles day-7 retention.")
                .Kpi("Users seeing an insight in 48 hours", 70, "%"))
            .Step("stp-share", "Tells a friend", t => t
                .Does("Screenshots the subscriptions card and sends it to her sister")
                .Touchpoint("Share sheet, referral link", "Growth marketing", "social", "mobileApp")
                .Thinks("She has to see this.")
                .Feels("Enthusiastic")
                .Emotion(2, "Sharing")))
        .Stage("stg-habit", "Days 3-5: habit", "Check in daily without it feeling like homework", s => s
            .Step("stp-daily-check", "Checks in daily", t => t
                .Does("Opens the app each morning to see 'safe to spend today'")
                .Touchpoint("Home screen daily allowance", "Insights squad", "mobileApp")
                .Thinks("That one number is all I need.")
                .Feels("In control")
                .Emotion(1, "Routine forming"))
            .Step("stp-sync-lag", "Notices missing transactions", t => t
                .Does("Sees yesterday's card payments missing; the bank sync runs only twice a day")
                .Touchpoint("Transaction list and pull-to-refresh", "Payments platform", "mobileApp")
                .Thinks("If it's not up to date, can I trust the number?")
                .Feels("Doubtful")
                .Emotion(-1, "Out of date")
                .Pain("pp-sync-lag", "Transactions appear up to 12 hours late", PainImpact.NeedsWorkaround)
                .Idea("idea-last-synced", "Show 'last synced' and pending card payments", 6, (4, 4, 4),
                    Level.Low, Level.Medium))
            .Step("stp-weekly-email", "Reads the weekly summary", t => t
                .Does("Gets a Sunday email: 'You are 40 ahead on your deposit goal'")
                .Touchpoint("Weekly summary email", "Lifecycle marketing", "email")
                .Thinks("Ahead! Maybe I can do this.")
                .Feels("Encouraged")
                .Emotion(1, "Ahead of goal")))
        .Stage("stg-decide", "Day 7: keep or drop", "Decide whether the app earns a place on the home screen", s => s
            .Step("stp-paywall", "Meets the premium offer", t => t
                .Does("Taps 'custom categories' and hits a paywall for premium at 4.99 a month")
                .Touchpoint("Premium paywall", "Monetisation squad", "mobileApp")
                .Thinks("I just cancelled two subscriptions, and now another one?")
                .Feels("Put off")
                .Emotion(-1, "Paywall")
                .Pain("pp-paywall-irony", "Paywall appears right after the app taught her to cut subscriptions",
                    PainImpact.Trivial)
                .Idea("idea-pays-for-itself", "Premium trial framed by savings found: 'paid for 19 times over'", 9,
                    (4, 4, 5), Level.Low, Level.Medium))
            .Step("stp-keeps-app", "Moves it to the home screen", t => t
                .Does("Stays on the free plan and moves the app to her home screen dock")
                .Touchpoint("Home screen widget prompt", "Mobile growth squad", "mobileApp")
                .Thinks("It's earned its spot.")
                .Feels("Satisfied")
                .Emotion(1, "Keeper")
                .Kpi("Day-7 retention", 30, "%")));

    private static Persona Jordan() => new()
    {
        Id = "per-jordan",
        Name = "Jordan Lee",
        Age = "26",
        JobRole = "Junior UX designer at an agency",
        FamilyStatus = "Single, shares a flat with two friends",
        Color = "#7b5cd6",
        Goals = new PersonaGoals
        {
            Professional = ["Get promoted to mid-level designer within a year"],
            Personal = ["Save a 12,000 deposit by next summer", "Stop the month-end money panic"],
        },
        Needs = ["A quick, trustworthy bank connection", "Spending that is categorised right",
            "One number that says what she can spend today"],
        PainPoints = ["Apps that nag", "Manual budgeting spreadsheets she abandons", "Not knowing what is left"],
        Motivations = ["Owning a flat", "Feeling in control", "Tips she can act on immediately"],
        Behaviours = ["Tries apps friends recommend", "Deletes apps that do not prove themselves in a week",
            "Turns off most notifications", "Checks her phone on the commute"],
        Channels = ["mobileApp", "social", "email"],
        Quote = "If it doesn't show me something useful this week, it's gone.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Her sister's message: 'this app found 60 a month I was wasting'.",
            Why = "She has tried spreadsheets three times and keeps running out of money before payday.",
            What = "Installs the app, connects her account, sets a deposit goal and checks in on the commute.",
            Outcomes = "A clear view of spending, cancelled waste and steady progress toward the deposit.",
        },
    };
}
