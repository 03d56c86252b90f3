namespace Waymark.Core.Maps;

/// <summary>The range emotion scores of a map live in. Written in files as "-2..2", "1..5", "1..10", "-5..5".</summary>
public enum EmotionScale
{
    MinusTwoToTwo,
    OneToFive,
    OneToTen,
    MinusFiveToFive,
}
