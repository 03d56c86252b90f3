namespace Waymark.Core.Operations;

/// <summary>What a delete leaves behind, so a late edit to the thing fails visibly instead of resurrecting it.</summary>
public sealed record Tombstone(string Kind, string Id, long Seq, string AuthorName)
{
    public const string Stage = "stage";
    public const string Step = "step";
    public const string Lane = "lane";
    public const string Persona = "persona";
}
