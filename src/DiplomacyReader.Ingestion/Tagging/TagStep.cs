using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tagging;

/// <summary>
/// Tags statements and the source with the countries and topics they mention, and settles the list of
/// actors: people named in the article and in its tag lines, each once.
/// </summary>
public sealed class TagStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        KnowledgeIndex knowledge = context.Knowledge;
        // Statements of one sentence share its text: each sentence is tagged once, however many quotes it holds.
        var tagsOfSentence = new Dictionary<string, (IReadOnlyList<string> Countries, IReadOnlyList<string> Topics)>(StringComparer.Ordinal);
        for (int i = 0; i < context.Statements.Count; i++)
        {
            StatementRecord statement = context.Statements[i];
            if (!tagsOfSentence.TryGetValue(statement.Text, out var found))
            {
                found = (knowledge.CountriesIn(statement.Text), knowledge.TopicsIn(statement.Text));
                tagsOfSentence[statement.Text] = found;
            }

            context.Statements[i] = statement with { Countries = found.Countries, Topics = found.Topics };
        }

        string article = string.Join("\n", context.Passages.Where(p => FindMentionsStep.IsArticleText(p.Kind)).Select(p => p.Text));
        string tags = string.Join("\n", context.Tags);
        context.Countries.AddRange(knowledge.CountriesIn(article + "\n" + tags));
        context.Topics.AddRange(knowledge.TopicsIn(article + "\n" + tags));

        var resolver = new SpeakerResolver(knowledge, context.Date);
        IEnumerable<ActorRef> tagged = context.Tags
            .Select(knowledge.ActorByName)
            .OfType<ActorEntry>()
            .Select(a => resolver.FromKnown(a));
        ActorRef[] distinct = context.Actors.Concat(tagged)
            .GroupBy(a => a.KnowledgeBaseKey ?? a.Name)
            .Select(g => g.FirstOrDefault(a => a.Role is not null) ?? g.First())
            .ToArray();
        context.Actors.Clear();
        context.Actors.AddRange(distinct);
    }
}
