namespace Waymark.Analytics.Text;

/// <summary>What a text says the customer means to do or is doing; several may hold at once.</summary>
[Flags]
public enum Intents
{
    None = 0,
    Cancel = 1,
    Switch = 2,
    Refund = 4,
    Complaint = 8,
    Praise = 16,
    Question = 32,
}
