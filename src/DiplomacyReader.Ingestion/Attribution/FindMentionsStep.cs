using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Finds the people each passage of the article refers to (comments and site chrome are skipped): known
/// names, titled new names, people named only at a reporting verb, roles, pronouns; then a second pass
/// finds later references by family or given name alone ("Cho" after "Cho Tae-yul").
/// </summary>
public sealed partial class FindMentionsStep(MentionFinder finder, UntitledSpeakerFinder untitled) : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        PassageRecord[] article = context.Passages.Where(p => IsArticleText(p.Kind)).ToArray();
        Dictionary<int, string> texts = article.ToDictionary(p => p.Index, p => PlainSpaced(p.Text));
        var named = article.ToDictionary(p => p.Index, p =>
        {
            context.Budget.Check();
            return finder.Find(texts[p.Index], allowNewNames: p.Kind != PassageKind.Heading);
        });

        // A surname at a verb is the person the story names in full, unless it is the name part of someone
        // already found ("Lee" after "Lee Jae-myung"), whom the second pass below gives it to.
        IReadOnlySet<string> namePartsFound = NameParts(named.Values.SelectMany(m => m)).Keys.ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> fullNames = untitled.FullNamesBySurname(article.Where(p => p.Kind != PassageKind.Heading).Select(p => texts[p.Index]))
            .Where(n => !namePartsFound.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal);
        foreach (PassageRecord passage in article)
        {
            context.Budget.Check();
            bool prose = passage.Kind != PassageKind.Heading;
            IReadOnlyList<Mention> found = named[passage.Index];
            IEnumerable<Mention> extra = prose ? untitled.Find(texts[passage.Index], found, fullNames, namePartsFound) : [];
            context.Mentions[passage.Index] = Sorted(found.Concat(extra));
        }

        Dictionary<string, Mention> byNamePart = NameParts(context.Mentions.Values.SelectMany(m => m));
        foreach (PassageRecord passage in article)
        {
            context.Budget.Check();
            IReadOnlyList<Mention> mentions = context.Mentions[passage.Index];
            string text = texts[passage.Index];
            var covered = new CoveredSpans(text.Length, mentions.Select(m => m.Span));
            var partial = CapitalisedWord().Matches(text)
                .Where(w => byNamePart.ContainsKey(w.Value) && !covered.Overlaps(w.Index, w.Index + w.Length) && !IsAbbreviatedTitle(text, w))
                .Select(w => byNamePart[w.Value] with { Span = new TextSpan(w.Index, w.Index + w.Length), Title = null, Role = null, Former = false });
            context.Mentions[passage.Index] = Sorted(mentions.Concat(partial));
        }
    }

    /// <summary>Whether a passage of this kind is part of the article (not comments, chrome or labels).</summary>
    public static bool IsArticleText(PassageKind kind) =>
        kind is not (PassageKind.Comment or PassageKind.Boilerplate or PassageKind.Metadata);

    // The first and last word of each person's full name, when no other person shares it. A surname two people
    // share is the first one's: news copy gives the surname alone to the person it introduced first and names a
    // relative who comes later in full or by first name ("Bernie Sanders … his wife, Jane Sanders … Sanders said").
    private static Dictionary<string, Mention> NameParts(IEnumerable<Mention> mentions)
    {
        var parts = new Dictionary<string, Mention?>(StringComparer.Ordinal);
        foreach (Mention mention in mentions.Where(m => m.IsNamed))
        {
            string fullName = mention.Actor?.Name ?? mention.Name!;
            string[] words = fullName.Split(' ');
            if (words.Length < 2)
            {
                continue;
            }

            foreach (string word in new[] { words[0], words[^1] }.Where(w => w.Length >= 3).Distinct())
            {
                string key = mention.Actor?.Key ?? fullName;
                bool shared = parts.TryGetValue(word, out Mention? other) && (other is null || (other.Actor?.Key ?? other.Name) != key);
                parts[word] = !shared ? mention with { Name = fullName } : word == words[^1] && other is not null ? other : null;
            }
        }

        return parts.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    // American copy sets a no-break space inside names and after titles ("Stu\u00a0Burguiere", "Sen.\u00a0Sanders"):
    // names are read with it as a plain space. One character for one, so every offset stays the passage's.
    private static string PlainSpaced(string text) => text.Replace('\u00a0', ' ');

    private static IReadOnlyList<Mention> Sorted(IEnumerable<Mention> mentions) => mentions.OrderBy(m => m.Span.Start).ToArray();

    // '“…,” said Gowdy.': a full stop after a name ends the sentence; after a title's short form ("Gen.") the
    // word is the title, not a name.
    private static bool IsAbbreviatedTitle(string text, Match word) =>
        word.Index + word.Length < text.Length && text[word.Index + word.Length] == '.' && UntitledSpeakerFinder.IsTitleWord(word.Value);

    [GeneratedRegex(@"(?<![\p{L}])" + NameWords.Word + @"(?:-[a-z]+)?(?![\p{L}])")]
    private static partial Regex CapitalisedWord();
}
