using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A specialist outpatient appointment, from the referral letter to the follow-up plan.</summary>
public static class PatientAppointmentTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "patient-appointment",
        "Patient appointment",
        MapKind.CurrentState,
        "A patient referred to a dermatology clinic books, waits, attends and gets results. Shows where " +
        "uncertainty and waiting hurt more than the clinical care. Emotion scored 1 to 5.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("An outpatient dermatology referral, from the GP's letter to the results and follow-up.")
        .Goal("Find out quickly whether the mole is serious, and know what happens next at every point.")
        .Scenario("Linh's GP refers her about a changing mole. She waits for a booking letter, reschedules once, " +
            "attends the clinic, has a biopsy and waits for results.")
        .Segment("Routine and urgent dermatology referrals, adults of working age")
        .ChannelsInScope("mail", "phone", "web", "email", "store")
        .Target("kpi-referral-to-appointment", "Days from referral to first appointment", "days", 46m, 28m,
            "2027-09-30")
        .Target("kpi-dna", "Did-not-attend rate", "%", 9m, 5m, "2027-06-30")
        .Target("kpi-results-days", "Days from biopsy to results given", "days", 21m, 10m, "2027-09-30")
        .Owner("Outpatients patient experience lead")
        .ReviewBy("2027-06-30")
        .Scale(EmotionScale.OneToFive)
        .Persona(Linh())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-referral", "Referral", "Know that the referral is in and how long the wait will be", s => s
            .Step("stp-gp-visit", "Sees the GP", t => t
                .Does("Shows the GP a mole that has changed shape; is referred to dermatology")
                .Touchpoint("GP consultation", "Primary care", "store")
                .Thinks("She didn't say it's nothing. How worried should I be?")
                .Feels("Anxious")
                .Emotion(2, "Referred"))
            .Step("stp-waiting-letter", "Waits for the booking letter", t => t
                .Does("Checks the post and the patient portal daily for two weeks")
                .Touchpoint("Patient portal referral status", "Referral management centre", "web", "mail")
                .Thinks("Has the referral even arrived? Nobody has told me anything.")
                .Feels("Worried, in limbo")
                .Emotion(1, "Silence")
                .Pain("pp-referral-silence", "No acknowledgement that the referral was received", PainImpact.NeedsWorkaround)
                .Idea("idea-referral-text", "Text on receipt of referral with the expected wait", 14, (5, 5, 4),
                    Level.Low, Level.High)
                .Kpi("Referrals acknowledged within 2 days", 95, "%")))
        .Stage("stg-booking", "Booking", "Get an appointment that fits around work", s => s
            .Step("stp-gets-letter", "Receives the appointment letter", t => t
                .Does("Gets a letter for a Tuesday 9:10 slot, during a work meeting she cannot move")
                .Touchpoint("Appointment letter by post", "Outpatient bookings", "mail")
                .Thinks("At least it's only three weeks away. But that time is impossible.")
                .Feels("Relieved then stuck")
                .Emotion(3, "Date set"))
            .Step("stp-reschedule", "Reschedules by phone", t => t
                .Does("Calls the booking line three times; gets through after 35 minutes on hold")
                .Touchpoint("Outpatient booking phone line", "Outpatient bookings", "phone")
                .Thinks("I'm afraid they'll push me to the back of the queue.")
                .Feels("Frustrated")
                .Emotion(1, "On hold")
                .Pain("pp-phone-only-rebook", "Appointments can only be changed by phone", PainImpact.NeedsWorkaround)
                .Idea("idea-online-rebook", "Change or cancel the slot online from the letter's link", 16, (5, 4, 5),
                    Level.Medium, Level.High)
                .Kpi("Calls answered within 2 minutes", 80, "%")))
        .Stage("stg-visit", "Clinic visit", "Be seen on time and understand the findings", s => s
            .Step("stp-arrive-clinic", "Arrives at the clinic", t => t
                .Does("Circles the car park for 15 minutes, then checks in at a kiosk")
                .Touchpoint("Car park, signage, check-in kiosk", "Estates and facilities", "store")
                .Thinks("I'm going to be late because of parking.")
                .Feels("Flustered")
                .Emotion(2, "Parking stress")
                .Pain("pp-parking", "Not enough parking at clinic times", PainImpact.Trivial))
            .Step("stp-waiting-room", "Waits to be seen", t => t
                .Does("Waits 50 minutes past the appointment time with no update")
                .Touchpoint("Waiting room and screen", "Outpatient nursing", "store")
                .Thinks("Should I ask? Have they forgotten me?")
                .Feels("Restless")
                .Emotion(1, "Unknown wait")
                .Idea("idea-wait-screen", "Live wait times per clinic on the screen and by text", 8, (4, 4, 4),
                    Level.Low, Level.Medium))
            .Step("stp-consultation", "Sees the dermatologist", t => t
                .Does("The consultant examines the mole with a dermatoscope and explains why a biopsy is wise")
                .Touchpoint("Consultant appointment", "Dermatology", "store")
                .Thinks("She explained it clearly and said what the odds are. I can breathe.")
                .Feels("Reassured")
                .Emotion(4, "Heard and informed")
                .MomentOfTruth("A clear explanation with next steps turns fear into trust, whatever the finding.")))
        .Stage("stg-procedure", "Biopsy", "Have the biopsy done quickly and know how to care for it", s => s
            .Step("stp-biopsy", "Has the biopsy", t => t
                .Does("Has the mole removed under local anaesthetic the same morning")
                .Touchpoint("Minor procedures room", "Dermatology", "store")
                .Thinks("Same day! I didn't expect that.")
                .Feels("Grateful")
                .Emotion(4, "Same-day biopsy"))
            .Step("stp-aftercare", "Gets aftercare advice", t => t
                .Does("Gets a photocopied aftercare sheet and a note that results take 'a few weeks'")
                .Touchpoint("Aftercare leaflet", "Outpatient nursing", "store")
                .Thinks("A few weeks? Who will call me?")
                .Feels("Uncertain")
                .Emotion(2, "Vague next step")))
        .Stage("stg-results", "Results and next steps", "Get the result fast, clearly and kindly", s => s
            .Step("stp-results-wait", "Waits for results", t => t
                .Does("Waits three weeks, then calls the secretary, who cannot say anything")
                .Touchpoint("Consultant's secretary phone line", "Dermatology admin", "phone")
                .Thinks("No news is good news? Or did it get lost?")
                .Feels("Very anxious")
                .Emotion(1, "Longest wait")
                .Pain("pp-results-wait", "Results take three weeks with no status", PainImpact.NeedsWorkaround)
                .Idea("idea-results-status", "Results status in the portal with the date they will be given", 12,
                    (5, 3, 4), Level.Medium, Level.High)
                .MomentOfTruth("The results wait is the hardest part of the journey for patients.")
                .Kpi("Days from biopsy to results given", 10, "days"))
            .Step("stp-results-letter", "Gets the results", t => t
                .Does("Receives a letter: benign, no follow-up needed, check skin yearly")
                .Touchpoint("Results letter copied to the GP", "Dermatology", "mail", "web")
                .Thinks("Thank goodness. I'll set a reminder for next year.")
                .Feels("Huge relief")
                .Emotion(5, "All clear")))
        ;

    private static Persona Linh() => new()
    {
        Id = "per-linh",
        Name = "Linh Tran",
        Age = "44",
        JobRole = "Project manager at an engineering firm",
        FamilyStatus = "Married, two children (9 and 13)",
        Color = "#8e44ad",
        Goals = new PersonaGoals
        {
            Professional = ["Keep her project on track while dealing with appointments"],
            Personal = ["Know she is healthy", "Not worry her children unnecessarily"],
        },
        Needs = ["To know where she is in the queue", "Appointment times she can change online",
            "Clear explanations and a results date"],
        PainPoints = ["Silence between steps", "Phone-only booking", "Waiting without updates"],
        Motivations = ["Peace of mind", "Being treated as a partner in her care", "Fitting care around work"],
        Behaviours = ["Searches symptoms online at night", "Keeps every letter in a folder",
            "Calls to chase when nothing happens"],
        Channels = ["web", "phone", "mail", "email"],
        Quote = "The waiting is worse than the news. Just tell me what happens next.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "Her partner notices a mole on her back has changed shape.",
            Why = "Her father had a melanoma removed, so she takes it seriously.",
            What = "Sees the GP, waits for a booking, attends, has a biopsy and waits for the result.",
            Outcomes = "A clear answer quickly, and confidence in the service for next time.",
        },
    };
}
