using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyReader.Evaluation.Extraction;

/// <summary>
/// What a person marked in one gold document: every quotation with its exact words, kind and speaker; the
/// reported speech; for transcripts the spoken sentences; and what must not be a statement.
/// </summary>
public sealed record GoldDocument
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The document's path relative to the gold file; by default the file beside it with the same name.</summary>
    public string? Document { get; init; }

    /// <summary>The source's date as a manifest would give it, yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    /// <summary>The source kind it must get ("transcript").</summary>
    public string? Kind { get; init; }

    /// <summary>The transcript speaker it must get (<c>speaker</c> in the japan-dev corpus).</summary>
    [JsonPropertyName("transcriptSpeaker")]
    public string? TranscriptSpeaker { get; init; }

    /// <summary>The japan-dev corpus names a transcript's speaker <c>speaker</c>.</summary>
    [JsonPropertyName("speaker")]
    public string? Speaker { init => TranscriptSpeaker ??= value; }

    /// <summary>Every quotation in the article text, each quoted span once.</summary>
    public List<GoldQuote> Quotes { get; init; } = [];

    /// <summary>For an official English version: spans of its Japanese original and the English that translates each (japan-ja).</summary>
    public List<GoldTranslation> Alignment { get; init; } = [];

    /// <summary>For a transcript with labelled turns: how many turns the official speaks (japan-ja's <c>turns</c>).</summary>
    public int? Turns { get; init; }

    /// <summary>For a transcript with labelled turns: how many turns are reporters' questions.</summary>
    public int? Questions { get; init; }

    /// <summary>Reported speech without quotation marks; null when the document's reported speech was not marked.</summary>
    public List<GoldSentence>? Indirect { get; init; }

    /// <summary>Sentences of a transcript that must be official statements of the given speaker.</summary>
    public List<GoldSentence> Official { get; init; } = [];

    /// <summary>Every official statement must be by this speaker.</summary>
    public string? AllOfficialBy { get; init; }

    /// <summary>Quoted words that are terms or scare quotes, not statements.</summary>
    public List<string> NotQuotes { get; init; } = [];

    /// <summary>Beginnings of sentences that must not be statements (reporters' questions, headings).</summary>
    public List<string> NotStatements { get; init; } = [];

    /// <summary>Whether the document has reader comments that must yield no statement.</summary>
    public bool CommentsMustYieldNothing { get; init; }

    /// <summary>People outside the knowledge base that must become actors.</summary>
    public List<string> NewActors { get; init; } = [];

    /// <summary>Flags that must be raised; null when flags are not marked.</summary>
    public List<GoldFlag>? Flags { get; init; }

    /// <summary>Parses gold JSON; <paramref name="origin"/> names it in errors.</summary>
    public static GoldDocument Parse(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldDocument>(json, s_options) ?? throw new InvalidDataException($"{origin}: empty gold file.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a valid gold file ({e.Message}).", e);
        }
    }
}

/// <summary>A Japanese span and the English span of the official version that translates it.</summary>
public sealed record GoldTranslation(string Ja, string En);

/// <summary>
/// A marked quotation: its exact words (without marks), its kind (null where a corpus does not mark kinds),
/// its speaker (null when nobody single), and where the quote reports a transcript, the transcript
/// sentence it reports (<paramref name="Target"/>) and how faithfully (verbatim, close, paraphrase, not-found).
/// </summary>
public sealed record GoldQuote(string Quote, string? Kind, string? Speaker, string? Target = null, string? Fidelity = null);

/// <summary>A marked sentence, by its beginning, with its speaker.</summary>
public sealed record GoldSentence(string TextStartsWith, string? Speaker);

/// <summary>A flag that must be raised, with words its message must contain.</summary>
public sealed record GoldFlag(string Kind, List<string> Contains);
