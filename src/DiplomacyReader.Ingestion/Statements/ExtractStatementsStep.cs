using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>Finds candidate statements: every spoken sentence of a transcript, the reported speech of the rest.</summary>
public sealed class ExtractStatementsStep(PressStatementExtractor press) : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        // Japanese text is for the Japanese steps: the English rules would read a record's date lines and turn
        // labels as the official's words, and find no quote in its press.
        if (context.IsJapanese)
        {
            return;
        }

        context.Candidates.AddRange(context.Kind == SourceKind.Transcript
            ? TranscriptStatementExtractor.Extract(context.Passages)
            : press.Extract(context.Passages, context.Mentions, context.Budget));
    }
}
