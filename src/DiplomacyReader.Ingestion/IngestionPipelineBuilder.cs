using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion;

/// <summary>
/// Collects readers, steps and extensions, then freezes them into an immutable <see cref="IngestionPipeline"/>
/// that is built once and shared.
/// </summary>
public sealed class IngestionPipelineBuilder
{
    private KnowledgeIndex? _knowledge;

    /// <summary>Starts a builder on the given knowledge base (the embedded one when null).</summary>
    public IngestionPipelineBuilder(KnowledgeBase? knowledgeBase = null)
    {
        KnowledgeBase = knowledgeBase ?? KnowledgeBase.LoadDefault();
    }

    /// <summary>The knowledge base the steps consult.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The knowledge base's lookups, built once on first use.</summary>
    public KnowledgeIndex Knowledge => _knowledge ??= new KnowledgeIndex(KnowledgeBase);

    /// <summary>Readers by format.</summary>
    public List<IDocumentReader> Readers { get; } = [];

    /// <summary>Steps in the order they run.</summary>
    public List<IIngestionStep> Steps { get; } = [];

    /// <summary>What one document may cost before it is refused.</summary>
    public IngestionLimits Limits { get; set; } = IngestionLimits.Default;

    /// <summary>Sets <see cref="Limits"/>.</summary>
    public IngestionPipelineBuilder WithLimits(IngestionLimits limits)
    {
        Limits = limits;
        return this;
    }

    /// <summary>Extensions; each sets itself up once at <see cref="Build"/>.</summary>
    public List<IIngestionExtension> Extensions { get; } = [];

    /// <summary>Adds an extension unless one of its type is already there.</summary>
    public IngestionPipelineBuilder Use<TExtension>(TExtension extension) where TExtension : IIngestionExtension
    {
        if (!Extensions.Any(e => e is TExtension))
        {
            Extensions.Add(extension);
        }

        return this;
    }

    /// <summary>Inserts <paramref name="step"/> before the first step of type <typeparamref name="TStep"/> (at the end if none).</summary>
    public IngestionPipelineBuilder InsertStepBefore<TStep>(IIngestionStep step) where TStep : IIngestionStep
    {
        int index = Steps.FindIndex(s => s is TStep);
        Steps.Insert(index < 0 ? Steps.Count : index, step);
        return this;
    }

    /// <summary>Sets up the extensions and freezes the pipeline.</summary>
    public IngestionPipeline Build()
    {
        foreach (IIngestionExtension extension in Extensions.ToArray())
        {
            extension.Setup(this);
        }

        return new IngestionPipeline(Knowledge, Readers.ToArray(), Steps.ToArray(), Limits);
    }
}
