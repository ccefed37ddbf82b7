using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion;

/// <summary>
/// The working state of one document while the steps run. Each step reads what earlier steps wrote and adds
/// its own part; nothing here does I/O.
/// </summary>
public sealed class DocumentContext
{
    /// <summary>Creates the context for one decoded and read document.</summary>
    public DocumentContext(SourceInput input, string contentHash, string text, SourceFormat format, ReadResult read, KnowledgeIndex knowledge, ProcessingBudget? budget = null)
    {
        Budget = budget ?? ProcessingBudget.Unlimited;
        Input = input;
        ContentHash = contentHash;
        Text = text;
        Format = format;
        Blocks = read.Blocks;
        Hints = read.Hints;
        Knowledge = knowledge;
    }

    /// <summary>What the document may still spend; steps check it between passages.</summary>
    public ProcessingBudget Budget { get; }

    /// <summary>The input as given.</summary>
    public SourceInput Input { get; }

    /// <summary>SHA-256 of the input bytes.</summary>
    public string ContentHash { get; }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>The format the text was read as.</summary>
    public SourceFormat Format { get; }

    /// <summary>The reader's blocks.</summary>
    public IReadOnlyList<RawBlock> Blocks { get; }

    /// <summary>What the markup stated.</summary>
    public DocumentHints Hints { get; }

    /// <summary>The knowledge base and its lookups.</summary>
    public KnowledgeIndex Knowledge { get; }

    /// <summary>Classified passages.</summary>
    public IReadOnlyList<PassageRecord> Passages { get; set; } = [];

    /// <summary>Title, publisher, URL and date found so far.</summary>
    public string? Title { get; set; }

    /// <inheritdoc cref="SourceDocument.Publisher"/>
    public string? Publisher { get; set; }

    /// <inheritdoc cref="SourceDocument.CitedPublisher"/>
    public string? CitedPublisher { get; set; }

    /// <inheritdoc cref="SourceDocument.Url"/>
    public string? Url { get; set; }

    /// <inheritdoc cref="SourceDocument.Byline"/>
    public string? Byline { get; set; }

    /// <inheritdoc cref="SourceDocument.Language"/>
    public string? Language { get; set; }

    /// <inheritdoc cref="SourceDocument.Date"/>
    public DateOnly? Date { get; set; }

    /// <inheritdoc cref="SourceDocument.Kind"/>
    public SourceKind Kind { get; set; } = SourceKind.Press;

    /// <inheritdoc cref="SourceDocument.TranscriptSpeaker"/>
    public ActorRef? TranscriptSpeaker { get; set; }

    /// <summary>Whether the text is Japanese (<see cref="Japanese.JapaneseText.IsJapanese"/>), read once: the Japanese steps read it, and the English extraction does not.</summary>
    public bool IsJapanese => _isJapanese ??= Japanese.JapaneseText.IsJapanese(Text);

    private bool? _isJapanese;

    /// <summary>A Japanese record's labelled turns (<see cref="Japanese.JapaneseLayoutStep"/>); empty otherwise.</summary>
    public IReadOnlyList<Japanese.JapaneseLayoutStep.Turn> JapaneseTurns { get; set; } = [];

    /// <summary>In a transcript of several speakers, the official speaking in each passage of their turns.</summary>
    public IReadOnlyDictionary<int, ActorRef> TurnSpeakers { get; set; } = new Dictionary<int, ActorRef>();

    /// <summary>In a transcript with labelled turns, the passages of questioners' turns.</summary>
    public IReadOnlySet<int> QuestionPassages { get; set; } = new HashSet<int>();

    /// <summary>Tags read from tag lines.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>People referred to, per passage index, in reading order.</summary>
    public Dictionary<int, IReadOnlyList<Mention>> Mentions { get; } = [];

    /// <summary>Statements found by extraction, before speakers are resolved.</summary>
    public List<Statements.StatementCandidate> Candidates { get; } = [];

    /// <summary>Statements found so far.</summary>
    public List<StatementRecord> Statements { get; } = [];

    /// <summary>Actors mentioned.</summary>
    public List<ActorRef> Actors { get; } = [];

    /// <summary>Country codes mentioned.</summary>
    public List<string> Countries { get; } = [];

    /// <summary>Topic slugs covered.</summary>
    public List<string> Topics { get; } = [];

    /// <summary>Reliability warnings.</summary>
    public List<FlagRecord> Flags { get; } = [];

    /// <summary>The finished document.</summary>
    public SourceDocument ToDocument() => new()
    {
        FileName = Input.FileName,
        OriginalBytes = Input.Bytes,
        ContentHash = ContentHash,
        Text = Text,
        Format = Format,
        Title = Title,
        Publisher = Publisher,
        CitedPublisher = CitedPublisher,
        Url = Url,
        Byline = Byline,
        Language = Language,
        Date = Date,
        Kind = Kind,
        TranscriptSpeaker = TranscriptSpeaker,
        Passages = Passages,
        Statements = Statements.ToArray(),
        Actors = Actors.ToArray(),
        Countries = Countries.ToArray(),
        Topics = Topics.ToArray(),
        Flags = Flags.ToArray(),
    };
}
