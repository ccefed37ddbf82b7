using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>The links found, and the quotes whose speaker's transcript does not contain them.</summary>
public sealed record LinkResult(IReadOnlyList<LinkRecord> Links, IReadOnlyList<QuoteNotFound> QuotesNotFound)
{
    /// <summary>Passages of official English versions aligned with their Japanese originals (<see cref="TranslationPairs"/>).</summary>
    public IReadOnlyList<TranslationRecord> Translations { get; init; } = [];

    /// <summary>No links and nothing missing.</summary>
    public static LinkResult Empty { get; } = new([], []);
}

/// <summary>A passage of an English version and the passage of its Japanese original that it translates.</summary>
public sealed record TranslationRecord(string EnglishFile, int EnglishPassage, string JapaneseFile, int JapanesePassage, double Score);

/// <summary>A quote attributed to a transcript's speaker, at the transcript's event, that no passage of it contains.</summary>
/// <param name="Statement">The press statement.</param>
/// <param name="Transcript">The transcript it was looked for in.</param>
/// <param name="TranscriptTitle">How to name the transcript to a reader.</param>
public sealed record QuoteNotFound(ReportedStatement Statement, TranscriptView Transcript, string TranscriptTitle)
{
    /// <summary>The flag's sentence.</summary>
    public string Message =>
        $"The quote “{Statement.Quote}” is attributed to {Statement.SpeakerName ?? "the speaker"}, but the transcript {TranscriptTitle}"
        + (Transcript.Date is DateOnly date ? $" of {date:yyyy-MM-dd}" : string.Empty) + " contains nothing like it.";
}
