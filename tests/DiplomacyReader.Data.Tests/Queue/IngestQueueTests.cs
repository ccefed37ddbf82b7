using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Data.Queue;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Queue;

public sealed class IngestQueueTests
{
    private static NewJob Job(string name) => new("api", name, System.Text.Encoding.UTF8.GetBytes($"Foreign Minister Takeshi Iwaya said \"{name}\"."));

    [Fact]
    public async Task Jobs_are_claimed_oldest_first_once_each_and_finish_with_their_outcome()
    {
        await using TestStore store = await TestStore.CreateAsync();
        IReadOnlyList<long> ids = [];
        await store.RunAsync<IngestQueue>(async q => ids = await q.EnqueueAsync([Job("a.txt"), Job("b.txt")]));

        IngestJob? first = null, second = null, none = null;
        await store.RunAsync<IngestQueue>(async q => first = await q.ClaimAsync());
        await store.RunAsync<IngestQueue>(async q => second = await q.ClaimAsync());
        await store.RunAsync<IngestQueue>(async q => none = await q.ClaimAsync());
        await store.RunAsync<IngestQueue>(q => q.FinishAsync(first!.Id, new ImportResult("a.txt", ImportOutcome.Ingested, "a", Statements: 1)));
        await store.RunAsync<IngestQueue>(q => q.FinishAsync(second!.Id, new ImportResult("b.txt", ImportOutcome.Failed, Reason: "refused")));

        Assert.Equal(ids, [first!.Id, second!.Id]);
        Assert.Equal((JobState.Running, 1), (first.State, first.Attempts));
        Assert.Null(none);
        var jobs = await store.QueryAsync(db => db.IngestJobs.OrderBy(j => j.Id).Select(j => new { j.State, j.SourceSlug, j.Reason, HasBytes = j.Content != null }).ToListAsync());
        Assert.Equal(new { State = JobState.Stored, SourceSlug = (string?)"a", Reason = (string?)null, HasBytes = false }, jobs[0]);
        Assert.Equal(new { State = JobState.Failed, SourceSlug = (string?)null, Reason = (string?)"refused", HasBytes = true }, jobs[1]); // kept for a retry
    }

    [Fact]
    public async Task Workers_claiming_at_once_never_hold_the_same_job()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.RunAsync<IngestQueue>(q => q.EnqueueAsync(Enumerable.Range(0, 40).Select(i => Job($"{i}.txt"))));

        var claimed = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (bool more = true; more;)
            {
                await store.RunAsync<IngestQueue>(async q =>
                {
                    IngestJob? job = await q.ClaimAsync();
                    if (job is not null)
                    {
                        claimed.Add(job.Id);
                    }

                    more = job is not null;
                });
            }
        })));

        Assert.Equal(40, claimed.Count);
        Assert.Equal(40, claimed.Distinct().Count());
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_taken_again_when_its_lease_runs_out()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.RunAsync<IngestQueue>(q => q.EnqueueAsync([Job("a.txt")]));
        IngestJob? claimed = null, meanwhile = null, again = null;
        await store.RunAsync<IngestQueue>(async q => claimed = await q.ClaimAsync());
        await store.RunAsync<IngestQueue>(async q => meanwhile = await q.ClaimAsync());

        // The worker is gone (killed mid-job); its lease runs out.
        await store.QueryAsync(db => db.IngestJobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddSeconds(-1))));
        await store.RunAsync<IngestQueue>(async q => again = await q.ClaimAsync());

        Assert.Null(meanwhile);
        Assert.Equal(claimed!.Id, again!.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task A_passing_failure_waits_out_a_backoff_and_gives_up_after_the_last_attempt()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.RunAsync<IngestQueue>(q => q.EnqueueAsync([Job("a.txt")]));
        IngestJob? job = null, early = null;
        await store.RunAsync<IngestQueue>(async q => job = await q.ClaimAsync());
        await store.RunAsync<IngestQueue>(q => q.RetryLaterAsync(job!.Id, "database is locked"));
        await store.RunAsync<IngestQueue>(async q => early = await q.ClaimAsync());
        Assert.Null(early); // not before its backoff

        await store.QueryAsync(db => db.IngestJobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.Attempts, IngestQueue.MaxAttempts).SetProperty(j => j.State, JobState.Running)));
        await store.RunAsync<IngestQueue>(q => q.RetryLaterAsync(job!.Id, "database is locked"));

        var ended = await store.QueryAsync(db => db.IngestJobs.Select(j => new { j.State, j.Reason }).SingleAsync());
        Assert.Equal(JobState.Failed, ended.State);
        Assert.Equal($"gave up after {IngestQueue.MaxAttempts} attempts: database is locked", ended.Reason);

        bool retried = false;
        await store.RunAsync<IngestQueue>(async q => retried = await q.RetryAsync(job!.Id));
        Assert.True(retried);
        Assert.Equal(JobState.Waiting, await store.QueryAsync(db => db.IngestJobs.Select(j => j.State).SingleAsync()));
    }
}
