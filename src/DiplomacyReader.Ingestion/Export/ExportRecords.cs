namespace DiplomacyReader.Ingestion.Export;

// The export format of docs/export-format.md. Field names and meanings are stable; unknown values are null.

/// <summary>The whole export: a list of sources.</summary>
public sealed record ExportDocument(IReadOnlyList<ExportSource> Sources);

/// <summary>One source with everything derived from it.</summary>
public sealed record ExportSource(
    string File,
    string Slug,
    string? Title,
    string? Publisher,
    string? Url,
    string? Date,
    string? Byline,
    string? Language,
    string Kind,
    string Format,
    IReadOnlyList<ExportPassage> Passages,
    IReadOnlyList<ExportStatement> Statements,
    IReadOnlyList<ExportLink> Links,
    IReadOnlyList<ExportActor> Actors,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ExportFlag> Flags,
    string? Cites = null,
    IReadOnlyList<ExportTranslation>? Translations = null);

/// <summary>On an official English version: a passage and the passage of the Japanese original it translates.</summary>
public sealed record ExportTranslation(int Passage, string TargetFile, int TargetPassage, double Score);

/// <summary>A passage; start and end are offsets in the decoded original text.</summary>
public sealed record ExportPassage(int Index, string Kind, string? Section, int Start, int End, string Text);

/// <summary>A statement; start and end are offsets in its passage's text.</summary>
public sealed record ExportStatement(
    string Id,
    int Passage,
    string Kind,
    string Text,
    string? Quote,
    string? Cue,
    ExportActor? Speaker,
    int Start,
    int End,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics);

/// <summary>A link from a statement of this source to a transcript passage.</summary>
public sealed record ExportLink(string Statement, string TargetFile, int TargetPassage, string Fidelity, double Score);

/// <summary>A person or body.</summary>
public sealed record ExportActor(string Name, string? Role, string? Country);

/// <summary>A reliability warning; passage null means the whole source.</summary>
public sealed record ExportFlag(string Kind, int? Passage, string Message);
