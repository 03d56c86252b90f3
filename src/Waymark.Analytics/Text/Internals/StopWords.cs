using System.Collections.Frozen;

namespace Waymark.Analytics.Text.Internals;

/// <summary>English function words, written here: a key phrase never starts or ends with one.</summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> Set = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further",
        "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "me", "more", "most", "my",
        "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
        "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "im", "i'm",
        "i've", "i'd", "i'll", "you're", "you've", "it's", "that's", "there's", "they're", "we're", "we've", "don't",
        "didn't", "doesn't", "isn't", "wasn't", "can't", "won't", "really", "still", "much", "many", "well", "though",
        "yet", "again", "also", "ok", "okay", "yes", "yeah", "via", "etc", "am", "pm", "lot", "lots", "thing",
        "things", "way", "bit", "quite", "maybe", "may", "might", "must", "shall", "since", "around", "back", "able",
        "make", "made", "go", "going", "went", "come", "came", "use", "used", "using", "say", "said", "need",
        "needed", "want", "wanted", "know", "think", "see", "look", "take", "took", "tried", "try", "trying",
        "always", "never", "something", "anything", "everything", "nothing", "someone", "anyone", "everyone",
        "another", "least", "without", "within", "upon", "among", "across", "already", "ago", "per", "else", "whether",
        "says", "gets", "getting", "mr", "mrs", "ms", "two", "three", "four", "five", "gonna", "gotta", "wanna",
        "oh", "lol", "haha", "rt", "amp", "http", "https", "www", "com",
    }.ToFrozenSet(StringComparer.Ordinal);
}
