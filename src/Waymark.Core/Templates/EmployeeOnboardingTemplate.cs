using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>
/// A new hire's first 90 days, seen by the new hire and the hiring manager, each with their own lanes and
/// emotion curve, so the gaps between what the company plans and what the person lives show up side by side.
/// </summary>
public static class EmployeeOnboardingTemplate
{
    private const string NewHire = "per-amara";
    private const string Manager = "per-ben";

    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "employee-onboarding",
        "Employee onboarding",
        MapKind.CurrentState,
        "A new data analyst's first 90 days, from the signed offer to the probation review, with the hiring " +
        "manager's view alongside. Two personas, their own lanes and one emotion curve each.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("Employee experience from offer acceptance to the end of probation, new hire and manager.")
        .Goal("Be productive and feel part of the team within 90 days, with the right access from day one.")
        .Scenario("Amara joins the analytics team on a hybrid contract. Her laptop arrives late, her manager " +
            "Ben is at a conference in week one, and a buddy helps her ship her first dashboard in week five.")
        .Segment("Hybrid professional hires, mid-level, head-office functions")
        .ChannelsInScope("email", "web", "chat", "store", "mail")
        .Target("kpi-day-one-ready", "New hires with laptop and access on day one", "%", 63m, 95m, "2027-06-30")
        .Target("kpi-time-to-productive", "Days to first shipped piece of work", "days", 48m, 30m, "2027-12-31")
        .Target("kpi-early-attrition", "Leavers within the first 6 months", "%", 14m, 8m, "2027-12-31")
        .Owner("People experience team")
        .ReviewBy("2027-05-31")
        .Persona(Amara())
        .Persona(Ben())
        .Lane(LaneKind.Actions, "New hire actions", NewHire)
        .Lane(LaneKind.Actions, "Manager actions", Manager)
        .Lanes(LaneKind.Touchpoints, LaneKind.Channels)
        .Lane(LaneKind.Thoughts, "New hire thinking", NewHire)
        .Lane(LaneKind.Thoughts, "Manager thinking", Manager)
        .Lane(LaneKind.Feelings, "New hire feeling", NewHire)
        .Lane(LaneKind.Feelings, "Manager feeling", Manager)
        .Lanes(LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-offer", "Offer to start", "Feel welcomed and know what to expect before day one", s => s
            .Step("stp-sign-contract", "Signs the contract", t => t
                .Touchpoint("E-signature contract and HR welcome email", "HR operations", "email", "web")
                .As(NewHire, p => p
                    .Does("Signs the contract and resigns from her current job")
                    .Thinks("This is it. I hope the team is as nice as the interviews.")
                    .Feels("Excited, a little nervous")
                    .Emotion(2, "Signed"))
                .As(Manager, p => p
                    .Does("Gets the HR notification and forgets to raise the equipment request")
                    .Thinks("Great hire. Four weeks to her start, plenty of time.")
                    .Feels("Relieved to fill the role")
                    .Emotion(1, "Role filled")))
            .Step("stp-silent-weeks", "Waits through the notice period", t => t
                .Touchpoint("Pre-boarding portal", "HR operations", "web")
                .As(NewHire, p => p
                    .Does("Hears nothing for three weeks apart from a tax form request")
                    .Thinks("Do they still remember I'm starting?")
                    .Feels("Uncertain")
                    .Emotion(0, "Quiet weeks"))
                .As(Manager, p => p
                    .Does("Is busy with quarter-end; no contact with Amara")
                    .Thinks("I'll send something the week before.")
                    .Feels("Distracted")
                    .Emotion(0, "Busy"))
                .Pain("pp-silent-notice", "No contact from the team during the notice period", PainImpact.Trivial)
                .Idea("idea-welcome-call", "Manager welcome call and team intro email two weeks before start", 10,
                    (5, 5, 4), Level.Low, Level.Medium)))
        .Stage("stg-pre-boarding", "Before day one", "Have equipment, access and a plan ready", s => s
            .Step("stp-equipment", "Equipment is ordered", t => t
                .Touchpoint("IT service desk equipment request", "IT service desk", "web")
                .As(NewHire, p => p
                    .Does("Gets an automatic email saying her laptop will be 'ready on day one'")
                    .Thinks("Good, I can get started straight away.")
                    .Feels("Reassured")
                    .Emotion(1, "Promised"))
                .As(Manager, p => p
                    .Does("Raises the laptop request four working days before the start date")
                    .Thinks("IT needs ten days? Nobody told me that.")
                    .Feels("Stressed")
                    .Emotion(-1, "Late request"))
                .Pain("pp-late-equipment", "Equipment lead time is longer than the time managers leave",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-auto-equipment", "Equipment ordered automatically when the contract is signed", 16,
                    (5, 4, 5), Level.Medium, Level.High)
                .Kpi("Equipment requests raised 10+ days before start", 95, "%"))
            .Step("stp-first-day-plan", "First-week plan is shared", t => t
                .Touchpoint("Welcome email with the first-week agenda", "Hiring manager", "email")
                .As(NewHire, p => p
                    .Does("Receives a first-week agenda and the name of her buddy")
                    .Thinks("A buddy! And a real plan.")
                    .Feels("Welcome")
                    .Emotion(2, "Has a plan"))
                .As(Manager, p => p
                    .Does("Sends the agenda and asks Sofia to be her buddy while he is away")
                    .Thinks("Sofia will cover my conference week.")
                    .Feels("Organised")
                    .Emotion(1, "Covered"))))
        .Stage("stg-day-one", "Day one", "Feel welcome and be able to work", s => s
            .Step("stp-arrive-office", "Arrives at the office", t => t
                .Touchpoint("Reception, visitor badge, desk", "Workplace services", "store")
                .As(NewHire, p => p
                    .Does("Gets a visitor badge because her staff pass is not ready")
                    .Thinks("A visitor on my first day. Hm.")
                    .Feels("Slightly deflated")
                    .Emotion(0, "Visitor badge"))
                .As(Manager, p => p
                    .Does("Is at a conference; messages a welcome from the airport")
                    .Thinks("I should be there. Sofia has it.")
                    .Feels("Guilty")
                    .Emotion(-1, "Away")))
            .Step("stp-no-laptop", "Has no laptop", t => t
                .Touchpoint("IT service desk walk-up", "IT service desk", "store", "chat")
                .As(NewHire, p => p
                    .Does("Waits until 15:00 for a loan laptop without access to the data platform")
                    .Thinks("I'm reading the handbook on my phone. What a waste of a day.")
                    .Feels("Frustrated, self-conscious")
                    .Emotion(-2, "No laptop"))
                .As(Manager, p => p
                    .Does("Gets Sofia's message and chases IT from the conference")
                    .Thinks("This is exactly the first impression I didn't want.")
                    .Feels("Embarrassed")
                    .Emotion(-2, "Let her down"))
                .Pain("pp-no-day-one-access", "No laptop or data access on day one", PainImpact.NeedsWorkaround)
                .MomentOfTruth("Day one: whether the company was ready for her is what a new hire tells friends " +
                    "about. Readiness predicts six-month retention.")
                .Kpi("New hires with laptop and access on day one", 95, "%"))
            .Step("stp-team-lunch", "Has lunch with the team", t => t
                .Touchpoint("Team lunch", "Analytics team", "store")
                .As(NewHire, p => p
                    .Does("Goes to lunch with Sofia and four teammates")
                    .Thinks("They're lovely. The day's not a total loss.")
                    .Feels("Warmed")
                    .Emotion(1, "Team lunch"))
                .As(Manager, p => p
                    .Does("Sees the team photo in chat")
                    .Thinks("Good, the team stepped up.")
                    .Feels("Relieved")
                    .Emotion(1, "Team stepped up"))))
        .Stage("stg-first-weeks", "First weeks", "Learn the data and deliver something real", s => s
            .Step("stp-access-requests", "Requests data access", t => t
                .Touchpoint("Access request portal with approvals", "Data governance", "web")
                .As(NewHire, p => p
                    .Does("Files seven access requests; three wait a week for an approver on leave")
                    .Thinks("I can't do my job without the warehouse tables.")
                    .Feels("Stuck")
                    .Emotion(-1, "Waiting on access"))
                .As(Manager, p => p
                    .Does("Approves what he can and escalates the rest")
                    .Thinks("Why isn't there a standard access bundle for analysts?")
                    .Feels("Annoyed")
                    .Emotion(-1, "Chasing approvals"))
                .Pain("pp-access-approvals", "Each data source needs its own approval, with no role bundle",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-role-bundles", "Role-based access bundles granted on start", 13, (5, 3, 5),
                    Level.High, Level.High))
            .Step("stp-one-to-one", "First one-to-one", t => t
                .Touchpoint("Weekly one-to-one", "Hiring manager", "store", "chat")
                .As(NewHire, p => p
                    .Does("Agrees 30-60-90 day goals with Ben")
                    .Thinks("Now I know what good looks like.")
                    .Feels("Focused")
                    .Emotion(1, "Clear goals"))
                .As(Manager, p => p
                    .Does("Sets the first project: a churn dashboard for the retention team")
                    .Thinks("A real project will get her up to speed fastest.")
                    .Feels("Engaged")
                    .Emotion(1, "Back on track")))
            .Step("stp-first-dashboard", "Ships the first dashboard", t => t
                .Touchpoint("Team demo and stakeholder feedback", "Analytics team", "store", "chat")
                .As(NewHire, p => p
                    .Does("Demos her churn dashboard; the retention lead asks to use it weekly")
                    .Thinks("I did something that matters here.")
                    .Feels("Proud")
                    .Emotion(2, "First win"))
                .As(Manager, p => p
                    .Does("Thanks her publicly in the team channel")
                    .Thinks("She's going to be great.")
                    .Feels("Proud")
                    .Emotion(2, "Hire paying off"))
                .MomentOfTruth("The first shipped work is when a new hire decides they belong.")
                .Kpi("Days to first shipped piece of work", 30, "days")))
        .Stage("stg-probation", "Day 90", "Pass probation and see a future in the role", s => s
            .Step("stp-probation-review", "Probation review", t => t
                .Touchpoint("Probation review form and meeting", "HR operations", "web", "store")
                .As(NewHire, p => p
                    .Does("Passes probation; the form has generic competencies unrelated to analytics")
                    .Thinks("The conversation was useful, the form wasn't.")
                    .Feels("Pleased")
                    .Emotion(1, "Passed"))
                .As(Manager, p => p
                    .Does("Fills in a 6-page form and adds his own notes on growth")
                    .Thinks("The form takes longer than the conversation.")
                    .Feels("Bored by the admin")
                    .Emotion(0, "Form filling"))
                .Pain("pp-generic-review", "Probation form is generic and long", PainImpact.Trivial))
            .Step("stp-onboarding-survey", "Onboarding survey", t => t
                .Touchpoint("90-day onboarding survey", "People experience team", "email", "web")
                .As(NewHire, p => p
                    .Does("Rates onboarding 6 out of 10: 'great team, rough first week'")
                    .Thinks("Fix day one and this place is a 9.")
                    .Feels("Committed")
                    .Emotion(1, "Staying"))
                .As(Manager, p => p
                    .Does("Reads the feedback and asks HR to own equipment requests")
                    .Thinks("Next hire won't have that first day.")
                    .Feels("Determined")
                    .Emotion(1, "Learning"))
                .Idea("idea-manager-checklist", "Manager onboarding checklist with dates counted back from start",
                    8, (4, 5, 4), Level.Low, Level.Medium)))
        ;

