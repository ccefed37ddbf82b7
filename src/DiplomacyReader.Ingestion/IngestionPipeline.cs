using System.Security.Cryptography;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion;

/// <summary>
/// The frozen pipeline: decode, sniff, read, then run the steps in order. Immutable and thread-safe; build it
/// once with <see cref="IngestionPipelineBuilder"/> and share it.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IReadOnlyList<IIngestionStep> _steps;
    private readonly TranscriptLinker _linker;

    internal IngestionPipeline(KnowledgeIndex knowledge, IReadOnlyList<IDocumentReader> readers, IReadOnlyList<IIngestionStep> steps)
    {
        Knowledge = knowledge;
        _readers = readers;
        _steps = steps;
        _linker = new TranscriptLinker();
    }

    /// <summary>The knowledge base the pipeline was built with.</summary>
    public KnowledgeIndex Knowledge { get; }

    /// <summary>The default pipeline: every reader and step this library has.</summary>
    public static IngestionPipeline CreateDefault(KnowledgeBase? knowledgeBase = null) =>
        new IngestionPipelineBuilder(knowledgeBase).UseDefaults().Build();

    /// <summary>Processes one document; throws <see cref="IngestionException"/> for input that is not a readable document.</summary>
    public SourceDocument Process(SourceInput input)
    {
        if (FormatSniffer.IsPageAsset(input.FileName))
        {
            throw new IngestionException(input.FileName, "it is a script, style sheet, image or font (what a browser saves beside a page), not a document.");
        }

        string text = TextDecoder.Decode(input.FileName, input.Bytes);
        SourceFormat format = FormatSniffer.Sniff(input.FileName, text);
        IDocumentReader reader = _readers.FirstOrDefault(r => r.Format == format)
            ?? throw new IngestionException(input.FileName, $"no reader for the {format} format.");
        ReadResult read = reader.Read(text);
        if (read.Blocks.Count == 0)
        {
            throw new IngestionException(input.FileName, "no readable text was found in it.");
        }

        var context = new DocumentContext(input, Hash(input.Bytes), text, format, read, Knowledge);
        foreach (IIngestionStep step in _steps)
        {
            step.Run(context);
        }

        return context.ToDocument();
    }

    /// <summary>
    /// Links press statements to the transcripts they report on, among the documents given (same speaker,
    /// close dates), with a fidelity and score for each.
    /// </summary>
    public LinkResult Link(IEnumerable<SourceDocument> documents) => _linker.Link(documents.ToArray());

    /// <summary>SHA-256 of the bytes as lower-case hex: the identity of a source's content.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
