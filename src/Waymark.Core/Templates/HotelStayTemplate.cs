using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A two-night business stay at a city hotel, from booking to the expense claim.</summary>
public static class HotelStayTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "hotel-stay",
        "Hotel stay",
        MapKind.CurrentState,
        "A business traveller books through the company tool, arrives late, needs to work from the room and " +
        "checks out early for a flight. Shows what makes a hotel the default choice next time.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("Two nights at a city-centre hotel for a client workshop, booked through a corporate tool.")
        .Goal("Sleep well, work from the room and get to the client on time, with an invoice that expenses cleanly.")
        .Scenario("Oliver books a corporate-rate room, his train is delayed so he arrives at 23:40, he has a " +
            "video call from the room the next morning and checks out at 6:00 for a flight.")
        .Segment("Corporate-rate business travellers, 1-3 nights, weekday stays")
        .ChannelsInScope("web", "mobileApp", "email", "store", "phone", "partner")
        .Target("kpi-repeat", "Corporate travellers who rebook within 6 months", "%", 34m, 45m, "2027-12-31")
        .Target("kpi-checkin-time", "Average check-in time", "minutes", 7m, 2m, "2027-06-30")
        .Target("kpi-wifi-complaints", "Stays with a wifi complaint", "%", 11m, 3m, "2027-06-30")
        .Owner("Guest experience, city hotels")
        .ReviewBy("2027-05-31")
        .Persona(Oliver())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-book", "Book", "Book a policy-compliant room close to the client in minutes", s => s
            .Step("stp-search", "Searches in the travel tool", t => t
                .Does("Filters the corporate travel tool by distance to the client's office and policy rate")
                .Touchpoint("Corporate booking tool listing", "Corporate sales", "partner", "web")
                .Thinks("Within policy, 8 minutes' walk, decent reviews. Done.")
                .Feels("Efficient")
                .Emotion(1, "Quick choice"))
            .Step("stp-confirmation", "Gets the confirmation", t => t
                .Does("Receives a confirmation email without the corporate rate's breakfast mentioned")
                .Touchpoint("Booking confirmation email", "Reservations", "email")
                .Thinks("Is breakfast included or not? Finance will ask.")
                .Feels("Unsure")
                .Emotion(0, "Unclear terms")
                .Pain("pp-rate-unclear", "Confirmation does not list what the corporate rate includes",
                    PainImpact.Trivial)))
        .Stage("stg-pre-arrival", "Before arrival", "Arrive without surprises, even late", s => s
            .Step("stp-online-checkin", "Checks in online", t => t
                .Does("Completes online check-in in the app and asks for a quiet room")
                .Touchpoint("Hotel app pre-arrival check-in", "Digital guest services", "mobileApp")
                .Thinks("Nice, maybe I can skip the desk.")
                .Feels("Pleased")
                .Emotion(1, "Ahead of time")
                .Kpi("Guests checking in online", 40, "%"))
            .Step("stp-train-delay", "Is delayed", t => t
                .Does("His train is delayed two hours; he emails the hotel about a late arrival and hears nothing")
                .Touchpoint("Hotel reservations email", "Reservations", "email")
                .Thinks("Will they give my room away?")
                .Feels("Anxious")
                .Emotion(-1, "No reply")
                .Pain("pp-no-late-reply", "Late-arrival messages go unanswered after 18:00", PainImpact.NeedsWorkaround)
                .Idea("idea-late-arrival-chat", "24/7 chat in the app that the night desk answers", 9, (5, 4, 4),
                    Level.Medium, Level.Medium)))
        .Stage("stg-arrive", "Arrive", "Get into the room fast and sleep", s => s
            .Step("stp-night-desk", "Arrives at 23:40", t => t
                .Does("Finds one night porter at the desk who re-asks for ID and a card despite online check-in")
                .Touchpoint("Reception desk at night", "Front office", "store")
                .Thinks("So what was online check-in for?")
                .Feels("Tired and irritated")
                .Emotion(-2, "Checked in twice")
                .Pain("pp-double-checkin", "Online check-in is not honoured at the desk", PainImpact.NeedsWorkaround)
                .Idea("idea-mobile-key", "Mobile key for online check-ins, straight to the room", 15, (5, 3, 5),
                    Level.High, Level.High)
                .MomentOfTruth("The late-night arrival: a tired guest judges the whole hotel in these five minutes.")
                .Kpi("Average check-in time", 2, "minutes"))
            .Step("stp-room", "Enters the room", t => t
                .Does("Finds a quiet room at the back as requested, with a note and a bottle of water")
                .Touchpoint("Room, welcome note", "Housekeeping", "store")
                .Thinks("They read my request. Good.")
                .Feels("Relieved")
                .Emotion(1, "Quiet room")))
        .Stage("stg-stay", "Stay", "Rest, eat and work properly from the room", s => s
            .Step("stp-work-call", "Joins a video call from the room", t => t
                .Does("Joins an 8:00 video call; the wifi drops twice and he switches to his phone hotspot")
                .Touchpoint("Guest wifi", "IT and property systems", "store")
                .Thinks("I can't run a workshop prep call on this.")
                .Feels("Embarrassed in front of the client")
                .Emotion(-2, "Wifi drops")
                .Pain("pp-weak-wifi", "Wifi is too weak for video calls at peak times", PainImpact.NeedsWorkaround)
                .Idea("idea-business-wifi", "Business-grade wifi for corporate rates, tested per floor", 12,
                    (5, 3, 4), Level.High, Level.High)
                .Kpi("Stays with a wifi complaint", 3, "%"))
            .Step("stp-breakfast", "Has breakfast", t => t
                .Does("Grabs a quick breakfast; staff bring coffee to go without being asked")
                .Touchpoint("Breakfast room and staff", "Food and beverage", "store")
                .Thinks("Small thing, but exactly what I needed.")
                .Feels("Looked after")
                .Emotion(2, "Coffee to go"))
            .Step("stp-evening", "Orders room service", t => t
                .Does("Orders room service after the workshop and eats while writing notes")
                .Touchpoint("In-room dining menu and phone", "Food and beverage", "phone", "store")
                .Thinks("Decent food, 30 minutes, fine.")
                .Feels("Content")
                .Emotion(1, "Evening sorted")))
        .Stage("stg-depart", "Depart", "Leave at 6:00 with a correct invoice", s => s
            .Step("stp-express-checkout", "Checks out early", t => t
                .Does("Drops the key in the express box at 6:00; the desk is unattended")
                .Touchpoint("Express checkout box", "Front office", "store")
                .Thinks("Will the invoice come through?")
                .Feels("Rushed")
                .Emotion(0, "Quick exit"))
            .Step("stp-invoice", "Gets the invoice", t => t
                .Does("Receives an invoice without the company's VAT details and has to request a new one")
                .Touchpoint("Folio email", "Finance", "email")
                .Thinks("Another email chain just to get reimbursed.")
                .Feels("Annoyed")
                .Emotion(-1, "Wrong invoice")
                .Pain("pp-invoice-details", "Invoice lacks company VAT details from the corporate profile",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-invoice-profile", "Invoice filled from the corporate profile, sent to the expense tool",
                    7, (4, 4, 5), Level.Medium, Level.Medium)
                .Kpi("Invoices correct first time", 98, "%")))
        ;

    private static Persona Oliver() => new()
    {
        Id = "per-oliver",
        Name = "Oliver Grant",
        Age = "39",
        JobRole = "Senior management consultant",
        FamilyStatus = "Married, one toddler",
        Color = "#34495e",
        Goals = new PersonaGoals
        {
            Professional = ["Be sharp and prepared at client workshops", "Expense trips without admin"],
            Personal = ["Sleep properly when away", "Video-call his daughter before bedtime"],
        },
        Needs = ["Fast check-in at any hour", "Wifi strong enough for video calls", "A correct invoice by email"],
        PainPoints = ["Repeating details he already gave", "Unreliable wifi", "Invoice corrections"],
        Motivations = ["Predictability", "Time saved", "Small gestures that show he is recognised"],
        Behaviours = ["Books through the corporate tool", "Travels 2-3 nights a week",
            "Sticks to hotels that worked last time", "Checks out before breakfast service"],
        Channels = ["mobileApp", "email", "partner", "phone"],
        Quote = "I don't need luxury. I need it to work the same way every time.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "A two-day client workshop in a city he visits every month.",
            Why = "His firm's policy caps rates and he needs to be near the client's office.",
            What = "Books in the travel tool, checks in online, works from the room and leaves early.",
            Outcomes = "Two good nights, a productive workshop and a hotel he rebooks without thinking.",
        },
    };
}
