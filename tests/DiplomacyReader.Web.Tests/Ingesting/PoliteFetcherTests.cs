using DiplomacyReader.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The fetcher's manners, seen from the site it fetches from.</summary>
public sealed class PoliteFetcherTests
{
    [Fact]
    public async Task Requests_to_one_host_come_one_at_a_time_with_the_pause_between_them()
    {
        int inFlight = 0, mostAtOnce = 0;
        await using TestSite site = await TestSite.StartAsync(app => app.MapGet("/page/{n}", async (int n) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            mostAtOnce = Math.Max(mostAtOnce, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            return Results.Content($"<p>page {n}</p>", "text/html");
        }));
        var pause = TimeSpan.FromMilliseconds(300);
        using var fetcher = new PoliteFetcher(FetchRules.Default with { DelayPerHost = pause }, TimeProvider.System);

        FetchResult[] pages = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => fetcher.FetchAsync(site.Url($"/page/{n}"))));

        Assert.All(pages, p => Assert.True(p.Succeeded, p.Failure));
        Assert.Equal(1, mostAtOnce);
        DateTime[] arrivals = site.Requests.Select(r => r.At).Order().ToArray();
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= pause - TimeSpan.FromMilliseconds(20), $"{(pair.Second - pair.First).TotalMilliseconds:0} ms apart"));
    }

    [Fact]
    public async Task Waiting_behind_a_silent_page_of_the_same_site_is_not_counted_against_the_next_page()
    {
        var silentPageArrived = new TaskCompletionSource();
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.MapGet("/silent", async (CancellationToken stop) =>
            {
                silentPageArrived.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(30), stop);
                return Results.Content("<p>late</p>", "text/html");
            });
            app.MapGet("/quick", () => Results.Content("<p>quick</p>", "text/html"));
        });
        using var fetcher = new PoliteFetcher(FetchRules.Default with { Timeout = TimeSpan.FromSeconds(1), DelayPerHost = TimeSpan.Zero }, TimeProvider.System);

        Task<FetchResult> silent = fetcher.FetchAsync(site.Url("/silent"));
        await silentPageArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        FetchResult quick = await fetcher.FetchAsync(site.Url("/quick")); // waits its turn for about a second, then answers at once

        Assert.True(quick.Succeeded, quick.Failure);
        Assert.Equal("no answer within 1 s.", (await silent).Failure);
    }
}
