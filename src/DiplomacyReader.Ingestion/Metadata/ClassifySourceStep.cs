using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Segmenting;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// Decides what kind of document it is (transcript, press, aggregator, commentary) and, for a transcript,
/// who speaks: its title line's speaker, each labelled turn's official, or a name line near the top.
/// Transcripts are recognised by their layout (<see cref="TranscriptTurns"/>, <see cref="TranscriptHeadings"/>),
/// not by names the knowledge base knows.
/// </summary>
public sealed partial class ClassifySourceStep : IIngestionStep
{
    /// <summary>First-person words per word of running text above which a text speaks for itself.</summary>
    private const double FirstPersonDensity = 0.01;

    /// <summary>First-person words per word above which a monologue under a transcript's heading is the speech itself.</summary>
    private const double MonologueFirstPersonDensity = 0.02;

    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        IReadOnlyList<PassageRecord> passages = context.Passages;
        KnownFacts known = context.Input.Known ?? new KnownFacts();
        context.TranscriptSpeaker = SpeakerLineOf(passages, context.Knowledge, context.Date);
        TranscriptTurns turns = TranscriptTurns.Read(passages, context.Knowledge, context.Date);
        context.Kind = known.Kind ?? (context.Hints.IsStoryList ? SourceKind.Aggregator : KindOf(context, passages, turns));
        if (context.Kind == SourceKind.Aggregator && known.Publisher is null && context.Hints.Publisher is null)
        {
            // An aggregator names the outlet it rewords ("english.kyodonews.net"); that outlet did not publish this page.
            (context.CitedPublisher, context.Publisher) = (context.Publisher, null);
        }

