using System.Globalization;
using System.Text;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>What a citation of a statement names: who said what, and the report it was read in.</summary>
public sealed record CitedStatement(
    string? Speaker, string? Quote, string Text, string SourceTitle, string? Byline, string? Publisher, DateOnly? Date, string? Url, string Permalink, DateOnly Accessed);

/// <summary>
/// A statement cited in the styles researchers and journalists use: a plain quote line, APA (7th edition,
/// a news article), Chicago (notes and bibliography, a news article) and BibTeX (biblatex's <c>@online</c>).
/// The report is what is cited; the words and their speaker go in the quote line and BibTeX's note. Where
/// the report has no address of its own, the statement's page in this app stands in for it.
/// </summary>
public static class Citation
{
    /// <summary>The styles in the order the statement page offers them.</summary>
    public static IReadOnlyList<(string Id, string Name, Func<CitedStatement, string> Write)> Styles { get; } =
    [
        ("quote", "Quote", Quote),
        ("apa", "APA", Apa),
        ("chicago", "Chicago", Chicago),
        ("bibtex", "BibTeX", BibTex),
    ];

    /// <summary>"Takeshi Iwaya: “…” Reported in “Title”, Kyodo, 24 January 2025. https://…"</summary>
    public static string Quote(CitedStatement c) =>
        $"{c.Speaker ?? "Unattributed"}: {Words(c)} Reported in “{c.SourceTitle}”{(c.Publisher is null ? "" : ", " + c.Publisher)}, {c.Date?.ToString("d MMMM yyyy", Invariant) ?? "undated"}. {Link(c)}";

    /// <summary>APA: "Byline. (2025, January 24). Title. Publisher. URL"; without a byline the title leads.</summary>
    public static string Apa(CitedStatement c)
    {
        string date = c.Date?.ToString("yyyy, MMMM d", Invariant) ?? "n.d.";
        string publisher = c.Publisher is null ? "" : $" {Sentence(c.Publisher)}";
        return c.Byline is null
            ? $"{Sentence(c.SourceTitle)} ({date}).{publisher} {Link(c)}"
            : $"{Sentence(c.Byline)} ({date}). {Sentence(c.SourceTitle)}{publisher} {Link(c)}";
    }

    /// <summary>Chicago: "Byline. “Title.” Publisher, January 24, 2025. URL."</summary>
    public static string Chicago(CitedStatement c)
    {
        var text = new StringBuilder();
        if (c.Byline is not null)
        {
            text.Append(Sentence(c.Byline)).Append(' ');
        }

        text.Append('“').Append(Sentence(c.SourceTitle)).Append("” ");
        string?[] place = [c.Publisher, c.Date?.ToString("MMMM d, yyyy", Invariant)];
        string where = string.Join(", ", place.OfType<string>());
        if (where.Length > 0)
        {
            text.Append(where).Append(". ");
        }

        return text.Append(Link(c)).Append('.').ToString();
    }

    /// <summary>A biblatex <c>@online</c> entry with the statement in its note; braces and backslashes in the text are escaped.</summary>
    public static string BibTex(CitedStatement c)
    {
        string key = Key(c);
        var fields = new List<(string Name, string? Value)>
        {
            ("title", c.SourceTitle),
            ("author", c.Byline),
            ("organization", c.Publisher),
            ("date", c.Date?.ToString("yyyy-MM-dd", Invariant)),
            ("url", Link(c)),
            ("urldate", c.Accessed.ToString("yyyy-MM-dd", Invariant)),
            ("note", $"{c.Speaker ?? "Unattributed"}: {Words(c)}"),
        };
        var entry = new StringBuilder("@online{").Append(key).Append(",\n");
        foreach ((string name, string? value) in fields.Where(f => f.Value is not null))
        {
            entry.Append("  ").Append(name).Append(" = {").Append(name == "url" ? value : Escape(value!)).Append("},\n");
        }

        return entry.Append('}').ToString();
    }

    /// <summary>
    /// The statement's permalink in this app: absolute from <paramref name="siteBaseUrl"/>
    /// (<see cref="Infrastructure.PublicSite"/>), relative when that is empty.
    /// </summary>
    public static string Permalink(string siteBaseUrl, int statementId) => siteBaseUrl + Routes.Statement(statementId);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string Words(CitedStatement c) => c.Quote is null ? c.Text : $"“{c.Quote}”";

    private static string Link(CitedStatement c) => c.Url ?? c.Permalink;

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') || text.EndsWith('…') ? text : text + ".";

    // "iwaya2025foreign": the speaker's or publisher's last word, the year, the title's first long word; letters and digits only.
    private static string Key(CitedStatement c)
    {
        string who = (c.Speaker ?? c.Publisher ?? "anon").Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();
        string word = c.SourceTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length > 3) ?? "statement";
        string key = $"{who}{c.Date?.Year.ToString(Invariant) ?? "nd"}{word}".ToLowerInvariant();
        return new string(key.Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    // TeX's special characters, each once: a title with "{" or "\" cannot end the field or start a command.
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
