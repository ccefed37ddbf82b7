using DiplomacyReader.Evaluation.Html;
using DiplomacyReader.Ingestion.Text;
using Microsoft.Playwright;

namespace DiplomacyReader.Web.Tests.EndToEnd;

/// <summary>
/// Uploads through the browser. They run on an app and a store of their own, after the other browser tests:
/// 43 more sources would change the lists those tests click through.
/// </summary>
[Collection(nameof(UploadBrowserCollection))]
public sealed class UploadBrowserTests(BrowserFixture fixture)
{
    // The whole development set (../shared/testdata/readability-pages) through the upload page: every page is stored, and its
    // source page opens on the article: the expected first paragraph is in the reader, chrome is not.
    [SharedDataFact]
    public async Task Uploading_the_development_set_stores_each_page_as_a_clean_source()
    {
        string devSet = SharedData.ReadabilityPages;
        string folder = Path.Combine(Path.GetTempPath(), "diplomacy-reader-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string[] pages = Directory.GetDirectories(devSet).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        string[] files = pages.Select(p =>
        {
            string file = Path.Combine(folder, p + ".html");
            File.Copy(Path.Combine(devSet, p, "source.html"), file);
            return file;
        }).ToArray();

        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/ingest");
        await page.FillAsync("input[name=key]", DiplomacyReaderApp.AdminKey);
        await page.SetInputFilesAsync("input[name=files]", files);
        await page.ClickAsync("#upload button[type=submit]");
        await page.WaitForFunctionAsync($"document.querySelectorAll('#upload-progress li.result-ingested, #upload-progress li.result-duplicate').length === {pages.Length}", null, new PageWaitForFunctionOptions { Timeout = 240_000 });
        Assert.Equal(0, await page.Locator("#upload-progress li.result-failed").CountAsync());

        foreach (ILocator item in await page.Locator("#upload-progress li").AllAsync())
        {
            // Each line reads "name.html: ingested slug".
            string name = Path.GetFileNameWithoutExtension((await item.TextContentAsync())!.Split(':')[0].Trim());
            ILocator link = item.Locator("a");
            IPage source = await fixture.NewPageAsync();
            await source.GotoAsync((await link.First.GetAttributeAsync("href"))!);
            string reader = Words(await source.Locator(".reader-body").InnerTextAsync());
            string? first = ShingleScore.ProseParagraphs(await File.ReadAllTextAsync(Path.Combine(devSet, name, "expected.html"))).FirstOrDefault();
            Assert.True(first is null || reader.Contains(Words(first), StringComparison.Ordinal), $"{name}: the first paragraph is not in the reader");
            IReadOnlyList<string> blocks = await source.Locator(".reader-body p, .reader-body li").AllInnerTextsAsync();
            Assert.DoesNotContain(blocks, b => b.TrimStart().StartsWith("Skip to", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(0, await source.Locator(".reader-body script, .reader-body iframe").CountAsync());
            await source.CloseAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string Words(string text) => string.Join(' ', TextNormalizer.Words(text));
}

[CollectionDefinition(nameof(UploadBrowserCollection), DisableParallelization = true)]
public sealed class UploadBrowserCollection : ICollectionFixture<BrowserFixture>;
