using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// The speaker of a speech that names nobody but says which office its speaker holds: "I am very pleased to
/// be the first Korean President in 12 years to visit Japan", "As Prime Minister of Japan, I …". A
/// government's speech pages (Korea.net's "Presidential Speeches") often print the words alone. The office,
/// its country and the speech's date name one person through the knowledge base; without a country, a date,
/// or with more than one holder, nobody is named.
/// </summary>
internal static partial class SelfNamedOffice
{
    /// <summary>Only the opening of a speech is read: that is where a speaker says who they are.</summary>
    private const int OpeningParagraphs = 6;

    public static ActorRef? Find(IReadOnlyList<PassageRecord> passages, KnowledgeIndex knowledge, DateOnly? date)
    {
        if (date is not DateOnly day)
        {
            return null;
        }

        foreach (PassageRecord passage in passages.Where(p => p.Kind is PassageKind.Paragraph or PassageKind.Answer).Take(OpeningParagraphs))
        {
            string text = passage.Text;
            IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(text);
            foreach (TextSpan sentence in SentenceSplitter.Split(text))
            {
                string words = text.Substring(sentence.Start, sentence.Length);
                foreach (RolePhrase phrase in knowledge.RolesIn(words))
                {
                    // Words quoted are someone else's: "I am the president," he said.
                    if (QuoteScanner.IsInside(quotes, sentence.Start + phrase.Index) || !SaysItIsTheSpeaker(words, phrase) || phrase.IsFormer || knowledge.RoleByAlias(phrase.Role) is not RoleEntry role)
                    {
                        continue;
                    }

                    string? country = phrase.Qualifier is string qualifier ? knowledge.CountryCode(qualifier) : CountryAfter(words, phrase.End, knowledge);
                    ActorEntry[] holders = country is null ? [] : knowledge.HoldersAt(role, country, day).Take(2).ToArray();
                    if (holders.Length == 1)
                    {
                        return new SpeakerResolver(knowledge, date).FromKnown(holders[0]);
                    }
                }
            }
        }

        return null;
    }

    // "I am … the first Korean President", "I'm the Prime Minister", or "As Prime Minister of Japan, I".
    private static bool SaysItIsTheSpeaker(string sentence, RolePhrase phrase)
    {
        string before = sentence[..phrase.Index];
        if (IAmBefore().IsMatch(before))
        {
            return true;
        }

        return AsBefore().IsMatch(before) && FirstPersonAfter().IsMatch(sentence[phrase.End..]);
    }

    // "President of the Republic of Korea": a country named right after the office.
    private static string? CountryAfter(string sentence, int end, KnowledgeIndex knowledge)
    {
        Match of = OfCountry().Match(sentence, end);
        return of.Success && of.Index == end ? knowledge.CountriesIn(of.Groups["country"].Value).FirstOrDefault() : null;
    }

    // "I am the", "I'm very proud to be the first": the office is what the speaker is, not whom they greet.
    [GeneratedRegex(@"\bI(?:\s+am|'m|’m)\s+(?:(?:[a-z]+\s+){1,3}to\s+be\s+)?(?:the|a)\s+(?:(?:first|new|current)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IAmBefore();

    [GeneratedRegex(@"(?:^|[,;]\s*)As\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AsBefore();

    [GeneratedRegex(@"^[^.;“”""]{0,40},\s*(?:I|we)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonAfter();

    [GeneratedRegex(@"\s+of\s+(?:the\s+)?(?<country>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex OfCountry();
}
