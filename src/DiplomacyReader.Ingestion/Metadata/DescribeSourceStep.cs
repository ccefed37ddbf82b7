using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Segmenting;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// Finds what the document is: title, publisher, byline, language, date, tags, and its kind (transcript, press, aggregator,
/// commentary) with the transcript's speaker. What the markup states wins; what the text shows comes next;
/// what neither gives stays null.
/// </summary>
public sealed partial class DescribeSourceStep : IIngestionStep
{
    /// <summary>First-person words per word of running text above which a text speaks for itself.</summary>
    private const double FirstPersonDensity = 0.01;

    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        IReadOnlyList<PassageRecord> passages = context.Passages;
        KnownFacts known = context.Input.Known ?? new KnownFacts();
        context.Url = known.Url ?? context.Hints.Url;
        context.Date = known.Date ?? context.Hints.Date ?? DateFrom(passages);
        context.Title = known.Title ?? context.Hints.Title ?? TranscriptTitleLine(passages)?.Text ?? TitleFrom(passages);
        context.Publisher = known.Publisher ?? context.Hints.Publisher ?? PublisherFrom(passages, context.Knowledge);
        // An index page has as many authors as stories: the first byline on it is nobody's in particular.
        context.Byline = context.Hints.IsStoryList ? null : Bylines.Clean(context.Hints.Byline) ?? Bylines.FromText(passages);
        context.Language = Bylines.Language(context.Hints.Language);
        context.Tags.AddRange(passages
            .Where(p => p.Kind == PassageKind.Metadata && LinePatterns.IsGluedTagLine(p.Text))
            .SelectMany(p => LinePatterns.SplitGluedTags(p.Text)));

        context.TranscriptSpeaker = SpeakerLineOf(passages, context.Knowledge, context.Date);
        TranscriptTurns turns = TranscriptTurns.Read(passages, context.Knowledge, context.Date);
        context.Kind = known.Kind ?? (context.Hints.IsStoryList ? SourceKind.Aggregator : KindOf(context, passages, turns));
        if (context.Hints.IsStoryList)
        {
            context.Flags.Add(new FlagRecord(FlagKind.StoryList, null,
                "This page lists several stories rather than one article: its paragraphs are summaries of other stories."));
        }