        if (context.Kind != SourceKind.Transcript)
        {
            context.TranscriptSpeaker = null;
        }
        else if (turns.OfficialTurns >= 1)
        {
            // The layout names every turn's speaker: the title line's speaker, where there is one, still
            // speaks the passages before the first label.
            context.TranscriptSpeaker ??= turns.Main;
            context.TurnSpeakers = turns.SpeakerByPassage;
            context.QuestionPassages = turns.Questions;
        }
        else
        {
            context.TranscriptSpeaker ??= NameLineOf(passages, context.Knowledge, context.Date) ?? SelfNamedOffice.Find(passages, context.Knowledge, context.Date);
        }
    }

    // A speech published under its speaker's name alone: a line near the top that is nothing but a known name ("Kishida Fumio").
    private static ActorRef? NameLineOf(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        var finder = new MentionFinder(knowledge);
        // The name may stand on the first line of a block that goes on with the date and place, or before "delivered".
        foreach (string line in passages.Take(4).Select(p => TranscriptHeadings.DeliveredLine().Match(p.Text) is { Success: true } delivered ? delivered.Groups["who"].Value : p.Text.Split('\n')[0].Trim())
            .Where(l => TextNormalizer.WordCount(l) <= 4))
        {
            Mention? named = finder.Find(line, allowNewNames: false).FirstOrDefault(m => m.Kind == MentionKind.KnownName);
            if (named is not null && named.Span.Length * 2 >= line.Length)
            {
                return new SpeakerResolver(knowledge, date).Resolve(named);
            }
        }

        return null;
    }

    private static SourceKind KindOf(DocumentContext context, IReadOnlyList<PassageRecord> passages, TranscriptTurns turns)
    {
        string running = string.Join(' ', passages.Where(p => p.Kind is PassageKind.Paragraph or PassageKind.Answer).Select(p => p.Text));
        string unquoted = QuotedText().Replace(running, " ");
        int words = Math.Max(1, TextNormalizer.WordCount(unquoted));
        double firstPerson = FirstPerson().Count(unquoted) / (double)words;
        int speakerTurns = context.TranscriptSpeaker is ActorRef speaker
            ? passages.Count(p => SpeakerLabel.Parse(p.Text) is (string label, _) && SpeakerLabel.Names(label, speaker.Name))
            : 0;
        if (context.TranscriptSpeaker is not null && (firstPerson >= FirstPersonDensity || speakerTurns >= 2))
        {
            return SourceKind.Transcript;
        }

        // By layout: turns labelled with officials' names, or a first-person monologue that reports nobody
        // under a heading that calls it a speech, remarks or an address.
        bool reportsOthers = ReportingVerb().Count(unquoted) * 200 > words;
        if (turns.IsTranscriptLayout || (firstPerson >= MonologueFirstPersonDensity && !reportsOthers && (turns.OfficialTurns >= 1 || TranscriptHeadings.HasTranscriptHeading(passages))))
        {
            return SourceKind.Transcript;
        }

        bool repeatedTitle = context.Title is not null && passages.Count(p => p.Text == context.Title) > 1;
        int questions = passages.Count(p => p.Kind == PassageKind.Question);
        if (context.Tags.Count > 0 || repeatedTitle || questions >= 2)
        {
            return SourceKind.Aggregator;
        }

        // Analysis without reporting: headings like "Analysis" or "Recommendations" and (almost) no "said".
        bool reporting = ReportingVerb().Count(running) > 1;
        bool analysis = passages.Any(p => p.Kind == PassageKind.Heading && AnalysisHeading().IsMatch(p.Text));
        return analysis && !reporting ? SourceKind.Commentary : SourceKind.Press;
    }

    // "Speeches by the Foreign Minister IWAYA Takeshi", "Press Conference by Chief Cabinet Secretary …".
    private static ActorRef? SpeakerLineOf(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        PassageRecord? titleLine = TranscriptHeadings.TranscriptTitleLine(passages);
        foreach (PassageRecord passage in passages.Take(6).Where(p => p.Kind is PassageKind.Heading or PassageKind.Metadata || p == titleLine))
        {
            Match line = new[] { TranscriptHeadings.InterviewLine(), TranscriptHeadings.SpeakerLine(), TranscriptHeadings.PossessiveSpeakerLine() }.Select(r => r.Match(passage.Text)).FirstOrDefault(m => m.Success) ?? Match.Empty;
            if (!line.Success)
            {
                continue;
            }

            string who = line.Groups["who"].Value.Trim();
            var finder = new MentionFinder(knowledge);
            var resolver = new SpeakerResolver(knowledge, date);
            Mention? named = finder.Find(who).FirstOrDefault(m => m.IsNamed);
            if (named is not null)
            {
                return resolver.Resolve(named);
            }

            RolePhrase? role = knowledge.RolesIn(who).FirstOrDefault();
            string name = role is not null ? who[role.End..].Trim() : who;
            if (knowledge.ActorByName(name) is ActorEntry known)
            {
                return resolver.FromKnown(known);
            }

            // "KITAMURA Toshihiro": the Japanese government's style, family name first in capitals.
            Match capitals = FamilyNameFirst().Match(name);
            if (capitals.Success)
            {
                return new ActorRef($"{capitals.Groups["given"].Value} {char.ToUpperInvariant(capitals.Groups["family"].Value[0])}{capitals.Groups["family"].Value[1..].ToLowerInvariant()}",
                    role is not null ? knowledge.RoleByAlias(role.Role)?.Title : null, "JP", null);
            }

            // "President Ferdinand R. Marcos Jr. at the Philippines-Japan Bilateral Meeting": someone the knowledge
            // base does not hold, named after a title, becomes an actor with that title; the event after the name is
            // not part of it. Without a title the line may name an office or an event, so it names nobody.
            string person = EventAfterName().Replace(name, "");
            // A middle initial is dropped, as coverage names the person ("Ferdinand Marcos Jr.").
            if (role is not null && PersonName().IsMatch(person))
            {
                return new ActorRef(MiddleInitial().Replace(person, ""), knowledge.RoleByAlias(role.Role)?.Title, null, null);
            }

            // "Press Conference by the Prime Minister regarding …": an office, no name. Its holder is the speaker
            // where the record itself names exactly one holder of that office on its day ("PM Ishiba expressed …").
            // The office must open what follows "by" ("the Prime Minister …"), not stand inside an event's name.
            return role is not null && role.Index <= "the ".Length && !role.IsFormer && knowledge.RoleByAlias(role.Role) is RoleEntry office && date is DateOnly day
                ? HolderNamedIn(passages, finder, office, day) is ActorEntry holder ? resolver.FromKnown(holder) : null
                : null;
        }

        return null;
    }

    // The one known person the text names who holds the office on the day, or null when none or several do.
    private static ActorEntry? HolderNamedIn(IReadOnlyList<PassageRecord> passages, MentionFinder finder, RoleEntry office, DateOnly day)
    {
        ActorEntry[] holders = passages.Where(p => p.Kind is not PassageKind.Boilerplate)
            .SelectMany(p => finder.Find(p.Text, allowNewNames: false))
            .Select(m => m.Actor)
            .OfType<ActorEntry>()
            .Where(a => KnowledgeIndex.TenureAt(a, day)?.Role == office.Key)
            .Distinct()
            .Take(2)
            .ToArray();
        return holders.Length == 1 ? holders[0] : null;
    }

    [GeneratedRegex(@"^(?<family>[A-Z]{2,})\s+(?<given>[A-Z][a-z]+)$")]
    private static partial Regex FamilyNameFirst();

    [GeneratedRegex(@",?\s+(?:at|on|in|during|to|before|for|with|after|of\s+the)\s.*$")]
    private static partial Regex EventAfterName();

    // Two to four capitalised names, initials allowed inside, and a generational suffix: "Ferdinand R. Marcos Jr.".
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<=\S)\s\p{Lu}\.(?=\s)")]
    private static partial Regex MiddleInitial();

    [GeneratedRegex(@"\b(I|we|We|our|Our|my|My|me|us)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"""[^""]*""|“[^”]*”")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\b(said|says|told)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b(analysis|opinion|editorial|commentary|recommendations?|conclusions?|outlook|insights|perspective)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnalysisHeading();
}
