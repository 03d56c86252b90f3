namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// The sentences the trial's feedback is composed from, per moment of the trial and mood. A text takes one or two
/// sentences of its pool, sometimes an opener, a closer or emoji, so thousands of items rarely repeat one another.
/// Written to sound like real reviews, chats, call notes and survey comments (questions and intents included).
/// </summary>
internal static class TrialFeedbackTexts
{
    public static readonly string[] HappyOpeners = ["Honestly,", "So far so good.", "Quick note:", "Have to say,", "Wow.", ""];

    public static readonly string[] UnhappyOpeners = ["Not impressed.", "Ugh.", "Frankly,", "Hi,", "Be warned:", ""];

    public static readonly string[] HappyClosers = ["Keep it up!", "Thanks team.", "Really nice work.", "Impressed so far.", ""];

    public static readonly string[] UnhappyClosers = [
        "Please fix this.", "Very frustrating.", "Not what I expected from a paid tool.", "Seriously considering cancelling.",
        "We might go back to Trello.", "Is there anyone who can help?", "",
    ];

    public static readonly string[] HappyEmoji = ["🙂", "👍", "🎉", "😍", "🙌", "✨"];

    public static readonly string[] UnhappyEmoji = ["😡", "😤", "🙄", "👎", "😩"];

    public static readonly TextPool Signup = new(
        [
            "Sign-up took less than a minute.", "Creating the account was quick and painless.", "Love that I could sign up with Google.",
            "No credit card needed for the trial, great.", "The signup form was short and clear.", "Registration was super easy.",
            "Getting an account was effortless.", "Smooth start, the welcome page is friendly.",
        ],
        [
            "The signup form asked for way too much.", "Why do you need my phone number to start a trial?",
            "The password rules are annoying.", "Signup page froze twice on my phone.",
        ]);

    public static readonly TextPool Verify = new(
        [
            "The verification email arrived right away.", "Confirming my email was instant.",
        ],
        [
            "Waited twenty minutes for the verification email.", "The verification email ended up in spam.",
            "Still waiting for the confirmation email, this is ridiculous.", "Had to request the verification link three times.",
            "The verification link had expired by the time it arrived.", "Why is email verification so slow?",
            "Lost half an hour waiting for the verify email.", "The confirmation email never came, I had to contact support.",
            "Email verification is broken for our company domain.", "Annoying wait for the activation email before I could do anything.",
        ]);

    public static readonly TextPool Template = new(
        [
            "The starter templates are lovely.", "Picking a template made the first steps obvious.", "The onboarding tour is really helpful.",
            "Great templates, I found one for our sprint planning right away.", "The guided setup is clear and friendly.",
            "Loved the marketing calendar template.", "The template gallery is beautiful.", "Onboarding felt personal and easy.",
            "The welcome checklist is a nice touch.", "Really like how the templates explain themselves.",
        ],
        [
            "Too many templates, I did not know which one to pick.", "The onboarding tour kept popping up.",
        ]);

    public static readonly TextPool DataImport = new(
        [
            "Importing our spreadsheet worked on the first try.", "The CSV import mapped our columns perfectly.",
            "Brought over 400 tasks from Excel in seconds.", "Data import was fast and easy.", "The import preview saved me a lot of time.",
            "Moving our data in was surprisingly smooth.", "The spreadsheet import kept all our due dates, brilliant.",
            "Import from Trello worked great.", "Setup took ten minutes including the import.", "Connecting our data was effortless.",
        ],
        [
            "The CSV import failed three times with no useful error.", "Importing our spreadsheet is a nightmare.",
            "The import scrambled all our dates, terrible.", "Wasted two hours trying to import our data.", "Import keeps failing with a timeout on a 2 MB file, awful.",
            "The column mapping in the import is confusing.", "Our Excel file was rejected and nobody could tell me why. Useless.",
            "The import lost all the assignees, horrible.", "Had to call support twice about the broken import.", "Setup is way too complicated, the import broke.",
            "The importer is broken for our date format.", "Accented names came out as garbage after the import.",
            "Took forever to get the data in, so frustrating.", "Gave up on the import and typed everything by hand.",
        ]);

