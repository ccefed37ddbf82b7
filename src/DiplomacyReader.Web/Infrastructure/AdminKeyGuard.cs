using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>What the guard says of a request's admin key.</summary>
public enum AdminKeyCheck
{
    /// <summary>The key is right.</summary>
    Accepted,
    /// <summary>The key is wrong or missing.</summary>
    Refused,
    /// <summary>No admin key is configured: what needs one is switched off.</summary>
    Disabled,
    /// <summary>Too many wrong keys from this client of late; not even checked.</summary>
    Throttled,
}

/// <summary>
/// The admin key (<c>Ingest:AdminKey</c>) check for uploads and the ingest API. The key comes only from a
/// header or a form field, never the query string (where logs and browser history keep it), and is compared
/// in constant time. Wrong keys are counted per client: after <see cref="FailuresAllowed"/> in
/// <see cref="FailureWindow"/>, that client's attempts are refused unchecked until the window ends.
/// </summary>
public sealed class AdminKeyGuard : IDisposable
{
    public const string Setting = "Ingest:AdminKey";
    public const int FailuresAllowed = 10;
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);

    private readonly IConfiguration _configuration;
    private readonly PartitionedRateLimiter<string> _failures;

    public AdminKeyGuard(IConfiguration configuration)
    {
        _configuration = configuration;
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailuresAllowed,
            Window = FailureWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>Whether an admin key is configured.</summary>
    public bool Enabled => !string.IsNullOrEmpty(_configuration[Setting]);

    /// <summary>Checks <paramref name="key"/>, as sent by the client of <paramref name="context"/>.</summary>
    public AdminKeyCheck Check(HttpContext context, string? key)
    {
        string? expected = _configuration[Setting];
        if (string.IsNullOrEmpty(expected))
        {
            return AdminKeyCheck.Disabled;
        }

        string client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_failures.GetStatistics(client)?.CurrentAvailablePermits == 0)
        {
            return AdminKeyCheck.Throttled;
        }

        // Hashes first, so that the comparison takes the same time whatever the lengths.
        bool right = key is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        if (right)
        {
            return AdminKeyCheck.Accepted;
        }

        using RateLimitLease counted = _failures.AttemptAcquire(client);
        return AdminKeyCheck.Refused;
    }

    /// <summary>The status a refusal is answered with.</summary>
    public static int StatusOf(AdminKeyCheck check) => check == AdminKeyCheck.Throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status403Forbidden;

    /// <summary>What a person is told.</summary>
    public static string MessageOf(AdminKeyCheck check) => check switch
    {
        AdminKeyCheck.Disabled => "Uploads are switched off: no admin key is configured (Ingest:AdminKey).",
        AdminKeyCheck.Throttled => $"Too many wrong admin keys from this address; try again in {FailureWindow.TotalMinutes:0} minute.",
        _ => "That is not the admin key.",
    };

    public void Dispose() => _failures.Dispose();
}

/// <summary>The API's side of the guard: routes that need the admin key in the X-Admin-Key header.</summary>
public static class AdminKeyEndpoints
{
    public const string Header = "X-Admin-Key";

    /// <summary>Answers 403 (or 429) with a problem body before the route runs, unless the request carries the admin key.</summary>
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            AdminKeyGuard guard = context.HttpContext.RequestServices.GetRequiredService<AdminKeyGuard>();
            AdminKeyCheck check = guard.Check(context.HttpContext, context.HttpContext.Request.Headers[Header]);
            return check == AdminKeyCheck.Accepted
                ? await next(context)
                : Results.Problem(check == AdminKeyCheck.Refused ? $"Wrong or missing {Header}." : AdminKeyGuard.MessageOf(check), statusCode: AdminKeyGuard.StatusOf(check));
        });
}
