using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>A sit-down restaurant visit for a special occasion, from choosing the place to coming back.</summary>
public static class RestaurantVisitTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "restaurant-visit",
        "Restaurant visit",
        MapKind.CurrentState,
        "A guest books a birthday dinner for six, waits for a table, orders around an allergy and pays as a " +
        "group. Emotion scored 1 to 5.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("A birthday dinner for six at a neighbourhood bistro, scored on a 1-5 emotion scale.")
        .Goal("Give a friend a relaxed birthday dinner where the food, timing and bill all go smoothly.")
        .Scenario("Daniel books a Saturday table for six, one guest has a nut allergy, the table is late, " +
            "and the group splits the bill three ways.")
        .Segment("Group bookings of 4-8 guests, weekend evenings")
        .ChannelsInScope("web", "phone", "store", "email", "partner")
        .Target("kpi-nps", "Net Promoter Score after the visit", "points", 32m, 45m, "2027-06-30")
        .Target("kpi-wait", "Guests seated within 10 minutes of booking time", "%", 68m, 90m, "2027-03-31")
        .Target("kpi-revisit", "Guests returning within 90 days", "%", 18m, 25m, "2027-09-30")
        .Owner("Restaurant general manager")
        .ReviewBy("2027-03-31")
        .Scale(EmotionScale.OneToFive)
        .Persona(Daniel())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-choose", "Choose", "Pick a place everyone will enjoy, allergy included", s => s
            .Step("stp-search", "Searches for a restaurant", t => t
                .Does("Searches maps for 'bistro near me', shortlists three by rating and photos")
                .Touchpoint("Maps listing, photos and reviews", "Marketing", "web", "partner")
                .Thinks("Good reviews, but can they handle a nut allergy?")
                .Feels("Hopeful, a bit of pressure to get it right")
                .Emotion(3, "Browsing"))
            .Step("stp-read-menu", "Reads the menu online", t => t
                .Does("Opens the menu PDF on his phone and zooms in to find allergen information")
                .Touchpoint("Menu PDF on the website", "Marketing", "web")
                .Thinks("No allergens listed. I'll have to ask.")
                .Feels("Mildly frustrated")
                .Emotion(2, "Allergens unclear")
                .Pain("pp-no-allergens", "The online menu has no allergen information", PainImpact.NeedsWorkaround)
                .Idea("idea-allergen-menu", "Mobile menu with allergen filters", 9, (5, 4, 4),
                    Level.Medium, Level.High)))
        .Stage("stg-book", "Book", "Secure a table for six at 19:30 on Saturday", s => s
            .Step("stp-book-table", "Books a table", t => t
                .Does("Tries online booking, which only allows up to four guests, then phones")
                .Touchpoint("Booking widget and phone line", "Front of house", "web", "phone")
                .Thinks("Why can't I book six online? Now I have to call during their service.")
                .Feels("Annoyed")
                .Emotion(2, "Had to phone")
                .Pain("pp-group-limit", "Online booking stops at four guests", PainImpact.NeedsWorkaround)
                .Idea("idea-group-booking", "Online group booking with a deposit and notes field", 11, (5, 4, 4),
                    Level.Medium, Level.High)
                .Kpi("Bookings made online", 70, "%"))
            .Step("stp-confirmation", "Gets the confirmation", t => t
                .Does("Receives a confirmation text and email; the allergy note is not mentioned")
                .Touchpoint("Confirmation SMS and email", "Front of house", "email", "phone")
                .Thinks("Did they write down the allergy?")
                .Feels("Slightly uneasy")
                .Emotion(3, "Booked")))
        .Stage("stg-arrive", "Arrive", "Be welcomed and seated on time", s => s
            .Step("stp-arrive", "Arrives and checks in", t => t
                .Does("Arrives at 19:25 with the birthday guest and gives his name at the door")
                .Touchpoint("Host stand", "Front of house", "store")
                .Thinks("Nice atmosphere. Hope the table's ready.")
                .Feels("Expectant")
                .Emotion(4, "Good first impression"))
            .Step("stp-wait", "Waits for the table", t => t
                .Does("Waits 20 minutes at the bar because the previous party has not left")
                .Touchpoint("Bar area and host updates", "Front of house", "store")
                .Thinks("We booked for 19:30. Nobody is telling us anything.")
                .Feels("Embarrassed in front of the guests")
                .Emotion(1, "Waiting, no updates")
                .Pain("pp-table-late", "Table not ready at booking time and no update given", PainImpact.NeedsWorkaround)
                .Idea("idea-wait-drink", "Host gives a time estimate and a welcome drink after 10 minutes", 13,
                    (5, 5, 3), Level.Low, Level.High)
                .MomentOfTruth("The welcome: a late table with no word sets the tone for the whole evening.")
                .Kpi("Seated within 10 minutes", 90, "%")))
        .Stage("stg-dine", "Dine", "Enjoy good food safely and on time", s => s
            .Step("stp-order", "Orders", t => t
                .Does("Asks the server which dishes are nut-free; she checks with the kitchen")
                .Touchpoint("Server at the table", "Front of house", "store")
                .Thinks("She took it seriously. Good.")
                .Feels("Reassured")
                .Emotion(4, "Allergy handled")
                .MomentOfTruth("The allergy question: a confident, checked answer earns trust for the night."))
            .Step("stp-food-arrives", "Food arrives", t => t
                .Does("Mains arrive together; the allergy plate is marked with a flag")
                .Touchpoint("Food runners and plated dishes", "Kitchen", "store")
                .Thinks("This is excellent, and they remembered the flag.")
                .Feels("Delighted")
                .Emotion(5, "Great food")
                .Kpi("Ticket time for mains", 25, "min"))
            .Step("stp-birthday-dessert", "Birthday dessert", t => t
                .Does("Staff bring a dessert with a candle after he mentioned the birthday at booking")
                .Touchpoint("Dessert with candle, staff singing", "Front of house", "store")
                .Thinks("They remembered! She's thrilled.")
                .Feels("Proud of his choice")
                .Emotion(5, "Birthday surprise")))
        .Stage("stg-pay", "Pay and leave", "Settle up quickly and fairly between three couples", s => s
            .Step("stp-ask-bill", "Asks for the bill", t => t
                .Does("Waves twice for the bill; it takes 15 minutes to arrive")
                .Touchpoint("Server and printed bill", "Front of house", "store")
                .Thinks("The evening was great, but we want to go.")
                .Feels("Impatient")
                .Emotion(3, "Slow bill"))
            .Step("stp-split-bill", "Splits the bill", t => t
                .Does("Asks to split three ways; the card machine can only do equal splits of the total")
                .Touchpoint("Card terminal", "Finance", "store")
                .Thinks("One couple had wine, we didn't. This is awkward.")
                .Feels("Awkward")
                .Emotion(2, "Awkward split")
                .Pain("pp-split-bill", "Bill can only be split equally, not by item", PainImpact.NeedsWorkaround)
                .Idea("idea-pay-at-table", "Pay-at-table QR code with split by item", 10, (5, 3, 4),
                    Level.Medium, Level.Medium)))
        .Stage("stg-after", "After the visit", "Remember the evening and decide whether to return", s => s
            .Step("stp-feedback", "Is asked for feedback", t => t
                .Does("Gets a feedback email next morning and rates the evening 4 out of 5")
                .Touchpoint("Feedback survey email", "Marketing", "email")
                .Thinks("Lovely food, but the wait at the start still bugs me.")
                .Feels("Mostly positive")
                .Emotion(4, "Good memory")
                .Kpi("Survey response rate", 20, "%"))
            .Step("stp-recommend", "Recommends or returns", t => t
                .Does("Posts a review mentioning the dessert and books again for an anniversary")
                .Touchpoint("Review site and booking widget", "Marketing", "partner", "web")
                .Thinks("I'll book for 19:00 next time to avoid the wait.")
                .Feels("Loyal")
                .Emotion(4, "Would return")));

    private static Persona Daniel() => new()
    {
        Id = "per-daniel",
        Name = "Daniel Ferreira",
        Age = "45",
        JobRole = "Regional sales manager",
        FamilyStatus = "Married, two teenagers",
        Color = "#c2703d",
        Goals = new PersonaGoals
        {
            Professional = ["Host clients and colleagues somewhere reliable"],
            Personal = ["Make special occasions feel effortless for the guest of honour",
                "Find a local place to become a regular"],
        },
        Needs = ["Group booking without phoning", "Clear allergen handling", "A table ready on time",
            "Easy bill splitting"],
        PainPoints = ["Waiting with guests and no explanation", "Awkward bill splitting", "Vague allergy answers"],
        Motivations = ["Being a good host", "Good food at a fair price", "Warm, personal service"],
        Behaviours = ["Books a week ahead", "Reads the latest reviews, not the average",
            "Mentions occasions when booking", "Tips well for good service"],
        Channels = ["web", "phone", "email", "store"],
        Quote = "If I'm the one who picked the place, it has to go right.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "A friend's 40th birthday and the group chat asking him to sort dinner.",
            Why = "He is the organiser of the group and wants the evening to be about the friend, not logistics.",
            What = "Searches, books for six, flags an allergy, hosts the evening and sorts the bill.",
            Outcomes = "A relaxed evening, a happy birthday guest and a place he would book again.",
        },
    };
}
