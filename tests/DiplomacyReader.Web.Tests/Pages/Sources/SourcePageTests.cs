using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Sources;

public sealed class SourcePageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Sources_list_shows_every_seed_with_its_kind()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources");
        IElement[] rows = page.QuerySelectorAll("table.data tbody tr").ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Single(rows, r => r.Children[1].TextContent == "transcript");
        Assert.Equal(2, (await app.GetPageAsync("/sources?kind=press")).QuerySelectorAll("table.data tbody tr").Length);
    }

    [Fact]
    public async Task News_report_reader_marks_statements_and_folds_reader_comments_away()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("002_db39fb9482dc13f4.txt"));
        IElement body = page.QuerySelector(".reader-body")!;
        Assert.NotEmpty(body.QuerySelectorAll("mark.statement"));
        string[] speakers = body.QuerySelectorAll(".passage-statements a.chip-actor").Select(a => a.TextContent).Distinct().ToArray();
        Assert.Contains("Shigeru Ishiba", speakers);
        Assert.Contains("Yoshimasa Hayashi", speakers);
        Assert.Contains("Gen Nakatani", speakers);

        IElement comments = page.QuerySelector("details.comments")!;
        Assert.False(comments.HasAttribute("open"));
        Assert.Contains(comments.QuerySelectorAll("li p"), p => p.TextContent == "Learn how to grovel");
        Assert.Empty(comments.QuerySelectorAll("mark"));
        Assert.DoesNotContain("Learn how to grovel", body.TextContent);
        Assert.NotNull(page.QuerySelector(".passage-caption"));
    }

    [Fact]
    public async Task Reader_comments_are_counted_as_the_page_counts_them_and_a_reply_names_whom_it_answers()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("002_db39fb9482dc13f4.txt"));
        IElement comments = page.QuerySelector("details.comments")!;

        // Japan Today closes each comment with its vote counter: the seed has 19 counters, and its header says "19 Comments".
        Assert.Equal(19, comments.QuerySelectorAll("ol > li").Length);
        Assert.Contains("19 comments in", comments.QuerySelector("summary")!.TextContent);
        Assert.Contains("the page says 19", comments.QuerySelector("summary")!.TextContent);

        IElement reply = comments.QuerySelectorAll("ol > li").Single(li => li.QuerySelector(".comment-reply") is not null);
        Assert.Equal("In reply to deanzaZZR (Today 07:26 am JST):", reply.QuerySelector(".comment-reply")!.TextContent);
        Assert.StartsWith("It saddens me to see Japanese independence", reply.QuerySelector("blockquote")!.TextContent);
        Assert.StartsWith("You would prefer it was still", reply.QuerySelector("p:not(.comment-reply)")!.TextContent);
        Assert.DoesNotContain(comments.QuerySelectorAll("li p:not(.comment-reply)"), p => p.TextContent.Contains("am JST"));
    }

    [Fact]
    public async Task Transcript_reader_shows_its_speaker_sections_and_press_uptake()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("001_08484923193f66f5.txt"));
        Assert.Contains(page.QuerySelectorAll("dl.facts dd a"), a => a.TextContent == "Takeshi Iwaya");
        Assert.Contains(page.QuerySelectorAll("h2.passage-heading"), h => h.TextContent == "Strengthening the Japan-US Alliance");
        Assert.NotEmpty(page.QuerySelectorAll("p.incoming"));
        Assert.NotNull(page.QuerySelector("a[href^='/compare/']"));
    }

    [Fact]
    public async Task Press_quote_links_to_the_transcript_passage_it_reports()
    {
        string transcript = await app.SlugOfAsync("001_08484923193f66f5.txt");
        IHtmlDocument page = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("000_fb6d619591c2ab4c.txt"));
        IElement item = page.QuerySelectorAll(".passage-statements li").Single(li => li.QuerySelector("q")?.TextContent == "constructive and stable");
        IElement link = item.QuerySelector("a.link-out")!;
        Assert.Contains("fidelity-verbatim", link.ClassList);
        Assert.StartsWith($"/sources/{transcript}#p", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Unreliable_source_shows_its_flags_and_tables()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("004_2a321024375fa7f3.txt"));
        string flags = page.QuerySelector("section.flags")!.TextContent;
        Assert.Contains("Shinzo Abe", flags);
        Assert.Contains("former President", flags);
        Assert.Equal(3, page.QuerySelectorAll("table.passage-table").Length);
        Assert.Null((await app.GetPageAsync("/sources/" + await app.SlugOfAsync("000_fb6d619591c2ab4c.txt"))).QuerySelector("section.flags"));
    }

    [Fact]
    public async Task Original_bytes_download_unaltered_and_never_as_a_page()
    {
        HttpResponseMessage response = await app.CreateClient().GetAsync($"/sources/{await app.SlugOfAsync("002_db39fb9482dc13f4.txt")}/original");
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryPaths.Seed("002_db39fb9482dc13f4.txt")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Json_export_of_a_stored_source_has_the_documented_shape()
    {
        string json = await app.CreateClient().GetStringAsync("/api/sources/" + await app.SlugOfAsync("001_08484923193f66f5.txt"));
        JsonElement source = JsonDocument.Parse(json).RootElement.GetProperty("sources")[0];
        Assert.Equal("001_08484923193f66f5.txt", source.GetProperty("file").GetString());
        Assert.Equal("transcript", source.GetProperty("kind").GetString());
        Assert.Equal("2025-01-24", source.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("url").ValueKind);
        JsonElement statement = source.GetProperty("statements")[0];
        Assert.Equal("official", statement.GetProperty("kind").GetString());
        Assert.Equal("Takeshi Iwaya", statement.GetProperty("speaker").GetProperty("name").GetString());
    }
}
