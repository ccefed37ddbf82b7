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

    internal IngestionPipeline(KnowledgeIndex knowledge, IReadOnlyList<IDocumentReader> readers, IReadOnlyList<IIngestionStep> steps, IngestionLimits limits)
    {
        Knowledge = knowledge;
        Limits = limits;
        _readers = readers;
        _steps = steps;
        _linker = new TranscriptLinker();
    }

    /// <summary>The knowledge base the pipeline was built with.</summary>
    public KnowledgeIndex Knowledge { get; }

    /// <summary>What one document may cost before it is refused.</summary>
    public IngestionLimits Limits { get; }

    /// <summary>The default pipeline: every reader and step this library has.</summary>
    public static IngestionPipeline CreateDefault(KnowledgeBase? knowledgeBase = null) =>
        new IngestionPipelineBuilder(knowledgeBase).UseDefaults().Build();

    /// <summary>
    /// Processes one document. Throws <see cref="IngestionException"/>, naming the file and the reason, for input
    /// that is not a readable document, that goes past <see cref="Limits"/>, or that a reader or step fails on:
    /// no document can end the caller's run.
    /// </summary>
    public SourceDocument Process(SourceInput input)
    {
        try
        {
            return Run(input, new ProcessingBudget(Limits, input.Bytes.Length));
        }
        catch (Exception e) when (e is RefusedDocumentException or BudgetExceededException)
        {
            throw new IngestionException(input.FileName, e.Message, e);
        }
        catch (Exception e) when (e is not IngestionException)
        {
            // A fault of ours, not of the document; it is reported with the file so that it can be reproduced.
            throw new IngestionException(input.FileName, $"DiplomacyReader failed on it ({e.GetType().Name}: {e.Message}); please report this with the file.", e) { IsFault = true };
        }
    }

    private SourceDocument Run(SourceInput input, ProcessingBudget budget)
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

        var context = new DocumentContext(input, Hash(input.Bytes), text, format, read, Knowledge, budget);
        foreach (IIngestionStep step in _steps)
        {
            budget.Check();
            step.Run(context);
        }

        return context.ToDocument();
    }

    /// <summary>
    /// Links press statements to the transcripts they report on, among the documents given (same speaker,
    /// close dates), with a fidelity and score for each.
    /// </summary>
    public LinkResult Link(IEnumerable<SourceDocument> documents)
    {
        SourceDocument[] all = documents.ToArray();
        return _linker.Link(all) with
        {
            Translations = TranslationPairs.Find(all, Knowledge)
                .SelectMany(pair => TranslationAligner.Align(all[pair.English].Passages, all[pair.Japanese].Passages, Knowledge)
                    .Select(t => new TranslationRecord(all[pair.English].FileName, t.EnglishPassage, all[pair.Japanese].FileName, t.JapanesePassage, t.Score)))
                .ToArray(),
        };
    }

    /// <summary>SHA-256 of the bytes as lower-case hex: the identity of a source's content.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
