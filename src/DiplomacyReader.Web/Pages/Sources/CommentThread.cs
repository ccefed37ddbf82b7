using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>
/// A page's reader comments as its readers wrote them: one comment per run of comment paragraphs (a vote
/// counter or other chrome line between two runs ends a comment), and a commenter's name-and-time line
/// ("deanzaZZRToday  07:26 am JST") read as who is being answered, not as a comment of its own.
/// </summary>
public sealed partial class CommentThread
{
    private CommentThread(IReadOnlyList<Comment> comments, int paragraphs, int? countOnPage)
    {
        Comments = comments;
        Paragraphs = paragraphs;
        CountOnPage = countOnPage;
    }

    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>How many comment passages the comments were put together from.</summary>
    public int Paragraphs { get; }

    /// <summary>The count the page itself gives ("19 Comments"), when it gives one.</summary>
    public int? CountOnPage { get; }

    /// <summary>What the fold's count means, in words: what was counted, and how it stands to the page's own count.</summary>
    public string CountExplained
    {
        get
        {
            string counted = Paragraphs == Comments.Count
                ? Plural(Comments.Count, "comment")
                : $"{Plural(Comments.Count, "comment")} in {Plural(Paragraphs, "paragraph")}";
            return CountOnPage switch
            {
                null => counted,
                int page when page == Comments.Count => $"{counted}; the page says {page}",
                int page => $"{counted}; the page says {page}, and the saved copy holds {(page > Comments.Count ? "fewer" : "more")}",
            };
        }
    }

    /// <summary>Groups the comment passages of <paramref name="passages"/>, all passages of the page in reading order.</summary>
    public static CommentThread Of(IReadOnlyList<DetailModel.PassageView> passages)
    {
        var comments = new List<Comment>();
        var current = new List<DetailModel.PassageView>();
        int paragraphs = 0;
        int? countOnPage = null;
        int lastIndex = int.MinValue;
        foreach (DetailModel.PassageView passage in passages)
        {
            if (passage.Kind != PassageKind.Comment)
            {
                if (countOnPage is null && ThreadCount().Match(passage.Text) is { Success: true } count)
                {
                    countOnPage = int.Parse(count.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
                }

                continue;
            }

            paragraphs++;
            if (passage.Index != lastIndex + 1 && current.Count > 0)
            {
                comments.Add(Comment.From(current));
                current = [];
            }

            current.Add(passage);
            lastIndex = passage.Index;
        }

        if (current.Count > 0)
        {
            comments.Add(Comment.From(current));
        }

        return new CommentThread(comments, paragraphs, countOnPage);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"19 Comments", "Comments (19)".</summary>
    [GeneratedRegex(@"^(?:(?<count>\d{1,6})\s+comments?|comments?\s*\((?<count>\d{1,6})\))$", RegexOptions.IgnoreCase)]
    private static partial Regex ThreadCount();

    /// <summary>A commenter's name glued to or beside a time: "deanzaZZRToday  07:26 am JST", "kurisupisu Yesterday 10:02 pm JST", "Jan. 4 03:15 pm JST".</summary>
    [GeneratedRegex(@"^(?<name>\S.{0,40}?)\s*(?<time>(?:Today|Yesterday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s*\d{4})?)\s+\d{1,2}:\d{2}\s*(?:[ap]m)?(?:\s+[A-Z]{2,4})?)$")]
    private static partial Regex NameAndTime();

    /// <summary>One reader's comment: its paragraphs, and, when it answers another reader, whom and what it quotes.</summary>
    public sealed record Comment(int FirstIndex, Reply? InReplyTo, IReadOnlyList<DetailModel.PassageView> Paragraphs)
    {
        internal static Comment From(IReadOnlyList<DetailModel.PassageView> run)
        {
            // A name-and-time line followed by a paragraph is the quoted comment being answered; the rest is the reply.
            if (run.Count >= 2 && NameAndTime().Match(run[0].Text) is { Success: true } line)
            {
                var reply = new Reply(line.Groups["name"].Value.Trim(), Regex.Replace(line.Groups["time"].Value, @"\s+", " "), run[1].Index, run[1].Text);
                return new Comment(run[0].Index, reply, run.Skip(2).ToArray());
            }

            return new Comment(run[0].Index, null, run);
        }
    }

    /// <summary>The comment being answered: its writer, when it was posted, and the words quoted from it.</summary>
    public sealed record Reply(string Commenter, string PostedAt, int QuotedIndex, string QuotedText);
}
