using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Japanese;

/// <summary>
/// Reads the layout of a Japanese official record, after the English rules have had their say: MOFA's
/// press-conference records turn by turn (【上川外務大臣】 answers, 【日経新聞 馬場記者】 questions) and the
/// Kantei's statements (【石破総理冒頭発言】, or a 会見 title over a speech in the first person). The date
/// comes from the record's own date line (令和5年9月29日). Official turns become answers and reporters'
/// turns questions, so that no question is ever taken for the official's words.
/// </summary>
public sealed partial class JapaneseLayoutStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        if (!context.IsJapanese)
        {
            return;
        }

        context.Language ??= "ja";
        IReadOnlyList<PassageRecord> passages = context.Passages;
        KnownFacts known = context.Input.Known ?? new KnownFacts();
        context.Date ??= passages.Take(10).Select(p => JapaneseText.FirstDate(p.Text)).FirstOrDefault(d => d is not null);
        var names = new JapaneseNames(context.Knowledge);
        IReadOnlyList<Turn> turns = TurnsOf(passages, names, context.Date);
        ActorEntry? main = turns.Where(t => t.Official is not null).GroupBy(t => t.Official!).MaxBy(g => g.Count())?.Key;
        bool titledRecord = passages.Take(4).Any(p => RecordTitle().IsMatch(p.Text));
        bool firstPerson = passages.Count(p => p.Text.Contains('私')) >= 1;
        if (main is null && titledRecord && firstPerson && turns.Count == 0)
        {
            // A Kantei statement with no turn labels: the speaker is named in its title, or addressed by name in a
            // question (（…石破総理にとって…について）), or is the prime minister of the day at a leaders' (首脳) meeting.
            string heading = string.Join("\n", passages.Take(2).Select(p => p.Text));
            string questions = string.Join("\n", passages.Where(p => QuestionSummary().IsMatch(p.Text)).Select(p => p.Text));
            main = names.AllIn(heading, context.Date, []).FirstOrDefault()?.Actor
                ?? names.AllIn(questions, context.Date, []).FirstOrDefault()?.Actor
                ?? (heading.Contains("首脳", StringComparison.Ordinal) ? names.HolderOfTitle("首相", context.Date) : null);
        }

        if (known.Kind is SourceKind kind && kind != SourceKind.Transcript || (main is null && !turns.Any(t => t.Official is not null)))
        {
            return;
        }

        if (!titledRecord && turns.Count(t => t.Official is not null) == 0)
        {
            return;
        }

        context.Kind = SourceKind.Transcript;
        context.TranscriptSpeaker = main is null ? null : names.Ref(main, context.Date);
        context.JapaneseTurns = turns;
        context.Passages = passages.Select(p => TurnAt(turns, p.Index) switch
        {
            { Official: not null } => p.Kind is PassageKind.Paragraph or PassageKind.Heading ? p with { Kind = PassageKind.Answer } : p,
            { Official: null } => p with { Kind = PassageKind.Question },
            // The Kantei prints each question as its summary in brackets: （…について）.
            null when turns.Count == 0 && QuestionSummary().IsMatch(p.Text) => p with { Kind = PassageKind.Question },
            _ => p,
        }).ToList();
    }

    /// <summary>One labelled turn: the passages from its label to the next, and its official (null for a reporter or moderator).</summary>
    public sealed record Turn(int FirstPassage, int LastPassage, int LabelEnd, ActorEntry? Official);

    /// <summary>The turn that passage <paramref name="index"/> belongs to, or null before the first label.</summary>
    public static Turn? TurnAt(IReadOnlyList<Turn> turns, int index) => turns.LastOrDefault(t => t.FirstPassage <= index && index <= t.LastPassage);

    private static IReadOnlyList<Turn> TurnsOf(IReadOnlyList<PassageRecord> passages, JapaneseNames names, DateOnly? date)
    {
        var labels = passages.Select(p => (Passage: p, Match: Label().Match(p.Text))).Where(l => l.Match.Success).ToList();
        var turns = new List<Turn>();
        for (int i = 0; i < labels.Count; i++)
        {
            string label = labels[i].Match.Groups["label"].Value;
            int last = i + 1 < labels.Count ? labels[i + 1].Passage.Index - 1 : passages[^1].Index;
            // A reporter's label names a newspaper or says 記者; an official's names an official with a title.
            ActorEntry? official = label.Contains("記者", StringComparison.Ordinal) || label.Contains("司会", StringComparison.Ordinal)
                ? null
                : names.AllIn(label, date, []).FirstOrDefault()?.Actor;
            turns.Add(new Turn(labels[i].Passage.Index, last, labels[i].Match.Length, official));
        }

        return turns;
    }

    // 【上川外務大臣】, 【石破総理冒頭発言】, 【日経新聞 馬場記者】 opening a passage.
    [GeneratedRegex(@"^\s*【(?<label>[^】\n]{1,40})】\s*")]
    private static partial Regex Label();

    // A question's summary as the Kantei prints it: the whole passage in brackets.
    [GeneratedRegex(@"^\s*[(（][^()（）]{8,400}[)）]\s*$")]
    private static partial Regex QuestionSummary();

    // A record's title: 会見記録, 記者会見, …についての会見.
    [GeneratedRegex(@"会見|記者発表|談話|スピーチ|演説|所信表明")]
    private static partial Regex RecordTitle();
}
