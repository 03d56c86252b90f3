namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// The closed word classes of the sentiment rules (Hutto &amp; Gilbert 2014, section 3): negators, degree modifiers and
/// contrast markers, written here. Apostrophes are normalised to ' before lookup; the forms without one are listed
/// because people type them ("dont", "cant").
/// </summary>
internal static class WordLists
{
    /// <summary>A booster's step in valence (the paper's empirically derived 0.293).</summary>
    public const float BoostStep = 0.293f;

    public static readonly string[] Negators =
    [
        "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot", "without", "nope",
        "hardly", "rarely", "seldom", "lack", "lacks", "lacking", "lacked", "ain't", "aint", "isn't", "isnt", "aren't",
        "arent", "wasn't", "wasnt", "weren't", "werent", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt",
        "can't", "cant", "couldn't", "couldnt", "won't", "wont", "wouldn't", "wouldnt", "shouldn't", "shouldnt",
        "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt", "mustn't", "mustnt", "needn't", "neednt",
        "mightn't", "mightnt", "shan't", "shant", "daren't", "darent", "oughtn't", "oughtnt", "uh-uh", "uhuh",
    ];

    /// <summary>Words that raise the intensity of the next sentiment word.</summary>
    public static readonly string[] Intensifiers =
    [
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously",
        "entirely", "especially", "exceptionally", "extremely", "fabulously", "fully", "greatly", "highly", "hugely",
        "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really",
        "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "uber", "unbelievably",
        "unusually", "utterly", "very", "truly", "seriously", "insanely", "ridiculously", "terribly", "too",
        "hella", "soo", "sooo", "super-duper", "exceedingly", "immensely", "overly", "downright", "genuinely",
        "frigging", "friggin", "fricking", "frickin", "flipping", "flippin", "effing", "bloody",
    ];

    /// <summary>Words that lower the intensity of the next sentiment word.</summary>
    public static readonly string[] Dampeners =
    [
        "almost", "barely", "kinda", "kindof", "sorta", "sortof", "less", "little", "marginally", "occasionally",
        "partly", "scarcely", "slightly", "somewhat", "fairly", "rather", "bit", "mildly", "moderately", "reasonably",
        "relatively", "semi", "mostly",
    ];

    /// <summary>Boosters that are sentiment words of their own when nothing sentimental follows ("pretty bad" vs "pretty").</summary>
    public static readonly string[] ConditionalBoosters =
        ["pretty", "super", "real", "damn", "damned", "fucking", "freaking", "freakin", "dead", "mega", "crazy", "wicked"];

    /// <summary>Markers after which the writer's real point comes.</summary>
    public static readonly string[] Contrasts = ["but", "however", "nevertheless", "nonetheless", "yet"];

    /// <summary>Markers of a conceded clause that weighs less than the main one.</summary>
    public static readonly string[] Concessives = ["although", "though", "whereas", "while", "despite"];

    /// <summary>Verbs that are neutral alone but negative when negated ("it doesn't work", "never arrived").</summary>
    public static readonly string[] Functional =
    [
        "work", "works", "worked", "working", "function", "functions", "functioning", "load", "loads", "loading",
        "respond", "responds", "responded", "responding", "arrive", "arrives", "arrived", "fix", "fixed", "fixes",
        "resolve", "resolved", "solve", "solved", "answer", "answered", "sync", "syncs", "synced", "connect",
        "connects", "connected", "open", "opens", "start", "starts", "deliver", "delivered", "show", "showed",
        "update", "updated", "save", "saved", "refund", "refunded", "reply", "replied", "receive", "received",
    ];

    /// <summary>How strongly a negated functional verb counts against the text (before the negation scalar).</summary>
    public const float FunctionalValence = 2.2f;

    /// <summary>Praise verbs: "can't recommend them enough", "couldn't thank them enough".</summary>
    public static readonly string[] PraiseVerbs =
        ["recommend", "thank", "praise", "appreciate", "rave", "say", "stress", "love"];

    /// <summary>Words between a negator and a comparative that make it a superlative ("couldn't be better").</summary>
    public static readonly string[] ComparativeBridges = ["be", "been", "ask", "wish"];

    /// <summary>Interjections: the writer's own voice, never in a negation's scope ("not tired lol").</summary>
    public static readonly string[] Interjections =
    [
        "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hahahaha", "hehe", "heh", "yay", "yey", "wow", "ugh", "yikes",
        "omg", "woohoo", "woo", "hooray", "huzzah", "booyah", "argh", "meh", "oops", "phew", "alas", "damn", "whoa",
    ];
}
