using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyReader.Ingestion.Tests.Fixtures;

/// <summary>
/// What a reader checked by hand in a fixture document, kept as JSON beside it. Every listed fact must
/// hold; facts left out are not checked. Values use the export format's names ("partial", "comment").
/// </summary>
public sealed record ExpectedFacts
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public string? Kind { get; init; }

    /// <summary>For an aggregator: the outlet it rewords, which must not be taken for its publisher.</summary>
    public string? Cites { get; init; }

    /// <summary>The date as yyyy-MM-dd; explicitly null in the JSON means "must be null".</summary>
    public JsonElement Date { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public JsonElement TranscriptSpeaker { get; init; }

    public string? AllStatementsOfKind { get; init; }

    public string? AllStatementsBy { get; init; }

    public int? QuotedStatementCount { get; init; }

    public List<ExpectedStatement> Statements { get; init; } = [];

    public List<string> NotQuotes { get; init; } = [];

    public List<ExpectedPassage> Passages { get; init; } = [];

    public List<string> NoStatementsInKinds { get; init; } = [];

    public List<string> Actors { get; init; } = [];

    public List<string> Countries { get; init; } = [];

    public List<string> Topics { get; init; } = [];

    /// <summary>Null: flags not checked. Empty: the document must carry no flag.</summary>
    public List<ExpectedFlag>? Flags { get; init; }

    public static ExpectedFacts Load(string path) =>
        JsonSerializer.Deserialize<ExpectedFacts>(File.ReadAllText(path), s_options)
            ?? throw new InvalidDataException(path + " is empty");
}

public sealed record ExpectedStatement(string? Quote, string? TextStartsWith, string Kind, string? Speaker, string? Cue);

public sealed record ExpectedPassage(string StartsWith, string Kind, string? Section);

public sealed record ExpectedFlag(string Kind, List<string> Contains);
