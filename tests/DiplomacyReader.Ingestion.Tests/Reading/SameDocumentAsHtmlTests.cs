using System.Net;
using System.Text;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Reading;

/// <summary>
/// A seed document, published as a web page would publish it (its own passages as headings and paragraphs,
/// inside a site with navigation, breadcrumbs, a sidebar of related links, a comment thread and a footer),
/// must give the same statements as the text file: the page's chrome and comments add none, and none of
/// the article is lost.
/// </summary>
public sealed class SameDocumentAsHtmlTests
{
    [Theory]
    [InlineData("000_fb6d619591c2ab4c.txt")]
    [InlineData("001_08484923193f66f5.txt")]
    [InlineData("002_db39fb9482dc13f4.txt")]
    public void The_page_gives_the_statements_of_the_text(string seed)
    {
        SourceDocument text = TestPipeline.Process(File.ReadAllText(RepositoryPaths.Seed(seed)), seed);
        SourceDocument page = TestPipeline.Process(AsWebPage(text), Path.ChangeExtension(seed, ".html"));

        Assert.Equal(text.Kind, page.Kind);
        Assert.Equal(text.Date, page.Date);
        Assert.Equal(text.Statements.Select(s => (s.Text, s.Speaker?.Name)), page.Statements.Select(s => (s.Text, s.Speaker?.Name)));
    }

    private static string AsWebPage(SourceDocument document)
    {
        var body = new StringBuilder();
        foreach (PassageRecord passage in document.Passages.Where(p => p.Kind is not (PassageKind.Boilerplate or PassageKind.Comment)))
        {
            string tag = passage.Kind == PassageKind.Heading ? "h2" : "p";
            body.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(passage.Text).Replace("\n", "<br>")).Append("</").Append(tag).Append(">\n");
        }

        var comments = new StringBuilder();
        foreach (PassageRecord passage in document.Passages.Where(p => p.Kind == PassageKind.Comment))
        {
            comments.Append("<div class=\"comment\"><p>").Append(WebUtility.HtmlEncode(passage.Text)).Append("</p></div>\n");
        }

        return $"""
            <!DOCTYPE html><html lang="en"><head><title>{WebUtility.HtmlEncode(document.Title ?? "Untitled")} | Example Site</title></head><body>
            <header id="header"><nav><ul><li><a href="/">Home</a></li><li><a href="/policy">Foreign Policy</a></li><li><a href="/press">Press Releases</a></li></ul></nav></header>
            <div id="main"><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
            <div id="maincontents">{body}</div>
            <section id="comments"><h2>Reader comments</h2>{comments}</section>
            <div id="side"><h3>Related</h3><ul><li><a href="/a">Press Conference by the Foreign Minister on Tuesday</a></li><li><a href="/b">Japan-U.S. Foreign Ministers' Meeting in Washington</a></li></ul></div></div>
            <footer><p>Copyright © Example Site. All rights reserved.</p></footer></body></html>
            """;
    }
}
