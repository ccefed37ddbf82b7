using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests;

public sealed class PipelineBuilderTests
{
    private sealed class RecordingStep(List<string> log) : IIngestionStep
    {
        public void Run(DocumentContext context) => log.Add($"passages:{context.Passages.Count}");
    }

    [Fact]
    public void UseDefaults_is_idempotent()
    {
        IngestionPipelineBuilder builder = new IngestionPipelineBuilder().UseDefaults().UseDefaults();
        Assert.Single(builder.Extensions);
    }

    [Fact]
    public void A_step_can_be_inserted_before_a_default_step()
    {
        var log = new List<string>();
        var builder = new IngestionPipelineBuilder().UseDefaults();
        builder.Extensions.Add(new InsertBeforeTagging(new RecordingStep(log)));
        IngestionPipeline pipeline = builder.Build();
        pipeline.Process(new SourceInput("a.txt", "Iwaya said the talks went well."u8.ToArray()));
        Assert.Equal(["passages:1"], log);
    }

    private sealed class InsertBeforeTagging(IIngestionStep step) : IIngestionExtension
    {
        public void Setup(IngestionPipelineBuilder builder) => builder.InsertStepBefore<Tagging.TagStep>(step);
    }
}
