using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using Microsoft.AspNetCore.OutputCaching;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// Keeps the rendered reading pages (overview, lists, profiles, readers, compare, search, feeds) per state of the
/// store (<see cref="StoreState"/>): the highest source id is part of each entry's key, read per request, so an
/// import through any app instance on the same database shows on the next request to every instance. A page
/// read by many serves from memory instead of being rendered again for each reader: on two cores a page
/// rendered afresh costs 20–40 ms, and 32 readers at once queue behind each other.
/// </summary>
public sealed class StorePageCache : IOutputCachePolicy
{
    /// <summary>A bound on how long an entry lives whatever the store does, for what a page says about the time ("today").</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Pages that change without a new source (the queue, its uploads, the admin's forms) or that answer per person.
    private static readonly string[] NeverCached = [Routes.Ingest, "/api/ingest", "/api/feeds", "/error"];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        CacheRequestAsync(context, cancellationToken);

    private static async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        HttpContext http = context.HttpContext;
        bool cacheable = IsCacheable(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // 32 readers of a page not yet cached wait for one rendering, not 32
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        if (cacheable)
        {
            DiplomacyDbContext db = http.RequestServices.GetRequiredService<DiplomacyDbContext>();
            long version = await StoreState.VersionAsync(db, cancellationToken);
            context.CacheVaryByRules.VaryByValues["store"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        HttpResponse response = context.HttpContext.Response;
        // Only a whole, ordinary page is kept: not an error, not one that sets a cookie (a session, an antiforgery token).
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsCacheable(HttpContext http)
    {
        HttpRequest request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Authorization")
            && http.User.Identity?.IsAuthenticated != true // an admin's pages may show what readers' do not
            && !NeverCached.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }
}

public static class StorePageCacheSetup
{
    /// <summary>Rendered pages kept per state of the store (<see cref="StorePageCache"/>); <c>App:PageCache=false</c> turns it off (to measure pages rendered afresh).</summary>
    public static WebApplicationBuilder AddStorePageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            if (builder.Configuration.GetValue("App:PageCache", true))
            {
                options.AddBasePolicy(new StorePageCache());
            }
        });
        return builder;
    }
}
