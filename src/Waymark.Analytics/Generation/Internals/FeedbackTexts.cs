namespace Waymark.Analytics.Generation.Internals;

/// <summary>Short feedback texts by tone, about the moments the journey model has.</summary>
internal static class FeedbackTexts
{
    public static readonly string[] Positive =
    [
        "Signing up was quick and painless.", "Support fixed my problem in minutes, thank you!",
        "Love how easy the onboarding was.", "The product does exactly what I need.", "Great value for the price.",
        "The team feature made sharing with colleagues simple.",
    ];

    public static readonly string[] Neutral =
    [
        "It works, but it took a while to find the settings.", "Onboarding was fine, a bit long.",
        "Okay overall. Pricing page could be clearer.", "Support answered, eventually.",
    ];

    public static readonly string[] Negative =
    [
        "My card was declined twice at checkout, very frustrating.", "Waited far too long for support to reply.",
        "Too expensive for what it offers.", "I could not figure out how to invite my team.",
        "The app keeps logging me out, I am cancelling.", "Checkout failed and nobody helped me.",
    ];
}
