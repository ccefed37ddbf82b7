using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;
using DiplomacyReader.Ingestion.Reading.Html;

namespace DiplomacyReader.Ingestion.Tests.Reading;

/// <summary>Page layouts that trip up content extraction: story lists, cut stories, linked subheadings, teaser cards.</summary>
public sealed class HtmlLayoutTests
{
    private static readonly string[] s_sentences =
    [
        "The foreign ministers met in Tokyo on Monday to discuss maritime security, trade and the coming summit.",
        "Officials from both sides said the talks were frank, and that a joint statement would follow within days.",
        "The meeting came after months of tension over fishing rights, export controls and visits by lawmakers.",
        "Analysts in Seoul, Beijing and Washington said the tone was warmer than at any point since last spring.",
        "A second round is planned for the autumn, when the leaders themselves are expected to attend in person.",
        "Business groups welcomed the talks, saying that supply chains, tariffs and visas had been left unsettled.",
    ];

    [Fact]
    public void A_page_of_story_cards_is_an_index_page()
    {
        string cards = string.Concat(s_sentences.Select((sentence, i) => $"""
            <li><div class="card"><h3><a href="/story/{i}">Headline number {i} about the region</a></h3><p>{sentence}</p><p class="byline">By Jane Doe</p></div></li>
            """));
        string page = $"<html><body><main><h1>World news</h1><ol class=\"stories\">{cards}</ol></main></body></html>";

        ReadResult read = new HtmlReader().Read(page);
        SourceDocument document = TestPipeline.Process(page, "index.html");

        Assert.True(read.Hints.IsStoryList);
        Assert.All(s_sentences, sentence => Assert.Contains(read.Blocks, b => b.Text.Contains(sentence, StringComparison.Ordinal) && b.Hint != PassageKind.Boilerplate));
        Assert.Equal(SourceKind.Aggregator, document.Kind);
        Assert.Null(document.Byline); // as many authors as stories
        Assert.Contains(document.Flags, f => f.Kind == FlagKind.StoryList && f.PassageIndex is null);
    }

    [Fact]
    public void An_article_followed_by_story_cards_is_not_an_index_page_and_its_cards_are_chrome()
    {
        string paragraphs = string.Concat(s_sentences.Select(sentence => $"<p>{sentence}</p>"));
        string cards = string.Concat(s_sentences.Take(4).Select((sentence, i) => $"""
            <div class="card"><h3><span class="kicker">Asia-Pacific</span> <a href="/story/{i}">Another story headline {i}</a></h3><p>Summary: {sentence}</p></div>
            """));
        string page = $"<html><body><article><h1>Ministers meet</h1><div class=\"story\">{paragraphs}<section class=\"more\"><h2>More stories</h2>{cards}</section></div></article></body></html>";

        ReadResult read = new HtmlReader().Read(page);

        Assert.False(read.Hints.IsStoryList);
        Assert.All(s_sentences, sentence => Assert.Contains(read.Blocks, b => b.Text == sentence && b.Hint == PassageKind.Paragraph));
        Assert.All(read.Blocks.Where(b => b.Text.StartsWith("Summary:", StringComparison.Ordinal)), b => Assert.Equal(PassageKind.Boilerplate, b.Hint));
    }

