using DiplomacyReader.Data;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Web.Api;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Ingesting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.UseDefaultUrl("http://localhost:5080");
builder.AddIngestion();
builder.Services.AddDiplomacyReaderData(StoreSettings.From(builder.Configuration));
builder.Services.AddRazorPages();
builder.Services.AddOpenApi();
builder.AddUploads();
builder.AddIngestionService();
builder.AddWebSafety();
builder.AddAdminSessions();
builder.AddStorePageCache();

WebApplication app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseRequestLogging();
app.UseErrorResponses();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseOutputCache();
app.MapRazorPages();
app.MapSourceEndpoints();
app.MapStatementEndpoints();
app.MapCatalogEndpoints();
app.MapIngestEndpoints();
app.MapFeedEndpoints();
app.MapAtomFeedEndpoints();
app.MapOpenApi();

app.Run();