    public static readonly TextPool Project = new(
        [
            "Our first project is up and running.", "Setting up the first real project was a joy.", "The board view is exactly what we needed.",
            "Creating tasks is fast and the keyboard shortcuts are great.", "The project timeline looks fantastic.",
            "Everything just clicked once the project was set up.", "Love the drag and drop on the board.",
        ],
        [
            "The project settings are buried too deep.", "Could not find how to add a custom field.",
        ]);

    public static readonly TextPool Invite = new(
        [
            "Inviting the team was simple.", "My colleagues joined in a minute.", "Nice that guests are free.",
        ],
        [
            "The invite emails went to spam for half the team.", "Why does every invited person count as a paid seat?",
            "Inviting people from another domain is confusing.", "Two teammates never got their invitation.",
        ]);

    public static readonly TextPool TeamUse = new(
        [
            "The team actually updates their tasks now.", "Comments and mentions work really well.", "Our stand-ups are shorter since we switched.",
            "Notifications are just right.", "Everyone on the team likes it.",
        ],
        [
            "Too many notifications, the team muted them.", "The mobile app is slow to sync comments.",
            "Half the team still uses spreadsheets.",
        ]);

    public static readonly TextPool Integration = new(
        [
            "The Slack integration is great.", "Connecting the team chat took two clicks.", "Love getting task updates in Slack.",
            "The calendar sync works perfectly.",
        ],
        [
            "The Slack integration keeps disconnecting.", "Teams integration needs admin rights we do not have.",
            "The chat integration posts far too much.",
        ]);

    public static readonly TextPool Reminder = new(
        [
            "Thanks for the reminder, we will upgrade.", "The trial-ending email was clear and helpful.",
        ],
        [
            "The trial is ending and we have barely started.", "Can we get a trial extension? The import problems cost us a week.",
            "How much is the business plan for 25 people?", "Is there a discount for non-profits?", "Do you offer monthly billing?",
        ]);

    public static readonly TextPool Approval = new(
        [
            "The quote PDF made approval easy.", "Finance approved it in a day thanks to the clear quote.",
        ],
        [
            "The quote does not show VAT, finance sent it back.", "Can you send an invoice instead of card payment?",
            "Our budget approval takes weeks, can the trial stay open?",
        ]);

    public static readonly TextPool Upgrade = new(
        [
            "Upgraded today, worth every cent.", "Checkout was smooth, happy to be a customer.", "Best project tool we have tried.",
            "We moved the whole company over.", "Excellent value for the price.", "Five stars, the team loves it.",
        ],
        [
            "Charged twice at checkout, I want a refund for the second payment.", "The checkout page failed with our company card.",
            "Price went up at checkout, not what the pricing page said.",
        ]);

    public static readonly TextPool Support = new(
        [
            "Support answered in five minutes and fixed it.", "The support agent was patient and helpful.", "Great support, problem solved.",
            "Ana from support was fantastic.", "Quick and friendly help in the chat.",
        ],
        [
            "Waited an hour in the support chat.", "Support just sent me a help article I had already read.",
            "Nobody in support could explain the import error.", "The chat bot is useless.", "Had to repeat my problem to three agents.",
        ]);

    /// <summary>Chats from trials stuck before their data is in (they never finish the import).</summary>
    public static readonly TextPool Stuck = new(
        ["How do I import a spreadsheet with several tabs?", "Is there a template for the CSV import?"],
        [
            "Hi, the import keeps failing, can someone help?", "My spreadsheet will not import, what format do you need?",
            "Trying to import our data since yesterday, nothing works.", "The import says 'invalid file' for a normal CSV.",
            "I cannot get my data in. If this does not work today we will cancel.", "Stuck on the import step, very frustrating.",
            "Your import deleted my column headers??", "We are switching to Asana, the import just does not work.",
        ]);
}
