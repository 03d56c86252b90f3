namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Customer-experience words VADER's lexicon (social media, 2014) lacks, rated here on its -4..+4 scale. They are
/// added only where the lexicon has no entry; <see cref="Overrides"/> lists the few entries this domain reads
/// differently (VADER rates "joke" +1.2, but in a review "a joke" is scorn).
/// </summary>
internal static class LexiconExtension
{
    public static readonly (string Word, float Valence)[] Added =
    [
        ("crashed", -2.0f), ("crashes", -2.0f), ("crashing", -2.0f), ("laggy", -1.8f), ("lagging", -1.5f),
        ("lags", -1.4f), ("buggy", -2.0f), ("bug", -1.2f), ("bugs", -1.2f), ("glitch", -1.5f), ("glitches", -1.5f),
        ("glitchy", -1.8f), ("freezing", -1.2f), ("froze", -1.6f), ("unresponsive", -2.0f), ("refund", -0.6f),
        ("overcharged", -2.2f), ("overpriced", -1.8f), ("unusable", -2.5f), ("seamless", 2.0f),
        ("seamlessly", 2.0f), ("hassle", -1.8f), ("hassles", -1.8f), ("hassle-free", 2.0f), ("intuitive", 1.8f),
        ("user-friendly", 1.8f), ("unhelpful", -2.0f), ("slow", -1.2f), ("slower", -1.2f), ("slowest", -1.5f),
        ("clunky", -1.5f), ("cumbersome", -1.5f), ("tedious", -1.5f), ("effortless", 2.0f), ("effortlessly", 2.0f),
        ("reliable", 1.8f), ("unreliable", -2.0f), ("outage", -1.8f), ("outages", -1.8f), ("downtime", -1.4f),
        ("timeout", -1.0f), ("errors", -1.7f), ("broke", -2.0f), ("breaks", -1.6f), ("late", -0.8f),
        ("spam", -1.5f), ("spammy", -1.6f), ("ripoff", -2.6f), ("rip-off", -2.6f), ("overcomplicated", -1.5f),
        ("knowledgeable", 1.8f), ("prompt", 1.2f), ("promptly", 1.4f), ("speedy", 1.5f), ("fast", 1.0f),
        ("quick", 0.8f), ("quickly", 0.8f), ("smooth", 1.5f), ("smoothly", 1.5f), ("outdated", -1.0f),
        ("decent", 1.2f), ("lifesaver", 2.5f), ("pricey", -0.8f), ("understaffed", -1.5f), ("incompetence", -2.3f),
        ("unprofessional", -2.0f), ("professional", 1.3f), ("professionally", 1.3f), ("patient", 1.0f),
        ("attentive", 1.6f), ("polite", 1.6f), ("efficient", 1.6f), ("inefficient", -1.5f), ("sloppy", -1.8f),
        ("shoddy", -2.0f), ("flimsy", -1.5f), ("sturdy", 1.2f), ("durable", 1.3f), ("defect", -1.8f),
        ("defects", -1.8f), ("malfunction", -1.9f), ("malfunctioning", -1.9f), ("misleading", -1.8f),
        ("mislead", -1.8f), ("misled", -1.8f), ("unanswered", -1.5f), ("ignored", -1.8f), ("ghosted", -2.0f),
        ("bloated", -1.2f), ("overdue", -1.0f), ("backlog", -0.8f), ("cluttered", -1.0f), ("convoluted", -1.5f),
        ("polished", 1.4f), ("snappy", 1.4f), ("hiccup", -0.8f), ("hiccups", -0.8f), ("flaky", -1.5f),
        ("finicky", -1.3f), ("nonexistent", -1.5f), ("non-existent", -1.5f), ("resolved", 1.0f),
        ("unresolved", -1.5f), ("helpless", -1.9f), ("overwhelmed", -1.2f), ("uninstalled", -1.2f),
        ("uninstall", -1.0f), ("pushy", -1.4f), ("condescending", -2.0f), ("dismissive", -1.8f),
        ("scammed", -2.8f), ("scammers", -2.8f), ("disconnected", -1.2f), ("disconnects", -1.3f),
        ("top-notch", 2.6f), ("superb", 3.0f), ("stellar", 2.6f), ("five-star", 2.5f), ("well-made", 1.8f),
        ("easy-to-use", 1.9f), ("frustratingly", -2.0f), ("useful", 1.6f), ("handy", 1.3f), ("convenient", 1.5f),
        ("inconvenient", -1.5f), ("inconvenience", -1.4f), ("ugh", -1.6f), ("argh", -1.6f), ("smh", -1.4f),
    ];

    public static readonly (string Word, float Valence)[] Overrides =
    [
        ("joke", -1.2f),
    ];
}
