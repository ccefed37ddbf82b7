using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Metadata;

/// <summary>
/// Finds what the document says about itself: title, publisher, byline, language, date and tags. What the
/// markup states wins; what the text shows comes next (and for the date, the page's address); what none gives stays null. What kind of document
/// it is comes after, in <see cref="ClassifySourceStep"/>.
/// </summary>
public sealed partial class DescribeSourceStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        IReadOnlyList<PassageRecord> passages = context.Passages;
        KnownFacts known = context.Input.Known ?? new KnownFacts();
        context.Url = known.Url ?? context.Hints.Url;
        // The address comes last: a transcript's own date line is the day it was spoken, a mirror's path the day it was copied.
        context.Date = known.Date ?? context.Hints.Date
            ?? JapaneseDayMentions.Refine(passages, YearlessDatelines.Refine(passages, DateFrom(passages) ?? UrlDates.From(context.Url)));
        context.Title = known.Title ?? context.Hints.Title ?? TranscriptHeadings.TranscriptTitleLine(passages)?.Text ?? TitleFrom(passages) ?? HeadlineFrom(passages);
        context.Publisher = known.Publisher ?? context.Hints.Publisher ?? PublisherFrom(passages, context.Knowledge);
        // An index page has as many authors as stories: the first byline on it is nobody's in particular.
        context.Byline = context.Hints.IsStoryList ? null : Bylines.Clean(context.Hints.Byline) ?? Bylines.FromText(passages);
        context.Language = Bylines.Language(context.Hints.Language);
        context.Tags.AddRange(passages
            .Where(p => p.Kind == PassageKind.Metadata && LinePatterns.IsGluedTagLine(p.Text))
            .SelectMany(p => LinePatterns.SplitGluedTags(p.Text)));
    }

    private static DateOnly? DateFrom(IReadOnlyList<PassageRecord> passages) =>
        DateLineFrom(passages) ?? DateNearTopFrom(passages) ?? DeliveredLineFrom(passages);

    // "Kishida Fumio delivered 11 April 2024, House of Representatives Chamber": a speech archive's byline.
    private static DateOnly? DeliveredLineFrom(IReadOnlyList<PassageRecord> passages) =>
        passages.Take(4).Select(p => TranscriptHeadings.DeliveredLine().Match(p.Text)).Where(m => m.Success)
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

    /// <summary>A document with no title of its own is known by its first sentence, cut at a word past this length.</summary>
    public const int MaxHeadlineLength = 100;

    // A wire story pasted without its headline: its first sentence says what it is about, and a file name does not.
    private static string? HeadlineFrom(IReadOnlyList<PassageRecord> passages)
    {
        PassageRecord? first = passages.FirstOrDefault(p => p.Kind == PassageKind.Paragraph && TextNormalizer.WordCount(p.Text) >= 5);
        if (first is null)
        {
            return null;
        }

        // "TOKYO, Jan. 22 (Kyodo) — Japan …": the dateline says where, not what.
        string text = Dateline().Replace(first.Text, string.Empty, 1);
        TextSpan sentence = Text.SentenceSplitter.Split(text).FirstOrDefault();
        string headline = text[sentence.Start..sentence.End].Trim().TrimEnd('.');
        if (TextNormalizer.WordCount(headline) < 4)
        {
            headline = text.Trim(); // a sentence cut short by an abbreviation: the paragraph says more
        }

        if (headline.Length <= MaxHeadlineLength)
        {
            return headline;
        }

        int cut = headline.LastIndexOf(' ', MaxHeadlineLength);
        return (cut > MaxHeadlineLength / 2 ? headline[..cut] : headline[..MaxHeadlineLength]).TrimEnd(',', ';', ':') + "…";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^—–\n]{0,40})?\s*(?:\([^)]{0,30}\))?\s*[—–-]+\s*")]
    private static partial System.Text.RegularExpressions.Regex Dateline();

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
}
