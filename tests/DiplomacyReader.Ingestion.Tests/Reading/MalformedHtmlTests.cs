using System.Text;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Reading;

/// <summary>Broken pages never crash the reader and never hang it; the article text still comes out.</summary>
public sealed class MalformedHtmlTests
{
    private const string Article = "Foreign Minister Takeshi Iwaya said Monday that Japan would \"stand firm\" on the rule of law in the region, officials said.";

    private static SourceDocument Process(string html, string name = "page.html") => TestPipeline.Default.Process(new SourceInput(name, Encoding.UTF8.GetBytes(html)));

    private static string ArticleText(SourceDocument document) =>
        string.Join("\n", document.Passages.Where(p => p.Kind is not (PassageKind.Boilerplate or PassageKind.Comment or PassageKind.Metadata)).Select(p => p.Text));

    [Fact]
    public void Unclosed_tags_and_no_body()
    {
        SourceDocument document = Process($"<html><head><title>x</title><div><p>{Article}<p>Second paragraph that goes on for a while, with commas, and more words.<div><span>");
        Assert.Contains("stand firm", ArticleText(document));
        Assert.Contains(document.Statements, s => s.Quote == "stand firm");
    }

    [Fact]
    public void Four_hundred_nested_divs_are_read()
    {
        SourceDocument document = Process(Nested("div", 400));
        Assert.Contains("stand firm", ArticleText(document));
    }

    [Fact]
    public void Ten_thousand_nested_divs_are_refused_with_the_depth_named()
    {
        var refused = Assert.Throws<IngestionException>(() => Process(Nested("div", 10_000)));
        Assert.Contains("nested deeper than 512", refused.Reason);
    }

    [Fact]
    public void Unclosed_formatting_tags_count_as_nesting_but_unclosed_paragraphs_do_not()
    {
        string paragraphs = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat($"<p>{Article}", 2_000)) + "</body></html>";
        Assert.True(Process(paragraphs).Passages.Count > 1);

        string bold = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<b>Iwaya said ", 2_000)) + "</body></html>";
        Assert.Contains("nested deeper", Assert.Throws<IngestionException>(() => Process(bold)).Reason);
    }

    private static string Nested(string tag, int depth) =>
        "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + $"<p>{Article}</p>" + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "</body></html>";

    [Fact]
    public void A_twenty_megabyte_page()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body><article>");
        while (html.Length < 20 * 1024 * 1024)
        {
            html.Append("<p>").Append(Article).Append("</p>\n");
        }

        html.Append("</article></body></html>");
        SourceDocument document = Process(html.ToString());
        Assert.True(document.Passages.Count > 1000);
    }

    [Fact]
    public void A_wrong_charset_declaration_is_overruled_by_valid_utf8()
    {
        SourceDocument document = Process($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>{Article} 外務大臣は述べた。</p></body></html>");
        Assert.Contains("外務大臣", ArticleText(document));
    }

    [Fact]
    public void A_shift_jis_page_is_decoded_by_its_declared_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html = "<html><head><meta charset=\"Shift_JIS\"><title>外務大臣会見</title></head><body><article><p>岩屋外務大臣は、日米同盟は日本の外交・安全保障の基軸であると述べました。中国との関係についても、建設的かつ安定的な関係を構築すると強調しました。</p></article></body></html>";
        byte[] bytes = Encoding.GetEncoding("shift_jis").GetBytes(html);
        SourceDocument document = TestPipeline.Default.Process(new SourceInput("sjis.html", bytes));
        Assert.Contains("日米同盟", ArticleText(document));
        Assert.Equal("外務大臣会見", document.Title);
    }
}
