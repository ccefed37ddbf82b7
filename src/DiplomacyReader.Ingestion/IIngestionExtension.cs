namespace DiplomacyReader.Ingestion;

/// <summary>Adds readers or steps to a pipeline being built, the way a Markdig extension does.</summary>
public interface IIngestionExtension
{
    /// <summary>Registers what the extension brings on <paramref name="builder"/>.</summary>
    void Setup(IngestionPipelineBuilder builder);
}
