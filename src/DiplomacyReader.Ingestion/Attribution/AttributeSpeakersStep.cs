using System.Buffers;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Resolves every mention in reading order (so that "he" and "the minister" find the person named before
/// them), gives each candidate its speaker, and keeps the statements worth keeping: reported speech
/// nobody can be named for is dropped; a quotation with an unknown speaker is kept, honestly unattributed.
/// </summary>
public sealed class AttributeSpeakersStep : IIngestionStep
{
    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();
    private static readonly SearchValues<char> s_clauseBreaks = SearchValues.Create(",;:—–\"“”‘’()");

    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        var resolver = new SpeakerResolver(context.Knowledge, context.Date);
        var resolved = new Dictionary<(int Passage, int Start), ActorRef?>();
        var actors = new List<ActorRef>();
        int sentenceCount = 0;
        foreach ((int passage, IReadOnlyList<Mention> mentions) in context.Mentions.OrderBy(m => m.Key))
        {
            context.Budget.Check();
            string passageText = context.Passages[passage].Text;
            IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(passageText);
            (Dictionary<int, (int Sentence, bool Subject)> places, int sentences) = SentenceSubjects.Of(passageText, mentions, sentenceCount);
            sentenceCount += sentences + 1;
            foreach (Mention mention in mentions)
            {
                (int sentence, bool subject) = places[mention.Span.Start];
                bool quoted = QuoteScanner.IsInside(quotes, mention.Span.Start);
                // "He thanked Marcos for the welcome": a pronoun that is its sentence's subject is none of the people its
                // clause names after it (up to a comma or a quotation: in '“…,” she said, but “…,” said Kunin' she is Kunin).
                IReadOnlySet<string> namedAfter = mention.Kind == MentionKind.Pronoun && subject && !quoted
                    ? mentions.Where(m => m.IsNamed && m.Span.Start > mention.Span.Start && places[m.Span.Start].Sentence == sentence
                            && passageText.AsSpan(mention.Span.End, m.Span.Start - mention.Span.End).IndexOfAny(s_clauseBreaks) < 0)
                        .Select(m => m.Actor?.Name ?? m.Name).OfType<string>().ToHashSet(StringComparer.Ordinal)
                    : s_none;
                ActorRef? actor = resolver.Resolve(mention, antecedent: !quoted, sentence, subject, namedAfter);
                resolved[(passage, mention.Span.Start)] = actor;
                if (actor is not null && mention.IsNamed)
                {
                    actors.Add(actor);
                }
            }
        }

        ActorRef?[] speakers = new ActorRef?[context.Candidates.Count];
        for (int i = 0; i < speakers.Length; i++)
        {
            StatementCandidate candidate = context.Candidates[i];
            speakers[i] = candidate.Source switch
            {
                SpeakerSource.Transcript => context.TurnSpeakers.GetValueOrDefault(candidate.PassageIndex) ?? context.TranscriptSpeaker,
                SpeakerSource.Previous => i > 0 ? speakers[i - 1] : null,
                SpeakerSource.Mention => resolved.GetValueOrDefault((candidate.SpeakerPassage ?? candidate.PassageIndex, candidate.SpeakerMention!.Value.Start)),
                _ => null,
            };
        }

        // A quote attributed only in the paragraph that continues it takes the speaker found there.
        for (int i = speakers.Length - 2; i >= 0; i--)
        {
            if (context.Candidates[i].Source == SpeakerSource.Next)
            {
                speakers[i] = speakers[i + 1];
            }
        }

        for (int i = 0; i < speakers.Length; i++)
        {
            StatementCandidate candidate = context.Candidates[i];
            ActorRef? speaker = speakers[i];
            if (speaker is null && candidate.Quote is null)
            {
                continue;
            }

            string text = context.Passages[candidate.PassageIndex].Text[candidate.Sentence.Start..candidate.Sentence.End];
            context.Statements.Add(new StatementRecord(
                $"s{context.Statements.Count + 1}", candidate.PassageIndex, candidate.Kind, text, candidate.Quote, candidate.Cue,
                speaker, candidate.Sentence, [], []));
        }

        if (context.TranscriptSpeaker is not null)
        {
            actors.Insert(0, context.TranscriptSpeaker);
        }

        actors.AddRange(context.TurnSpeakers.Values.Distinct());
        context.Actors.AddRange(actors.Concat(context.Statements.Select(s => s.Speaker).OfType<ActorRef>()));
    }
}
