using Serilog;
using Serilog.Formatting.Json;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// Serilog through Serilog.Extensions.Logging: Serilog.AspNetCore does not restore here (docs/decisions/0003).
/// Console output is plain text for people, or JSON lines when Logging:Json is true.
/// </summary>
public static class SerilogSetup
{
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        LoggerConfiguration configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        configuration = builder.Configuration.GetValue<bool>("Logging:Json")
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }
}
