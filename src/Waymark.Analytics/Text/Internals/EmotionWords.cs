namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Emotion cues (joy, trust, anger, fear, sadness, surprise), written here for customer feedback. Weight 1 is a
/// plain statement of the emotion ("furious"), lower weights are weaker or less certain cues ("annoying", "sorry").
/// </summary>
internal static class EmotionWords
{
    public static IEnumerable<(string Phrase, Cue Cue)> All()
    {
        foreach (var (emotion, weight, words) in Groups)
        {
            foreach (var phrase in words.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                yield return (phrase, Cue.Of(emotion, weight));
        }
    }

    private static readonly (Emotion Emotion, float Weight, string Words)[] Groups =
    [
        (Emotion.Joy, 1f, "happy, happier, happiest, happily, glad, delighted, thrilled, ecstatic, overjoyed, joy, joyful, love, loved, loving, adore, adored, over the moon, excited, exciting, elated, yay, woohoo, hooray"),
        (Emotion.Joy, 0.7f, "pleased, enjoy, enjoyed, enjoying, enjoyable, fun, cheerful, lovely, wonderful, fantastic, amazing, awesome, brilliant, great, excellent, superb, perfect, pleasure, pleasant, smile, smiling, satisfied, satisfying, grateful, thankful, relieved, relief"),
        (Emotion.Trust, 1f, "trust, trusted, trustworthy, reliable, reliably, dependable, rely on, count on, peace of mind, honest, honesty, faith, loyal, loyalty"),
        (Emotion.Trust, 0.7f, "confident, confidence, safe, secure, securely, transparent, transparency, recommend, recommended, professional, professionally, knowledgeable, competent, consistent, consistently, credible, sincere, reassured, reassuring, helpful, respectful, fair, fairly"),
        (Emotion.Anger, 1f, "angry, angrier, anger, furious, livid, outraged, enraged, rage, pissed, pissed off, infuriating, infuriated, hate, hated, hating, fed up, sick of, sick and tired, how dare"),
        (Emotion.Anger, 0.7f, "mad, annoyed, annoying, irritated, irritating, frustrated, frustrating, frustration, ridiculous, unacceptable, outrageous, disgusted, disgusting, disgrace, disgraceful, rude, rudely, scam, scammed, ripoff, rip-off, ripped off, insulting, insult, insulted, appalling, appalled, shameful, incompetent, incompetence, useless, pathetic, ugh"),
        (Emotion.Fear, 1f, "afraid, scared, fear, fearful, terrified, terrifying, frightened, frightening, panic, panicked, panicking, anxious, anxiety"),
        (Emotion.Fear, 0.7f, "worried, worry, worrying, worries, nervous, concerned, concern, concerning, uneasy, unsafe, risky, insecure, threatened, threat, fraud, fraudulent, hacked, breach, identity theft, stolen, alarmed, alarming, dread, dreading, what if"),
        (Emotion.Sadness, 1f, "sad, sadly, unhappy, heartbroken, miserable, depressed, depressing, devastated, gutted, crying, cried, tears, hopeless, despair"),
        (Emotion.Sadness, 0.7f, "disappointed, disappointing, disappointment, upset, regret, regretted, regrettable, unfortunately, unfortunate, let down, let me down, lonely, hurt, hurtful, shame, pity, miss you, downhill, bummed, sucks"),
        (Emotion.Surprise, 1f, "surprised, surprise, surprising, surprisingly, shocked, shocking, astonished, astonishing, amazed, stunned, speechless, can't believe, cannot believe, couldn't believe, unbelievable, out of nowhere"),
        (Emotion.Surprise, 0.7f, "unexpected, unexpectedly, suddenly, wow, whoa, omg, blown away, didn't expect, did not expect, never expected"),
    ];
}
