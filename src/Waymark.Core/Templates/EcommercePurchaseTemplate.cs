using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>An online purchase that is abandoned at checkout and recovered, through delivery and returns.</summary>
public static class EcommercePurchaseTemplate
{
    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "ecommerce-purchase",
        "E-commerce purchase with cart abandonment",
        MapKind.CurrentState,
        "A shopper finds running shoes, abandons the cart at the shipping cost, comes back through a reminder " +
        "and buys. Steps are bound to storefront events so funnel drop-off shows on the map.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("From an Instagram ad to shoes that fit, including the abandoned cart and the recovery email.")
        .Goal("Buy the right running shoes in the right size, at a fair total price, in time for race training.")
        .Scenario("Maya sees an ad for trail shoes, adds a pair to her cart on her phone, leaves when shipping " +
            "appears at checkout, returns two days later from a reminder email and orders on her laptop.")
        .Segment("First-time buyers arriving from paid social, mobile first")
        .ChannelsInScope("ads", "social", "web", "mobileApp", "email")
        .Target("kpi-cart-abandonment", "Cart abandonment rate", "%", 72m, 60m, "2027-06-30")
        .Target("kpi-recovery", "Abandoned carts recovered by email", "%", 6m, 10m, "2027-03-31")
        .Target("kpi-return-rate", "Orders returned for size", "%", 24m, 15m, "2027-09-30")
        .Owner("E-commerce experience team")
        .ReviewBy("2027-04-30")
        .Persona(Maya())
        .Lanes(LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Feelings,
            LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-browse", "Browse", "Find shoes that suit trail running and her budget", s => s
            .Step("stp-see-ad", "Sees an ad", t => t
                .Bound("ad_clicked", "landing_page_viewed")
                .Does("Taps an Instagram ad showing trail shoes on a muddy course")
                .Touchpoint("Instagram story ad, product landing page", "Performance marketing", "social", "ads")
                .Thinks("Those look grippy. Are they any good for wide feet?")
                .Feels("Curious")
                .Emotion(1, "Interested"))
            .Step("stp-compare-products", "Compares products", t => t
                .Bound("product_list_filtered", "product_viewed")
                .Does("Filters by trail and size 41, opens three products and reads the reviews")
                .Touchpoint("Category page, product page and reviews", "Merchandising", "mobileApp", "web")
                .Thinks("Reviews say they run small. Should I size up?")
                .Feels("Hesitant about the fit")
                .Emotion(0, "Unsure of size")
                .Pain("pp-size-unclear", "No size guidance for the model; reviews disagree", PainImpact.NeedsWorkaround)
                .Idea("idea-fit-finder", "Fit finder using the brand she already owns", 10, (5, 3, 4),
                    Level.High, Level.High)))
        .Stage("stg-cart", "Cart and checkout", "Know the full price and pay quickly on her phone", s => s
            .Step("stp-add-to-cart", "Adds to cart", t => t
                .Bound("cart_item_added")
                .Does("Adds the shoes in size 42 to the cart")
                .Touchpoint("Add-to-cart button and mini cart", "Storefront", "mobileApp")
                .Thinks("I'll go a half size up to be safe.")
                .Feels("Decided")
                .Emotion(1, "Picked them"))
            .Step("stp-view-cart", "Reviews the cart", t => t
                .Bound("cart_viewed")
                .Does("Opens the cart and looks for a discount code field")
                .Touchpoint("Cart page", "Storefront", "mobileApp")
                .Thinks("Is there a first-order discount somewhere?")
                .Feels("Looking for a deal")
                .Emotion(0, "Hunting for a code")
                .Kpi("Cart-to-checkout rate", 55, "%"))
            .Step("stp-see-shipping", "Sees the shipping cost", t => t
                .Bound("checkout_started", "checkout_abandoned")
                .Does("Starts checkout, sees €6.95 shipping on the third screen and closes the app")
                .Touchpoint("Checkout shipping step", "Storefront", "mobileApp")
                .Thinks("Nearly seven euros for shipping? I'll look elsewhere later.")
                .Feels("Annoyed, feels tricked")
                .Emotion(-2, "Surprise cost")
                .Pain("pp-late-shipping-cost", "Shipping cost only appears on the third checkout screen",
                    PainImpact.Abandons)
                .Pain("pp-forced-account", "Checkout asks her to create an account first", PainImpact.NeedsWorkaround)
                .Idea("idea-shipping-upfront", "Show delivery cost and free-shipping threshold on the product page",
                    15, (5, 5, 4), Level.Low, Level.High)
                .Idea("idea-guest-checkout", "Guest checkout with Apple Pay and Google Pay", 12, (5, 4, 5),
                    Level.Medium, Level.High)
                .MomentOfTruth("The total price: most carts are lost here, on a cost the customer did not expect.")
                .Kpi("Checkout abandonment", 45, "%")))
        .Stage("stg-return", "Come back", "Pick up where she left off when she has time", s => s
            .Step("stp-reminder-email", "Gets a reminder email", t => t
                .Bound("abandoned_cart_email_opened", "abandoned_cart_email_clicked")
                .Does("Opens a 'still thinking it over?' email with free shipping over €80")
                .Touchpoint("Abandoned-cart email", "CRM marketing", "email")
                .Thinks("Oh, free shipping if I add socks. Fine.")
                .Feels("Won back, slightly amused")
                .Emotion(1, "Good offer")
                .Kpi("Recovery email click rate", 12, "%"))
            .Step("stp-cart-restored", "Finds the cart on her laptop", t => t
                .Bound("session_started")
                .Where("utm_source", "abandoned_cart_email")
                .Does("Clicks through on her laptop and finds the cart empty because she was not logged in")
                .Touchpoint("Cart page on desktop", "Storefront", "web")
                .Thinks("Where did my shoes go? Which size did I pick?")
                .Feels("Irritated")
                .Emotion(-1, "Cart lost")
                .Pain("pp-cart-not-synced", "Cart is not restored across devices from the email link",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-cart-link", "Email link that rebuilds the exact cart on any device", 9, (4, 4, 5),
                    Level.Medium, Level.Medium)))
        .Stage("stg-buy", "Buy", "Pay safely and know when the shoes arrive", s => s
            .Step("stp-pay", "Pays", t => t
                .Bound("payment_submitted", "order_placed")
                .Does("Adds socks to reach free shipping and pays with PayPal")
                .Touchpoint("Checkout payment step", "Payments", "web")
                .Thinks("Finally. That was more work than it should be.")
                .Feels("Relieved")
                .Emotion(1, "Ordered")
                .Kpi("Payment success rate", 97, "%"))
            .Step("stp-confirmation", "Gets the confirmation", t => t
                .Bound("order_confirmation_sent")
                .Does("Reads the confirmation email with a delivery window of Thursday to Saturday")
                .Touchpoint("Order confirmation email", "CRM marketing", "email")
                .Thinks("Good, they'll arrive before Sunday's long run.")
                .Feels("Reassured")
                .Emotion(1, "Confirmed")))
        .Stage("stg-receive", "Receive and keep", "Get shoes that fit and run in them", s => s
            .Step("stp-track-order", "Tracks the parcel", t => t
                .Bound("tracking_viewed")
                .Does("Checks the carrier link twice on Friday")
                .Touchpoint("Shipping notification and carrier tracking page", "Logistics", "email", "partner")
                .Thinks("'In transit' tells me nothing. Will I be home?")
                .Feels("Slightly anxious")
                .Emotion(0, "Waiting")
                .Pain("pp-vague-tracking", "Tracking gives no delivery time slot", PainImpact.Trivial))
            .Step("stp-try-on", "Tries the shoes on", t => t
                .Bound("order_delivered")
                .Does("Unboxes and tries the shoes; the half size up fits well")
                .Touchpoint("Parcel, packaging and insert card", "Logistics", "mail")
                .Thinks("They fit! And the box has a free returns label, nice.")
                .Feels("Delighted")
                .Emotion(2, "They fit")
                .MomentOfTruth("The fit: a wrong size means a return and usually a lost customer.")
                .Kpi("Size-related return rate", 15, "%"))
            .Step("stp-review", "Leaves a review", t => t
                .Bound("review_submitted")
                .Does("Leaves a four-star review noting the shoes run a half size small")
                .Touchpoint("Review request email and review form", "CRM marketing", "email", "web")
                .Thinks("Let me save the next person the sizing guesswork.")
                .Feels("Helpful, satisfied")
                .Emotion(1, "Happy customer")));

