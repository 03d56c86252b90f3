using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates.Internals;

namespace Waymark.Core.Templates;

/// <summary>
/// Opening a business bank account, seen by two people: the founder who needs the account and the bank's
/// relationship manager who has to get it through onboarding checks. Each has their own lanes and curve.
/// </summary>
public static class B2bBankAccountTemplate
{
    private const string Founder = "per-tom";
    private const string Banker = "per-grace";

    public static MapTemplate Template { get; } = TemplateDefinition.Define(
        "b2b-bank-account",
        "B2B business bank account opening",
        MapKind.CurrentState,
        "A startup's finance lead opens a business account while the bank's relationship manager chases " +
        "documents and compliance checks. Two personas, their own lanes and one emotion curve each.",
        Build);

    private static MapBuilder Build(MapBuilder map) => map
        .Description("Account opening for a funded startup, from choosing a bank to the first payroll run.")
        .Goal("Have a working business account, cards and online banking in time for the first payroll.")
        .Scenario("Tom must move the company's seed funding into a business account and run payroll in 15 days; " +
            "Grace, the bank's relationship manager, owns the application through KYC and credit checks.")
        .Segment("Venture-backed startups, 5-50 employees, two or more directors")
        .ChannelsInScope("web", "email", "phone", "mobileApp", "chat")
        .Target("kpi-time-to-open", "Days from application to usable account", "days", 19m, 7m, "2027-06-30")
        .Target("kpi-completion", "Applications completed without re-submitting documents", "%", 41m, 75m,
            "2027-06-30")
        .Target("kpi-first-payroll", "New accounts running payroll within 30 days", "%", 62m, 80m, "2027-12-31")
        .Owner("Business banking onboarding")
        .ReviewBy("2027-04-30")
        .Persona(Tom())
        .Persona(Grace())
        .Lane(LaneKind.Actions, "Founder actions", Founder)
        .Lane(LaneKind.Actions, "Relationship manager actions", Banker)
        .Lanes(LaneKind.Touchpoints, LaneKind.Channels)
        .Lane(LaneKind.Thoughts, "Founder thinking", Founder)
        .Lane(LaneKind.Thoughts, "Relationship manager thinking", Banker)
        .Lane(LaneKind.Feelings, "Founder feeling", Founder)
        .Lane(LaneKind.Feelings, "Relationship manager feeling", Banker)
        .Lanes(LaneKind.EmotionCurve, LaneKind.PainPoints, LaneKind.Ideas, LaneKind.MomentsOfTruth, LaneKind.Kpis)
        .Stage("stg-choose", "Choose a bank", "Find a bank that will open the account fast and fit a startup", s => s
            .Step("stp-compare-banks", "Compares business banks", t => t
                .Touchpoint("Business banking pages, investor recommendations", "Business banking marketing", "web")
                .As(Founder, p => p
                    .Does("Compares three banks on fees, FX and opening time; asks investors for a recommendation")
                    .Thinks("Every site says 'open in minutes'. Then you read the small print.")
                    .Feels("Sceptical")
                    .Emotion(0, "Shopping around"))
                .As(Banker, p => p
                    .Does("Gets the lead from a VC partner referral and looks up the company register")
                    .Thinks("Seed-funded, two directors, one overseas. This will need extra checks.")
                    .Feels("Interested, already planning for the hard part")
                    .Emotion(1, "Good referral")))
            .Step("stp-intro-call", "Intro call", t => t
                .Touchpoint("Video call with the relationship manager", "Relationship management", "phone")
                .As(Founder, p => p
                    .Does("Explains the timeline: funds land in 10 days, payroll in 15")
                    .Thinks("She gets startups. Maybe this can be quick.")
                    .Feels("Encouraged")
                    .Emotion(1, "A real person"))
                .As(Banker, p => p
                    .Does("Sets expectations and sends the document checklist")
                    .Thinks("If the documents come in complete, I can make 15 days.")
                    .Feels("Confident")
                    .Emotion(1, "Clear plan"))
                .MomentOfTruth("Expectations set here decide whether later delays feel like betrayal or plan.")))
        .Stage("stg-apply", "Apply", "Submit a complete application once", s => s
            .Step("stp-fill-form", "Fills in the application", t => t
                .Touchpoint("Online application portal", "Digital onboarding", "web")
                .As(Founder, p => p
                    .Does("Fills in 9 pages: company details, expected turnover, countries of trade")
                    .Thinks("Why are they asking for things already on the company register?")
                    .Feels("Tedious")
                    .Emotion(-1, "Form fatigue"))
                .As(Banker, p => p
                    .Does("Watches the portal; the application sits at 'in progress' for three days")
                    .Thinks("I can't see where he is stuck.")
                    .Feels("Blind")
                    .Emotion(0, "No visibility"))
                .Pain("pp-register-retyping", "Company-register data has to be typed in by hand", PainImpact.Trivial)
                .Idea("idea-prefill-register", "Prefill from the company register by company number", 13, (5, 4, 5),
                    Level.Medium, Level.High)
                .Kpi("Form completion within 1 day", 70, "%"))
            .Step("stp-upload-documents", "Uploads documents", t => t
                .Touchpoint("Document upload page", "Digital onboarding", "web")
                .As(Founder, p => p
                    .Does("Uploads the articles, cap table and IDs; the upload fails on a 12 MB PDF")
                    .Thinks("Seriously? I'll email it to Grace instead.")
                    .Feels("Irritated")
                    .Emotion(-1, "Upload failed"))
                .As(Banker, p => p
                    .Does("Receives the cap table by email and re-uploads it into the case system by hand")
                    .Thinks("Now it's outside the audit trail. Compliance will ask.")
                    .Feels("Uneasy")
                    .Emotion(-1, "Workaround"))
                .Pain("pp-upload-limit", "Upload limit of 10 MB rejects typical legal PDFs", PainImpact.NeedsWorkaround)
                .Idea("idea-secure-upload-link", "Secure upload link the RM can send, no size limit", 9, (4, 5, 4),
                    Level.Low, Level.Medium)))
        .Stage("stg-verify", "Verify", "Prove who the company and its owners are without repeating work", s => s
            .Step("stp-director-id", "Directors verify identity", t => t
                .Touchpoint("ID verification in the mobile app", "Financial crime operations", "mobileApp")
                .As(Founder, p => p
                    .Does("Verifies his ID in the app in 4 minutes; the overseas co-founder's passport is rejected")
                    .Thinks("My co-founder is in Lisbon. How long will this take?")
                    .Feels("Worried about the deadline")
                    .Emotion(-1, "Co-founder stuck"))
                .As(Banker, p => p
                    .Does("Requests a manual review for the overseas director")
                    .Thinks("Manual reviews take a week. The clock is running.")
                    .Feels("Stressed")
                    .Emotion(-1, "Manual review"))
                .Pain("pp-foreign-id", "Overseas directors' IDs fail automated checks", PainImpact.NeedsWorkaround)
                .Idea("idea-video-id", "Video identification for overseas directors with the RM present", 10,
                    (5, 3, 4), Level.High, Level.High))
            .Step("stp-compliance-questions", "Answers compliance questions", t => t
                .Touchpoint("Compliance questionnaire by email", "Financial crime operations", "email")
                .As(Founder, p => p
                    .Does("Gets a second questionnaire asking for the source of funds already explained")
                    .Thinks("I answered this last week. Does anyone talk to each other?")
                    .Feels("Angry, considering another bank")
                    .Emotion(-2, "Asked twice"))
                .As(Banker, p => p
                    .Does("Finds out compliance sent its own questionnaire without telling her")
                    .Thinks("He's going to walk, and I can't blame him.")
                    .Feels("Embarrassed")
                    .Emotion(-2, "Lost control"))
                .Pain("pp-asked-twice", "Compliance asks again for information already provided", PainImpact.Abandons)
                .Idea("idea-single-case", "One case file shared by RM and compliance; ask the customer once", 16,
                    (5, 3, 5), Level.High, Level.High)
                .MomentOfTruth("Being asked twice is where founders give up and go to a fintech; the RM must " +
                    "own every question to the customer.")
                .Kpi("Applications needing a re-request", 10, "%"))
            .Step("stp-escalation", "RM escalates", t => t
                .Touchpoint("RM phone call and status email", "Relationship management", "phone", "email")
                .As(Founder, p => p
                    .Does("Gets a call from Grace with a named date and a daily status email")
                    .Thinks("At least someone owns this now.")
                    .Feels("Calmer")
                    .Emotion(0, "Someone owns it"))
                .As(Banker, p => p
                    .Does("Escalates to the compliance lead and books a daily 10-minute check")
                    .Thinks("Should not need my escalation to work, but it does.")
                    .Feels("Determined")
                    .Emotion(0, "Back in control"))))
        .Stage("stg-open", "Open and set up", "Get funds in and people able to pay", s => s
            .Step("stp-account-open", "Account approved", t => t
                .Touchpoint("Approval email, online banking activation", "Digital onboarding", "email", "web")
                .As(Founder, p => p
                    .Does("Activates online banking and gives the investors the account details")
                    .Thinks("Day 13. Just in time.")
                    .Feels("Relieved")
                    .Emotion(2, "Open!"))
                .As(Banker, p => p
                    .Does("Confirms the account and books the funding transfer call")
                    .Thinks("Made it, barely.")
                    .Feels("Relieved")
                    .Emotion(1, "Delivered"))
                .MomentOfTruth("The account details arrive before the funding deadline, or the round closes late.")
                .Kpi("Days from application to open", 7, "days"))
            .Step("stp-user-setup", "Sets up users and cards", t => t
                .Touchpoint("Online banking user admin, card orders", "Business banking product", "web", "mobileApp")
                .As(Founder, p => p
                    .Does("Adds the co-founder and a bookkeeper with approval limits; orders three cards")
                    .Thinks("The permission model is confusing. Can the bookkeeper pay salaries alone?")
                    .Feels("Unsure")
                    .Emotion(0, "Permissions puzzle"))
                .As(Banker, p => p
                    .Does("Walks him through dual approval for payments over 10,000")
                    .Thinks("This should be in the product, not in my calendar.")
                    .Feels("Helpful")
                    .Emotion(1, "Teaching"))
                .Pain("pp-permissions", "User roles and approval limits are hard to understand",
                    PainImpact.NeedsWorkaround)
                .Idea("idea-role-presets", "Role presets: founder, bookkeeper, approver", 7, (4, 4, 4),
                    Level.Low, Level.Medium)))
        .Stage("stg-use", "First month", "Run payroll and pay suppliers without surprises", s => s
            .Step("stp-first-payroll", "Runs the first payroll", t => t
                .Touchpoint("Bulk payment upload, payroll software connection", "Business banking product",
                    "web", "partner")
                .As(Founder, p => p
                    .Does("Connects the payroll software and pays 14 salaries on time")
                    .Thinks("Everyone got paid. That's the only thing that mattered.")
                    .Feels("Proud, relieved")
                    .Emotion(2, "Payroll done"))
                .As(Banker, p => p
                    .Does("Checks the bulk payment went through without a fraud hold")
                    .Thinks("Good first month for a new relationship.")
                    .Feels("Satisfied")
                    .Emotion(2, "Happy client"))
                .Kpi("New accounts running payroll within 30 days", 80, "%"))
            .Step("stp-review-call", "30-day review call", t => t
                .Touchpoint("Relationship review call", "Relationship management", "phone")
                .As(Founder, p => p
                    .Does("Gives feedback and asks about FX for paying the Lisbon contractor")
                    .Thinks("The opening was painful, but Grace was great.")
                    .Feels("Cautiously loyal")
                    .Emotion(1, "Would recommend Grace"))
                .As(Banker, p => p
                    .Does("Logs the onboarding issues and introduces the FX specialist")
                    .Thinks("If the next one is smoother, they'll send us their portfolio.")
                    .Feels("Optimistic")
                    .Emotion(1, "Growing the relationship"))));

