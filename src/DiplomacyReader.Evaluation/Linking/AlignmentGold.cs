using System.Text.Json;

namespace DiplomacyReader.Evaluation.Linking;

/// <summary>
/// Hand-checked links among a set of documents: which transcript passage each press statement reports and
/// with what fidelity, which quotes no transcript contains, and which sources must get no link or flag.
/// </summary>
public sealed record AlignmentGold
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The documents, relative to the gold file, with a date where a manifest would give one.</summary>
    public List<AlignmentDocument> Documents { get; init; } = [];

    /// <summary>Expected links.</summary>
    public List<ExpectedLink> Links { get; init; } = [];

    /// <summary>Quotes that must be reported as not found in their speaker's transcript.</summary>
    public List<ExpectedMissingQuote> NotFound { get; init; } = [];

    /// <summary>Files whose statements must link nowhere.</summary>
    public List<string> NoLinks { get; init; } = [];

    /// <summary>Files that must carry no flag.</summary>
    public List<string> NoFlags { get; init; } = [];

    /// <summary>Parses alignment gold JSON; <paramref name="origin"/> names it in errors.</summary>
    public static AlignmentGold Parse(string json, string origin) =>
        JsonSerializer.Deserialize<AlignmentGold>(json, s_options) ?? throw new InvalidDataException($"{origin}: empty alignment gold.");
}

/// <summary>A document of an alignment gold set.</summary>
public sealed record AlignmentDocument(string File, string? Date);

/// <summary>
/// A link that must exist: the statement (by its quote, or the beginning of its sentence), the transcript passage (by its beginning)
/// and the fidelity ("close|paraphrase" accepts either).
/// </summary>
public sealed record ExpectedLink(string Report, string? Quote, string? Text, string PassageStartsWith, string Fidelity);

/// <summary>A quote that must be reported missing from its speaker's transcript.</summary>
public sealed record ExpectedMissingQuote(string Report, string Quote);
