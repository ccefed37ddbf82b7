using DiplomacyReader.Data;
using DiplomacyReader.Data.Storage;
using DiplomacyReader.Web.Api;
using DiplomacyReader.Web.Infrastructure;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.UseDefaultUrl("http://localhost:5080");
builder.AddIngestion();
builder.Services.AddDiplomacyReaderData(StoreSettings.From(builder.Configuration));
builder.Services.AddRazorPages();
builder.Services.AddOpenApi();
builder.Services.AddScoped<DiplomacyReader.Web.Pages.Ingest.UploadIngestion>();
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = DiplomacyReader.Web.Pages.Ingest.UploadIngestion.MaxRequestBytes);

WebApplication app = builder.Build();

await app.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseRequestLogging();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapSourceEndpoints();
app.MapStatementEndpoints();
app.MapCatalogEndpoints();
app.MapIngestEndpoints();
app.MapOpenApi();

app.Run();
