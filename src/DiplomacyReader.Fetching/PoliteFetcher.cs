using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace DiplomacyReader.Fetching;

/// <summary>
/// Fetches pages and feeds under <see cref="FetchRules"/>. Redirects are followed by hand, so that each hop is
/// counted and each host's turn and pause are kept; a body is read only up to the size limit; each answer is
/// bounded by the timeout, counted from the moment the fetch's turn at the host begins (so that waiting behind
/// a slow page of the same site is not taken for this page's silence). Thread-safe: share one per app.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchRules _rules;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, HostTurn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(FetchRules rules, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _rules = rules;
        _time = time;
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan, // each fetch has its own deadline below
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(rules.UserAgent);
    }

    /// <summary>
    /// Fetches <paramref name="url"/> (http or https only). With <paramref name="etag"/> or
    /// <paramref name="lastModified"/> the request is conditional, and an unchanged resource comes back
    /// <see cref="FetchResult.NotModified"/>.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Uri current = url;
        try
        {
            for (int hop = 0; ; hop++)
            {
                if (!WebAddress.IsWeb(current))
                {
                    return FetchResult.Failed(current, $"only http and https addresses are fetched, not {current.Scheme}.", transient: false);
                }

                using HttpResponseMessage response = await SendInTurnAsync(current, etag, lastModified, deadline);
                if ((int)response.StatusCode is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
                {
                    if (hop >= _rules.MaxRedirects || response.Headers.Location is not Uri next)
                    {
                        return FetchResult.Failed(current, hop >= _rules.MaxRedirects ? $"more than {_rules.MaxRedirects} redirects." : "a redirect without a Location.", transient: false);
                    }

                    current = next.IsAbsoluteUri ? next : new Uri(current, next);
                    continue;
                }

                return await ReadAsync(current, response, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(current, $"no answer within {_rules.Timeout.TotalSeconds:0} s.", transient: true);
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed(current, $"the request failed ({e.Message}).", transient: true);
        }
    }

    /// <summary>Waits for the host's turn and pause, then sends with the answer's deadline started afresh.</summary>
    private async Task<HttpResponseMessage> SendInTurnAsync(Uri url, string? etag, string? lastModified, CancellationTokenSource deadline)
    {
        HostTurn turn = _hosts.GetOrAdd(url.Authority, _ => new HostTurn());
        await turn.Lock.WaitAsync(deadline.Token);
        try
        {
            TimeSpan wait = turn.NextAllowed - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, deadline.Token);
            }

            deadline.CancelAfter(_rules.Timeout);
            CancellationToken cancellationToken = deadline.Token;

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null && EntityTagHeaderValue.TryParse(etag, out EntityTagHeaderValue? tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset since))
            {
                request.Headers.IfModifiedSince = since;
            }

            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        finally
        {
            turn.NextAllowed = _time.GetUtcNow() + _rules.DelayPerHost;
            turn.Lock.Release();
        }
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? etag = response.Headers.ETag?.ToString();
        string? lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(url, null, null, etag, lastModified, NotModified: true, null, false);
        }

        if (!response.IsSuccessStatusCode)
        {
            int status = (int)response.StatusCode;
            bool transient = status >= 500 || status is 408 or 429;
            return FetchResult.Failed(url, $"the server answered {status} {response.ReasonPhrase}.", transient);
        }

        if (response.Content.Headers.ContentLength > _rules.MaxBytes)
        {
            return FetchResult.Failed(url, $"the response is {response.Content.Headers.ContentLength / (1024 * 1024)} MB, above the {_rules.MaxBytes / (1024 * 1024)} MB limit.", transient: false);
        }

        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = await body.ReadAsync(chunk, cancellationToken)) > 0;)
        {
            if (buffer.Length + read > _rules.MaxBytes)
            {
                return FetchResult.Failed(url, $"the response is larger than the {_rules.MaxBytes / (1024 * 1024)} MB limit; it was not read further.", transient: false);
            }

            buffer.Write(chunk, 0, read);
        }

        return new FetchResult(url, buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, etag, lastModified, NotModified: false, null, false);
    }

    public void Dispose() => _client.Dispose();

    private sealed class HostTurn
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; }
    }
}
