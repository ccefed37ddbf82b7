namespace DiplomacyReader.Ingestion.Segmenting;

/// <summary>Turns the reader's blocks into classified passages.</summary>
public sealed class SegmentStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context) => context.Passages = PassageClassifier.Classify(context.Text, context.Blocks);
}