    private static Persona Amara() => new()
    {
        Id = NewHire,
        Name = "Amara Nwosu",
        Age = "29",
        JobRole = "Data analyst, customer analytics",
        FamilyStatus = "In a relationship, no children",
        Color = "#27ae60",
        Goals = new PersonaGoals
        {
            Professional = ["Deliver visible work within her first two months", "Learn the company's data fast"],
            Personal = ["Keep two home-working days for her long commute", "Make friends at work"],
        },
        Needs = ["Laptop and data access on day one", "Clear goals", "A buddy to ask small questions"],
        PainPoints = ["Idle first days", "Waiting for approvals", "Not knowing who to ask"],
        Motivations = ["Doing work that gets used", "Growing into a senior role", "A friendly team"],
        Behaviours = ["Prepares before starting by reading company blogs", "Asks questions in chat rather than calls",
            "Judges a company by how ready it is for her"],
        Channels = ["email", "chat", "web"],
        Quote = "I left a job I liked for this. Show me it was the right call.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Accepting the offer after three interview rounds.",
            Why = "She wants bigger data, a stronger team and a shorter path to senior.",
            What = "Waits out her notice, starts in the office, gets access, ships her first dashboard.",
            Outcomes = "Passing probation feeling valued and sure she made the right move.",
        },
    };

    private static Persona Ben() => new()
    {
        Id = Manager,
        Name = "Ben Castillo",
        Age = "41",
        JobRole = "Head of customer analytics",
        FamilyStatus = "Married, two children",
        Color = "#d35400",
        Goals = new PersonaGoals
        {
            Professional = ["Grow the team without slowing delivery", "Keep early attrition at zero"],
            Personal = ["Stop working evenings", "Coach his daughter's football team on Saturdays"],
        },
        Needs = ["A checklist with lead times", "HR and IT that act on the signed contract",
            "Time to spend with new starters"],
        PainPoints = ["Admin he only learns about when it is late", "Travel clashing with start dates",
            "Long review forms"],
        Motivations = ["Building a strong team", "Seeing people grow", "Delivering for stakeholders"],
        Behaviours = ["Delegates to a buddy when busy", "Does one-to-ones weekly", "Handles admin in bursts"],
        Channels = ["email", "chat", "store"],
        Quote = "I hire great people and then the first week makes us look disorganised.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "HR's notification that his candidate signed.",
            Why = "His team is understaffed and the retention team needs dashboards.",
            What = "Requests equipment, plans the first week, sets goals and runs the probation review.",
            Outcomes = "A productive analyst by month two who stays and recommends the team.",
        },
    };
}
