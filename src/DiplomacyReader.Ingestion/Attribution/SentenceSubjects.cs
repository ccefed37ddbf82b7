using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Which sentence of a passage each mention stands in, and whether it is that sentence's subject: it opens
/// the sentence, or follows an opening phrase or quotation ("In Ohio, Kasich …", "“…,” Kasich said"). A name
/// inside a clause ("if Sanders wins") or after a verb is not the subject.
/// </summary>
internal static class SentenceSubjects
{
    /// <summary>
    /// For each mention of <paramref name="text"/>, by its start: its sentence (numbered from
    /// <paramref name="firstSentence"/>) and whether it is the subject; and how many sentences the text has.
    /// </summary>
    public static (Dictionary<int, (int Sentence, bool Subject)> Places, int Sentences) Of(string text, IReadOnlyList<Mention> mentions, int firstSentence)
    {
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(text);
        var found = new Dictionary<int, (int, bool)>();
        int index = 0;
        foreach (Mention mention in mentions)
        {
            while (index < sentences.Count - 1 && sentences[index].End <= mention.Span.Start)
            {
                index++;
            }

            int start = sentences.Count == 0 ? 0 : Math.Min(sentences[index].Start, mention.Span.Start);
            ReadOnlySpan<char> before = text.AsSpan(start, mention.Span.Start - start).Trim();
            // "Former Pennsylvania governor Ed Rendell, a Clinton supporter, praised Sanders …": a name opens the sentence after its description.
            bool subject = before.IsEmpty || before[^1] is ',' or '"' or '”'
                || (mention.IsNamed && UntitledSpeakerFinder.IsDescription(before[(before.LastIndexOfAny([',', '"', '”']) + 1)..].ToString()));
            found[mention.Span.Start] = (firstSentence + index, subject);
        }

        return (found, sentences.Count);
    }
}
