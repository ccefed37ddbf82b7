using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Queue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The background ingestion service, on the app's own store.</summary>
public sealed class IngestionWorkerTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private async Task<T> WithStoreAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task<IngestJob> EndedAsync(long id)
    {
        for (DateTime until = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(200))
        {
            IngestJob job = await WithStoreAsync(s => s.GetRequiredService<DiplomacyDbContext>().IngestJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.State is JobState.Stored or JobState.Duplicate or JobState.Failed || DateTime.UtcNow > until)
            {
                return job;
            }
        }
    }

    [Fact]
    public async Task A_queued_file_is_stored_with_what_is_known_of_it()
    {
        byte[] text = "Foreign Minister Takeshi Iwaya said on Friday that \"the queue works\".\n"u8.ToArray();
        IReadOnlyList<long> ids = await WithStoreAsync(s => s.GetRequiredService<IngestQueue>().EnqueueAsync(
            [new NewJob("api", "queued.txt", text, new Ingestion.Model.KnownFacts(Title: "The queue works", Publisher: "Kyodo"))]));

        IngestJob job = await EndedAsync(ids[0]);

        Assert.Equal(JobState.Stored, job.State);
        Assert.Null(job.Content); // the source keeps the bytes now
        var source = await WithStoreAsync(s => s.GetRequiredService<DiplomacyDbContext>().Sources.Where(x => x.Slug == job.SourceSlug).Select(x => new { x.Title, x.Publisher }).SingleAsync());
        Assert.Equal(new { Title = (string?)"The queue works", Publisher = (string?)"Kyodo" }, source);
    }

    [Fact]
    public async Task A_job_left_running_by_a_killed_worker_is_completed_once_when_its_lease_runs_out()
    {
        byte[] text = "Foreign Minister Takeshi Iwaya said on Saturday that \"a killed worker loses nothing\".\n"u8.ToArray();
        IReadOnlyList<long> ids = await WithStoreAsync(s => s.GetRequiredService<IngestQueue>().EnqueueAsync([new NewJob("api", "abandoned.txt", text)]));
        // A worker claims it and is killed before it finishes: the job stays Running under a lease. (The app's own
        // worker may have claimed it first; then this claim finds nothing and the lease below is that worker's.)
        await WithStoreAsync(s => s.GetRequiredService<IngestQueue>().ClaimAsync());
        await WithStoreAsync(s => s.GetRequiredService<DiplomacyDbContext>().IngestJobs.Where(j => j.Id == ids[0] && j.State == JobState.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddSeconds(-1))));

        IngestJob job = await EndedAsync(ids[0]);

        Assert.Contains(job.State, new[] { JobState.Stored, JobState.Duplicate });
        Assert.Equal(1, await WithStoreAsync(s => s.GetRequiredService<DiplomacyDbContext>().Sources.CountAsync(x => x.FileName == "abandoned.txt")));
    }

    [Fact]
    public async Task A_job_running_when_the_app_was_killed_is_stored_once_by_the_next_start()
    {
        byte[] text = "Foreign Minister Takeshi Iwaya said on Sunday that \"a restart loses nothing\".\n"u8.ToArray();
        using TestDatabase database = TestDatabase.Create(); // outlives both app instances
        long id;
        using (DiplomacyReaderApp first = DiplomacyReaderApp.On(database))
        {
            _ = first.Server; // started: migrated and seeded
            await using AsyncServiceScope scope = first.Services.CreateAsyncScope();
            // The job is written as the killed app left it, claimed and unfinished. (Queued and then marked
            // running, it could be claimed and stored by this app's own worker in between, and then be
            // "running" with its bytes already dropped.)
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            var running = new IngestJob
            {
                Origin = "api", FileName = "restart.txt", Content = text, State = JobState.Running, Attempts = 1,
                LeaseUntil = DateTime.UtcNow.AddSeconds(2), NotBefore = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
            };
            db.IngestJobs.Add(running);
            await db.SaveChangesAsync();
            id = running.Id;
        } // the app goes away with the job claimed and unfinished

        await Task.Delay(TimeSpan.FromSeconds(2)); // its lease runs out
        using DiplomacyReaderApp second = DiplomacyReaderApp.On(database);
        for (DateTime until = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(200))
        {
            await using AsyncServiceScope scope = second.Services.CreateAsyncScope();
            DiplomacyDbContext db = scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>();
            var job = await db.IngestJobs.Where(j => j.Id == id).Select(j => new { j.State, j.Attempts, j.Reason }).SingleAsync();
            if (job.State == JobState.Stored)
            {
                Assert.Equal(1, await db.Sources.CountAsync(s => s.FileName == "restart.txt"));
                break;
            }

            Assert.True(DateTime.UtcNow < until, $"the job is {job.State} a minute after the restart, after {job.Attempts} attempts: {job.Reason}");
        }
    }

    [Fact]
    public async Task A_document_the_pipeline_refuses_fails_at_once_with_its_reason_and_keeps_its_bytes_for_a_retry()
    {
        IReadOnlyList<long> ids = await WithStoreAsync(s => s.GetRequiredService<IngestQueue>().EnqueueAsync([new NewJob("api", "binary.dat", [0xFF, 0xD8, 0xFF, 0x00, 0x10])]));

        IngestJob job = await EndedAsync(ids[0]);

        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal(1, job.Attempts);
        Assert.Contains("binary data", job.Reason);
        Assert.NotNull(job.Content);
    }
}