    private static Persona Maya() => new()
    {
        Id = "per-maya",
        Name = "Maya Okafor",
        Age = "38",
        JobRole = "Primary-school teacher",
        FamilyStatus = "Partner and two children (7 and 10)",
        Color = "#e0573b",
        Goals = new PersonaGoals
        {
            Professional = ["Keep evenings free from school admin"],
            Personal = ["Run her first trail half marathon in spring", "Spend carefully on kit"],
        },
        Needs = ["The full price before checkout", "Confidence the size is right",
            "Checkout that works one-handed on a phone"],
        PainPoints = ["Hidden delivery costs", "Returning parcels at the post office", "Forced account creation"],
        Motivations = ["A good deal", "Gear that lasts", "Not wasting time on returns"],
        Behaviours = ["Browses on her phone in the evening, buys on the laptop", "Reads the one-star reviews first",
            "Leaves carts as a wish list and waits for a discount"],
        Channels = ["mobileApp", "social", "email", "web"],
        Quote = "Just tell me the real price up front and I'll decide.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "An Instagram ad for trail shoes while scrolling after the kids' bedtime.",
            Why = "Her old road shoes slip on the muddy trails she trains on.",
            What = "Compares models, fills a cart, leaves, comes back when the price feels fair.",
            Outcomes = "Shoes that fit first time, delivered before her long run, at a price she accepts.",
        },
    };
}
