namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Multi-word expressions whose valence is not the sum of their words, written here: general idioms (as the paper's
/// idiom rule) and what customers write in reviews and support chats. Ratings on VADER's -4..+4 scale.
/// Absolute phrases contain their own negation ("no problem"), so the negation rule leaves them alone.
/// </summary>
internal static class Phrases
{
    public static readonly Phrase[] All =
    [
        // Neutralisers: the words look sentimental but are not here.
        P("not only", 0, true), P("no doubt", 0.6f, true), P("without doubt", 0.6f, true), P("never mind", 0, true),
        B("kind of"), B("sort of"), B("a bit"), B("a little"), B("a tad"), P("pretty much", 0, true), P("as well", 0, true),
        P("thank you for your", 0.8f, true), P("please help", -0.3f, true), P("to be fair", 0.2f, true),
        P("for free", 0.8f, true), P("help desk", 0, true), P("help center", 0, true), P("help centre", 0, true),
        P("customer care", 0, true), P("customer support", 0, true), P("support team", 0, true),
        P("feel like", 0, true),
        P("would like", 0, true),
        P("matter of fact", 0, true), P("the shit out of", 0, true), P("the hell out of", 0, true), P("the crap out of", 0, true), P("in case", 0, true), P("pretty sure", 0.3f, true),
        // Negation already inside.
        P("no problem", 1.5f, true), P("no problems", 1.5f, true), P("not a problem", 1.5f, true),
        P("no issue", 1.3f, true), P("no issues", 1.3f, true), P("no complaints", 1.8f, true),
        P("no worries", 1.3f, true), P("no hassle", 1.8f, true), P("without a hitch", 2f, true),
        P("without any issues", 1.6f, true), P("without any problems", 1.6f, true), P("nothing wrong", 1f, true),
        P("never been better", 2.8f, true), P("can't complain", 1.2f, true), P("cannot complain", 1.2f, true),
        P("can't wait", 1.5f, true), P("cannot wait", 1.5f, true), P("can't go wrong", 2f, true),
        P("can't beat", 2f, true), P("cannot beat", 2f, true), P("not bad", 1.3f, true), P("not too bad", 1f, true),
        P("not half bad", 1.5f, true), P("not so bad", 0.8f, true), P("no response", -1.8f, true),
        P("no reply", -1.8f, true), P("no answer", -1.5f, true), P("no one answered", -2f, true),
        P("nobody answered", -2f, true), P("no help", -2f, true), P("never again", -2.5f, true),
        P("never arrived", -2.3f, true), P("never received", -2.3f, true), P("no longer works", -2.2f, true),
        P("don't buy", -2.3f, true), P("do not buy", -2.3f, true), P("don't bother", -2f, true),
        P("do not bother", -2f, true), P("don't waste", -2.3f, true), P("do not waste", -2.3f, true),
        P("not worth", -1.8f, true), P("not recommended", -1.8f, true),
        // Customer experience.
        P("waste of time", -2.5f, false), P("waste of money", -2.6f, false), P("on hold", -1.5f, false),
        P("put on hold", -1.8f, false), P("took forever", -2f, false), P("takes forever", -2f, false),
        P("taking forever", -2f, false), P("still waiting", -1.6f, false), P("rip off", -2.6f, false),
        P("ripped off", -2.6f, false), P("fell apart", -2f, false), P("falls apart", -2f, false),
        P("stopped working", -2.2f, false), P("stops working", -2.2f, false), P("piece of junk", -2.8f, false),
        P("piece of crap", -3f, false), P("piece of garbage", -3f, false), P("stay away", -2.5f, false),
        P("steer clear", -2.3f, false), P("above and beyond", 2.8f, false), P("second to none", 2.8f, false),
        P("a breeze", 2f, false), P("over the moon", 3f, false), P("fed up", -2.4f, false),
        P("let down", -2f, false), P("let me down", -2f, false), P("let us down", -2f, false),
        P("sick of", -2.3f, false), P("sick and tired", -2.6f, false), P("hung up on", -2.3f, false),
        P("the runaround", -2.2f, false), P("run around", -1.8f, false), P("worth every penny", 2.8f, false),
        P("worth it", 1.6f, false), P("worth the money", 1.8f, false), P("dead on arrival", -2.8f, false),
        P("game changer", 2.5f, false), P("game-changer", 2.5f, false), P("life saver", 2.5f, false),
        P("hit or miss", -1f, false), P("pain in the neck", -2.4f, false), P("pain in the ass", -2.6f, false),
        P("out of stock", -1f, false), P("a joke", -1.8f, false), P("a nightmare", -2.8f, false),
        P("five stars", 2.5f, false), P("5 stars", 2.5f, false), P("one star", -2f, false), P("1 star", -2f, false),
        P("zero stars", -2.6f, false), P("0 stars", -2.6f, false), P("highly recommend", 2.6f, false),
        P("went the extra mile", 2.6f, false), P("the extra mile", 2.4f, false), P("over the top", -0.5f, false),
        P("back and forth", -1.3f, false), P("went downhill", -2f, false), P("gone downhill", -2f, false),
        P("going downhill", -2f, false), P("out of pocket", -1f, false), P("last straw", -2.2f, false),
        P("the last straw", -2.4f, false), P("up and running", 1.3f, false), P("as promised", 1.2f, false),
        P("as described", 1f, false), P("as advertised", 1f, false), P("on time", 1f, false),
        P("ahead of schedule", 1.5f, false), P("behind schedule", -1.3f, false), P("not as described", -2f, true),
        P("not as advertised", -2f, true), P("too expensive", -1.6f, false), P("charged twice", -2.2f, false),
        P("double charged", -2.2f, false), P("hidden fees", -2f, false), P("hidden fee", -2f, false),
        // General idioms (the paper's idiom rule; lists written here).
        P("cut the mustard", 2f, false), P("hand to mouth", -2f, false), P("back handed", -2f, false),
        P("blow smoke", -2f, false), P("blowing smoke", -2f, false), P("upper hand", 1f, false),
        P("break a leg", 2f, false), P("cooking with gas", 2f, false), P("in the black", 2f, false),
        P("in the red", -2f, false), P("on the ball", 2f, false), P("under the weather", -2f, false),
        P("kiss of death", -1.5f, false), P("yeah right", -2f, false), P("the bomb", 3f, false),
        P("bad ass", 1.5f, false), P("badass", 1.5f, false), P("the shit", 3f, false),
    ];

    private static Phrase B(string text) => new(Words(text), 0, true, -WordLists.BoostStep);

    private static Phrase P(string text, float valence, bool absolute) => new(Words(text), valence, absolute);

    /// <summary>The tokenizer drops single letters ("a", "I"), so a phrase matches without them: "a nightmare" is "nightmare".</summary>
    private static string[] Words(string text) => [.. text.Split(' ').Where(w => w.Length > 1)];
}
