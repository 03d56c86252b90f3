using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A B2B SaaS free trial, from the first search to the first paid invoice.</summary>
public static class SaasTrialTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "saas-trial",
        "SaaS free trial to paid",
        MapKind.CurrentState,
        "A team lead tries a work-management tool for 14 days and decides whether to pay. Steps are bound to " +
        "product events so the overlay shows where trials stall.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("How an operations lead finds, tries and buys a work-management tool in a 14-day free trial.")
        .Goal("Replace the spreadsheet-and-chat way of running team work with one tool the team actually uses.")
        .Scenario("Priya signs up for the 14-day trial after a bad week of missed hand-offs, sets up one real " +
            "project, invites her team and has to justify the spend to her director before the trial ends.")
        .Segment("Self-serve trials from companies with 20-200 employees, team plan")
        .ChannelsInScope("web", "email", "chat", "ads")
        .Target("kpi-trial-to-paid", "Trial-to-paid conversion", "%", 9m, 14m, "2027-06-30")
        .Target("kpi-activation", "Trials reaching first value in 2 days", "%", 31m, 50m, "2027-03-31")
        .Target("kpi-invites", "Trials with 3+ invited teammates", "%", 22m, 35m, "2027-06-30")
        .Owner("Growth product team")
        .ReviewBy("2027-05-31")
        .Persona(Priya())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-discover", "Discover", "Find a tool that fixes missed hand-offs without a long procurement", s => s
            .Step("stp-compare-tools", "Compares tools", t => t
                .Bound("landing_page_viewed")
                .Does("Searches 'project tracker for ops teams', reads two comparison articles and a G2 grid")
                .Touchpoint("Search ad, comparison landing page", "Marketing", "ads", "web")
                .Thinks("They all look the same. Which one will my team not hate?")
                .Feels("Overwhelmed by near-identical feature lists")
                .Emotion(0, "Unsure")
                .Pain("pp-same-features", "Feature grids do not say which tool suits an ops team", PainImpact.Trivial)
                .Idea("idea-ops-page", "Landing page for ops teams with a real hand-off example", 6, (4, 5, 4),
                    Level.Low, Level.Medium))
            .Step("stp-check-pricing", "Checks pricing", t => t
                .Bound("pricing_viewed")
                .Does("Opens the pricing page, works out the cost for 12 seats and looks for a free trial")
                .Touchpoint("Pricing page", "Marketing", "web")
                .Thinks("Per-seat pricing adds up fast. Is there a trial without a sales call?")
                .Feels("Cautiously interested")
                .Emotion(0, "Weighing it up")
                .Kpi("Pricing-to-signup rate", 18, "%")))
        .Stage("stg-sign-up", "Sign up", "Start a trial in minutes without committing money", s => s
            .Step("stp-create-account", "Creates an account", t => t
                .Bound("signup_started", "signup_completed")
                .Does("Signs up with her Google work account and names the workspace after her team")
                .Touchpoint("Sign-up form", "Growth", "web")
                .Thinks("Please don't ask for a credit card.")
                .Feels("Guarded, expecting a catch")
                .Emotion(-1, "Asked for a card")
                .Pain("pp-card-required", "A credit card is required before the trial starts", PainImpact.Abandons)
                .Idea("idea-no-card", "Start the trial without a card; ask for it at conversion", 14, (5, 5, 3),
                    Level.Low, Level.High)
                .Kpi("Sign-up completion", 70, "%"))
            .Step("stp-verify-email", "Verifies email", t => t
                .Bound("email_verified")
                .Does("Finds the verification email in the promotions tab ten minutes later")
                .Touchpoint("Verification email", "Growth", "email")
                .Thinks("Where is that email? I've already lost momentum.")
                .Feels("Mildly irritated")
                .Emotion(-1, "Waiting")
                .Pain("pp-verify-delay", "Verification email lands late or in promotions", PainImpact.NeedsWorkaround)
                .Idea("idea-verify-later", "Let people in first and verify within 24 hours", 8, (4, 4, 4),
                    Level.Low, Level.Medium)))
        .Stage("stg-first-value", "First value", "See the team's real work in the tool on day one", s => s
            .Step("stp-pick-template", "Picks a starter template", t => t
                .Bound("onboarding_started", "template_selected")
                .Does("Answers three onboarding questions and picks the 'Operations hand-offs' template")
                .Touchpoint("Onboarding checklist in the app", "Product - Onboarding", "web")
                .Thinks("Okay, this already looks like our weekly board.")
                .Feels("Relieved, things are clicking")
                .Emotion(1, "It fits"))
            .Step("stp-import-data", "Imports the spreadsheet", t => t
                .Bound("data_imported")
                .Does("Uploads the team's tracking spreadsheet; dates in day/month order import as the wrong month")
                .Touchpoint("CSV import wizard", "Product - Onboarding", "web")
                .Thinks("Half my due dates are wrong. Do I have to fix 200 rows by hand?")
                .Feels("Frustrated, close to giving up")
                .Emotion(-2, "Import broke dates")
                .Pain("pp-import-dates", "Import misreads day/month dates and gives no preview", PainImpact.Abandons)
                .Idea("idea-import-preview", "Preview with detected date format and one-click fix", 11, (5, 4, 4),
                    Level.Medium, Level.High)
                .Kpi("Import success rate", 90, "%"))
            .Step("stp-first-project", "Sets up the first real project", t => t
                .Bound("project_created")
                .Does("Builds the 'Warehouse move' project with owners and due dates for next week")
                .Touchpoint("Project board", "Product - Core", "web")
                .Thinks("If this works for the move, it works for everything.")
                .Feels("Proud, in control")
                .Emotion(2, "First real project")
                .MomentOfTruth("First value: the team's real work is in the tool. Trials that reach this in two " +
                    "days convert about three times as often.")
                .Kpi("Trials reaching first project in 2 days", 50, "%")))
        .Stage("stg-team-trial", "Try it with the team", "Get the team using it so the decision is not hers alone", s => s
            .Step("stp-invite-team", "Invites the team", t => t
                .Bound("teammate_invited")
                .Does("Invites eight teammates and the warehouse supervisor, who has no company email")
                .Touchpoint("Invite dialog and invitation email", "Product - Collaboration", "web", "email")
                .Thinks("Will they actually log in, or will it be me updating everything again?")
                .Feels("Hopeful but anxious")
                .Emotion(0, "Waiting on the team")
                .Pain("pp-guest-access", "People without a company email cannot be invited", PainImpact.NeedsWorkaround)
                .Idea("idea-guest-links", "Invite by phone number or a shareable guest link", 7, (4, 3, 4),
                    Level.Medium, Level.Medium))
            .Step("stp-team-uses", "Team updates their tasks", t => t
                .Bound("task_updated", "comment_added")
                .Does("Watches teammates move cards and comment instead of pinging her in chat")
                .Touchpoint("Mobile app and email digests", "Product - Collaboration", "mobileApp", "email")
                .Thinks("Nobody asked me 'where is this at?' today.")
                .Feels("Delighted, a quieter day")
                .Emotion(2, "Team adopts it")
                .MomentOfTruth("Adoption: if three or more teammates act in the first week, the purchase is " +
                    "almost decided.")
                .Kpi("Weekly active teammates per trial", 4, "people"))
            .Step("stp-connect-chat", "Connects the team chat", t => t
                .Bound("integration_connected")
                .Where("integration", "chat")
                .Does("Connects the chat integration so task updates post to the team channel")
                .Touchpoint("Integrations page", "Product - Platform", "web")
                .Thinks("Good, one less place to check.")
                .Feels("Satisfied")
                .Emotion(1, "Connected")))
        .Stage("stg-decide", "Decide and buy", "Get approval and pay without losing the team's work", s => s
            .Step("stp-trial-ending", "Gets the trial-ending reminder", t => t
                .Bound("trial_reminder_opened")
                .Does("Reads the 3-days-left email and checks which features are only on the paid plan")
                .Touchpoint("Trial reminder email and in-app banner", "Lifecycle marketing", "email", "web")
                .Thinks("Will we lose everything if the director doesn't sign off by Friday?")
                .Feels("Pressured")
                .Emotion(-1, "Deadline pressure")
                .Pain("pp-data-loss-fear", "Unclear what happens to the data when the trial ends", PainImpact.Trivial)
                .Idea("idea-trial-extension", "One-click 7-day extension for teams with 3+ active users", 9,
                    (4, 5, 3), Level.Low, Level.Medium))
            .Step("stp-get-approval", "Gets budget approval", t => t
                .Bound("quote_downloaded")
                .Does("Downloads a quote and writes a short business case for her director")
                .Touchpoint("Quote PDF from billing settings", "Sales operations", "web", "email")
                .Thinks("I need numbers, not a feature list, to convince him.")
                .Feels("Stretched, doing sales' job")
                .Emotion(-1, "Building the case")
                .Pain("pp-no-business-case", "No ready-made business case or usage summary to share upward",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-usage-summary", "Shareable trial summary: tasks closed, hours saved, active users", 12,
                    (5, 4, 4), Level.Medium, Level.High))
            .Step("stp-upgrade", "Upgrades to paid", t => t
                .Bound("checkout_started", "subscription_started")
                .Does("Pays for 12 seats annually with the company card")
                .Touchpoint("Checkout and receipt email", "Billing", "web", "email")
                .Thinks("Done, and nothing was lost. Now make it stick.")
                .Feels("Relieved and confident")
                .Emotion(1, "Bought it")
                .MomentOfTruth("Conversion: the checkout must keep every project and invite exactly as it was.")
                .Kpi("Trial-to-paid conversion", 14, "%")));

    private static Persona Priya() => new()
    {
        Id = "per-priya",
        Name = "Priya Raman",
        Age = "34",
        JobRole = "Operations lead at a 60-person logistics company",
        FamilyStatus = "Married, one child in primary school",
        Color = "#4f6bed",
        Goals = new PersonaGoals
        {
            Professional = ["Stop hand-offs falling through the cracks", "Show her director the team is on top of work"],
            Personal = ["Leave work on time twice a week", "Stop answering status questions at night"],
        },
        Needs = ["One place for who does what by when", "A tool the warehouse team will open on their phones",
            "A trial long enough to prove value with real work"],
        PainPoints = ["Status lives in spreadsheets and chat threads", "Buying software means a long approval",
            "Tools that need a consultant to set up"],
        Motivations = ["Fewer missed deadlines", "Looking competent to leadership", "A calmer team"],
        Behaviours = ["Compares three tools before trying one", "Reads reviews on G2 and Reddit",
            "Tests with a real project, not sample data", "Decides within the trial, rarely extends"],
        Channels = ["web", "email", "mobileApp", "chat"],
        Quote = "I don't need more features. I need my team to stop asking me where things are.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "A missed delivery after a hand-off got lost in a chat thread.",
            Why = "Her director asked how it will not happen again; the spreadsheet cannot answer that.",
            What = "Starts a free trial, moves one real project in and invites her team.",
            Outcomes = "A paid team plan, fewer status meetings and a clear view of who owns what.",
        },
    };
}