    [Fact]
    public void Story_paragraphs_after_a_related_box_that_cuts_the_story_stay_in_the_article()
    {
        string Part(IEnumerable<string> sentences) => string.Concat(sentences.Select(s => $"<p class=\"story-text\">{s}</p>"));
        string page = $"""
            <html><body><article>
              <div class="wrap"><div class="part">{Part(s_sentences.Take(1))}</div>
                <aside class="related"><ul><li><a href="/a">A related story with a long headline</a></li><li><a href="/b">Another related story headline</a></li></ul></aside></div>
              <div class="ad">Advertisement</div>
              <div class="wrap"><div class="part">{Part(s_sentences.Skip(1))}</div></div>
            </article></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.All(s_sentences, sentence => Assert.Contains(read.Blocks, b => b.Text == sentence && b.Hint == PassageKind.Paragraph));
        Assert.Contains(read.Blocks, b => b.Text.StartsWith("A related story", StringComparison.Ordinal) && b.Hint == PassageKind.Boilerplate);
    }

    [Fact]
    public void A_most_popular_list_of_cards_inside_the_article_is_chrome_however_its_markup_is_indented()
    {
        string card(int i) => $"""
            <li>
                <a href="/story/{i}"><img src="t.jpg"></a>
                <div>
                    <h3>
                        <a href="/story/{i}">Story headline {i}</a>
                    </h3>
                    <p>Popular summary: {s_sentences[i]}</p>
                </div>
            </li>
            """;
        string paragraphs = string.Concat(s_sentences.Select(sentence => $"<p>{sentence}</p>"));
        string page = $"<html><body><main><article>{paragraphs}<h2>Most read</h2><ol>{card(0)}{card(1)}{card(2)}</ol></article></main></body></html>";

        ReadResult read = new HtmlReader().Read(page);

        Assert.Contains(read.Blocks, b => b.Text.Contains("Popular summary", StringComparison.Ordinal) && b.Hint == PassageKind.Boilerplate);
        Assert.DoesNotContain(read.Blocks, b => b.Text.Contains("Popular summary", StringComparison.Ordinal) && b.Hint != PassageKind.Boilerplate);
        Assert.Contains(read.Blocks, b => b.Text == s_sentences[^1] && b.Hint == PassageKind.Paragraph);
    }

    [Fact]
    public void A_sidebar_with_more_text_than_the_article_does_not_become_the_article()
    {
        string feed = string.Concat(Enumerable.Range(0, 40).Select(i => $"<li>{i}:00 Live update number {i}, with several words, commas, and clauses in it.</li>"));
        string paragraphs = string.Concat(s_sentences.Take(3).Select(sentence => $"<p>{sentence}</p>"));
        string page = $"""<html><body><div class="columns"><div class="main">{paragraphs}</div><aside><ul class="live">{feed}</ul></aside></div></body></html>""";

        ReadResult read = new HtmlReader().Read(page);

        Assert.All(s_sentences.Take(3), sentence => Assert.Contains(read.Blocks, b => b.Text == sentence && b.Hint == PassageKind.Paragraph));
        Assert.All(read.Blocks.Where(b => b.Text.Contains("Live update", StringComparison.Ordinal)), b => Assert.Equal(PassageKind.Boilerplate, b.Hint));
    }

    [Fact]
    public void A_linked_subheading_over_article_text_is_a_heading()
    {
        string page = $"""
            <html><body><article>
              <p>{s_sentences[0]}</p><p>{s_sentences[1]}</p>
              <h3><a href="https://shop.example/game">“The Game Title” ($20)</a></h3>
              <div class="video-wrapper"></div>
              <p>{s_sentences[2]}</p><p>{s_sentences[3]}</p>
            </article></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.Contains(read.Blocks, b => b.Text == "“The Game Title” ($20)" && b.Hint == PassageKind.Heading);
    }

    [Fact]
    public void Text_separated_by_double_line_breaks_beside_a_photo_box_becomes_paragraphs()
    {
        string page = $"""
            <html><body><div id="contents"><div class="article_txt"><strong>Company Ltd.</strong><br><br>
            <div class="photo"><img src="p.jpg"></div>{s_sentences[0]} <br>
            <br> {s_sentences[1]} <b>Bold words</b> continue here.<br>
            <br> {s_sentences[2]}
            </div></div></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        RawBlock[] paragraphs = read.Blocks.Where(b => b.Hint == PassageKind.Paragraph).ToArray();
        Assert.Contains(paragraphs, b => b.Text == s_sentences[0]);
        Assert.Contains(paragraphs, b => b.Text == s_sentences[1] + " Bold words continue here.");
        Assert.Contains(paragraphs, b => b.Text == s_sentences[2]);
        RawBlock last = paragraphs.Single(b => b.Text == s_sentences[2]);
        Assert.InRange(last.Span.Start, page.IndexOf(s_sentences[1], StringComparison.Ordinal), page.IndexOf(s_sentences[2], StringComparison.Ordinal));
    }

    [Fact]
    public void The_standfirst_between_headline_and_story_is_article_text_and_the_byline_is_not()
    {
        string paragraphs = string.Concat(s_sentences.Select(sentence => $"<p>{sentence}</p>"));
        string page = $"""
            <html><head><title>Ministers meet in Tokyo</title></head><body><div class="page">
              <div class="top"><header><h1>Ministers meet in Tokyo</h1>
                <p>Talks on security and trade end with a promise of a joint statement and a second round in the autumn.</p>
                <p>By Jane Doe, a correspondent who has covered Japanese diplomacy for the paper since 2015.</p></header></div>
              <div class="columns"><div class="story-body">{paragraphs}</div></div>
            </div></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.Contains(read.Blocks, b => b.Text.StartsWith("Talks on security", StringComparison.Ordinal) && b.Hint == PassageKind.Paragraph);
        Assert.Contains(read.Blocks, b => b.Text.StartsWith("By Jane Doe", StringComparison.Ordinal) && b.Hint == PassageKind.Boilerplate);
        Assert.Contains(read.Blocks, b => b.Text == "Ministers meet in Tokyo" && b.Hint == PassageKind.Metadata);
    }

