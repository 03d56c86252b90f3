using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A working day of a community nurse and the tools and teams she deals with, hour by hour.</summary>
public static class DayInTheLifeTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "day-in-the-life",
        "Day in the life",
        MapKind.DayInTheLife,
        "A community nurse's day from the 7:30 handover to the evening notes: rota app, patient records on a " +
        "tablet, pharmacy calls and travel. Emotion scored -5 to 5.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("One weekday of a community nurse, hour by hour, on a -5..5 emotion scale.")
        .Goal("See every patient on the list safely, on time, and finish the notes before going home.")
        .Scenario("Rosa covers eight home visits across two towns on a Tuesday, one colleague is off sick, " +
            "one patient's medication is missing and the tablet loses signal in a rural area.")
        .Segment("Community nurses in mixed urban and rural areas, full-time")
        .ChannelsInScope("mobileApp", "phone", "custom:Clinical tablet", "email")
        .Target("kpi-visits-on-time", "Visits started within the planned window", "%", 71m, 85m, "2027-06-30")
        .Target("kpi-admin-time", "Admin time per shift", "minutes", 110m, 60m, "2027-09-30")
        .Target("kpi-overtime", "Shifts ending more than 30 minutes late", "%", 38m, 15m, "2027-09-30")
        .Owner("Community services operations and clinical IT")
        .ReviewBy("2027-05-31")
        .Scale(EmotionScale.MinusFiveToFive)
        .Persona(Rosa())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-morning", "Morning start (7:30-9:00)", "Know today's list and leave the base on time", s => s
            .Step("stp-handover", "Team handover", t => t
                .Does("Joins the 7:30 huddle; hears a colleague is off sick and gets two extra patients")
                .Touchpoint("Morning huddle with the team lead", "Community nursing team", "custom:In person")
                .Thinks("Ten visits in two towns. Lunch isn't happening.")
                .Feels("Braced")
                .Emotion(-1, "Extra patients"))
            .Step("stp-plan-route", "Plans the route", t => t
                .Does("Reorders visits in the rota app by hand because it ignores insulin times")
                .Touchpoint("Rota and route app", "Workforce planning", "mobileApp")
                .Thinks("The app wants me in the wrong town for the 9:00 insulin.")
                .Feels("Frustrated")
                .Emotion(-3, "Fighting the rota")
                .Pain("pp-rota-ignores-times", "Rota routing ignores time-critical visits", PainImpact.NeedsWorkaround)
                .Idea("idea-time-critical", "Pin time-critical visits; route the rest around them", 14, (5, 4, 5),
                    Level.Medium, Level.High)
                .Kpi("Manual rota changes per shift", 1, "changes"))
            .Step("stp-collect-supplies", "Collects supplies", t => t
                .Does("Picks up dressings from the stock room; the size she needs is out")
                .Touchpoint("Stock room and supply order form", "Supplies", "custom:In person")
                .Thinks("I'll have to improvise at Mr Patel's.")
                .Feels("Annoyed")
                .Emotion(-2, "Out of stock")))
        .Stage("stg-visits-am", "Morning visits (9:00-12:30)", "Give each patient proper time and care", s => s
            .Step("stp-insulin-visit", "Insulin visit", t => t
                .Does("Gives insulin to Mrs Okoye and checks her feet; she is lonely and wants to talk")
                .Touchpoint("Patient's home, care plan on the tablet", "Community nursing team",
                    "custom:Clinical tablet")
                .Thinks("I wish I could stay ten more minutes.")
                .Feels("Caring, torn by time")
                .Emotion(2, "Why I do this")
                .MomentOfTruth("Time with the patient is why nurses stay in the job; admin that eats it drives them out."))
            .Step("stp-records-offline", "Records notes offline", t => t
                .Does("Writes notes at a rural visit; the tablet has no signal and the form will not save")
                .Touchpoint("Electronic patient record app", "Clinical IT", "custom:Clinical tablet")
                .Thinks("If this is lost I have to write it all again tonight.")
                .Feels("Anxious")
                .Emotion(-4, "Notes won't save")
                .Pain("pp-no-offline", "Patient record app cannot save without signal", PainImpact.NeedsWorkaround)
                .Idea("idea-offline-mode", "Offline drafts that sync when signal returns", 18, (5, 3, 5),
                    Level.High, Level.High)
                .Kpi("Notes completed at the point of care", 80, "%"))
            .Step("stp-wound-care", "Wound dressing", t => t
                .Does("Dresses Mr Patel's leg ulcer with the next-best dressing and photographs the wound")
                .Touchpoint("Wound care plan and photo upload", "Tissue viability service", "custom:Clinical tablet")
                .Thinks("It's healing. That's a good morning's work.")
                .Feels("Proud")
                .Emotion(3, "Healing well")))
        .Stage("stg-midday", "Midday (12:30-13:30)", "Eat, catch up and sort problems before the afternoon", s => s
            .Step("stp-pharmacy-call", "Chases a prescription", t => t
                .Does("Calls the GP surgery and pharmacy about a missing prescription; 25 minutes on hold")
                .Touchpoint("GP surgery and pharmacy phone lines", "Primary care liaison", "phone")
                .Thinks("This is my lunch break, gone.")
                .Feels("Drained")
                .Emotion(-3, "Lunch on hold")
                .Pain("pp-pharmacy-hold", "No direct line to pharmacies for nurses", PainImpact.NeedsWorkaround)
                .Idea("idea-nurse-line", "Professional-only pharmacy line with a callback", 9, (5, 4, 4),
                    Level.Low, Level.Medium))
            .Step("stp-quick-lunch", "Eats in the car", t => t
                .Does("Eats a sandwich in the car park between calls")
                .Touchpoint("Team group chat", "Community nursing team", "mobileApp")
                .Thinks("At least the team chat made me laugh.")
                .Feels("Tired but supported")
                .Emotion(0, "A breather")))
        .Stage("stg-visits-pm", "Afternoon visits (13:30-17:00)", "Finish the list safely", s => s
            .Step("stp-new-referral", "Assesses a new referral", t => t
                .Does("Assesses a man discharged from hospital yesterday without his discharge letter")
                .Touchpoint("Hospital discharge summary (missing)", "Hospital discharge team", "email")
                .Thinks("I'm guessing at his medication. That's not safe.")
                .Feels("Worried")
                .Emotion(-4, "No discharge letter")
                .Pain("pp-missing-discharge", "Discharge summaries arrive days after the patient", PainImpact.Abandons)
                .Idea("idea-discharge-share", "Discharge summary pushed to the community record on discharge", 16,
                    (5, 3, 5), Level.High, Level.High)
                .MomentOfTruth("Patient safety depends on information arriving before the nurse does."))
            .Step("stp-family-thanks", "A family says thank you", t => t
                .Does("A daughter thanks her for helping her father stay at home")
                .Touchpoint("Patient's home", "Community nursing team", "custom:In person")
                .Thinks("This is what makes the long days worth it.")
                .Feels("Moved")
                .Emotion(4, "Thank you"))
            .Step("stp-last-visit", "Last visit runs late", t => t
                .Does("Arrives 50 minutes late to the last patient; nobody told them she was delayed")
                .Touchpoint("Patient phone call", "Community nursing team", "phone")
                .Thinks("They were worried. I should have been able to let them know.")
                .Feels("Guilty")
                .Emotion(-2, "Running late")
                .Pain("pp-no-eta", "Patients get no update when a visit is delayed", PainImpact.Trivial)))
        .Stage("stg-evening", "Wrap up (17:00-18:30)", "Hand over and go home with nothing left open", s => s
            .Step("stp-catch-up-notes", "Catches up on notes", t => t
                .Does("Re-types the lost morning notes at the kitchen table")
                .Touchpoint("Patient record on the laptop", "Clinical IT", "custom:Clinical tablet")
                .Thinks("Unpaid time again.")
                .Feels("Exhausted, resentful")
                .Emotion(-3, "Unpaid overtime")
                .Kpi("Shifts ending on time", 85, "%"))
            .Step("stp-handover-evening", "Hands over to the evening team", t => t
                .Does("Sends a handover message about the new patient's medication gap")
                .Touchpoint("Handover template in the team app", "Community nursing team", "mobileApp")
                .Thinks("Evening team has it. Done for today.")
                .Feels("Relieved")
                .Emotion(1, "Handed over")));

    private static Persona Rosa() => new()
    {
        Id = "per-rosa",
        Name = "Rosa Martínez",
        Age = "48",
        JobRole = "Senior community staff nurse",
        FamilyStatus = "Divorced, two teenage sons",
        Color = "#16a085",
        Goals = new PersonaGoals
        {
            Professional = ["See every patient safely and on time", "Mentor the two newly qualified nurses"],
            Personal = ["Be home for dinner with her sons", "Keep one evening a week for choir"],
        },
        Needs = ["Routes that respect time-critical visits", "Notes that save without signal",
            "Information from hospital before the first visit"],
        PainPoints = ["Admin after hours", "Chasing prescriptions by phone", "Missing discharge information"],
        Motivations = ["Keeping patients independent at home", "A supportive team", "Doing the job properly"],
        Behaviours = ["Replans the route every morning", "Keeps paper notes as a backup",
            "Uses the team chat for quick advice", "Works through lunch when the list is long"],
        Channels = ["mobileApp", "phone", "custom:Clinical tablet"],
        Quote = "Give me the right information on time and I'll give patients the time they deserve.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "The 7:30 morning huddle at the community base.",
            Why = "Community services are stretched and her list grows when colleagues are off.",
            What = "Plans, drives, visits, records and chases information across several teams all day.",
            Outcomes = "Safe care for every patient and a day that ends on time.",
        },
    };
}