        if (context.Hints.NextPage is { } next)
        {
            context.Flags.Add(new FlagRecord(FlagKind.Paginated, null, $"The article continues on another page ({next}); only this page was read."));
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
            context.Passages = passages.Select(p => turns.Questions.Contains(p.Index) ? p with { Kind = PassageKind.Question }
                : p.Kind == PassageKind.Question && turns.SpeakerByPassage.ContainsKey(p.Index) ? p with { Kind = PassageKind.Answer } : p).ToArray();
        }
        else if ((context.TranscriptSpeaker ??= NameLineOf(passages, context.Knowledge, context.Date)) is ActorRef speaker)
        {
            context.Passages = WithTurnKinds(passages, speaker);
        }
    }

    // A speech published under its speaker's name alone: a line near the top that is nothing but a known name ("Kishida Fumio").
    private static ActorRef? NameLineOf(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        var finder = new MentionFinder(knowledge);
        // The name may stand on the first line of a block that goes on with the date and place, or before "delivered".
        foreach (string line in passages.Take(4).Select(p => DeliveredLine().Match(p.Text) is { Success: true } delivered ? delivered.Groups["who"].Value : p.Text.Split('\n')[0].Trim())
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

    /// <summary>First-person words per word above which a monologue under a transcript's heading is the speech itself.</summary>
    private const double MonologueFirstPersonDensity = 0.02;

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
        if (turns.IsTranscriptLayout || (firstPerson >= MonologueFirstPersonDensity && !reportsOthers && (turns.OfficialTurns >= 1 || HasTranscriptHeading(passages))))
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

    private static bool HasTranscriptHeading(IReadOnlyList<PassageRecord> passages) =>
        passages.Take(5).Any(p => (p.Kind is PassageKind.Heading or PassageKind.Metadata || p == TranscriptTitleLine(passages)) && TranscriptHeading().IsMatch(p.Text));

    // "Remarks by President Biden, President Yoon Suk Yeol of the Republic of Korea, and Prime Minister Kishida
    // Fumio of Japan in Joint Press Conference": too long to be read as a heading, yet a title, not a sentence.
    private static PassageRecord? TranscriptTitleLine(IReadOnlyList<PassageRecord> passages) =>
        passages.FirstOrDefault() is { Kind: PassageKind.Paragraph } first
            && first.Text.TrimEnd() is { Length: > 0 } line && line[^1] is not ('.' or '!' or '?' or ':' or '”' or '"')
            && TextNormalizer.WordCount(line) <= 40 && !line.Contains('\n') && TranscriptHeading().IsMatch(line) && SpeakerLine().IsMatch(line)
            ? first : null;

    private static DateOnly? DateFrom(IReadOnlyList<PassageRecord> passages) =>
        DateLineFrom(passages) ?? DateNearTopFrom(passages) ?? DeliveredLineFrom(passages);

    // "Kishida Fumio delivered 11 April 2024, House of Representatives Chamber": a speech archive's byline.
    private static DateOnly? DeliveredLineFrom(IReadOnlyList<PassageRecord> passages) =>
        passages.Take(4).Select(p => DeliveredLine().Match(p.Text)).Where(m => m.Success)
            .Select(m => LinePatterns.ParseDate(m.Groups["date"].Value)).FirstOrDefault(d => d is not null);

    // "TOKYO, April 2, 2023 —" opening the first paragraph, or a date inside a heading or label line near the top.
    private static DateOnly? DateNearTopFrom(IReadOnlyList<PassageRecord> passages)
    {
        foreach (PassageRecord passage in passages.Take(8))
        {
            Match match = passage.Kind == PassageKind.Paragraph
                ? LinePatterns.Dateline().Match(passage.Text)
                : passage.Kind is PassageKind.Heading or PassageKind.Metadata ? LinePatterns.EmbeddedDate().Match(passage.Text) : Match.Empty;
            if (match.Success && LinePatterns.ParseDate(match.Groups["date"].Value) is DateOnly date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? DateLineFrom(IReadOnlyList<PassageRecord> passages)
    {
        foreach (PassageRecord passage in passages.Where(p => p.Kind == PassageKind.Metadata))
        {
            Match match = LinePatterns.DatePrefix().Match(passage.Text + " ");
            if (!match.Success)
            {
                match = LinePatterns.DateLine().Match(passage.Text);
            }

            if (match.Success && LinePatterns.ParseDate(match.Groups["date"].Value) is DateOnly date)
            {
                return date;
            }
        }

        return null;
    }

    // The first heading with a few words before the body has gone far: later headings are sections.
    private static string? TitleFrom(IReadOnlyList<PassageRecord> passages)
    {
        int paragraphs = 0;
        foreach (PassageRecord passage in passages)
        {
            if (passage.Kind == PassageKind.Heading && TextNormalizer.WordCount(passage.Text) >= 3)
            {
                return passage.Text;
            }

            if (passage.Kind is PassageKind.Paragraph && ++paragraphs >= 2)
            {
                return null;
            }
        }

        return null;
    }

    private static string? PublisherFrom(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge)
    {
        IEnumerable<PassageRecord> labels = passages.Where(p => p.Kind is PassageKind.Metadata or PassageKind.Boilerplate);
        foreach (PassageRecord passage in labels)
        {
            if (knowledge.Publisher(passage.Text) is string named)
            {
                return named;
            }
        }

        foreach (PassageRecord passage in labels)
        {
            Match copyright = LinePatterns.Copyright().Match(passage.Text);
            if (copyright.Success && knowledge.Publisher(copyright.Groups["holder"].Value) is string holder)
            {
                return holder;
            }
        }

        return null;
    }

    // "Speeches by the Foreign Minister IWAYA Takeshi", "Press Conference by Chief Cabinet Secretary …".
    private static ActorRef? SpeakerLineOf(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        foreach (PassageRecord passage in passages.Take(6).Where(p => p.Kind is PassageKind.Heading or PassageKind.Metadata || p == TranscriptTitleLine(passages)))
        {
            Match line = new[] { InterviewLine(), SpeakerLine(), PossessiveSpeakerLine() }.Select(r => r.Match(passage.Text)).FirstOrDefault(m => m.Success) ?? Match.Empty;
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

            Match role = knowledge.Roles.Match(who);
            string name = role.Success ? who[(role.Index + role.Length)..].Trim() : who;
            if (knowledge.ActorByName(name) is ActorEntry known)
            {
                return resolver.FromKnown(known);
            }

            // "KITAMURA Toshihiro": the Japanese government's style, family name first in capitals.
            Match capitals = FamilyNameFirst().Match(name);
            return capitals.Success
                ? new ActorRef($"{capitals.Groups["given"].Value} {char.ToUpperInvariant(capitals.Groups["family"].Value[0])}{capitals.Groups["family"].Value[1..].ToLowerInvariant()}",
                    role.Success ? knowledge.RoleByAlias(role.Groups["role"].Value)?.Title : null, "JP", null)
                : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+delivered\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})")]
    private static partial Regex DeliveredLine();

    [GeneratedRegex(@"\b(?:speech(?:es)?|remarks|address|statement|press conference|policy speech|keynote|interview|briefing)\b.*?\bby\s+(?:the\s+)?(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerLine();

    // "Interview with Prime Minister ISHIBA Shigeru by NHK": the one interviewed speaks, not the outlet.
    [GeneratedRegex(@"\binterview\s+with\s+(?:the\s+)?(?<who>.+?)(?:\s+by\s+.+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewLine();

    // "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on January 20, 2025".
    [GeneratedRegex(@"^(?<who>.+?)['’]s\s+(?:regular\s+)?(?:press conference|press briefing|briefing|remarks|speech|statement|address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveSpeakerLine();

    [GeneratedRegex(@"^(?<family>[A-Z]{2,})\s+(?<given>[A-Z][a-z]+)$")]
    private static partial Regex FamilyNameFirst();

    [GeneratedRegex(@"\b(I|we|We|our|Our|my|My|me|us)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"""[^""]*""|“[^”]*”")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\b(?:speech(?:es)?|remarks|address|press conference|press briefing|transcript|delivered|provisional translation|opening statement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptHeading();

    [GeneratedRegex(@"\b(said|says|told)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b(analysis|opinion|editorial|commentary|recommendations?|conclusions?|outlook|insights|perspective)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnalysisHeading();
}
