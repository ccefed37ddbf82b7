namespace DiplomacyReader.Ingestion.Model;

/// <summary>A half-open character range [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
