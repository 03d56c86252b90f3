using System.Collections.Frozen;

namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Valence of common emoji on the lexicon's -4..+4 scale, written here (vader-sentiment 1.1.3 on npm ships no
/// emoji table). Keyed by code point; variation selectors and skin tones are skipped by the tokenizer.
/// </summary>
internal static class EmojiValence
{
    public static readonly FrozenDictionary<int, float> ByCodePoint = new Dictionary<int, float>
    {
        [0x1F600] = 2.2f, [0x1F603] = 2.3f, [0x1F604] = 2.4f, [0x1F601] = 2.2f, [0x1F606] = 2.2f, // grinning faces
        [0x1F605] = 0.8f, [0x1F923] = 2.0f, [0x1F602] = 1.8f, [0x1F642] = 1.3f, [0x1F60A] = 2.4f, // sweat, ROFL, tears of joy, smiles
        [0x1F607] = 1.8f, [0x1F970] = 2.9f, [0x1F60D] = 2.9f, [0x1F929] = 2.8f, [0x1F618] = 2.3f, // halo, hearts, star eyes, kiss
        [0x1F609] = 1.4f, [0x1F60C] = 1.2f, [0x1F60E] = 1.8f, [0x1F973] = 2.6f, [0x263A] = 2.0f,  // wink, relieved, cool, party
        [0x1F44D] = 2.0f, [0x1F44C] = 1.8f, [0x1F44F] = 2.0f, [0x1F64C] = 2.2f, [0x1F64F] = 1.2f, // thumbs up, ok, clap, raised, pray
        [0x1F4AA] = 1.6f, [0x2764] = 2.8f, [0x1F495] = 2.6f, [0x1F496] = 2.6f, [0x1F497] = 2.5f,  // muscle, hearts
        [0x1F499] = 2.3f, [0x1F49A] = 2.3f, [0x1F49B] = 2.3f, [0x1F49C] = 2.3f, [0x1F9E1] = 2.3f,
        [0x1F4AF] = 2.3f, [0x1F389] = 2.4f, [0x1F38A] = 2.2f, [0x2728] = 1.6f, [0x1F31F] = 1.9f,  // 100, party popper, sparkles
        [0x2B50] = 1.8f, [0x1F525] = 1.2f, [0x1F680] = 1.5f, [0x2705] = 1.3f, [0x1F3C6] = 2.2f,   // star, fire, rocket, check, trophy
        [0x1F610] = -0.3f, [0x1F611] = -0.5f, [0x1F636] = -0.3f, [0x1F914] = -0.3f, [0x1F644] = -1.5f, // neutral, thinking, eye roll
        [0x1F612] = -1.6f, [0x1F61E] = -2.0f, [0x1F614] = -1.8f, [0x1F61F] = -1.8f, [0x1F615] = -1.2f, // unamused, disappointed, worried
        [0x1F641] = -1.5f, [0x2639] = -1.9f, [0x1F623] = -2.0f, [0x1F616] = -2.0f, [0x1F62B] = -2.2f, // frowning, persevering
        [0x1F629] = -2.2f, [0x1F622] = -2.2f, [0x1F62D] = -2.3f, [0x1F624] = -2.0f, [0x1F620] = -2.6f, // weary, crying, huff, angry
        [0x1F621] = -2.9f, [0x1F92C] = -3.2f, [0x1F631] = -2.2f, [0x1F628] = -2.0f, [0x1F630] = -2.0f, // rage, cursing, scream, fear
        [0x1F625] = -1.6f, [0x1F613] = -1.2f, [0x1F92E] = -2.8f, [0x1F922] = -2.5f, [0x1F4A9] = -2.2f, // sad sweat, vomit, poo
        [0x1F44E] = -2.2f, [0x1F494] = -2.6f, [0x274C] = -1.6f, [0x1F6AB] = -1.6f, // thumbs down, broken heart, cross
        [0x1F480] = -1.0f, [0x1F62C] = -0.8f, [0x1F633] = -0.6f, [0x1F627] = -1.6f, [0x1F626] = -1.4f, // skull, grimace, flushed
        [0x1F635] = -1.6f, [0x1F912] = -1.6f, [0x1F927] = -1.2f, [0x1F971] = -1.0f, [0x1F634] = -0.6f, // dizzy, sick, yawn, sleeping
        [0x1F60F] = 0.3f, [0x1F61C] = 1.3f, [0x1F61B] = 1.2f, [0x1F61D] = 1.2f, [0x1F917] = 2.0f,  // smirk, tongue, hug
        [0x1F62E] = 0.2f, [0x1F632] = 0.4f, [0x1F92F] = -0.5f,                                      // surprise faces
    }.ToFrozenDictionary();

    /// <summary>True for code points the tokenizer treats as an emoji of its own (even when glued to a word).</summary>
    public static bool IsEmoji(int codePoint) =>
        codePoint is >= 0x1F300 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or 0x2B50 or 0x2B55 or 0x2B06 or 0x2B07;

    /// <summary>Code points that join or modify emoji and carry nothing themselves.</summary>
    public static bool IsModifier(int codePoint) =>
        codePoint is 0xFE0F or 0xFE0E or 0x200D or >= 0x1F3FB and <= 0x1F3FF;
}
