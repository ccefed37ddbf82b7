namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>
/// A role phrase in a text ("former U.S. President"): where it stands, the role's words as written, and the
/// country qualifier and "former"/"new" word before them, if any.
/// </summary>
public sealed record RolePhrase(int Index, int Length, string Role, string? Qualifier, string? Former)
{
    /// <summary>Just after the phrase.</summary>
    public int End => Index + Length;

    /// <summary>Whether the phrase says the person no longer holds the role ("former", "ex-", "then-").</summary>
    public bool IsFormer => Former?.ToLowerInvariant() is "former" or "ex-" or "then-";
}
