using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>Finds candidate statements: every spoken sentence of a transcript, the reported speech of the rest.</summary>
public sealed class ExtractStatementsStep(PressStatementExtractor press) : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context) =>
        context.Candidates.AddRange(context.Kind == SourceKind.Transcript
            ? TranscriptStatementExtractor.Extract(context.Passages)
            : press.Extract(context.Passages, context.Mentions, context.Budget));
}
