using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Linking;

/// <summary>What the linker needs of a transcript: who spoke, when, and its spoken passages.</summary>
public sealed record TranscriptView(string File, string? SpeakerKey, string? SpeakerName, DateOnly? Date, IReadOnlyList<TranscriptPassage> Passages, string? Title = null);

/// <summary>
/// One spoken passage of a transcript, with the official speaking it where the transcript has several
/// (a joint press conference); null speaker fields mean the transcript's own speaker.
/// </summary>
public sealed record TranscriptPassage(int Index, string Text, string? SpeakerKey = null, string? SpeakerName = null);

/// <summary>What the linker needs of a press statement.</summary>
public sealed record ReportedStatement(string File, string StatementId, string? SpeakerKey, string? SpeakerName, DateOnly? Date, StatementKind Kind, string Text, string? Quote);
