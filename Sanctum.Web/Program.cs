using Microsoft.AspNetCore.DataProtection;
using Sanctum.Web.Api;
using Sanctum.Web.Components;
using Sanctum.Web.Components.Pages.SafetyPlan;
using Sanctum.Web.Components.Shared;
using Sanctum.Web.Session;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// Several Web instances must read each other's cookies and antiforgery tokens, so the Data Protection
// keys live in the shared Redis rather than on each instance's disk.
var redisConnectionString = builder.Configuration.GetConnectionString("cache") is { Length: > 0 } cache
    ? cache
    : throw new InvalidOperationException(
        "ConnectionStrings:cache is not set. Run Sanctum through Sanctum.AppHost, or set ConnectionStrings__cache.");
var redisOptions = ConfigurationOptions.Parse(redisConnectionString);
// Start even while Redis is still coming up; the multiplexer reconnects by itself.
redisOptions.AbortOnConnectFail = false;
var redis = ConnectionMultiplexer.Connect(redisOptions);
builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
builder.Services.AddDataProtection()
    .SetApplicationName("sanctum-web")
    .PersistKeysToStackExchangeRedis(redis, "sanctum:web:dataprotection-keys");
builder.Services.AddHealthChecks().AddRedis(redis, name: "cache");

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddBrowserSessions();
builder.Services.AddSanctumApiClients();
builder.Services.AddScoped<FlashMessage>();
builder.Services.AddScoped<CrisisNotice>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

// No HTTPS redirection here: TLS ends at the load balancer, which forwards plain HTTP to the container.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapAccountEndpoints();
app.MapSafetyPlanPdf();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