    [Fact]
    public void A_paragraph_that_is_all_link_stays_when_it_is_prose_and_a_read_more_line_does_not()
    {
        string linked = "<a href=\"https://www.mofa.go.jp/statement\">The minister said the two countries would hold a second round of talks in the autumn, with the leaders themselves expected to attend.</a>";
        string page = $"""
            <html><body><article>
              <p>{s_sentences[0]}</p><p>{s_sentences[1]}</p>
              <p>{linked}</p>
              <p><a href="/other">Read more: Ministers meet again</a></p>
              <p>{s_sentences[2]}</p>
            </article></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.Contains(read.Blocks, b => b.Text.StartsWith("The minister said the two countries", StringComparison.Ordinal) && b.Hint == PassageKind.Paragraph);
        Assert.Contains(read.Blocks, b => b.Text.StartsWith("Read more:", StringComparison.Ordinal) && b.Hint == PassageKind.Boilerplate);
    }

    [Fact]
    public void A_cookie_notice_is_chrome_even_inside_the_article_and_a_story_about_cookie_rules_is_not()
    {
        const string notice = "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.";
        const string story = "The European Commission said on Monday that websites must ask visitors for consent before setting cookies, and that fines would follow.";
        string page = $"""
            <html><body><div id="gdpr-banner"><p>Cookies help us. <a href="/ok">Accept all cookies</a></p></div>
            <article><p>{notice}</p><p>{s_sentences[0]}</p><p>{story}</p><p>{s_sentences[1]}</p></article></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.Equal(PassageKind.Boilerplate, read.Blocks.Single(b => b.Text == notice).Hint);
        Assert.Equal(PassageKind.Paragraph, read.Blocks.Single(b => b.Text == story).Hint);
        Assert.Equal(PassageKind.Boilerplate, read.Blocks.Single(b => b.Text.StartsWith("Cookies help us", StringComparison.Ordinal)).Hint);
    }

    [Fact]
    public void Words_either_side_of_a_line_break_or_a_block_boundary_stay_apart_and_ad_labels_are_chrome()
    {
        string page = $"""
            <html><body><article>
              <p>{s_sentences[0]}</p><p>Embassy of Japan<br>Washington, D.C.</p><p>{s_sentences[1]}</p>
              <p>Advertisement</p>
              <ul><li><figure><figcaption>Photo: Kyodo</figcaption></figure><div><h3>Summit ends</h3><p>{s_sentences[2]}</p></div></li><li>Second item of the list</li></ul>
            </article></body></html>
            """;

        ReadResult read = new HtmlReader().Read(page);

        Assert.Contains(read.Blocks, b => b.Text == "Embassy of Japan Washington, D.C.");
        Assert.Contains(read.Blocks, b => b.Text.StartsWith("Photo: Kyodo Summit ends " + s_sentences[2], StringComparison.Ordinal));
        Assert.Equal(PassageKind.Boilerplate, read.Blocks.Single(b => b.Text == "Advertisement").Hint);
    }
}
