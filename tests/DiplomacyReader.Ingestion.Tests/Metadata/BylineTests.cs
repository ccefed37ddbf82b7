using DiplomacyReader.Ingestion.Metadata;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

public sealed class BylineTests
{
    private const string Story = "<p>Foreign Minister Takeshi Iwaya said on Monday that Japan would work for stability in the region.</p>";

    [Fact]
    public void Json_ld_co_authors_and_the_declared_language_are_read_from_the_page()
    {
        string page = $$"""
            <html lang="ja-JP"><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Talks","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Taro Yamada"}]}
            </script></head><body><article>{{Story}}</article></body></html>
            """;

        SourceDocument document = TestPipeline.Process(page, "page.html");

        Assert.Equal("Jane Doe, Taro Yamada", document.Byline);
        Assert.Equal("ja-JP", document.Language);
    }

    [Fact]
    public void A_profile_url_is_not_a_byline_and_the_byline_element_is_used_instead()
    {
        string page = $"""
            <html><head><meta property="article:author" content="https://www.facebook.com/janedoe"></head>
            <body><article><p class="byline">By JANE DOE 1:39 PM ET</p>{Story}</article></body></html>
            """;

        SourceDocument document = TestPipeline.Process(page, "page.html");

        Assert.Equal("JANE DOE", document.Byline);
        Assert.Null(document.Language);
    }

    [Fact]
    public void The_authors_name_is_not_part_of_the_title()
    {
        string page = $"""
            <html><head><meta property="og:title" content="Japan must lead on maritime order | Jane Doe">
            <meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe"></head>
            <body><article>{Story}</article></body></html>
            """;

        SourceDocument document = TestPipeline.Process(page, "opinion.html");

        Assert.Equal("Japan must lead on maritime order", document.Title);
        Assert.Equal("Jane Doe", document.Byline);
    }

    [Fact]
    public void A_by_line_in_plain_text_names_the_authors()
    {
        SourceDocument document = TestPipeline.Process("Ministers meet in Tokyo\n\nBy Jane Doe and John Roe, Kyodo\n\nTOKYO, Feb. 3, 2025 — The foreign ministers met on Monday.\n");

        Assert.Equal("Jane Doe and John Roe", document.Byline);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("J J", null)]
    [InlineData("https://example.com/authors/jane", null)]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("by Lucas Nolan22 Dec 2016", "Lucas Nolan")]
    public void Stated_bylines_are_cleaned_to_names(string? stated, string? expected)
    {
        Assert.Equal(expected, Bylines.Clean(stated));
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en-US")]
    [InlineData("ja", "ja")]
    [InlineData("english language", null)]
    [InlineData("", null)]
    public void Only_language_tags_count_as_a_language(string declared, string? expected)
    {
        Assert.Equal(expected, Bylines.Language(declared));
    }
}
