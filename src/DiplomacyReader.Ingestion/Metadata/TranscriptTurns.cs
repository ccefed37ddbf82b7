using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Segmenting;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// The turns of a transcript, read from its layout rather than from names we know: each "NAME:" label opens
/// a turn ("PRESIDENT TRUMP:", "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs:", "Lin Jian:"), and the
/// paragraphs after it belong to that turn until the next label. Labels of questioners ("Q:", "Reporter:",
/// an outlet such as "Kyodo News:") open questions, which are never the officials' statements.
/// </summary>
/// <param name="SpeakerByPassage">The official speaking in each passage of an official turn.</param>
/// <param name="Questions">Passages of questioners' turns.</param>
/// <param name="Main">The official with the most turns (the first of them on a tie): the transcript's speaker.</param>
/// <param name="OfficialTurns">How many turns officials (named people, not questioners) took.</param>
/// <param name="QuestionTurns">How many turns questioners took.</param>
internal sealed partial record TranscriptTurns(IReadOnlyDictionary<int, ActorRef> SpeakerByPassage, IReadOnlySet<int> Questions, ActorRef? Main, int OfficialTurns, int QuestionTurns)
{
    private const string QuoteMarks = "\"“‘'«「『";

    /// <summary>
    /// Whether the layout alone makes a transcript: officials answering questioners, or several turns of
    /// named officials.
    /// </summary>
    public bool IsTranscriptLayout => OfficialTurns >= 2 || (OfficialTurns >= 1 && QuestionTurns >= 1);

    /// <summary>Reads the turns of <paramref name="passages"/>, resolving each label at <paramref name="date"/>.</summary>
    public static TranscriptTurns Read(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        var finder = new MentionFinder(knowledge);
        var resolver = new SpeakerResolver(knowledge, date);
        var speakers = new Dictionary<int, ActorRef>();
        var questions = new HashSet<int>();
        var turnsBy = new Dictionary<string, (ActorRef Actor, int Turns, int First)>(StringComparer.Ordinal);
        ActorRef? current = null;
        bool inQuestion = false;
        int officialTurns = 0, questionTurns = 0;
        foreach (PassageRecord passage in passages)
        {
            if (passage.Kind is not (PassageKind.Paragraph or PassageKind.Question or PassageKind.Answer))
            {
                continue;
            }

            // 'Kishida: "I never get such nice applause…"' is a press convention for a quote, not a turn.
            if (SpeakerLabel.Parse(passage.Text) is (string label, int body) && !QuoteMarks.Contains(passage.Text[body]))
            {
                if (SpeakerLabel.IsQuestioner(label) || IsOutlet(label, knowledge))
                {
                    (current, inQuestion) = (null, true);
                    questionTurns++;
                }
                else if (Official(label, finder, resolver) is ActorRef actor)
                {
                    (current, inQuestion) = (actor, false);
                    officialTurns++;
                    turnsBy[actor.Name] = turnsBy.TryGetValue(actor.Name, out var seen) ? seen with { Turns = seen.Turns + 1 } : (actor, 1, passage.Index);
                }
            }

            if (inQuestion)
            {
                questions.Add(passage.Index);
            }
            else if (current is not null)
            {
                speakers[passage.Index] = current;
            }
        }

        ActorRef? main = turnsBy.Values.OrderByDescending(t => t.Turns).ThenBy(t => t.First).Select(t => t.Actor).FirstOrDefault();
        return new TranscriptTurns(speakers, questions, main, officialTurns, questionTurns);
    }

    // A label names an official when it holds a name: a known one, a role with a new name ("Spokesperson Lin
    // Jian"), or two to four capitalised words that name no place or institution ("Lin Jian", "MR. SMITH").
    private static ActorRef? Official(string label, MentionFinder finder, SpeakerResolver resolver)
    {
        string text = CapitalsToTitleCase(label.TrimEnd(',', '.'));
        Mention? named = finder.Find(text).FirstOrDefault(m => m.IsNamed);
        if (named is not null && resolver.Resolve(named) is ActorRef resolved)
        {
            return resolved;
        }

        string name = Honorific().Replace(text.Split(',')[0], string.Empty).Trim();
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool looksLikeName = words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0]))
            && (words.Length >= 2 || text.Length > name.Length) && !finder.IsKnownWord(name) && !Vocabulary.LabelOfThing.IsMatch(name);
        return looksLikeName ? new ActorRef(name, null, null, null) : null;
    }

    private static bool IsOutlet(string label, KnowledgeIndex knowledge) =>
        knowledge.Publisher(label) is not null || Vocabulary.OutletWord.IsMatch(label);

    // "SECRETARY OF DEFENSE LLOYD J. AUSTIN III" → "Secretary Of Defense Lloyd J. Austin III"; "KAMIKAWA Yoko" → "Kamikawa Yoko".
    private static string CapitalsToTitleCase(string label) =>
        AllCapsWord().Replace(label, m => m.Value is "III" or "II" or "IV" or "JR" ? m.Value
            : m.Value[0] + m.Value[1..].ToLower(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex AllCapsWord();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)")]
    private static partial Regex Honorific();


}
