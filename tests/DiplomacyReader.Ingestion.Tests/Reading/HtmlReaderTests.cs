using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;
using DiplomacyReader.Ingestion.Reading.Html;

namespace DiplomacyReader.Ingestion.Tests.Reading;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Minister vows stability | Example News</title>
          <meta property="og:title" content="Minister vows stability">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2025-02-03T09:00:00+09:00">
          <link rel="canonical" href="https://news.example/minister-vows">
          <script>var tracking = "do not read me";</script>
          <style>p { color: red }</style>
        </head><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
          <article>
            <h1>Minister vows stability</h1>
            <figure><img src="x.jpg"><figcaption>The minister speaks in Tokyo. Photo: Example</figcaption></figure>
            <p>Foreign Minister Takeshi Iwaya said Monday that Japan will "work for stability" in the region.</p>
            <p hidden>Hidden teaser text.</p>
            <p>He added that talks would continue.</p>
            <div class="share-buttons"><p>Share this on social media</p></div>
          </article>
          <section id="comments"><h2>Comments</h2><p>I disagree with the minister completely.</p></section>
          <footer><p>© 2025 Example News</p></footer>
        </body></html>
        """;

    private readonly ReadResult _result = new HtmlReader().Read(Page);

    [Fact]
    public void Keeps_article_blocks_and_sets_apart_comments_and_chrome()
    {
        Assert.Contains(_result.Blocks, b => b.Text.StartsWith("Foreign Minister Takeshi Iwaya said Monday", StringComparison.Ordinal) && b.Hint == PassageKind.Paragraph);
        Assert.Contains(_result.Blocks, b => b.Text == "Minister vows stability" && b.Hint == PassageKind.Heading);
        Assert.Contains(_result.Blocks, b => b.Text.StartsWith("The minister speaks", StringComparison.Ordinal) && b.Hint == PassageKind.Caption);
        Assert.Contains(_result.Blocks, b => b.Text == "I disagree with the minister completely." && b.Hint == PassageKind.Comment);
        Assert.Contains(_result.Blocks, b => b.Text.StartsWith("Home", StringComparison.Ordinal) && b.Hint == PassageKind.Boilerplate);
        Assert.Contains(_result.Blocks, b => b.Text == "Share this on social media" && b.Hint == PassageKind.Boilerplate);
    }

    [Fact]
    public void Drops_scripts_styles_and_hidden_nodes()
    {
        Assert.DoesNotContain(_result.Blocks, b => b.Text.Contains("do not read me", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Blocks, b => b.Text.Contains("color: red", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Blocks, b => b.Text.Contains("Hidden teaser", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_metadata_the_markup_states()
    {
        Assert.Equal("Minister vows stability", _result.Hints.Title);
        Assert.Equal("Example News", _result.Hints.Publisher);
        Assert.Equal("https://news.example/minister-vows", _result.Hints.Url);
        Assert.Equal(new DateOnly(2025, 2, 3), _result.Hints.Date);
    }

    [Fact]
    public void Through_the_pipeline_the_comment_yields_no_statement()
    {
        SourceDocument document = TestPipeline.Process(Page, "page.html");
        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Contains(document.Statements, s => s.Quote == "work for stability" && s.Speaker?.Name == "Takeshi Iwaya");
        Assert.DoesNotContain(document.Statements, s => document.Passages[s.PassageIndex].Kind == PassageKind.Comment);
    }
}
