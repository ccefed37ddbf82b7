using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading.Html;

namespace DiplomacyReader.Ingestion.Tests.Reading;

public sealed class PaginationTests
{
    private static string Page(string head, string body = "") => $"""
        <html><head><link rel="canonical" href="https://news.example/2025/02/ministers-meet">{head}</head>
        <body><article><p>The foreign ministers met in Tokyo on Monday to discuss maritime security, trade and the coming summit.</p>{body}</article></body></html>
        """;

    [Theory]
    [InlineData("""<link rel="next" href="https://news.example/2025/02/ministers-meet?page=2">""", "", "https://news.example/2025/02/ministers-meet?page=2")]
    [InlineData("", """<nav class="pager"><a href="/2025/02/ministers-meet/2/">Next page ›</a></nav>""", "https://news.example/2025/02/ministers-meet/2/")]
    [InlineData("", """<a rel="next" href="/2025/02/ministers-meet/page/2">2</a>""", "https://news.example/2025/02/ministers-meet/page/2")]
    public void A_link_to_this_article_with_another_page_number_is_the_next_page(string head, string body, string expected)
    {
        Assert.Equal(expected, new HtmlReader().Read(Page(head, body)).Hints.NextPage);
    }

    [Theory]
    [InlineData("""<link rel="next" href="https://news.example/2025/02/another-story">""", "")]
    [InlineData("", """<a href="https://other.example/2025/02/ministers-meet?page=2">Next page</a>""")]
    [InlineData("", """<a href="/2025/02/ministers-meet#comments">Next</a>""")]
    public void A_link_to_another_story_or_site_is_not(string head, string body)
    {
        Assert.Null(new HtmlReader().Read(Page(head, body)).Hints.NextPage);
    }

    [Fact]
    public void The_source_says_that_it_holds_only_one_page()
    {
        SourceDocument document = TestPipeline.Process(Page("""<link rel="next" href="?page=2">"""), "page-1.html");

        FlagRecord flag = Assert.Single(document.Flags, f => f.Kind == FlagKind.Paginated);
        Assert.Contains("https://news.example/2025/02/ministers-meet?page=2", flag.Message, StringComparison.Ordinal);
    }
}
