using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>Where a candidate statement's speaker comes from.</summary>
public enum SpeakerSource
{
    /// <summary>The mention at <see cref="StatementCandidate.SpeakerMention"/>.</summary>
    Mention,
    /// <summary>Several people speak together ("Iwaya and Blinken agreed"): no single speaker.</summary>
    Joint,
    /// <summary>The same speaker as an earlier candidate (a quote running on).</summary>
    Previous,
    /// <summary>The same speaker as the next candidate (a quote attributed only in the paragraph that continues it).</summary>
    Next,
    /// <summary>The transcript's speaker.</summary>
    Transcript,
    /// <summary>No attribution was found.</summary>
    None,
}

/// <summary>A statement found by extraction, before its speaker is resolved.</summary>
/// <param name="PassageIndex">The passage it stands in.</param>
/// <param name="Sentence">The sentence's span within the passage text.</param>
/// <param name="Kind">Direct, partial, indirect or official.</param>
/// <param name="Quote">The quoted words, or null.</param>
/// <param name="Cue">The cue verb, or null.</param>
/// <param name="Source">Where the speaker comes from.</param>
/// <param name="SpeakerMention">The span of the speaker's mention within the passage text, for <see cref="SpeakerSource.Mention"/>.</param>
/// <param name="SpeakerPassage">The passage the speaker's mention stands in when it is not the statement's own: "Cruz continued:" introduces the next paragraph.</param>
public sealed record StatementCandidate(int PassageIndex, TextSpan Sentence, StatementKind Kind, string? Quote, string? Cue, SpeakerSource Source, TextSpan? SpeakerMention, int? SpeakerPassage = null);
