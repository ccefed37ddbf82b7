using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Checking;
using DiplomacyReader.Ingestion.Metadata;
using DiplomacyReader.Ingestion.Reading;
using DiplomacyReader.Ingestion.Reading.Html;
using DiplomacyReader.Ingestion.Segmenting;
using DiplomacyReader.Ingestion.Statements;
using DiplomacyReader.Ingestion.Tagging;

namespace DiplomacyReader.Ingestion;

/// <summary>The readers for text, HTML and Markdown and the steps of product.md, in their order.</summary>
public sealed class DefaultIngestionExtension : IIngestionExtension
{
    /// <inheritdoc />
    public void Setup(IngestionPipelineBuilder builder)
    {
        builder.Readers.AddRange([new PlainTextReader(), new HtmlReader(), new MarkdownReader()]);

        // Order matters: the source's kind and date decide how statements are found and whose role a
        // title names, and checks need the resolved mentions.
        var names = new MentionFinder(builder.Knowledge);
        builder.Steps.AddRange(
        [
            new SegmentStep(),
            new DescribeSourceStep(),
            new ClassifySourceStep(),
            new Japanese.JapaneseLayoutStep(),
            new TurnKindsStep(),
            new FindMentionsStep(names, new UntitledSpeakerFinder(builder.Knowledge, names)),
            new ExtractStatementsStep(new PressStatementExtractor(builder.Knowledge)),
            new AttributeSpeakersStep(),
            new TagStep(),
            new Japanese.JapaneseStatementsStep(),
            new CheckStep(),
        ]);
    }
}

/// <summary>Fluent entry points for <see cref="IngestionPipelineBuilder"/>.</summary>
public static class IngestionPipelineBuilderExtensions
{
    /// <summary>Adds every reader and step this library has. Calling it twice adds them once.</summary>
    public static IngestionPipelineBuilder UseDefaults(this IngestionPipelineBuilder builder) =>
        builder.Use(new DefaultIngestionExtension());
}
