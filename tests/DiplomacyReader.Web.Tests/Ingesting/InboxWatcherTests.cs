using DiplomacyReader.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The app with an inbox folder of its own.</summary>
public sealed class InboxApp : DiplomacyReaderApp
{
    public TemporaryFolder Inbox { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:Inbox", Inbox.Path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Inbox.Dispose();
    }
}

public sealed class InboxWatcherTests(InboxApp app) : IClassFixture<InboxApp>
{
    private static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan within)
    {
        for (DateTime until = DateTime.UtcNow + within; !condition(); await Task.Delay(200))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
        }

        return true;
    }

    private string InInbox(params string[] parts) => Path.Combine([app.Inbox.Path, .. parts]);

    [Fact]
    public async Task A_dropped_file_is_stored_and_moved_to_done_and_a_refused_one_to_failed_with_its_reason()
    {
        _ = app.Server; // start the app, and with it the watcher
        await File.WriteAllTextAsync(InInbox("dropped.txt"), "Foreign Minister Takeshi Iwaya said on Sunday that \"the inbox works\".\n");
        await File.WriteAllBytesAsync(InInbox("photo.txt"), [0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x00]);

        Assert.True(await EventuallyAsync(() => File.Exists(InInbox("done", "dropped.txt")) && File.Exists(InInbox("failed", "photo.txt")), TimeSpan.FromMinutes(1)),
            "the files did not reach done/ and failed/");

        Assert.False(File.Exists(InInbox("dropped.txt")));
        Assert.Contains("binary data", await File.ReadAllTextAsync(InInbox("failed", "photo.txt.error.txt")));
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>().Sources.AnyAsync(s => s.FileName == "dropped.txt"));
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_read_before_it_is_complete()
    {
        _ = app.Server;
        string path = InInbox("growing.txt");
        await using (var writer = new StreamWriter(path))
        {
            // Written slowly, a line at a time, over longer than the watcher's interval.
            for (int i = 0; i < 8; i++)
            {
                await writer.WriteLineAsync($"Foreign Minister Takeshi Iwaya said on day {i} that \"line {i} is here\".");
                await writer.FlushAsync();
                await Task.Delay(400);
                Assert.True(File.Exists(path), $"the file was taken after line {i}, before it was complete");
            }
        }

        Assert.True(await EventuallyAsync(() => File.Exists(InInbox("done", "growing.txt")), TimeSpan.FromMinutes(1)));
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        string text = await scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>().Sources.Where(s => s.FileName == "growing.txt").Select(s => s.Text).SingleAsync();
        Assert.Contains("line 7 is here", text);
    }
}
