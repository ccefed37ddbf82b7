using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// "Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he's “losing the war on terrorism”":
/// two reporting clauses joined by "and", "but" or a semicolon, each with its own named subject, verb and
/// quotation. Read as one sentence, every quotation went to the verb nearest the first; split, each goes to its own.
/// So with a subordinate clause: "“…,” Axelrod tweeted after Clinton argued that “…”", "After Scalia said that … “…,” Trump said: “…”".
/// </summary>
internal static partial class CoordinatedClauses
{
    /// <summary>The clauses of <paramref name="sentence"/>: itself, or the two halves around the first such join.</summary>
    public static IEnumerable<TextSpan> Split(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<Mention> mentions)
    {
        foreach (Match join in Join().Matches(text[sentence.Start..sentence.End]))
        {
            // After a quotation the comma stands inside its closing mark ("… “less advanced schools,” Trump said").
            int at = sentence.Start + (join.Groups["comma"].Success ? join.Groups["comma"].Index + join.Groups["comma"].Length : join.Index);
            int next = at + join.Length;
            // A title pattern may have taken the "and" into the name's mention ("and Governor Dale Hartman").
            if (QuoteScanner.IsInside(quotes, at) || SubjectAt(text, at, next, mentions) is not Mention subject)
            {
                continue;
            }

            // A comma splits only after an opening clause ("After Scalia said that …, Trump said:"); after a subordinating
            // conjunction the first half may report its quotation before its verb ("“…,” Axelrod tweeted after Clinton argued that “…”").
            bool subordinate = join.Groups["subordinate"].Success;
            if (join.Groups["comma"].Success && !SubordinateOpening().IsMatch(text.AsSpan(sentence.Start, at - sentence.Start)))
            {
                continue;
            }

            // The second subject's verb follows it directly, and each half quotes something after a verb of its own.
            Match verb = CueVerbs.Finite().Match(text, subject.Span.End);
            bool verbFollows = verb.Success && verb.Index < sentence.End && text.AsSpan(subject.Span.End, verb.Index - subject.Span.End).IsWhiteSpace();
            bool firstReports = CueVerbs.Finite().Matches(text[sentence.Start..at]).Any(c => !QuoteScanner.IsInside(quotes, sentence.Start + c.Index)
                && quotes.Any(q => (subordinate || q.Outer.Start > sentence.Start + c.Index) && q.Outer.Start >= sentence.Start && q.Outer.End <= at));
            bool secondQuotes = verbFollows && quotes.Any(q => q.Outer.Start > verb.Index && q.Outer.Start < sentence.End);
            if (firstReports && secondQuotes)
            {
                return [new TextSpan(sentence.Start, at), new TextSpan(Math.Min(next, subject.Span.Start), sentence.End)];
            }
        }

        return [sentence];
    }

    // The named subject that opens the second clause: at the join, or after an outlet's or a person's possessive
    // ("after CNBC's Becky Quick said the billionaire had called Rubio the “personal senator” of Zuckerberg").
    private static Mention? SubjectAt(string text, int at, int next, IReadOnlyList<Mention> mentions)
    {
        Mention? subject = mentions.FirstOrDefault(m => m.IsNamed && m.Span.Start >= at && m.Span.Start <= next && m.Span.End > next);
        Match possessive = PossessiveOpening().Match(text, subject?.Span.Start ?? next);
        if (!possessive.Success || (subject is not null && possessive.Index + possessive.Groups["owner"].Length != subject.Span.End))
        {
            return subject;
        }

        int after = possessive.Index + possessive.Length;
        return mentions.FirstOrDefault(m => m.IsNamed && m.Span.Start == after);
    }

    // A capitalised word or two and a possessive: "CNBC's ", "The Post’s ".
    [GeneratedRegex(@"\G(?<owner>\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?)['’]s\s+")]
    private static partial Regex PossessiveOpening();

    [GeneratedRegex(@",?\s+(?:and|but|while)\s+|;\s+|,?\s+(?<subordinate>after|when|as|before|because|since)\s+|(?<comma>,[""”]?)\s+")]
    private static partial Regex Join();

    // A subordinate clause or a prepositional phrase opens the sentence ("And, in a clip that the judge called “…,” Santilli …").
    [GeneratedRegex(@"^\s*(?:(?:And|But),?\s+)?(?:After|When|As|Before|While|Since|Because|Though|Although|Once|[Ii]n|At|On|During)\s")]
    private static partial Regex SubordinateOpening();
}
