using Serilog;
using Serilog.Formatting.Compact;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// Serilog through Serilog.AspNetCore (docs/decisions/0005): levels and overrides from the <c>Serilog</c>
/// configuration section, plain text for people on the console, or compact JSON lines when
/// <c>Logging:Json</c> is true.
/// </summary>
public static class SerilogSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        bool json = builder.Configuration.GetValue<bool>("Logging:Json");
        // The static Log.Logger is left alone: each host (several run at once in the tests) logs through its own.
        builder.Host.UseSerilog(preserveStaticLogger: true, configureLogger: (context, services, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: TextTemplate);
            }
        });
        return builder;
    }

    /// <summary>One event per request (method, path, status, elapsed ms), Serilog's own request log.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        // Without a logger of its own the middleware would write through the static Log.Logger.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
