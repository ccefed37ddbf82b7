using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Segmenting;

/// <summary>
/// Once a transcript's turns are known, marks its passages by who speaks them: a questioner's turn is a
/// question, an official's labelled turn an answer or paragraph. Other documents are left as segmented.
/// </summary>
public sealed class TurnKindsStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        if (context.Kind != SourceKind.Transcript)
        {
            return;
        }

        if (context.TurnSpeakers.Count > 0 || context.QuestionPassages.Count > 0)
        {
            context.Passages = context.Passages.Select(p => context.QuestionPassages.Contains(p.Index) ? p with { Kind = PassageKind.Question }
                : p.Kind == PassageKind.Question && context.TurnSpeakers.ContainsKey(p.Index) ? p with { Kind = PassageKind.Answer } : p).ToArray();
        }
        else if (context.TranscriptSpeaker is ActorRef speaker)
        {
            context.Passages = WithTurnKinds(context.Passages, speaker);
        }
    }

    // In a transcript, a turn labelled with the speaker's name is theirs; any other labelled turn is a question.
    private static IReadOnlyList<PassageRecord> WithTurnKinds(IReadOnlyList<PassageRecord> passages, ActorRef speaker) =>
        passages.Select(p =>
        {
            if (p.Kind is not (PassageKind.Paragraph or PassageKind.Question or PassageKind.Answer) || SpeakerLabel.Parse(p.Text) is not (string label, _))
            {
                return p;
            }

            bool speakers = SpeakerLabel.Names(label, speaker.Name) && !SpeakerLabel.IsQuestioner(label);
            return p with { Kind = speakers ? (p.Kind == PassageKind.Question ? PassageKind.Answer : p.Kind) : PassageKind.Question };
        }).ToArray();
}
