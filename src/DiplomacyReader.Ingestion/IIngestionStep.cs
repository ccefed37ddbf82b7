namespace DiplomacyReader.Ingestion;

/// <summary>One stage of the pipeline: a pure function of the document context.</summary>
public interface IIngestionStep
{
    /// <summary>Runs the step on one document.</summary>
    void Run(DocumentContext context);
}