    private static Persona Tom() => new()
    {
        Id = Founder,
        Name = "Tom Lindqvist",
        Age = "36",
        JobRole = "Co-founder and head of finance at a 14-person software startup",
        FamilyStatus = "Living with partner, no children",
        Color = "#3a6ea5",
        Goals = new PersonaGoals
        {
            Professional = ["Bank the seed round and run payroll on time", "Spend his time on the product, not admin"],
            Personal = ["Keep weekends for climbing", "Not be the bottleneck for his team"],
        },
        Needs = ["A firm opening date", "One person who owns the application", "Being asked each thing once",
            "Clear user permissions for his bookkeeper"],
        PainPoints = ["Repeated document requests", "Opaque compliance checks", "Upload forms that fail"],
        Motivations = ["Meeting investors' deadlines", "Paying his team on time", "Simple, modern tools"],
        Behaviours = ["Works through forms late at night", "Asks investors and founder friends for advice",
            "Switches provider quickly when a process feels broken"],
        Channels = ["web", "email", "mobileApp", "phone"],
        Quote = "I can raise a round in six weeks. Why does opening a bank account take three?",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "The seed round closes and the investors need account details within ten days.",
            Why = "The company has been living on a founder's personal account and needs a proper business account.",
            What = "Chooses a bank, applies online, gets directors verified and sets up users and payroll.",
            Outcomes = "Funds received, payroll run on time and a bank contact he trusts for growth.",
        },
    };

    private static Persona Grace() => new()
    {
        Id = Banker,
        Name = "Grace Mensah",
        Age = "42",
        JobRole = "Relationship manager, technology and startups desk",
        FamilyStatus = "Married, three children",
        Color = "#b5477a",
        Goals = new PersonaGoals
        {
            Professional = ["Open referred accounts within 10 days", "Grow a portfolio of high-potential startups"],
            Personal = ["Get home for the children's dinner", "Be known as the banker founders recommend"],
        },
        Needs = ["Visibility of where each application is stuck", "One case file shared with compliance",
            "Tools to collect documents securely"],
        PainPoints = ["Compliance contacting her clients directly", "Manual re-keying of emailed documents",
            "No status view of applications"],
        Motivations = ["Referrals from VCs", "Winning clients from fintechs", "Solving problems for founders"],
        Behaviours = ["Calls clients rather than emailing", "Keeps her own spreadsheet of open applications",
            "Escalates early when a deadline is at risk"],
        Channels = ["phone", "email", "web"],
        Quote = "My clients judge the bank by the slowest team behind me.",
        Backstory = new PersonaBackstory
        {
            EntryPoint = "A VC partner refers the startup to her with a tight funding deadline.",
            Why = "Startups that open smoothly become her largest clients as they grow.",
            What = "Guides the founder, chases documents and pushes the case through compliance.",
            Outcomes = "An account opened on time and a client who refers other founders.",
        },
    };
}
